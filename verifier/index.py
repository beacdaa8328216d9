"""Blocks of comparable figures, and the tests that decide two figures state the same thing.

Figures are blocked by (kind of amount, subject) before any pairwise comparison, and the
figures of a block that say the same thing in the same words are one *statement*: an archive
repeats its figures, so comparing statements rather than claims keeps the pairwise work from
growing with the number of copies.
"""

from __future__ import annotations

import re
from math import isclose
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from rapidfuzz import fuzz

from .extract.context import STOP_WORDS, entity_key, stem
from .extract.dates import MONTHS, WEEKDAYS
from .extract.figures import CHANGE_WORDS, count_unit
from .records import Claim, Money, Percent, Quantity

Figure = Quantity | Money | Percent
FIGURE_KINDS = ("quantity", "money", "percent")


@dataclass(frozen=True)
class Settings:
    """What the workspace config adds to the comparison: entity aliases (alias key ->
    canonical key), synonyms (word stem -> the first stem of its group) and currency rates
    (ISO code -> value of one unit in `base`)."""

    aliases: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    base: str | None = None
    rates: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: dict[str, list[str]] | None = None,
           synonyms: list[list[str]] | None = None,
           currencies: dict | None = None) -> "Settings":
        aliases = {}
        for name, others in (entities or {}).items():
            for other in [name, *others]:
                aliases[entity_key(other)] = entity_key(name)
        words = {}
        for group in synonyms or []:
            first = _term(group[0])
            for w in group:  # as written and as a counted unit ("GPUs", "GPU")
                words[_term(w)] = words[_term(count_unit(w))] = first
        currencies = currencies or {}
        base = currencies.get("base")
        rates = {k.upper(): float(v) for k, v in (currencies.get("rates") or {}).items()}
        if base:
            rates[base.upper()] = 1.0
        return cls(aliases, words, base.upper() if base else None, rates)


def _term(word: str) -> str:
    return stem(word.lower())


def subject_key(c: Claim, settings: Settings) -> str:
    """The entity a claim is about, aliases resolved; "" for a claim in an article that
    names no one (such claims are compared with each other only)."""
    if not c.subject:
        return ""
    key = entity_key(c.subject)
    return settings.aliases.get(key, key)


def measure_key(c: Figure, settings: Settings = Settings()) -> str | None:
    """What kind of amount a figure is: "W", "count:GPU", "money:EUR", "percent:%". Money in a
    currency with a rate is "money:<base>"; in another currency, compared only with its own."""
    if isinstance(c, Money):
        key = f"money:{settings.base if c.currency in settings.rates else c.currency}"
        return f"{key} change" if c.change else key
    if isinstance(c, Percent):
        key = f"percent:{c.unit}"
    elif c.dimension == "count":  # counted nouns of one synonym group are one unit
        stem_ = _term(c.unit)
        key = f"count:{settings.synonyms[stem_]}" if stem_ in settings.synonyms else \
            f"count:{c.unit}"
    else:
        key = c.unit
    # a change ("rose by 65,000") is not a level ("to 547,000")
    return f"{key} change" if c.change else key


_WORD = re.compile(r"[a-z][a-z0-9]*")
_STOP = frozenset(["and", "or", "of", "the", "a", "an"])


def terms(c: Figure, settings: Settings = Settings()) -> frozenset[str]:
    """What a figure measures, as a set of normalised words: its metric words and a count's
    counted noun phrase, stemmed, synonyms mapped to one, less the words of its
    subject (the block already says who)."""
    words = _WORD.findall((c.metric or "").lower())
    if getattr(c, "noun", None):
        words += [w for w in _WORD.findall(c.noun.lower()) if w not in _STOP]
    words += _after(c)
    subject = set(_WORD.findall(c.subject.lower())) if c.subject else ()
    out = set()
    for w in words:
        # the moment is compared on its own (see moments)
        if w not in subject and w not in _MOMENT_WORDS and w not in _PERIOD_WORDS:
            t = _term(w)
            out.add(settings.synonyms.get(t, t))
    return frozenset(out)


