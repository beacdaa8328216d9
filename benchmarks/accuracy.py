"""Extraction accuracy on the labelled eval sets in ../shared/eval, verifier next to quantulum3.

    python benchmarks/accuracy.py [--only NAME ...] [--write docs/accuracy.md] [--limit N]
                                  [--show-errors SUBSET [--errors-n 40]]

Prints one Markdown table (dataset | measure | verifier | quantulum3 | target | n) and the wall
time per dataset. quantulum3 is optional (`pip install -e .[bench]`); without it its column
reads n/a. Each eval set is a module in benchmarks/evalsets (see its docstring for the scoring).
The script re-runs itself with PYTHONHASHSEED=0: quantulum3's output depends on the hash seed.
"""

from __future__ import annotations

import argparse
import inspect
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsets import MODULES, common  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
COMMAND = "python benchmarks/accuracy.py --write docs/accuracy.md"
KEEP = "<!-- consistency: start -->"


def fmt(v: float | None, measure: str) -> str:
    if v is None:
        return "n/a"
    if "(count)" in measure:
        return str(int(v))
    return f"{v:.3f}"


def table(rows: list[common.Row]) -> str:
    out = ["| dataset | measure | verifier | quantulum3 | target | n |",
           "|---|---|---:|---:|---|---:|"]
    for r in rows:
        out.append(f"| {r.dataset} | {r.measure} | {fmt(r.verifier, r.measure)} | "
                   f"{fmt(r.quantulum3, r.measure)} | {r.target} | {r.n} |")
    return "\n".join(out)


def short(mod) -> str:
    return mod.__name__.rsplit(".", 1)[-1]


def _revision() -> str:
    """The commit measured, and whether verifier/ had uncommitted changes."""
    import verifier

    repo = Path(__file__).resolve().parents[1]
    where = Path(verifier.__file__).resolve().parents[1]
    if where != repo:
        return f"the copy imported from {where}"
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "verifier"], cwd=repo,
                               text=True, capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return f"commit {head}" + (" with uncommitted changes to verifier/" if dirty else "")


def write_doc(path: Path, rows: list[common.Row], mods: list, args) -> None:
    cmd = COMMAND if args.limit is None else f"{COMMAND} --limit {args.limit}"
    crashes = (f" verifier.extract raised on {len(common.VERIFIER_ERRORS)} inputs, scored as "
               "no output." if common.VERIFIER_ERRORS else "")
    parts = [
        "# Extraction accuracy",
        "",
        "How well verifier finds and normalises figures (quantities, money, percentages), "
        "dates and direct quotes with their speakers in labelled text written by others, next "
        "to quantulum3 (figures only) scored by the same rules. Each row "
        "is one measure on one eval set from `../shared/eval` (dev part; a held-out part is "
        "measured separately). `n` is the number of gold items (or inputs) the measure is "
        "computed on. Counts are marked (count); everything else is a fraction.",
        "",
        f"Regenerate: `{cmd}`",
        "",
        f"Date: {date.today().isoformat()}, verifier at {_revision()}. "
        f"quantulum3: {common.Q3_CONFIG}.{crashes}",
        "",
        "Targets (the issue): NewsQuant value F1 >= 0.93 and value+unit F1 >= 0.85; TempEval-3 "
        "calendar dates right at the gold precision >= 0.85; PolNeAR direct quotes F1 >= 0.92 "
        "with the right speaker >= 0.80. For reference, CQE's paper reports .912 / .842 for CQE "
        "and .731 / .473 for quantulum3 on the full NewsQuant set; the rows here are the dev "
        "part only, scored by the rules below.",
        "",
        table(rows),
        "",
        "## How scored",
        "",
        "Numbers match when |a-b| <= 1e-6*max(1,|b|), b the gold value. Shared unit tables and "
        "matching rules: `benchmarks/evalsets/common.py`.",
    ]
    for m in mods:
        doc = inspect.cleandoc(m.__doc__ or "").strip()
        parts += ["", f"### {m.DATASET}", "", doc]
    path.parent.mkdir(parents=True, exist_ok=True)
    # keep the section benchmarks/consistency.py writes
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    kept = old[old.index(KEEP):] if KEEP in old else ""
    path.write_text("\n".join(parts) + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # quantulum3's unit choices depend on set iteration order; pin it so runs repeat
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", metavar="NAME", help="eval-set modules or folders")
    ap.add_argument("--write", metavar="FILE", help="also write a Markdown page")
    ap.add_argument("--limit", type=int, help="score only the first N rows of each file")
    ap.add_argument("--show-errors", metavar="SUBSET",
                    help="print verifier's misses and false positives, e.g. NewsQuant")
    ap.add_argument("--errors-n", type=int, default=40, help="errors of each kind to print")
    args = ap.parse_args()

    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    try:
        import verifier  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - report any import failure in one line
        print(f"error: verifier does not import: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    mods = MODULES
    if args.only:
        wanted = set(args.only)
        mods = [m for m in MODULES if short(m) in wanted or m.DATASET in wanted]
        unknown = wanted - {short(m) for m in MODULES} - {m.DATASET for m in MODULES}
        if unknown:
            print(f"error: unknown eval set(s) {', '.join(sorted(unknown))}; "
                  f"valid: {', '.join(m.DATASET for m in MODULES)}", file=sys.stderr)
            return 2

    rows: list[common.Row] = []
    timings: list[tuple[str, float]] = []
    scored = []
    for m in mods:
        d = EVAL / m.DATASET
        if not d.is_dir():
            print(f"skipped: {d} not found")
            continue
        t0 = time.perf_counter()
        rows.extend(m.score(d, args.limit))
        timings.append((m.DATASET, time.perf_counter() - t0))
        scored.append(m)

    common.quantulum3_available()
    print(table(rows))
    print()
    print(f"quantulum3: {common.Q3_CONFIG}")
    if common.VERIFIER_ERRORS:
        text, err = common.VERIFIER_ERRORS[0]
        print(f"verifier.extract raised on {len(common.VERIFIER_ERRORS)} inputs (scored as no "
              f"output); first: {err} on {text!r}")
    print("wall time: " + ", ".join(f"{n} {t:.1f}s" for n, t in timings))

    if args.show_errors:
        for m in scored:
            text = m.show_errors(EVAL / m.DATASET, args.show_errors, args.limit,
                                 args.errors_n) if hasattr(m, "show_errors") else ""
            if text:
                print()
                print(text)
    if args.write:
        write_doc(Path(args.write), rows, scored, args)
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
