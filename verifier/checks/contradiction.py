"""contradiction: the same figure, for the same subject and moment, with incompatible values.

What it does: blocks figures by (kind of amount, subject), with entity aliases from the
config. Within a block, each figure is paired, in every other article, with the
figures most alike in what they measure (metric words and counted noun, stemmed, synonyms from
the config, rapidfuzz for spelling variants) whose time scopes can refer to the same moment. If
none of those agrees with it, the article contradicts it. Intervals carry hedges ("more than",
"about"), rounding ("1.2 million" is 1.15-1.25 million) and converted units; money converts
only through the config's currency rates. Within one article only a bracketed equivalent is compared
("one gigawatt (1,000 megawatts)"): an article's other figures of one kind are, far more
often than not, about different things.

Why it matters: one of the two statements is wrong or needs qualifying; readers who see both
lose trust in both.

Example: "Acme operates 10,000 servers" (a.md) vs "Acme runs several hundred servers" (b.md).
Not a contradiction: "8" vs "more than 3"; "about 1.2 million" vs "1.25 million"; a target
("will run 18,000 servers") vs a current figure.

Options: `tolerance` (extra relative slack for exact figures, default 0),
`min_metric_similarity` (0-1, how alike the measured words must be, default 0.5),
`max_gap_days` (current figures of articles published further apart are not compared,
default 365).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from .. import index, intervals, measured, moments
from .base import Corpus, bracketed_equivalent, describe, finding, shown

MAX_LISTED = 5  # other articles named in one finding; the rest are counted


@dataclass
class _Statement:
    """Figures of one block that say the same thing in the same words, in any articles."""

    claims: list
    interval: intervals.Interval
    converted: intervals.Interval  # when compared with a figure written in another unit
    profile: measured.Profile  # what it measures
    unit: str | None  # as written

    def agrees(self, other: "_Statement") -> bool:
        if self.unit == other.unit:
            return self.interval.overlaps(other.interval)
        return self.converted.overlaps(other.converted)

    @property
    def first(self):
        return self.claims[0]


def run(rule, corpus: Corpus):
    settings = corpus.settings
    figures = [c for c in corpus.claims if c.kind in rule.claims and c.kind in index.FIGURE_KINDS]
    yield from _brackets(rule, figures, settings)
    for key, block in sorted(index.blocks(figures, settings).items()):
        yield from _block(rule, corpus, key[0], _statements(block, settings, rule.tolerance))


def _statements(block, settings, tolerance) -> list[_Statement]:
    by_key: dict[tuple, _Statement] = {}
    for c in block:
        terms = measured.terms(c, settings)
        iv = intervals.interval(c, settings, tolerance)
        unit = intervals.written_unit(c)
        key = (iv, terms, c.scope, unit)
        st = by_key.get(key)
        if st is None:
            by_key[key] = _Statement([c], iv, intervals.interval(c, settings, tolerance, True),
                                     measured.profile(c, settings, terms), unit)
        else:
            st.claims.append(c)
    return list(by_key.values())


def _block(rule, corpus: Corpus, measure: str, statements: list[_Statement]):
    """Findings of one block: each statement is compared, in each other article, with the
    statements of that article most alike it; a contradiction when those state the same thing
    and none of them agrees with it."""
    if len(statements) < 2:
        return
    # every pair of statements whose time scopes can refer to the same moment
    near: dict[int, list[tuple[measured.Match, int, str]]] = defaultdict(list)
    for i, s in enumerate(statements):
        for j in range(i + 1, len(statements)):
            t = statements[j]
            ok, when = moments.scopes_comparable(s.first, t.first, corpus.published,
                                               rule.max_gap_days)
            if ok:
                m = measured.match(s.profile, t.profile, rule.min_metric_similarity)
                near[i].append((m, j, when))
                near[j].append((m, i, when))
    for i, s in enumerate(statements):
        # per article: the closest statements, whether one of them agrees
        best: dict[str, tuple[measured.Match, bool, int, str]] = {}
        for m, j, when in sorted(near[i], key=lambda x: x[0].rank, reverse=True):
            agrees = s.agrees(statements[j])
            for src in {c.span.source for c in statements[j].claims}:
                seen = best.get(src)
                if seen is None:
                    best[src] = (m, agrees, j, when)
                elif agrees and m.rank == seen[0].rank:
                    best[src] = (seen[0], True, seen[2], seen[3])
        flagged = sorted((src, j, m, when) for src, (m, agrees, j, when) in best.items()
                         if m.same and not agrees)
        if not flagged:
            continue
        sources = [src for src, *_ in flagged]
        held = Counter(c.span.source for c in s.claims)
        for c in s.claims:
            # each disagreement is reported once, on the figure of the earlier article; an
            # article that states this very figure too agrees with it
            others = [(next(o for o in statements[j].claims if o.span.source == src), m, when)
                      for src, j, m, when in flagged[bisect_right(sources, c.span.source):]
                      if not held[src]]
            if others:
                yield _finding(rule, corpus.settings, measure, c, others)


def _brackets(rule, figures, settings):
    """A figure followed by a bracketed equivalent ("one gigawatt (1,000 megawatts)"): the
    two must agree."""
    for a, b in zip(figures, figures[1:]):
        if not bracketed_equivalent(a, b):
            continue
        measure = index.measure_key(a, settings)
        if measure is None or measure != index.measure_key(b, settings):
            continue
        converted = intervals.written_unit(a) != intervals.written_unit(b)
        if intervals.interval(a, settings, rule.tolerance, converted).overlaps(
                intervals.interval(b, settings, rule.tolerance, converted)):
            continue
        yield _finding(rule, settings, measure, a,
                       [(b, None, "a bracketed equivalent in the same sentence")])


def _finding(rule, settings, measure, c, others):
    other, m, why = others[0]
    more = len(others) - 1
    listed = others[:MAX_LISTED]
    metric = getattr(c, "noun", None) or c.metric or measure
    details = {
        "this": f"{describe(c)}, interval {intervals.interval(c, settings, rule.tolerance)}",
        "other": "; ".join(f"{describe(o)}, interval {intervals.interval(o, settings, rule.tolerance)} "
                           f"({o.span.source}:{o.span.line})" for o, _, _ in listed)
                 + (f"; and {len(others) - len(listed)} more" if len(others) > len(listed) else ""),
        "subject": f"{c.subject} ({c.subject_from}) / {other.subject} ({other.subject_from})",
        "metric": f"{c.metric or '-'} / {other.metric or '-'}"
                  + (f" ({m.why})" if m else " (bracketed)"),
        "time scope": why,
    }
    return finding(rule, c.span, dict(
        subject=c.subject, metric=metric, value=shown(c.span.text),
        other_value=shown(other.span.text), other_source=other.span.source,
        other_line=other.span.line, unit=measure,
        more=f" (and {more} more)" if more else ""),
        related=[o.span for o, _, _ in listed], claims=[c] + [o for o, _, _ in listed],
        details=details)
