"""Command line: `verifier check`, `verifier claims`, `verifier rules list|explain|schema`.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config or
rule error (one line naming the file and place; a traceback only with --debug).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__, api, report as reports, suppress
from .config import FAIL_ON, load_config
from .errors import VerifierError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with one line, as argparse does
        self.exit(2, f"{self.prog}: error: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD; got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="verifier", description="Check articles for contradictory, unsourced "
                "and stale claims, misquotes and disagreements with a claims ledger.")
    p.add_argument("--version", action="version", version=f"verifier {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check articles and write a report",
                       description="Check articles (default: sources/) and write a report "
                       "(Markdown to report.md; other formats to stdout).")
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: sources/)")
    c.add_argument("--as-of", type=_date, help="date to judge deadlines against (default: today)")
    c.add_argument("--format", choices=["markdown", "json", "sarif", "text"], default="markdown")
    c.add_argument("-o", "--output", metavar="FILE|-", help="where to write ('-' for stdout)")
    c.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that exits 1 (default: error)")
    c.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder")
    c.add_argument("--claims", metavar="DIR", help="claims ledger folder (default: claims/)")
    c.add_argument("--baseline", metavar="FILE",
                   help="accept the findings listed in this file (see --write-baseline)")
    c.add_argument("--write-baseline", metavar="FILE",
                   help="write the fingerprints of this run's findings to FILE")
    c.add_argument("--config", metavar="FILE", help="config file (default: verifier.yaml)")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write a claims cache")
    c.add_argument("--debug", action="store_true", help="show tracebacks")

    cl = sub.add_parser("claims", help="print the claims extracted from articles",
                        description="Print the claims extracted from articles, for review.")
    cl.add_argument("paths", nargs="*", metavar="PATH")
    cl.add_argument("--format", choices=["json", "table"], default="table")
    cl.add_argument("--config", metavar="FILE")
    cl.add_argument("--debug", action="store_true")

    r = sub.add_parser("rules", help="list, explain or describe rules",
                       description="Inspect the rules in force.")
    rsub = r.add_subparsers(dest="action", required=True, parser_class=_Parser)
    rl = rsub.add_parser("list", help="a table of the rules in force")
    re_ = rsub.add_parser("explain", help="what a rule finds, why, its options and an example")
    re_.add_argument("rule")
    rsub.add_parser("schema", help="JSON Schema for rule files")
    rt = rsub.add_parser("test", help="run the rules' fixtures and cases; pass or fail per rule",
                         description="Run each rule's fixtures (rules/<id>.fixtures/) and cases "
                         "(rules/<id>.cases.yaml): the built-in rules and those in DIR.")
    rt.add_argument("dirs", nargs="*", metavar="DIR",
                    help="rule folders (default: the config's, else rules/ if any)")
    for q in (rl, re_):
        q.add_argument("--rules", action="append", default=[], metavar="DIR")
        q.add_argument("--config", metavar="FILE")
    for q in (r, rl, re_, rt):
        q.add_argument("--debug", action="store_true", default=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except VerifierError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"verifier: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _dispatch(args) -> int:
    if args.command == "check":
        return _check(args)
    if args.command == "claims":
        return _claims(args)
    return _rules(args)


def _check(args) -> int:
    cfg, _ = load_config(args.config)
    rep = api.check(args.paths or None, as_of=args.as_of, rules=args.rules, claims=args.claims,
                    config=args.config, debug=args.debug, baseline=args.baseline)
    if args.write_baseline:
        n = suppress.write_baseline(args.write_baseline, rep.findings)
        print(f"verifier: {n} findings written to the baseline {args.write_baseline}",
              file=sys.stderr)
    text = reports.render(rep, args.format)
    out = args.output or ("report.md" if args.format == "markdown" else "-")
    if out == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise VerifierError(f"cannot write report: {exc.strerror}", out) from None
        s, held = rep.summary, rep.coverage.get("suppressed") or {}
        hidden = (f" ({held.get('inline', 0)} suppressed, {held.get('baseline', 0)} baselined)"
                  if any(held.values()) else "")
        print(f"verifier: {len(rep.sources)} sources, {len(rep.claims)} claims: {s['error']} "
              f"errors, {s['warning']} warnings, {s['info']} info{hidden} -> {out}",
              file=sys.stderr)
    from .engine import exit_code
    return exit_code(rep, args.fail_on or cfg.fail_on)


def _claims(args) -> int:
    rep = api.check(args.paths or None, config=args.config)
    if args.format == "json":
        sys.stdout.write(json.dumps([json.loads(c.model_dump_json()) for c in rep.claims],
                                    indent=2) + "\n")
        return 0
    for c in rep.claims:
        sys.stdout.write(f"{c.span.source}:{c.span.line}:{c.span.col}\t{c.kind}\t"
                         f"{' '.join(c.span.text.split())}\t{_claim_summary(c)}\n")
    return 0


def _claim_summary(c) -> str:
    from .checks.base import describe
    if c.kind in ("quantity", "money", "percent"):
        return f"{describe(c)} | subject={c.subject} | scope={c.scope.kind}" + (
            f" {c.scope.year}" if c.scope.year else "") + f" | cited={bool(c.citations)}"
    if c.kind == "date":
        return f"{c.value} ({c.precision})"
    if c.kind == "prediction":
        return f"cue={c.cue} deadline={c.deadline or c.unresolved or 'none'}"
    return f"speaker={c.speaker}"


def _rules(args) -> int:
    from . import rulebook
    from .checks import REGISTRY
    from .rulespec import AnyRule
    if args.action == "schema":
        from pydantic import TypeAdapter
        sys.stdout.write(json.dumps(TypeAdapter(AnyRule).json_schema(), indent=2) + "\n")
        return 0
    if args.action == "test":
        return _rules_test(args.dirs or load_config()[0].rule_dirs())
    cfg, _ = load_config(args.config)
    rules = rulebook.load_rules([*cfg.rule_dirs(), *args.rules])
    if args.action == "list":
        for rule in rules.values():
            state = "off" if rule.id in cfg.disable else cfg.severity.get(rule.id, rule.severity)
            sys.stdout.write(f"{rule.id:32} {rule.check:14} {state:8} "
                             f"{' '.join(rule.description.split())[:70]}\n")
        return 0
    rule = rules.get(args.rule)
    if rule is None:
        raise VerifierError(f"no rule {args.rule!r}; known: {', '.join(rules)}")
    doc = (REGISTRY[rule.check].__doc__ or "").strip()
    options = {k: v for k, v in rule.model_dump().items()
               if k not in ("id", "check", "severity", "message", "description", "examples")}
    sys.stdout.write(f"{rule.id} ({rule.check}, {rule.severity})\n\n"
                     f"{' '.join(rule.description.split())}\n\nMessage: {rule.message}\n"
                     f"Options: {json.dumps(options, default=str)}\n")
    for ex in rule.examples:
        sys.stdout.write(f"Example: {ex}\n")
    sys.stdout.write(f"\nCheck type `{rule.check}`:\n{doc}\n")
    return 0


def _rules_test(dirs: list[str]) -> int:
    from . import ruletest

    results = ruletest.run_all(dirs)
    for r in results:
        counts = f"tp {r.tp}, fp {r.fp}, fn {r.fn}, tn {r.tn}" + (f", todo {r.todo}" if r.todo
                                                                   else "")
        cased = r.tp + r.fp + r.fn + r.tn + r.todo
        status = "PASS" if r.passed else "FAIL"
        if not cased:
            status = "NONE"
        sys.stdout.write(f"{status} {r.rule:32} {counts}\n")
        for problem in r.problems:
            sys.stdout.write(f"     {problem}\n")
    failed = sum(not r.passed for r in results)
    sys.stdout.write(f"{len(results) - failed} rules passed, {failed} failed\n")
    return int(failed > 0)


if __name__ == "__main__":
    sys.exit(main())
