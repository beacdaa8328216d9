"""misquote: the same speaker quoted with nearly, but not exactly, the same words.

What it does: pairs quotes from different articles whose speakers match (fuzzy, on the
surname) and whose words are similar above `min_similarity` but not identical, and shows a
word diff. Two different quotes by one person, or a shorter excerpt of a longer quote, are
not misquotes.

Why it matters: a quote is a claim about what someone said; two versions cannot both be
verbatim.

Example: "We will build it here," said Jo Smith (a.md) vs "We will build it there," said
Jo Smith (b.md).

Options: `min_similarity` (0-100, default 80).
"""

from __future__ import annotations

import difflib
import re
from itertools import combinations

from rapidfuzz import fuzz

from .base import Corpus, finding


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower().replace("’", "'"))


def _speaker_key(name: str | None) -> str | None:
    return name.split()[-1].lower() if name and not name.startswith("the ") else name


def word_diff(a: str, b: str) -> str:
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(wa[i1:i2]) if i2 - i1 <= 4 else "…")
        else:
            if i2 > i1:
                out.append("[-" + " ".join(wa[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def run(rule, corpus: Corpus):
    quotes = [c for c in corpus.claims if c.kind == "quote" and c.speaker]
    for a, b in combinations(quotes, 2):
        if a.span.source == b.span.source:
            continue
        ka, kb = _speaker_key(a.speaker), _speaker_key(b.speaker)
        if fuzz.ratio(ka, kb) < 90:
            continue
        na, nb = " ".join(_words(a.quote)), " ".join(_words(b.quote))
        if na == nb or na in nb or nb in na:
            continue
        score = fuzz.ratio(na, nb)
        if score < rule.min_similarity:
            continue
        diff = word_diff(a.quote, b.quote)
        yield finding(rule, a.span, dict(speaker=a.speaker, other_source=b.span.source,
                                         other_line=b.span.line, diff=diff),
                      related=[b.span], claims=[a, b],
                      details={"similarity": f"{score:.0f}/100", "diff": diff})
