"""Blocks of comparable claims, and the tests that decide two figures are about the same thing.

Claims are blocked by (what kind of amount, subject) before any pairwise comparison, so the
cost grows with the size of blocks, not with the square of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterable, Iterator

from .extract.context import entity_key, stem
from .records import Claim, Money, Percent, Quantity

Figure = Quantity | Money | Percent


def measure_key(c: Figure) -> str:
    """What kind of amount a figure is: "W", "count:GPU", "money:EUR", "percent:%"."""
    if isinstance(c, Money):
        return f"money:{c.currency}"
    if isinstance(c, Percent):
        return f"percent:{c.unit}"
    return f"count:{c.unit}" if c.dimension == "count" else c.unit


def blocks(claims: Iterable[Claim]) -> dict[tuple[str, str], list[Figure]]:
    out: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for c in claims:
        if isinstance(c, (Quantity, Money, Percent)) and c.subject:
            out[(measure_key(c), entity_key(c.subject))].append(c)
    return out


def pairs_across_sources(block: list[Figure]) -> Iterator[tuple[Figure, Figure]]:
    for a, b in combinations(block, 2):
        if a.span.source != b.span.source:
            yield (a, b) if (a.span.source, a.span.start) < (b.span.source, b.span.start) else (b, a)


def metric_overlap(a: Figure, b: Figure) -> float:
    """Share of the shorter list of measured words the two figures have in common (0-1).
    A count's counted noun already says what it measures, so two counts of GPUs match."""
    if measure_key(a).startswith("count:"):
        return 1.0
    sa = {stem(w) for w in (a.metric or "").split()}
    sb = {stem(w) for w in (b.metric or "").split()}
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def scopes_comparable(a: Claim, b: Claim) -> tuple[bool, str]:
    """Whether two claims can refer to the same moment, and why (for the report)."""
    sa, sb = a.scope, b.scope
    if sa.kind != sb.kind:
        return False, f"{sa.kind} vs {sb.kind}"
    if sa.year and sb.year and sa.year != sb.year:
        return False, f"{sa.kind} {sa.year} vs {sb.year}"
    when = sa.year or sb.year
    return True, f"both {sa.kind}" + (f" ({when})" if when else "")


def interval(c: Figure, tolerance: float) -> tuple[float, float]:
    low = float("-inf") if c.low is None else c.low
    high = float("inf") if c.high is None else c.high
    if c.bound == "=":
        low, high = low - abs(low) * tolerance, high + abs(high) * tolerance
    return low, high


def disjoint(a: Figure, b: Figure, tolerance: float) -> bool:
    (la, ha), (lb, hb) = interval(a, tolerance), interval(b, tolerance)
    # "more than 4" excludes 4 itself
    if a.bound == ">" and hb <= la or b.bound == ">" and ha <= lb:
        return True
    if a.bound == "<" and lb >= ha or b.bound == "<" and la >= hb:
        return True
    return ha < lb or hb < la
