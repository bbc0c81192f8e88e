"""The whole job: articles -> events (extract) and events -> graph files (build).

extract: readers -> nlp -> extract -> resolve -> coding, in batches of articles that run in
this process or on Dask workers (parallel.py), results back in input order; a bad article
costs only itself. build: extract, streaming the events to OUTDIR as they arrive, then the
other outputs, the whole set swapped in only when complete (outputs.py).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from . import coding, parallel
from .dates import iso_precision
from .dates import resolve as resolve_date
from .errors import InputError
from .fileio import OutputFolder, atomic_write
from .incidents import DEFAULT_RULE, Grouping, IncidentRule
from .model import Article, ArticleRef, Event, Problem, RawEvent
from .readers import read_articles
from .records import dumps, iter_events

# The files of OUTDIR, besides report.json.
OUTPUTS = ("events.jsonl", "incidents.jsonl", "graph.ttl", "graph.graphml", "actors.html")
# Modalities left out of "who criticised whom" unless asked for.
UNCERTAIN = {"hypothetical", "hedged", "future"}


@dataclass(frozen=True)
class Unmapped:
    """A predicate between two actors that no pattern table knows."""

    predicate: str
    sentence: str
    doc_id: str


@dataclass(frozen=True)
class ArticleEvents:
    """What extraction made of one article: its events in sentence order, and the predicates
    between two actors that no table maps."""

    article_id: str
    events: tuple[Event, ...]
    unmapped: tuple[Unmapped, ...]


@dataclass
class Result:
    """The tally of a run. `events` and `unmapped` hold every record only when the run keeps
    them (extract, extract_articles); a build streams its events to OUTDIR and keeps counts,
    so its memory grows with actors and pairs, not with events."""

    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    skipped: int = 0  # problems whose input was not used (a kept one's article is counted in articles)
    unmapped: list[Unmapped] = field(default_factory=list)
    keep: bool = True
    event_count: int = 0
    untargeted: int = 0  # events with no target ("the minister resigned")
    actors: set[str] = field(default_factory=set)
    by_type: Counter = field(default_factory=Counter)
    critics: Counter = field(default_factory=Counter)
    unmapped_count: Counter = field(default_factory=Counter)
    unmapped_example: dict[str, Unmapped] = field(default_factory=dict)
    # Incidents, in all, by PLOVER type and by pair of critics; None until a build assigns them.
    incidents: int | None = None
    incident_types: Counter = field(default_factory=Counter)
    incident_critics: Counter = field(default_factory=Counter)

    def add(self, item: ArticleEvents | Problem) -> None:
        if isinstance(item, Problem):
            self.problems.append(item)
            self.skipped += not item.kept
            return
        self.articles += 1
        for e in item.events:
            self.event_count += 1
            self.untargeted += e.target is None
            self.actors.update((e.source.id, e.target.id) if e.target else (e.source.id,))
            if not e.negated:
                self.by_type[e.plover or "STATEMENT"] += 1
            if _is_criticism(e, include_uncertain=False):
                self.critics[e.source.name, e.target.name] += 1
        for u in item.unmapped:
            self.unmapped_count[u.predicate] += 1
            self.unmapped_example.setdefault(u.predicate, u)
        if self.keep:
            self.events.extend(item.events)
            self.unmapped.extend(item.unmapped)

    def count_incidents(self, events: Iterable[Event]) -> Iterator[Event]:
        """The events (each with its incident id) passed through, their incidents counted
        for the summary, an incident counting where any of its mentions does; the distinct
        ids are counted on disk."""
        from .spill import Distinct

        seen = Distinct()
        for e in events:
            seen.add(("all",), e.incident)
            if not e.negated:
                seen.add(("type", e.plover or "STATEMENT"), e.incident)
            if _is_criticism(e, include_uncertain=False):
                seen.add(("critic", e.source.name, e.target.name), e.incident)
            yield e
        counts = seen.counts()
        seen.close()
        self.incidents = counts.get(("all",), 0)
        self.incident_types = Counter({k[1]: n for k, n in counts.items() if k[0] == "type"})
        self.incident_critics = Counter({k[1:]: n for k, n in counts.items() if k[0] == "critic"})


def run_time() -> str:
    """The time of extraction; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def to_event(raw: RawEvent, source, target, article: ArticleRef, doc_id: str, stamp: str) -> Event:
    cameo, negated = coding.recode(raw.cameo, raw.modality, raw.negated) if raw.cameo else (None, raw.negated)
    code = coding.lookup(cameo) if cameo else None
    when = resolve_date(raw.date_text, article.date, raw.modality == "future")
    return Event(
        doc_id=doc_id, sentence=raw.sentence, char_start=raw.sent_start, char_end=raw.sent_end,
        source=source, target=target, predicate=raw.predicate, cameo=cameo,
        plover=code.plover if code else None, plover_mode=code.plover_mode if code else None,
        quad_class=code.quad_class if code else None, goldstein=code.goldstein if code else None,
        negated=negated, modality=raw.modality, confidence=raw.confidence, rule=raw.rule,
        article=article, extracted_at=stamp, **_date_fields(when, article.date))


