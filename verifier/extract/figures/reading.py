"""Reading one number in its sentence: what stands before it (currency, hedge, change,
minus), what follows (range, scale, percent, unit, currency, counted noun, rate), and
what it is not (a year, a time, a phone number, a model name, a label, a score)."""

from __future__ import annotations

import re
from typing import Final

from .. import numwords
from ..numwords import one_of
from .. import units as U
from .base import (CUR_AFTER, CUR_AFTER_OPENS, CUR_BEFORE, DIGITS, DIGIT_NUMBER, PERCENT,
                   PERCENT_OPENS, SCALE_OPENS, SCALE_WORD, Figure, Skip, clean, number_value,
                   UnitAt, opening, unit_after)
from .forms import MULT_AFTER, MULT_OPENS, multiplier
from .nouns import counted_noun, is_plural

_RANGE_SEP: Final = re.compile(
    r"[ \t]?(?:-|–|—|to-?|or|through)[ \t]?(?=[\d$€£¥]|(?<=to |or )[a-z])")
_RANGE_OPENS: Final = frozenset("-–—to")  # what _RANGE_SEP opens with after its optional space
_AND: Final = re.compile(r"[ \t]+and[ \t]+(?:US\$|\$|€|£)?")  # "between 10 and 20"
_SYMBOL: Final = re.compile(r"US\$|\$|€|£")
_SCALE_IN_WORDS: Final = re.compile(r"thousand|million|billion|trillion")
_NEXT_LOWER_WORD: Final = re.compile(r"[ \t]+([a-z]+)")
_OF: Final = re.compile(r"[ \t]+of\b")
_TIMES_DIGIT: Final = re.compile(r"x\d")


_HEDGE_BOUND: Final = {
    "about": "~", "around": "~", "roughly": "~", "approximately": "~",
    "nearly": "~", "almost": "~", "some": "~", "an estimated": "~", "close to": "~",
    "more than": ">", "over": ">", "above": ">", "in excess of": ">",
    "upwards of": ">", "at least": ">=", "no fewer than": ">=",
    "no less than": ">=", "less than": "<", "fewer than": "<", "under": "<",
    "below": "<", "up to": "<=", "at most": "<=", "as many as": "<=",
    "as much as": "<=", "no more than": "<="}


# _HEDGE is searched for from each position of a window before a number: it opens with a
# lookahead of its words' first letters, so the engine rejects most positions at once, and
# its hedges are grouped by first letter (one_of: at most one of them can end at the end)
_HEDGE_OPENS: Final = "abcfilmnorsu"  # the first letters of the hedges
_HEDGE: Final = re.compile(rf"(?=[{_HEDGE_OPENS}])(?P<h>{one_of([*_HEDGE_BOUND, 'between'])})"
                           r"\s+(?:a |an )?$", re.I)


# The last word of each hedge, or its last two: a test of the words before a number that
# rules out most of them before the pattern anchored at the end is tried ("to 5%" is no hedge,
# "up to 5%" may be)
_LOWER_WORD: Final = re.compile("[a-z]+")
def _change_verb(words: list[str]) -> str | None:
    """The verb of change the words before a figure (split at spaces) end with, as _CHANGE
    needs: maybe then "by", "nearly", "almost", "about" or "as much as" ("rose by 2%"), each
    a word of its own ("runners-up three times" is no change)."""
    if words[-1] in CHANGE_WORDS:
        return words[-1]
    if len(words) > 1 and words[-1] in ("by", "nearly", "almost", "about"):
        return words[-2] if words[-2] in CHANGE_WORDS else None
    if len(words) > 3 and words[-3:] == ["as", "much", "as"] and words[-4] in CHANGE_WORDS:
        return words[-4]
    return None


assert {w[0] for w in [*_HEDGE_BOUND, "between"]} <= set(_HEDGE_OPENS)
_HEDGE_ENDS: Final = {tuple(phrase.split()[-2:]) for phrase in _HEDGE_BOUND} | {("between",)}
_HEDGE_LAST: Final = {end[-1] for end in _HEDGE_ENDS} | {"a", "an"}  # what a hedge may end with
# Verbs of change before a figure: "rose 2%" is up, "fell by 3%" is down
_UP_WORDS: Final = (
    "rose rise rises risen rising increase increased increases increasing grew grow grows "
    "growing jumped jumps climbed climbs gained gains surged soared rallied advanced up"
    ).split()
_DOWN_WORDS: Final = (
    "fell fall falls falling dropped drop drops declined decline declines decreased "
    "decrease decreases lost down shrank shrunk cut plunged plummeted plummeting "
    "tumbled slid slipped sank eased retreated").split()
