"""What a figure is (Figure, Skip) and the patterns every part of reading one shares:
numbers in digits, scale words, percent signs, units and currencies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from .. import units as U
from ..numwords import one_of

DIGITS: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


# The lookahead lets the engine reject most positions at once: for a pattern that opens
# with alternatives it has no first-character test of its own (twice as fast)
DIGIT_NUMBER: Final = re.compile(rf"(?=[\d.])(?:{DIGITS})")
# Digits joined by single points or commas: every number in digits lies in one of these runs
# (with the point before it, for ".5")
DIGIT_RUN: Final = re.compile(r"\d+(?:[.,]\d+)*")






# Scale words and their abbreviations; a lone "k", "m" or "b" only glued to the number ("5m")
_SCALE_WORDS: Final = "hundred thousand million billion trillion bn mn tn trn mln bln mil".split()
SCALE_WORD: Final = re.compile(rf"[ \t]?-?({one_of(_SCALE_WORDS)})\b|(k|m|b)\b", re.I)


PERCENT: Final = re.compile(
    r"[ \t]?(%|per ?cent\b|percentage points?\b|pp\b|pc\b|basis points?\b|bps?\b)",
                      re.I)


def opening(text: str, pos: int, end: int) -> str:
    """The character a pattern that opens with an optional space or tab ([ \t]?) reads first
    at pos: text[pos], or the one after it if that is a space or tab; "" at the end.

    Most patterns tried after a number can open with a few characters only, so a test of this
    one character (with the sets below) rules them out for most numbers at a small part of
    the cost of a call. Under IGNORECASE a few non-ASCII characters fold onto ASCII letters
    (the Kelvin sign onto k), so the tests let any non-ASCII character through
    (`c > "\x7f"`)."""
    if pos >= end:
        return ""
    c = text[pos]
    if c == " " or c == "\t":
        return text[pos + 1] if pos + 1 < end else ""
    return c


# What SCALE_WORD opens with after its optional space: a hyphen or a scale word's first letter
SCALE_OPENS: Final = frozenset("-hHtTmMbBkK")
PERCENT_OPENS: Final = frozenset("%pPbB")


class UnitAt(NamedTuple):
    surface: str  # the unit as written
    symbol: bool  # a case-sensitive symbol ("MW"), not a word ("megawatts")
    start: int  # where the match starts, with the space or hyphen before the unit
    end: int


# Up to three words after the number, looked up in the unit table longest first. A regex of
# all unit names costs ~4 µs per number (its alternatives are tried one by one); this costs
# a few dict lookups.
_UNIT_WORD: Final = re.compile(r"[ \t]?-?(\S+)")
_UNIT_WORDS: Final = re.compile(_UNIT_WORD.pattern + r"(?:[ \t]+([^\s\d]+))?(?:[ \t]+([^\s\d]+))?")
_TRAILING: Final = ".,;:!?)]\"”’'"
_UNIT_CUTS: Final = (re.compile(r"[^-()\[\]]*"), re.compile(r"[^-()\[\]/]*"))
_CUT_CHAR: Final = re.compile(r"[-()\[\]/]")
# The first words of the units written in several words ("square metre", "miles per hour"):
# after any other word, only a one-word unit can follow
_FIRST_OF_SYMBOLS: Final = frozenset(u.split(" ")[0] for u in U.SYMBOLS if " " in u)
_FIRST_OF_WORDS: Final = frozenset(u.split(" ")[0] for u in U.UNITS if " " in u)


def unit_after(text: str, pos: int, end: int) -> UnitAt | None:
    """The unit written right after a number ending at `pos`, if any: "3 GW", "5kg", "80 miles
    per hour", "30°C", "a 5GW-class plant"."""
    m = _UNIT_WORD.match(text, pos, end)
    if not m:
        return None
    first = m.start(1)
    word = m.group(1)
    words = [word]
    if word in _FIRST_OF_SYMBOLS or word.lower() in _FIRST_OF_WORDS:
        m = _UNIT_WORDS.match(text, pos, end)  # a unit of several words may follow
        words = [w for w in m.groups() if w]
    for k in range(len(words), 0, -1):
        phrase = (words[0] if k == 1 else " ".join(words[:k])).rstrip(_TRAILING)
        hit = _unit_in(phrase)
        marked = False
        # a word of letters alone has no cut character and no reference mark to look for
        if hit is None and k == 1 and not phrase.isalpha():
            hit, phrase, marked = _unit_before_cut_or_mark(phrase)
        if hit is not None:
            stop = first + _spanned(text, first, end, phrase)
            if not marked and stop < end and (text[stop].isalnum() or text[stop] in "_²"):
                continue
            return UnitAt(phrase, hit, m.start(), stop)
    return None


