"""Dates at their precision, absolute ("2024", "May 2025", "11 June 2025", "2025-06-11",
"Q3 2025") and relative to the article's date ("last year", "next month", "Friday", "two weeks
ago", "earlier this year").

Our own grammar isolates each phrase and resolves it; relative phrases need the article's date
and are left out (and counted) when there is none. A weekday or a month named without a year is
the nearest one before the article's date, or after it when the sentence speaks of the future
("will", "next"): news mostly reports what has happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from ..segment import literal_alternation
from .numwords import SMALL_NUMBERS

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS: Final = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
ORDINAL_QUARTERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}

_MONTH_NAMES: Final = (
    "January|February|March|April|May|June|July|August|September|October|November"
    "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_MON: Final = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_DAYNAME: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR: Final = r"(?:1[89]\d\d|20\d\d)"
_ORD: Final = r"(?:st|nd|rd|th)?"
_UNITS: Final = r"(?P<unit>day|week|month|year|decade)s?"

# Speed matters here (every sentence of every article): one pass finds anchors with a pattern
# made of literals, which the regex engine skips to quickly; the full grammar then runs only
# where an anchor is, with `match` at a known position. "earlier" and "later" are no anchors
# ("a year earlier" counts from an event the article tells of, which no date is known for),
# and leaving them out spares the engine every "e" of a sentence.
ANCHOR_WORDS: Final = (
    rf"{_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|Today|tonight|Tonight|yesterday|Yesterday|tomorrow|Tomorrow|this|This|last|Last"
    r"|next|Next|past|Past|coming|Coming|previous|Previous"
    r"|ago|from now|quarter|Q[1-4]|decade|days|weeks|months|years")


# Anchors that open with a lower-case letter: common letters open them, and each position
# whose character opens a branch costs the engine a match attempt, so a sentence holding none
# of a group's words is scanned with a pattern that leaves the group out. Counted anchors are
# read with the words before them ("two weeks ago", "the third quarter"); the others, with the
# words after them ("last week", "this Friday"), are checked most common first.
COUNTED_ANCHORS: Final = (
    "ago", "from now", "quarter", "decade", "days", "weeks", "months", "years")
LOWER_ANCHORS: Final = ("this", "last", "next", "past", "today", "coming", "tomorrow", "tonight",
                        "yesterday", "previous")


def _anchor_pattern(counted: bool, lower: bool) -> str:
    """Digit runs that may open a date and the anchor words as one trie, one top-level branch
    per first character. Every branch opens with a literal, so the engine skips straight to
    candidate positions, and at each it tests ~35 branches instead of ~90 words. The order of
    the words does not matter: each is followed by \\b, so at most one can match at a
    position."""
    heads: dict[str, list[str]] = {}
    for w in ANCHOR_WORDS.split("|"):
        if w in COUNTED_ANCHORS and not counted or w in LOWER_ANCHORS and not lower:
            continue
        if w.startswith("Q["):  # "Q[1-4]": a pattern, not a literal
            heads.setdefault("Q", []).append(w[1:])
        else:
            heads.setdefault(w[0], []).append(w[1:])
    # A digit run is a date only as a day (one or two digits, then a space or an ordinal's
    # ending: "7 May", "21st of June"), a quarter ("3Q 2025") or a year from 1800 to 2099: every
    # other run (most of them) is left out here, not turned away by _phrase_at. A run left
    # out may match from one of its later digits, which _phrase_at turns away (a digit before).
    day = "(?=(?:st|nd|rd|th)?[ \t])"
    digits = {d: [f"[0-9]?{day}" if d in "0123" else day] for d in "0123456789"}
    for d in "1234":
        digits[d].append("(?=Q)")
    digits["1"].append("[89][0-9][0-9]")
    digits["2"].append("0[0-9][0-9]")
    parts = [f"{d}(?:{'|'.join(tails)})" for d, tails in digits.items()]
    for head, tails in heads.items():
        if head == "Q":
            parts.append(rf"Q(?:{'|'.join(tails)})\b")
        else:
            parts.append(rf"{head}(?:{literal_alternation(tails)})\b")
    return "|".join(parts)


_ANCHORS: Final = {(counted, lower): re.compile(_anchor_pattern(counted, lower))
                   for counted in (False, True) for lower in (False, True)}


def _anchor_pattern_for(text: str, start: int, end: int) -> re.Pattern:
    """The anchor pattern for text[start:end]: without the counted anchors, or the other
    lower-case ones, if none of them is there."""
    sentence = text[start:end]
    counted = lower = False
    for word in COUNTED_ANCHORS:
        if word in sentence:
            counted = True
            break
    for word in LOWER_ANCHORS:
        if word in sentence:
            lower = True
            break
    return _ANCHORS[counted, lower]


_AT_DIGIT: Final = re.compile(
    rf"(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b"
    rf"|(?P<dmy>(?P<d1>[0-3]?\d){_ORD}[ \t]+(?:of[ \t]+)?(?P<m1>{_MON})(?:,?[ \t]+(?P<y1>{_YEAR})\b)?)"
    rf"|(?P<qy>(?P<q1y>[1-4])Q[ \t]*(?P<y4>{_YEAR}))\b"
    rf"|(?P<y>(?P<y9>{_YEAR})(?P<decade>s)?)(?![\w%]|[.,]\d|[ \t]*(?:%|percent|per cent)|-\d)")
_AT_MONTH: Final = re.compile(
    rf"(?P<mdy>(?P<m2>{_MON})[ \t]+(?P<d2>[0-3]?\d){_ORD}\b(?:,[ \t]*|[ \t]+)(?P<y2>{_YEAR})\b)"
    rf"|(?P<my>(?P<m3>{_MON}),?[ \t]+(?:of[ \t]+)?(?P<y3>{_YEAR})\b)"
    rf"|(?P<md>(?P<m6>{_MON})[ \t]+(?P<d6>[0-3]?\d){_ORD}\b(?![ \t]*(?:%|[,.]\d|\d)))"
    rf"|(?P<mon>(?P<m8>{_MON}))")
_AT_WORD: Final = re.compile(
    rf"(?P<qy>Q(?P<q1>[1-4])(?:[ \t]+|[ \t]*'?)(?P<y4>{_YEAR}))\b"
    r"|(?P<deic>(?P<dword>today|tonight|yesterday|tomorrow))\b"
    r"|(?P<rel>(?P<which>this|last|next|past|coming|previous)[ \t]+"
    r"(?P<runit>week|month|year|quarter|decade|weekend))\b"
    rf"|(?P<wd>(?:(?P<wmod>last|next|this|coming)[ \t]+)?(?P<wday>(?-i:{_DAYNAME}))"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?)\b"
    rf"|(?P<mrel>(?P<mm>last|next|this)[ \t]+(?P<m8>(?-i:{_MON})))", re.I)
_WORD_COUNT: Final = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_AGO_BEFORE: Final = re.compile(
    rf"\b(?P<n>\d{{1,3}}|an?|{_WORD_COUNT})[ \t]+{_UNITS}[ \t]+$", re.I)
_IN_COUNT_BEFORE: Final = re.compile(
    rf"\b[Ii]n[ \t]+(?:the[ \t]+next[ \t]+|just[ \t]+)?(?P<n>\d{{1,3}}|an?"
    rf"|{_WORD_COUNT})[ \t]+$", re.I)
_END_OF_THE: Final = re.compile(r"\bthe[ \t]+end[ \t]+of[ \t]+the[ \t]+$", re.I)
_QUARTER_BEFORE: Final = re.compile(
    r"\b(?:the[ \t]+)?(?P<q2>first|second|third|fourth|final)[ \t]+$", re.I)
_QUARTER_YEAR: Final = re.compile(rf"(?:[ \t]+of|,)?[ \t]+(?P<y5>{_YEAR})\b")
# Words before a month or year that keep its value but belong to the phrase
_MODIFIER: Final = re.compile(r"\b(?:early|mid|late|the end of|the start of|the beginning of"
                              r"|the middle of|fiscal|earlier|later)[ \t-]*$", re.I)
# A pattern anchored at the end is tried from every position of the window: these two can
# only start where their words can, the longest of them before the spaces, tabs and hyphens
# that end the window
_MODIFIER_LONGEST: Final = len("the beginning of")
_MODIFIER_ENDS: Final = ("early", "mid", "late", " of", "fiscal", "earlier", "later")


def _modifier(window: str) -> re.Match | None:
    """_MODIFIER at the end of `window`, searched only when the window ends with one of its
    words (a pattern anchored at the end is tried from every position)."""
    words = window.rstrip(" \t-")
    if not words[-8:].lower().endswith(_MODIFIER_ENDS):
        return None
    return _MODIFIER.search(window, max(0, len(words) - _MODIFIER_LONGEST))


def _month_prep(window: str) -> re.Match | None:
    """_MONTH_PREP at the end of `window`."""
    return _MONTH_PREP.search(window, max(0, len(window.rstrip(" \t-")) - _MONTH_PREP_LONGEST))


# A month named alone is a month only after one of these ("in May", not "May we")
_MONTH_PREP: Final = re.compile(
    r"\b(?:in|since|until|by|early|late|mid|of|from|through|during|before"
    r"|after|last|next|this)[ \t-]+$", re.I)
_MONTH_PREP_LONGEST: Final = len("through")
# A capitalised word right before a bare year makes it part of a name: "France 2030". The
# pattern opens with the capital, which the engine scans for on its own, and checks the \b
# before it in a lookbehind (a pattern that opens with \b is tried at every position)
_NAME_BEFORE: Final = re.compile(r"([A-Z](?<=\b.)[\w’'&-]*)[ \t]+$")
_NOT_NAMES: Final = {
    "In", "By", "Since", "Until", "From", "Before", "After", "Through", "During", "Of",
    "For", "And", "Or", "To", "Between", "Early", "Late", "Mid", "End", "Summer",
    "Winter", "Spring", "Autumn", "Fall", "The", "Around", "About", "Fiscal", "FY",
    "Than", "Like", "On", "At"}
# Cues that a weekday or a month named alone lies ahead: "is expected in April", "is
# scheduled to close Monday", "as soon as Tuesday"
_FUTURE: Final = re.compile(
    r"\b(?:will|’ll|'ll|shall|would|is to|are to|expect(?:s|ed)?|scheduled|set"
    r" (?:to|for)|plan(?:s|ned|ning)?|due|upcoming|as soon as|as early as"
    r"|supposed to|likely to|going to|next)\b", re.I)
# Lower-case text without which _FUTURE cannot match: one fast literal search gates it
_FUTURE_HINTS: Final = re.compile(literal_alternation(
    ["will", "’ll", "'ll", "shall", "would", "is to", "are to", "expect", "scheduled", "set to",
     "set for", "plan", "due", "upcoming", "as soon as", "as early as", "supposed to",
     "likely to", "going to", "next"]))


# Kinds whose value depends on whether the clause speaks of the future: a weekday, a month
# or a quarter named without a year
_TENSE_KINDS: Final = frozenset({"md", "dmy", "qrel", "mrel", "mon", "wd"})


# A verb in the past tense right before the date ("Cuba predicted Wednesday", "the decision,
# announced on Tuesday") sets it in the past, whatever a clause before it looks forward to
# ("they would appeal the decision, announced Wednesday"); words in -ed that look ahead
# ("expected Monday", "scheduled for") do not
_PAST_VERB_BEFORE: Final = re.compile(
    r"\b(?!(?:expected|scheduled|planned|slated|delayed|postponed|adjourned|due)\b)"
    r"(?:said|told|met|held|made|took|gave|went|came|saw|began|left|sent|won|lost|fell|rose"
    r"|[a-z]{2,}ed)[ \t]+(?:on[ \t]+)?$")


def _speaks_of_future(text: str, start: int, end: int) -> bool:
    return bool(_FUTURE_HINTS.search(text[start:end].lower()) and _FUTURE.search(text, start, end)
                and not _PAST_VERB_BEFORE.search(text, max(start, end - 30), end))


@dataclass
class DateMention:
    start: int
    end: int
    value: date
    precision: str  # day, week, month, quarter, year


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else 1 if w in ("a", "an") else SMALL_NUMBERS[w]


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, last))


def _shift(base: date, unit: str, n: int) -> tuple[date, str]:
    """base moved by n units, at that unit's precision."""
    if unit == "day":
        return base + timedelta(days=n), "day"
    if unit in ("week", "weekend"):
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=n)
        return monday, "week"
    if unit == "month":
        return add_months(base.replace(day=1), n), "month"
    if unit == "quarter":
        q0 = date(base.year, 3 * ((base.month - 1) // 3) + 1, 1)
        return add_months(q0, 3 * n), "quarter"
    if unit == "decade":
        return date(base.year // 10 * 10 + 10 * n, 1, 1), "decade"
    return date(base.year + n, 1, 1), "year"


def _nearest_month(month: int, base: date, future: bool) -> date:
    """The month named without a year: the next one if the clause speaks of the future, else
    the last one (the article's own month included), unless it comes within the next two
    months: news mostly tells what happened ("stepped down in March", in November, is this
    March), and a month just ahead is most often something coming up."""
    ahead = (month - base.month) % 12
    if future or 0 < ahead <= 2:
        return date(base.year + (month < base.month), month, 1)
    return date(base.year - (month > base.month), month, 1)


def _resolve(kind: str, g: dict, base: date | None, future: bool) -> tuple[date, str] | None:
    if kind == "iso":
        return date(int(g["iy"]), int(g["im"]), int(g["id"])), "day"
    if kind == "dmy" and g["y1"]:
        return date(int(g["y1"]), _month(g["m1"]), int(g["d1"])), "day"
    if kind == "mdy":
        return date(int(g["y2"]), _month(g["m2"]), int(g["d2"])), "day"
    if kind == "my":
        return date(int(g["y3"]), _month(g["m3"]), 1), "month"
    if kind == "qy":
        q = int(g.get("q1") or g.get("q1y") or ORDINAL_QUARTERS[g["q2"].lower()])
        return date(int(g.get("y4") or g["y5"]), 3 * q - 2, 1), "quarter"
    if kind == "y":
        if g["decade"]:
            return date(int(g["y9"]), 1, 1), "decade"
        return date(int(g["y9"]), 1, 1), "year"
    if base is None:
        return None  # relative: needs the article's date
    if kind in ("md", "dmy"):  # "Aug. 7", "7 August": the year is the article's, or near it
        mon, day = (g["m6"], g["d6"]) if kind == "md" else (g["m1"], g["d1"])
        first = _nearest_month(_month(mon), base, future)
        return first.replace(day=int(day)), "day"
    if kind == "qrel":
        q = ORDINAL_QUARTERS[g["q2"].lower()]
        current = (base.month - 1) // 3 + 1
        year = base.year + (1 if future and q < current else 0) - (
            1 if not future and q > current else 0)
        return date(year, 3 * q - 2, 1), "quarter"
    if kind in ("mrel", "mon"):
        mod = g["mm"].strip(" \t-").lower()
        month = _month(g["m8"])
        if mod == "last":
            return date(base.year - (month >= base.month), month, 1), "month"
        if mod == "next":
            return date(base.year + (month <= base.month), month, 1), "month"
        if mod == "this":
            return date(base.year, month, 1), "month"
        return _nearest_month(month, base, future or mod in ("until", "by")), "month"
    if kind == "rel":
        n = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[
            g["which"].lower()]
        return _shift(base, g["runit"].lower(), n)
    if kind == "ago":
        n = _count(g["n"])
        sign = 1 if g["dir"].lower() in ("later", "from now") else -1
        return _shift(base, g["unit"].lower(), sign * n)
    if kind == "decade_end":  # the last year of the article's decade
        return date(base.year // 10 * 10 + 9, 1, 1), "year"
    if kind == "deic":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["dword"].lower()]
        return base + timedelta(days=offset), "day"
    if kind == "wd":
        target = WEEKDAYS[g["wday"].lower()]
        mod = (g["wmod"] or "").lower()
        ahead = (target - base.weekday()) % 7
        if mod in ("next", "coming") or (future and mod != "last"):
            return base + timedelta(days=ahead or 7 if mod == "next" else ahead), "day"
        back = (base.weekday() - target) % 7
        if mod == "last" and back == 0:
            back = 7
        return base - timedelta(days=back), "day"
    return None


def scan(text: str, start: int, end: int, published: date | None = None
         ) -> tuple[list[DateMention], list[tuple[int, int]], list[tuple[int, int]]]:
    """Dates in text[start:end] (a sentence); the years skipped as parts of names ("France
    2030"); and relative dates left unresolved because the article has no date."""
    found, names, unresolved = [], [], []
    covered = start
    for a in _anchor_pattern_for(text, start, end).finditer(text, start, end):
        if a.start() < covered:
            continue
        phrase = _phrase_at(text, a, start, end)
        if phrase is None:
            continue
        kind, g, left, right = phrase
        if kind == "y":
            name = _NAME_BEFORE.search(text, max(start, a.start() - 40), a.start())
            if name and name.group(1) not in _NOT_NAMES and \
                    name.group(1).rstrip(".").lower() not in MONTHS:
                names.append((a.start(), right))
                covered = right
                continue
        # the tense of the clause before the date decides "Friday" and "in March" (read only
        # when it decides something: most dates are absolute)
        future = bool(g.get("in") or published is not None and kind in _TENSE_KINDS) \
            and _speaks_of_future(text, max(start, left - 100), left)
        if g.get("in") and not future:
            continue  # "the talks I had in 16 years": a duration, not a date ahead
        covered = right
        try:
            resolved = _resolve(kind, g, published, future)
        except (ValueError, KeyError, OverflowError):
            continue
        if resolved is None:
            unresolved.append((left, right))
        else:
            found.append(DateMention(left, right, *resolved))
    return found, names, unresolved


def _phrase_at(text: str, a: re.Match, start: int, end: int) -> tuple[str, dict, int, int] | None:
    """(kind, groups, start, end) of the date phrase at anchor `a`, modifiers included."""
    word, pos = a.group(), a.start()
    lo = max(start, pos - 30)
    window = text[lo:pos]
    if word[0].isdigit():
        prev = text[pos - 1] if pos > start else " "
        if prev.isalnum() or prev in "$€£¥.,_" or prev == "-" and not _modifier(window):
            return None
        m = _AT_DIGIT.match(text, pos, end)
    elif word in ("ago", "from now"):  # "two weeks ago" counts back from the article's date
        before = _AGO_BEFORE.search(window)
        if not before:
            return None
        return "ago", dict(before.groupdict(), dir=word), lo + before.start(), a.end()
    elif word in ("days", "weeks", "months", "years"):  # "in two years", "in the next 3 months"
        ahead = _IN_COUNT_BEFORE.search(window)
        if not ahead:
            return None
        return "ago", {"n": ahead.group("n"), "unit": word[:-1], "dir": "later",
                       "in": "next" not in ahead.group().lower()}, \
            lo + ahead.start(), a.end()
    elif word == "decade":  # "by the end of the decade"
        if not _END_OF_THE.search(window):
            return None
        return "decade_end", {}, lo + _END_OF_THE.search(window).start(), a.end()
    elif word == "quarter":  # "the third quarter of 2025"
        q = _QUARTER_BEFORE.search(window)
        y = _QUARTER_YEAR.match(text, a.end(), end)
        if not q:
            return None
        if not y:  # "the third quarter": the latest one, or the next if the clause looks ahead
            return "qrel", {"q2": q.group("q2")}, lo + q.start(), a.end()
        return "qy", {"q2": q.group("q2"), "y5": y.group("y5")}, lo + q.start(), y.end()
    elif word.rstrip(".").lower() in MONTHS:
        m = _AT_MONTH.match(text, pos, end)
        if m and m.lastgroup == "mon":  # a month named alone: "in May", not "May we"
            prep = _month_prep(window)
            # abbreviations alone are too ambiguous; "May's" is someone's
            if not prep or len(word) <= 4 and word not in ("May", "June", "July") or \
                    text.startswith(("'s", "’s"), m.end()):
                return None
            g = dict(m.groupdict(), mm=prep.group())
            mod = _modifier(window)
            return "mon", g, (lo + mod.start()) if mod else pos, m.end()
    else:
        m = _AT_WORD.match(text, pos, end)
    if m is None:
        return None
    mod = _modifier(window)
    return m.lastgroup, m.groupdict(), (lo + mod.start()) if mod else pos, m.end()
