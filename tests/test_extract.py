import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel

import verifier
from verifier.load import load_text


def _figures(sentence):
    return [c for c in verifier.extract("# T\n\n" + sentence + "\n") if c.kind in
            ("quantity", "money", "percent")]


@pytest.mark.parametrize("sentence, kind, value, unit, bound", [
    ("The site draws 3 gigawatts at peak.", "quantity", 3e9, "W", "="),
    ("The site draws one gigawatt at peak.", "quantity", 1e9, "W", "="),
    ("The plant adds 1,000 megawatts.", "quantity", 1e9, "W", "="),
    ("The firm runs 10,000 NVIDIA H100 GPUs today.", "quantity", 10000, "GPU", "="),
    ("The lab owns several hundred servers.", "quantity", 600, "server", "range"),
    ("It raised $4.1 billion last year.", "money", 4.1e9, "USD", "="),
    ("Brussels pledged €20 billion for chips.", "money", 2e10, "EUR", "="),
    ("Shares fell about 5% on Monday.", "percent", 5, "%", "~"),
    ("More than 90% of users agree.", "percent", 90, "%", ">"),
    ("The cluster reaches over 500 petaflops.", "quantity", 5e17, "FLOP/s", ">"),
    ("The model has 24-billion-parameter weights.", "quantity", 2.4e10, "parameter", "="),
    ("The budget is between 10 and 20 million euros.", "money", 1.5e7, "EUR", "range"),
    ("Three reactors would be needed.", "quantity", 3, "reactor", "="),
    ("The town hired twenty-four nurses.", "quantity", 24, "nurse", "="),
    ("Some three hundred and fifty guests came.", "quantity", 350, "guest", "~"),
    ("They sold half a million tickets.", "quantity", 5e5, "ticket", "="),
    ("Revenue doubled in a year.", "quantity", 2, "x", "="),          # multipliers
    ("Output rose tenfold.", "quantity", 10, "x", "="),
    ("The new chip is 3x faster.", "quantity", 3, "x", "="),
    ("It was a three-fold rise.", "quantity", 3, "x", "="),
    ("Costs were halved.", "quantity", 0.5, "x", "="),
    ("The depot needs 10-20 trucks each winter.", "quantity", 15, "truck", "range"),
    ("The town planted one thousand oaks.", "quantity", 1000, "oak", "="),
    ("Brightwater raised $2.5bn from investors.", "money", 2.5e9, "USD", "="),
    ("Brightwater paid $450k for the land.", "money", 4.5e5, "USD", "="),
    ("Public debt in Norhaven reached $3 trillion.", "money", 3e12, "USD", "="),
    ("The plan means doubling the fleet.", "quantity", 2, "x", "="),
    ("Freight volumes tripled since the bridge opened.", "quantity", 3, "x", "="),
])
def test_extract_figure(sentence, kind, value, unit, bound):
    (c,) = _figures(sentence)
    assert c.kind == kind and c.value == pytest.approx(value) and c.bound == bound
    assert (c.currency if kind == "money" else c.unit) == unit


@pytest.mark.parametrize("sentence", [
    "The team fine-tuned Mistral 7B and Mixtral 8x22B.",      # model names
    "The lab compared GPT-4 with H100 results.",
    "It is part of the France 2030 plan.",                     # a name with a year
    "- 1Largest rollout in the region.",                       # list numbering glued to a word
    "Call 555-1234 before 10:30 tomorrow.",                    # phone number, time of day
    "The project started in 2021.",                            # a year is a date, not a figure
    "Northwind doubles down on its plan.",                     # an idiom, not a multiplier
    "They booked a double room.",
    "The council approved the harbour plan3.",                 # a footnote marker glued to a word
])
def test_extract_not_a_figure(sentence):
    assert _figures(sentence) == []


@pytest.mark.parametrize("sentence, bound, low, high", [
    ("The kiln burned roughly 40 tonnes of coal.", "~", 36000, 44000),
    ("The kiln burned nearly 40 tonnes of coal.", "~", 36000, 44000),
    ("The mine employs above 300 miners.", ">", 300, None),
    ("The mine employs at least 300 miners.", ">=", 300, None),
    ("The mine employs less than 300 miners.", "<", None, 300),
    ("The mine employs under 300 miners.", "<", None, 300),
    ("The mine employs up to 300 miners.", "<=", None, 300),
    ("The mine employs at most 300 miners.", "<=", None, 300),
    ("Dozens of miners walked out.", "range", 12, 120),              # vague amounts
    ("The mine hired a few thousand miners.", "range", 2000, 5000),
    ("The valley drew tens of billions of dollars.", "range", 1e10, 1e11),
    ("The mine (about 300 miners) closed.", "~", 270, 330),           # after a bracket
    ("It raised the grant to the group to 300 miners.", "=", 300, 300),  # "group to": no "up to"
])
def test_extract_hedge_is_an_interval(sentence, bound, low, high):
    (c,) = _figures(sentence)
    assert c.bound == bound and (c.low, c.high) == (pytest.approx(low), pytest.approx(high))


def test_extract_change_up():
    (c,) = _figures("Revenue rose 2% in the quarter.")
    assert c.change == "up"