CHANGE_WORDS: Final = frozenset(_UP_WORDS + _DOWN_WORDS)
_UP: Final = frozenset(_UP_WORDS)
# the words _change_verb can end with: a verb of change or what may follow one
_CHANGE_LAST: Final = CHANGE_WORDS | {"by", "nearly", "almost", "about", "as"}
# A word, then maybe "by", "nearly", ... before the end: where the words split at spaces end
# with a verb of change (_change_verb), only that verb can stand there, so the pattern is
# matched where it starts and reads any word (the alternatives of every verb cost far more)
_CHANGE: Final = re.compile(
    r"\b([a-z]+)[ \t]+"
    r"(?:by[ \t]+|as much as[ \t]+|nearly[ \t]+|almost[ \t]+|about[ \t]+)?$", re.I)


_PHONE_OR_TIME_NEXT: Final = set("-. :)apAP0123456789")
def _may_be_currency(left: str) -> bool:
    """A cheap test of the text before a number, which CUR_BEFORE (anchored at the end, so
    tried from every position) can only match if it ends, but for two spaces at most, with a
    symbol, a code in capitals ("USD", "RM") or "Rs"."""
    c = left[-1:]
    if c == " " or c == "\t":
        c = left[-2:-1]
        if c == " " or c == "\t":
            c = left[-3:-2]
    return c in _CURRENCY_LAST or c in "s." and "Rs" in left[-5:]


# what CUR_BEFORE's symbol or code may end with ("": the window is empty, let the pattern say)
_CURRENCY_LAST: Final = frozenset(["", *"$€£¥₹₩₽₪=ABCDEFGHIJKLMNOPQRSTUVWXYZ"])
_PHONE: Final = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3,4}[-. ]\d{3,4}\b|\b\d{3}-\d{4}\b")


# A time of day has a colon ("10:30"), or a dot only with am/pm ("10.30pm"): "1.23%" is a number
_TIME: Final = re.compile(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|h|GMT|BST|CET|ET|PT|UTC)?\b"
                          r"|\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?|\d{1,2}\s*[ap]\.?m\b", re.I)


_LINE_START: Final = re.compile(r"[ \t]*(?:[-*+•][ \t]*)?$")
_LINE_OPENS: Final = frozenset(
    " \t-*+•\n")  # what _LINE_START opens with ($ may stand before a \n)


_MARKER_END: Final = re.compile(r"[.)][ \t]*($|\S)")


_RANGE_DASH: Final = re.compile(r"\d[-−]$")


_LETTERS: Final = re.compile(r"[^\W\d_]+")


_ORDINAL_SECOND: Final = re.compile(
    r"(?<=second)[ \t]+(?:quarter|half|round|term|place|time)\b", re.I)


_TITLE_WORD: Final = re.compile(r"[ \t]+[A-Z][a-z]")  # "787 Dreamliner": a number in a name


# A run that is one number whole ("1,250.5") is that number: DIGIT_NUMBER's first match in it
# would be all of it
_ONE_NUMBER: Final = re.compile(DIGITS)


def numbers(text: str, start: int, end: int, runs: list[tuple[int, int]],
            words: frozenset[str] | set[str] | None) -> list[tuple[int, int, str | None, float]]:
    """(start, end, digits or None, value) of every number of text[start:end]: in digits,
    read within each of its digit `runs` (DIGIT_RUN) and a decimal point before it, which is
    far cheaper than a pattern tried at every position; in words if the sentence's lower-case
    `words` are given."""
    found: list[tuple[int, int, str | None, float]] = []
    for run_start, run_end in runs:
        lo = run_start - 1 if run_start > start and text[run_start - 1] == "." else run_start
        digits = text[run_start:run_end]
        if lo == run_start and run_end <= end and (
                "," not in digits and "." not in digits or _ONE_NUMBER.fullmatch(digits)):
            found.append((run_start, run_end, digits, 0.0))  # the common case: one number
            continue
        found += [(m.start(), m.end(), m.group(), 0.0)
                  for m in DIGIT_NUMBER.finditer(text, lo, min(run_end, end))]
    if words:
        found += [(s, e, None, v) for s, e, v in numwords.finditer(text, start, end, words)]
        found.sort()
    return found


def _may_be_time(text: str, s: int, e: int, after: str) -> bool:
    """A cheap test of a number in digits at text[s:e], which _TIME can only match if the
    number has five characters at most ("10.30") and a colon follows, or, after any
    whitespace, "a" or "p" ("10.30pm", "9 am")."""
    return e - s <= 5 and (after == ":" or text[e:e + 4].lstrip()[:1] in _TIME_NEXT)


