"""Direct quotes and their speakers on PolNeAR (political news, expert attribution spans).

Data: ../shared/eval/polnear_news_attribution (its README gives origin and licence).

Scoring, as implemented below:

- `dev` split only. Articles annotated by several people (agreement studies): the first
  annotator listed is the gold, the others are ignored.
- Gold quotes are the attributions whose content carries double quotation marks. The data's
  `content_has_quote_marks` flag is used, plus content holding NYT's doubled apostrophes
  (''like this''), which the flag misses although they are NYT's quotation marks.
- Gold content often mixes quoted and unquoted words (content: 'the plan was a "total
  disaster" for the state'), and one attribution may hold several quoted stretches split
  by the cue ('"A," he said. "B."'). So the unit scored is the quoted stretch: the content
  words that lie between a pair of double marks in the article (a paragraph ending inside a
  quote continues when the next one opens with a mark, the news convention). Each stretch
  inherits its attribution's source. Stretches of any length count, so partial quotes and
  one-word quoted terms that annotators attributed to someone are gold too.
- verifier runs on each article as a `.txt` file (first line is the title) with
  `published=publication_date`; its claims of kind "quote" are the predictions.
- A prediction matches a gold stretch when its span holds at least half of the stretch's
  words; matching is one-to-one, biggest overlaps first. Unmatched predictions are false
  positives: quoted titles and scare quotes nobody is said to have said, and quotes in
  single marks (headlines), which the gold never counts as quotes.
- Speaker accuracy is over matched quotes whose gold has a source (a few have none).
  Right means: after
  lower-casing, dropping punctuation, possessives, titles ("Sen.", "Mr.") and appositions
  (", who ...", " of Ohio", "(R-Ohio)"), one name's words end the other's (gold "Trump",
  predicted "Donald Trump"; gold "Republican strategist Fred Davis", predicted "Fred Davis";
  but "Eric Trump" is not "Donald Trump"). Gold sources that are pronouns ("he",
  "she", "who") need coreference the gold does not give: they are scored leniently, right
  when the predicted speaker matches any named gold source earlier in the article. Two more
  rows: named sources only, and pronoun sources scored strictly against the nearest named
  gold source before them (a proxy for the antecedent, itself wrong now and then).

`score` takes the dataset folder (as benchmarks/accuracy.py passes it) or the eval root.
Run alone: python benchmarks/evalsets/polnear.py [--limit N] [--errors N] [--timing]
"""

from __future__ import annotations

import json
import pathlib
import re
import sys
from collections import Counter
from datetime import date

try:
    from .common import Row
except ImportError:
    from common import Row  # run as a script from benchmarks/evalsets/

DATASET = "polnear_news_attribution"
EVAL_DIR = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval"
_WORD = re.compile(r"\w+")
_MARK = re.compile(r"''|[\"“”]")
_NYT_MARKS = re.compile(r"''")
PRONOUNS = {"he", "she", "they", "it", "who", "i", "we", "you", "his", "her", "him", "their",
            "them", "its", "which", "that", "whom", "this", "one", "me", "us", "our", "my"}
_TITLES = set("""mr mrs ms dr sen senator rep gov governor president former the gen pres rev
    secretary speaker candidate presidential republican democratic gop""".split())


def quoted_runs(text: str) -> list[int]:
    """Per character: the id of the double-quoted stretch it is in, or -1."""
    run = [-1] * len(text)
    rid, pos, carry = -1, 0, False
    for para in text.split("\n"):
        inside = False
        for m in _MARK.finditer(para):
            mark = m.group()
            if not inside:
                if mark == "”":
                    continue
                inside, qs = True, pos + m.end()
                if not (carry and para[:m.start()].strip() == ""):
                    rid += 1
            elif mark != "“":
                run[qs:pos + m.start()] = [rid] * (pos + m.start() - qs)
                inside = False
        if inside:
            run[qs:pos + len(para)] = [rid] * (pos + len(para) - qs)
        # only a non-empty paragraph left open carries on
        carry = inside or (carry and not para.strip())
        pos += len(para) + 1
    return run


