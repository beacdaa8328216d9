"""Cross-article consistency, measured two ways.

1. EQUATE (../shared/eval/equate_quant_nli): each pair's premise and hypothesis are checked as two
   articles, and a pair counts as flagged when the checker reports a `contradiction` finding.
   One table: contradiction precision, recall and F1 where the subset has contradiction labels
   (StressTest, AWPNLI, RedditNLI), and the share of pairs flagged for each gold label. On the
   real news pairs (NewsNLI, RTE-Quant) nothing contradicts, so every flag is false. Synthetic
   (StressTest, AWPNLI) and natural subsets are separate rows, as the data's README asks.
2. False flags on real news: the checker over the BBC dev corpus (../shared/eval/bbc_news); a
   random sample (seed 0) of up to 30 of its contradiction findings, each with the judgement a
   person recorded in benchmarks/judgements/bbc_contradictions.yaml (keyed by the finding's
   fingerprint, so a finding keeps its judgement while other code changes). A finding with no
   judgement yet is listed as such and left out of the rate: judge it, then rerun.

    python benchmarks/consistency.py [--subset NAME ...] [--show fp|fn [--show-n 20]]
                                     [--write docs/accuracy.md]

`--show` prints wrong EQUATE pairs with their findings, for error analysis. `--write` puts both
tables in docs/accuracy.md, between the markers below (benchmarks/accuracy.py keeps them).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "equate_quant_nli"
BBC = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bbc_news" / "data.jsonl"
JUDGEMENTS = Path(__file__).resolve().parent / "judgements" / "bbc_contradictions.yaml"
COMMAND = "python benchmarks/consistency.py --write docs/accuracy.md"
START, END = "<!-- consistency: start -->", "<!-- consistency: end -->"
SAMPLE = 30
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


def bbc_sample() -> tuple[list, int]:
    """(finding, judgement or None) for a random sample of the BBC corpus' contradiction
    findings, and how many findings there were."""
    from verifier import check_texts

    docs = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    report = check_texts({f"{d['id']}.txt": d["title"] + "\n" + d["text"] for d in docs})
    found = sorted((f for f in report.findings if f.check == "contradiction"),
                   key=lambda f: (f.source, f.start))
    sample = random.Random(0).sample(found, min(SAMPLE, len(found)))
    judged = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.is_file() \
        else {}
    return [(f, (judged or {}).get(f.fingerprint)) for f in sample], len(found)


def bbc_table(sample: list, total: int) -> str:
    lines = ["| finding | other side | judgement | why |", "|---|---|---|---|"]
    for f, j in sample:
        other = ", ".join(f"{r.source}:{r.line}" for r in f.related)
        verdict, why = (j["verdict"], j["why"]) if j else ("not judged yet", "")
        lines.append(f"| {f.source}:{f.line} {f.message} | {other} | {verdict} | {why} |"
                     .replace("\n", " "))
    judged = [j for _, j in sample if j]
    right = sum(1 for j in judged if j["verdict"] == "right")
    rate = f"{right / len(judged):.2f}" if judged else "n/a"
    lines += ["", f"{total} contradiction findings over the corpus; {len(sample)} sampled, "
                  f"{len(judged)} judged: {right} right, {len(judged) - right} wrong, "
                  f"rate {rate} (target >= 0.80)."]
    return "\n".join(lines)


def write(path: Path, equate: str, bbc: str) -> None:
    block = "\n".join([START, "## Cross-article consistency", "",
                       f"Regenerate: `{COMMAND}`", "",
                       "### EQUATE: premise and hypothesis checked as two articles", "",
                       equate, "", "### False flags on real news: BBC dev corpus", "",
                       "A random sample (seed 0) of the contradiction findings, each judged by "
                       "a person: right when an editor would want to see it. Judgements: "
                       "`benchmarks/judgements/bbc_contradictions.yaml`.", "", bbc, "",
                       "### Also measured", "",
                       "- The seed articles (the 10,000 vs several hundred GPUs and 3 GW vs one "
                       "gigawatt disagreements found, the 18,000 future chips not set against "
                       "the current fleet): `python -m pytest tests/test_seeds.py`.",
                       "- Cost at 1x and 4x the BBC corpus (4x may cost at most 5x the time): "
                       "`python benchmarks/consistency_scale.py`.", END])
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subset", nargs="*", help="only these subsets")
    ap.add_argument("--show", choices=["fp", "fn"], help="print wrong pairs")
    ap.add_argument("--show-n", type=int, default=20)
    ap.add_argument("--write", type=Path, help="put the tables in this Markdown file")
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
    equate = table(results)
    print(equate)
    print(f"\n{len(rows)} pairs in {time.perf_counter() - t0:.1f} s.")
    bbc = ""
    if BBC.is_file() and not args.subset:
        bbc = bbc_table(*bbc_sample())
        print("\n" + bbc)
    if args.write:
        write(args.write, equate, bbc)
    if args.show:
        for subset, cases in wrong.items():
            for r, found in cases[args.show][:args.show_n]:
                print(f"\n[{subset} {r['label']}] P: {r['premise']}\n  H: {r['hypothesis']}")
                for f in found:
                    print(f"  -> {f.message} | {f.details}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
