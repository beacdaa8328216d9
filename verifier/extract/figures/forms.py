"""Figures written without a plain number and unit: vague amounts ("several hundred"),
multipliers ("tenfold", "3x"), fractions ("two-thirds of"), ages ("Jane Doe, 66,") and
suspended hyphens ("7- or 8-inch")."""

from __future__ import annotations

import re
from typing import Final

from .. import numwords
from ..chars import is_word_char
from .. import units as U
from .base import CUR_AFTER, Figure, Skip, clean, number_value
from .nouns import counted_noun

# Each pattern below that is searched for in a sentence opens with \b and a lookahead of the
# first letters of its words: the engine then rejects most positions at once (inside a word,
# the \b, which is cheaper, rules them out), where a pattern that opens with alternatives has
# no first-character test of its own (about 40% faster)
VAGUE: Final = re.compile(
    r"\b(?=[samthdb])(?:"
    r"(?P<q>several|a few|a couple of|many)[ \t]+(?P<s1>hundred|thousand|million|billion)\b"
    r"|(?P<t>tens|hundreds)[ \t]+of[ \t]+(?P<s2>thousands|millions|billions)\b"
    r"|(?P<s3>dozens|hundreds|thousands|millions|billions)\b(?=[ \t]+of\b))", re.I)


_VAGUE_FACTOR: Final = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "many": (2, 9)}


VAGUE_WORDS: Final = frozenset(
    "several few couple many tens hundreds dozens thousands millions billions"
                         .split())


_SCALE_OF: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12}


MULT_AFTER: Final = re.compile(r"[ \t]?(?:x\b|-?fold\b|times(?=[ \t]+(?:more|larger|bigger|higher"
                         r"|greater|faster|as)\b))", re.I)
MULT_OPENS: Final = frozenset("xXfFtT-")  # what MULT_AFTER opens with after its optional space


# Multipliers in one word: "tenfold", "doubled", "halving" (verbs only: "a double room" is not)
_MULT_WORD: Final = re.compile(
    r"\b(?=[tfsenhdq])(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold"
    r"|(?P<v>doubl|tripl|quadrupl)(?:e[sd]|ing)|(?P<h>halv)(?:e[sd]|ing))\b"
    r"(?![ \t]+down\b)", re.I)  # "doubles down" is an idiom


_MULT_VALUE: Final = {"doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5}


FRACTION_WORDS: Final = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth tenth tenths"
    .split())


MULTIPLIER_WORDS: Final = frozenset(
    [w + "fold" for w in "two three four five six seven eight nine ten twenty hundred thousand"
     .split()] + [stem + end for stem in ("doubl", "tripl", "quadrupl", "halv")
                  for end in ("es", "ed", "ing")])


def multiplier(start: int, end: int, value: float, change: str | None = None) -> Figure:
    """A multiplier is a figure of its own: "tenfold" is 10 x, "halved" is 0.5 x."""
    return Figure(start, end, "quantity", value, value, value, "=", value, "x", change=change,
                  unit="x", dimension="multiplier")


# "7- or 8-inch", "four-, five- and six-cylinder": the first numbers borrow the last one's unit
_SUSPENDED: Final = re.compile(r"-(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:or|and|to)[ \t]+)")


def suspended(text: str, figures: list[Figure], skips: list[Skip]) -> list[Figure]:
    added = []
    for k in skips:
        if k.reason != "no unit" or not _SUSPENDED.match(text, k.end):
            continue
        nxt = next((f for f in figures if k.end < f.start <= k.end + 40 and f.kind == "quantity"
                    and f.surface_number), None)
        word = text[k.start:k.end]
        value = number_value(word) if word[0].isdigit() else (numwords.parse(word) or (None,))[0]
        if nxt is None or value is None:
            continue
        ratio = nxt.value / nxt.surface_number
        added.append(Figure(k.start, k.end, nxt.kind, clean(value * ratio), clean(value * ratio),
                            clean(value * ratio), "=", value, nxt.surface_unit, unit=nxt.unit,
                            dimension=nxt.dimension, noun=nxt.noun))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def multiplier_words(text: str, start: int, end: int) -> list[Figure]:
    found = []
    for m in _MULT_WORD.finditer(text, start, end):
        if m.group("n"):
            value = numwords.SMALL_NUMBERS.get(m.group("n").lower()) or \
                numwords.SCALE_WORDS[m.group("n").lower()]
            found.append(multiplier(m.start(), m.end(), float(value)))
        else:
            stem = (m.group("v") or m.group("h")).lower()
            found.append(multiplier(m.start(), m.end(), _MULT_VALUE[stem],
                                     "down" if stem == "halv" else "up"))
    return found


# Fractions of a whole: "two-thirds of", "a third of", "half the", "one in five", "1/16 of"
_DENOMS: Final = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10,
                  "tenths": 10}


# A fraction, as _FRACTION_AT reads it (case-insensitive there): the pattern's text only
_FRACTION: Final = (
    r"\b(?=[aotfnh\d])(?:(?P<n>an?|one|two|three|four|nine)[ \t-](?P<d>half|thirds?|quarters?|fourths?|fifths?"
    r"|sixth|tenths?)(?=[ \t]+(?:of|the)\b)|(?P<half>[Hh]alf)(?=[ \t]+(?:of|the|its|their)\b)"
    r"|(?P<n2>one|\d+)[ \t]+(?:in|out of)[ \t]+(?P<d2>two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\b|(?<![\d/⁄])(?P<n3>\d{1,2})[/⁄](?P<d3>\d{1,3})(?![\d/⁄])(?=[ \t]+of\b))")