_TIME_NEXT: Final = ("a", "A", "p", "P", "")  # "": whitespace only, so far


def _not_a_figure(text: str, s: int, e: int, sent_start: int, before: str, after: str
                  ) -> Skip | None:
    """Digits that are not a figure, by what touches them: a phone number, a time of day, a
    reference mark, part of a model name or version, list numbering, a fraction's bottom."""
    if after in _PHONE_OR_TIME_NEXT:  # cheap test first: both need one of these next
        # a phone number goes on, after one separator or a bracket, with digits
        phone = _PHONE.match(text, s) if after == ")" or text[e + 1:e + 2].isdigit() else None
        if phone and not before.isalnum():
            return Skip(s, phone.end(), "phone number")
        time = _TIME.match(text, s) if _may_be_time(text, s, e, after) else None
        if time and not before.isalnum() and not after == ".":
            return Skip(s, time.end(), "time")
    # what touches the number before it (most often a space, which none of these tests need)
    if before != " ":
        if before in ")]" and before:
            return Skip(s, e, "footnote")  # "(May 2025)3": a reference mark
        if before == "[" and after == "]":
            return Skip(s, e, "footnote")  # "$12 million[1]"
        if (before.isalpha() and not CUR_BEFORE.search(text, max(sent_start, s - 4), s)) or (
                before == "-" and s >= 2 and text[s - 2].isalnum()
                and not _MINUS.search(text, max(sent_start, s - 7), s) and not _sub(text, s)):
            return Skip(s, e, "model name")
        if before == "." and s >= 2 and text[s - 2].isdigit():
            return Skip(s, e, "version")
        if before in "/⁄" and before and s >= 2 and text[s - 2].isdigit():
            return Skip(s, e, "fraction")  # the "2" of "1/2", read with the "1"
    # (no list marker has a slash before it: the order of the two tests does not matter)
    if (s == sent_start or text[sent_start] in _LINE_OPENS) and _LINE_START.match(
            text, sent_start, s) and (
            after.isalpha() and after.isupper() or _MARKER_END.match(text, e, e + 3)):
        return Skip(s, e, "list marker")
    return None