def gold_stretches(text: str, atts: list[dict]) -> list[dict]:
    runs = quoted_runs(text)
    out = []
    for a in atts:
        c = a["content"]
        if not c or not (a["content_has_quote_marks"] or _NYT_MARKS.search(c["text"])):
            continue
        by_run: dict[int, list[tuple[int, int]]] = {}
        for s, e in c["spans"]:
            for m in _WORD.finditer(text, s, e):
                r = runs[m.start()]
                if r >= 0:
                    by_run.setdefault(r, []).append((m.start(), m.end()))
        for words in by_run.values():
            out.append({"words": words, "source": a["source"]["text"] if a["source"] else None,
                        "source_at": a["source"]["spans"][0][0] if a["source"] else None,
                        "id": a["id"]})
    return out


def _norm(name: str) -> list[str]:
    # the name itself, not its apposition: "Jane Doe, a spokeswoman", "Doe (R-Ohio)", "Doe of Ohio"
    name = re.split(r",| who | which | of |\(", name.replace("’", "'"))[0]
    words = re.findall(r"[a-z0-9-]+", re.sub(r"'s\b", "", name.lower()))
    return [w for w in words if w not in _TITLES] or [w for w in words if w != "the"]


def same_speaker(gold: str, pred: str | None) -> bool:
    """One name is the end of the other: "Trump" / "Donald Trump", "strategist Fred Davis" /
    "Fred Davis"; "Eric Trump" / "Donald Trump" differ."""
    g, p = _norm(gold), _norm(pred or "")
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    return long_[len(long_) - len(short):] == short


