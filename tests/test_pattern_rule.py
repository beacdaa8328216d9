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