def read_figure(text: str, s: int, e: int, digits: str | None, value: float, sent_start: int,
            end: int) -> tuple[Figure | None, Skip | None]:
    low: float | None
    high: float | None
    before = text[s - 1] if s > sent_start else ""
    after = text[e] if e < end else ""
    # `ahead`: what the patterns tried at pos open with (base.opening), kept as pos moves on
    ahead = after if after != " " and after != "\t" else text[e + 1] if e + 1 < end else ""
    if digits:
        skip = _not_a_figure(text, s, e, sent_start, before, after)
        if skip:
            return None, skip
        value = number_value(digits)
        sci = _TIMES_TEN.match(text, e, end) if ahead in _TIMES_OPENS else None
        if sci:  # "1.99×10−30": the exponent lost its superscript
            value, e = value * 10 ** int(sci.group(1).replace("−", "-")), sci.end()
            after = text[e] if e < end else ""
            ahead = opening(text, e, end)
        frac = _SLASH.match(text, e, end) if after in _SLASHES else None
        if frac and value < int(frac.group(1)) and int(frac.group(1)) in _PLAIN_DENOMINATORS:
            value, e = value / int(frac.group(1)), frac.end()  # "1/2 pound"
            after = text[e] if e < end else ""
            ahead = opening(text, e, end)
    start = s
    # _MINUS ends at the number (or before a newline there): a minus sign or "minus" before it
    # (conditional expressions, not max(): a call of max() costs several times as much)
    minus = _MINUS.search(text, sent_start if s - 7 < sent_start else s - 7, s) if (
        before in "-−\n" or "inus" in text[s - 7 if s - 7 > sent_start else sent_start:s]
    ) else None
    if minus and not _RANGE_DASH.search(text, max(sent_start, s - 4), s):
        value, start = -value, minus.start()  # "-1.3%", "minus 130": not a range's dash
    left_start = start - 40 if start > 40 else 0
    left = text[left_start:start]  # what the patterns before it read
    # patterns anchored at the end ($) are tried from each position: search short windows
    # (a search from a negative position starts at 0)
    cur_m = CUR_BEFORE.search(left, len(left) - 10) if _may_be_currency(left) else None
    currency = None
    if cur_m:
        sym = cur_m.group(1).strip()
        currency = U.CURRENCY_SYMBOLS.get(sym, sym if sym in U.CURRENCY_CODES else None)
        currency = {"RMB": "CNY"}.get(currency, currency)
        start = start - len(cur_m.group(0))
    pos = e

    # a range: "10-20", "$10 to $20 billion", "between 10 and 20"
    high_value = None
    between = _BETWEEN.search(left, max(0, len(left) - 14)) if "etween" in left[-14:] else None
    r = (_AND.match(text, pos, end) if between
         else _RANGE_SEP.match(text, pos, end) if ahead in _RANGE_OPENS else None)
    if r:
        n2 = _RANGE_END.match(text, r.end(), end)
        word = None if n2 else next(numwords.finditer(text, r.end(), min(end, r.end() + 40)), None)
        dash_glued_right = r.group().strip() in "-–—" and r.group()[:1].isspace() and \
            not r.group()[-1:].isspace()  # "50 -1.3%": a list of figures, not a range
        high = number_value(n2.group(1)) if n2 else None
        if n2 and not dash_glued_right and not (
                text[n2.end():n2.end() + 1].isalpha()
                and not _scale_or_unit_ahead(text, n2.end(), end)) and not _change_then_level(
                    text, start, r.group(), *_scaled_ends(text, n2.end(), end, value, high)):
            if high <= value and r.group().strip() in "-–—":
                return None, Skip(s, n2.end(), "score")  # "a 9-2 lead", "tied 89-89"
            # "in 2018 to 3.9 million": a year, then a figure, is not a range
            if _looks_like_year(digits) and _looks_like_year(n2.group(1)) and not currency:
                return None, Skip(s, n2.end(), "date")  # "between 2014 and 2017"
            year_first = _looks_like_year(digits) and not _looks_like_year(n2.group(1)) and \
                _YEAR_PREP.search(text, max(sent_start, start - 8), start)
            if not year_first:
                high_value, pos = high, n2.end()
                sym = _SYMBOL.match(text, n2.start(), n2.start(1))
                if sym and not currency:  # "8 or $9"
                    currency = U.CURRENCY_SYMBOLS[sym.group()]
        elif word and word[0] == r.end() and (digits is None or not _looks_like_year(digits)):
            high_value, pos = word[2], word[1]  # "four to five thousand": 4,000 to 5,000
            scale_word = _SCALE_IN_WORDS.search(text, word[0], word[1])
            # the high end's scale word is the low end's too, unless that takes the low end
            # past the high one ("between 700,000 and one million")
            if scale_word and value * numwords.SCALE_WORDS[scale_word.group()] <= word[2]:
                value *= numwords.SCALE_WORDS[scale_word.group()]

    if high_value is not None:
        ahead = opening(text, pos, end)
    scale = 1.0
    sm = SCALE_WORD.match(text, pos, end) if ahead in SCALE_OPENS or ahead > "\x7f" else None
    if sm:
        word = (sm.group(1) or sm.group(2)).lower()
        glued_abbrev = sm.group(2) is not None
        # "5m" and "2b" mean million/billion only for money; "7B" alone is a model size
        unit_next = glued_abbrev and _NEXT_LOWER_WORD.match(text[sm.end():sm.end() + 20])
        if unit_next and (U.lookup(unit_next.group(1))  # "12.3m tonnes", "2b euros"
                          or unit_next.group(1) in U.CURRENCY_WORDS):
            glued_abbrev = False
        if sm.group(2) == "M" or (word == "m" and _OF.match(text[sm.end():sm.end() + 4])):
            glued_abbrev = False  # "4.3M sales", "35m of its devices": millions, not metres
        elif word == "m" and glued_abbrev and _counts_millions(text, sm.end(), end):
            glued_abbrev = False  # "2.7m viewers": no one counts viewers in metres
        if not glued_abbrev or word in ("bn", "mn", "tn", "trn", "k", "mln", "bln", "mil") or currency:
            if not (glued_abbrev and sm.start() != pos and word in ("m", "b", "k")):
                scale = U.SCALES[word]
                pos = sm.end()
                while scale == 100 and (more := SCALE_WORD.match(text, pos, end)) and \
                        more.group(1):  # "4 hundred million"
                    scale *= U.SCALES[more.group(1).lower()]
                    pos = more.end()
    if scale != 1.0:  # the scale word moved pos on
        ahead = opening(text, pos, end)
        if high_value is None and ahead in _RANGE_OPENS:  # "$3 billion to $5 billion"
            r2 = _RANGE_SEP.match(text, pos, end)
            n2 = _RANGE_END.match(text, r2.end(), end) if r2 else None
            sm2 = SCALE_WORD.match(text, n2.end(), end) if n2 else None
            high2 = number_value(n2.group(1)) if sm2 else None
            if sm2 and sm2.group().strip().lower() == sm.group().strip().lower() and \
                    not _change_then_level(text, start, r2.group(), value, high2):
                high_value, pos = high2, sm2.end()
                ahead = opening(text, pos, end)
    # a letter glued to the number (pos == e: no range or scale word was read after it)
    metres = False  # a lone "m" is millions or metres: metres by what it measures
    if pos == e and digits and after.isalpha():
        glued = _LETTERS.match(text, e, end).group()
        if glued.lower() == "x" and not text[e + 1:e + 2].isalnum():  # "3x faster"
            return multiplier(s, e + 1, value), None
        if glued == "s" and _YEARS[0] <= value <= _YEARS[1]:
            return None, Skip(s, e + 1, "date")
        if glued == "m" and _SIZE_AFTER.match(text, e + 1, end):
            metres = True  # "30m tall", "a 37m-long hull"
        elif not U.lookup(glued) and not CUR_AFTER.match(text, e, end) and \
                not unit_after(text, e, end) and not PERCENT.match(text, e, end):
            return None, Skip(s, e, "model name" if before.isupper() or glued[0].isupper()
                              or _TIMES_DIGIT.match(text, e, e + 2) else "glued to word")

    bound = "="
    prefix = text[left_start:start]  # what stands before the currency or number
    # the words before it rule out most hedges and changes before their patterns, anchored at
    # the end and so tried from every position, run
    # the change test reads 36 characters back, _HEDGE no further than 24: lower-case the
    # wider window once and take the hedge's from its end, unless lower() changed its length
    # ("İ" becomes two characters), when the characters no longer line up
    lowered_wide = prefix[-36:].lower()
    words_before = lowered_wide.split()
    last = words_before[-1] if words_before else ""
    # A word of plain letters last, within the hedge's window, is the last [a-z]+ word the
    # hedge test reads: if it ends no hedge (nor is "a" or "an"), that rules a hedge out at once
    hedge = None
    if last in _HEDGE_LAST or not (last.isalpha() and last.isascii()) \
            or len(lowered_wide) - lowered_wide.rfind(last) > 24:
        lowered = lowered_wide[-24:] if len(lowered_wide) == min(36, len(prefix)) \
            else prefix[-24:].lower()
        # only the last three [a-z]+ words count: when the last three words split at spaces
        # are of plain letters they are those (a split is far cheaper than the pattern)
        words = lowered.split()[-3:]
        letters = "".join(words)
        if not (letters.isalpha() and letters.isascii()):
            words = _LOWER_WORD.findall(lowered)
        tail = words[-3:-1] if words and words[-1] in ("a", "an") else words[-2:]
        ends = None if not tail else (tail[-1],) if (tail[-1],) in _HEDGE_ENDS \
            else tuple(tail) if tuple(tail) in _HEDGE_ENDS else None
        # A hedge ends with these words, written with one space between them: nothing before
        # them starts one but a word of two letters and a space ("no more than", "as many
        # as"), so the search starts there, when lower() kept the characters in line
        at = lowered.rfind(" ".join(ends)) if ends else -1
        if at >= 0:
            hedge = _HEDGE.search(prefix, len(prefix) - len(lowered) + (at - 3 if at > 3 else 0)
                                  if len(lowered) == min(24, len(prefix)) else len(prefix) - 24)
    if hedge and (hedge.group("h").lower() != "between" or high_value is not None):
        bound = _HEDGE_BOUND.get(hedge.group("h").lower(), "=")
        start = left_start + hedge.start()
        prefix = prefix[: hedge.start()]
        lowered_wide = prefix[-36:].lower()
        words_before = lowered_wide.split()
    elif high_value is None and start == s and before == "-" and _sub(text, s):
        bound, start = "<", s - 4  # "sub-7 nanometre chips": under 7 nm
    # _change_verb needs one of _CHANGE_LAST last: tested inline, it spares most numbers the
    # call
    verb = _change_verb(words_before) if words_before and words_before[-1] in _CHANGE_LAST \
        else None
    change = None
    if verb:
        # the verb's word is the last place it stands in the window, as only "by", "as",
        # ... follow it
        ch = _CHANGE.match(prefix, len(prefix) - len(lowered_wide) + lowered_wide.rfind(verb)) \
            if len(lowered_wide) == min(36, len(prefix)) else _CHANGE.search(prefix, len(prefix) - 36)
        verb = ch.group(1).lower() if ch else None
        change = None if verb not in CHANGE_WORDS else "up" if verb in _UP else "down"

    kind, unit, dim, noun, surface_unit, factor = None, None, None, None, None, 1.0
    # "40 million pounds" is money; "40 pounds" (or "40 million pounds of steel") may weigh
    pounds = None if currency or scale == 1.0 else _POUNDS.match(text, pos, end)
    if pounds:
        currency, surface_unit, pos = "GBP", pounds.group(1), pounds.end()
    unusual = ahead > "\x7f"  # may fold onto an ASCII letter: let the patterns decide
    pm = None if pounds or not (ahead in PERCENT_OPENS or unusual) else PERCENT.match(text, pos, end)
    cm = None if pm or pounds or not (ahead in CUR_AFTER_OPENS or unusual) \
        else CUR_AFTER.match(text, pos, end)
    # what follows is read in this order, and a unit is the costliest to look for
    um = None if pm or currency or cm else UnitAt("m", True, e, e + 1) if metres \
        else unit_after(text, pos, end)
    if pm:
        kind, surface_unit = "percent", pm.group(1)
        unit = "pp" if surface_unit.lower().startswith(("percentage", "pp", "b")) else "%"
        if surface_unit.lower().startswith("b"):  # a basis point is a hundredth of a point
            factor = 0.01
        pos = pm.end()
    elif currency or cm:
        kind = "money"
        if cm and not currency:
            word = next(g for g in cm.groups() if g)
            currency = (U.CURRENCY_WORDS.get(word.lower()) or U.CURRENCY_SYMBOLS.get(word)
                        or {"YEN": "JPY", "RMB": "CNY"}.get(word.upper(), word.upper()))
            factor = U.CURRENCY_FACTORS.get(word.lower(), 1.0)  # "19 cents" is 0.19
            surface_unit = word
            pos = cm.end()
        elif not pounds:
            surface_unit = cur_m.group(1).strip() if cur_m else currency
    elif um and not _ORDINAL_SECOND.match(text, um.end, end) and (
            not (um.symbol and um.surface in U.GLUED_ONLY) or um.start == pos
            or text[pos:um.start].strip() == "°"):
        surface_unit = um.surface
        canon, dim, factor = U.UNITS["metre"] if metres else U.lookup(surface_unit)
        kind, unit = "quantity", canon
        pos = um.end
    else:
        if digits and scale == 1.0 and "," not in digits and "." not in digits and \
                _YEARS[0] <= value <= _YEARS[1] and high_value is None:
            return None, Skip(s, e, "date")
        mult = MULT_AFTER.match(text, pos, end) if ahead in MULT_OPENS or unusual else None
        if mult:  # "3-fold", "four times larger"
            return multiplier(s, mult.end(), value), None
        lo = start - 12 if start - 12 > sent_start else sent_start
        label = _LABEL_BEFORE.search(text, lo, start) if _may_be_label(text[lo:start]) else None
        if label:  # "category 4 hurricane", "HIV 2 drug"
            return None, Skip(s, e, "model name" if label.group(1) else "label")
        noun_m = counted_noun(text, pos, end, one=value == 1 and high_value is None)
        if digits and _TITLE_WORD.match(text, pos, pos + 4) and not (
                noun_m and is_plural(noun_m[0].split()[-1])):
            return None, Skip(s, e, "model name")  # "787 Dreamliner", "63,150 Model 3s"
        if not noun_m and high_value is not None and scale == 1.0 and r is not None and \
                r.group().strip() in "-–—" and digits and digits.isdigit() and \
                high_value < 100 and float(high_value).is_integer() and \
                not text[max(sent_start, start - 5):start].lower().endswith(("aged ", "ages ")):
            # "won 5-7 6-0", "odds of 6-9", "a 2-3-2 scrum": two small integers and a dash,
            # with nothing they count or measure, are a score (unless an age: "aged 30-39")
            return None, Skip(s, pos, "score")
        if not noun_m and digits and (_significant(digits, scale, bound) or high_value is not None) \
                and not before.isalpha():
            # "the index closed at 7,425.81": a figure, though it names no unit
            kind, unit, dim, surface_unit = "quantity", "number", "number", None
        elif not noun_m:
            return None, Skip(s, e, "no unit")
        else:
            noun, head, pos = noun_m
            kind, unit, dim, surface_unit = "quantity", head, "count", noun
            code = U.CURRENCY_WORDS.get(head) or U.CURRENCY_WORDS.get(head + "s")
            if code and len(noun.split()) == 1:  # "a billion-dollar deal"
                kind, unit, dim, noun, currency = "money", None, None, None, code
    # Fahrenheit shifts, except for a change ("fell by 2 F" is a difference, not a reading)
    offset = 0
    if kind == "quantity" and surface_unit and change is None:
        offset = U.OFFSETS.get(surface_unit, U.OFFSETS.get(surface_unit.lower(), 0))
    number = clean(value * scale)
    v = number if not offset and factor == 1.0 else clean((number + offset) * factor)
    if high_value is not None:
        low_scale = scale if high_value >= value else 1.0  # "$800,000 to $1.3 million"
        v = clean((value * low_scale + offset) * factor)
        number = clean(value * low_scale)
        hi = clean((high_value * scale + offset) * factor)
        # "fell from $2,415 to $2,315": the ends written high first still bound an interval
        low, high, bound = (v, hi, "range") if v <= hi else (hi, v, "range")
        v = (v + hi) / 2
    elif bound == "=":
        low = high = v
    else:
        # "~" is 10% either way; ">" and ">=" have no high, "<" and "<=" no low
        low = None if bound[0] == "<" else v * 0.9 if bound == "~" else v
        high = None if bound[0] == ">" else v * 1.1 if bound == "~" else v
    per = None
    # _PER opens with a space, tab or hyphen, then "per", "a", "an" or "each"
    if pos + 1 < end and text[pos + 1] in "pae" and text[pos] in " \t-":
        rate = _per(text, pos, end)
        if rate:
            per, pos = rate
    # every field by position, in Figure's order (keywords cost twice as much to pass):
    # ..., surface_unit, change, unit, dimension, noun, currency, per
    return Figure(start, pos, kind, v, low, high, bound, number, surface_unit, change,
                  unit, dim, noun, currency, per), None


