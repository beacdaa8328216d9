"""ledger: figures that disagree with the trusted claims ledger (claims/).

What it does: compares each figure with the ledger entries for the same subject and kind of
amount whose metric words match; a figure whose interval does not overlap the ledger value is
reported. Figures that agree are counted as verified in the report.

Why it matters: the ledger holds the figures the newsroom has checked against a primary
source; an article that disagrees with it is probably wrong.

Example: ledger "Acme / servers / 10000"; article "Acme operates 500 servers".

Options: `tolerance` (default 0.02), `min_metric_overlap` (default 0.5).
"""

from __future__ import annotations

from collections import defaultdict

from .. import index
from ..extract.context import entity_key
from .base import Corpus, describe, finding, shown


def matches(rule, corpus: Corpus):
    """(article figure, ledger claim, agrees) for every pair the ledger speaks to."""
    by_block = defaultdict(list)
    for entry in corpus.ledger:
        by_block[(index.measure_key(entry), entity_key(entry.subject))].append(entry)
    for c in corpus.claims:
        if c.kind not in rule.claims or c.kind not in ("quantity", "money", "percent") or not c.subject:
            continue
        for entry in by_block.get((index.measure_key(c), entity_key(c.subject)), ()):
            if c.scope.kind == "target" or index.metric_overlap(c, entry) < rule.min_metric_overlap:
                continue
            yield c, entry, not index.disjoint(c, entry, rule.tolerance)


def run(rule, corpus: Corpus):
    for c, entry, agrees in matches(rule, corpus):
        if agrees:
            continue
        yield finding(rule, c.span, dict(
            subject=c.subject, metric=entry.metric, value=shown(c.span.text),
            ledger_value=f"{entry.surface.number:g} {entry.surface.unit}", ledger_source=corpus.ledger_sources.get(entry.id, ""),
            as_of=entry.scope.year or ""), related=[entry.span], claims=[c],
            details={"this": describe(c), "ledger": describe(entry)})
