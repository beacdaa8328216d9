"""Cross-article consistency: when two figures state the same thing, and when they disagree.
Small articles of our own, one behaviour each, the "does not contradict" cases included."""

from datetime import date

import pytest

import verifier
from verifier import index

AS_OF = date(2026, 11, 22)


def _contradictions(texts, config=None):
    rep = verifier.check_texts(texts, as_of=AS_OF, config=config)
    return [f for f in rep.findings if f.check == "contradiction"]


def _pair(a: str, b: str, config=None):
    return _contradictions({"a.md": f"# A\n\n{a}\n", "b.md": f"# B\n\n{b}\n"}, config)


@pytest.mark.parametrize("a, b", [
    ("Harbor Labs runs 4 ferries on the river route.",
     "Harbor Labs runs more than 4 ferries on the river route."),
    ("Harbor Labs currently operates 10,000 servers in its data centres.",
     "Harbor Labs currently operates several hundred servers in its data centres."),
    ("Harbor Labs will expand its computing capacity to 3 gigawatts.",
     "Harbor Labs plans one gigawatt of computing capacity."),
    ("The Quay Systems board approved a budget of $40 million for the bridge.",
     "The Quay Systems board approved a budget of $25 million for the bridge."),
])
def test_disagreeing_figures_are_found(a, b):
    (f,) = _pair(a, b)
    assert f.source == "a.md" and f.related[0].source == "b.md"


@pytest.mark.parametrize("a, b", [
    # an exact figure inside an open interval
    ("Harbor Labs runs 8 ferries on the river route.",
     "Harbor Labs runs more than 3 ferries on the river route."),
    ("Harbor Labs runs less than 600 ferries on the river route.",
     "Harbor Labs runs 100 ferries on the river route."),
    # rounding: "1.2 million" is 1.15 to 1.25 million, and "about" widens it further
    ("Harbor Labs has about 1.2 million subscribers to its ferry pass.",
     "Harbor Labs has 1.25 million subscribers to its ferry pass."),
    # a round number against "more than" the same number: headline rounding
    ("Harbor Labs sold 2,000 ferry passes at the spring fair.",
     "Harbor Labs sold more than 2,000 ferry passes at the spring fair."),
    # units convert
    ("Harbor Labs will expand its computing capacity to 1 gigawatt.",
     "Harbor Labs will expand its computing capacity to 1,000 megawatts."),
    # a target is not a current figure
    ("Harbor Labs currently operates 10,000 servers in its data centres.",
     "Harbor Labs will operate 18,000 servers in its data centres."),
    # different subjects
    ("Harbor Labs operates 10,000 servers in its data centres.",
     "Quay Systems operates 300 servers in its data centres."),
    # different moments
    ("Harbor Labs shipped 400 boats from its yard in March.",
     "Harbor Labs shipped 900 boats from its yard in June."),
    # different things of one kind: a loan is not a stake
    ("Harbor Labs will repay a $900 million loan to Quay Systems.",
     "Harbor Labs will buy a stake in the terminal for $2 billion."),
    # one shared word does not make two figures the same thing
    ("Harbor Labs paid $5 million for new cranes.",
     "Harbor Labs paid $9 million in fines."),
    # money in two currencies, without rates in the config
    ("Harbor Labs raised $200 million in new funding from investors.",
     "Harbor Labs raised €100 million in new funding from investors."),
])
def test_figures_that_do_not_contradict(a, b):
    assert _pair(a, b) == []


def test_an_article_that_states_the_same_figure_too_agrees():
    a = "Harbor Labs owns 12 cranes at the north quay."
    b = "Harbor Labs owns 12 cranes at the north quay, and 30 cranes at the north quay of its rival."
    assert _pair(a, b) == []


def test_bracketed_equivalents_within_one_article():
    ok = "# A\n\nHarbor Labs wants one gigawatt (1,000 megawatts) of capacity.\n"
    bad = "# A\n\nHarbor Labs wants one gigawatt (100 megawatts) of capacity.\n"
    conversion = "# A\n\nThe ferry route is 60 km (37 miles) long.\n"
    qualified = "# A\n\nThe ferry pass costs £399 (£469 with insurance).\n"
    assert _contradictions({"a.md": ok}) == []
    assert _contradictions({"a.md": conversion}) == []  # conversions are rounded
    assert _contradictions({"a.md": qualified}) == []  # not an equivalent: a qualifier
    (f,) = _contradictions({"a.md": bad})
    assert f.related[0].source == "a.md" and "bracketed" in f.details["time scope"]


