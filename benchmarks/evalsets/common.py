"""Helpers shared by the eval-set modules: rows, JSONL, P/R/F1, unit keys, and one adapter per
system that turns its output into `Fig` records scored by identical rules.

Numbers match when |a-b| <= 1e-6*max(1,|b|) (b = gold). A predicted figure offers several
candidate numbers for a gold value: the number as written (scale words applied, "3 km" -> 3,
"$4.1 billion" -> 4.1e9), its canonical value, and the canonical value converted back into the
gold unit when both sides name a unit in `PHYSICAL` with the same canonical unit.

Units are compared as sets of lower-case keys. A gold unit name maps to the keys it accepts:
its own name (quantulum3 and CQE share unit names), the canonical unit (verifier's "m", "kg",
"W", an ISO 4217 code...), and a few unambiguous symbols a system may keep for a unit it does
not convert ("rpm", "mpg", "hp"). A name missing from the tables is a counted noun: it accepts
its first or last word, plural "s" stripped; a name containing " per " is a rate and accepts
itself, or any key of its numerator followed by " per " and its denominator (verifier's rates
carry the denominator in `per`; quantulum3 names the rate as one unit). A currency unit also needs the figure to be money (a "cents" count does not do).
A system's figure offers: its unit / currency / "%" / "pp", the same lemmatised, and for
counts the last word of its counted noun; "-" when it has no unit. verifier's quantities also
offer the unit as written (its canonical unit is SI: "barrels" are m3), as quantulum3 offers
its own unit name.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass
class Row:
    dataset: str
    measure: str
    verifier: float | None
    quantulum3: float | None = None
    target: str = ""
    n: int = 0


# ---------------------------------------------------------------- generic helpers

def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


def close(a: float | None, b: float | None) -> bool:
    """Numeric closeness against gold b: |a-b| <= 1e-6*max(1,|b|)."""
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision over predictions, recall over gold, F1 of the two."""
    p = tp_pred / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


_YEAR = re.compile(r"(?:19|20)\d\d")


def drop_bare_years(extract: Callable[[str], list]) -> Callable[[str], list]:
    """The same extractor without unit-less figures written as a bare year (1900-2099)."""
    def run(text: str) -> list:
        return [f for f in extract(text)
                if not (f.units == frozenset({"-"}) and _YEAR.fullmatch(f.text.strip()))]
    return run


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


# ---------------------------------------------------------------- unit keys

_IRREGULAR = {"feet": "foot", "teeth": "tooth", "men": "man", "women": "woman",
              "children": "child", "pence": "penny", "pennies": "penny"}


def lemma(text: str) -> str:
    """Lower-case, each word singular by simple rules (words of 3 letters or fewer kept)."""
    out = []
    for w in text.lower().split():
        parts = w.split("-")
        last = parts[-1]
        if last in _IRREGULAR:
            last = _IRREGULAR[last]
        elif len(last) > 4 and last.endswith("men"):
            last = last[:-3] + "man"
        elif len(last) > 3:
            if last.endswith("ies"):
                last = last[:-3] + "y"
            elif last.endswith(("ches", "shes", "xes", "sses")):
                last = last[:-2]
            elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
                last = last[:-1]
        parts[-1] = last
        out.append("-".join(parts))
    return " ".join(out)


