"""Where the rules spend their time: the CPU time of each stage of extraction on parsed
documents, as a share of the whole.

usage: python benchmarks/rules_profile.py [ARTICLES.jsonl|.txt ...] [--per-article N] [--rounds R]

The corpus is extract_speed.py's. Each mention pass, the verb and noun rules, event writing,
resolution and coding are timed by a wrapper (CPU time, so that other work on a shared
machine counts less than in wall time); stages nest (the verb rule inside reading the
sentences), so shares do not add up to 100%. A wrapper costs about a microsecond a call:
compare shares between runs, not with rules_speed.py's total.
"""
from __future__ import annotations

import functools
import sys
import time
from collections import Counter

from extract_speed import options

from graphbuild import extract, mentions, pipeline, resolve
from graphbuild.lexicon import lexicon
from graphbuild.nlp import load_model, parse

MENTION_PASSES = ("add_table_phrases", "add_organisation_seats", "add_named_entities", "add_outlets", "add_surnames",
                  "add_titles", "add_title_references", "add_organisation_references", "place_unknown_organisations",
                  "add_collectives", "add_residents", "drop_bystanders")
# (module or class, function name, label): the stages timed, in the order printed for ties.
STAGES = [(extract, "find_mentions", "mentions"), *((mentions, n, f"  {n}") for n in MENTION_PASSES),
          (extract.Extractor, "run", "rules"), (extract.Extractor, "verb", "  verb"), (extract, "noun", "  noun"),
          (extract.Extractor, "emit", "  emit"), (extract, "date_words", "    date words"),
          (resolve, "resolve_events", "resolution"), (pipeline, "to_event", "coding and dates")]


def timed(owner, name: str, label: str, spent: Counter) -> None:
    """Replace owner.name by a wrapper that adds its CPU time to spent[label]."""
    f = getattr(owner, name)

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t0

    setattr(owner, name, wrapper)


def main() -> int:
    args, articles = options(__doc__.splitlines()[0])
    nlp, lex = load_model(), lexicon()
    pipeline.extract_articles(articles[:5])  # load tables and warm caches outside the timings
    parsed = list(parse(articles))
    spent: Counter = Counter()
    for owner, name, label in STAGES:
        timed(owner, name, label, spent)
    totals = []
    for _ in range(args.rounds):
        t0 = time.process_time()
        for a, doc in parsed:
            pipeline._article_events(a, doc, nlp, lex, "")
        totals.append(time.process_time() - t0)
    whole = sum(totals)
    print(f"corpus: {len(articles)} articles; rules on parsed docs: {min(totals):.3f} s CPU a round (best of "
          f"{args.rounds}, with the wrappers)")
    for _, _, label in STAGES:
        print(f"{100 * spent[label] / whole:5.1f}%  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
