"""The `pattern` check type: phrases and regular expressions in sentences, time-bounded."""

from datetime import date

import pytest

import verifier
from verifier.errors import VerifierError

AS_OF = date(2026, 11, 22)
WEASEL = """id: weasel-words
check: pattern
message: "'{match}' names no source"
phrases: [experts say, it is believed]
unless_sourced: true
"""


def _run(tmp_path, rule: str, text: str):
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "rule.yaml").write_text(rule)
    rep = verifier.check_texts({"a.md": f"# A\n\n{text}\n"}, as_of=AS_OF,
                               rules=[str(tmp_path / "rules")])
    rule_id = rule.split("id:", 1)[1].split()[0]
    return [f for f in rep.findings if f.rule == rule_id]


def test_phrase_found_as_whole_words(tmp_path):
    (f,) = _run(tmp_path, WEASEL, "Experts  say the harbour will double its trade.")
    assert f.message == "'Experts say' names no source" and f.line == 3
    assert _run(tmp_path, WEASEL, "The expertsay column ran twice.") == []


def test_sourced_sentence_is_skipped(tmp_path):
    text = "Experts say the harbour will double its trade, according to the port authority."
    assert _run(tmp_path, WEASEL, text) == []


def test_regex_pattern(tmp_path):
    rule = 'id: vague-growth\ncheck: pattern\nmessage: "{match}"\npatterns: ["grew (?:a lot|massively)"]\n'
    (f,) = _run(tmp_path, rule, "The fleet grew massively last year.")
    assert f.message == "grew massively"


def test_catastrophic_pattern_is_stopped_and_reported(tmp_path):
    rule = 'id: slow\ncheck: pattern\nmessage: "{match}"\npatterns: ["((a|aa)+)+b"]\ntimeout: 0.05\n'
    (f,) = _run(tmp_path, rule, "a" * 60 + "!")
    assert "timed out" in f.message and "slow" == f.rule


@pytest.mark.parametrize("rule, where", [
    ('id: bad\ncheck: pattern\nmessage: "{match}"\npatterns: ["(unclosed"]\n', ":4:"),
    ('id: bad\ncheck: pattern\nmessage: "{match}"\n', ":1:"),
    ('id: bad\ncheck: pattern\nmessage: "{word}"\nphrases: [x]\n', ":3:"),
])
def test_bad_pattern_rules_are_precise_errors(tmp_path, rule, where):
    with pytest.raises(VerifierError) as err:
        _run(tmp_path, rule, "Anything.")
    assert where in str(err.value)


@pytest.mark.parametrize("config, message", [
    ("disable: [unsourced-figur]\n", "disable: no rule 'unsourced-figur'"),
    ("enable: [nope]\n", "enable: no rule 'nope'"),
    ("options:\n  cross-article-contradiction:\n    tolerence: 0.1\n",
     "tolerence: not an option of contradiction rules"),
    ("options:\n  cross-article-contradiction:\n    tolerance: 3\n", "less than or equal to 1"),
    ("fail_onn: error\n", "did you mean fail_on?"),
])
def test_config_errors_name_file_line_and_what_is_valid(tmp_path, config, message):
    path = tmp_path / "verifier.yaml"
    path.write_text(config)
    with pytest.raises(VerifierError) as err:
        verifier.check_texts({"a.md": "# A\n"}, config=str(path))
    assert message in str(err.value) and str(path) + ":" in str(err.value)


def test_config_enable_and_options(tmp_path):
    path = tmp_path / "verifier.yaml"
    path.write_text("enable: [weasel-words]\noptions:\n  weasel-words:\n    unless_sourced: false\n")
    rule_dir = tmp_path / "rules"
    rule_dir.mkdir()
    (rule_dir / "w.yaml").write_text(WEASEL)
    rep = verifier.check_texts({"a.md": "# A\n\nExperts say it has 400 staff, according to X.\n"},
                               as_of=AS_OF, config=str(path), rules=[str(rule_dir)])
    assert [f.rule for f in rep.findings] == ["weasel-words"]  # only the enabled rule runs
