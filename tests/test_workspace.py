"""End to end on the example workspace, with one golden report reviewed as a diff."""

import os
from datetime import date

import verifier
from verifier.report import render

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "example_report.md"


def _report(in_root):
    return verifier.check(as_of=date(2026, 11, 22))


def test_workspace_shows_every_kind_of_finding(in_root):
    rep = _report(in_root)
    checks = {f.check for f in rep.findings}
    assert {"contradiction", "unsourced", "stale", "misquote", "ledger", "load"} <= checks
    assert any(f.rule == "unsourced-money" for f in rep.findings)  # the workspace rule
    assert rep.coverage["ledger"]["verified"]


def test_workspace_golden_report(in_root):
    text = render(_report(in_root), "markdown")
    if os.environ.get("VERIFIER_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), \
        "report changed: review the diff, then rerun with VERIFIER_UPDATE_GOLDEN=1"


def test_workspace_report_escapes_article_text():
    rep = verifier.check_texts({"x.md": "# T\n\n<script>alert(1)</script> [click](https://evil.example) "
                                        "is valued at $9 billion.\n"}, as_of=date(2026, 11, 22))
    text = render(rep, "markdown")
    assert "<script>" not in text and "](https" not in text
