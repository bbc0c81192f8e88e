"""Memory and time of one long article: parsed in pieces (as graphbuild does) against parsed
whole (as spaCy alone would, were its length limit raised), each in a fresh process.

usage: python benchmarks/long_article.py [--chars N]   (default 400,000; spaCy refuses whole
texts over 1,000,000 characters)

The article is the seed articles repeated on one line, the hardest case: no paragraph breaks.
Prints the peak memory (max RSS) and time of each way and their ratios.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from graphbuild import nlp
from graphbuild.model import Article
text, piece_chars = open(sys.argv[1], encoding="utf-8").read(), int(sys.argv[2])
model = nlp.load_model()
model.max_length = max(model.max_length, len(text) + 1)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
[(article, doc)] = nlp.parse([Article("long", text)], piece_chars=piece_chars)
assert doc.text == text
print(json.dumps({"seconds": time.perf_counter() - t0, "tokens": len(doc),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "model_mb": before / 1024}))
"""


def measure(path: Path, piece_chars: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(piece_chars)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=400_000)
    args = ap.parse_args()
    seeds = " ".join(p.read_text(encoding="utf-8").replace("\n", " ") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = (seeds + " ") * (args.chars // (len(seeds) + 1) + 1)
    path = Path("/tmp") / f"graphbuild-long-article-{args.chars}.txt"
    path.write_text(text[:args.chars], encoding="utf-8")
    from graphbuild.nlp import PIECE_CHARS

    pieces, whole = measure(path, PIECE_CHARS), measure(path, args.chars + 1)
    path.unlink()
    for name, m in (("in pieces", pieces), ("whole", whole)):
        print(f"{name:>9}: {m['seconds']:.1f} s, peak {m['peak_mb']:.0f} MB "
              f"({m['peak_mb'] - m['model_mb']:.0f} MB above the loaded model), {m['tokens']:,} tokens")
    print(f"ratio pieces/whole: time {pieces['seconds'] / whole['seconds']:.2f}, memory above the model "
          f"{(pieces['peak_mb'] - pieces['model_mb']) / (whole['peak_mb'] - whole['model_mb']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
