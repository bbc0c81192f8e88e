"""The event record: Event <-> the JSON object of one line of events.jsonl.

The field names are those of the evaluation format (doc_id, sentence, char offsets,
source/target, predicate, cameo, plover, quad_class, goldstein, negated, modality,
confidence), plus id, incident, rule, article, extracted_at and the event's date (event_date,
date_precision, date_text, date_source).
"""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .fileio import atomic_write
from .model import Actor, ArticleRef, Event


# Field names in order. dataclasses.asdict deep-copies every value, which cost more than the
# rest of writing a record; these records hold only strings, numbers and a tuple of strings.
_ACTOR_FIELDS = tuple(f.name for f in fields(Actor))
_ARTICLE_FIELDS = tuple(f.name for f in fields(ArticleRef))


def actor_record(a: Actor) -> dict:
    d = {name: getattr(a, name) for name in _ACTOR_FIELDS}
    d["aliases"] = list(a.aliases)
    return d


def event_record(e: Event) -> dict:
    return {
        "id": e.id,
        "incident": e.incident,
        "doc_id": e.doc_id,
        "sentence": e.sentence,
        "char_start": e.char_start,
        "char_end": e.char_end,
        "source": actor_record(e.source),
        "target": actor_record(e.target) if e.target else None,
        "predicate": e.predicate,
        "cameo": e.cameo,
        "plover": e.plover,
        "plover_mode": e.plover_mode,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "negated": e.negated,
        "modality": e.modality,
        "confidence": e.confidence,
        "rule": e.rule,
        "article": {name: getattr(e.article, name) for name in _ARTICLE_FIELDS} if e.article else None,
        "extracted_at": e.extracted_at,
        "event_date": e.event_date,
        "date_precision": e.date_precision,
        "date_text": e.date_text,
        "date_source": e.date_source,
    }


def actor_from_record(d: dict) -> Actor:
    return Actor(id=d["id"], name=d["name"], type=d.get("type") or "UNKNOWN",
                 country=d.get("country"), cameo=d.get("cameo"), role=d.get("role"),
                 aliases=tuple(d.get("aliases") or ()), resolved=d.get("resolved", True))


def event_from_record(d: dict) -> Event:
    art = d.get("article")
    return Event(
        doc_id=str(d["doc_id"]), sentence=d["sentence"], char_start=int(d["char_start"]),
        char_end=int(d["char_end"]), source=actor_from_record(d["source"]),
        target=actor_from_record(d["target"]) if d.get("target") else None, predicate=d.get("predicate") or "",
        cameo=d.get("cameo"), plover=d.get("plover"), plover_mode=d.get("plover_mode"),
        quad_class=d.get("quad_class"), goldstein=d.get("goldstein"),
        negated=bool(d.get("negated")), modality=d.get("modality") or "asserted",
        confidence=float(d.get("confidence") or 0.0), rule=d.get("rule") or "",
        article=ArticleRef(**art) if art else None, extracted_at=d.get("extracted_at"),
        id=d.get("id") or "", incident=d.get("incident"), event_date=d.get("event_date"), date_precision=d.get("date_precision"),
        date_text=d.get("date_text"), date_source=d.get("date_source"),
    )


def dumps(e: Event) -> str:
    return json.dumps(event_record(e), ensure_ascii=False, sort_keys=False)


def write_events(events: Iterable[Event], path: str | Path) -> None:
    with atomic_write(path) as fh:
        for e in events:
            fh.write(dumps(e) + "\n")


def iter_events(path: str | Path) -> Iterator[Event]:
    """Events of an events.jsonl file, or of OUTDIR/events.jsonl when given a folder."""
    path = Path(path)
    if path.is_dir():
        path = path / "events.jsonl"
    if not path.is_file():
        raise InputError(f"{path}: no such events file", "run `graphbuild build ... -o OUTDIR` first")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield event_from_record(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}: not an event record ({exc})",
                                 "events files are written by `graphbuild extract --format jsonl`") from exc


def read_events(path: str | Path) -> list[Event]:
    return list(iter_events(path))
