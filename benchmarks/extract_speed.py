"""Extraction speed against spaCy's own parse time on the same texts.

usage: python benchmarks/extract_speed.py [ARTICLES.jsonl|.txt ...] [--per-article N] [--rounds R]

The corpus: every sentence record of the given JSONL files grouped N to an article, plus
every .txt article (default: the seed articles, and the benchmark records when the file lies
beside the checkout).
Prints the parse time (nlp.pipe alone), the time of the whole extraction (parse, rules,
resolution, coding) and their ratio; the rules' own cost is the ratio minus one.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from graphbuild.model import Article
from graphbuild.nlp import load_model
from graphbuild.parallel import BATCH_ARTICLES
from graphbuild.pipeline import extract_articles

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = [ROOT.parent / "shared" / "eval" / "benchmarks" / "plover_upetrarch_gsr.jsonl", *sorted((ROOT / "seeds").glob("*.txt"))]


def corpus(paths: list[Path], per_article: int) -> list[Article]:
    articles, sentences = [], []
    for p in paths:
        if p.suffix == ".jsonl":
            sentences += [json.loads(line)["text"] for line in p.open(encoding="utf-8") if line.strip()]
        else:
            articles.append(Article(id=p.stem, text=p.read_text(encoding="utf-8")))
    for i in range(0, len(sentences), per_article):
        articles.append(Article(id=f"bench-{i}", text=" ".join(sentences[i:i + per_article])))
    return articles


def options(description: str) -> tuple[argparse.Namespace, list[Article]]:
    """The command line of the speed benchmarks, and the corpus it names."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--per-article", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    return args, corpus(args.paths or [p for p in DEFAULTS if p.exists()], args.per_article)


def alternated(rounds: int, nlp, texts: list[str], work):
    """The least time of spaCy's parse of `texts` and of `work()` over `rounds` rounds, taken in
    turn so that drift in machine load hits both alike, and work's last result."""
    parse_t, work_t = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=BATCH_ARTICLES):
            pass
        parse_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = work()
        work_t.append(time.perf_counter() - t0)
    return min(parse_t), min(work_t), result


def main() -> int:
    args, articles = options(__doc__.splitlines()[0])
    nlp = load_model()  # the pipeline extraction uses: same components, same batch size
    texts = [a.text for a in articles]
    extract_articles(articles[:5])  # load tables and warm caches outside the timings
    p, f, result = alternated(args.rounds, nlp, texts, lambda: extract_articles(articles))
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(articles)} articles, {words} words, {len(result.events)} events")
    print(f"spaCy parse:      {p:.2f} s ({words / p:,.0f} words/s)")
    print(f"full extraction:  {f:.2f} s ({words / f:,.0f} words/s)")
    print(f"ratio extraction/parse: {f / p:.3f} (rules, resolution and coding add {100 * (f / p - 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
