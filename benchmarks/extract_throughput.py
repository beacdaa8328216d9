"""Extraction throughput (MB/s, one core) over ../shared/eval/bbc_news: load, segment and
extract every article, the way `verifier claims` does. Each run is a fresh process, so caches
that fill up while reading (split names, parsed date phrases) start empty every time, as they
do for a user's run. Prints the median over the runs of the CPU time (what one core spends,
the figure the target is about; it moves less than wall time when the machine is shared) and
of the wall time: of the whole pass, and of its two stages, load + segment (sources, sentences,
citations, boilerplate) and extract (claims from the segmented sources, normalised). Last, the
machine's pace (the CPU time of an empty loop), since MB/s measured on one machine say little
about another. It measures the verifier it imports, and says which build that is: pure Python
(`pip install -e .`) or compiled (`VERIFIER_COMPILE=1 pip install .`, see setup.py).

    python benchmarks/extract_throughput.py [--runs 5]
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

PACE_STEPS = 10_000_000
DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bbc_news" / "data.jsonl"


def one_run() -> None:
    """Read the corpus, then time one pass over it, stage by stage; print seconds, bytes and
    claims as JSON."""
    from verifier.extract import context, extract_source
    from verifier.load import load_text
    from verifier.segment import segment

    docs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    texts = [(f"{d['id']}.txt", d["title"] + "\n" + d["text"]) for d in docs]
    pace = time.process_time()
    for _ in range(PACE_STEPS):  # the machine's pace: a fixed loop of plain Python
        pass
    pace = time.process_time() - pace
    t0, c0 = time.perf_counter(), time.process_time()
    segmented = [segment(load_text(n, t)[0]) for n, t in texts]
    t1, c1 = time.perf_counter(), time.process_time()
    claims = sum(len(extract_source(s).claims) for s in segmented)
    t2, c2 = time.perf_counter(), time.process_time()
    print(json.dumps({"pace": pace, "cpu": c2 - c0, "wall": t2 - t0, "segment_cpu": c1 - c0,
                      "segment_wall": t1 - t0, "extract_cpu": c2 - c1, "extract_wall": t2 - t1,
                      "articles": len(texts), "claims": claims,
                      "compiled": not context.__file__.endswith(".py"),
                      "bytes": sum(len(t.encode()) for _, t in texts)}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    if args.one_run:
        one_run()
        return 0
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, __file__, "--one-run"], capture_output=True,
                              text=True)
        if done.returncode:  # e.g. verifier not installed: say so in one line
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"error: a benchmark run failed: {last}", file=sys.stderr)
            return 1
        runs.append(json.loads(done.stdout))
    size = runs[0]["bytes"]
    build = "compiled (VERIFIER_COMPILE=1)" if runs[0]["compiled"] else "pure Python"
    print(f"articles={runs[0]['articles']} bytes={size} claims={runs[0]['claims']} "
          f"build={build} runs={args.runs} (each a fresh process); medians:")
    for label, key in (("whole pass", ""), ("load+segment", "segment_"), ("extract", "extract_")):
        cpu = statistics.median(r[key + "cpu"] for r in runs)
        wall = statistics.median(r[key + "wall"] for r in runs)
        print(f"{label:>13}: cpu_s={cpu:.2f} MB_per_s={size / cpu / 1e6:.2f}   "
              f"wall_s={wall:.2f} MB_per_s={size / wall / 1e6:.2f}")
    # MB/s depend on the machine as much as on the code: this tells how fast this one is
    pace = statistics.median(r["pace"] for r in runs)
    print(f"machine pace: an empty loop of {PACE_STEPS:,} steps takes cpu_s={pace:.2f} "
          f"(a rough guide to comparing figures from other machines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
