"""What a figure measures, and whether two figures of a block state the same thing: their
measured words (metric, counted noun, the words after the figure), their heads, their subjects,
and the words around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .extract.context import STOP_WORDS
from .extract.figures import CHANGE_WORDS
from .index import Figure, Settings, term
from .moments import MOMENT_WORDS, PERIOD_WORDS, WORD, moments
from .records import Claim

_STOP = frozenset(["and", "or", "of", "the", "a", "an"])


def terms(c: Figure, settings: Settings = Settings()) -> frozenset[str]:
    """What a figure measures, as a set of normalised words: its metric words and a count's
    counted noun phrase, stemmed, synonyms mapped to one, less the words of its
    subject (the block already says who)."""
    words = WORD.findall((c.metric or "").lower())
    if getattr(c, "noun", None):
        words += [w for w in WORD.findall(c.noun.lower()) if w not in _STOP]
    words += _after(c)
    subject = set(WORD.findall(c.subject.lower())) if c.subject else ()
    out = set()
    for w in words:
        # the moment is compared on its own (see moments)
        if w not in subject and w not in MOMENT_WORDS and w not in PERIOD_WORDS:
            t = term(w)
            out.add(settings.synonyms.get(t, t))
    return frozenset(out)


_CLAUSE_END = re.compile(r"[,;:()\[\]—–.?!]|\b(?:and|but|or|which|that|who|while|whereas)\b")


def _after(c: Figure, most: int = 3) -> list[str]:
    """The first content words after a figure in its clause: "25% more efficient", "a 300
    mile course"."""
    sentence = c.sentence
    rest = sentence.text[c.span.end - sentence.start:]
    end = _CLAUSE_END.search(rest)
    words = WORD.findall(rest[:end.start() if end else len(rest)].lower())
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


@dataclass(frozen=True)
class Profile:
    """What `match` reads of one figure, worked out once: a figure is matched with many."""

    terms: frozenset[str]
    head: str | None  # as written, for the report
    head_term: str | None  # stemmed, synonyms mapped, for comparing
    around: tuple[str, str]
    own_subject: bool  # named in its own sentence
    unmoored: bool  # a change or a price whose sentence names no moment


def profile(c: Figure, settings: Settings = Settings(),
            terms_: frozenset[str] | None = None) -> Profile:
    """`terms_`: terms(c, settings), if the caller has them."""
    word = head(c)
    stemmed = None if word is None else term(word)
    # a change ("rose 2%") or a price ("$49 a barrel") is of a moment: when neither sentence
    # names it, only a restated sentence says two are of the same one
    return Profile(terms(c, settings) if terms_ is None else terms_, word,
                   None if stemmed is None else settings.synonyms.get(stemmed, stemmed),
                   _around(c), c.subject_from in OWN_SUBJECT,
                   bool((c.change or c.per) and not moments(c)))


def match(a: Profile, b: Profile, min_similarity: float) -> Match:
    """How alike two figures of a block are in what they measure (see MIN_SHARED)."""
    sim, jaccard, shared = closeness(a.terms, b.terms)
    (before_a, after_a), (before_b, after_b) = a.around, b.around
    restated = min(fuzz.ratio(before_a, before_b), fuzz.ratio(after_a, after_b))
    if len(f"{before_a} {after_a}".split()) < MIN_AROUND:  # "Att: 38,153" restates nothing
        restated = 0.0
    heads_differ = a.head_term is not None and b.head_term is not None and not _shared(
        frozenset([a.head_term]), frozenset([b.head_term]))
    evidence = shared + (a.own_subject and b.own_subject)
    same = restated >= MIN_RESTATED or (
        sim >= min_similarity and shared >= MIN_SHARED and evidence >= MIN_EVIDENCE
        and (a.own_subject or b.own_subject) and not heads_differ and not a.unmoored)
    why = (f"similarity {sim:.2f}, {shared} shared word(s), measuring "
           f"{a.head or '?'} / {b.head or '?'}; the words around the figures are "
           f"{restated:.0f}% alike")
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
    elif after and after[0] not in STOP_WORDS and after[0] not in PERIOD_WORDS \
            and after[0] not in CHANGE_WORDS:
        word = after[0]
    if word is None:
        before = lower[:c.span.start - c.sentence.start]
        cut = max(before.rfind(ch) for ch in ",;:(")
        for w in reversed(_HEAD_WORD.findall(before[cut + 1:])):
            # "prices fell 2%" measures prices
            if w not in STOP_WORDS and w not in PERIOD_WORDS and w not in MOMENT_WORDS \
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