def _match(gold: list[dict], preds: list) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        need = len(g["words"])
        for pi, q in enumerate(preds):
            got = sum(1 for s, e in g["words"] if s >= q.span.start and e <= q.span.end)
            if got and got * 2 >= need:
                pairs.append((got, -gi, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi), out.append((gi, pi))
    return out


def _folder(eval_dir: pathlib.Path) -> pathlib.Path:
    """The dataset folder, given it or the eval root holding it."""
    return eval_dir if (eval_dir / "articles.jsonl").is_file() else eval_dir / DATASET


def load(eval_dir: pathlib.Path, limit: int | None = None):
    folder = _folder(eval_dir)
    if not (folder / "articles.jsonl").is_file():
        return None
    arts = [json.loads(line) for line in (folder / "articles.jsonl").open(encoding="utf-8")]
    arts = sorted((a for a in arts if a["split"] == "dev"), key=lambda a: a["id"])[:limit]
    keep = {a["id"]: a["annotators"][0] for a in arts}
    atts: dict[str, list[dict]] = {}
    for line in (folder / "attributions.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["split"] == "dev" and keep.get(r["article_id"]) == r["annotator"]:
            atts.setdefault(r["article_id"], []).append(r)
    return arts, atts


def evaluate(eval_dir: pathlib.Path, limit: int | None = None):
    """Counts and the per-item outcomes (for reading errors)."""
    import verifier

    loaded = load(eval_dir, limit)
    if loaded is None:
        return None
    arts, atts = loaded
    c = Counter()
    misses, false_pos, wrong = [], [], []
    for a in arts:
        text, rels = a["text"], atts.get(a["id"], [])
        gold = gold_stretches(text, rels)
        claims = verifier.extract(text, published=date.fromisoformat(a["publication_date"]),
                                  name=a["id"] + ".txt")
        preds = [q for q in claims if q.kind == "quote"]
        named = sorted((r["source"]["spans"][0][0], r["source"]["text"]) for r in rels
                       if r["source"] and not set(r["source"]["text"].lower().split()) <= PRONOUNS)
        pairs = _match(gold, preds)
        c["gold"] += len(gold)
        c["pred"] += len(preds)
        c["tp"] += len(pairs)
        hit_g, hit_p = {g for g, _ in pairs}, {p for _, p in pairs}
        misses += [(a, g) for i, g in enumerate(gold) if i not in hit_g]
        false_pos += [(a, q) for i, q in enumerate(preds) if i not in hit_p]
        for gi, pi in pairs:
            g, q = gold[gi], preds[pi]
            if g["source"] is None:
                c["no_source"] += 1
                continue
            pronoun = set(g["source"].lower().split()) <= PRONOUNS
            if pronoun:
                earlier = [n for at, n in named if at < g["source_at"]]
                ok = any(same_speaker(n, q.speaker) for n in earlier)
                c["pronoun_nearest_ok"] += bool(earlier) and same_speaker(earlier[-1], q.speaker)
            else:
                ok = same_speaker(g["source"], q.speaker)
            c["pronoun" if pronoun else "named"] += 1
            c[("pronoun_ok" if pronoun else "named_ok")] += ok
            if not ok:
                wrong.append((a, g, q, pronoun))
    return c, misses, false_pos, wrong


def score(eval_dir: pathlib.Path, limit: int | None = None) -> list[Row]:
    out = evaluate(eval_dir, limit)
    if out is None:
        return []
    c = out[0]
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    spk = c["named"] + c["pronoun"]
    return [
        Row(DATASET, "direct quotes: precision", round(p, 3), n=c["pred"]),
        Row(DATASET, "direct quotes: recall", round(r, 3), n=c["gold"]),
        Row(DATASET, "direct quotes: F1", round(f, 3), target=">= 0.92", n=c["gold"]),
        Row(DATASET, "speaker right, of matched quotes (pronoun sources lenient)",
            round((c["named_ok"] + c["pronoun_ok"]) / spk, 3) if spk else None,
            target=">= 0.80", n=spk),
        Row(DATASET, "speaker right, of matched quotes with a named source",
            round(c["named_ok"] / c["named"], 3) if c["named"] else None, n=c["named"]),
        Row(DATASET, "speaker right, pronoun sources, strict (nearest earlier named source)",
            round(c["pronoun_nearest_ok"] / c["pronoun"], 3) if c["pronoun"] else None,
            n=c["pronoun"]),
    ]


def _timing(eval_dir: pathlib.Path, limit: int | None) -> str:
    import time

    from verifier.extract import quotes
    loaded = load(eval_dir, limit)
    texts = [a["text"] for a in loaded[0]]
    size = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            quotes.scan(t, 0, len(t), [])
        best = min(best, time.perf_counter() - t0)
    return f"quotes.scan: {best * 1e3 / (size / 1e5):.2f} ms per 100 KB over {size} chars"


def show_errors(eval_dir: pathlib.Path, which: str = "all", limit: int | None = None,
                n: int = 40) -> str:
    """Missed quotes, false quotes and wrong speakers, `n` of each, with their context."""
    if which not in ("all", "polnear", DATASET):
        return ""
    out = evaluate(eval_dir, limit)
    if out is None:
        return ""
    _, misses, false_pos, wrong = out
    lines = [f"== {DATASET}: missed quotes ({len(misses)})"]
    for a, g in misses[:n]:
        s, e = g["words"][0][0], g["words"][-1][1]
        lines.append(f"- {a['id'][:40]} {s}: {a['text'][max(0, s - 60):e + 40]!r}")
    lines.append(f"== {DATASET}: false quotes ({len(false_pos)})")
    for a, q in false_pos[:n]:
        s, e = q.span.start, q.span.end
        lines.append(f"- {a['id'][:40]} {s}: {a['text'][max(0, s - 60):e + 40]!r}")
    lines.append(f"== {DATASET}: wrong speakers ({len(wrong)})")
    for a, g, q, pronoun in wrong[:n]:
        s = q.span.start
        lines.append(f"- gold={g['source']!r}{' (pronoun)' if pronoun else ''} "
                     f"verifier={q.speaker!r}: {a['text'][max(0, s - 100):q.span.end + 60]!r}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="score only the first N articles (by id)")
    ap.add_argument("--errors", type=int, default=0, help="print N examples of each error")
    ap.add_argument("--timing", action="store_true", help="time quotes.scan alone")
    args = ap.parse_args(argv)
    if not (EVAL_DIR / DATASET).is_dir():
        print(f"skipped: {EVAL_DIR / DATASET} not found")
        return 0
    for row in score(EVAL_DIR, args.limit):
        print(f"{row.measure:72} {row.verifier!s:>7}  {row.target:8} n={row.n}")
    if args.errors:
        print()
        print(show_errors(EVAL_DIR, "all", args.limit, args.errors))
    if args.timing:
        print(_timing(EVAL_DIR, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
