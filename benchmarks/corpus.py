"""A corpus of N news articles made by recombining real sentences, for the scale benchmarks.

usage: python benchmarks/corpus.py N -o corpus.jsonl|FOLDER [--shared ../shared] [--seed 1]
       [--sentences 14] [--per-file 500]

The sentences come from the seed articles in seeds/ and, when the shared folder is there, the
dev texts (SHARED/eval/dev/*.txt) and the benchmark sentences
(SHARED/eval/benchmarks/*.jsonl): they are read where they lie at run time, never copied.
Each article takes paragraphs of two or three sentences drawn at random (a fixed seed: the
same N gives the same corpus), so the parser and the rules do the work real news gives them.
Articles are written one per line (id, title, date, url, text) as they are made, so N can be
large: to one .jsonl file, or to a folder of .jsonl files of --per-file articles each (the
reader holds one input file at a time, so a folder keeps a large corpus out of memory).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A sentence ends at ., ! or ? (before a closing quote) followed by a space and a capital.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c]?[A-Z])")


def sentences_of_text(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        # Short lines without a full stop are titles and datelines, not sentences.
        out += [s for s in SENTENCE_END.split(para) if len(s) > 40 and s[-1] in ".!?\"\u201d'"]
    return out


def sentences(shared: Path) -> list[str]:
    texts = sorted((ROOT / "seeds").glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    pool = [s for p in texts for s in sentences_of_text(p.read_text(encoding="utf-8"))]
    for p in sorted((shared / "eval" / "benchmarks").glob("*.jsonl")):
        with p.open(encoding="utf-8") as fh:
            pool += [" ".join(json.loads(line)["text"].split()) for line in fh if line.strip()]
    return sorted(set(pool))


def articles(n: int, pool: list[str], seed: int = 1, per_article: int = 14):
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    for i in range(n):
        count = max(2, int(rng.gauss(per_article, per_article / 4)))
        picked = rng.sample(pool, min(count, len(pool)))
        paragraphs, k = [], 0
        while k < len(picked):
            step = rng.choice((2, 3))
            paragraphs.append(" ".join(picked[k:k + step]))
            k += step
        yield {"id": f"corpus-{i:07d}", "title": picked[0][:80].rsplit(" ", 1)[0],
               "date": (start + timedelta(days=rng.randrange(730))).isoformat(),
               "url": f"https://news.example.org/{i:07d}", "text": "\n\n".join(paragraphs)}


def write(path: Path, items, per_file: int = 500) -> None:
    """Articles to one .jsonl file, or to PATH/part-NNNNN.jsonl files of per_file articles."""
    if path.suffix == ".jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for a in items:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        return
    path.mkdir(parents=True, exist_ok=True)
    fh = None
    for i, a in enumerate(items):
        if i % per_file == 0:
            fh and fh.close()
            fh = (path / f"part-{i // per_file:05d}.jsonl").open("w", encoding="utf-8")
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    fh and fh.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("-o", "--output", required=True, type=Path, help="a .jsonl file, or a folder for files of --per-file articles")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="folder with eval/dev and eval/benchmarks (default: ../shared)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    ap.add_argument("--sentences", type=int, default=14, help="mean sentences per article (default: 14)")
    ap.add_argument("--per-file", type=int, default=500, help="articles per file in a folder (default: 500)")
    args = ap.parse_args(argv)
    pool = sentences(args.shared)
    write(args.output, articles(args.n, pool, args.seed, args.sentences), args.per_file)
    print(f"{args.output}: {args.n} articles from {len(pool)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
