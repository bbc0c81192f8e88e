"""The records that flow between stages.

readers -> Article; nlp + extract -> RawEvent (spaCy stays inside those modules);
resolve + coding -> Event with resolved Actors; graph, sinks and exporters read Events.
Every record is a frozen dataclass so a stage cannot change what an earlier one produced.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Actor kinds, the same words in JSON, Neo4j properties and the ontology.
ACTOR_TYPES = ("PERSON", "STATE", "IGO", "ORGANIZATION", "GROUP", "UNKNOWN")
# Modality of an event as the text presents it.
MODALITIES = ("asserted", "reported", "future", "hypothetical", "hedged")


@dataclass(frozen=True)
class Article:
    """One input document."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date of publication, when known
    url: str | None = None
    source: str | None = None  # publisher
    path: str | None = None  # file it was read from


@dataclass(frozen=True)
class ArticleRef:
    """What an event keeps of its article: everything but the text."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    @classmethod
    def of(cls, article: Article) -> "ArticleRef":
        return cls(article.id, article.title, article.date, article.url, article.source)


@dataclass(frozen=True)
class Actor:
    """A resolved real-world actor: a person, a state, an organisation or a group."""

    id: str  # stable key across articles, e.g. "sergey-lavrov", "united-states"
    name: str
    type: str  # one of ACTOR_TYPES
    country: str | None = None  # ISO 3166 alpha-3, or None
    cameo: str | None = None  # CAMEO actor code: country/group code + role, e.g. RUSGOV
    role: str | None = None  # CAMEO role code alone (GOV, MIL, ...), or None
    aliases: tuple[str, ...] = ()
    resolved: bool = True  # False when no table knew the actor


@dataclass(frozen=True)
class Mention:
    """A stretch of an article that names an actor, as extraction found it."""

    text: str  # surface text, e.g. "Russian Foreign Minister Sergey Lavrov"
    start: int  # character offsets in the article text
    end: int
    kind: str  # one of ACTOR_TYPES
    name: str  # the name proper, without title: "Sergey Lavrov", or a table's name: "Russia"
    key: str | None = None  # the table key when a table knew it (ISO code, group id, person name)
    country: str | None = None
    role: str | None = None
    title: str | None = None  # "Foreign Minister"
    group: str | None = None  # the organisation a person acts for (a groups table key)
    via: str | None = None  # the word that referred to it, when found by coreference ("he")


@dataclass(frozen=True)
class RawEvent:
    """An event as read from one sentence, before its actors are resolved across the article."""

    sentence: str
    sent_start: int
    sent_end: int
    source: Mention
    target: Mention | None  # None: an event with no target ("the minister resigned")
    predicate: str
    cameo: str | None
    negated: bool
    modality: str
    rule: str
    confidence: float
    date_text: str | None = None  # the date words of the event's clause: "on Saturday"


@dataclass(frozen=True)
class Problem:
    """Input that could not be used: where it is and why."""

    path: str
    reason: str
    line: int | None = None
    kept: bool = False  # the input was still used, without what the reason names (a bad date)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Event:
    """One who-did-what-to-whom statement with its coding and provenance."""

    doc_id: str
    sentence: str
    char_start: int  # offsets of the sentence in the article text
    char_end: int
    source: Actor
    target: Actor | None  # None: an event with no target ("Hezbollah declared a ceasefire")
    predicate: str  # lemma of the cue, e.g. "complain about"
    cameo: str | None  # CAMEO event code as a string ("042"); None when unmapped
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.5
    rule: str = ""  # name of the extraction rule that fired
    article: ArticleRef | None = None
    extracted_at: str | None = None  # ISO timestamp of the run
    id: str = field(default="")
    incident: str | None = None  # id of the incident this event is a mention of (incidents.py)
    # When it happened (dates.py): YYYY-MM-DD, YYYY-MM or YYYY; its precision (day, month,
    # year); the words it came from; "text", or "article" when it is the article's date.
    event_date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_source: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", event_id(self))

    @property
    def date(self) -> str | None:
        """The event's date when known, else its article's."""
        if self.event_date:
            return self.event_date
        return self.article.date if self.article else None


def event_id(e: Event) -> str:
    """Stable id: the same statement read again gets the same id, in any store."""
    key = "|".join([e.doc_id, str(e.char_start), str(e.char_end), e.cameo or e.predicate,
                    e.source.id, e.target.id if e.target else "", "neg" if e.negated else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
