"""Predictions: a future or modal cue and the deadline it sets (our own sentences)."""

from datetime import date

import pytest

import verifier

PUBLISHED = date(2025, 6, 11)


def _prediction(sentence, published=PUBLISHED):
    preds = [c for c in verifier.extract("# T\n\n" + sentence + "\n", published=published)
             if c.kind == "prediction"]
    return preds[0] if preds else None


@pytest.mark.parametrize("sentence, cue, deadline, precision", [
    ("The firm will open a second site by 2027.", "will", date(2027, 12, 31), "year"),
    ("Output is expected to double in 2026.", "is expected to", date(2026, 12, 31), "year"),
    ("Prices may fall by Q3 2026.", "may", date(2026, 9, 30), "quarter"),
    ("The council could approve it by March 2026.", "could", date(2026, 3, 31), "month"),
    ("The group aims to list its shares next year.", "aims to", date(2026, 12, 31), "year"),
    ("The lab plans to hire 40 people within two years.", "plans to", date(2027, 6, 11), "day"),
    ("The agency predicted a surplus by the end of the decade.", "predicted",
     date(2029, 12, 31), "year"),
    ("The market is projected to grow from $4 billion in 2024 to $9 billion by 2028.",
     "is projected to", date(2028, 12, 31), "year"),
    ("Analysts forecast higher rates.", "forecast", None, None),
    ("The company targets net zero by 2030.", "targets", date(2030, 12, 31), "year"),
    ("Officials anticipate a second terminal by 2028.", "anticipate", date(2028, 12, 31), "year"),
    ("The vote could take place in spring 2027.", "could", date(2027, 12, 31), "year"),
    ("The pier will open in the autumn of 2027.", "will", date(2027, 12, 31), "year"),
])
def test_prediction(sentence, cue, deadline, precision):
    p = _prediction(sentence)
    assert (p.cue, p.deadline, p.precision) == (cue, deadline, precision)
    assert p.deadline_text is None or p.deadline_text in sentence


@pytest.mark.parametrize("sentence", [
    "The plant opened in 2021.",
    "Sales rose 4% last year.",
])
def test_not_a_prediction(sentence):
    assert _prediction(sentence) is None


@pytest.mark.parametrize("sentence, phrase", [
    ("The lab plans to hire 40 people within two years.", "within two years"),
    ("The group aims to list its shares next year.", "next year"),
])
def test_relative_deadline_without_article_date_is_reported(sentence, phrase):
    p = _prediction(sentence, published=None)
    assert p.deadline is None and phrase in p.unresolved


def test_a_past_date_in_a_prediction_sentence_is_not_its_deadline():
    p = _prediction("Yesterday the board said it will expand.")
    assert p.cue == "will" and p.deadline is None and p.unresolved is None
