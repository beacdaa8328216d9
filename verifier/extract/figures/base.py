"""What a figure is (Figure, Skip) and the patterns every part of reading one shares:
numbers in digits, scale words, percent signs, units and currencies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import units as U

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


DIGIT_NUMBER = re.compile(DIGITS)


_SYMBOL_ALT = "|".join(re.escape(u) for u in U.SYMBOL_SURFACES)


_WORD_ALT = "|".join(re.escape(u) for u in U.WORD_SURFACES)


# Scale words and their abbreviations; a lone "k", "m" or "b" only glued to the number ("5m")
SCALE_WORD = re.compile(r"[ \t]?-?(hundred|thousand|million|billion|trillion|bn|mn|tn|trn|mln|bln"
                         r"|mil)\b|(k|m|b)\b", re.I)


PERCENT = re.compile(r"[ \t]?(%|per ?cent\b|percentage points?\b|pp\b|pc\b|basis points?\b|bps?\b)",
                      re.I)


UNIT_AFTER = re.compile(rf"[ \t]?-?(?:(?P<u>{_SYMBOL_ALT})|(?i:(?P<w>{_WORD_ALT})))(?![\w²])")


_CODES = "|".join(sorted(U.CURRENCY_CODES))


CUR_BEFORE = re.compile(r"\\?(US ?\$|\$US|\$A|AU? ?\$|CA? ?\$|HK ?\$|S ?\$|NZ ?\$|R\$|\$|€|£|¥|₹|₩|₽|₪"
                         rf"|Y=|\bRs\.?[ \t]?|\bRM[ \t]?|\b(?:{_CODES})[ \t]?)[ \t]?$")


_CUR_WORD_ALT = "|".join(re.escape(w) for w in sorted(U.CURRENCY_WORDS, key=len, reverse=True))


CUR_AFTER = re.compile(rf"[ \t]?((?:{_CODES})\b|€|元|(?i:YEN)\b)|[ \t](?i:({_CUR_WORD_ALT}))\b"
                        r"|(p)\b(?!\.m)")  # "164p": pence, glued only


@dataclass
class Figure:
    start: int
    end: int
    kind: str  # quantity, money, percent
    value: float
    low: float | None
    high: float | None
    bound: str
    surface_number: float
    surface_unit: str | None
    change: str | None = None
    unit: str | None = None
    dimension: str | None = None
    noun: str | None = None
    currency: str | None = None
    per: str | None = None


@dataclass
class Skip:
    start: int
    end: int
    reason: str


def clean(x: float) -> float:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4.1e9, not 4099999999.9999995."""
    return float(f"{x:.12g}")


def number_value(text: str) -> float:
    return float(text.replace(",", ""))