# lower-case unit name -> (canonical unit as verifier spells it, factor to canonical)
PHYSICAL: dict[str, tuple[str, float]] = {
    "metre": ("m", 1), "meter": ("m", 1), "m": ("m", 1), "kilometre": ("m", 1e3),
    "centimetre": ("m", 1e-2), "millimetre": ("m", 1e-3), "micrometre": ("m", 1e-6),
    "nanometre": ("m", 1e-9), "picometre": ("m", 1e-12), "decimetre": ("m", 0.1),
    "mile": ("m", 1609.344), "inch": ("m", 0.0254), "foot": ("m", 0.3048), "yard": ("m", 0.9144),
    "square metre": ("m2", 1), "square kilometre": ("m2", 1e6), "square mile": ("m2", 2.589988e6),
    "square foot": ("m2", 0.09290304), "square feet": ("m2", 0.09290304), "acre": ("m2", 4046.856),
    "hectare": ("m2", 1e4),
    "litre": ("m3", 1e-3), "millilitre": ("m3", 1e-6), "hectolitre": ("m3", 0.1),
    "gallon": ("m3", 3.785412e-3), "pint": ("m3", 4.731765e-4), "quart": ("m3", 9.463529e-4),
    "cup": ("m3", 2.365882e-4), "tablespoon": ("m3", 1.478676e-5),
    "teaspoon": ("m3", 4.928922e-6), "cubic foot": ("m3", 0.02831685), "cubic metre": ("m3", 1),
    "gram": ("kg", 1e-3), "kilogram": ("kg", 1), "milligram": ("kg", 1e-6),
    "microgram": ("kg", 1e-9), "pound-mass": ("kg", 0.45359237), "ounce": ("kg", 0.02834952),
    "ton": ("kg", 907.18474), "metric ton": ("kg", 1e3), "tonne": ("kg", 1e3),
    "second": ("s", 1), "minute": ("s", 60), "hour": ("s", 3600), "day": ("s", 86400),
    "week": ("s", 604800), "month": ("s", 2629800), "year": ("s", 31557600),
    "quarter": ("s", 7889400), "decade": ("s", 315576000),
    "year of age": ("s", 31557600), "month of age": ("s", 2629800),
    "week of age": ("s", 604800), "day of age": ("s", 86400),
    "watt": ("W", 1), "kilowatt": ("W", 1e3), "megawatt": ("W", 1e6), "gigawatt": ("W", 1e9),
    "horsepower": ("W", 745.69987), "brake horsepower": ("W", 745.69987),
    "kilowatt hour": ("J", 3.6e6), "joule": ("J", 1),
    "byte": ("B", 1), "kilobyte": ("B", 1e3), "megabyte": ("B", 1e6), "gigabyte": ("B", 1e9),
    "terabyte": ("B", 1e12), "bit": ("bit", 1), "megabit": ("bit", 1e6),
    "megabit per second": ("bit/s", 1e6),
    "hertz": ("Hz", 1), "gigahertz": ("Hz", 1e9),
    "mile per hour": ("m/s", 0.44704), "kilometre per hour": ("m/s", 1 / 3.6),
    "metre per second": ("m/s", 1), "knot": ("m/s", 0.5144444),
    "megapascal": ("Pa", 1e6), "kilopound per square inch": ("Pa", 6.894757e6),
    "pound-foot": ("N m", 1.3558179), "foot pound-force": ("N m", 1.3558179),
    "radian": ("rad", 1), "turn": ("rad", 2 * math.pi),
    "minute of arc": ("rad", math.pi / 10800), "second of arc": ("rad", math.pi / 648000),
    "cubic kilometre": ("m3", 1e9), "cubic centimetre": ("m3", 1e-6), "centilitre": ("m3", 1e-5),
    "attometre": ("m", 1e-18), "gigayear": ("s", 3.15576e16), "exabyte": ("B", 1e18),
    "kibibyte": ("B", 1024), "watt hour": ("J", 3600), "megawatt hour": ("J", 3.6e9),
    "electronvolt": ("J", 1.602176634e-19), "british thermal unit": ("J", 1055.056),
    "gray": ("Gy", 1), "milligray": ("Gy", 1e-3), "barn": ("m2", 1e-28),
    "inverse second": ("Hz", 1), "litre per kilometre": ("m2", 1e-6),
}
_TEMPERATURE = {"k", "degc", "degf", "°c", "°f", "celsius", "fahrenheit", "kelvin",
                "degree celsius", "degree fahrenheit"}