def test_other_figures_of_one_article_are_not_compared():
    text = ("# A\n\nHarbor Labs sold 400 ferry passes in the first week.\n\n"
            "Harbor Labs sold 900 ferry passes in the second week.\n")
    assert _contradictions({"a.md": text}) == []


def test_finding_explains_itself():
    (f,) = _pair("Harbor Labs currently operates 10,000 servers in its data centres.",
                 "Harbor Labs currently operates 300 servers in its data centres.")
    assert f.related[0].line == 3 and f.line == 3
    assert "interval" in f.details["this"] and "b.md:3" in f.details["other"]
    assert "(clause)" in f.details["subject"]
    assert "shared word" in f.details["metric"] and "both present" in f.details["time scope"]


def test_one_finding_lists_every_other_article():
    texts = {f"{n}.md": f"# {n}\n\nHarbor Labs currently operates {v} servers in its data centres.\n"
             for n, v in [("a", "10,000"), ("b", "300"), ("c", "300"), ("d", "10,000")]}
    found = _contradictions(texts)
    assert {(f.source, tuple(r.source for r in f.related)) for f in found} == {
        ("a.md", ("b.md", "c.md")), ("b.md", ("d.md",)), ("c.md", ("d.md",))}


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "verifier.yaml"
    path.write_text("entities:\n  Harbor Labs: [Harbour Laboratories]\n"
                    "synonyms:\n  - [chips, GPUs, accelerators]\n"
                    "currencies:\n  base: USD\n  rates: {EUR: 1.10}\n")
    return str(path)


def test_config_entity_aliases(config):
    a = "Harbor Labs currently operates 10,000 servers in its data centres."
    b = "Harbour Laboratories currently operates 300 servers in its data centres."
    assert _pair(a, b) == []
    assert len(_pair(a, b, config)) == 1


def test_config_synonyms_join_counted_nouns(config):
    a = "Harbor Labs currently runs 10,000 Nvidia H100 GPUs in its data centres."
    b = "Harbor Labs currently runs 400 Nvidia H100 chips in its data centres."
    assert _pair(a, b) == []
    assert len(_pair(a, b, config)) == 1


def test_config_currency_rates(config):
    agree = ("Harbor Labs raised $110 million in new funding from investors.",
             "Harbor Labs raised €100 million in new funding from investors.")
    differ = ("Harbor Labs raised $300 million in new funding from investors.",
              "Harbor Labs raised €100 million in new funding from investors.")
    assert _pair(*agree, config) == []
    assert len(_pair(*differ, config)) == 1


def test_config_rejects_unknown_currency(tmp_path):
    path = tmp_path / "verifier.yaml"
    path.write_text("currencies:\n  base: USD\n  rates: {XYZ: 2}\n")
    with pytest.raises(verifier.errors.VerifierError, match="ISO 4217"):
        verifier.check_texts({"a.md": "# A\n"}, config=str(path))


def test_published_far_apart_not_compared():
    a = "---\ndate: 2019-03-01\n---\n# A\n\nHarbor Labs currently operates 10,000 servers in its data centres.\n"
    b = "---\ndate: 2024-03-01\n---\n# B\n\nHarbor Labs currently operates 300 servers in its data centres.\n"
    assert _contradictions({"a.md": a, "b.md": b}) == []


def test_spellings_of_one_entity_merge():
    same = index.merged_keys({"arcelor mittal", "arcelormittal", "deutsche telekom",
                              "deutsche telecom", "blair", "blaire"})
    assert same == {"arcelormittal": "arcelor mittal", "deutsche telekom": "deutsche telecom"}


@pytest.mark.parametrize("a, b, found", [
    ('"We will build the depot here in the valley," said Jo Park.',
     '"We will build the depot there in the valley," said Jo Park.', True),
    # an excerpt of the longer quote is no misquote
    ('"We will build the depot here in the valley," said Jo Park.',
     '"We will build the depot here," said Jo Park.', False),
    # two different quotes by one person
    ('"We will build the depot here in the valley," said Jo Park.',
     '"Nobody expected the weather to turn so quickly," said Jo Park.', False),
    # hyphens and quotation marks are not words
    ('"The depot is a well-known site for \'night-shift\' crews," said Jo Park.',
     '"The depot is a well known site for night-shift crews," said Jo Park.', False),
    # the same words from two different people
    ('"We will build the depot here in the valley," said Jo Park.',
     '"We will build the depot there in the valley," said Sam Okafor.', False),
])
def test_misquote(a, b, found):
    rep = verifier.check_texts({"a.md": f"# A\n\n{a}\n", "b.md": f"# B\n\n{b}\n"}, as_of=AS_OF)
    assert any(f.check == "misquote" for f in rep.findings) is found
