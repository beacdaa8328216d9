"""Predictions: a future or modal cue, and the deadline it sets, if any.

A deadline is a date after "by/before/until/in": "by 2027" and "in 2027" mean the end of 2027
(precision year), "by Q3 2025" the end of that quarter, "by next year" the end of next year;
"within two years" counts from the article's date, and "by the end of the decade" ends with
the article's decade. What needs the article's date is left unresolved, with the reason, when
the article has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from ..segment import literal_alternation
from . import dates
from .chars import is_word_char

_BE_TO: Final = [f"{be} {word} to" for be in ("is", "are", "was", "were") for word in
                 "expected projected forecast predicted set likely poised slated due".split()]
_CUES: Final = [
    "will", "won't", "won’t", "shall", *_BE_TO, "expects to", "expect to", "may", "might",
    "could", "aims to", "aim to", "aiming to", "plans to", "plan to", "planning to",
    "intends to", "intend to", "targets", "target", "targeting", "predicted", "predicts",
    "predict", "projected", "forecasts", "forecast", "anticipated", "anticipate",
    "anticipates", "is going to", "are going to"]
# "expects prices to double": the one cue with room for an object between its words
_CUE: Final = re.compile(
    rf"(?:{literal_alternation(_CUES)}|expects?[ \t]+(?:[\w’'-]+[ \t]+){{1,3}}?to)\b")
# A cue starts a word: searched for as the character before it, which is not an ASCII word
# character, and the cue. The engine then tries a match only where a word can start, not at
# every letter a cue begins with (a pattern opening with \b would be tried at every position)
_CUE_AFTER: Final = re.compile(rf"[^0-9A-Z_a-z]({_CUE.pattern})")
# A sentence whose lower-case words miss all of these has no cue: each cue holds one
CUE_WORDS: Final = frozenset(re.findall("[a-z]+", " ".join(_CUES))) - {"is", "are", "was", "were",
                                                                  "to", "t"}
# A date becomes a deadline after one of these words
_DEADLINE_PREP: Final = re.compile(
    r"\b(?P<p>by|before|until|through|in|during|for)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:early|late|mid|spring|summer|autumn|fall|winter)(?:[ \t]+of)?"
    r"[ \t]+|mid-)?$", re.I)  # "in spring 2006", "by the end of"...
# Opens with the first letters of its words, a character set the engine scans for on its own:
# \b before them (a pattern that opens with it is tried at every position) is checked in a
# lookbehind, and the rest of each word after its own first letter
_WITHIN: Final = re.compile(
    r"[WwIiOo](?<=\b.)(?:(?<=[Ww])ithin|(?<=[Ii])n(?: the next| just)?|(?<=[Oo])ver the next)"
    r" (?:the next )?(?P<n>\d+|a|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty) (?P<u>years?|months?)\b")
_LOOKS_AHEAD: Final = re.compile(r"(?:next|coming|the end of)\b", re.I)
_DECADE_END: Final = re.compile(r"\b[Bb]y the end of the (?P<u>decade|year)\b")
_SMALL: Final = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty": 20}
_PERIOD_MONTHS: Final = {"month": 1, "quarter": 3, "year": 12, "decade": 120}


@dataclass
class PredictionMention:
    start: int
    end: int
    cue: str
    deadline: date | None
    precision: str | None
    deadline_text: str | None
    unresolved: str | None


@lru_cache(maxsize=10_000)  # deadlines recur ("by 2030", "next year"), and dates are immutable
def _period_end(value: date, precision: str) -> date:
    """The last day of the period a date names: 2027 -> 2027-12-31, Q3 2025 -> 2025-09-30."""
    if precision in ("day", "week"):
        return value + timedelta(days=6) if precision == "week" else value
    return dates.add_months(value.replace(day=1), _PERIOD_MONTHS[precision]) - timedelta(days=1)


def _cue(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the first cue of text[start:end] that starts a word is."""
    if not start and (m := _CUE.match(text, 0, end)):
        return m.span()
    start = max(start - 1, 0)
    while (m := _CUE_AFTER.search(text, start, end)) is not None:
        at = m.start()
        if text[at].isascii() or not is_word_char(text[at]):  # "éwill" is no cue
            return m.span(1)
        start = at + 1
    return None


def scan(text: str, start: int, end: int, published: date | None,
         sentence_dates: tuple[list, list] | None = None) -> PredictionMention | None:
    """The prediction a sentence makes, if it has a future or modal cue. `sentence_dates`:
    the sentence's dates and unresolved relative dates (dates.scan), if the caller has them."""
    cue = _cue(text, start, end)
    if not cue:
        return None
    deadline = precision = phrase = unresolved = None
    span = list(cue)
    # "grow from $4.1bn in 2024 to $13.7bn by 2028": the deadline is a "by" date, else the latest
    candidates = []
    found, undated = sentence_dates or dates.scan(text, start, end, published)[::2]
    # search only when the literal text each pattern must contain is there
    decade = _DECADE_END.search(text, start, end) \
        if text.find("y the end of the ", start, end) >= 0 else None
    w = _WITHIN.search(text, start, end) \
        if text.find(" year", start, end) >= 0 or text.find(" month", start, end) >= 0 else None
    # "within two years" and "by the end of the decade" have rules of their own below
    own = [m.span() for m in (w, decade) if m]
    found = [d for d in found if not any(a < d.end and d.start < b for a, b in own)]
    undated = [(s, e) for s, e in undated if not any(a < e and s < b for a, b in own)]
    for d in found:
        prep = _DEADLINE_PREP.search(text, max(start, d.start - 24), d.start)
        ahead = published is not None and d.value > published  # "will open next year"
        if prep or ahead or text[d.start:d.end].lower().startswith("the end of"):
            by = prep is None or prep.group("p").lower() in ("by", "before", "until", "through")
            candidates.append((by, _period_end(d.value, d.precision),
                               prep.start() if prep else d.start, d.end, d.precision))
    if candidates:
        _, deadline, s, e, precision = max(candidates)
        phrase = text[s:e]
        span = [min(span[0], s), max(span[1], e)]
    elif decade or w:
        m = decade or w
        phrase = m.group()
        span = [min(span[0], m.start()), max(span[1], m.end())]
        if published is None:
            unresolved = f'"{phrase}" needs the article\'s date, and the article has none'
        elif decade:
            unit = decade.group("u")
            first = date(published.year // 10 * 10, 1, 1) if unit == "decade" else \
                date(published.year, 1, 1)
            deadline, precision = _period_end(first, unit), "year"
        else:
            n = w.group("n").lower()
            count = int(n) if n.isdigit() else _SMALL[n]
            months = count * 12 if w.group("u").startswith("year") else count
            deadline, precision = dates.add_months(published, months), "day"
    elif deadlines := [(s, e) for s, e in undated if _LOOKS_AHEAD.match(text, s)
                       or _DEADLINE_PREP.search(text, max(start, s - 24), s)]:
        s, e = deadlines[0]
        phrase = text[s:e]
        unresolved = f'"{phrase}" needs the article\'s date, and the article has none'
    return PredictionMention(span[0], span[1], text[cue[0]:cue[1]], deadline, precision, phrase,
                             unresolved)
