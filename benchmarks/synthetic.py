"""Synthetic event corpora for the benchmark scripts: deterministic, any size.

Actors are drawn with a Zipf-like skew, as in news: a few states take part in most events
(with the default 2,000 actors the busiest one is in about a quarter of them), so the pairs of
busy actors hold thousands of events, as a real corpus's do.
"""
from __future__ import annotations

import itertools
import random

from graphbuild.coding import cameo_table
from graphbuild.model import Actor, ArticleRef, Event

_KINDS = ("PERSON", "STATE", "IGO", "ORGANIZATION", "GROUP")
ZIPF_EXPONENT = 1.0  # weight of the actor of rank r is 1 / r ** ZIPF_EXPONENT


def synthetic_events(n: int, n_actors: int = 2000, n_articles: int | None = None, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    codes = [c for c in cameo_table().values() if len(c.code) >= 3]
    actors = [Actor(id=f"actor-{i}", name=f"Actor {i} \"Q\" <{i}>", type=_KINDS[i % len(_KINDS)],
                    country=f"C{i % 50:02d}"[:3], cameo=f"C{i % 50:02d}GOV", role="GOV",
                    aliases=(f"A{i}",)) for i in range(n_actors)]
    weights = list(itertools.accumulate(1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(n_actors)))
    n_articles = n_articles or max(1, n // 20)
    arts = [ArticleRef(id=f"art-{j}", title=f"Article {j}", date=f"20{10 + j % 15:02d}-{1 + j % 12:02d}-{1 + j % 28:02d}",
                       url=f"https://example.org/{j}") for j in range(n_articles)]
    out = []
    for i in range(n):
        s, t = rng.choices(actors, cum_weights=weights, k=2)
        while t is s:
            t = rng.choices(actors, cum_weights=weights)[0]
        c = rng.choice(codes)
        art = arts[i % n_articles]
        out.append(Event(doc_id=art.id, sentence=f"Sentence {i}: {s.name} and {t.name}.", char_start=i * 10,
                         char_end=i * 10 + 9, source=s, target=t, predicate=c.label.lower()[:30], cameo=c.code,
                         plover=c.plover, quad_class=c.quad_class, goldstein=c.goldstein,
                         confidence=0.8, rule="synthetic", article=art, extracted_at="2026-01-01T00:00:00Z"))
    return out