def _date_fields(when, published: str | None) -> dict:
    """The event's date from its words, else its article's (marked as such), else none."""
    if when is not None:
        return {"event_date": when.date, "date_precision": when.precision, "date_text": when.text,
                "date_source": "text"}
    if published:
        return {"event_date": published, "date_precision": iso_precision(published), "date_source": "article"}
    return {}


def _article_events(article: Article, doc, nlp, lex, when: str) -> ArticleEvents:
    from .extract import Extractor
    from .resolve import resolve_events

    ex = Extractor(doc, nlp, lex)
    raw = ex.run()
    ref = ArticleRef.of(article)
    events, unmapped, seen = [], [], set()
    for r, s, t in resolve_events(raw, ex.people(), lex, article.date):
        e = to_event(r, s, t, ref, article.id, when)
        if e.cameo is None:
            unmapped.append(Unmapped(r.predicate, r.sentence, article.id))
        elif e.id not in seen:
            seen.add(e.id)
            events.append(e)
    return ArticleEvents(article.id, tuple(events), tuple(unmapped))


def lost(article: Article, why: str) -> Problem:
    """The problem line of an article that was read but not extracted."""
    return Problem(article.path or article.id, f"article {article.id!r} not extracted: {why}")


def extract_batch(articles: list[Article], model: str | None, when: str) -> list[ArticleEvents | Problem]:
    """The events of a batch of articles, in order: the unit of work of a worker.

    The batch is parsed in one nlp.pipe call; when that fails, each article is tried alone, so
    a bad article costs only itself and is reported by id."""
    from .lexicon import lexicon
    from .nlp import load_model, parse

    nlp = load_model(model)  # cached: a worker process loads the model once
    lex = lexicon()
    try:
        return [_article_events(a, doc, nlp, lex, when) for a, doc in parse(articles, model)]
    except Exception:  # noqa: BLE001 - retried one by one below, each failure reported
        if len(articles) == 1:
            return [lost(articles[0], _why())]
    return [out for a in articles for out in extract_batch([a], model, when)]


def _why() -> str:
    exc = sys.exc_info()[1]
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")


def extract_articles(articles: list[Article], model: str | None = None, result: Result | None = None,
                     progress: bool = False, **engine) -> Result:
    """Events of articles already read (engine: workers, scheduler or client, as in extract)."""
    result = result or Result()
    for _ in _tallied(iter(articles), model, result, progress, len(articles), **engine):
        pass
    return result


def extract(paths: list[str], model: str | None = None, strict: bool = False, progress: bool = False,
            keep: bool = True, **engine) -> Result:
    """Events of the articles under PATHS; unreadable inputs become problems of the result.

    engine: `workers=N` (a local Dask cluster of N processes), `scheduler="tcp://host:8786"`
    (an existing cluster, also from GRAPHBUILD_DASK_SCHEDULER) or `client=` a distributed.Client."""
    result = Result(keep=keep)
    for _ in stream(paths, model, strict, progress, result, **engine):
        pass
    return result


