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

Cost: quotes are grouped by speaker (surnames spelled nearly alike count as one), and a
quote repeated word for word is compared once, so the work grows with the quotes of each
speaker, not with all pairs of the corpus.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from .. import index
from .base import Corpus, finding


def _words(text: str) -> list[str]:
    """A quote's words, as compared: lower case, hyphens and quotation marks aside ("double
    act" and "double-act", "'ass-saver'" and "ass-saver" are the same words)."""
    return [w.strip("'") for w in re.findall(r"[\w']+", text.lower().replace("’", "'"))
            if w.strip("'")]


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
    # quotes by speaker, then by their words: a quote repeated word for word is compared once
    by_speaker: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for c in corpus.claims:
        if c.kind == "quote" and c.speaker:
            by_speaker[_speaker_key(c.speaker)][" ".join(_words(c.quote))].append(c)
    for group in _same_speakers(sorted(by_speaker)):
        said: dict[str, list] = defaultdict(list)
        for key in group:
            for words, claims in by_speaker[key].items():
                said[words].extend(claims)
        for (na, ca), (nb, cb) in combinations(sorted(said.items()), 2):
            if na in nb or nb in na:  # an excerpt of a longer quote
                continue
            # ratio <= 200 * shorter / (sum of lengths): most pairs are ruled out unread
            if 200 * min(len(na), len(nb)) / (len(na) + len(nb)) < rule.min_similarity:
                continue
            score = fuzz.ratio(na, nb)
            if score < rule.min_similarity:
                continue
            for a in ca:
                others = [b for b in cb if b.span.source != a.span.source][:MAX_LISTED]
                if not others:
                    continue
                b = others[0]
                diff = word_diff(a.quote, b.quote)
                yield finding(rule, a.span, dict(speaker=a.speaker, other_source=b.span.source,
                                                 other_line=b.span.line, diff=diff),
                              related=[o.span for o in others], claims=[a, *others],
                              details={"similarity": f"{score:.0f}/100", "diff": diff,
                                       "speakers": f"{a.speaker} / {b.speaker}"})


MAX_LISTED = 5  # other quotes named in one finding


def _same_speakers(keys: list[str]) -> list[list[str]]:
    """Speaker keys spelled nearly alike ("mensch", "mensh": rapidfuzz ratio >= 90, surnames
    of any length, compared within their first letter) as groups."""
    merged = index.merged_keys(set(keys), min_ratio=90, min_length=1, prefix=1)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[merged.get(k, k)].append(k)
    return list(groups.values())
