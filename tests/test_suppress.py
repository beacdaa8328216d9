"""Inline suppressions and the baseline: accepted findings are marked, counted, not failed on."""

import json
from datetime import date

import verifier
from verifier.cli import main

AS_OF = date(2026, 11, 22)
UNSOURCED = "unsourced-figure"


def _active(rep, rule=UNSOURCED):
    return [(f.source, f.line) for f in rep.findings if f.rule == rule and not f.suppressed]


def test_ignore_next_paragraph_with_reason():
    text = ("# A\n\n<!-- verifier-ignore unsourced-figure: figure from our own survey -->\n"
            "Harbor Labs has 400 staff.\n\nHarbor Labs has 90 cranes.\n")
    rep = verifier.check_texts({"a.md": text}, as_of=AS_OF)
    assert _active(rep) == [("a.md", 6)]
    (held,) = [f for f in rep.findings if f.suppressed]
    assert held.line == 4 and held.details["suppressed"] == "figure from our own survey"
    assert rep.coverage["suppressed"] == {"inline": 1, "baseline": 0}


def test_ignore_names_only_its_rules():
    text = ("# A\n\n<!-- verifier-ignore stale-prediction: checked -->\n"
            "Harbor Labs has 400 staff.\n")
    assert _active(verifier.check_texts({"a.md": text}, as_of=AS_OF)) == [("a.md", 4)]


def test_ignore_file_and_front_matter():
    whole = "# A\n\n<!-- verifier-ignore-file unsourced-figure: a press release -->\n\nHarbor Labs has 400 staff.\n"
    front = "---\nverifier:\n  ignore: [unsourced-figure]\n---\n# A\n\nHarbor Labs has 400 staff.\n"
    for text in (whole, front):
        rep = verifier.check_texts({"a.md": text}, as_of=AS_OF)
        assert _active(rep) == [] and rep.coverage["suppressed"]["inline"] == 1


def test_baseline_accepts_old_findings_and_survives_edits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    article = tmp_path / "sources" / "a.md"
    article.write_text("# A\n\nHarbor Labs has 400 staff.\n")
    assert main(["check", "--as-of", "2026-11-22", "--write-baseline", "base.json",
                 "--fail-on", "warning", "-o", "-", "--format", "json"]) == 1
    assert json.loads((tmp_path / "base.json").read_text())["schema"] == "verifier-baseline/1"
    # an edit elsewhere moves the old finding; a new finding appears
    article.write_text("# A\n\nA new opening paragraph.\n\nHarbor Labs has 400 staff.\n\n"
                       "Harbor Labs has 90 cranes.\n")
    rep = verifier.check(["sources"], as_of=AS_OF, baseline="base.json")
    assert _active(rep) == [("sources/a.md", 7)]
    assert rep.coverage["suppressed"] == {"inline": 0, "baseline": 1}
    assert main(["check", "--as-of", "2026-11-22", "--baseline", "base.json", "--fail-on",
                 "warning", "-o", "-", "--format", "json"]) == 1


def test_bad_baseline_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "base.json"
    bad.write_text("{}")
    assert main(["check", str(tmp_path), "--baseline", str(bad)]) == 2
    assert "not a baseline file" in capsys.readouterr().err
