"""The claims ledger: trusted reference figures in YAML, each with its own source.

    - subject: Acme
      metric: servers operated
      value: 10000
      unit: servers          # a unit (GW, MW...), a currency code (EUR), %, or a counted noun
      as_of: 2025-06-01
      source: https://example.org/acme-annual-report
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from . import yamlfile
from .errors import VerifierError
from .extract import units as U
from .extract.figures import count_unit
from .records import Claim, Money, Percent, Quantity, Span, Surface, TimeScope


class LedgerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str
    metric: str
    value: float
    unit: str
    as_of: date
    source: str = Field(min_length=1)
    note: str | None = None


def load_ledger(folder: str) -> tuple[list[Claim], dict[str, str]]:
    claims: list[Claim] = []
    sources: dict[str, str] = {}
    root = Path(folder)
    if not root.is_dir():
        raise VerifierError("claims folder not found", folder)
    for path in sorted(root.glob("*.y*ml")):
        doc = yamlfile.read(str(path))
        if doc.data is None:
            continue
        if not isinstance(doc.data, list):
            raise VerifierError("expected a list of claims (- subject: ...)", str(path), 1)
        entries = yamlfile.validate(list[LedgerEntry], doc.data, doc, str(path))
        lines = path.read_text(encoding="utf-8").split("\n")
        for i, entry in enumerate(entries):
            line = doc.line_of((i, "value")) or 1
            start = sum(len(ln) + 1 for ln in lines[: line - 1])
            text = lines[line - 1]
            span = Span(source=str(path), start=start, end=start + len(text), line=line, col=1,
                        text=text)
            claim = _claim(entry, span, f"ledger:{path}:{i}")
            claims.append(claim)
            sources[claim.id] = entry.source
    return claims, sources


def _claim(e: LedgerEntry, span: Span, cid: str) -> Claim:
    common = dict(id=cid, span=span, sentence=span, subject=e.subject, subject_from="ledger",
                  scope=TimeScope(kind="present", year=e.as_of.year, cue="as_of"),
                  value=e.value, low=e.value, high=e.value, metric=e.metric,
                  surface=Surface(number=e.value, unit=e.unit))
    unit = e.unit.strip()
    if unit.upper() in U.CURRENCY_CODES:
        return Money(currency=unit.upper(), **common)
    if unit in ("%", "percent", "pp"):
        return Percent(unit="pp" if unit == "pp" else "%", **common)
    known = U.lookup(unit)
    if known:
        canon, dim, factor = known
        v = e.value * factor
        return Quantity(unit=canon, dimension=dim, **{**common, "value": v, "low": v, "high": v})
    return Quantity(unit=count_unit(unit), dimension="count", noun=unit, **common)