def test_extract_dates_and_stale_prediction():
    claims = verifier.extract("# T\n\nBy 2027, the city may open a new line.\n")
    (d,) = [c for c in claims if c.kind == "date"]
    (p,) = [c for c in claims if c.kind == "prediction"]
    assert (d.value, d.precision) == (date(2027, 1, 1), "year")
    assert (p.deadline, p.precision, p.cue) == (date(2027, 12, 31), "year", "may")


def test_extract_relative_deadline_needs_publication_date():
    text = "# T\n\nThe agency will finish the bridge within two years.\n"
    (p,) = [c for c in verifier.extract(text) if c.kind == "prediction"]
    assert p.deadline is None and "needs the article's date" in p.unresolved
    (p,) = [c for c in verifier.extract(text, published=date(2025, 3, 1)) if c.kind == "prediction"]
    assert p.deadline == date(2027, 3, 1)


@pytest.mark.parametrize("text, speaker", [
    ('"We will open three depots next spring," said CEO Dana Reyes.', "Dana Reyes"),
    ('Dana Reyes said: "We will open three depots next spring."', "Dana Reyes"),
    ('According to Dana Reyes, "we will open three depots next spring."', "Dana Reyes"),
    ('"We will open three depots next spring," Reyes explained.', "Reyes"),
])
def test_extract_quote_speaker(text, speaker):
    (q,) = [c for c in verifier.extract("# T\n\n" + text + "\n") if c.kind == "quote"]
    assert q.speaker == speaker and q.quote.startswith("We will open") or q.quote.startswith("we will")


def test_extract_scare_quotes_are_not_quotes():
    assert [c for c in verifier.extract('# T\n\nA "breakthrough" in design.\n') if c.kind == "quote"] == []


def test_extract_span_invariant_on_every_claim():
    text = Path(__file__).parents[1].joinpath("sources", "compute-campus.md").read_text()
    src, _ = load_text("x.md", text)
    for c in verifier.extract(text):
        assert src.text[c.span.start:c.span.end] == c.span.text
        assert src.text[c.sentence.start:c.sentence.end] == c.sentence.text


@pytest.mark.parametrize("body, skipped", [
    ("The startup fine-tuned Corvid 13B on harbour logs.", {"model name": 1}),
    ("1. Harbour works resumed in the spring.", {"list marker": 1}),
    ("Call the harbour office on 555-1234 today.", {"phone number": 2}),
    ("The ferry leaves at 6:15 each morning.", {"time": 2}),
    ("The rules are set out in section 12 of the code.", {"label": 1}),
    ("The Norhaven 2035 plan covers the port.", {"name with year": 1}),
    ("Norhaven built 14 berths.\n\nSign up for our newsletter to get 3 stories a day.",
     {"boilerplate": 1}),
    ("The council approved the harbour plan2.\n\n## References\n\n1. Harbour Board. Plan.\n"
     "2. Coastal Survey. Report.", {"footnote": 1, "reference list": 2}),
])
def test_extract_coverage_says_why_numbers_were_skipped(body, skipped):
    rep = verifier.check_texts({"a.md": "# T\n\n" + body + "\n"})
    cov = json.loads(rep.model_dump_json())["coverage"]["sources"]["a.md"]
    assert cov["skipped"] == skipped
    assert cov["numbers"] == (sum(skipped.values()) + cov["numbers_in_figures"]
                              + cov["numbers_in_dates"])


def test_extract_coverage_counts_numbers_claims_and_dates():
    rep = verifier.check_texts({"a.md": "# T\n\nThe port opened in 1998 with 40 cranes.\n"})
    cov = json.loads(rep.model_dump_json())["coverage"]["sources"]["a.md"]
    assert (cov["numbers"], cov["numbers_in_figures"], cov["numbers_in_dates"]) == (2, 1, 1)
    assert cov["claims"] == {"date": 1, "quantity": 1} and cov["skipped"] == {}


def _sample_articles():
    """Our own example workspace, and the seeds when ../shared is there."""
    from tests.conftest import ROOT, SEEDS

    paths = sorted((ROOT / "sources").glob("*.md"))
    if SEEDS.is_dir():
        paths += sorted(SEEDS.iterdir())
    return [p.read_text(encoding="utf-8") for p in paths] + [
        "# T\n\nThe lab owns several hundred servers and dozens of racks, about 3 GW in all.\n",
        "# T\n\nRevenue rose 2% to $4.1 billion in 2024, CEO Jane Roe said: \"We will grow.\"\n",
    ]


def _types(record):
    """The type of every field value, nested records included."""
    return [_types(v) if isinstance(v, BaseModel) else type(v) for v in record.__dict__.values()]


def test_extract_records_are_what_validation_would_make():
    # extraction builds its records without validating them (trusted.record)
    for text in _sample_articles():
        for c in verifier.extract(text, published=date(2025, 6, 11)):
            again = type(c).model_validate(c.model_dump())
            assert again == c and again.model_dump_json() == c.model_dump_json()
            assert list(c.__dict__) == list(type(c).model_fields)
            assert _types(c) == _types(again)
