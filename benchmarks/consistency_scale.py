"""How the whole check grows with the corpus: the BBC dev corpus (../shared/eval/bbc_news) checked
at 1x and at 4x (four copies of every article under new file names, so every figure, quote and
block is four times as large). Each run is a fresh process; prints, per size, the median CPU and
wall time of `verifier.check_texts` over the runs (load, segment, extract and every built-in
check), its peak memory (max RSS of the process), the findings, and the 4x / 1x time ratio (the
target: at most 5).

    python benchmarks/consistency_scale.py [--runs 3]
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bbc_news" / "data.jsonl"


def one_run(copies: int) -> None:
    from verifier import check_texts

    docs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    texts = {f"copy{k}-{d['id']}.txt": d["title"] + "\n" + d["text"]
             for k in range(copies) for d in docs}
    t0, c0 = time.perf_counter(), time.process_time()
    report = check_texts(texts)
    t1, c1 = time.perf_counter(), time.process_time()
    print(json.dumps({"cpu": c1 - c0, "wall": t1 - t0, "articles": len(texts),
                      "findings": len(report.findings), "claims": len(report.claims),
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one-run", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_run:
        one_run(args.one_run)
        return 0
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    medians = {}
    for copies in (1, 4):
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--one-run", str(copies)],
                                          check=True, capture_output=True, text=True).stdout)
                for _ in range(args.runs)]
        med = {k: statistics.median(r[k] for r in runs) for k in ("cpu", "wall", "max_rss_mb")}
        medians[copies] = med
        print(f"{copies}x: articles={runs[0]['articles']} claims={runs[0]['claims']} "
              f"findings={runs[0]['findings']} cpu_s={med['cpu']:.1f} wall_s={med['wall']:.1f} "
              f"peak_rss_mb={med['max_rss_mb']:.0f}  (median of {args.runs})")
    print(f"4x / 1x: cpu {medians[4]['cpu'] / medians[1]['cpu']:.2f}, "
          f"wall {medians[4]['wall'] / medians[1]['wall']:.2f} (target <= 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