_LABEL_WORDS: Final = frozenset(
    "category level phase stage grade tier type version article section subsection paragraph "
    "clause chapter part page figure table annex appendix schedule item step exhibit amendment "
    "room gate platform route flight number no".split())
_LETTER_RUN: Final = re.compile("[A-Za-z]+")


def _may_be_label(before: str) -> bool:
    """A cheap test of the last word before a number, which _LABEL_BEFORE (anchored at the
    end, so tried from every position) can only match as a label word or capitals."""
    words = _LETTER_RUN.findall(before)
    return bool(words) and (words[-1].lower() in _LABEL_WORDS or words[-1][-2:].isupper())


# "category 4", "phase 2", "HIV 2", "COVID -19": the number names or labels, it does not count
_LABEL_BEFORE: Final = re.compile(
    r"(?:\b([A-Z]{2,})|\b(?i:" + "|".join(sorted(_LABEL_WORDS - {"no"}))
    + r")|\b(?i:no)\.)[ \t]+-?$")


_POUNDS: Final = re.compile(r"[ \t](pounds?)\b(?![ \t]+(?:of|sterling)\b)", re.I)


_TIMES_TEN: Final = re.compile(r"[ \t]?[×x][ \t]?10(?:\^|\*\*)?([−-]?\d{1,3})(?!\d)")
_TIMES_OPENS: Final = frozenset("×x")


