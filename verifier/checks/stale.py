"""stale: predictions whose deadline has passed, or cannot be known.

What it does: with `report: passed`, reports predictions ("will", "may", "is expected to",
"plans to"...) whose deadline ("by 2027", "within two years" from the article's date) is
before --as-of. With `report: unresolved`, reports relative deadlines in articles that have
no publication date, which the checker refuses to guess.

Why it matters: "By 2027, France may..." read in 2028 is either news (it happened) or a
claim that has quietly become false.

Example: "By 2027, the region may adopt new rules." checked as of 2028-07-01.

Options: `report` (passed or unresolved).
"""

from __future__ import annotations

from .base import Corpus, finding


def run(rule, corpus: Corpus):
    for c in corpus.claims:
        if c.kind != "prediction" or c.kind not in rule.claims:
            continue
        if rule.report == "passed" and c.deadline and c.deadline < corpus.as_of:
            yield finding(rule, c.span, dict(deadline=c.deadline.isoformat(), cue=c.cue,
                                             as_of=corpus.as_of.isoformat(),
                                             phrase=c.deadline_text, reason=""), claims=[c],
                          details={"deadline": f"{c.deadline} (precision {c.precision}, "
                                               f"from \"{c.deadline_text}\")",
                                   "as of": corpus.as_of.isoformat()})
        elif rule.report == "unresolved" and c.unresolved:
            yield finding(rule, c.span, dict(deadline="", cue=c.cue, as_of=corpus.as_of.isoformat(),
                                             phrase=c.deadline_text, reason=c.unresolved),
                          claims=[c])
