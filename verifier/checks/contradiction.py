"""contradiction: the same figure, for the same subject and moment, with incompatible values.

What it does: blocks figures by (kind of amount, subject), pairs figures from different
articles whose measured words match and whose time scopes can refer to the same moment, and
reports the pairs whose intervals (after hedges and rounding tolerance) do not overlap.

Why it matters: one of the two articles is wrong or needs qualifying; readers who see both
lose trust in both.

Example: "Acme operates 10,000 servers" (a.md) vs "Acme runs several hundred servers" (b.md).

Options: `tolerance` (relative slack for exact figures, default 0.02), `min_metric_overlap`
(share of measured words in common, default 0.5).
"""

from __future__ import annotations

from .. import index
from .base import Corpus, describe, finding, shown


def run(rule, corpus: Corpus):
    seen = set()
    for (measure, _), block in sorted(index.blocks(
            c for c in corpus.claims if c.kind in rule.claims).items()):
        for a, b in index.pairs_across_sources(block):
            ok, why = index.scopes_comparable(a, b)
            overlap = index.metric_overlap(a, b)
            if not ok or overlap < rule.min_metric_overlap:
                continue
            if not index.disjoint(a, b, rule.tolerance):
                continue
            # one finding per pair of stated values between two articles
            key = (a.span.source, round(a.value, 6), b.span.source, round(b.value, 6), measure)
            if key in seen:
                continue
            seen.add(key)
            metric = getattr(a, "noun", None) or a.metric or measure
            yield finding(rule, a.span, dict(
                subject=a.subject, metric=metric, value=shown(a.span.text),
                other_value=shown(b.span.text), other_source=b.span.source,
                other_line=b.span.line, unit=measure), related=[b.span], claims=[a, b],
                details={"this": describe(a), "other": f"{describe(b)} ({b.span.source}:{b.span.line})",
                         "subject": f"{a.subject} ({a.subject_from}) / {b.subject} ({b.subject_from})",
                         "metric": f"{a.metric or '-'} / {b.metric or '-'} (overlap {overlap:.2f})",
                         "time scope": why})
