"""Extraction throughput (MB/s, one core) over ../shared/eval/bbc_news; prints the median of runs.

    python benchmarks/extract_throughput.py [--runs 5]
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from verifier.extract import extract_source
from verifier.load import load_text
from verifier.segment import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bbc_news" / "data.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    docs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    texts = [(f"{d['id']}.txt", d["title"] + "\n" + d["text"]) for d in docs]
    size = sum(len(t.encode()) for _, t in texts)
    times, claims = [], 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        claims = sum(len(extract_source(segment(load_text(n, t)[0])).claims) for n, t in texts)
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"articles={len(texts)} bytes={size} claims={claims} runs={args.runs} "
          f"median_s={med:.2f} MB_per_s={size / med / 1e6:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