# A reference (footnote) mark glued to the end of a word: "megawatts1", "berths12"
REFERENCE_MARK: Final = re.compile(r"(?<=[a-z])\d{1,2}$")


def _unit_before_cut_or_mark(phrase: str) -> tuple[bool | None, str, bool]:
    """(_unit_in of the unit, the unit, whether a reference mark followed it) for a word
    that may hold a unit before a cut or a mark; (None, phrase, False) if it does not."""
    if _CUT_CHAR.search(phrase):
        # "5GW-class", "37m (121ft)-long", "10 kV/cm": a unit before a hyphen, a bracket
        for cut in _UNIT_CUTS:  # or a slash
            head = cut.match(phrase).group()
            if head != phrase and (hit := _unit_in(head)) is not None:
                return hit, head, False
    if mark := REFERENCE_MARK.search(phrase):
        head = phrase[:mark.start()]  # "300 megawatts1": a unit, then a reference mark
        if (hit := _unit_in(head)) is not None:
            return hit, head, True
    return None, phrase, False


def _unit_in(phrase: str) -> bool | None:
    """True for a symbol, False for a word, None for no unit."""
    if phrase in U.SYMBOLS:
        return True
    if phrase.lower() in U.UNITS:
        return False
    return None


def _spanned(text: str, start: int, end: int, phrase: str) -> int:
    """How many characters of text[start:] the phrase covers (spaces may be tabs or runs)."""
    i = start
    for n, word in enumerate(phrase.split(" ")):
        if n:
            while i < end and text[i] in " \t":
                i += 1
        i += len(word)
    return i - start


_CODES: Final = "|".join(sorted(U.CURRENCY_CODES))


# Searched for from each of the last few positions before a number: the lookahead of the
# characters its alternatives open with (a backslash, a symbol, or a capital: codes are
# capitals) rejects most positions at once, where the alternatives have no first-character
# test of their own (about three times as fast)
CUR_BEFORE: Final = re.compile(
    r"(?=[\\$€£¥₹₩₽₪A-Z])"
    r"\\?(US ?\$|\$US|\$A|AU? ?\$|CA? ?\$|HK ?\$|S ?\$|NZ ?\$|R\$|\$|€|£|¥|₹|₩|₽|₪"
    rf"|Y=|\bRs\.?[ \t]?|\bRM[ \t]?|\b(?:{_CODES})[ \t]?)[ \t]?$")


_CUR_WORD_ALT: Final = one_of(sorted(U.CURRENCY_WORDS, key=len, reverse=True))
CUR_AFTER: Final = re.compile(
    rf"[ \t]?((?:{_CODES})\b|€|元|(?i:YEN)\b)|[ \t](?i:({_CUR_WORD_ALT}))\b"
                        r"|(p)\b(?!\.m)")  # "164p": pence, glued only
# What CUR_AFTER opens with after its optional space: a code (in capitals), a symbol, or the
# first letter of a currency word in either case
CUR_AFTER_OPENS: Final = frozenset([*(code[0] for code in U.CURRENCY_CODES), "€", "元", "y", "Y",
                                    *(w[0].lower() for w in U.CURRENCY_WORDS),
                                    *(w[0].upper() for w in U.CURRENCY_WORDS)])


@dataclass
class Figure:
    start: int
    end: int
    kind: str  # quantity, money, percent
    value: float
    low: float | None
    high: float | None
    bound: str
    surface_number: float
    surface_unit: str | None
    change: str | None = None
    unit: str | None = None
    dimension: str | None = None
    noun: str | None = None
    currency: str | None = None
    per: str | None = None


@dataclass
class Skip:
    start: int
    end: int
    reason: str


def clean(x: float) -> float:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4.1e9, not 4099999999.9999995."""
    x = float(x)
    if -1e12 < x < 1e12 and x.is_integer():  # a whole number of at most 12 digits is clean
        return x
    return float(f"{x:.12g}")


def number_value(text: str) -> float:
    return float(text.replace(",", ""))
