"""Microsoft Recognizers-Text English specs: numbers, percentages, number ranges, currency,
dimensions, ages and temperatures, with character spans.

How scored (identical rules for verifier and quantulum3):
- Gold spans are the spec's `Start`/`End` (inclusive End, made half-open). Gold results whose
  resolution value is null (a bare unit word such as "celsius") are left out.
- Span F1 (overlap): a predicted figure and a gold result match when their spans overlap;
  one-to-one per input; P over predicted figures, R over gold results. Pairs that also agree on
  the value are preferred when pairing.
- value acc. on matched: share of overlap-matched gold results whose figure also has the right
  value (number as written, canonical value, or canonical value converted into the gold unit)
  and, for Currency/Dimension/Age/Temperature/Percent, the right unit (ISO code when the spec
  gives one; spec unit names mapped as in `common.py`; a percent needs a "%" figure).
- NumberRangeModel: the spec's interval ("[20,30)", "(,35)") against the figure's: bound ">"
  is (low, inf) open, ">=" closed, "<"/"<=" likewise, "range" [low, high] closed, "=" and "~"
  the point [value, value]. "ends" compares the two ends (None = unbounded); "ends+open/closed"
  also compares which finite ends are included. An unmatched gold range counts as wrong.
- FP on empty inputs: every figure extracted from an input whose spec result is empty.
- Bare numbers ("forty-two") are figures only if the system reports
  unit-less numbers: verifier reports figures with a unit, currency, percent sign or counted
  noun, so NumberModel mostly measures that choice.
"""

from __future__ import annotations

import re
from pathlib import Path

from .common import (Fig, Gold, Row, accepted_units, close, max_matching,
                     prf, quantulum3_available, quantulum3_figures, read_jsonl, spans_overlap,
                     unit_match, value_match, verifier_figures)

DATASET = "recognizers_text_numbers"
MODELS = ["NumberModel", "PercentModel", "NumberRangeModel", "CurrencyModel", "DimensionModel",
          "AgeModel", "TemperatureModel"]
_TEMP = {"c": "celsius", "f": "fahrenheit", "k": "kelvin", "degree": "degree"}


def _interval(s: str) -> tuple[float | None, float | None, bool, bool] | None:
    m = re.fullmatch(r"([\[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])", s.strip())
    if not m:
        return None
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, hi, m.group(1) == "[", m.group(4) == "]"


def _gold(model: str, e: dict) -> tuple[Gold, tuple | None] | None:
    res = e.get("Resolution") or {}
    v = res.get("value")
    if v in (None, "null"):
        return None
    interval = None
    unit = res.get("unit")
    money = None
    if model == "NumberRangeModel":
        interval = _interval(v)
        if interval is None:
            return None
        g = Gold(None, interval[0], interval[1])
    else:
        g = Gold(float(str(v).rstrip("%")))
    if model == "PercentModel":
        g.unit, g.accepts = "percentage", frozenset({"%"})
    elif model == "CurrencyModel":
        iso = res.get("isoCurrency")
        money = True
        g.unit = unit
        g.accepts = frozenset({iso.lower()} if iso else accepted_units(unit, money=True))
    elif model in ("DimensionModel", "AgeModel"):
        g.unit, g.accepts = unit, frozenset(accepted_units(unit, money=False))
    elif model == "TemperatureModel":
        g.unit = _TEMP.get((unit or "").lower(), unit)
        g.accepts = frozenset(accepted_units(g.unit))
    g.money = money
    g.raw = e
    return g, interval


def _fig_interval(f: Fig) -> tuple[float | None, float | None, bool, bool]:
    if f.bound in (">", ">="):
        return f.low if f.low is not None else f.value, None, f.bound == ">=", False
    if f.bound in ("<", "<="):
        return None, f.high if f.high is not None else f.value, False, f.bound == "<="
    if f.bound == "range":
        return f.low, f.high, True, True
    return f.value, f.value, True, True


