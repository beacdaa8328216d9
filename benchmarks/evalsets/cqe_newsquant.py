"""CQE evaluation sets: NewsQuant news sentences, the four Recognizers-Text-derived `*-model`
subsets, and the unit-disambiguation sentences (ChatGPT-generated, so synthetic).

How scored (identical rules for verifier and quantulum3):
- Each sentence is extracted on its own. verifier's figures are its quantity, money and percent
  claims (dates are a separate claim kind, so years never count); quantulum3's are all its
  quantities, bare numbers and years included (it has no date type).
- Gold and predicted figures are aligned one-to-one per sentence (maximum matching). A gold value
  matches a figure's number as written (scale words applied), its canonical value, or the
  canonical value converted into the gold unit. A gold range ("10.0-20.0", also CQE's
  "from X to Y" pairs) matches an interval with both ends equal (order ignored), or two separate
  point figures giving its two ends (both then count as correct predictions).
- P = matched predictions / predictions, R = matched gold / gold.
- value+unit also needs the units to agree: CQE `normalized_unit` names map to accepted keys
  (ISO code for currencies, "dollar" accepting any dollar currency; "%" for percentage;
  canonical SI unit or the unit's own name for physical units; a currency needs a money
  figure; counted nouns match on their first or last word, plural s stripped; "X per Y" rates
  need the rate, so a bare currency does not match "dollar per share"). Tables in `common.py`.
- value+unit+change also needs the gold `change` (= ~ > < up down) among the figure's labels:
  its change (up/down) and its bound (~; > for > and >=; < for < and <=; = for = and ranges).
  "up about 5%" states both, so it matches gold "~" or "up". No split ranges here.
- change acc. = share of value+unit matches whose change also agrees.
- FP on no-gold sentences: every figure extracted from a sentence with empty gold.
- Years: the NewsQuant dev gold lists no bare years as quantities (its one 2000 is a dollar amount).
  quantulum3 has no date type and reports years as unit-less numbers, which count as false
  positives; the "bare years dropped" rows drop unit-less figures written as 1900-2099 from
  both systems (verifier reports years as date claims, so its numbers do not change).
- Gold noise seen while reading errors (kept as is): a few values disagree with the sentence
  (e.g. a range written in billions stored in millions, a decimal percentage
  stored without its decimal point).
- Unit disambiguation: the first figure whose text contains the ambiguous surface form must
  carry the expected unit; no such figure is wrong.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import (CURRENCY, Gold, Row, Tally, accepted_units, drop_bare_years, match,
                     quantulum3_available, quantulum3_figures, read_jsonl, ratio, unit_match,
                     verifier_figures)

DATASET = "cqe_newsquant"
SYSTEMS = {"verifier": verifier_figures, "quantulum3": quantulum3_figures}


def golds_of(row: dict) -> list[Gold]:
    out = []
    for e in row["expected"]:
        unit = e.get("normalized_unit")
        acc = frozenset(accepted_units(unit))
        money = (unit or "").lower() in CURRENCY
        if "value_num" in e and e["value_num"] is not None:
            g = Gold(float(e["value_num"]), unit=unit, accepts=acc, change=e.get("change"),
                     money=money, raw=e)
        else:
            g = Gold(None, float(e["value_low"]), float(e["value_high"]), unit=unit, accepts=acc,
                     change=e.get("change"), money=money, raw=e)
        out.append(g)
    return out


def _score_subset(rows: list[dict], extract) -> dict:
    t_val, t_unit, t_change = Tally(), Tally(), Tally()
    fp, neg = 0, 0
    change_ok = change_n = 0
    for r in rows:
        golds, preds = golds_of(r), extract(r["text"])
        if not golds:
            neg += 1
            fp += len(preds)
        rv = match(golds, preds)
        ru = match(golds, preds, with_unit=True)
        rc = match(golds, preds, with_unit=True, with_change=True)
        t_val.add(rv, len(golds), len(preds))
        t_unit.add(ru, len(golds), len(preds))
        t_change.add(rc, len(golds), len(preds))
        change_n += ru.gold_hit
        change_ok += min(rc.gold_hit, ru.gold_hit)
    return dict(val=t_val.prf(), unit=t_unit.prf(), change=t_change.prf(), fp=fp, neg=neg,
                change_acc=ratio(change_ok, change_n), n_gold=t_val.n_gold, change_n=change_n)


def _disamb(rows: list[dict], extract) -> float:
    ok = 0
    for r in rows:
        sf = r["surface_form"]
        figs = [f for f in extract(r["text"]) if sf in f.text]
        g = Gold(None, unit=r["expected_unit"], accepts=frozenset(
            accepted_units(r["expected_unit"])), money=r["expected_unit"].lower() in CURRENCY)
        if figs and unit_match(g, figs[0]):
            ok += 1
    return ok / len(rows) if rows else 0.0


def score(eval_dir: Path, limit: int | None = None) -> list[Row]:
    rows = read_jsonl(eval_dir / "data.jsonl", limit)
    q3 = quantulum3_available()
    res = {}
    for name, fn in SYSTEMS.items():
        if name == "quantulum3" and not q3:
            continue
        news = [r for r in rows if r["subset"] == "NewsQuant"]
        models = [r for r in rows if r["subset"] != "NewsQuant"]
        res[name] = (_score_subset(news, fn), _score_subset(models, fn),
                     _score_subset(news, drop_bare_years(fn)))
    v = res["verifier"]
    q = res.get("quantulum3")

    def g(i, key, k=None):
        a = v[i][key] if k is None else v[i][key][k]
        b = None if q is None else (q[i][key] if k is None else q[i][key][k])
        return a, b

    ds = "cqe_newsquant"
    nq = v[0]["n_gold"]
    out = [
        Row(f"{ds}: NewsQuant", "value P", *g(0, "val", 0), "", nq),
        Row(f"{ds}: NewsQuant", "value R", *g(0, "val", 1), "", nq),
        Row(f"{ds}: NewsQuant", "value F1", *g(0, "val", 2), ">= 0.93", nq),
        Row(f"{ds}: NewsQuant", "value+unit P", *g(0, "unit", 0), "", nq),
        Row(f"{ds}: NewsQuant", "value+unit R", *g(0, "unit", 1), "", nq),
        Row(f"{ds}: NewsQuant", "value+unit F1", *g(0, "unit", 2), ">= 0.85", nq),
        Row(f"{ds}: NewsQuant", "value+unit+change F1", *g(0, "change", 2), "", nq),
        Row(f"{ds}: NewsQuant", "change acc. on value+unit matches", *g(0, "change_acc"), "",
            v[0]["change_n"]),
        Row(f"{ds}: NewsQuant", "FP on no-gold sentences (count)", *g(0, "fp"), "", v[0]["neg"]),
        Row(f"{ds}: NewsQuant", "FP per no-gold sentence", v[0]["fp"] / max(v[0]["neg"], 1),
            None if q is None else q[0]["fp"] / max(q[0]["neg"], 1), "", v[0]["neg"]),
        Row(f"{ds}: NewsQuant", "value F1, bare years dropped", *g(2, "val", 2), "", nq),
        Row(f"{ds}: NewsQuant", "value+unit F1, bare years dropped", *g(2, "unit", 2), "", nq),
        Row(f"{ds}: *-model (4 R-Txt subsets)", "value F1", *g(1, "val", 2), "", v[1]["n_gold"]),
        Row(f"{ds}: *-model (4 R-Txt subsets)", "value+unit F1", *g(1, "unit", 2), "",
            v[1]["n_gold"]),
    ]
    dpath = eval_dir / "unit_disambiguation_test.jsonl"
    if dpath.is_file():
        drows = read_jsonl(dpath, limit)
        out.append(Row(f"{ds}: unit disambiguation", "unit accuracy",
                       _disamb(drows, verifier_figures),
                       _disamb(drows, quantulum3_figures) if q3 else None, "", len(drows)))
    return out


def show_errors(eval_dir: Path, which: str, limit: int | None = None, n: int = 40,
                system: str = "verifier") -> str:
    """verifier's misses, false positives and unit/change disagreements on one subset."""
    rows = [r for r in read_jsonl(eval_dir / "data.jsonl", limit)
            if which.lower() in (r["subset"].lower(), "all")]
    if not rows:
        return ""
    fn = SYSTEMS[system]
    misses, fps, unit_bad, change_bad = [], [], [], []
    split_hits = 0
    for r in rows:
        golds, preds = golds_of(r), fn(r["text"])
        rv = match(golds, preds)
        ru = match(golds, preds, with_unit=True)
        rc = match(golds, preds, with_unit=True, with_change=True)
        split_hits += len(rv.split)
        used = rv.matched_preds()
        for i, gd in enumerate(golds):
            e = gd.raw
            gtxt = (f"{e['value']} {e.get('unit', '')} [{e.get('normalized_unit')}] "
                    f"{e.get('change')}")
            if i not in rv.pairs and i not in rv.split:
                misses.append(f"{r['id']}: gold {gtxt}\n    | {r['text']}\n    | got: "
                              + "; ".join(p.describe() for p in preds))
            elif i not in ru.pairs and i not in ru.split:
                j = rv.pairs.get(i, (rv.split.get(i) or (None,))[0])
                unit_bad.append(f"{r['id']}: gold {gtxt} vs {preds[j].describe()}")
            elif i in ru.pairs and i not in rc.pairs:
                change_bad.append(f"{r['id']}: gold {gtxt} vs {preds[ru.pairs[i]].describe()}")
        for j, p in enumerate(preds):
            if j not in used:
                fps.append(f"{r['id']}: {p.describe()}\n    | {r['text']}")
    out = [f"== {system} on {which}: {len(misses)} misses, {len(fps)} false positives, "
           f"{len(unit_bad)} unit disagreements, {len(change_bad)} change disagreements, "
           f"{split_hits} gold ranges matched as two figures"]
    for title, items in (("misses", misses), ("false positives", fps),
                         ("unit disagreements", unit_bad), ("change disagreements", change_bad)):
        out.append(f"\n-- {title} (first {min(n, len(items))} of {len(items)})")
        out.extend(items[:n])
    units = Counter(r.split("[")[1].split("]")[0] for r in unit_bad)
    out.append("\n-- gold units among unit disagreements: " + ", ".join(
        f"{u} {c}" for u, c in units.most_common(20)))
    return "\n".join(out)
