"""Turn a segmented source into typed claims, and count what was seen and skipped."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from ..records import (Claim, DateClaim, Money, Percent, Prediction, Quantity, Quote, Span,
                       Surface, TimeScope)
from ..segment import Segments, Sentence
from ..trusted import record, span
from . import context, dates, figures, numwords, predictions, quotes
from .chars import a_to_z_only, finditer_marked, lower_same_length, mark_table


@dataclass
class Extraction:
    claims: list[Claim]
    coverage: dict = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)  # key -> display name


def extract_source(seg: Segments) -> Extraction:
    source, text = seg.source, seg.source.text
    lower = lower_same_length(text)
    letters = a_to_z_only(lower)  # a sentence's words are a split of its slice
    published = source.published
    numbers = _DigitRuns(text, source.body_start)
    footnotes = [(c.span.start, c.span.end) for s in seg.sentences for c in s.citations
                 if c.kind == "footnote"]
    # First find what each sentence claims; then work out what each claim is about.
    found: list[tuple[str, Any, Sentence]] = []  # (kind, mention, sentence)
    sentence_words: dict[int, set[str]] = {}  # by sentence start, where looked at
    cue_sentences = []
    for sent in seg.sentences:
        runs = numbers.within(sent.start, sent.end)
        has_digit = bool(runs)
        raw_words = letters[sent.start:sent.end].split()
        if not has_digit and _ANY_CLAIM_WORDS.isdisjoint(raw_words):
            continue  # most sentences: no number, date or prediction to look for
        words = sentence_words[sent.start] = set(raw_words)
        # Dates first: a number inside a date is part of the date. A bare year is only a
        # guess, though: when a figure claims the number ("2000 calories", "about 1800 - 2200
        # calories"), the figure wins.
        date_found, name_years, undated = [], [], []
        # a date holds a word of _DATE_WORDS or a year (a run of four digits from 1800 on)
        if not words.isdisjoint(_DATE_WORDS) or any(
                b - a == 4 and text[a:a + 2] in ("18", "19", "20") for a, b in runs):
            date_found, name_years, undated = dates.scan(text, sent.start, sent.end, published)
        if not words.isdisjoint(predictions.CUE_WORDS):  # its deadline is among these dates
            cue_sentences.append((sent, date_found, undated))
        firm = undated + name_years
        if date_found:  # (comprehensions cost a call even over nothing: all are guarded)
            firm = [(d.start, d.end) for d in date_found
                    if not _BARE_YEAR.fullmatch(text, d.start, d.end)] + firm
        figs: list = []
        if has_digit or not words.isdisjoint(_FIGURE_WORDS):
            figs, skips = figures.scan(text, sent.start, sent.end, words, firm, runs)
            if firm:
                figs = [f for f in figs if not any(a <= f.start < b for a, b in firm)]
            if figs and date_found:
                date_found = [d for d in date_found
                              if not _BARE_YEAR.fullmatch(text, d.start, d.end)
                              or not any(f.start < d.end and d.start < f.end for f in figs)]
            if runs:  # skips and marks only say what became of digit runs
                for k in skips:
                    if k.reason != "date" or not any(d.start <= k.start < d.end
                                                     for d in date_found):
                        reason = "footnote" if footnotes and any(
                            a <= k.start < b for a, b in footnotes) else k.reason
                        numbers.mark(k.start, k.end, reason)
        if runs:
            for f in figs:
                numbers.mark(f.start, f.end, "claim")
            for d in date_found:
                numbers.mark(d.start, d.end, "date")
            for s, e in name_years:
                numbers.mark(s, e, "name with year")
            for s, e in undated:
                numbers.mark(s, e, "relative date, article undated")
        # (the claims are sorted below: this order only keeps that of equal mentions)
        for d in date_found:
            found.append(("date", d, sent))
        for f in figs:
            found.append((f.kind, f, sent))
    for sent, in_dates, undated in cue_sentences:
        p = predictions.scan(text, sent.start, sent.end, published, (in_dates, undated))
        if p:
            found.append(("prediction", p, sent))
    skipped_at = [(s, e, r) for s, e, r in seg.skipped]
    for q in quotes.scan(text, source.body_start, len(text), []):
        at = seg.sentence_at(q.start)
        if at is not None and not (skipped_at and any(s <= q.start < e
                                                      for s, e, _ in skipped_at)):
            found.append(("quote", q, at))
    for s, e, reason in skipped_at:
        numbers.mark(s, e, reason)

    subjects = _Subjects(seg, lower, {sent.start for _, _, sent in found}, letters,
                         sentence_words)
    # in the claims' order, sorted here on the mentions: reading a record's attribute is slow
    # (pydantic's __getattr__ hook takes every attribute read off the fast path)
    found.sort(key=_by_start_and_kind)
    claims = [_claim(kind, m, sent, subjects) for kind, m, sent in found]
    return Extraction(claims, _coverage(numbers, Counter([kind for kind, _, _ in found])),
                      subjects.names)


def _by_start_and_kind(found: tuple[str, Any, Sentence]) -> tuple[int, str]:
    return found[1].start, found[0]


_BARE_YEAR: Final = re.compile(r"\d{4}")
# "the " opens the pattern, which the engine scans for on its own; \b before it would have the
# engine try a match at every position (so the lookbehind checks that boundary instead)
_REFERENCE: Final = re.compile(
    r"the (?<!\wthe )(?:company|firm|group|business|bank|carrier|"
    r"retailer|insurer|airline|operator|maker|lender|start-?up|"
    r"organisation|organization|agency|club|team|band|government|ministry|"
    r"party|union)\b")
# Words without which a sentence holds no figure or no date (tested as a set, which is far
# quicker than a regex of alternatives over every sentence)
_FIGURE_WORDS: Final = frozenset([*numwords.UNITS, *numwords.TENS, *numwords.SCALE_WORDS, "dozen",
                                  "dozens", "several", "hundreds", "thousands", "millions",
                                  "billions", "tens", "few", "couple", *figures.MULTIPLIER_WORDS,
                                  *figures.FRACTION_WORDS])
_DATE_WORDS: Final = frozenset(
    [*dates.MONTHS, *dates.WEEKDAYS, "today", "tonight", "yesterday",
    "tomorrow", "day", "days", "week", "weeks", "month", "months", "year",
    "years",
    "quarter", "decade", "weekend"])
_ANY_CLAIM_WORDS: Final = _FIGURE_WORDS | _DATE_WORDS | predictions.CUE_WORDS


# Time scopes recur ("present", "in 2024"): records are immutable, so claims share them
@lru_cache(maxsize=10_000)
def _scope(key: tuple[str, int | None, str | None]) -> TimeScope:
    """The time scope of (kind, year, cue), as context.time_scope gives them."""
    kind, year, cue = key
    return TimeScope(kind=kind, year=year, cue=cue)


class _Sentence:
    """What the claims of one sentence share: its entities, those that may be its subject,
    its span and its words (a_to_z_only)."""

    __slots__ = ("entities", "candidates", "span", "words")

    def __init__(self, lower: str, private: dict[str, Any], sent: Sentence,
                 entities: list[context.Entity], words: set[str]):
        self.entities = entities
        self.candidates = context.not_places(lower, sent.start, entities)
        self.span = span(Span, private, sent.start, sent.end)
        self.words = words


class _Subjects:
    """Entities of each sentence, the article's main entity, and the subject each claim is
    given."""

    def __init__(self, seg: Segments, lower: str, wanted: set[int], letters: str,
                 sentence_words: dict[int, set[str]]):
        self.seg, self.text, self.lower = seg, seg.source.text, lower
        self.letters, self.sentence_words = letters, sentence_words
        lowercase = context.LowerCaseWords(self.text, seg.source.body_start)
        title_end = seg.sentences[0].end if seg.sentences and seg.sentences[0].heading else 0
        # every sentence counts towards the main entity; mentions are kept where claims are
        self.by_sentence, self.main, self.names = context.article_entities(
            self.text, seg.sentences, wanted, lowercase, title_end)
        self.clauses = context.Clauses(self.text, seg.source.body_start)
        self._sentences: dict[int, _Sentence] = {}
        # read once: attribute access on a model (the Source) is slow
        source, published = seg.source, seg.source.published
        self.source_id, self.private = source.id, source.__pydantic_private__
        self.published_year = published.year if published else None

    def base(self, kind: str, start: int, end: int, sent: Sentence) -> dict[str, Any]:
        text = self.text
        ctx = self._sentences.get(sent.start)
        if ctx is None:
            words = self.sentence_words.get(sent.start)
            if words is None:  # a quote's sentence, passed over when looking for figures
                words = set(self.letters[sent.start:sent.end].split())
            ctx = self._sentences[sent.start] = _Sentence(self.lower, self.private, sent,
                                                          self.by_sentence[sent.start], words)
        key, how = context.subject(text, self.clauses, sent.start, start, end, ctx.entities,
                                   ctx.candidates)
        if key is None and self.main is not None:
            # "The company employs 850 people": a reference to the article's main entity
            refers = _REFERENCE.search(self.lower, sent.start, start)
            key, how = self.main, "reference" if refers else "article"
        scope = None
        if kind != "prediction":  # a prediction's scope is its deadline
            scope = _scope(context.time_scope(text, self.lower, sent.start, sent.end, start,
                                              end, self.published_year, ctx.words))
        # ClaimBase's fields, in the order it declares them (see trusted.record)
        return {"id": f"{kind}:{self.source_id}:{start}",
                "span": span(Span, self.private, start, end),
                "sentence": ctx.span, "subject": self.names.get(key, key), "subject_from": how,
                "citations": list(sent.citations), "scope": scope, "heading": sent.heading}


def _claim(kind: str, m: Any, sent: Sentence, subjects: _Subjects) -> Claim:
    # the kind's own fields are added in place, after the base's (the dict is ours): a copy
    # into a new dict would cost more than the stores
    values = subjects.base(kind, m.start, m.end, sent)
    if kind == "date":
        values["kind"], values["value"], values["precision"] = "date", m.value, m.precision
        return record(DateClaim, values)
    if kind == "prediction":
        values["scope"] = _scope(("target", m.deadline.year if m.deadline else None, m.cue))
        values["kind"], values["cue"], values["deadline"] = "prediction", m.cue, m.deadline
        values["precision"], values["deadline_text"] = m.precision, m.deadline_text
        values["unresolved"] = m.unresolved
        return record(Prediction, values)
    if kind == "quote":
        values["kind"], values["quote"], values["speaker"] = "quote", m.words, m.speaker
        return record(Quote, values)
    return _figure_claim(m, values, subjects.text, sent, subjects)


_DIGIT_MARKS: Final = mark_table(str.isdigit)


class _DigitRuns:
    """The digit runs of an article's body, found once, and what became of each: a claim, a
    date, or the reason it was skipped. Coverage counts them."""

    def __init__(self, text: str, body_start: int):
        self.spans = list(map(re.Match.span, finditer_marked(figures.DIGIT_RUN, text,
                                                             _DIGIT_MARKS, body_start)))
        self.starts = [s for s, _ in self.spans]
        self.reasons: dict[int, str] = {}

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The runs that start in text[start:end]."""
        return self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def mark(self, start: int, end: int, reason: str) -> None:
        """Say what became of the runs that start in text[start:end], unless already said."""
        starts, reasons = self.starts, self.reasons
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            reasons.setdefault(starts[i], reason)