def _same_end(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or close(a, b)


def _range_ok(gi: tuple, f: Fig, incl: bool) -> bool:
    lo, hi, li, hi_i = _fig_interval(f)
    if not (_same_end(lo, gi[0]) and _same_end(hi, gi[1])):
        return False
    if incl:
        if gi[0] is not None and li != gi[2]:
            return False
        if gi[1] is not None and hi_i != gi[3]:
            return False
    return True


def _value_ok(model: str, g: Gold, f: Fig) -> bool:
    if model == "NumberRangeModel":
        return _range_ok((g.low, g.high, None, None), f, False)
    if not value_match(g, f):
        return False
    return model == "NumberModel" or unit_match(g, f)


def _score(rows: list[dict], extract) -> dict:
    out = {m: dict(tp_pred=0, n_pred=0, tp_gold=0, n_gold=0, val_ok=0, matched=0,
                   ends=0, ends_incl=0, n_range=0) for m in MODELS}
    exact = dict(tp=0, n_pred=0, n_gold=0)
    fp_empty = n_empty = 0
    for r in rows:
        model = r["model"]
        golds = [x for x in (_gold(model, e) for e in r["expected"]) if x]
        figs = extract(r["text"])
        if not r["expected"]:
            n_empty += 1
            fp_empty += len(figs)
        spans = [(x[0].raw["Start"], x[0].raw["End"] + 1) for x in golds]
        gl = list(range(len(golds)))

        def ov(i, f):
            return spans_overlap(spans[i], (f.start, f.end))

        first = max_matching(gl, figs, lambda i, f: ov(i, f) and _value_ok(model, golds[i][0], f))
        rest_g = [i for i in gl if i not in first]
        rest_f = [j for j in range(len(figs)) if j not in first.values()]
        second = max_matching(rest_g, [figs[j] for j in rest_f], lambda i, f: ov(i, f))
        pairs = dict(first)
        pairs.update({rest_g[a]: rest_f[b] for a, b in second.items()})
        o = out[model]
        o["n_pred"] += len(figs)
        o["n_gold"] += len(golds)
        o["tp_pred"] += len(pairs)
        o["tp_gold"] += len(pairs)
        o["matched"] += len(pairs)
        o["val_ok"] += sum(1 for i, j in pairs.items() if _value_ok(model, golds[i][0], figs[j]))
        if model == "NumberRangeModel":
            for i, (g, gi) in enumerate(golds):
                o["n_range"] += 1
                if i in pairs:
                    o["ends"] += _range_ok(gi, figs[pairs[i]], False)
                    o["ends_incl"] += _range_ok(gi, figs[pairs[i]], True)
        ex = max_matching(gl, figs, lambda i, f: spans[i] == (f.start, f.end))
        exact["tp"] += len(ex)
        exact["n_pred"] += len(figs)
        exact["n_gold"] += len(golds)
    out["_exact"] = exact
    out["_fp"] = (fp_empty, n_empty)
    return out


def score(eval_dir: Path, limit: int | None = None) -> list[Row]:
    rows = read_jsonl(eval_dir / "data.jsonl", limit)
    v = _score(rows, verifier_figures)
    q = _score(rows, quantulum3_figures) if quantulum3_available() else None
    ds = DATASET
    out = []

    def both(fn):
        return fn(v), (fn(q) if q is not None else None)

    for m in MODELS:
        o = v[m]
        if not o["n_gold"] and not o["n_pred"]:
            continue
        out.append(Row(f"{ds}: {m}", "span F1 (overlap)",
                       *both(lambda s: prf(s[m]["tp_pred"], s[m]["n_pred"], s[m]["tp_gold"],
                                           s[m]["n_gold"])[2]), "", o["n_gold"]))
        out.append(Row(f"{ds}: {m}", "value acc. on matched" if m in ("NumberModel",
                       "NumberRangeModel") else "value+unit acc. on matched",
                       *both(lambda s: s[m]["val_ok"] / s[m]["matched"] if s[m]["matched"]
                             else None), "", o["matched"]))
        if m == "NumberRangeModel":
            out.append(Row(f"{ds}: {m}", "interval ends match",
                           *both(lambda s: s[m]["ends"] / max(s[m]["n_range"], 1)), "",
                           o["n_range"]))
            out.append(Row(f"{ds}: {m}", "interval ends+open/closed match",
                           *both(lambda s: s[m]["ends_incl"] / max(s[m]["n_range"], 1)), "",
                           o["n_range"]))
    out.append(Row(f"{ds}: all", "span F1 (exact)",
                   *both(lambda s: prf(s["_exact"]["tp"], s["_exact"]["n_pred"],
                                       s["_exact"]["tp"], s["_exact"]["n_gold"])[2]), "",
                   v["_exact"]["n_gold"]))
    out.append(Row(f"{ds}: all", "FP on empty inputs (count)", *both(lambda s: s["_fp"][0]), "",
                   v["_fp"][1]))
    return out

