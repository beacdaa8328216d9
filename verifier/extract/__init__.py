"""Turn a segmented source into typed claims, and count what was seen and skipped."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from ..records import (Claim, DateClaim, Money, Percent, Prediction, Quantity, Quote, Source,
                       Surface, TimeScope)
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
    lowercase = set(re.findall(r"(?<![.!?]\s)\b([a-z][a-z’'-]+)\b", text[source.body_start:]))
    claims: list[Claim] = []
    number_reason: dict[int, str] = {}  # start of each digit run -> what became of it
    sent_entities = {}
    all_entities = []
    for sent in seg.sentences:
        ents = context.entities(text, sent.start, sent.end, lowercase)
        sent_entities[sent.start] = ents
        all_entities.extend(ents)
    title_end = seg.sentences[0].end if seg.sentences and seg.sentences[0].heading else 0
    main = context.main_entity(all_entities, title_end)
    names = _display_names(all_entities)

    def base(kind: str, start: int, end: int, sent, **extra) -> dict:
        key, how = context.subject(text, sent.start, start, end, sent_entities[sent.start])
        if key is None and main is not None:
            key, how = main, "article"
        kind_s, year, cue = context.time_scope(text, sent.start, sent.end, start, end,
                                               published.year if published else None)
        return dict(id=f"{kind}:{source.id}:{start}", span=source.span(start, end),
                    sentence=source.span(sent.start, sent.end), subject=names.get(key, key),
                    subject_from=how, citations=list(sent.citations),
                    scope=TimeScope(kind=kind_s, year=year, cue=cue), heading=sent.heading,
                    **extra)

    footnotes = [(c.span.start, c.span.end) for s in seg.sentences for c in s.citations
                 if c.kind == "footnote"]
    people: list[str] = []
    for sent in _sentences_with(_MAY_HOLD_CLAIM, text, seg):
        found, skips = figures.scan(text, sent.start, sent.end)
        for f in found:
            _mark(number_reason, text, f.start, f.end, "claim")
            claims.append(_figure_claim(f, base(f.kind, f.start, f.end, sent), text, sent))
        date_found, name_years, undated = dates.scan(text, sent.start, sent.end, published)
        for d in date_found:
            _mark(number_reason, text, d.start, d.end, "date")
            claims.append(DateClaim(value=d.value, precision=d.precision,
                                    **base("date", d.start, d.end, sent)))
        for s, e in name_years:
            _mark(number_reason, text, s, e, "name with year")
        for s, e in undated:
            _mark(number_reason, text, s, e, "relative date, article undated")
        for k in skips:
            reason = "footnote" if any(a <= k.start < b for a, b in footnotes) else k.reason
            _mark(number_reason, text, k.start, k.end, reason)
    for sent in _sentences_with(predictions.CUE, text, seg):
        p = predictions.scan(text, sent.start, sent.end, published)
        if p:
            fields = base("prediction", p.start, p.end, sent)
            fields["scope"] = TimeScope(kind="target", year=p.deadline.year if p.deadline else None,
                                        cue=p.cue)
            claims.append(Prediction(cue=p.cue, deadline=p.deadline, precision=p.precision,
                                     deadline_text=p.deadline_text, unresolved=p.unresolved,
                                     **fields))
    skipped_at = [(s, e, r) for s, e, r in seg.skipped]
    for q in quotes.scan(text, source.body_start, len(text), people):
        sent = seg.sentence_at(q.start)
        if sent is None or any(s <= q.start < e for s, e, _ in skipped_at):
            continue
        claims.append(Quote(quote=q.words, speaker=q.speaker, **base("quote", q.start, q.end, sent)))
    for s, e, reason in skipped_at:
        _mark(number_reason, text, s, e, reason)
    claims.sort(key=lambda c: (c.span.start, c.kind))
    return Extraction(claims, _coverage(text, source.body_start, number_reason, claims), names)


# Anything a figure or a date can start with: a digit, a number word, a month, a weekday, a
# relative time word. One pass over the text finds the few sentences worth a closer look.
_MAY_HOLD_CLAIM = re.compile(
    rf"[0-9]|(?:{numwords.ANCHOR}|{dates.ANCHOR_WORDS}|several|Several|dozens|Dozens|hundreds"
    r"|Hundreds|thousands|Thousands|millions|Millions|billions|Billions|week|month|year"
    r"|quarter|decade)\b")


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


def _display_names(mentions: list[context.Entity]) -> dict[str, str]:
    by_key: dict[str, Counter] = {}
    for m in mentions:
        by_key.setdefault(m.key, Counter())[m.name] += 1
    return {k: max(c.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
            for k, c in by_key.items()}


def _figure_claim(f: figures.Figure, fields: dict, text: str, sent) -> Claim:
    fields["metric"] = " ".join(context.metric_words(text, sent.start, sent.end, f.start, f.end)) or None
    common = dict(value=f.value, low=f.low, high=f.high, bound=f.bound, change=f.change,
                  surface=Surface(number=f.surface_number, unit=f.surface_unit), **fields)
    if f.kind == "money":
        return Money(currency=f.currency, **common)
    if f.kind == "percent":
        return Percent(unit=f.unit, **common)
    return Quantity(unit=f.unit, dimension=f.dimension, noun=f.noun, **common)
