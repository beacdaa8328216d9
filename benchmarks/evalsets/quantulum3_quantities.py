"""quantulum3's own English test sentences (main, unit ambiguity, must-not-crash strings).

quantulum3 is scored on the cases its authors wrote for it, so its column here is an upper
reference, not a fair comparison.

How scored (identical rules for verifier and quantulum3):
- Each gold quantity's `surface` is located in the sentence (first unused occurrence); a
  predicted figure matches when the spans overlap, one-to-one per sentence.
- span F1: overlap only. value F1: overlap and the value matches (number as written,
  canonical value, or converted into the gold unit; gold ranges ("5- to 10-metre"), given as
  value plus uncertainty, need an interval with both ends). value+unit F1: also the unit
  (quantulum3 unit names mapped as in `common.py`; "dimensionless" gold needs a figure with no
  unit). P over predicted figures, R over gold quantities.
- Dimensionless gold quantities (bare numbers) count like any other.
- errors_no_crash: strings the extractor must survive; counted as passes when no exception.
"""

from __future__ import annotations

from pathlib import Path

from . import common
from .common import (CURRENCY, Gold, Row, accepted_units, max_matching, prf,
                     quantulum3_available, quantulum3_figures, read_jsonl, spans_overlap,
                     unit_match, value_match, verifier_figures)

DATASET = "quantulum3_quantities"


def _golds(row: dict) -> list[tuple[Gold, tuple[int, int] | None]]:
    out, used = [], set()
    for e in row["expected"] or []:
        unit = e.get("unit")
        v, u = float(e["value"]), e.get("uncertainty")
        g = Gold(None, v - u, v + u) if u else Gold(v)
        g.unit, g.accepts = unit, frozenset(accepted_units(unit))
        g.money = (unit or "").lower() in CURRENCY
        g.raw = e
        span, pos = None, 0
        s = e.get("surface") or ""
        while s:
            i = row["text"].find(s, pos)
            if i < 0:
                break
            if i not in used:
                used.add(i)
                span = (i, i + len(s))
                break
            pos = i + 1
        out.append((g, span))
    return out


def _score(rows: list[dict], extract, system: str) -> dict:
    t = {k: [0, 0, 0] for k in ("span", "value", "unit")}  # tp, n_pred, n_gold
    crash_ok = crash_n = 0
    for r in rows:
        if r["subset"] == "errors_no_crash":
            crash_n += 1
            before = len(common.VERIFIER_ERRORS) if system == "verifier" else None
            ok = True
            if system == "verifier":
                extract(r["text"])
                ok = len(common.VERIFIER_ERRORS) == before
            else:
                try:
                    common._Q3.parse(r["text"])
                except Exception:  # noqa: BLE001
                    ok = False
            crash_ok += ok
            continue
        golds = _golds(r)
        figs = extract(r["text"])

        def ov(x, f):
            return x[1] is not None and spans_overlap(x[1], (f.start, f.end))

        checks = {"span": ov,
                  "value": lambda x, f: ov(x, f) and value_match(x[0], f),
                  "unit": lambda x, f: ov(x, f) and value_match(x[0], f) and unit_match(x[0], f)}
        for k, fn in checks.items():
            m = max_matching(golds, figs, fn)
            t[k][0] += len(m)
            t[k][1] += len(figs)
            t[k][2] += len(golds)
    return dict(t=t, crash=(crash_ok, crash_n))


def score(eval_dir: Path, limit: int | None = None) -> list[Row]:
    rows = read_jsonl(eval_dir / "data.jsonl", limit)
    v = _score(rows, verifier_figures, "verifier")
    q = _score(rows, quantulum3_figures, "quantulum3") if quantulum3_available() else None
    ds = DATASET
    out = []
    for k, name in (("span", "span F1 (overlap)"), ("value", "value F1"),
                    ("unit", "value+unit F1")):
        f1 = lambda s: prf(s["t"][k][0], s["t"][k][1], s["t"][k][0], s["t"][k][2])[2]  # noqa
        out.append(Row(ds, name, f1(v), f1(q) if q else None, "", v["t"][k][2]))
    out.append(Row(ds, "errors_no_crash passes (count)", v["crash"][0],
                   q["crash"][0] if q else None, "", v["crash"][1]))
    return out