def stream(paths: list[str], model: str | None = None, strict: bool = False, progress: bool = False,
           result: Result | None = None, **engine) -> Iterator[ArticleEvents | Problem]:
    """Extraction as it goes: ArticleEvents and Problems in input order, tallied into `result`."""
    result = result if result is not None else Result(keep=False)
    total = parallel.count_articles(paths) if progress else None
    yield from _tallied(read_articles(paths, strict=strict), model, result, progress, total, **engine)


def _tallied(items, model, result: Result, progress: bool, total: int | None, **engine) -> Iterator:
    with parallel.Progress(progress, total) as bar:
        for item in parallel.extract_stream(items, model, run_time(), **engine):
            result.add(item)
            bar.update(result)
            yield item


def _is_criticism(e: Event, include_uncertain: bool) -> bool:
    return e.target is not None and (e.cameo or "")[:2] == "11" and not e.negated and (include_uncertain or e.modality not in UNCERTAIN)


def criticisms(events: Iterable[Event], include_uncertain: bool = False) -> list[tuple[str, str, int]]:
    """Who criticised whom: (source, target, events), most first. Criticism is CAMEO root 11
    (disapprove), as in the named query who_criticised_whom."""
    c = Counter((e.source.name, e.target.name) for e in events if _is_criticism(e, include_uncertain))
    return _ranked(c)


def _ranked(c: Counter) -> list[tuple[str, str, int]]:
    return sorted(((s, t, n) for (s, t), n in c.items()), key=lambda x: (-x[2], x[0], x[1]))


# Pairs of critics the summary names; a year of news has thousands, the query lists them all.
SUMMARY_PAIRS = 20


def _first(lines: list[str]) -> list[str]:
    """The first SUMMARY_PAIRS lines of a ranking, and how many more there are."""
    if not lines:
        return ["  (none)"]
    more = len(lines) - SUMMARY_PAIRS
    tail = [f"  ... and {plural(more, 'more pair')} (all of them: graphbuild query who_criticised_whom)"]
    return lines[:SUMMARY_PAIRS] + (tail if more > 0 else [])


def plural(n: int, word: str) -> str:
    """ "1 article", "2 articles" """
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(result: Result) -> str:
    """What a run found; once incidents are assigned (build), counts are of incidents, with
    the events that mention them beside."""
    skipped, kept = result.skipped, len(result.problems) - result.skipped
    flawed = [f"{plural(skipped, 'input')} skipped"] if skipped else []
    flawed += [f"{kept} read with a problem"] if kept else []
    lines = [f"{plural(result.articles, 'article')} read" + (f" ({', '.join(flawed)})" if flawed else "")]
    if result.incidents is None:
        lines.append(f"{plural(len(result.actors), 'actor')}, {plural(result.event_count, 'event')}"
                     + (f" ({result.untargeted} with no target)" if result.untargeted else ""))
        lines += [f"  {t:<10} {n}" for t, n in sorted(result.by_type.items(), key=lambda x: (-x[1], x[0]))]
        lines.append("who criticised whom:")
        lines += _first([f"  {s} -> {t} ({n})" for s, t, n in _ranked(result.critics)])
    else:
        lines.append(f"{plural(len(result.actors), 'actor')}, {plural(result.incidents, 'incident')} "
                     f"({plural(result.event_count, 'event')} mention them)")
        types = sorted(result.incident_types.items(), key=lambda x: (-x[1], x[0]))
        lines += [f"  {t:<10} {plural(n, 'incident')}, {plural(result.by_type[t], 'event')}"
                  for t, n in types]
        lines.append("who criticised whom (incidents, events):")
        ranked = _ranked(result.incident_critics)
        lines += _first([f"  {s} -> {t} ({n}, {result.critics[s, t]})" for s, t, n in ranked])
    if result.unmapped_count:
        top = result.unmapped_count.most_common(5)
        lines.append("unmapped predicates: " + ", ".join(f"{p} ({n})" for p, n in top))
    return "\n".join(lines)


