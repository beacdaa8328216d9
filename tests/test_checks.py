from datetime import date

import verifier

AS_OF = date(2026, 11, 22)


def _check(texts, **kw):
    rep = verifier.check_texts(texts, as_of=kw.pop("as_of", AS_OF), **kw)
    return {(f.source, f.line, f.rule) for f in rep.findings}, rep


def test_contradiction_across_articles():
    found, rep = _check({"a.md": "# A\n\nHarbor Labs currently operates 10,000 servers.\n",
                         "b.md": "# B\n\nHarbor Labs operates several hundred servers.\n"})
    assert ("a.md", 3, "cross-article-contradiction") in found
    (f,) = [f for f in rep.findings if f.rule == "cross-article-contradiction"]
    assert f.related[0].source == "b.md" and f.related[0].line == 3
    assert "time scope" in f.details and "subject" in f.details


def test_contradiction_units_convert_and_agree():
    found, _ = _check({"a.md": "# A\n\nHarbor Labs will expand compute capacity to 1 gigawatt.\n",
                       "b.md": "# B\n\nHarbor Labs will expand compute capacity to 1,000 megawatts.\n"})
    assert not any(r == "cross-article-contradiction" for _, _, r in found)


def test_contradiction_target_vs_current_is_not_compared():
    found, _ = _check({"a.md": "# A\n\nHarbor Labs currently operates 10,000 servers.\n",
                       "b.md": "# B\n\nHarbor Labs will run on 18,000 servers.\n"})
    assert not any(r == "cross-article-contradiction" for _, _, r in found)


def test_contradiction_different_subjects_are_not_compared():
    found, _ = _check({"a.md": "# A\n\nHarbor Labs operates 10,000 servers.\n",
                       "b.md": "# B\n\nQuay Systems operates 300 servers.\n"})
    assert not any(r == "cross-article-contradiction" for _, _, r in found)


def test_unsourced_and_sourced_figures():
    found, _ = _check({"a.md": "# A\n\nHarbor Labs is valued at $13 billion.\n\n"
                               "Harbor Labs has 400 staff, according to its annual report.\n"})
    assert ("a.md", 3, "unsourced-figure") in found
    assert ("a.md", 5, "unsourced-figure") not in found


def test_unsourced_skips_a_figure_restated_in_brackets():
    _, rep = _check({"a.md": "# A\n\nHarbor Labs draws one megawatt (1,000 kilowatts).\n\n"
                             "Harbor Labs draws 2 megawatts (2,000 kilowatts).\n"})
    unsourced = [f for f in rep.findings if f.rule == "unsourced-figure"]
    assert [(f.line, f.text) for f in unsourced] == [(5, "2 megawatts")]
    assert len(unsourced[0].claims) == 1  # not the bracketed 2,000 kilowatts


def test_stale_prediction_passed_and_not_yet():
    text = {"a.md": "---\ndate: 2024-01-10\n---\n# A\n\nBy 2025, the port may double its cranes.\n"}
    assert ("a.md", 6, "stale-prediction") in _check(text)[0]
    assert ("a.md", 6, "stale-prediction") not in _check(text, as_of=date(2025, 6, 1))[0]


def test_misquote_same_speaker_near_same_words():
    a = '# A\n\n"We will build the depot here in the valley," said Jo Park.\n'
    b = '# B\n\n"We will build the depot there in the valley," said Jo Park.\n'
    found, rep = _check({"a.md": a, "b.md": b})
    assert ("a.md", 3, "misquote") in found
    (f,) = [f for f in rep.findings if f.rule == "misquote"]
    assert "[-here-]" in f.details["diff"] and "{+there+}" in f.details["diff"]


def test_misquote_speaker_surnames_spelled_nearly_alike_are_one_speaker():
    a = '# A\n\n"We will build the depot here in the valley," said Ida Kowalczyk.\n'
    b = '# B\n\n"We will build the depot there in the valley," said Ida Kowalcyk.\n'
    c = '# C\n\n"We will build the depot there in the valley," said Ida Kowal.\n'
    found, _ = _check({"a.md": a, "b.md": b})
    assert ("a.md", 3, "misquote") in found
    found, _ = _check({"a.md": a, "c.md": c})  # another surname: another speaker
    assert not any(rule == "misquote" for _, _, rule in found)


def test_misquote_two_different_quotes_are_fine():
    a = '# A\n\n"We will build the depot here in the valley," said Jo Park.\n'
    b = '# B\n\n"Nobody expected the weather to turn so quickly," said Jo Park.\n'
    assert not any(r == "misquote" for _, _, r in _check({"a.md": a, "b.md": b})[0])


def test_ledger_disagreement_and_verified(tmp_path):
    (tmp_path / "l.yaml").write_text(
        "- subject: Harbor Labs\n  metric: servers\n  value: 10000\n  unit: servers\n"
        "  as_of: 2025-01-01\n  source: https://example.org/r\n")
    found, rep = _check({"a.md": "# A\n\nHarbor Labs operates 500 servers.\n",
                         "b.md": "# B\n\nHarbor Labs operates 10,000 servers.\n"},
                        claims=str(tmp_path))
    assert ("a.md", 3, "ledger-disagreement") in found
    assert ("b.md", 3, "ledger-disagreement") not in found
    (verified,) = rep.coverage["ledger"]["verified"]
    assert verified.startswith("quantity:b.md:")


def test_broken_source_is_an_error_finding_and_run_goes_on():
    found, rep = _check({"bad.md": "---\ntitle: [x\n---\nok\n",
                         "good.md": "# G\n\nHarbor Labs is valued at $13 billion.\n"})
    assert {l for s, l, r in found if r == "source-error"} <= {2, 3}  # inside the front matter
    assert any(r == "source-error" for _, _, r in found)
    assert ("good.md", 3, "unsourced-figure") in found
