"""Duckling English corpora: money, distance, volume, quantity, temperature, duration, numeral
and ordinal strings, each a whole input with one normalised answer.

How scored (identical rules for verifier and quantulum3):
- Each string is extracted on its own; it is correct when some extracted figure matches
  (extra figures are not penalised here).
- value+unit acc.: the value matches (number as written, canonical value, or canonical value
  converted into the Duckling unit: "2 kg" is 2000 Gram, "1 foot 2 inches" 14 Inch) and the
  unit agrees after mapping (Duckling's ISO codes as is; Dollar = any dollar currency; Pound is
  a currency for AmountOfMoney and a mass for Quantity; "M" = metre; Unnamed money = any money
  figure; a currency needs a money figure). Duration values are in the gold grain.
- value+unit+op acc.: also the comparison: "=" accepts the figure bounds = and ~ (Duckling
  ignores "about"), "<" accepts < and <=, ">" accepts > and >=, "between" needs an interval
  whose ends match.
- Numeral: value acc. only (a figure with that number). Ordinal: how many ordinal strings
  ("25th") produce a figure at all, reported, not judged.
- FP on negative + latent strings: every figure from strings Duckling marks as must-not-parse
  (negative) or as parsed only in latent mode (bare numbers such as "five" as money).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .common import (Fig, Gold, Row, accepted_units, quantulum3_available, quantulum3_figures,
                     read_jsonl, unit_match, value_match, verifier_figures)

DATASET = "duckling_quantities_en"
GROUPS = ["AmountOfMoney", "Distance", "Volume", "Quantity", "Temperature", "Duration"]
_OPS = {"=": {"=", "~"}, "<": {"<", "<="}, ">": {">", ">="}, "between": {"range"}}


def _gold(row: dict) -> Gold:
    e, dim = row["expected"], row["dimension"]
    unit = e.get("unit")
    if e.get("op") == "between":
        g = Gold(None, float(e["low"]), float(e["high"]))
    else:
        g = Gold(float(e["value"]))
    if dim == "AmountOfMoney":
        g.money = True
        g.unit = unit
        g.accepts = frozenset(accepted_units(unit, money=True))
    elif dim == "Temperature":
        g.unit = unit
        g.accepts = frozenset(accepted_units(unit))
    else:
        g.unit = unit
        g.accepts = frozenset(accepted_units(unit, money=False))
    g.change = e.get("op")
    return g


def _ok(row: dict, g: Gold, f: Fig, op: bool) -> bool:
    if not value_match(g, f):
        return False
    if row["dimension"] == "AmountOfMoney" and (g.unit or "").lower() == "unnamed":
        unit_ok = f.kind == "money" or "-" in f.units
    else:
        unit_ok = unit_match(g, f)
    if not unit_ok:
        return False
    return not op or f.bound in _OPS.get(g.change or "=", {"="})


def _score(rows: list[dict], extract) -> dict:
    acc = defaultdict(lambda: [0, 0, 0])  # group -> [value+unit ok, +op ok, n]
    fp = neg = 0
    for r in rows:
        figs = extract(r["text"])
        dim = r["dimension"]
        if r["block"] != "main" or not r["expected"]:
            neg += 1
            fp += len(figs)
            continue
        a = acc[dim]
        a[2] += 1
        if dim == "Ordinal":
            a[0] += bool(figs)
            continue
        if dim == "Numeral":
            g = Gold(float(r["expected"]["value"]))
            a[0] += any(value_match(g, f) for f in figs)
            continue
        g = _gold(r)
        a[0] += any(_ok(r, g, f, False) for f in figs)
        a[1] += any(_ok(r, g, f, True) for f in figs)
    return dict(acc=acc, fp=fp, neg=neg)


def score(eval_dir: Path, limit: int | None = None) -> list[Row]:
    rows = read_jsonl(eval_dir / "data.jsonl", limit)
    v = _score(rows, verifier_figures)
    q = _score(rows, quantulum3_figures) if quantulum3_available() else None
    ds = DATASET
    out = []

    def qv(group, k):
        if q is None or not q["acc"][group][2]:
            return None
        return q["acc"][group][k] / q["acc"][group][2]

    for grp in GROUPS:
        a = v["acc"].get(grp)
        if not a or not a[2]:
            continue
        out.append(Row(f"{ds}: {grp}", "value+unit acc.", a[0] / a[2], qv(grp, 0), "", a[2]))
        out.append(Row(f"{ds}: {grp}", "value+unit+op acc.", a[1] / a[2], qv(grp, 1), "", a[2]))
    a = v["acc"].get("Numeral")
    if a and a[2]:
        out.append(Row(f"{ds}: Numeral", "value acc.", a[0] / a[2], qv("Numeral", 0), "", a[2]))
    a = v["acc"].get("Ordinal")
    if a and a[2]:
        out.append(Row(f"{ds}: Ordinal", "strings giving a figure (count)", a[0],
                       None if q is None else q["acc"]["Ordinal"][0], "", a[2]))
    out.append(Row(f"{ds}: negative+latent", "FP (count)", v["fp"],
                   None if q is None else q["fp"], "", v["neg"]))
    return out