def report(result: Result) -> dict:
    return {
        "articles": result.articles,
        "events": result.event_count,
        "incidents": result.incidents,
        "problems": [str(p) for p in result.problems],
        "unmapped_predicates": [
            {"predicate": p, "count": n,
             "example": {"doc_id": result.unmapped_example[p].doc_id, "sentence": result.unmapped_example[p].sentence}}
            for p, n in result.unmapped_count.most_common()],
    }


def write_report(result: Result, path: Path) -> None:
    with atomic_write(path) as fh:
        json.dump(report(result), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_outputs(events: Iterable[Event], outdir: Path, network, base_iri: str | None = None) -> list[Path]:
    """The files of OUTDIR after events.jsonl: the RDF streamed from `events` (build passes the
    events as it writes them again with their incidents, so they are read from disk once), then
    GraphML and the page from the network built from per-pair aggregates as they went by."""
    from .network import write_graphml
    from .rdf.export import write_graph
    from .viz.html import write_page

    kwargs = {"base_iri": base_iri} if base_iri else {}
    write_graph(events, outdir / "graph.ttl", **kwargs)
    g = network.graph()
    write_graphml(g, outdir / "graph.graphml")
    write_page(g, outdir / "actors.html")
    return [outdir / name for name in OUTPUTS]


def _passed_on(events: Iterable[Event], fh, network) -> Iterator[Event]:
    """The events, each written to fh and added to the network on its way."""
    for e in events:
        fh.write(dumps(e) + "\n")
        network.add(e)
        yield e


def nothing_read(result: Result, output: str | Path) -> InputError:
    """The error of a run that read no article: its output is left as it was."""
    first = f": {result.problems[0]}" if result.problems else ""
    more = len(result.problems) - 1
    return InputError(f"no article was read{first}" + (f" (and {plural(more, 'other problem')})" if more > 0 else ""),
                      f"nothing in {output} was replaced; check the paths")


@contextmanager
def _joined(threads: list) -> Iterator[None]:
    try:
        yield
    finally:
        for thread in threads:
            thread.join()


def build(paths: list[str], outdir: str | Path, model: str | None = None, strict: bool = False,
          base_iri: str | None = None, progress: bool = False, rule: IncidentRule = DEFAULT_RULE,
          **engine) -> Result:
    """Extract PATHS and write the files of OUTDIR (engine as in extract; rule: what makes
    events mentions of one incident, see incidents.py).

    Events are written to events.jsonl as they arrive, in input order, and their grouping
    keys go to a temporary database on disk (incidents.Grouping); once every event is in,
    incidents are assigned, incidents.jsonl written and events.jsonl rewritten with each
    event's `incident`. The network and the page come from per-pair aggregates, the RDF from
    the events streamed as they are rewritten: memory grows with actors and pairs, not with
    events. Everything
    is written into a fresh folder that replaces OUTDIR only when complete; when no article
    was read, OUTDIR is left as it was."""
    from .network import NetworkBuilder

    result = Result(keep=False)
    network = NetworkBuilder()
    grouping = Grouping(rule)
    closing: list = []  # the local cluster closes while the files after events.jsonl are written
    with OutputFolder(outdir, (*OUTPUTS, "report.json")) as staging, _joined(closing):
        events_file = staging.path / "events.jsonl"
        with atomic_write(events_file) as fh:
            for item in stream(paths, model, strict, progress, result, closing=closing, **engine):
                for e in getattr(item, "events", ()):
                    fh.write(dumps(e) + "\n")
                    grouping.add(e)
        if not result.articles:
            raise nothing_read(result, f"{outdir}/")
        grouping.write(staging.path / "incidents.jsonl")
        with atomic_write(events_file) as fh:  # the same events, in the same order, with their incident
            assigned = (replace(e, incident=i) for e, i in zip(iter_events(events_file), grouping.incident_ids()))
            write_outputs(_passed_on(result.count_incidents(assigned), fh, network), staging.path, network, base_iri)
        grouping.close()
        write_report(result, staging.path / "report.json")
        staging.commit()
    return result
