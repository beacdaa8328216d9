"""Findings the user has seen and accepted: inline suppressions and the baseline.

- `<!-- verifier-ignore rule-id: reason -->` suppresses the rule's findings in the next
  paragraph (the lines up to the next blank line); several ids may be given, separated by
  commas.
- `<!-- verifier-ignore-file rule-id: reason -->`, or front matter
  `verifier: {ignore: [rule-id, ...]}`, suppresses them in the whole file.
- A baseline file lists finding fingerprints (rule, source, the claim's text: not offsets, so
  they survive edits elsewhere in the file); findings in it are marked as baselined.

Suppressed and baselined findings stay in the report, marked, and are counted; they neither
count towards the exit code nor show in the findings list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import VerifierError
from .records import Finding, Source

_IGNORE = re.compile(r"<!--\s*verifier-ignore(?P<file>-file)?\s+(?P<rules>[\w-]+(?:\s*,\s*[\w-]+)*)"
                     r"\s*(?::\s*(?P<reason>.*?))?\s*-->", re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
BASELINE_SCHEMA = "verifier-baseline/1"


@dataclass(frozen=True)
class Ignore:
    rules: frozenset[str]
    first_line: int
    last_line: int  # inclusive; a very large number for the whole file
    reason: str


def ignores(source: Source) -> list[Ignore]:
    """The suppressions an article declares."""
    text = source.text
    found = []
    front = source.meta.get("verifier")
    whole = front.get("ignore") if isinstance(front, dict) else None
    for item in whole if isinstance(whole, list) else []:
        rule, _, reason = str(item).partition(":")
        found.append(Ignore(frozenset([rule.strip()]), 1, 10**9,
                            reason.strip() or "front matter"))
    for m in _IGNORE.finditer(text):
        rules = frozenset(r.strip() for r in m.group("rules").split(","))
        reason = " ".join((m.group("reason") or "").split()) or "no reason given"
        if m.group("file"):
            found.append(Ignore(rules, 1, 10**9, reason))
            continue
        # the next paragraph: from the line after the comment to the next blank line
        start = text.find("\n", m.end())
        start = len(text) if start < 0 else start + 1
        while start < len(text) and text[start] in " \t\n":
            start += 1
        gap = _BLANK_LINE.search(text, start)
        end = gap.start() if gap else len(text)
        found.append(Ignore(rules, text.count("\n", 0, start) + 1,
                            text.count("\n", 0, end) + 1, reason))
    return found


def read_baseline(path: str) -> set[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VerifierError("baseline file not found", path) from None
    except (OSError, ValueError) as exc:
        raise VerifierError(f"not a baseline file ({exc})", path) from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA or not isinstance(
            data.get("findings"), dict):
        raise VerifierError(f"not a baseline file: expected {{\"schema\": \"{BASELINE_SCHEMA}\", "
                            f"\"findings\": {{fingerprint: description}}}}", path)
    return set(data["findings"])


def write_baseline(path: str, findings: list[Finding]) -> int:
    """Write the fingerprints of the findings that are neither suppressed nor baselined
    already; return how many."""
    kept = {f.fingerprint: f"{f.rule} {f.source}:{f.line} {f.message}"
            for f in findings if not f.suppressed}
    try:
        Path(path).write_text(json.dumps({"schema": BASELINE_SCHEMA,
                                          "findings": dict(sorted(kept.items()))}, indent=1)
                              + "\n", encoding="utf-8")
    except OSError as exc:
        raise VerifierError(f"cannot write baseline: {exc.strerror}", path) from None
    return len(kept)


def apply(findings: list[Finding], sources: list[Source], baseline: set[str]
          ) -> tuple[list[Finding], dict[str, int]]:
    """The findings with those the articles suppress and those in the baseline marked, and
    how many of each."""
    by_source = {s.id: ignores(s) for s in sources}
    counts = {"inline": 0, "baseline": 0}
    out = []
    for f in findings:
        reason = next((i.reason for i in by_source.get(f.source, ())
                       if f.rule in i.rules and i.first_line <= f.line <= i.last_line), None)
        if reason is not None:
            counts["inline"] += 1
            f = f.model_copy(update={"suppressed": True,
                                     "details": {**f.details, "suppressed": reason}})
        elif f.fingerprint in baseline:
            counts["baseline"] += 1
            f = f.model_copy(update={"suppressed": True,
                                     "details": {**f.details, "suppressed": "in the baseline"}})
        out.append(f)
    return out, counts
