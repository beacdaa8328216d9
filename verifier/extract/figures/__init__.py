"""Find figures (quantities, money, percents) in a sentence and normalise them.

A number becomes a figure only with something that says what it counts or measures: a unit,
a currency, a percent sign, a scale word or a counted noun. What looks like a number but is
not a figure (a year, a model name, list numbering, a footnote marker) is skipped with the
reason, so coverage can say what was passed over.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Final

from .. import numwords
from .. import units as U
from .base import DIGIT_RUN, Figure, Skip, clean
from .forms import (FRACTION_WORDS, MULTIPLIER_WORDS, VAGUE, VAGUE_WORDS, ages, fractions,
                    multiplier_words, suspended, vague)
from .nouns import count_unit
from .reading import CHANGE_WORDS, numbers, read_figure

__all__ = ["DIGIT_RUN", "Figure", "Skip", "scan", "count_unit", "CHANGE_WORDS", "FRACTION_WORDS",
           "MULTIPLIER_WORDS"]

_TWO_TO_TEN: Final = frozenset("two three four five six seven eight nine ten".split())
# "1 in 5", "3 out of ten": what follows the last digit of a run (a digit followed by a space
# ends its run), matched at the end of each of the sentence's runs, not searched for in it
_IN_AFTER_DIGIT: Final = re.compile(r"[ \t]+(?i:in|out of)[ \t]+(?:\d|(?i:two|three|four|five|six"
                                    r"|seven|eight|nine|ten)\b)")
_NUMBER_WORDS: Final = frozenset([*numwords.UNITS, *numwords.TENS, *numwords.SCALE_WORDS, "dozen"])
_CUES: Final = frozenset(
    [*VAGUE_WORDS, *MULTIPLIER_WORDS, *FRACTION_WORDS, *_NUMBER_WORDS, "in", "out"])
_LOWER_WORD: Final = re.compile(r"[a-z]+")
# "a quarter of a million": a share, then " of ", then a scale word (group 1) read as a number
_OF_A_SCALE: Final = re.compile(
    r"[ \t]+of[ \t]+(?=(?:an?|one)[ \t]+(hundred|thousand|million|billion"
    r"|trillion)\b)", re.I)
_OPEN_BRACKET: Final = re.compile(r"[ \t]*\(")
_START: Final = attrgetter("start")


def _shares_of_scales(text: str, figures: list[Figure]) -> list[Figure]:
    """"a quarter of a million consumers" is 250,000 consumers, not 25% and then a million
    consumers: a share right before "of a million" scales the figure after it, and is no
    percent of its own."""
    merged, skip = [], None
    for share, fig in zip(figures, figures[1:] + [None]):
        if share is skip:
            continue
        m = _OF_A_SCALE.match(text, share.end) if share.kind == "percent" \
            and share.surface_number < 1 else None
        if m and (fig is None or m.end() != fig.start):
            # a share of a number read as no figure: "of a million US consumers"
            number = clean(share.surface_number * numwords.SCALE_WORDS[m.group(1).lower()])
            merged.append(Figure(share.start, m.end(1), "quantity", number, number, number,
                                 "=", number, None, unit="number", dimension="number"))
            continue
        if m:
            part = share.surface_number
            fig.start, fig.surface_number = share.start, clean(fig.surface_number * part)
            fig.value, fig.low, fig.high = (None if x is None else clean(x * part)
                                            for x in (fig.value, fig.low, fig.high))
            skip = fig
            merged.append(fig)
        else:
            merged.append(share)
    return merged


def scan(text: str, start: int, end: int, words: frozenset[str] | set[str] | None = None,
         taken: list[tuple[int, int]] | tuple[()] = (), runs: list[tuple[int, int]] | None = None
         ) -> tuple[list[Figure], list[Skip]]:
    """Figures in text[start:end] (one sentence), plus the numbers skipped and why.

    `words` are the sentence's lower-case words and `runs` its digit runs (DIGIT_RUN), if the
    caller has them: each pattern below runs only when a word it needs is there, which keeps
    long articles fast. `taken` are spans already read as something else (dates): numbers in
    them are left alone."""
    figures: list[Figure] = []
    skips: list[Skip] = []
    taken_until = start
    chunk = text[start:end]
    if words is None:
        words = set(_LOWER_WORD.findall(chunk.lower()))
    if runs is None:
        runs = list(map(re.Match.span, DIGIT_RUN.finditer(text, start, end)))
    has_digit = bool(runs)
    # the sentence's words that a test below looks for, taken out in one pass over its words:
    # the tests then look through a few words, not all of them
    cues = words & _CUES
    shares: list[Figure] = []

    if not cues.isdisjoint(VAGUE_WORDS):
        for m in VAGUE.finditer(text, start, end):
            fig = vague(text, m, end)
            if fig:
                figures.append(fig)
    if not cues.isdisjoint(MULTIPLIER_WORDS):
        figures += multiplier_words(text, start, end)
    # "two-thirds of", "1/16 of", or "one in five" / "1 in 5" / "3 out of 10": a count on
    # each side
    if not cues.isdisjoint(FRACTION_WORDS) or (has_digit and ("/" in chunk or "⁄" in chunk)) \
            or ("in" in cues or "out" in cues) and (
                "one" in cues and (has_digit or not cues.isdisjoint(_TWO_TO_TEN))
                or has_digit and any(b < end and text[b] in " \t"
                                     and _IN_AFTER_DIGIT.match(text, b, end) for _, b in runs)):
        shares = fractions(text, start, end)
        figures += shares
    if has_digit and ", " in chunk:
        figures += ages(text, start, end, figures, runs)
    number_words = words if not cues.isdisjoint(_NUMBER_WORDS) else None

    # the figures found so far: a number inside one is not read again (a figure read below
    # ends at taken_until, which the numbers after it lie beyond)
    found_before = tuple(figures)
    for s, e, digits, value in numbers(text, start, end, runs, number_words):
        if s < taken_until or found_before and any(f.start <= s < f.end for f in found_before) \
                or taken and any(a <= s < b for a, b in taken):
            continue
        fig, skip = read_figure(text, s, e, digits, value, start, end)
        if fig:
            figures.append(fig)
            taken_until = fig.end
        elif skip:
            skips.append(skip)
            taken_until = skip.end
    if len(figures) > 1:
        figures.sort(key=_START)
    if shares:
        figures = _shares_of_scales(text, figures)
    if skips:  # only a skipped number may borrow the unit of the figure after it
        figures = suspended(text, figures, skips)
    for prev, fig in zip(figures, figures[1:]):
        # "dropped by 1 degree (1.8 F)": a parenthetical equivalent shares the change and bound
        if fig.change is None and prev.change is not None and text[fig.start - 1] == "(" \
                and _OPEN_BRACKET.fullmatch(text[prev.end:fig.start]):
            fig.change = prev.change
            shift = U.OFFSETS.get(fig.surface_unit or "", U.OFFSETS.get(
                (fig.surface_unit or "").lower(), 0))
            if shift and fig.kind == "quantity":  # a difference in Fahrenheit has no offset
                factor = U.lookup(fig.surface_unit)[2]
                fig.value, fig.low, fig.high = (
                    None if x is None else clean(x - shift * factor)
                    for x in (fig.value, fig.low, fig.high))
    return figures, skips
