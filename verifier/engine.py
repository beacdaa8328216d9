"""Run the whole flow: load, segment, extract, check, then apply config and sort."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from . import checks, load, rulebook, suppress
from .checks.base import Corpus, fingerprint
from .config import Config
from .extract import extract_source
from .index import Settings
from .ledger import load_ledger
from .records import SEVERITY_RANK, Finding, Report, Source, SourceInfo, Span
from .segment import segment

LOAD_RULE = "source-error"
INFERRED_DATE_RULE = "published-from-text"


@dataclass
class Options:
    as_of: date
    rules: dict = field(default_factory=dict)
    ledger_dir: str | None = None
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    debug: bool = False  # let an internal error raise instead of becoming a finding
    exclude: list = field(default_factory=list)  # compiled patterns of text to leave out
    baseline: set = field(default_factory=set)  # fingerprints of accepted findings
    settings: Settings = field(default_factory=Settings)  # entity aliases, synonyms, rates

    @classmethod
    def from_config(cls, cfg: Config, as_of: date, extra_rule_dirs=(), claims=None) -> "Options":
        rules = rulebook.configure(rulebook.load_rules([*cfg.rules, *extra_rule_dirs]), cfg,
                                   (LOAD_RULE, INFERRED_DATE_RULE))
        return cls(as_of=as_of, rules=rules, ledger_dir=claims or cfg.claims,
                   exclude=[re.compile(p, re.I) for p in cfg.exclude],
                   disable=cfg.disable, severity=cfg.severity,
                   settings=Settings.of(cfg.entities, cfg.synonyms,
                                        cfg.currencies.model_dump() if cfg.currencies else None))


def _tool_finding(rule: str, check: str, severity: str, source: Source | None, path: str,
                  message: str, line: int | None = None) -> Finding:
    line = line or 1
    span = source.span(0, 0) if source else Span(source=path, start=0, end=0, line=line, col=1, text="")
    return Finding(rule=rule, check=check, severity=severity, message=message, source=path,
                   line=line, col=1, text="", start=span.start, end=span.end,
                   fingerprint=fingerprint(rule, span.model_copy(update={"text": message}), []))


def run(sources: list[Source], problems: list[load.Problem], opts: Options) -> Report:
    findings: list[Finding] = []
    claims, coverage, sentences = [], {"sources": {}}, []
    by_id = {s.id: s for s in sources}
    for p in problems:
        findings.append(_tool_finding(LOAD_RULE, "load", "error", by_id.get(p.path), p.path,
                                      p.message, p.line))
    for src in sources:
        try:
            seg = segment(src, opts.exclude)
            ex = extract_source(seg)
        except Exception as exc:  # a bug of ours must not cost the user the other sources
            if opts.debug:
                raise
            findings.append(_tool_finding(
                LOAD_RULE, "load", "error", src, src.id,
                f"internal error while reading claims ({type(exc).__name__}: {exc}); the file "
                f"was skipped: please report it, and rerun with --debug for the details"))
            continue
        claims.extend(ex.claims)
        sentences.append((src, seg.sentences))
        coverage["sources"][src.id] = ex.coverage
        if src.published_from == "text":
            findings.append(_tool_finding(
                INFERRED_DATE_RULE, "load", "info", src, src.id,
                f"publication date {src.published} taken from the article text; "
                f"add `date:` to the front matter to be sure"))
    coverage["total"] = _total(coverage["sources"].values())

    ledger, ledger_sources = ([], {})
    if opts.ledger_dir:
        ledger, ledger_sources = load_ledger(opts.ledger_dir)
    corpus = Corpus(claims=claims, as_of=opts.as_of, ledger=ledger, ledger_sources=ledger_sources,
                    settings=opts.settings, published={s.id: s.published for s in sources},
                    sentences=sentences)
    for rule in opts.rules.values():
        if rule.id in opts.disable:
            continue
        findings.extend(checks.REGISTRY[rule.check].run(rule, corpus))
    if ledger:
        verified = [c.id for rule in opts.rules.values() if rule.check == "ledger"
                    and rule.id not in opts.disable
                    for c, _, ok in checks.ledger.matches(rule, corpus) if ok]
        coverage["ledger"] = {"entries": len(ledger), "verified": sorted(set(verified))}

    findings = [f.model_copy(update={"severity": opts.severity[f.rule]})
                if f.rule in opts.severity else f for f in findings]
    findings = sorted({f.fingerprint + f.source + str(f.start): f for f in findings}.values(),
                      key=Finding.sort_key)
    findings, coverage["suppressed"] = suppress.apply(findings, sources, opts.baseline)
    summary = Counter(f.severity for f in findings if not f.suppressed)
    return Report(as_of=opts.as_of,
                  sources=[SourceInfo(id=s.id, path=s.path, title=s.title, published=s.published,
                                      published_from=s.published_from) for s in sources],
                  claims=claims, findings=findings, coverage=coverage,
                  summary={k: summary.get(k, 0) for k in ("error", "warning", "info")})


def _total(per_source) -> dict:
    total = {"numbers": 0, "numbers_in_figures": 0, "numbers_in_dates": 0, "skipped": Counter(),
             "claims": Counter()}
    for cov in per_source:
        for k in ("numbers", "numbers_in_figures", "numbers_in_dates"):
            total[k] += cov[k]
        total["skipped"].update(cov["skipped"])
        total["claims"].update(cov["claims"])
    total["skipped"] = dict(sorted(total["skipped"].items()))
    total["claims"] = dict(sorted(total["claims"].items()))
    return total


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    return int(any(SEVERITY_RANK[f.severity] >= floor for f in report.findings if not f.suppressed))
