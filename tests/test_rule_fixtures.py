"""Every rule's fixtures and cases (verifier/rules/<id>.cases.yaml, <id>.fixtures/, and the
example workspace's rules/), one test id per case: the runner `verifier rules test` uses."""

from pathlib import Path

import pytest

from verifier import ruletest
from verifier.rulebook import BUILTIN_DIR, load_rule

ROOT = Path(__file__).resolve().parents[1]
WORKSPACE_RULES = [str(ROOT / "rules")]
CASES = [case for path, rid in ruletest.rule_files(WORKSPACE_RULES)
         for case in ruletest.collect(path, rid)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}:{Path(c.name).name}")
def test_rule_case(case):
    result = ruletest.run_case(case, WORKSPACE_RULES)
    assert result.passed, "\n".join(result.problems)


@pytest.mark.parametrize("path", sorted(p for p in BUILTIN_DIR.glob("*.yaml")
                                        if not p.name.endswith(".cases.yaml")),
                         ids=lambda p: p.stem)
def test_builtin_rule_is_documented_and_tested(path):
    rule = load_rule(path)
    assert rule.description.strip(), f"{rule.id} has no description"
    kinds = [kind for case in ruletest.collect(path, rule.id) for _, _, kind in case.marks]
    assert "expect" in kinds and "ok" in kinds, f"{rule.id} needs an expect and an ok case"


def test_runner_reports_each_mismatch(tmp_path):
    (tmp_path / "r.yaml").write_text('id: staff-count\ncheck: pattern\nmessage: "{match}"\n'
                                     'phrases: [staff]\n')
    (tmp_path / "r.cases.yaml").write_text(
        "cases:\n  - expect: Harbor Labs has 400 staff.\n  - ok: Harbor Labs has a staff room.\n"
        "  - expect: Harbor Labs has 400 workers.\n  - todo-expect: Harbor Labs has 400 crew.\n")
    (result,) = [r for r in ruletest.run_all([str(tmp_path)]) if r.rule == "staff-count"]
    assert (result.tp, result.fp, result.fn, result.tn, result.todo) == (1, 1, 1, 0, 1)
    assert len(result.problems) == 2 and all("r.cases.yaml:" in p for p in result.problems)


def test_committed_rule_schema_is_in_sync(capsys):
    from verifier.cli import main

    assert main(["rules", "schema"]) == 0
    committed = (ROOT / "docs" / "rule.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed, \
        "rule specs changed: run `verifier rules schema > docs/rule.schema.json`"


def test_readme_worked_example(tmp_path):
    """The rule and cases of the README's "Writing rules" section pass as written."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Writing rules", 1)[1].split("\n## ", 1)[0]
    rule, cases = re.findall(r"```yaml\n(.*?)```", section, re.S)[:2]
    (tmp_path / "record-claims.yaml").write_text(rule)
    (tmp_path / "record-claims.cases.yaml").write_text(cases)
    (result,) = [r for r in ruletest.run_all([str(tmp_path)]) if r.rule == "record-claims"]
    assert result.passed and (result.tp, result.tn) == (2, 2)


def test_fixture_folder_for_a_cross_article_rule(tmp_path):
    (tmp_path / "fleet.yaml").write_text(
        'id: fleet-contradiction\ncheck: contradiction\nmessage: "{value} vs {other_value}"\n')
    folder = tmp_path / "fleet.fixtures"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\n<!-- expect: fleet-contradiction -->\n"
                                 "Harbor Labs currently runs 40 ferries on the river route.\n\n"
                                 "<!-- todo-expect: fleet-contradiction -->\n"
                                 "The route carries many people.\n")
    (folder / "b.md").write_text("# B\n\n<!-- ok: fleet-contradiction -->\n"
                                 "Harbor Labs currently runs 12 ferries on the river route.\n")
    (result,) = [r for r in ruletest.run_all([str(tmp_path)]) if r.rule == "fleet-contradiction"]
    assert result.passed and (result.tp, result.tn, result.todo) == (1, 1, 1)


def test_annotations_are_not_article_text(tmp_path):
    """A rule that looks for the words of the annotations never fires on them."""
    (tmp_path / "anno.yaml").write_text('id: anno-words\ncheck: pattern\nmessage: "{match}"\n'
                                        'phrases: [expect, todo]\n')
    folder = tmp_path / "anno.fixtures"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\n<!-- ok: anno-words -->\nThe harbour is busy.\n\n"
                                 "<!-- expect: anno-words -->\nWe expect a busy harbour.\n\n"
                                 "<!-- todo-expect: anno-words -->\nA busy day.\n")
    (result,) = [r for r in ruletest.run_all([str(tmp_path)]) if r.rule == "anno-words"]
    assert result.passed and (result.tp, result.fp, result.tn, result.todo) == (1, 0, 1, 1)


def test_rules_list_shows_the_workspace_rules(monkeypatch, capsys):
    from verifier.cli import main

    monkeypatch.chdir(ROOT)
    assert main(["rules", "list"]) == 0
    assert "unsourced-money" in capsys.readouterr().out
