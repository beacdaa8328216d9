"""report.md: what a reviewer reads before publishing.

Article text is escaped so it cannot inject HTML, scripts or links into the rendered report.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_ESCAPE = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>:])")


def esc(text: str) -> str:
    """Plain text safe inside Markdown: no HTML, no links, no emphasis, no autolinks."""
    text = re.sub(r"\s+", " ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _ESCAPE.sub(r"\\\1", text)


def _marked(sentence: str, s_start: int, start: int, end: int) -> str:
    a, b = start - s_start, end - s_start
    if not (0 <= a <= b <= len(sentence)) or a == b:
        return esc(sentence).strip()
    return f"{esc(sentence[:a])}**{esc(sentence[a:b]).strip()}**{esc(sentence[b:])}".strip()


def render(report) -> str:
    s = report.summary
    claims = {c.id: c for c in report.claims}
    out = ["# Verifier report", "",
           f"- As of: {report.as_of.isoformat()}",
           f"- Sources checked: {len(report.sources)}",
           f"- Claims extracted: {len(report.claims)}",
           f"- Findings: {s['error']} error, {s['warning']} warning, {s['info']} info"]
    held = report.coverage.get("suppressed") or {}
    if any(held.values()):
        out.append(f"- Not shown: {held.get('inline', 0)} suppressed in the articles, "
                   f"{held.get('baseline', 0)} in the baseline")
    out.append("")
    active = [f for f in report.findings if not f.suppressed]
    if active:
        out += ["## Findings by rule", "", "| Rule | Severity | Count |", "|---|---|---|"]
        counts = Counter((f.rule, f.severity) for f in active)
        for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-_rank(kv[0][1]), kv[0][0])):
            out.append(f"| `{rule}` | {sev} | {n} |")
        out.append("")
    by_rule = defaultdict(list)
    for f in active:
        by_rule[f.rule].append(f)
    for rule in sorted(by_rule, key=lambda r: (-_rank(by_rule[r][0].severity), r)):
        out += [f"## `{rule}`", ""]
        for f in by_rule[rule]:
            out += _finding(f, claims)
    if not active:
        out += ["No findings.", ""]
    ledger = report.coverage.get("ledger")
    if ledger:
        out += ["## Verified against the claims ledger", ""]
        for cid in ledger["verified"]:
            c = claims[cid]
            out.append(f"- `{c.span.source}:{c.span.line}` {esc(c.span.text)}")
        if not ledger["verified"]:
            out.append("- none")
        out.append("")
    out += _coverage(report)
    return "\n".join(out).rstrip() + "\n"


def _rank(sev: str) -> int:
    return {"error": 2, "warning": 1, "info": 0}[sev]


def _finding(f, claims) -> list[str]:
    out = [f"### {f.severity}: {esc(f.message)}", "", f"`{f.source}:{f.line}`", ""]
    primary = claims.get(f.claims[0]) if f.claims else None
    if primary is not None:
        sent = primary.sentence
        out += [f"> {_marked(sent.text, sent.start, f.start, f.end)}", ""]
    for r, cid in zip(f.related, f.claims[1:] or [None] * len(f.related)):
        other = claims.get(cid) if cid else None
        out.append(f"Other side: `{r.source}:{r.line}`")
        out.append("")
        if other is not None and other.sentence.source == r.source:
            out += [f"> {_marked(other.sentence.text, other.sentence.start, r.start, r.end)}", ""]
        else:
            out += [f"> {esc(r.text)}", ""]
    if f.details:
        out += [f"- {esc(k)}: {esc(v)}" for k, v in f.details.items()] + [""]
    return out


def _coverage(report) -> list[str]:
    cov = report.coverage.get("sources", {})
    if not cov:
        return []
    out = ["## Coverage", "",
           "Numbers seen in each source, how many became figures or dates, and why the rest "
           "were skipped.", "",
           "| Source | Numbers | In figures | In dates | Skipped | Claims |", "|---|---|---|---|---|---|"]
    rows = [(f"`{sid}`", c) for sid, c in cov.items()]
    if len(rows) > 1 and "total" in report.coverage:
        rows.append(("**Total**", report.coverage["total"]))
    for name, c in rows:
        skipped = ", ".join(f"{k} {v}" for k, v in c["skipped"].items()) or "-"
        kinds = ", ".join(f"{k} {v}" for k, v in c["claims"].items()) or "-"
        out.append(f"| {name} | {c['numbers']} | {c['numbers_in_figures']} | "
                   f"{c['numbers_in_dates']} | {esc(skipped)} | {esc(kinds)} |")
    return out + [""]
