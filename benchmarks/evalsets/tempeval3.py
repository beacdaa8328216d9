"""TempEval-3 (TBAQ-cleaned, the dev part): dates in dated news, resolved against the document
creation date (DCT).

Each document's text goes through `verifier.extract(text, published=DCT)`; its `date` claims
are compared with the gold TIMEX3 expressions of type DATE. A gold date is right when a
predicted date overlaps its span and, written at the gold's precision, equals the gold value
with the same precision: `1998` is year precision, `1998-08` month, `1998-08-07` day,
`1998-Q3` quarter, `1998-W32` week (verifier gives a week as its Monday).

- "calendar dates right": gold values YYYY, YYYY-MM, YYYY-MM-DD (the target, >= 0.85).
- "all DATE values right": every gold DATE, including PRESENT_REF, seasons, `1989-QX`, which
  verifier does not produce: an honest floor.
- "date span precision": predicted dates that overlap any gold TIMEX3 (DATE, TIME, DURATION or
  SET), over all predicted dates: false dates lower it. TimeBank leaves some dates
  unannotated, so this is a lower bound.
quantulum3 extracts no dates: its column is n/a.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import verifier

from .common import Row, read_jsonl

DATASET = "tempeval3_timex"
_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?$")
_PRECISION_OF = [(re.compile(r"\d{4}$"), "year"), (re.compile(r"\d{4}-\d\d$"), "month"),
                 (re.compile(r"\d{4}-\d\d-\d\d$"), "day"), (re.compile(r"\d{4}-Q\d$"), "quarter"),
                 (re.compile(r"\d{4}-W\d\d$"), "week")]


def _as_timex(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "decade":
        return f"{value.year // 10:03d}"
    return value.isoformat()


def _gold_precision(value: str) -> str | None:
    return next((p for rx, p in _PRECISION_OF if rx.match(value)), None)


def _run(eval_dir: Path, limit: int | None):
    folder = eval_dir  # the dataset folder
    docs = [d for d in read_jsonl(folder / "documents.jsonl") if d["split"] == "dev"]
    if limit:
        docs = docs[:limit]
    gold = {}
    for t in read_jsonl(folder / "timex.jsonl"):
        if t["split"] == "dev":
            gold.setdefault(t["doc_id"], []).append(t)
    for d in docs:
        dct = date.fromisoformat(d["dct"][:10])
        predicted = [c for c in verifier.extract(d["text"], published=dct, name=f"{d['doc_id']}.md")
                     if c.kind == "date"]
        yield d, gold.get(d["doc_id"], []), predicted


def _judge(g: dict, predicted: list) -> tuple[bool, object | None]:
    over = [c for c in predicted if c.span.start < g["end"] and g["start"] < c.span.end]
    precision = _gold_precision(g["value"])
    for c in over:
        if c.precision == precision and _as_timex(c.value, c.precision) == g["value"]:
            return True, c
    return False, over[0] if over else None


def score(eval_dir: Path, limit: int | None = None) -> list[Row]:
    calendar_right = calendar = all_right = all_dates = 0
    pred_total = pred_in_gold = 0
    for _, golds, predicted in _run(eval_dir, limit):
        for g in golds:
            if g["type"] != "DATE":
                continue
            right, _ = _judge(g, predicted)
            all_dates += 1
            all_right += right
            if _CALENDAR.match(g["value"]):
                calendar += 1
                calendar_right += right
        pred_total += len(predicted)
        pred_in_gold += sum(1 for c in predicted
                            if any(c.span.start < g["end"] and g["start"] < c.span.end
                                   for g in golds))
    return [
        Row(DATASET, "calendar dates right at gold precision", calendar_right / calendar,
            target=">= 0.85", n=calendar),
        Row(DATASET, "all DATE values right", all_right / all_dates, n=all_dates),
        Row(DATASET, "date span precision", pred_in_gold / pred_total if pred_total else None,
            n=pred_total),
    ]


def show_errors(eval_dir: Path, which: str, limit: int | None = None, n: int = 40) -> str:
    """Wrong or missed calendar dates, and predicted dates with no gold, for reading."""
    misses, false = [], []
    for d, golds, predicted in _run(eval_dir, limit):
        for g in golds:
            if g["type"] == "DATE" and _CALENDAR.match(g["value"]):
                right, c = _judge(g, predicted)
                if not right:
                    got = f"{c.span.text!r} -> {_as_timex(c.value, c.precision)}" if c else "none"
                    misses.append(f"{g['text']!r} gold {g['value']} (dct {d['dct'][:10]}): {got}")
        for c in predicted:
            if not any(c.span.start < g["end"] and g["start"] < c.span.end for g in golds):
                false.append(f"{c.span.text!r} -> {c.value} ({c.precision})")
    return "\n".join(["## misses", *misses[:n], "", "## predicted, not in gold", *false[:n]])
