from datetime import date

import pytest

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
])
def test_extract_not_a_figure(sentence):
    assert _figures(sentence) == []


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
    text = open(__file__.replace("test_extract.py", "../sources/compute-campus.md")).read()
    src, _ = load_text("x.md", text)
    for c in verifier.extract(text):
        assert src.text[c.span.start:c.span.end] == c.span.text
        assert src.text[c.sentence.start:c.sentence.end] == c.sentence.text
