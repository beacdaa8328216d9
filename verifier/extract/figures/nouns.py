"""The noun phrase a bare number counts: "10,000 NVIDIA H100 GPUs" counts GPUs."""

from __future__ import annotations

import re
from typing import Final

from .base import REFERENCE_MARK


_NOUN_STOP: Final = set(
    """a an the of in on at to for from by with and or but as than that which who
    whom whose is are was were be been being has have had will would can could may might
    should must do does did across into over under per each every this these those its their
    his her our your rather while when where after before during since until via about
    including like such most less fewer up down out also only just today now yesterday
    tomorrow currently already still annually worldwide they we you i he she it them us me
    through around against along among within without beyond toward towards despite
    came went said says told took made gave saw got""".split())  # (verbs: "a million came")


_WORD: Final = re.compile(r"[\"“”']?([A-Za-z][\w’'-]*)[\"“”']?")


MAX_NOUN_WORDS: Final = 5


# the next word, after a gap (or, first, a hyphen: "24-billion-parameter")
_GAP_WORD: Final = re.compile(r"[ \t]+" + _WORD.pattern)
_HYPHEN_WORD: Final = re.compile(r"-" + _WORD.pattern)


def _singular(word: str) -> str:
    w = word
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        return w[:-1]
    return w


def count_unit(noun: str) -> str:
    """The unit of a count: "GPUs" -> "GPU", "chips" -> "chip", "factories" -> "factory"."""
    # the pattern needs two capitals first: most nouns are ruled out without it
    acronym = noun[:2].isupper() and _ACRONYM_PLURAL.fullmatch(noun)
    return noun[:-1] if acronym else _singular(noun.lower())


def counted_noun(text: str, pos: int, end: int, one: bool = False
                  ) -> tuple[str, str, int] | None:
    """The noun phrase a bare number counts: ('NVIDIA H100 GPUs', 'GPU', end offset)."""
    words: list[tuple[str, int, int]] = []
    hyphenated = text[pos:pos + 1] == "-"
    i = pos
    while len(words) < MAX_NOUN_WORDS:
        w = (_HYPHEN_WORD if hyphenated and not words else _GAP_WORD).match(text, i, end)
        if not w:
            break
        word = w.group(1)
        if word[-1].isdigit() and (mark := REFERENCE_MARK.search(word)):
            word = word[:mark.start()]  # "14 berths2": a noun, then a reference mark
        if word.lower() in _NOUN_STOP:
            nxt = word.lower() == "and" and words and _WORD.match(text, w.end() + 1, end)
            if nxt and nxt.group(1)[0].isupper():
                i = w.end()  # "H100 and Blackwell B200 GPUs": coordinated names go on
                continue
            break
        words.append((word, w.start(1), w.start(1) + len(word)))
        # The head is the first plural noun ("10,000 NVIDIA H100 GPUs today", "350 guests
        # came"), else the last plain word: no word after a plural counts
        if is_plural(word):
            break
        i = w.end()
        if text[i:i + 1] in ",;:.()!?":
            break
    if one and words and words[0][0].islower():
        words = words[:1]  # "one question remains": one counts a singular noun
    while words and not (words[-1][0].islower() or is_plural(words[-1][0])):
        words.pop()
    if not words:
        return None
    if hyphenated:  # "a 24-billion-parameter model" counts parameters, not models
        words = words[:1]
    while words and words[-1][0].lower() in _NOT_NOUNS:  # "40k cheaper", "one hand behind"
        words.pop()
    if not words:
        return None
    head = words[-1][0]
    if head.endswith(("ly", "ing", "ed")) and len(words) == 1:
        return None  # "10 percent rising", "5 planned": not a noun
    stop = words[-1][2]
    if _opens_quote(text, words[0][1], stop) and text[stop:stop + 1] in '"”':
        stop += 1  # 'over 20 planned "AI factories"': the phrase closes the quote it opens
    return text[words[0][1]:stop], count_unit(head), stop


def _opens_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a double quote that it does not close."""
    straight = text.count('"', start, end)
    return straight % 2 == 1 or text.count("“", start, end) > text.count("”", start, end)


_NOT_NOUNS: Final = {
    "cheaper", "faster", "higher", "lower", "more", "less", "better", "worse", "bigger",
    "smaller", "larger", "longer", "shorter", "above", "below", "ahead", "behind",
    "earlier", "later", "apiece", "each", "overall", "altogether", "alone",
    "respectively", "ago", "old", "up", "down", "off", "out", "back", "rose", "fell",
    "grew", "rises", "falls", "gains", "jumped", "dropped", "climbed", "slipped",
    "closed", "ended", "finished", "combined", "total", "net"}


_ACRONYM_PLURAL: Final = re.compile(r"[A-Z]{2,}s")


_CAPITAL_PLURAL: Final = re.compile(
    r"[A-Z]{2,}s|[A-Z][a-z]+(?:ans|ons|ers|ites)")  # GPUs, Americans


_IRREGULAR_PLURALS: Final = {"people", "children", "men", "women", "staff", "personnel", "police",
                             "cattle", "sheep", "fish", "data", "media", "feet", "teeth", "mice"}


def is_plural(word: str) -> bool:
    if word.islower():
        return word in _IRREGULAR_PLURALS or (
            word.endswith("s") and not word.endswith(("ss", "us", "is")))
    # both of _CAPITAL_PLURAL's forms end in "s": most capitalised words are ruled out without it
    return word.endswith("s") and bool(_CAPITAL_PLURAL.fullmatch(word))
