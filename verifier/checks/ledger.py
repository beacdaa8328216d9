"""ledger: figures that disagree with the trusted claims ledger (claims/).

What it does: compares each figure with the ledger entries for the same subject and kind of
amount whose metric words match; a figure whose interval does not overlap the ledger value is
reported. Figures that agree are counted as verified in the report.

Why it matters: the ledger holds the figures the newsroom has checked against a primary
source; an article that disagrees with it is probably wrong.

Example: ledger "Acme / servers / 10000"; article "Acme operates 500 servers".

Options: `tolerance` (extra relative slack, default 0), `min_metric_similarity` (default 0.5).
"""

from __future__ import annotations

from collections import defaultdict

from .. import index, intervals, measured
from .base import Corpus, describe, finding, shown


def matches(rule, corpus: Corpus):
    """(article figure, ledger claim, agrees) for every pair the ledger speaks to."""
    settings = corpus.settings
    by_block = defaultdict(list)
    for entry in corpus.ledger:
        by_block[(index.measure_key(entry, settings), index.subject_key(entry, settings))].append(
            (entry, measured.terms(entry, settings), intervals.interval(entry, settings, rule.tolerance)))
    for c in corpus.claims:
        if c.kind not in rule.claims or c.kind not in index.FIGURE_KINDS or not c.subject:
            continue
        block = by_block.get((index.measure_key(c, settings), index.subject_key(c, settings)))
        if not block or c.scope.kind == "target":
            continue
        terms = measured.terms(c, settings)
        for entry, entry_terms, entry_interval in block:
            if measured.coverage(entry_terms, terms) < rule.min_metric_similarity:
                continue
            yield c, entry, intervals.interval(c, settings, rule.tolerance).overlaps(entry_interval)


def run(rule, corpus: Corpus):
    for c, entry, agrees in matches(rule, corpus):
        if agrees:
            continue
        yield finding(rule, c.span, dict(
            subject=c.subject, metric=entry.metric, value=shown(c.span.text),
            ledger_value=f"{entry.surface.number:g} {entry.surface.unit}", ledger_source=corpus.ledger_sources.get(entry.id, ""),
            as_of=entry.scope.year or ""), related=[entry.span], claims=[c],
            details={"this": describe(c), "ledger": describe(entry)})