_CLAUSE_END = re.compile(r"[,;:()\[\]—–.?!]|\b(?:and|but|or|which|that|who|while|whereas)\b")


def _after(c: Figure, most: int = 3) -> list[str]:
    """The first content words after a figure in its clause: "25% more efficient", "a 300
    mile course"."""
    sentence = c.sentence
    rest = sentence.text[c.span.end - sentence.start:]
    end = _CLAUSE_END.search(rest)
    words = _WORD.findall(rest[:end.start() if end else len(rest)].lower())
    return [w for w in words if w not in STOP_WORDS and len(w) > 1][:most]


def _shared(a: frozenset[str], b: frozenset[str]) -> int:
    """Words of `a` also in `b`, equal or nearly so (rapidfuzz ratio >= 85:
    "organisation"/"organization")."""
    shared = len(a & b)
    rest_b = b - a
    for w in a - b:
        if any(fuzz.ratio(w, v) >= 85 for v in rest_b):
            shared += 1
    return shared


def closeness(a: frozenset[str], b: frozenset[str]) -> tuple[float, float, int]:
    """(similarity, shared words over all words, shared words): of two phrases as similar,
    the one with fewer words the other lacks is closer."""
    sim = similarity(a, b)
    if not sim:
        return 0.0, 0.0, 0
    shared = _shared(a, b)
    return sim, shared / (len(a) + len(b) - shared), shared


OWN_SUBJECT = frozenset(["clause", "relative", "sentence", "reference"])
# Two figures of a block state the same thing when they share two words of what they measure,
# their heads (see head) do not differ, one of them at least names its subject in its own
# sentence (not only the article's main entity), and either they share a third word or both
# do; or when the words around them are nearly the same (one sentence restated).
MIN_SHARED, MIN_EVIDENCE, MIN_RESTATED, MIN_AROUND = 2, 3, 90, 4


@dataclass(frozen=True)
class Match:
    rank: tuple  # higher is closer: which of several candidates a figure is compared with
    same: bool  # close enough to say both state the same thing
    why: str  # for the report


def match(a: Claim, ta: frozenset[str], b: Claim, tb: frozenset[str],
          min_similarity: float, settings: Settings = Settings()) -> Match:
    """How alike two figures of a block are in what they measure (see MIN_SHARED)."""
    sim, jaccard, shared = closeness(ta, tb)
    (before_a, after_a), (before_b, after_b) = _around(a), _around(b)
    restated = min(fuzz.ratio(before_a, before_b), fuzz.ratio(after_a, after_b))
    if len(f"{before_a} {after_a}".split()) < MIN_AROUND:  # "Att: 38,153" restates nothing
        restated = 0.0
    ha, hb = head(a), head(b)
    heads_differ = ha is not None and hb is not None and not _shared(
        frozenset([settings.synonyms.get(_term(ha), _term(ha))]),
        frozenset([settings.synonyms.get(_term(hb), _term(hb))]))
    own_a, own_b = a.subject_from in OWN_SUBJECT, b.subject_from in OWN_SUBJECT
    evidence = shared + (own_a and own_b)
    # a change ("rose 2%") or a price ("$49 a barrel") is of a moment: when neither sentence
    # names it, only a restated sentence says two are of the same one
    unmoored = (a.change or a.per) and not moments(a)
    same = restated >= MIN_RESTATED or (
        sim >= min_similarity and shared >= MIN_SHARED and evidence >= MIN_EVIDENCE
        and (own_a or own_b) and not heads_differ and not unmoored)
    why = (f"similarity {sim:.2f}, {shared} shared word(s), measuring "
           f"{ha or '?'} / {hb or '?'}; the words around the figures are {restated:.0f}% alike")
    return Match((restated >= MIN_RESTATED, sim, jaccard), same, why)


