"""Turn a segmented source into typed claims, and count what was seen and skipped."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from ..records import (Claim, DateClaim, Money, Percent, Prediction, Quantity, Quote, Surface,
                       TimeScope)
from ..segment import Segments
from . import context, dates, figures, numwords, predictions, quotes

_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Extraction:
    claims: list[Claim]
    coverage: dict = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)  # key -> display name


def extract_source(seg: Segments) -> Extraction:
    source, text = seg.source, seg.source.text
    published = source.published
    number_reason: dict[int, str] = {}  # start of each digit run -> what became of it
    footnotes = [(c.span.start, c.span.end) for s in seg.sentences for c in s.citations
                 if c.kind == "footnote"]
    # First find what each sentence claims; then work out what each claim is about.
    found: list[tuple[str, object, object]] = []  # (kind, mention, sentence)
    for sent in seg.sentences:
        chunk = text[sent.start:sent.end]
        has_digit = _DIGIT.search(chunk) is not None
        words = set(_LOWER_WORD.findall(chunk.lower()))
        # Dates first: a number inside a date is part of the date. A bare year is only a
        # guess, though: when a figure claims the number ("2000 calories", "about 1800 - 2200
        # calories"), the figure wins.
        date_found, name_years, undated = [], [], []
        if has_digit or not words.isdisjoint(_DATE_WORDS):
            date_found, name_years, undated = dates.scan(text, sent.start, sent.end, published)
        firm = [(d.start, d.end) for d in date_found if not _BARE_YEAR.fullmatch(
            text, d.start, d.end)] + undated + name_years
        figs: list = []
        if has_digit or not words.isdisjoint(_FIGURE_WORDS):
            figs, skips = figures.scan(text, sent.start, sent.end, words, firm)
            figs = [f for f in figs if not any(a <= f.start < b for a, b in firm)]
            date_found = [d for d in date_found if not _BARE_YEAR.fullmatch(text, d.start, d.end)
                          or not any(f.start < d.end and d.start < f.end for f in figs)]
            for k in skips:
                if k.reason != "date" or not any(d.start <= k.start < d.end for d in date_found):
                    reason = "footnote" if any(a <= k.start < b for a, b in footnotes) \
                        else k.reason
                    _mark(number_reason, text, k.start, k.end, reason)
        for f in figs:
            _mark(number_reason, text, f.start, f.end, "claim")
        for d in date_found:
            _mark(number_reason, text, d.start, d.end, "date")
        for s, e in name_years:
            _mark(number_reason, text, s, e, "name with year")
        for s, e in undated:
            _mark(number_reason, text, s, e, "relative date, article undated")
        found += [("date", d, sent) for d in date_found] + [(f.kind, f, sent) for f in figs]
    for sent in _sentences_with(predictions.CUE, text, seg):
        p = predictions.scan(text, sent.start, sent.end, published)
        if p:
            found.append(("prediction", p, sent))
    skipped_at = [(s, e, r) for s, e, r in seg.skipped]
    for q in quotes.scan(text, source.body_start, len(text), []):
        sent = seg.sentence_at(q.start)
        if sent is not None and not any(s <= q.start < e for s, e, _ in skipped_at):
            found.append(("quote", q, sent))
    for s, e, reason in skipped_at:
        _mark(number_reason, text, s, e, reason)

    subjects = _Subjects(seg, {sent.start for _, _, sent in found})
    claims = [_claim(kind, m, sent, subjects) for kind, m, sent in found]
    claims.sort(key=lambda c: (c.span.start, c.kind))
    return Extraction(claims, _coverage(text, source.body_start, number_reason, claims),
                      subjects.names)


_DIGIT = re.compile(r"[0-9]")
_BARE_YEAR = re.compile(r"\d{4}")
_LOWER_TOKEN = re.compile(r"[a-z][a-z’'-]+")
_LOWER_WORD = re.compile(r"[a-z]+")
# Words without which a sentence holds no figure or no date (tested as a set, which is far
# quicker than a regex of alternatives over every sentence)
_FIGURE_WORDS = frozenset([*numwords.UNITS, *numwords.TENS, *numwords.SCALE_WORDS, "dozen",
                           "dozens", "several", "hundreds", "thousands", "millions",
                           "billions", "tens", "few", "couple", *figures.MULTIPLIER_WORDS,
                           *figures.FRACTION_WORDS])
_DATE_WORDS = frozenset([*dates.MONTHS, *dates.WEEKDAYS, "today", "tonight", "yesterday",
                         "tomorrow", "week", "weeks", "month", "months", "year", "years",
                         "quarter", "decade", "weekend"])


class _Subjects:
    """Entities of each sentence, the article's main entity, and the subject each claim is
    given."""

    def __init__(self, seg: Segments, wanted: set[int]):
        self.seg, self.text = seg, seg.source.text
        body = self.text[seg.source.body_start:]
        # words the article writes in lower case; a pattern that opens with a plain character
        # class scans fast (tails of capitalised words come along, and never equal a word)
        lowercase = set(_LOWER_TOKEN.findall(body))
        title_end = seg.sentences[0].end if seg.sentences and seg.sentences[0].heading else 0
        # every sentence counts towards the main entity; mentions are kept where claims are
        self.by_sentence, self.main, self.names = context.article_entities(
            self.text, seg.sentences, wanted, lowercase, title_end)
        self._sentence_spans: dict[int, object] = {}
        self._candidates: dict[int, list] = {}

    def base(self, kind: str, start: int, end: int, sent) -> dict:
        text, source = self.text, self.seg.source
        ents = self.by_sentence[sent.start]
        candidates = self._candidates.get(sent.start)
        if candidates is None:
            candidates = self._candidates[sent.start] = context.not_places(text, sent.start, ents)
        key, how = context.subject(text, sent.start, start, end, ents, candidates)
        if key is None and self.main is not None:
            key, how = self.main, "article"
        published = source.published
        kind_s, year, cue = context.time_scope(text, sent.start, sent.end, start, end,
                                               published.year if published else None)
        sentence = self._sentence_spans.get(sent.start)
        if sentence is None:  # claims of one sentence share its span
            sentence = self._sentence_spans[sent.start] = source.span(sent.start, sent.end)
        return dict(id=f"{kind}:{source.id}:{start}", span=source.span(start, end),
                    sentence=sentence,
                    subject=self.names.get(key, key), subject_from=how,
                    citations=list(sent.citations),
                    scope=TimeScope(kind=kind_s, year=year, cue=cue), heading=sent.heading)


def _claim(kind: str, m, sent, subjects: _Subjects) -> Claim:
    fields = subjects.base(kind, m.start, m.end, sent)
    if kind == "date":
        return DateClaim(value=m.value, precision=m.precision, **fields)
    if kind == "prediction":
        fields["scope"] = TimeScope(kind="target", year=m.deadline.year if m.deadline else None,
                                    cue=m.cue)
        return Prediction(cue=m.cue, deadline=m.deadline, precision=m.precision,
                          deadline_text=m.deadline_text, unresolved=m.unresolved, **fields)
    if kind == "quote":
        return Quote(quote=m.words, speaker=m.speaker, **fields)
    return _figure_claim(m, fields, subjects.text, sent)


def _sentences_with(pattern: re.Pattern, text: str, seg: Segments):
    """The sentences of `seg` in which `pattern` matches, in order, each once."""
    starts = [s.start for s in seg.sentences]
    pos = seg.source.body_start
    while (m := pattern.search(text, pos)) is not None:
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < seg.sentences[i].end:
            yield seg.sentences[i]
            pos = seg.sentences[i].end
        else:
            pos = starts[i + 1] if i + 1 < len(starts) else len(text)


def _mark(reasons: dict[int, str], text: str, start: int, end: int, reason: str) -> None:
    for m in _DIGIT_RUN.finditer(text, start, end):
        reasons.setdefault(m.start(), reason)


def _coverage(text: str, body: int, reasons: dict[int, str], claims: list[Claim]) -> dict:
    runs = [m.start() for m in _DIGIT_RUN.finditer(text, body)]
    skipped = Counter(reasons.get(r, "no unit") for r in runs)
    figures_made = skipped.pop("claim", 0)
    skipped.pop("date", None)
    return {"numbers": len(runs), "numbers_in_figures": figures_made,
            "numbers_in_dates": sum(1 for r in runs if reasons.get(r) == "date"),
            "skipped": dict(sorted(skipped.items())),
            "claims": dict(sorted(Counter(c.kind for c in claims).items()))}


def _figure_claim(f: figures.Figure, fields: dict, text: str, sent) -> Claim:
    fields["metric"] = " ".join(context.metric_words(text, sent.start, sent.end, f.start, f.end)) or None
    common = dict(value=f.value, low=f.low, high=f.high, bound=f.bound, change=f.change, per=f.per,
                  surface=Surface(number=f.surface_number, unit=f.surface_unit), **fields)
    if f.kind == "money":
        return Money(currency=f.currency, **common)
    if f.kind == "percent":
        return Percent(unit=f.unit, **common)
    return Quantity(unit=f.unit, dimension=f.dimension, noun=f.noun, **common)