# extra keys a unit name accepts (unambiguous symbols, spelling variants)
ALIASES: dict[str, set[str]] = {
    "percentage": {"%", "percent", "per cent"}, "point": {"pp", "percentage point"},
    "basis point": {"bp", "bps", "pp"},
    "revolutions per minute": {"rpm", "revolution per minute"},
    "mile per gallon": {"mpg"}, "horsepower": {"hp"}, "brake horsepower": {"bhp", "hp"},
    "parts-per-billion": {"ppb", "part per billion"},
    "part per million": {"ppm", "parts-per-million"},
    "pound-foot": {"lb-ft", "foot-pound", "foot pound-force"},
    "foot pound-force": {"lb-ft", "foot-pound", "pound-foot"},
    "kilopound per square inch": {"ksi"}, "square feet": {"square foot", "sq ft"},
    "pound-mass": {"pound", "lb"}, "metric ton": {"tonne"},
    "celsius": _TEMPERATURE, "fahrenheit": _TEMPERATURE, "kelvin": _TEMPERATURE,
    "degree celsius": _TEMPERATURE, "degree fahrenheit": _TEMPERATURE,
    "count": {"time", "x"},
    "degree": _TEMPERATURE | {"°", "deg", "degree angle", "rad"},
    "mile per hour": {"mph"}, "kilometre per hour": {"km/h", "kph"}, "knot": {"kn", "kt"},
    "decibel": {"db"}, "calorie": {"j", "cal", "kcal"}, "kilovolt per centimetre": {"v/m"},
    "generation wireless": {"g"},
    "year of age": {"year"}, "month of age": {"month"}, "week of age": {"week"},
    "day of age": {"day"},
}
DOLLARS = {"usd", "aud", "cad", "nzd", "hkd", "sgd", "twd", "jmd", "ttd", "bsd", "zwd", "lrd"}
# lower-case currency name -> accepted ISO codes (lower case) and names
CURRENCY: dict[str, set[str]] = {
    "dollar": DOLLARS, "united states dollar": {"usd"}, "australian dollar": {"aud"},
    "canadian dollar": {"cad"}, "new zealand dollar": {"nzd"}, "hong kong dollar": {"hkd"},
    "singaporean dollar": {"sgd"}, "singapore dollar": {"sgd"}, "euro": {"eur"},
    "pound sterling": {"gbp"}, "british pound": {"gbp"}, "pound": {"gbp", "egp", "pound sterling"},
    "japanese yen": {"jpy"}, "yen": {"jpy"}, "chinese yuan": {"cny"}, "yuan": {"cny"},
    "malaysian ringgit": {"myr"}, "shekel": {"ils"}, "danish krone": {"dkk"},
    "indian rupee": {"inr"}, "rupee": {"inr", "pkr", "lkr", "npr"}, "sri lankan rupee": {"lkr"},
    "croatian kuna": {"hrk"}, "swiss franc": {"chf"}, "franc": {"chf", "frf", "bef", "xof", "xaf"},
    "mexican peso": {"mxn"}, "bitcoin": {"btc", "xbt"}, "turkish lira": {"try"},
    "lao kip": {"lak"}, "peseta": {"esp"}, "mark": {"dem"}, "finnish markka": {"fim"},
    "netherlands guilde": {"nlg"}, "netherlands guilder": {"nlg"}, "costa rican colón": {"crc"},
    "georgian lari": {"gel"}, "south african rand": {"zar"}, "armenian dram": {"amd"},
    "cent": DOLLARS | {"eur"}, "penny": {"gbp", "usd"}, "pence": {"gbp"}, "dime": {"usd"},
    "sen": {"myr"},
    "dinar": {"kwd", "bhd", "jod", "iqd", "dzd", "tnd", "lyd", "rsd", "mkd"},
    "rial": {"irr", "omr", "yer", "sar", "qar"}, "riyal": {"sar", "qar", "omr", "yer", "irr"},
}


