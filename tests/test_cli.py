import json
import subprocess
import sys

import pytest

import verifier
from verifier.cli import build_parser, main

from .conftest import ROOT


def _run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "verifier", *args], cwd=cwd,
                          capture_output=True, text=True)


def test_cli_json_report_contract(in_root, capsys):
    code = main(["check", "--as-of", "2026-11-22", "--format", "json", "--fail-on", "error"])
    rep = json.loads(capsys.readouterr().out)
    assert code == 1
    assert rep["schema"] == "verifier-report/1" and rep["as_of"] == "2026-11-22"
    assert set(rep) == {"schema", "as_of", "sources", "claims", "findings", "coverage", "summary"}
    f = rep["findings"][0]
    assert {"rule", "check", "severity", "message", "source", "line", "col", "text", "related",
            "fingerprint", "suppressed"} <= set(f)
    c = rep["claims"][0]
    assert {"id", "kind", "span", "sentence", "subject", "citations"} <= set(c)
    assert set(c["span"]) == {"source", "start", "end", "line", "col", "text"}


def test_cli_fail_on_never_exits_zero(in_root):
    assert main(["check", "--as-of", "2026-11-22", "--format", "text", "--fail-on", "never"]) == 0


def test_cli_markdown_goes_to_file(tmp_path, in_root):
    out = tmp_path / "r.md"
    main(["check", "--as-of", "2026-11-22", "-o", str(out)])
    assert out.read_text().startswith("# Verifier report")


def test_cli_usage_error_exits_2_one_line():
    r = _run("check", "--as-of", "tomorrow")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr and "Traceback" not in r.stderr


def test_cli_missing_path_exits_2():
    r = _run("check", "no/such/dir")
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "no/such/dir" in r.stderr


def test_cli_bad_rule_exits_2_with_file_and_line(tmp_path):
    (tmp_path / "r.yaml").write_text("id: my-rule\ncheck: unsourced\nseverity: loud\nmessage: x\n")
    r = _run("check", "--rules", str(tmp_path), "--format", "text")
    assert r.returncode == 2
    assert "r.yaml:3: severity: expected one of error, warning, info; got 'loud'" in r.stderr


def test_cli_bad_config_exits_2(tmp_path):
    (tmp_path / "verifier.yaml").write_text("fail_on: error\nfoo: 1\n")
    (tmp_path / "sources").mkdir()
    r = _run("check", "--format", "text", cwd=tmp_path)
    assert r.returncode == 2 and "verifier.yaml:2: foo: unknown key" in r.stderr


@pytest.mark.parametrize("argv", [["check"], ["claims"], ["rules"], ["rules", "list"],
                                  ["rules", "explain"], ["rules", "schema"]])
def test_cli_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args([*argv, "--help"])
    assert exc.value.code == 0 and "usage:" in capsys.readouterr().out


def test_cli_rules_explain_prints_check_doc(in_root, capsys):
    assert main(["rules", "explain", "cross-article-contradiction"]) == 0
    out = capsys.readouterr().out
    assert "Why it matters" in out and "tolerance" in out


def test_an_internal_error_becomes_a_finding_naming_the_file(tmp_path, monkeypatch):
    from verifier import engine

    def boom(seg):
        raise RuntimeError("simulated bug")

    (tmp_path / "a.md").write_text("# A\n\nThe plant makes 3 gigawatts.\n", encoding="utf-8")
    monkeypatch.setattr(engine, "extract_source", boom)
    rep = verifier.check([str(tmp_path / "a.md")])
    (f,) = [f for f in rep.findings if f.rule == "source-error"]
    assert f.source.endswith("a.md") and "simulated bug" in f.message
    with pytest.raises(RuntimeError):
        verifier.check([str(tmp_path / "a.md")], debug=True)