_YEARS: Final = (1000, 2100)  # a bare integer in here reads as a year ("between 1600 and 1900")


# The word before "X to Y" that makes X a change and Y the level it reached
_CHANGE_BY: Final = frozenset(
    "by rose fell climbed dropped jumped gained slipped surged slumped declined "
    "grew increased decreased up down".split())


def _change_then_level(text: str, start: int, separator: str, low: float, high: float) -> bool:
    """Whether "by X to Y" or "rose X to Y" names a change and the level it reached ("rose by
    $19bn to $419bn", "fell $2.50 to $40.10"), not a range of changes ("cut profits by $3.8m to
    $4.9m", "rose 2 to 3 percent"): the ends of a range are of a size, while a level is most
    often several times the change that led to it."""
    if not (high > 2 * low > 0 and separator.lstrip().startswith("to")):
        return False
    lo = max(0, start - 20)
    before = text[lo:start].lower().split()  # the last is a whole word if another precedes it
    return (len(before) > 1 or lo == 0 and bool(before)) and text[start - 1:start].isspace() \
        and before[-1] in _CHANGE_BY


def _scaled_ends(text: str, pos: int, end: int, low: float, high: float
                 ) -> tuple[float, float]:
    """The ends of "low to high", with the scale word after the high end at `pos` (" million",
    "bn", not a lone letter, which may be metres): the high end's, and the low end's too
    unless that would take it past the high end ("by 17,000 to 4.5 million")."""
    sm = SCALE_WORD.match(text, pos, end) if text[pos:pos + 1] in SCALE_OPENS or \
        text[pos + 1:pos + 2] in SCALE_OPENS else None
    if not (sm and sm.group(1)):
        return low, high
    scale = U.SCALES[sm.group(1).lower()]
    return (low * scale if low <= high else low), high * scale