def accepted_units(name: str | None, *, money: bool | None = None) -> set[str]:
    """The unit keys a gold unit name accepts (see the module docstring).

    money=True reads an ambiguous name ("pound") as a currency, money=False as a physical unit.
    """
    if name is None or name.strip() in ("", "-", "unnamed", "dimensionless"):
        return {"-"}
    n = name.strip().lower()
    n = {"meter": "metre", "kilometer": "kilometre", "centimeter": "centimetre",
         "millimeter": "millimetre", "picometer": "picometre", "decimeter": "decimetre",
         "square meter": "square metre", "square kilometer": "square kilometre",
         "kilometer per hour": "kilometre per hour", "liter": "litre"}.get(n, n)
    if n.startswith("%"):
        n = "percentage"
    keys = {n, lemma(n)}
    if n in CURRENCY and money is not False:
        keys |= CURRENCY[n]
        if money or n not in PHYSICAL:
            return keys
    if n == "pound" and money is False:
        n = "pound-mass"
        keys |= {n}
    hit = False
    if n in PHYSICAL:
        keys.add(PHYSICAL[n][0].lower())
        hit = True
    if n in ALIASES:
        keys |= ALIASES[n]
        hit = True
    if hit or n in CURRENCY or len(n) <= 3 or n.upper() == name.strip():
        return keys  # known, or an ISO code / symbol used as is
    if " per " in n:  # a rate: the numerator's keys, each "per" the denominator
        num, den = n.split(" per ", 1)
        return {lemma(n)} | {f"{k} per {lemma(den)}" for k in accepted_units(num, money=money)}
    words = lemma(n).split()
    return {lemma(n), words[0], words[-1]}


def gold_factor(name: str | None) -> tuple[str, float] | None:
    """(canonical unit, factor) of a gold unit name, if it is a physical unit."""
    if not name:
        return None
    n = name.strip().lower()
    n = {"meter": "metre", "kilometer": "kilometre", "centimeter": "centimetre",
         "millimeter": "millimetre", "picometer": "picometre", "decimeter": "decimetre",
         "square meter": "square metre", "square kilometer": "square kilometre",
         "kilometer per hour": "kilometre per hour", "liter": "litre", "pound": "pound-mass",
         "lb": "pound-mass"}.get(n, n)
    return PHYSICAL.get(n)


# ---------------------------------------------------------------- figures from each system

@dataclass
class Fig:
    system: str
    kind: str  # quantity | money | percent
    written: float | None  # the number as written, scale words applied
    value: float | None  # canonical value
    low: float | None
    high: float | None
    bound: str  # = ~ > >= < <= range
    change: str | None  # up | down | None
    units: frozenset[str]  # unit keys (lower case)
    canon: str | None  # canonical unit the value is in, for conversion
    start: int
    end: int
    text: str
    raw: object = None

    @property
    def is_interval(self) -> bool:
        return (self.bound == "range" and self.low is not None and self.high is not None
                and self.low != self.high)

    def describe(self) -> str:
        u = "/".join(sorted(self.units))
        extra = f" [{self.low}..{self.high}]" if self.is_interval else ""
        ch = f" {self.change}" if self.change else ""
        return f"{self.kind} {self.written} ({u}) {self.bound}{ch}{extra} «{self.text}»"


def _unit_keys(*names: str | None) -> frozenset[str]:
    keys = set()
    for n in names:
        if n:
            keys |= {n.lower(), lemma(n)}
    return frozenset(keys or {"-"})


# inputs on which verifier.extract raised: (first line of the text, error); they score as no output
VERIFIER_ERRORS: list[tuple[str, str]] = []


