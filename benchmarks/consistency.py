"""Cross-article consistency on EQUATE (../shared/eval/equate_quant_nli): each pair's premise and
hypothesis are checked as two articles, and a pair counts as flagged when the checker reports a
`contradiction` finding between them.

    python benchmarks/consistency.py [--subset NAME ...] [--show WHAT [--show-n 20]]

Prints one Markdown table per subset: contradiction precision, recall and F1 where the subset
has contradiction labels (StressTest, AWPNLI, RedditNLI), and the share of pairs flagged for
each gold label. On the real news pairs (NewsNLI, RTE-Quant) nothing contradicts, so every
flag is false. Synthetic (StressTest, AWPNLI) and natural subsets are separate rows, as the
data's README asks. `--show fp|fn` prints wrong pairs with the finding, for error analysis.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "equate_quant_nli"
COMMAND = "python benchmarks/consistency.py"
TARGETS = {("StressTest", "contradiction F1"): ">= 0.75",
           ("NewsNLI", "flagged, all pairs"): "<= 0.05",
           ("RTE_Quant", "flagged, all pairs"): "<= 0.05"}
NATURAL = ("RTE_Quant", "NewsNLI", "RedditNLI")


def flagged(premise: str, hypothesis: str):
    """The contradiction findings between the two texts, checked as two articles."""
    from verifier import check_texts

    report = check_texts({"premise.md": premise, "hypothesis.md": hypothesis})
    return [f for f in report.findings if f.check == "contradiction"]


def score(rows: list[dict]) -> tuple[list[tuple[str, str, float, int]], dict]:
    """(subset, measure, value, n) rows, and the pairs each subset got wrong."""
    by_subset: dict[str, list[tuple[dict, list]]] = defaultdict(list)
    for r in rows:
        # as Markdown without a heading: a .txt file's first line would be read as its title
        by_subset[r["subset"]].append((r, flagged(r["premise"], r["hypothesis"])))
    out, wrong = [], {}
    for subset in sorted(by_subset, key=lambda s: (s in NATURAL, s)):
        pairs = by_subset[subset]
        labels = Counter(r["label"] for r, _ in pairs)
        tp = sum(1 for r, f in pairs if f and r["label"] == "contradiction")
        fp = sum(1 for r, f in pairs if f and r["label"] != "contradiction")
        fn = sum(1 for r, f in pairs if not f and r["label"] == "contradiction")
        if labels["contradiction"]:
            p = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
            out += [(subset, "contradiction P", p, tp + fp),
                    (subset, "contradiction R", rec, tp + fn),
                    (subset, "contradiction F1", f1, len(pairs))]
        for label in ("contradiction", "entailment", "neutral"):
            if labels[label]:
                n_flag = sum(1 for r, f in pairs if f and r["label"] == label)
                out.append((subset, f"flagged, {label} pairs", n_flag / labels[label],
                            labels[label]))
        if not labels["contradiction"]:
            out.append((subset, "flagged, all pairs", sum(1 for _, f in pairs if f) / len(pairs),
                        len(pairs)))
        wrong[subset] = {"fp": [(r, f) for r, f in pairs if f and r["label"] != "contradiction"],
                         "fn": [(r, f) for r, f in pairs
                                if not f and r["label"] == "contradiction"]}
    return out, wrong


def table(results) -> str:
    lines = ["| subset | measure | verifier | target | n |", "|---|---|---:|---|---:|"]
    for subset, measure, value, n in results:
        kind = "natural" if subset in NATURAL else "synthetic"
        lines.append(f"| {subset} ({kind}) | {measure} | {value:.3f} | "
                     f"{TARGETS.get((subset, measure), '')} | {n} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subset", nargs="*", help="only these subsets")
    ap.add_argument("--show", choices=["fp", "fn"], help="print wrong pairs")
    ap.add_argument("--show-n", type=int, default=20)
    args = ap.parse_args()
    data = EVAL / "data.jsonl"
    if not data.is_file():
        print(f"skipped: {data} not found")
        return 0
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    if args.subset:
        rows = [r for r in rows if r["subset"] in args.subset]
    t0 = time.perf_counter()
    results, wrong = score(rows)
    print(table(results))
    print(f"\n{len(rows)} pairs in {time.perf_counter() - t0:.1f} s. Command: {COMMAND}")
    if args.show:
        for subset, cases in wrong.items():
            for r, found in cases[args.show][:args.show_n]:
                print(f"\n[{subset} {r['label']}] P: {r['premise']}\n  H: {r['hypothesis']}")
                for f in found:
                    print(f"  -> {f.message} | {f.details}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
