"""Predictions: a future or modal cue, and the deadline it sets, if any.

"by 2027" and "in 2027" mean the end of 2027 (precision year); "within two years" counts from
the article's date, and is left unresolved, with the reason, when the article has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

CUE = re.compile(
    r"\b(will|won['’]t|shall|(?:is|are|was|were) (?:expected|projected|forecast|predicted|set|"
    r"likely|poised|slated|due) to|expects? to|may|might|could|aims? to|aiming to|plans? to|"
    r"planning to|intends? to|targets?|targeting|predicted|predicts?|projected|forecasts?|"
    r"anticipated?|anticipates|is going to|are going to)\b")
_YEAR_DEADLINE = re.compile(r"\b(?:(?P<by>[Bb]y|[Bb]efore|[Uu]ntil|[Tt]hrough)|[Ii]n) "
                            r"(?:the end of |end-)?(?P<y>(?:19|20)\d\d)\b")
_WITHIN = re.compile(
    r"\b(?:[Ww]ithin|[Ii]n(?: the next)?|[Oo]ver the next) (?:the next )?(?P<n>\d+|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty) (?P<u>years?|months?)\b")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty": 20}


@dataclass
class PredictionMention:
    start: int
    end: int
    cue: str
    deadline: date | None
    precision: str | None
    deadline_text: str | None
    unresolved: str | None


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(d.day, last))


def scan(text: str, start: int, end: int, published: date | None) -> PredictionMention | None:
    """The prediction a sentence makes, if it has a future or modal cue."""
    cue = CUE.search(text, start, end)
    if not cue:
        return None
    deadline = precision = phrase = unresolved = None
    span = [cue.start(), cue.end()]
    # "grow from $4.1bn in 2024 to $13.7bn by 2028": the deadline is the "by" year, else the latest
    years = sorted(_YEAR_DEADLINE.finditer(text, start, end),
                   key=lambda m: (m.group("by") is not None, m.group("y")))
    y = years[-1] if years else None
    w = _WITHIN.search(text, start, end)
    if y:
        deadline, precision, phrase = date(int(y.group("y")), 12, 31), "year", y.group()
        span = [min(span[0], y.start()), max(span[1], y.end())]
    elif w:
        phrase = w.group()
        span = [min(span[0], w.start()), max(span[1], w.end())]
        n = w.group("n").lower()
        count = int(n) if n.isdigit() else _SMALL[n]
        months = count * 12 if w.group("u").startswith("year") else count
        if published is None:
            unresolved = f'"{phrase}" needs the article\'s date, and the article has none'
        else:
            deadline, precision = _add_months(published, months), "day"
    return PredictionMention(span[0], span[1], cue.group(), deadline, precision, phrase,
                             unresolved)