# The fraction itself is read in a lookahead, from inside a lookbehind over its first character:
# the pattern then opens with a (case-sensitive) character set, which the engine scans for on
# its own, where a pattern that opens with \b or is case-insensitive is tried at every position
# (about four times slower). The engine moves on one character after each match, so a fraction
# that starts inside the one before it is passed over here.
_FRACTION_AT: Final = re.compile(r"[aAoOtTfFnNhH\d](?<=(?=(?P<all>(?i:" + _FRACTION + r"))).)")


def fractions(text: str, start: int, end: int) -> list[Figure]:
    """A fraction is a share: a percent figure, 'two-thirds' = 66.67% (written 0.667)."""
    found = []
    after = start  # where the last fraction ended: the next one starts at or after it
    for m in _FRACTION_AT.finditer(text, start, end):
        if m.start() < after:
            continue
        after = m.end("all")
        if m.group("half"):
            num, den = 1, 2
        elif m.group("d"):
            num = 1 if m.group("n").lower() in ("a", "an") else numwords.UNITS[m.group("n").lower()]
            den = _DENOMS[m.group("d").lower()]
        elif m.group("d2"):
            if re.fullmatch(r"1[89]\d\d|20\d\d", m.group("d2")):
                continue  # "300 in 2008": a count in a year, not one in so many
            num = _count_word(m.group("n2"))
            den = _count_word(m.group("d2"))
        else:
            num, den = int(m.group("n3")), int(m.group("d3"))
        if not 0 < num < den:
            continue
        share = num / den
        found.append(Figure(m.start(), after, "percent", clean(share * 100), clean(share * 100),
                            clean(share * 100), "=", clean(share), m.group("all"), unit="%"))
    return found


# "Jane Doe, 66, said": an age between commas after a name. An age's digits start a digit
# run (DIGIT_RUN: a space stands before them), so the pattern is matched two characters
# before each of the sentence's runs, not searched for in the sentence; the name is then
# read backwards.
_AGE: Final = re.compile(r", (\d{1,3})(?=,)")


def ages(text: str, start: int, end: int, taken: list[Figure], runs: list[tuple[int, int]]
         ) -> list[Figure]:
    found = []
    for run_start, _ in runs:
        m = _AGE.match(text, run_start - 2, end) \
            if run_start - 2 >= start and text[run_start - 2] == "," else None
        if m is None or not _after_a_name(text, start, m.start()) or int(m.group(1)) >= 125 or \
                any(f.start <= m.start(1) < f.end for f in taken):
            continue
        age = float(m.group(1))
        found.append(Figure(m.start(1), m.end(1), "quantity", age, age, age, "=", age, None,
                            unit="year", dimension="age"))
    return found


def _after_a_name(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] ends with a capitalised word ("Doe"): a capital letter that
    starts a word, then lower-case letters."""
    i = at
    while i > start and "a" <= text[i - 1] <= "z":
        i -= 1
    capital = i - 1
    return (i < at and capital >= start and "A" <= text[capital] <= "Z"
            and not (capital and is_word_char(text[capital - 1])))


def _count_word(word: str) -> int:
    return int(word) if word.isdigit() else numwords.UNITS[word.lower()]


def vague(text: str, m: re.Match, end: int) -> Figure | None:
    if m.group("q"):
        lo_f, hi_f = _VAGUE_FACTOR[m.group("q").lower()]
        scale = _SCALE_OF[m.group("s1").lower()]
        low, high = lo_f * scale, hi_f * scale
    elif m.group("t"):
        outer = 10 if m.group("t").lower() == "tens" else 100
        scale = _SCALE_OF[m.group("s2").lower().rstrip("s")]
        low, high = outer * scale, 10 * outer * scale  # "tens of thousands": 10,000 to 100,000
    else:
        word = m.group("s3").lower().rstrip("s")
        scale = _SCALE_OF[word]
        low, high = scale, 10 * scale  # "thousands": 1,000 to 10,000; "dozens": 12 to 120
    fig_end = m.end()
    after = text[fig_end:end]
    cur = CUR_AFTER.match(after) or re.match(r"[ \t]+of[ \t]+(dollars|euros|pounds)\b", after)
    if cur:
        word = next(g for g in cur.groups() if g)
        code = U.CURRENCY_WORDS.get(word.lower(), word.upper())
        code = {"POUNDS": "GBP"}.get(code, code)
        return Figure(m.start(), fig_end + cur.end(), "money", (low + high) / 2, low, high,
                      "range", (low + high) / 2, None, currency=code)
    noun = counted_noun(text, fig_end + (3 if after.startswith(" of") else 0), end)
    if not noun:
        return None
    phrase, head, noun_end = noun
    unit = U.lookup(head) or U.lookup(head + "s")
    if unit:
        canon, dim, factor = unit
        return Figure(m.start(), noun_end, "quantity", (low + high) / 2 * factor, low * factor,
                      high * factor, "range", (low + high) / 2, phrase, unit=canon, dimension=dim)
    return Figure(m.start(), noun_end, "quantity", (low + high) / 2, low, high, "range",
                  (low + high) / 2, phrase, unit=head, dimension="count", noun=phrase)
