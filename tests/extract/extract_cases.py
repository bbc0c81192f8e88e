"""Extraction cases: a sentence written for the tests and what its events must be, read
through the real spaCy model. A failing case prints how the sentence was read (the parse,
the mentions and each event with the rule that produced it).

An event is matched by a pattern `(source, code, target)` or `(source, code, target, negated,
modality)`. `None` matches anything; NO_TARGET is the target of an event with none; a pattern made with `like(...)` matches a name by regular
expression; a two-digit code matches the CAMEO root ("11" is any 11x accusation), a longer code
matches exactly ("036").
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from graphbuild.model import Article, Event
from graphbuild.pipeline import Result, extract_articles

Pattern = tuple  # (source, code, target) or (source, code, target, negated, modality)
NO_TARGET = "(no target)"  # the target of an event with none: ("Hezbollah", "087", NO_TARGET)


def like(regex: str) -> re.Pattern:
    """A name pattern: like(".*police") matches "Georgian police"."""
    return re.compile(regex)


@lru_cache(maxsize=None)
def extracted(text: str) -> Result:
    """The result of extracting one article; extraction is deterministic, so once per text."""
    return extract_articles([Article(id="t", text=text)])


def events(text: str) -> list[Event]:
    """The events of one article."""
    return extracted(text).events


def row(e: Event) -> tuple:
    """An event as a pattern of five fields."""
    return (e.source.name, e.cameo, e.target.name if e.target else NO_TARGET, e.negated, e.modality)


def matches(pattern: Pattern, e: Event) -> bool:
    """Whether event e fits the pattern, field by field."""
    return all(_field_matches(i, want, got) for i, (want, got) in enumerate(zip(pattern, row(e))))


def _field_matches(i: int, want, got) -> bool:
    if want is None:
        return True
    if isinstance(want, re.Pattern):
        return want.fullmatch(got or "") is not None
    if i == 1 and len(want) == 2:  # a CAMEO root
        return (got or "")[:2] == want
    return want == got


def show(pattern: Pattern) -> str:
    """A pattern as the failure message writes it: Chile -19-> Peru."""
    parts = ["*" if p is None else f"/{p.pattern}/" if isinstance(p, re.Pattern) else str(p) for p in pattern]
    extra = f" negated={parts[3]} modality={parts[4]}" if len(parts) > 3 else ""
    return f"{parts[0]} -{parts[1]}-> {parts[2]}{extra}"


@dataclass(frozen=True)
class Case:
    """A sentence and what its events must be.

    has: each pattern is matched by some event; lacks: no event matches any of them;
    exactly: every event matches one of them and each is matched (a set of what is read);
    one: there is exactly one event and it matches; none: no event at all;
    no_self: no event has the same source and target;
    actors: name -> attributes every actor of that name in the events has (type, country, cameo, ...).
    """

    text: str
    has: Collection[Pattern] = frozenset()
    lacks: Collection[Pattern] = frozenset()
    exactly: Collection[Pattern] | None = None
    one: Pattern | None = None
    none: bool = False
    no_self: bool = False
    actors: dict[str, dict[str, object]] = field(default_factory=dict)
    id: str = ""

    def __str__(self) -> str:
        return self.id or self.text

    def failures(self) -> list[str]:
        found = events(self.text)
        out = [f"missing {show(p)}" for p in self.has if not any(matches(p, e) for e in found)]
        out += [f"unwanted {show(p)}" for p in self.lacks if any(matches(p, e) for e in found)]
        if self.exactly is not None:
            out += [f"unwanted {show(row(e))} (exactly {sorted(map(show, self.exactly))})"
                    for e in found if not any(matches(p, e) for p in self.exactly)]
            out += [f"missing {show(p)}" for p in self.exactly if not any(matches(p, e) for e in found)]
        if self.one is not None and (len(found) != 1 or not matches(self.one, found[0])):
            out.append(f"wanted exactly one event {show(self.one)}, found {len(found)}")
        if self.none and found:
            out.append(f"wanted no event, found {len(found)}")
        if self.no_self:
            out += [f"self event {show(row(e))}" for e in found if e.target and e.source.name == e.target.name]
        out += self._actor_failures(found)
        return out

    def _actor_failures(self, found: list[Event]) -> list[str]:
        out = []
        for name, attrs in self.actors.items():
            seen = [a for e in found for a in (e.source, e.target) if a is not None and a.name == name]
            if not seen:
                out.append(f"no actor {name!r}")
            out += [f"{name}: {k}={getattr(a, k)!r}, wanted {v!r}" for a in seen for k, v in attrs.items()
                    if getattr(a, k) != v]
        return out

    def check(self) -> None:
        problems = self.failures()
        assert not problems, "\n".join([*problems, "", trace(self.text)])


def check(ok: bool, text: str, what: str = "") -> None:
    """An assertion about one sentence's result that prints how the sentence was read."""
    assert ok, f"{what}\n\n{trace(text)}"


def trace(text: str) -> str:
    """How a sentence was read: `graphbuild explain` where it exists, else the parse table,
    the mentions and the events with their rules."""
    try:
        from graphbuild.explain import explain
    except ImportError:
        return _parse_table(text)
    return str(explain(text))


def _parse_table(text: str) -> str:
    from graphbuild.lexicon import lexicon
    from graphbuild.mentions import find_mentions
    from graphbuild.nlp import load_model

    nlp = load_model()  # the session's model: load_model keeps it
    doc = nlp(text)
    mentions = find_mentions(doc, nlp, lexicon())
    lines = [f"{'i':>3} {'token':<14} {'pos':<6} {'dep':<10} {'head':<16} mention"]
    for t in doc:
        f = mentions.get(t.i)
        m = f"{f.mention.name} ({f.mention.kind}, {f.mention.country}, {f.mention.role})" if f else ""
        lines.append(f"{t.i:>3} {t.text:<14} {t.pos_:<6} {t.dep_:<10} {t.head.i:>2} {t.head.text:<13} {m}")
    result = extracted(text)
    lines += [f"event: {show(row(e))} predicate={e.predicate!r} rule={e.rule}" for e in result.events]
    lines += [f"unmapped: {u.predicate!r}" for u in result.unmapped]
    return "\n".join(lines)
