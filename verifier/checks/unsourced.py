"""unsourced: figures with no link, footnote or named attribution in their sentence.

What it does: reports each sentence that states figures (of the kinds in `claims`) and has
no citation: no link, no footnote marker tied to a reference list, no "according to X" or
"X said". One finding per sentence, listing its figures. A figure restated in brackets
("one gigawatt (1,000 megawatts)") is the figure before it, and is not reported again.

Why it matters: a figure nobody can trace cannot be checked, and unsourced numbers are where
errors and invented precision hide.

Example: "The company is valued at $13.6 billion." (no link, no named source)

Options: `skip_spelled_out` (ignore "three reactors", "several hundred"; default true),
`skip_headings` (ignore titles and headings; default true).
"""

from __future__ import annotations

from itertools import groupby

from ..records import FIGURE_KINDS
from .base import Corpus, bracketed_equivalent, describe, finding, shown


def _in_digits(c) -> bool:
    """Whether the amount itself is written in digits ("H100" in a counted noun does not count)."""
    text = c.span.text.replace(c.noun, "") if getattr(c, "noun", None) else c.span.text
    return any(ch.isdigit() for ch in text)


def _restated(claims) -> set[str]:
    """Ids of the figures that restate, in brackets, the figure right before them: they are
    sourced, or not, as it is (and a spelled-out figure stays skipped in its digits)."""
    figures = [c for c in claims if c.kind in FIGURE_KINDS]
    return {b.id for a, b in zip(figures, figures[1:]) if bracketed_equivalent(a, b)}


def run(rule, corpus: Corpus):
    restated = _restated(corpus.claims)
    wanted = [c for c in corpus.claims if c.kind in rule.claims and not c.citations
              and c.id not in restated
              and not (rule.skip_headings and c.heading)
              and not (rule.skip_spelled_out and not _in_digits(c))]
    for _, group in groupby(wanted, key=lambda c: (c.sentence.source, c.sentence.start)):
        group = list(group)
        first = group[0]
        yield finding(rule, first.span, dict(
            figures=", ".join(shown(c.span.text) for c in group), count=len(group),
            subject=first.subject), claims=group,
            details={"figures": "; ".join(describe(c) for c in group)})