def _coverage(numbers: _DigitRuns, kinds: Counter) -> dict:
    runs = len(numbers.starts)
    skipped = Counter(numbers.reasons.values())
    if len(numbers.reasons) < runs:  # numbers nothing claimed or skipped
        skipped["no unit"] += runs - len(numbers.reasons)
    figures_made = skipped.pop("claim", 0)
    in_dates = skipped.pop("date", 0)
    return {"numbers": runs, "numbers_in_figures": figures_made,
            "numbers_in_dates": in_dates, "skipped": dict(sorted(skipped.items())),
            "claims": dict(sorted(kinds.items()))}


def _figure_claim(f: figures.Figure, base: dict[str, Any], text: str, sent: Sentence,
                  subjects: _Subjects) -> Claim:
    metric = " ".join(context.metric_words(
        text, subjects.lower, subjects.clauses, sent.start, sent.end, f.start, f.end,
        letters=subjects.letters)) or None
    surface = record(Surface, {"number": _float(f.surface_number), "unit": f.surface_unit})
    values = base  # FigureBase's fields, then the kind's own, added in place as in _claim
    values["value"], values["low"], values["high"] = float(f.value), _float(f.low), _float(f.high)
    values["bound"], values["change"], values["surface"] = f.bound, f.change, surface
    values["metric"], values["per"], values["kind"] = metric, f.per, f.kind
    if f.kind == "money":
        values["currency"] = f.currency
        return record(Money, values)
    values["unit"] = f.unit
    if f.kind == "percent":
        return record(Percent, values)
    values["dimension"], values["noun"] = f.dimension, f.noun
    return record(Quantity, values)


def _float(x: float | None) -> float | None:
    return None if x is None else float(x)