def verifier_figures(text: str, published=None) -> list[Fig]:
    """Figure claims (quantity, money, percent) from the public API verifier.extract.

    An exception counts as no output and is recorded in VERIFIER_ERRORS (the extraction code is
    under active development; one crash should not stop the benchmark)."""
    import verifier

    try:
        claims = verifier.extract(text, published)
    except Exception as exc:  # noqa: BLE001
        VERIFIER_ERRORS.append((text[:80], f"{type(exc).__name__}: {exc}"))
        return []
    out = []
    for c in claims:
        if c.kind not in ("quantity", "money", "percent"):
            continue
        if c.kind == "quantity":
            noun_head = c.noun.split()[-1] if getattr(c, "noun", None) else None
            # "number" is verifier's name for a figure with no unit
            units = _unit_keys(None if c.unit == "number" else c.unit, noun_head)
            canon = c.unit
        elif c.kind == "money":
            units = _unit_keys(c.currency)
            canon = c.currency
        else:
            units = frozenset({c.unit})
            canon = c.unit
        if c.kind == "quantity" and c.surface is not None and c.surface.unit and c.unit != "number":
            units = units | _unit_keys(c.surface.unit)  # the unit as written: "barrels", "ppb"
        if getattr(c, "per", None):  # a rate offers "<unit> per <denominator>"
            units = frozenset(f"{u} per {lemma(c.per)}" for u in units)
        written = c.surface.number if c.surface is not None else None
        out.append(Fig("verifier", c.kind, written, c.value, c.low, c.high, c.bound, c.change,
                       units, canon, c.span.start, c.span.end, c.span.text, c))
    return out


_Q3: object = None  # the quantulum3 parser module, False when not importable
Q3_CONFIG = "n/a"


def quantulum3_available() -> bool:
    global _Q3, Q3_CONFIG
    if _Q3 is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from importlib.metadata import version

                from quantulum3 import classifier, parser
            use_clf = bool(getattr(classifier, "USE_CLF", False))
            _Q3 = parser
            clf = "on" if use_clf else "off (scikit-learn/joblib not installed)"
            Q3_CONFIG = f"quantulum3 {version('quantulum3')}, en_US, classifier {clf}"
        except Exception:  # noqa: BLE001 - any import failure means "not available"
            _Q3 = False
            Q3_CONFIG = "not importable (pip install -e '.[bench]'), column n/a"
    return _Q3 is not False


def quantulum3_figures(text: str) -> list[Fig]:
    """quantulum3's quantities, as Figs. Ranges ("10 to 20 miles") come back as value with
    uncertainty; they become intervals [value-u, value+u]. quantulum3 has no bounds or
    changes, so every figure is "=" with no change."""
    if not quantulum3_available():
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            qs = _Q3.parse(text)
        except Exception:  # noqa: BLE001 - a crash counts as no output
            return []
    out = []
    for q in qs:
        name = q.unit.name or ""
        entity = getattr(q.unit.entity, "name", "") or ""
        code = getattr(q.unit, "currency_code", None)
        if name == "dimensionless":
            units, kind = frozenset({"-"}), "quantity"
        elif entity == "currency" or code:
            units, kind = _unit_keys(name, code), "money"
        elif name == "percentage":
            units, kind = frozenset({"%", "percentage"}), "percent"
        else:
            units, kind = _unit_keys(name), "quantity"
        conv = PHYSICAL.get(name.lower())
        f = conv[1] if conv else 1.0
        canon = conv[0] if conv else (code or name)
        value = q.value * f
        low = high = value
        bound = "="
        unc = getattr(q, "uncertainty", None)
        if unc:
            low, high, bound = (q.value - unc) * f, (q.value + unc) * f, "range"
        s, e = q.span
        out.append(Fig("quantulum3", kind, q.value, value, low, high, bound, None,
                       units, canon, s, e, q.surface, q))
    return out


# ---------------------------------------------------------------- matching

@dataclass
class Gold:
    value: float | None  # point value, in the gold unit
    low: float | None = None  # ranges
    high: float | None = None
    unit: str | None = None  # gold unit name
    accepts: frozenset[str] = frozenset()
    change: str | None = None  # = ~ > < up down
    money: bool | None = None  # the gold unit is a currency
    raw: object = None

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and self.high is not None


def _conversions(g: Gold, f: Fig) -> list[float]:
    """Factors that turn f's canonical value into g's unit."""
    gf = gold_factor(g.unit) if g.money is not True else None
    if gf and f.canon and gf[0].lower() == f.canon.lower() and gf[1]:
        return [gf[1]]
    return []


