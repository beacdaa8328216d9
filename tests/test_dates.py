"""Dates at their precision, absolute and relative to the article's date (our own sentences)."""

from datetime import date

import pytest

import verifier

# A Wednesday, so weekdays land on both sides of it
PUBLISHED = date(2025, 6, 11)


def _dates(sentence, published=PUBLISHED):
    claims = verifier.extract("# T\n\n" + sentence + "\n", published=published)
    for c in claims:
        assert c.span.text == ("# T\n\n" + sentence + "\n")[c.span.start:c.span.end]
    return [(c.span.text, c.value, c.precision) for c in claims if c.kind == "date"]


@pytest.mark.parametrize("sentence, phrase, value, precision", [
    ("The hall opened in 2024.", "2024", date(2024, 1, 1), "year"),
    ("The hall opened in May 2025.", "May 2025", date(2025, 5, 1), "month"),
    ("The hall opened on 11 June 2025.", "11 June 2025", date(2025, 6, 11), "day"),
    ("The hall opened on June 11, 2025.", "June 11, 2025", date(2025, 6, 11), "day"),
    ("The hall opened on 2025-06-11.", "2025-06-11", date(2025, 6, 11), "day"),
    ("Sales peaked in Q3 2025.", "Q3 2025", date(2025, 7, 1), "quarter"),
    ("Sales peaked in the third quarter of 2024.", "the third quarter of 2024",
     date(2024, 7, 1), "quarter"),
    ("Sales fell in the second quarter.", "the second quarter", date(2025, 4, 1), "quarter"),
    ("Sales fell last year.", "last year", date(2024, 1, 1), "year"),
    ("Sales will rise next month.", "next month", date(2025, 7, 1), "month"),
    ("The board met this week.", "this week", date(2025, 6, 9), "week"),
    ("The board met yesterday.", "yesterday", date(2025, 6, 10), "day"),
    ("The vote is tomorrow.", "tomorrow", date(2025, 6, 12), "day"),
    ("The board met two weeks ago.", "two weeks ago", date(2025, 5, 26), "week"),
    ("Two days ago the mill reopened.", "Two days ago", date(2025, 6, 9), "day"),  # no digit
    ("Profits grew earlier this year.", "earlier this year", date(2025, 1, 1), "year"),
    ("The minister resigned on Friday.", "Friday", date(2025, 6, 6), "day"),      # past
    ("The minister will resign on Friday.", "Friday", date(2025, 6, 13), "day"),  # future
    ("The talks are scheduled to end Monday.", "Monday", date(2025, 6, 16), "day"),
    # a verb in the past right before the day outweighs a clause that looks ahead
    ("They will appeal the ruling, announced Friday.", "Friday", date(2025, 6, 6), "day"),
    ("Prices will rise, the mayor said on Monday.", "Monday", date(2025, 6, 9), "day"),
    ("The vote will be held, as expected, Friday.", "Friday", date(2025, 6, 13), "day"),
    ("The works began last Monday.", "last Monday", date(2025, 6, 9), "day"),
    ("The works began in March.", "March", date(2025, 3, 1), "month"),
    ("The works are expected to end in April.", "April", date(2026, 4, 1), "month"),
    ("The works began in early March.", "early March", date(2025, 3, 1), "month"),
    ("The contract was signed on Aug. 7.", "Aug. 7", date(2025, 8, 7), "day"),  # just ahead
    ("The plant closed in October.", "October", date(2024, 10, 1), "month"),  # else the last
    ("The fair opens in July.", "July", date(2025, 7, 1), "month"),
    ("The site should be ready by mid-2027.", "mid-2027", date(2027, 1, 1), "year"),
    ("The idea dates from the 1990s.", "1990s", date(1990, 1, 1), "decade"),
    ("The plant will open in two years.", "in two years", date(2027, 1, 1), "year"),
    ("It should be done in the next 3 months.", "in the next 3 months", date(2025, 9, 1),
     "month"),
    ("Output will double by the end of the decade.", "the end of the decade", date(2029, 1, 1),
     "year"),
])
def test_date(sentence, phrase, value, precision):
    assert (phrase, value, precision) in _dates(sentence)


@pytest.mark.parametrize("sentence", [
    "May we ask a question?",              # the modal, not the month
    "The France 2030 plan is funded.",     # a name with a year
    "The price was $2025 per unit.",       # money
    "Prices rose 2025% in a decade of inflation.",
    "The firm march on.",
    "It took years to build the dam.",                # a duration, not a date
    "It was the best talk I had in 16 years.",         # "in N years" looking back: a duration
    "A year earlier the plant was idle.",              # counted from an event the article
    "Nine days later the dam held.",                   # tells of, not from its date
])
def test_not_a_date(sentence):
    assert _dates(sentence) == []


def test_relative_date_needs_the_article_date():
    assert _dates("Sales fell last year.", published=None) == []
    assert _dates("Sales fell in 2024.", published=None) == [("2024", date(2024, 1, 1), "year")]


def test_undated_relative_dates_are_counted():
    from verifier.extract import extract_source
    from verifier.load import load_text
    from verifier.segment import segment

    src = load_text("a.md", "# T\n\nThe plant closed 3 weeks ago.\n")[0]
    skipped = extract_source(segment(src)).coverage["skipped"]
    assert skipped.get("relative date, article undated") == 1
