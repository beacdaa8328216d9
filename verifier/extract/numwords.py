"""Numbers written as words: "three", "twenty-four", "one thousand", "a hundred",
"three hundred and fifty", "half a million".

Our own small parser rather than a library: it must return the span of the phrase inside the
sentence, stop at the first word that cannot continue the number ("one two" is two numbers),
and leave "a" alone unless a scale word follows ("a million", not "a report").
"""

from __future__ import annotations

import re
from typing import Final

from .chars import is_word_char

UNITS: Final = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS: Final = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALE_WORDS: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                      "trillion": 1e12}
SMALL_NUMBERS: Final = {**UNITS, **TENS}
SMALL_NUMBERS.pop("zero")


def one_of(words) -> str:
    """A pattern of alternatives, one for each of `words`, tried in their order, grouped by
    first letter: the engine tries alternatives one by one, and rules out a group at its first
    letter (under IGNORECASE it has no quicker test), where it would try each word of it. For
    words that begin with letters: the groups then rule each other out, and their order does
    not count."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


_SCALE: Final = "|".join(SCALE_WORDS)
_TOKEN: Final = one_of([*sorted([*UNITS, *TENS], key=len, reverse=True), *SCALE_WORDS, "dozen"])
# A phrase: number words joined by spaces, hyphens or "and"; or "a/an/half a" before a scale.
PATTERN: Final = (rf"(?:(?:half[ \t]+an?|an?)[ \t]+(?:{_SCALE}|dozen)|{_TOKEN})"
                  rf"(?:(?:[ \t]+and[ \t]+|[ \t]+|-)(?:{_TOKEN})\b)*")
_PHRASE: Final = re.compile(rf"{PATTERN}\b", re.I)
# Where a number in words may start: one of these words, in lower case or capitalised
_SPELLINGS: Final = {w: (w, w.capitalize()) for w in (*UNITS, *TENS, *SCALE_WORDS, "dozen")}
_SPELLED_WORDS: Final = frozenset(_SPELLINGS)  # a set & a frozenset is intersected in C at once
_LOWER_WORD: Final = re.compile("[a-z]+")
_ARTICLE_BEFORE: Final = re.compile(
    r"(?:\b[Hh]alf[ \t]+)?\b[Aa]n?[ \t]+$")  # "a million", "half a million"
_SPLIT: Final = re.compile(r"[ \t]+and[ \t]+|[ \t]+|-")


def parse(phrase: str) -> tuple[float, int] | None:
    """(value, length of the prefix of `phrase` that forms one number), or None."""
    total, current = 0.0, 0.0
    last = None  # kind of the previous token: unit, tens, hundred, scale
    used = 0
    pos = 0
    half = False
    for piece in _SPLIT.split(phrase):
        word = piece.lower()
        here = phrase.index(piece, pos)
        if word in ("a", "an") and last in (None, "half"):
            current, last = 1.0, "a"
        elif word == "half" and last is None:
            half, last = True, "half"
        elif word in UNITS:
            if last in ("unit", "teen") or (last == "tens" and UNITS[word] >= 10):
                break
            current += UNITS[word]
            last = "unit" if UNITS[word] < 10 else "teen"
        elif word in TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS[word]
            last = "tens"
        elif word == "hundred":
            if last is None or last == "hundred" or current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif word in SCALE_WORDS or word == "dozen":
            if last is None:
                break  # "billion-dollar", "dozen eggs": a scale word alone is not a number
            scale = 12 if word == "dozen" else SCALE_WORDS[word]
            if last == "scale" and scale >= 1e3:
                break
            total += (current or 1) * scale
            current, last = 0.0, "scale"
        else:
            break
        pos = here + len(piece)
        used = pos
    if last in (None, "a", "half"):
        return None
    value = total + current
    return (value / 2 if half else value), used


# "no one", "the second one follows", "this one is": after these words, and when no noun
# follows, "one" stands for a noun ("the one exception" and "only one poll" still count)
_BEFORE_PRONOUN_ONE: Final = frozenset(
    "the this that each every any no which another first second third last next only new "
    "other same latest previous right wrong big small good bad old young little".split())
_AFTER_PRONOUN_ONE: Final = frozenset(
    "that who which because is was has had will would can could else of in on at to for with "
    "and or but".split())
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)[ \t]+$")
_WORD_AFTER: Final = re.compile(r"[ \t]+([A-Za-z’']+)")


def _pronoun_one(text: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether "one" at text[at:stop] stands for a noun rather than counting one."""
    before = _WORD_BEFORE.search(text, max(start, at - 12), at)
    if not before or before.group(1).lower() not in _BEFORE_PRONOUN_ONE \
            or text.startswith("-", stop):  # "the one-time fee" counts
        return False
    after = _WORD_AFTER.match(text, stop, end)
    if before.group(1).lower() == "no" or not after:
        return True
    word = after.group(1).lower()
    return (word in _AFTER_PRONOUN_ONE or word.endswith("ed")  # "the second one follows"
            or word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")))


def _anchors(text: str, start: int, end: int, words: set[str] | frozenset[str]
             ) -> list[tuple[int, int]]:
    """(start, end) of each number word standing as a word in text[start:end], in order.
    `words` are the lower-case words ([a-z]+) of text[start:end] lower-cased: only the number
    words among them are looked for, with str.find (a pattern of all 70 words is slow)."""
    found = []
    for word in words & _SPELLED_WORDS:
        for spelled in _SPELLINGS[word]:
            at = text.find(spelled, start, end)
            while at >= 0:
                stop = at + len(spelled)
                if (stop == end or not is_word_char(text[stop])) and (
                        at == start or not text[at - 1].isalnum()):
                    found.append((at, stop))
                at = text.find(spelled, stop, end)
    found.sort()
    return found


def _may_follow_article(text: str, start: int, at: int) -> bool:
    """A cheap test of the text before a number word, which _ARTICLE_BEFORE (anchored at the
    end, so tried from every position) can only match if a space or tab stands before the
    word and, before that, "a", "n" or more spacing."""
    return at - start >= 2 and text[at - 1] in " \t" and text[at - 2] in "aAnN \t"


def finditer(text: str, start: int, end: int, words: set[str] | frozenset[str] | None = None):
    """(start, end, value) for each number written in words in text[start:end]. `words`: the
    lower-case words of text[start:end], if the caller has them."""
    if words is None:
        words = set(_LOWER_WORD.findall(text[start:end].lower()))
    pos = start
    for a_start, a_end in _anchors(text, start, end, words):
        if a_start < pos:
            continue
        pos = a_end
        begin = a_start
        art = _ARTICLE_BEFORE.search(text, max(start, begin - 8), begin) \
            if _may_follow_article(text, start, begin) else None
        if art:
            begin = art.start()
        m = _PHRASE.match(text, begin, end)
        parsed = parse(m.group()) if m else None
        if parsed is None and begin != a_start:  # "a three-day visit": not "a" + scale
            m = _PHRASE.match(text, a_start, end)
            parsed = parse(m.group()) if m else None
        if parsed is None:
            continue
        value, length = parsed
        if length == 3 and value == 1 and _pronoun_one(text, start, m.start(), m.start() + 3,
                                                       end):
            continue
        yield m.start(), m.start() + length, value
        pos = m.start() + length