def value_match(g: Gold, f: Fig) -> bool:
    if g.is_range:
        if not f.is_interval:
            return False
        lo, hi = sorted((g.low, g.high))
        pairs = [(f.low, f.high)] + [(f.low / k, f.high / k) for k in _conversions(g, f)]
        return any(close(a, lo) and close(b, hi) for a, b in map(sorted, pairs))
    cands = [f.written, f.value] + [f.value / k for k in _conversions(g, f)
                                   if f.value is not None]
    return any(close(c, g.value) for c in cands)


def point_value_match(v: float, g: Gold, f: Fig) -> bool:
    """f (a point figure) states the number v, in g's unit."""
    if f.is_interval:
        return False
    cands = [f.written, f.value] + [f.value / k for k in _conversions(g, f)
                                   if f.value is not None]
    return any(close(c, v) for c in cands)


def unit_match(g: Gold, f: Fig) -> bool:
    """Unit keys intersect; a currency gold unit also needs a money figure."""
    if g.money and f.kind != "money":
        return False
    return bool(g.accepts & f.units)


def fig_change_labels(f: Fig) -> set[str]:
    """The change labels a figure states: its change (up/down) and/or its bound."""
    b = {"=": "=", "~": "~", ">": ">", ">=": ">", "<": "<", "<=": "<", "range": "="}.get(
        f.bound, "=")
    if f.change:
        return {f.change} | ({b} if b != "=" else set())
    return {b}


def max_matching(golds: list, preds: list, ok: Callable[[object, object], bool]) -> dict[int, int]:
    """Maximum one-to-one matching gold index -> pred index (augmenting paths)."""
    adj = [[j for j, p in enumerate(preds) if ok(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class MatchResult:
    pairs: dict[int, int]  # gold -> pred, one-to-one
    split: dict[int, tuple[int, int]]  # gold range -> two point preds for its ends

    @property
    def gold_hit(self) -> int:
        return len(self.pairs) + len(self.split)

    @property
    def pred_hit(self) -> int:
        return len(self.pairs) + 2 * len(self.split)

    def matched_preds(self) -> set[int]:
        return set(self.pairs.values()) | {j for a, b in self.split.values() for j in (a, b)}


def match(golds: list[Gold], preds: list[Fig], with_unit: bool = False,
          with_change: bool = False) -> MatchResult:
    """Align one sentence's gold and predicted figures.

    A gold range is also matched (except with_change) by two separate point figures whose
    values are its two ends ("from $12 to $10" as two figures); both are consumed.
    """
    def ok(g: Gold, f: Fig) -> bool:
        if not value_match(g, f):
            return False
        if with_unit and not unit_match(g, f):
            return False
        if with_change and (g.change or "=") not in fig_change_labels(f):
            return False
        return True

    pairs = max_matching(golds, preds, ok)
    split: dict[int, tuple[int, int]] = {}
    if not with_change:
        used = set(pairs.values())
        for i, g in enumerate(golds):
            if i in pairs or not g.is_range:
                continue
            free = [j for j in range(len(preds)) if j not in used]
            lo = [j for j in free if point_value_match(g.low, g, preds[j])
                  and (not with_unit or unit_match(g, preds[j]))]
            hi = [j for j in free if point_value_match(g.high, g, preds[j])
                  and (not with_unit or unit_match(g, preds[j]))]
            pick = next(((a, b) for a in lo for b in hi if a != b), None)
            if pick:
                split[i] = pick
                used |= set(pick)
    return MatchResult(pairs, split)


class Tally:
    """Accumulates P/R counts over sentences."""

    def __init__(self) -> None:
        self.tp_pred = self.n_pred = self.tp_gold = self.n_gold = 0

    def add(self, res: MatchResult, n_gold: int, n_pred: int) -> None:
        self.tp_pred += res.pred_hit
        self.tp_gold += res.gold_hit
        self.n_pred += n_pred
        self.n_gold += n_gold

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp_pred, self.n_pred, self.tp_gold, self.n_gold)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])

