"""The cost of the rules alone: extraction on documents parsed beforehand, against the parse.

usage: python benchmarks/rules_speed.py [ARTICLES.jsonl|.txt ...] [--per-article N] [--rounds R]

The corpus is extract_speed.py's. The articles are parsed once, then each round times
spaCy's parse (nlp.pipe, the batch size of extraction) and extraction on the parsed documents:
mention finding, the rules, resolution and coding, without the parse. On a shared machine this
moves less than the whole-extraction ratio, since no parse is repeated; the minimum of the
rounds is printed for each side, and their ratio.
"""
from __future__ import annotations

import sys

from extract_speed import alternated, options

from graphbuild.lexicon import lexicon
from graphbuild.nlp import load_model, parse
from graphbuild.pipeline import _article_events, extract_articles


def main() -> int:
    args, articles = options(__doc__.splitlines()[0])
    nlp, lex = load_model(), lexicon()
    extract_articles(articles[:5])  # load tables and warm caches outside the timings
    parsed = list(parse(articles))
    p, r, events = alternated(args.rounds, nlp, [a.text for a in articles], lambda: sum(
        len(_article_events(a, doc, nlp, lex, "").events) for a, doc in parsed))
    print(f"corpus: {len(articles)} articles, {sum(len(d) for _, d in parsed)} tokens, {events} events")
    print(f"spaCy parse:           {p:.3f} s")
    print(f"rules on parsed docs:  {r:.3f} s")
    print(f"ratio rules/parse: {r / p:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