# What a size in metres is said to be after its "m": "30m tall", "a 37m-long hull"
_SIZE_AFTER: Final = re.compile(r"[ \t-]?(?:tall|high|long|wide|deep|thick|across)\b")


# What a distance in metres names in sport: "the 60m hurdles", "a 400m title"
_RACE_WORDS: Final = frozenset(
    "hurdles relay relays race races final finals title titles record "
    "records champion champions runners freestyle breaststroke backstroke "
    "butterfly medley events heats".split())


def _counts_millions(text: str, pos: int, end: int) -> bool:
    """Whether "m" glued to a number, before `pos`, counts millions of the plural noun after it
    ("3m workers", "1.4m cash machines"), as no one measures those in metres: a phrase of
    plain lower-case words, none of them a race ("the 100m champion"), after no relay's "4x"."""
    noun = counted_noun(text, pos, end)
    words = noun[0].split() if noun else ()
    return bool(words) and is_plural(words[-1]) and all(
        w.isalpha() and w.islower() and w not in _RACE_WORDS and w not in numwords.SMALL_NUMBERS
        for w in words) and not _RELAY.search(text, max(0, pos - 12), pos)


_RELAY: Final = re.compile(r"\dx[\d,]+m$")


def _sub(text: str, s: int) -> bool:
    """Whether the number at `s` follows the prefix "sub-" ("sub-500 sq m offices")."""
    return text[s - 4:s] == "sub-" and (s == 4 or not text[s - 5].isalnum())


