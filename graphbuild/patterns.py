"""The event-pattern tables: which verbs and nouns signal which CAMEO event, and the
cue words that mark modality, speech and light verbs (data/cues.csv), and the verbs that
change what a nominal event is (data/reversals.csv: "lifted sanctions" is 085, not 163;
"lodged a protest with" is 114, an official complaint, not a demonstration).

data/verbs.csv   lemma,prep,cameo,kind   "lash out,at,111," : "X lashed out at Y" is 111
data/nouns.csv   lemma,cameo,preps,kind  "invasion,192,of," : "X's invasion of Y" is 192

prep is the preposition that introduces the target (empty: the direct object).
kind: reciprocal (the event holds both ways: meet, negotiate), visit (the target hosts:
CAMEO 043 the other way), host (the target visits: 042 the other way), inf (the event is
stated through an infinitive: "agreed to lift sanctions on Iran", whose target is the
infinitive's object).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .coding import cameo_table
from .errors import ConfigError
from .resources import data_path

KINDS = ("", "reciprocal", "visit", "host", "inf")
# What a word of data/cues.csv can signal.
CUES = ("future_aux", "hypothetical_aux", "conditional", "intent_verb", "hedge_word", "hedge_verb",
        "speech_verb", "light_verb", "obligation_aux", "hypothetical_adj", "future_adj", "purpose_verb",
        "negating_verb", "event_head", "recipient_verb", "setting_verb", "faith_adjective",
        "reporting_verb", "engaging_verb", "informant_noun",
        "governed_noun", "document_noun", "leader_noun", "leader_title",
        "delegation_noun", "relation_noun", "instrumental_verb",
        "mutual_verb", "place_noun",
        "placing_verb", "visitor_noun", "host_noun")


@dataclass(frozen=True)
class VerbPattern:
    lemma: str  # verb lemma, with its particle for phrasal verbs ("lash out")
    prep: str  # "" for the direct object
    cameo: str | None  # None only for verbs no table knows (kept as unmapped)
    kind: str


@dataclass(frozen=True)
class NounPattern:
    lemma: str
    cameo: str
    preps: tuple[str, ...]
    kind: str


def _rows(name: str, columns: tuple[str, ...]):
    path = data_path(name)
    codes = cameo_table()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != columns:
            raise ConfigError(f"{path}: header must be {','.join(columns)}", "fix the first line of the table")
        for n, row in enumerate(reader, 2):
            if row["cameo"] not in codes:
                raise ConfigError(f"{path}:{n}: unknown CAMEO event code {row['cameo']!r}",
                                  "use a code of data/cameo_codes.csv, as a string with its leading zero")
            if row["kind"] not in KINDS:
                raise ConfigError(f"{path}:{n}: unknown kind {row['kind']!r}", f"kinds: {', '.join(k for k in KINDS if k)}")
            yield row


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """Patterns by lemma (phrasal verbs under "verb particle")."""
    out: dict[str, list[VerbPattern]] = {}
    for r in _rows("verbs.csv", ("lemma", "prep", "cameo", "kind")):
        p = VerbPattern(r["lemma"].strip().lower(), r["prep"].strip().lower(), r["cameo"], r["kind"])
        out.setdefault(p.lemma, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def noun_patterns() -> dict[str, NounPattern]:
    out = {}
    for r in _rows("nouns.csv", ("lemma", "cameo", "preps", "kind")):
        p = NounPattern(r["lemma"].strip().lower(), r["cameo"], tuple(x for x in r["preps"].split("|") if x), r["kind"])
        out[p.lemma] = p
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    path = data_path("cues.csv")
    out: dict[str, set[str]] = {c: set() for c in CUES}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            if row["cue"] not in out:
                raise ConfigError(f"{path}:{n}: unknown cue {row['cue']!r}", f"cues: {', '.join(CUES)}")
            out[row["cue"]].add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def cue(name: str) -> frozenset[str]:
    """Words of data/cues.csv that signal `name` (modality, speech, light verbs)."""
    return _cues()[name]


@lru_cache(maxsize=1)
def reversals() -> dict[str, tuple[tuple[str, str], ...]]:
    """verb -> ((noun code prefix, code of undoing it), ...), longest prefix first."""
    path = data_path("reversals.csv")
    codes = cameo_table()
    out: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            if row["cameo"] not in codes:
                raise ConfigError(f"{path}:{n}: unknown CAMEO event code {row['cameo']!r}",
                                  "use a code of data/cameo_codes.csv, as a string with its leading zero")
            out.setdefault(row["verb"].strip().lower(), []).append((row["noun_code"], row["cameo"]))
    return {v: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for v, pairs in out.items()}


def reversed_code(verb: str, noun_code: str) -> str | None:
    """The code of `verb` applied to an event of `noun_code` ("lift" + sanctions -> 085), if any."""
    return next((code for prefix, code in reversals().get(verb, ()) if noun_code.startswith(prefix)), None)
