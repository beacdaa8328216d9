"""The values a figure allows: hedged bounds, widened by rounding, in canonical units, money
converted through the config's rates; and how its digits were written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import isclose

from .index import Figure, Settings
from .records import Money, Percent

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
ROUND_SLACK = 0.01  # "2,000 lines" may be 1,980; "more than 2,000" does not contradict it


def rounding(c: Figure, converted: bool = False) -> float:
    """How far, in canonical units, the true value of an exact figure may lie from what is
    written. A figure written with a scale word is rounded to half a unit of its last digit
    ("1.2 million" is 1.15 to 1.25 million); a round number ("2,000") to 1%; other figures
    ("4 servers", "180 staff") are exact. A figure compared with one written in another unit
    (`converted`: "60 km (37 miles)") is rounded to half its last digit, and at least 1%:
    conversions are rounded."""
    m = _NUMBER.search(c.span.text)
    if c.surface.number is None or not m:
        return ROUND_SLACK * abs(c.value) if converted else 0.0
    written = float(m.group().replace(",", ""))
    if not written:
        return 0.0
    per_written = c.value / written  # scale word and unit factor
    half_digit = 0.5 * 10 ** -len(m.group(1) or "") * abs(per_written)
    if converted:
        return max(half_digit, ROUND_SLACK * abs(c.value))
    if c.surface.number / written >= 999:  # "million", "bn", "k"
        return half_digit
    if not m.group(1) and written >= 100 and written % 100 == 0:
        return ROUND_SLACK * abs(c.value)
    return 0.0


@dataclass(frozen=True)
class Interval:
    """The values a figure allows, in canonical units; an open end excludes its bound
    ("more than 4" is (4, inf))."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False

    def overlaps(self, other: "Interval") -> bool:
        # ends that differ only by float error from converting units are equal
        if isclose(self.high, other.low, rel_tol=1e-9):
            return not (self.open_high or other.open_low)
        if isclose(other.high, self.low, rel_tol=1e-9):
            return not (other.open_high or self.open_low)
        return not (self.high < other.low or other.high < self.low)

    def __str__(self) -> str:
        return (("(" if self.open_low else "[") + _num(self.low) + ", " + _num(self.high)
                + (")" if self.open_high else "]"))


def _num(x: float) -> str:
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    if abs(x) >= 1e5 or (x and abs(x) < 1e-2):
        mantissa, exp = f"{x:.3g}".split("e") if "e" in f"{x:.3g}" else (f"{x:.3g}", "0")
        return f"{mantissa}e{int(exp)}" if exp != "0" else mantissa
    return f"{x:.6g}"


def interval(c: Figure, settings: Settings = Settings(), tolerance: float = 0.0,
             converted: bool = False) -> Interval:
    """The interval of a figure: its hedged bounds, widened by its rounding and by `tolerance`
    (relative) when exact, converted to the base currency when it is money with a rate.
    `converted`: it is compared with a figure written in another unit or currency."""
    rate = settings.rates.get(c.currency, 1.0) if isinstance(c, Money) else 1.0
    low = float("-inf") if c.low is None else c.low * rate
    high = float("inf") if c.high is None else c.high * rate
    if low > high:  # "eight to one" read as a range
        low, high = high, low
    if c.bound == "=":
        slack = rounding(c, converted or rate != 1.0) * rate + tolerance * abs(c.value * rate)
        low, high = low - slack, high + slack
    return Interval(low, high, c.bound == ">", c.bound == "<")


def written_unit(c: Figure) -> str | float | None:
    """What the digits of a figure count: its currency, or the factor from its written unit
    to the canonical one ("km" and "kilometres" alike). Two figures written alike compare
    digit for digit; otherwise one is a conversion of the other, and rounded."""
    if isinstance(c, Money):
        return c.currency
    if isinstance(c, Percent):  # "two thirds" is a percentage rounded to a fraction
        return None if any(ch.isdigit() for ch in c.span.text) else "fraction"
    if c.surface.number and c.value:
        return float(f"{c.value / c.surface.number:.9g}")
    return None
