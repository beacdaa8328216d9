"""When a claim holds, as far as two claims can be compared: their time scopes, the moments
their sentences name, and their articles' dates."""

from __future__ import annotations

import re
from datetime import date

from .extract.dates import MONTHS, WEEKDAYS
from .records import Claim

WORD = re.compile(r"[a-z][a-z0-9]*")
# Words that pin a sentence to a moment. Figures in the news change from day to day (prices,
# rates, monthly statistics): two sentences that name different moments, or one that names a
# moment and one that does not, are not about the same moment as far as we can tell.
MOMENT_WORDS = frozenset([*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "tonight",
                           "morning", "afternoon", "evening", "noon", "weekend"])
_PERIODS = "week|weekend|month|year|quarter|decade|season|summer|winter|spring|autumn"
PERIOD_WORDS = frozenset(_PERIODS.split("|") + [p + "s" for p in _PERIODS.split("|")]
                          + ["last", "next", "previous", "past", "ago", "earlier", "later"])
_MOMENT = re.compile(r"\b(?:(?:last|next|this|previous|past|coming)\s+(?:%s)|(?:19|20)\d\d)\b"
                     % _PERIODS)
_MOMENTS: dict[str, frozenset[str]] = {}  # by sentence text


def moments(c: Claim) -> frozenset[str]:
    """The words and phrases of a claim's sentence that name a moment: "December", "Tuesday",
    "last month", "2004"."""
    found = _MOMENTS.get(c.sentence.text)
    if found is None:
        if len(_MOMENTS) > 100_000:
            _MOMENTS.clear()
        lower = c.sentence.text.lower()
        found = _MOMENTS[c.sentence.text] = frozenset(
            [w for w in WORD.findall(lower) if w in MOMENT_WORDS]
            + [" ".join(m.group().split()) for m in _MOMENT.finditer(lower)])
    return found


def scopes_comparable(a: Claim, b: Claim, published: dict[str, date | None],
                      max_gap_days: int) -> tuple[bool, str]:
    """Whether two claims can refer to the same moment, and why (for the report). A target
    and a current figure never can; two current figures can when their articles were
    published within `max_gap_days` of each other (or either has no date). Two sentences that
    name different moments ("in December", "on Tuesday", "last year") never can."""
    sa, sb = a.scope, b.scope
    if sa.kind != sb.kind:
        return False, f"{sa.kind} vs {sb.kind}"
    if sa.year and sb.year and sa.year != sb.year:
        return False, f"{sa.kind} {sa.year} vs {sb.year}"
    ma, mb = moments(a), moments(b)
    # a target may or may not restate its year; a current or past figure is of the moment
    # its sentence names, or of an unnamed one
    if (ma != mb) if sa.kind != "target" else (ma and mb and ma != mb):
        return False, f"the sentences name different moments ({_listed(ma)} vs {_listed(mb)})"
    when = sa.year or sb.year
    why = f"both {sa.kind}" + (f" ({when})" if when else "")
    if sa.kind == "present" and not when:
        pa, pb = published.get(a.span.source), published.get(b.span.source)
        if pa and pb:
            gap = abs((pa - pb).days)
            if gap > max_gap_days:
                return False, f"both present, but published {gap} days apart ({pa}, {pb})"
            why += f", published {pa} and {pb}" if pa != pb else f", both published {pa}"
        else:
            why += ", publication dates unknown" if not (pa or pb) else \
                ", one publication date unknown"
    if ma:
        why += f"; both sentences name {_listed(ma)}"
    return True, why


def _listed(words: frozenset[str]) -> str:
    return ", ".join(sorted(words)) or "none"
