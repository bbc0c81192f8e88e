"""The whole job: articles -> events (extract) and events -> graph files (build).

extract: readers -> nlp -> extract -> resolve -> coding, one article at a time, so a bad
article costs only itself. build: extract, then every output of OUTDIR, each written whole.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import import_module
from pathlib import Path

from . import coding
from .fileio import atomic_write
from .model import Article, ArticleRef, Event, Problem, RawEvent
from .readers import read_articles

# The files of OUTDIR and the function that writes each: module:function(events, path).
OUTPUTS = {
    "events.jsonl": "graphbuild.records:write_events",
    "graph.ttl": "graphbuild.rdf.export:write_graph",
    "graph.graphml": "graphbuild.network:write_graphml",
    "actors.html": "graphbuild.viz.html:write_page",
}
# Modalities left out of "who criticised whom" unless asked for.
UNCERTAIN = {"hypothetical", "hedged", "future"}


@dataclass(frozen=True)
class Unmapped:
    """A predicate between two actors that no pattern table knows."""

    predicate: str
    sentence: str
    doc_id: str


@dataclass
class Result:
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    unmapped: list[Unmapped] = field(default_factory=list)


def run_time() -> str:
    """The time of extraction; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def to_event(raw: RawEvent, source, target, article: ArticleRef, doc_id: str, when: str) -> Event:
    cameo, negated = coding.recode(raw.cameo, raw.modality, raw.negated) if raw.cameo else (None, raw.negated)
    code = coding.lookup(cameo) if cameo else None
    return Event(
        doc_id=doc_id, sentence=raw.sentence, char_start=raw.sent_start, char_end=raw.sent_end,
        source=source, target=target, predicate=raw.predicate, cameo=cameo,
        plover=code.plover if code else None, plover_mode=code.plover_mode if code else None,
        quad_class=code.quad_class if code else None, goldstein=code.goldstein if code else None,
        negated=negated, modality=raw.modality, confidence=raw.confidence, rule=raw.rule,
        article=article, extracted_at=when)


def extract_articles(articles: list[Article], model: str | None = None, result: Result | None = None,
                     progress: bool = False) -> Result:
    """Events of articles already read."""
    from .extract import Extractor
    from .lexicon import lexicon
    from .nlp import load_model, parse
    from .resolve import resolve_events

    result = result or Result()
    nlp = load_model(model)
    lex = lexicon()
    when = run_time()
    last = time.monotonic()
    seen_ids: set[str] = set()
    for n, (article, doc) in enumerate(parse(articles, model), 1):
        result.articles += 1
        ex = Extractor(doc, nlp, lex)
        raw = ex.run()
        ref = ArticleRef.of(article)
        for r, s, t in resolve_events(raw, ex.people(), lex, article.date):
            e = to_event(r, s, t, ref, article.id, when)
            if e.cameo is None:
                result.unmapped.append(Unmapped(r.predicate, r.sentence, article.id))
            elif e.id not in seen_ids:
                seen_ids.add(e.id)
                result.events.append(e)
        if progress and time.monotonic() - last > 2:
            last = time.monotonic()
            print(f"graphbuild: {n}/{len(articles)} articles, {len(result.events)} events", file=sys.stderr)
    return result


def extract(paths: list[str], model: str | None = None, strict: bool = False, progress: bool = False) -> Result:
    """Events of the articles under PATHS; unreadable inputs become problems of the result."""
    result = Result()
    articles = []
    for item in read_articles(paths, strict=strict):
        (result.problems if isinstance(item, Problem) else articles).append(item)
    return extract_articles(articles, model, result, progress)


def criticisms(events: list[Event], include_uncertain: bool = False) -> list[tuple[str, str, int]]:
    """Who criticised whom: (source, target, events), most first. Criticism is CAMEO root 11
    (disapprove), as in the named query who_criticised_whom."""
    c = Counter((e.source.name, e.target.name) for e in events
                if (e.cameo or "")[:2] == "11" and not e.negated and (include_uncertain or e.modality not in UNCERTAIN))
    return sorted(((s, t, n) for (s, t), n in c.items()), key=lambda x: (-x[2], x[0], x[1]))


def summary(result: Result) -> str:
    actors = {a.id for e in result.events for a in (e.source, e.target)}
    by_type = Counter(e.plover or "STATEMENT" for e in result.events if not e.negated)
    lines = [f"articles read: {result.articles}" + (f" ({len(result.problems)} skipped)" if result.problems else ""),
             f"actors: {len(actors)}", f"events: {len(result.events)}"]
    lines += [f"  {t:<10} {n}" for t, n in sorted(by_type.items(), key=lambda x: (-x[1], x[0]))]
    lines.append("who criticised whom:")
    lines += [f"  {s} -> {t} ({n})" for s, t, n in criticisms(result.events)] or ["  (none)"]
    if result.unmapped:
        top = Counter(u.predicate for u in result.unmapped).most_common(5)
        lines.append("unmapped predicates: " + ", ".join(f"{p} ({n})" for p, n in top))
    return "\n".join(lines)


def write_report(result: Result, path: Path) -> None:
    unmapped = Counter(u.predicate for u in result.unmapped)
    examples = {}
    for u in result.unmapped:
        examples.setdefault(u.predicate, {"doc_id": u.doc_id, "sentence": u.sentence})
    report = {
        "articles": result.articles,
        "events": len(result.events),
        "problems": [str(p) for p in result.problems],
        "unmapped_predicates": [{"predicate": p, "count": n, "example": examples[p]} for p, n in unmapped.most_common()],
    }
    with atomic_write(path) as fh:
        json.dump(report, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_outputs(events: list[Event], outdir: Path, base_iri: str | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, spec in OUTPUTS.items():
        module, func = spec.split(":")
        writer = getattr(import_module(module), func)
        kwargs = {"base_iri": base_iri} if name.endswith(".ttl") and base_iri else {}
        writer(events, outdir / name, **kwargs)
        written.append(outdir / name)
    return written


def build(paths: list[str], outdir: str | Path, model: str | None = None, strict: bool = False,
          base_iri: str | None = None, progress: bool = False) -> Result:
    result = extract(paths, model=model, strict=strict, progress=progress)
    outdir = Path(outdir)
    write_outputs(result.events, outdir, base_iri)
    write_report(result, outdir / "report.json")
    return result
