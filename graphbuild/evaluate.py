"""Scoring extracted events against hand-annotated gold, in two ways.

- Article gold (one ``.json`` object per article): named actors with their aliases, and
  ``core`` / ``extended`` / ``acceptable`` events, each a source and target actor key, a
  CAMEO root (plus ``alt_roots``), a ``cue`` quoted from the sentence and ``symmetric`` for
  events that hold in both directions. See :func:`score_article`.
- Record gold (``.jsonl``, one sentence record per line): CAMEO actor codes and an event
  type per event, ``noevents`` for sentences with none. See :func:`score_records`.

Predictions are event records as ``graphbuild extract --format jsonl`` writes them; they are
read as plain JSON so that files from other tools score the same way. Negated events are
never scored. The figures are those of the reference scorers shipped with the evaluation
data; the summary lines in ``graphbuild.commands.evaluate`` print them in the same form.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .tables import rows

# Titles that the article gold leaves off actor names ("President Putin" is "putin").
_NAME_PREFIX = re.compile(r"^(the|president|secretary of state|foreign minister|prime minister)\s+")
# Curly quotes read as straight ones (names: right quotes only, as the gold aliases are written).
_NAME_QUOTES = str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"'})
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_ACTOR_FIELDS = ("name", "id", "label", "text", "canonical")
_CODE_FIELDS = ("cameo", "cameo_code", "event_code")


# --- records --------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEvent:
    """One event of an article gold file. ``root`` is a two-digit CAMEO root."""

    source: str  # actor key
    target: str
    root: str | None = None
    alt_roots: tuple[str, ...] = ()
    cue: str | None = None  # words of the sentence; a prediction's sentence must contain them
    text: str | None = None  # the annotator's note, not used in matching
    symmetric: bool = False
    id: str | None = None  # core and extended events have one; acceptable ones need not

    @property
    def roots(self) -> frozenset[str]:
        return frozenset({self.root, *self.alt_roots})


@dataclass(frozen=True)
class ArticleGold:
    actors: dict[str, tuple[str, ...]]  # actor key -> aliases
    core: tuple[GoldEvent, ...]
    extended: tuple[GoldEvent, ...] = ()
    acceptable: tuple[GoldEvent, ...] = ()
    affiliation: dict[str, str] | None = None  # documentation only; matching uses country codes
    doc: str | None = None


@dataclass(frozen=True)
class Prediction:
    """A predicted event as the article scorer sees it."""

    source: Any  # the raw actor value (object or string)
    target: Any
    code: str | None
    sentence: str  # flattened: lower case, straight quotes, single spaces
    line: int

    @property
    def root(self) -> str:
        return (self.code or "??")[:2]


@dataclass(frozen=True)
class ArticleScores:
    recall_core: float
    recall_all: float
    precision: float
    f1_core: float
    events: int  # distinct scored predictions
    core_found: int
    core_total: int
    all_found: int
    all_total: int
    correct: int
    found: tuple[str, ...]  # ids of gold events found
    missed: tuple[GoldEvent, ...]
    wrong: tuple[Prediction, ...]


@dataclass(frozen=True)
class RecordScores:
    event_precision: float
    event_recall: float
    event_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float
    no_event_clean: int  # no-event records that got no prediction
    no_event_records: int
    gold_events: int
    predicted_events: int
    missed: tuple[tuple[str, str, str, str | None], ...]  # (record, source, target, type)
    wrong: tuple[tuple[str, str, str, str | None], ...]


# --- reading --------------------------------------------------------------------------

def _jsonl(path: Path, what: str, hint: str) -> list[tuple[int, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such {what} file", hint) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read {what} file ({exc})", hint) from None
    out = []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 may sit inside a string
        if line.strip():
            try:
                out.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: malformed JSON in {what} file ({exc.msg})", hint) from None
    return out


def read_predictions(path: str | Path) -> list[tuple[int, dict]]:
    """(line number, record) of each event of PRED: an events.jsonl, or OUTDIR holding one."""
    path = Path(path)
    if path.is_dir():
        path = path / "events.jsonl"
    hint = "predictions are event records, one per line, as `graphbuild extract --format jsonl` writes them"
    rows = _jsonl(path, "events", hint)
    for n, rec in rows:
        if not isinstance(rec, dict):
            raise InputError(f"{path}:{n}: an event record must be a JSON object", hint)
    return rows


def load_gold(path: str | Path) -> ArticleGold | list[dict]:
    """An article gold (a JSON object with "actors" and "core") or the records of a record gold."""
    path = Path(path)
    try:
        whole = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        whole = None
    if isinstance(whole, dict) and ("core" in whole or "actors" in whole):
        return _article_gold(path, whole)
    return _record_gold(path)


def _article_gold(path: Path, d: dict) -> ArticleGold:
    hint = 'an article gold has "actors" {KEY: [aliases]} and "core" [{"id", "source", "target", "root", "cue"}]'
    actors = d.get("actors")
    if not isinstance(actors, dict) or not isinstance(d.get("core"), list):
        raise InputError(f"{path}: article gold needs an \"actors\" object and a \"core\" list", hint)

    def events(part: str) -> tuple[GoldEvent, ...]:
        out = []
        for i, g in enumerate(d.get(part) or []):
            where = f"{path}: {part}[{i}]"
            if not isinstance(g, dict) or not g.get("source") or not g.get("target"):
                raise InputError(f"{where}: an event needs \"source\" and \"target\" actor keys", hint)
            if part != "acceptable" and not (g.get("id") and g.get("root")):
                raise InputError(f"{where}: a {part} event needs an \"id\" and a CAMEO \"root\"", hint)
            out.append(GoldEvent(
                source=g["source"], target=g["target"], root=g.get("root"),
                alt_roots=tuple(g.get("alt_roots") or ()), cue=g.get("cue"), text=g.get("text"),
                symmetric=bool(g.get("symmetric")), id=g.get("id")))
        return tuple(out)

    return ArticleGold(
        actors={k: tuple(v or ()) for k, v in actors.items()}, core=events("core"),
        extended=events("extended"), acceptable=events("acceptable"),
        affiliation=d.get("affiliation"), doc=d.get("doc"))


def _record_gold(path: Path) -> list[dict]:
    hint = ('a record gold has one JSON object per line: {"id", "events": [{"source_code", '
            '"target_code", "event"}], "noevents"}; an article gold is one JSON object with "actors" and "core"')
    rows = _jsonl(path, "gold", hint)
    for n, rec in rows:
        if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("events"), list):
            raise InputError(f"{path}:{n}: a gold record needs \"id\" and an \"events\" list", hint)
        for e in rec["events"]:
            if not isinstance(e, dict) or not e.get("source_code") or not e.get("event"):
                raise InputError(f"{path}:{n}: each event of record {rec['id']!r} needs \"source_code\" and \"event\"", hint)
    return [rec for _, rec in rows]


# --- article scoring ------------------------------------------------------------------

def _norm_name(s: Any) -> str:
    """An actor name as the article gold writes aliases: lower case, no title, no possessive."""
    s = (s or "").lower().translate(_NAME_QUOTES).replace(" - ", "-").replace(" 's", "'s")
    s = re.sub(r"'s\b", "", s)
    s = _NAME_PREFIX.sub("", s.strip(), count=1)
    return re.sub(r"\s+", " ", s).strip()


def _flat(s: Any) -> str:
    return re.sub(r"\s+", " ", str(s or "").translate(_QUOTES)).strip().lower()


def _actor_keys(actor: Any, gold: ArticleGold, aliases: dict[str, set[str]]) -> frozenset[str]:
    """The gold actor keys a predicted actor stands for: by name, id or alias, or by its country."""
    if isinstance(actor, str):
        actor = {"name": actor}
    if not isinstance(actor, dict):
        actor = {}
    names = {_norm_name(str(actor.get(k) or "")) for k in _ACTOR_FIELDS}
    names |= {_norm_name(str(x)) for x in actor.get("aliases") or () if x is not None}
    names.discard("")
    keys = {key for key, known in aliases.items()
            if names & known or any(n.rsplit("/", 1)[-1] == key.lower() for n in names)}
    # An official or a government stands for its state through its country or actor code.
    cameo = actor.get("cameo")
    country = actor.get("country") or (cameo[:3] if isinstance(cameo, str) else "")
    if isinstance(country, str) and len(country) == 3 and country.upper() in gold.actors:
        keys.add(country.upper())
    return frozenset(keys)


def article_predictions(rows: Iterable[tuple[int, dict]], untyped: bool = False) -> list[Prediction]:
    """Distinct non-negated predictions; without ``untyped``, only those with a CAMEO code."""
    seen, out = set(), []
    for n, e in rows:
        if e.get("negated"):
            continue
        code = next((str(e[k]) for k in _CODE_FIELDS if e.get(k)), None)
        if code is None and not untyped:
            continue
        source, target = e.get("source") or e.get("subject"), e.get("target") or e.get("object")
        sentence = _flat(e.get("sentence"))
        key = (sentence, json.dumps(source, sort_keys=True), json.dumps(target, sort_keys=True), code)
        if key not in seen:
            seen.add(key)
            out.append(Prediction(source, target, code, sentence, n))
    return out


def score_article(gold: ArticleGold, predictions: list[Prediction], untyped: bool = False) -> ArticleScores:
    """Recall of core and of all (core + extended) gold events, precision over the predictions.

    A gold event is found by a prediction whose sentence contains its cue, whose source and
    target stand for its actors (either way round when symmetric) and whose CAMEO root is
    allowed. A prediction is correct when it finds a core or extended event, or matches an
    acceptable one by cue and actors (any root).
    """
    hit = _matcher(gold, predictions, untyped)
    scored = gold.core + gold.extended
    found = {g.id for g in scored if any(hit(g, i, True) for i in range(len(predictions)))}
    wrong = tuple(p for i, p in enumerate(predictions)
                  if not any(hit(g, i, True) for g in scored)
                  and not any(hit(a, i, False) for a in gold.acceptable))
    correct = len(predictions) - len(wrong)
    core_found = sum(g.id in found for g in gold.core)
    rc = core_found / len(gold.core) if gold.core else 0.0
    ra = len(found) / len(scored) if scored else 0.0
    pr = correct / len(predictions) if predictions else 0.0
    return ArticleScores(
        recall_core=rc, recall_all=ra, precision=pr, f1_core=_f1(pr, rc), events=len(predictions),
        core_found=core_found, core_total=len(gold.core), all_found=len(found), all_total=len(scored),
        correct=correct, found=tuple(sorted(found)), missed=tuple(g for g in scored if g.id not in found),
        wrong=wrong)


def _matcher(gold: ArticleGold, predictions: list[Prediction], untyped: bool = False):
    """hit(g, i, typed): whether prediction i finds gold event g (see score_article)."""
    aliases = {key: {_norm_name(a) for a in al} | {key.lower()} for key, al in gold.actors.items()}
    pairs = [(_actor_keys(p.source, gold, aliases), _actor_keys(p.target, gold, aliases)) for p in predictions]

    def hit(g: GoldEvent, i: int, typed: bool) -> bool:
        p, (src, tgt) = predictions[i], pairs[i]
        if g.cue and _flat(g.cue) not in p.sentence:
            return False
        if not ((g.source in src and g.target in tgt) or (g.symmetric and g.target in src and g.source in tgt)):
            return False
        return not typed or untyped or p.root in g.roots

    return hit


def gold_matches(gold: ArticleGold, predictions: list[Prediction]) -> dict[str, list[Prediction]]:
    """The predictions that find each core and extended gold event, by its id (found events only)."""
    hit = _matcher(gold, predictions)
    out = {g.id: [p for i, p in enumerate(predictions) if hit(g, i, True)] for g in gold.core + gold.extended}
    return {gid: found for gid, found in out.items() if found}


# --- record scoring -------------------------------------------------------------------

@lru_cache(maxsize=1)
def _event_types() -> dict[str, str]:
    """CAMEO root or older PLOVER name -> current PLOVER type (data/event_types.csv)."""
    return {r["name"]: r["plover"] for _, r in rows("event_types.csv", ("name", "plover"))}


def event_type(value: Any) -> str | None:
    """The PLOVER type of a PLOVER name or a CAMEO event code (read through its root)."""
    v = str(value or "").strip().upper()
    if not v:
        return None
    if v[:2].isdigit():
        return _event_types().get(v[:2])
    return _event_types().get(v, v)


def actor_code3(actor: Any) -> str:
    """The country or group part of an actor: first three letters of its CAMEO code or country."""
    if not actor:
        return ""
    if isinstance(actor, str):
        return actor[:3].upper()
    if isinstance(actor, dict):
        return str(actor.get("cameo") or actor.get("country") or "")[:3].upper()
    return ""


def score_records(gold: list[dict], predictions: Iterable[dict]) -> RecordScores:
    """Event P/R/F1 on (record, source, target, type) and actor-pair P/R/F1 without the type.

    Only predictions whose ``doc_id`` is a gold record's id are scored. A gold event with no
    target is found by any prediction of that record with its source (and type).
    """
    by_record: dict[str, list[dict]] = {}
    for e in predictions:
        if not e.get("negated"):
            by_record.setdefault(str(e.get("doc_id")), []).append(e)
    gold_events, pred_events = set(), set()
    clean = no_event = 0
    for rec in gold:
        rid = str(rec["id"])
        for e in rec["events"]:
            gold_events.add((rid, actor_code3(e["source_code"]), actor_code3(e.get("target_code")),
                             event_type(e["event"])))
        mine = by_record.get(rid, [])
        if rec.get("noevents"):
            no_event += 1
            clean += not mine
        for e in mine:
            pred_events.add((rid, actor_code3(e.get("source")), actor_code3(e.get("target")),
                             event_type(e.get("plover")) or event_type(e.get("cameo"))))

    def found(g: tuple, pool: set, typed: bool) -> bool:
        if g[2]:
            return g in pool
        return any(p[:2] == g[:2] and (not typed or p[3] == g[3]) for p in pool)

    def correct(p: tuple, pool: set, typed: bool) -> bool:
        return p in pool or any(g[:2] == p[:2] and not g[2] and (not typed or g[3] == p[3]) for g in pool)

    gold_pairs = {g[:3] for g in gold_events}
    pred_pairs = {p[:3] for p in pred_events}
    ep = _ratio(sum(correct(p, gold_events, True) for p in pred_events), len(pred_events))
    er = _ratio(sum(found(g, pred_events, True) for g in gold_events), len(gold_events))
    pp = _ratio(sum(correct(p, gold_pairs, False) for p in pred_pairs), len(pred_pairs))
    prr = _ratio(sum(found(g, pred_pairs, False) for g in gold_pairs), len(gold_pairs))
    return RecordScores(
        event_precision=ep, event_recall=er, event_f1=_f1(ep, er),
        pair_precision=pp, pair_recall=prr, pair_f1=_f1(pp, prr),
        no_event_clean=clean, no_event_records=no_event,
        gold_events=len(gold_events), predicted_events=len(pred_events),
        missed=tuple(sorted((g for g in gold_events if not found(g, pred_events, True)), key=str)),
        wrong=tuple(sorted((p for p in pred_events if not correct(p, gold_events, True)), key=str)))


# --- entry point ----------------------------------------------------------------------

def evaluate(gold_path: str | Path, pred_path: str | Path, untyped: bool = False) -> ArticleScores | RecordScores:
    """Score PRED (events.jsonl or OUTDIR) against GOLD; the kind of gold file picks the method."""
    gold = load_gold(gold_path)
    rows = read_predictions(pred_path)
    if isinstance(gold, ArticleGold):
        return score_article(gold, article_predictions(rows, untyped), untyped)
    return score_records(gold, (e for _, e in rows))


def _ratio(n: int, d: int) -> float:
    return n / d if d else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