_HEAD_WORD = re.compile(r"[a-z][a-z-]*")
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def head(c: Figure) -> str | None:
    """The noun a figure measures: a count's counted noun ("10,000 GPUs"); else the
    word right after the figure ("a $900m loan"), the last word of an "of" phrase after it
    ("one gigawatt of compute capacity"), or the nearest content word before it in its
    clause, verbs of change aside ("computing capacity to 3 gigawatts", "valued at $6bn",
    "prices fell 2%"). None when there is none.
    Two figures whose heads differ measure different things."""
    if getattr(c, "noun", None):
        words = _HEAD_WORD.findall(c.noun.lower())
        return words[-1] if words else None
    text, lower = c.sentence.text, c.sentence.text.lower()
    at = c.span.end - c.sentence.start
    bracket = _BRACKETED.match(text, at)
    rest = lower[bracket.end() if bracket else at:]
    end = _CLAUSE_END.search(rest)
    after = _HEAD_WORD.findall(rest[:end.start() if end else len(rest)])
    word = None
    if after and after[0] == "of":
        phrase = []
        for w in after[1:5]:
            if w in STOP_WORDS:
                break
            phrase.append(w)
        word = phrase[-1] if phrase else None
    elif after and after[0] not in STOP_WORDS and after[0] not in _PERIOD_WORDS \
            and after[0] not in CHANGE_WORDS:
        word = after[0]
    if word is None:
        before = lower[:c.span.start - c.sentence.start]
        cut = max(before.rfind(ch) for ch in ",;:(")
        for w in reversed(_HEAD_WORD.findall(before[cut + 1:])):
            # "prices fell 2%" measures prices
            if w not in STOP_WORDS and w not in _PERIOD_WORDS and w not in _MOMENT_WORDS \
                    and w not in CHANGE_WORDS:
                word = w
                break
    return word


_TOKEN = re.compile(r"[a-z]+|\d[\d.,]*")