_BETWEEN: Final = re.compile(r"\bbetween[ \t]+(?:US\$|\$|€|£)?$", re.I)


_YEAR_PREP: Final = re.compile(r"\b(?:in|since|by|during|until|from|of)[ \t]+$", re.I)


_SLASH: Final = re.compile(r"[/⁄](\d{1,3})(?![\d/⁄])")
_SLASHES: Final = frozenset("/⁄")


_PLAIN_DENOMINATORS: Final = {2, 3, 4, 8, 10, 16, 32, 100}  # not "9/11" or a date like "6/11"


_MINUS: Final = re.compile(r"(?:(?<![\w.,%)-])[-−]|\b[Mm]inus[ \t-]?)$")


_RANGE_END: Final = re.compile(rf"(?:US\$|\\?\$|€|£)?({DIGITS})")


# A rate: "$58 per barrel", "$3,500 a month", "5% a year", "52,000 barrel-a-day"
_PER: Final = re.compile(
    r"[ \t-](?:per|a|an|each)[ \t-](?P<d>(?:square |sq\.? |cubic )?[A-Za-z]+)\b")
# What makes "a year" a time, not a rate: "from 1.27 million a year earlier", "$3m a year ago"
_WHEN_AFTER: Final = re.compile(r"[ \t]+(?:earlier|ago|later|previously)\b")


_DENOMINATORS: Final = {
    "share", "barrel", "head", "person", "capita", "night", "game", "visit", "unit",
    "household", "mmbtu", "user", "employee", "passenger", "customer", "student",
    "patient", "vehicle", "car", "seat", "ticket", "item", "piece", "dose"}


def _per(text: str, pos: int, end: int) -> tuple[str, int] | None:
    m = _PER.match(text, pos, end)
    if not m or _WHEN_AFTER.match(text, m.end(), end):  # "a year earlier" is no rate
        return None
    word = m.group("d").lower()
    if word in _DENOMINATORS or word.rstrip("s") in _DENOMINATORS or U.lookup(word):
        return word, m.end()
    return None


def _significant(digits: str, scale: float, bound: str) -> bool:
    """A bare number worth a claim: with a scale word, a decimal part, thousands separators or
    a hedge ("7,425.81", "3 million", "around 73"), not a small integer that may count
    anything."""
    return (scale != 1.0 or "," in digits or ("." in digits and not digits.startswith("."))
            or bound != "=" or (digits.isdigit() and int(digits) >= 1000))


def _looks_like_year(digits: str | None) -> bool:
    return bool(digits) and digits.isdigit() and _YEARS[0] <= int(digits) <= _YEARS[1]


def _scale_or_unit_ahead(text: str, pos: int, end: int) -> bool:
    return bool(SCALE_WORD.match(text, pos, end) or unit_after(text, pos, end)
                or PERCENT.match(text, pos, end))
