"""Blocks of comparable figures: figures are blocked by (kind of amount, subject) before any
pairwise comparison, subjects merged by the config's aliases and by spelling, so the cost grows
with the size of blocks, not with the square of the corpus. What a figure measures, its interval
and its moment are compared within a block (measured, intervals, moments).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from .extract.context import entity_key, stem
from .extract.figures import count_unit
from .records import FIGURE_KINDS, Claim, Money, Percent, Quantity

Figure = Quantity | Money | Percent


@dataclass(frozen=True)
class Settings:
    """What the workspace config adds to the comparison: entity aliases (alias key ->
    canonical key), synonyms (word stem -> the first stem of its group) and currency rates
    (ISO code -> value of one unit in `base`)."""

    aliases: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    base: str | None = None
    rates: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: dict[str, list[str]] | None = None,
           synonyms: list[list[str]] | None = None,
           currencies: dict | None = None) -> "Settings":
        aliases = {}
        for name, others in (entities or {}).items():
            for other in [name, *others]:
                aliases[entity_key(other)] = entity_key(name)
        words = {}
        for group in synonyms or []:
            first = term(group[0])
            for w in group:  # as written and as a counted unit ("GPUs", "GPU")
                words[term(w)] = words[term(count_unit(w))] = first
        currencies = currencies or {}
        base = currencies.get("base")
        rates = {k.upper(): float(v) for k, v in (currencies.get("rates") or {}).items()}
        if base:
            rates[base.upper()] = 1.0
        return cls(aliases, words, base.upper() if base else None, rates)


def term(word: str) -> str:
    return stem(word.lower())


def subject_key(c: Claim, settings: Settings) -> str:
    """The entity a claim is about, aliases resolved; "" for a claim in an article that
    names no one (such claims are compared with each other only)."""
    if not c.subject:
        return ""
    key = entity_key(c.subject)
    return settings.aliases.get(key, key)


def measure_key(c: Figure, settings: Settings = Settings()) -> str | None:
    """What kind of amount a figure is: "W", "count:GPU", "money:EUR", "percent:%". Money in a
    currency with a rate is "money:<base>"; in another currency, compared only with its own."""
    if isinstance(c, Money):
        key = f"money:{settings.base if c.currency in settings.rates else c.currency}"
        return f"{key} change" if c.change else key
    if isinstance(c, Percent):
        key = f"percent:{c.unit}"
    elif c.dimension == "count":  # counted nouns of one synonym group are one unit
        stem_ = term(c.unit)
        key = f"count:{settings.synonyms[stem_]}" if stem_ in settings.synonyms else \
            f"count:{c.unit}"
    else:
        key = c.unit
    # a change ("rose by 65,000") is not a level ("to 547,000")
    return f"{key} change" if c.change else key


def blocks(claims: Iterable[Claim], settings: Settings = Settings()
           ) -> dict[tuple[str, str], list[Figure]]:
    """Figures by (kind of amount, subject key), subjects spelled nearly alike merged."""
    out: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    figures = [c for c in claims if isinstance(c, (Quantity, Money, Percent))]
    keys = {c.id: subject_key(c, settings) for c in figures}
    same = merged_keys(set(keys.values()))
    for c in figures:
        measure = measure_key(c, settings)
        if measure:
            out[(measure, same.get(keys[c.id], keys[c.id]))].append(c)
    return out


_COMPACT = re.compile(r"[\s'’.-]+")


def merged_keys(keys: set[str], min_ratio: float = 92, min_length: int = 8,
                prefix: int = 2) -> dict[str, str]:
    """Keys that name one entity, mapped to one of them: keys equal but for spaces and
    punctuation ("arcelor mittal", "arcelormittal"), or of `min_length` letters or more and
    nearly equal (rapidfuzz ratio >= `min_ratio`: "deutsche telekom", "deutsche telecom").
    Short names differing by a letter ("blair", "blaire") are by default kept apart: they are
    as often two people. Keys are compared only with keys of the same first `prefix` letters,
    so the cost stays near linear."""
    by_compact: dict[str, str] = {}
    out: dict[str, str] = {}
    for key in sorted(keys):
        compact = _COMPACT.sub("", key)
        first = by_compact.setdefault(compact, key)
        if first != key:
            out[key] = first
    groups: dict[str, list[str]] = defaultdict(list)
    for compact, key in by_compact.items():
        if len(compact) >= min_length:
            groups[compact[:prefix]].append(compact)
    for group in groups.values():
        for i, a in enumerate(group):
            if by_compact[a] in out:
                continue
            for b in group[i + 1:]:
                if by_compact[b] not in out and fuzz.ratio(a, b) >= min_ratio:
                    out[by_compact[b]] = by_compact[a]
    # keys folded into a key that was itself folded follow it
    return {k: out.get(v, v) for k, v in out.items()}