def _around(c: Claim, most: int = 6) -> tuple[str, str]:
    """The words before and after a figure in its sentence, numbers as "#", for telling a
    sentence restated with another figure ("a fleet of 4 trucks in the port" / "a fleet of
    more than 4 trucks in the port")."""
    text, cut = c.sentence.text.lower(), c.span.start - c.sentence.start
    before = ["#" if t[0].isdigit() else t for t in _TOKEN.findall(text[:cut])][-most:]
    after = ["#" if t[0].isdigit() else t
             for t in _TOKEN.findall(text[cut + len(c.span.text):])][:most]
    return " ".join(before), " ".join(after)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two sets of measured words are (0-1): the shared words over the smaller set
    ("computing capacity" and "expand its compute capacity" are alike: one phrase names what
    is measured, the other adds a verb). Nothing is alike an empty set."""
    if not a or not b:
        return 0.0
    return _shared(a, b) / min(len(a), len(b))



def coverage(wanted: frozenset[str], b: frozenset[str]) -> float:
    """Share of the `wanted` words (a ledger entry's metric) found in `b` (0-1)."""
    return _shared(wanted, b) / len(wanted) if wanted else 1.0


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
ROUND_SLACK = 0.01  # "2,000 lines" may be 1,980; "more than 2,000" does not contradict it


def rounding(c: Figure, converted: bool = False) -> float:
    """How far, in canonical units, the true value of an exact figure may lie from what is
    written. A figure written with a scale word is rounded to half a unit of its last digit
    ("1.2 million" is 1.15 to 1.25 million); a round number ("2,000") to 1%; other figures
    ("4 servers", "180 staff") are exact. A figure compared with one written in another unit
    (`converted`: "60 km (37 miles)") is rounded to half its last digit, and at least 1%:
    conversions are rounded."""
    m = _NUMBER.search(c.span.text)
    if c.surface.number is None or not m:
        return ROUND_SLACK * abs(c.value) if converted else 0.0
    written = float(m.group().replace(",", ""))
    if not written:
        return 0.0
    per_written = c.value / written  # scale word and unit factor
    half_digit = 0.5 * 10 ** -len(m.group(1) or "") * abs(per_written)
    if converted:
        return max(half_digit, ROUND_SLACK * abs(c.value))
    if c.surface.number / written >= 999:  # "million", "bn", "k"
        return half_digit
    if not m.group(1) and written >= 100 and written % 100 == 0:
        return ROUND_SLACK * abs(c.value)
    return 0.0


@dataclass(frozen=True)
class Interval:
    """The values a figure allows, in canonical units; an open end excludes its bound
    ("more than 4" is (4, inf))."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False

    def overlaps(self, other: "Interval") -> bool:
        # ends that differ only by float error from converting units are equal
        if isclose(self.high, other.low, rel_tol=1e-9):
            return not (self.open_high or other.open_low)
        if isclose(other.high, self.low, rel_tol=1e-9):
            return not (other.open_high or self.open_low)
        return not (self.high < other.low or other.high < self.low)

    def __str__(self) -> str:
        return (("(" if self.open_low else "[") + _num(self.low) + ", " + _num(self.high)
                + (")" if self.open_high else "]"))


def _num(x: float) -> str:
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    if abs(x) >= 1e5 or (x and abs(x) < 1e-2):
        mantissa, exp = f"{x:.3g}".split("e") if "e" in f"{x:.3g}" else (f"{x:.3g}", "0")
        return f"{mantissa}e{int(exp)}" if exp != "0" else mantissa
    return f"{x:.6g}"


def interval(c: Figure, settings: Settings = Settings(), tolerance: float = 0.0,
             converted: bool = False) -> Interval:
    """The interval of a figure: its hedged bounds, widened by its rounding and by `tolerance`
    (relative) when exact, converted to the base currency when it is money with a rate.
    `converted`: it is compared with a figure written in another unit or currency."""
    rate = settings.rates.get(c.currency, 1.0) if isinstance(c, Money) else 1.0
    low = float("-inf") if c.low is None else c.low * rate
    high = float("inf") if c.high is None else c.high * rate
    if low > high:  # "eight to one" read as a range
        low, high = high, low
    if c.bound == "=":
        slack = rounding(c, converted or rate != 1.0) * rate + tolerance * abs(c.value * rate)
        low, high = low - slack, high + slack
    return Interval(low, high, c.bound == ">", c.bound == "<")


# Words that pin a sentence to a moment. Figures in the news change from day to day (prices,
# rates, monthly statistics): two sentences that name different moments, or one that names a
# moment and one that does not, are not about the same moment as far as we can tell.
_MOMENT_WORDS = frozenset([*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "tonight",
                           "morning", "afternoon", "evening", "noon", "weekend"])
_PERIODS = "week|weekend|month|year|quarter|decade|season|summer|winter|spring|autumn"
_PERIOD_WORDS = frozenset(_PERIODS.split("|") + [p + "s" for p in _PERIODS.split("|")]
                          + ["last", "next", "previous", "past", "ago", "earlier", "later"])
_MOMENT = re.compile(r"\b(?:(?:last|next|this|previous|past|coming)\s+(?:%s)|(?:19|20)\d\d)\b"
                     % _PERIODS)
_MOMENTS: dict[str, frozenset[str]] = {}  # by sentence text


def moments(c: Claim) -> frozenset[str]:
    """The words and phrases of a claim's sentence that name a moment: "December", "Tuesday",
    "last month", "2004"."""
    found = _MOMENTS.get(c.sentence.text)
    if found is None:
        if len(_MOMENTS) > 100_000:
            _MOMENTS.clear()
        lower = c.sentence.text.lower()
        found = _MOMENTS[c.sentence.text] = frozenset(
            [w for w in _WORD.findall(lower) if w in _MOMENT_WORDS]
            + [" ".join(m.group().split()) for m in _MOMENT.finditer(lower)])
    return found


def scopes_comparable(a: Claim, b: Claim, published: dict[str, date | None],
                      max_gap_days: int) -> tuple[bool, str]:
    """Whether two claims can refer to the same moment, and why (for the report). A target
    and a current figure never can; two current figures can when their articles were
    published within `max_gap_days` of each other (or either has no date). Two sentences that
    name different moments ("in December", "on Tuesday", "last year") never can."""
    sa, sb = a.scope, b.scope
    if sa.kind != sb.kind:
        return False, f"{sa.kind} vs {sb.kind}"
    if sa.year and sb.year and sa.year != sb.year:
        return False, f"{sa.kind} {sa.year} vs {sb.year}"
    ma, mb = moments(a), moments(b)
    # a target may or may not restate its year; a current or past figure is of the moment
    # its sentence names, or of an unnamed one
    if (ma != mb) if sa.kind != "target" else (ma and mb and ma != mb):
        return False, f"the sentences name different moments ({_listed(ma)} vs {_listed(mb)})"
    when = sa.year or sb.year
    why = f"both {sa.kind}" + (f" ({when})" if when else "")
    if sa.kind == "present" and not when:
        pa, pb = published.get(a.span.source), published.get(b.span.source)
        if pa and pb:
            gap = abs((pa - pb).days)
            if gap > max_gap_days:
                return False, f"both present, but published {gap} days apart ({pa}, {pb})"
            why += f", published {pa} and {pb}" if pa != pb else f", both published {pa}"
        else:
            why += ", publication dates unknown" if not (pa or pb) else \
                ", one publication date unknown"
    if ma:
        why += f"; both sentences name {_listed(ma)}"
    return True, why


def _listed(words: frozenset[str]) -> str:
    return ", ".join(sorted(words)) or "none"


def written_unit(c: Figure) -> str | float | None:
    """What the digits of a figure count: its currency, or the factor from its written unit
    to the canonical one ("km" and "kilometres" alike). Two figures written alike compare
    digit for digit; otherwise one is a conversion of the other, and rounded."""
    if isinstance(c, Money):
        return c.currency
    if isinstance(c, Percent):  # "two thirds" is a percentage rounded to a fraction
        return None if any(ch.isdigit() for ch in c.span.text) else "fraction"
    if c.surface.number and c.value:
        return float(f"{c.value / c.surface.number:.9g}")
    return None


def blocks(claims: Iterable[Claim], settings: Settings = Settings()
           ) -> dict[tuple[str, str], list[Figure]]:
    """Figures by (kind of amount, subject key), subjects spelled nearly alike merged."""
    out: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    figures = [c for c in claims if isinstance(c, (Quantity, Money, Percent))]
    keys = {c.id: subject_key(c, settings) for c in figures}
    same = merged_keys(set(keys.values()))
    for c in figures:
        measure = measure_key(c, settings)
        if measure:
            out[(measure, same.get(keys[c.id], keys[c.id]))].append(c)
    return out


_COMPACT = re.compile(r"[\s'’.-]+")


def merged_keys(keys: set[str], min_ratio: float = 92) -> dict[str, str]:
    """Entity keys that name one entity, mapped to one of them: keys equal but for spaces and
    punctuation ("arcelor mittal", "arcelormittal"), or long and nearly equal (rapidfuzz
    ratio >= `min_ratio`: "deutsche telekom", "deutsche telecom"). Short names differing by a
    letter ("blair", "blaire") are kept apart: they are as often two people. Keys are
    compared only with keys of the same first two letters, so the cost stays near linear."""
    by_compact: dict[str, str] = {}
    out: dict[str, str] = {}
    for key in sorted(keys):
        compact = _COMPACT.sub("", key)
        first = by_compact.setdefault(compact, key)
        if first != key:
            out[key] = first
    groups: dict[str, list[str]] = defaultdict(list)
    for compact, key in by_compact.items():
        if len(compact) >= 8:
            groups[compact[:2]].append(compact)
    for group in groups.values():
        for i, a in enumerate(group):
            if by_compact[a] in out:
                continue
            for b in group[i + 1:]:
                if by_compact[b] not in out and fuzz.ratio(a, b) >= min_ratio:
                    out[by_compact[b]] = by_compact[a]
    # keys folded into a key that was itself folded follow it
    return {k: out.get(v, v) for k, v in out.items()}
