"""What every check type shares: the corpus it reads and how it builds a finding."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from ..index import Settings
from ..records import Claim, Finding, Location, Money, Percent, Quantity, Span


@dataclass
class Corpus:
    claims: list[Claim]
    as_of: date
    ledger: list[Claim] = field(default_factory=list)
    ledger_sources: dict[str, str] = field(default_factory=dict)  # claim id -> source URL
    settings: Settings = field(default_factory=Settings)  # aliases, synonyms, currency rates
    published: dict[str, date | None] = field(default_factory=dict)  # source id -> date
    sentences: list[tuple] = field(default_factory=list)  # (Source, its sentences), for text rules


_BRACKET = re.compile(r"\s*[(\[]\s*")
_CLOSING = re.compile(r"\s*[)\]]")


def bracketed_equivalent(a: Claim, b: Claim) -> bool:
    """Whether `b` is the figure `a` is restated as in the brackets right after it, the bracket
    holding it alone: "one gigawatt (1,000 megawatts)", "£399 (£469)", not "£399 (£469
    including VAT)"."""
    if a.span.source != b.span.source or a.sentence.start != b.sentence.start:
        return False
    text, base = a.sentence.text, a.sentence.start
    return bool(_BRACKET.fullmatch(text, a.span.end - base, b.span.start - base)
                and _CLOSING.match(text, b.span.end - base))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def fingerprint(rule: str, span: Span, related: list[Span]) -> str:
    """Stable under edits elsewhere in the file: rule, source and the claim text, not offsets."""
    key = "\x1f".join([rule, span.source, _norm(span.text)] +
                      sorted(f"{r.source}\x1e{_norm(r.text)}" for r in related))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def finding(rule, span: Span, fields: dict, related: list[Span] = (), claims: list[Claim] = (),
            details: dict | None = None) -> Finding:
    related = list(related)
    return Finding(rule=rule.id, check=rule.check, severity=rule.severity,
                   message=rule.message.format(**fields), source=span.source, line=span.line,
                   col=span.col, text=span.text, start=span.start, end=span.end,
                   related=[Location.of(r) for r in related], claims=[c.id for c in claims],
                   details=details or {}, fingerprint=fingerprint(rule.id, span, related))


def shown(text: str) -> str:
    """Article text for a one-line message: whitespace folded, Markdown escapes dropped."""
    return re.sub(r"\\(?=[^\w\s])", "", " ".join(text.split()))


def _num(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:.4g}"


def _sci(x: float) -> str:
    if abs(x) >= 1e5 or (x and abs(x) < 1e-2):
        mantissa, exp = f"{x:.1e}".split("e")
        return f"{mantissa}e{int(exp)}"  # 3.0e9, not 3.0e+09
    return _num(x)


def describe(c: Claim) -> str:
    """A figure as written and as normalised: '3 gigawatts = 3.0e9 W'."""
    if isinstance(c, Money):
        unit = c.currency
    elif isinstance(c, Percent):
        unit = c.unit
    elif isinstance(c, Quantity):
        unit = c.unit
    else:
        return c.span.text
    low = "-inf" if c.low is None else _sci(c.low)
    high = "inf" if c.high is None else _sci(c.high)
    exact = c.low == c.high and c.low is not None
    norm = f"{_sci(c.value)} {unit}" if exact else f"[{low}, {high}] {unit}"
    return f"{shown(c.span.text)} = {norm}"
