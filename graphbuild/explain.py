"""Why a sentence gives the events it gives: its parse, the actors named in it and how they
resolved, each rule tried with the table row it used or the veto that stopped it, and the
events with their rule.

    >>> print(explain("Mali expelled French troops."))

The article is read whole (coreference needs the sentences before); `sentence` picks the
one sentence (1-based) to show. The trace is recorded only here: extraction without it
records nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Article, ArticleRef


@dataclass(frozen=True)
class TokenRow:
    i: int
    text: str
    pos: str
    dep: str
    head: int
    head_text: str


@dataclass(frozen=True)
class MentionRow:
    text: str
    kind: str
    actor: str  # the resolved actor: "United Kingdom (GBR)"
    via: str | None  # the word that referred to it ("he")


@dataclass(frozen=True)
class EventRow:
    source: str
    cameo: str | None
    target: str
    predicate: str
    rule: str
    negated: bool
    modality: str


@dataclass(frozen=True)
class Explanation:
    sentence: str
    tokens: tuple[TokenRow, ...]
    mentions: tuple[MentionRow, ...]
    steps: tuple[tuple[int, str], ...]  # (token index, what a rule did there)
    events: tuple[EventRow, ...]

    def __str__(self) -> str:
        lines = [f"sentence: {self.sentence}", "", "parse:"]
        lines += [f"  {t.i:>3} {t.text:<14} {t.pos:<6} {t.dep:<10} <- {t.head:>3} {t.head_text}" for t in self.tokens]
        lines += ["", "mentions:"]
        lines += [f"  {m.text!r} {m.kind} -> {m.actor}" + (" (refers back)" if m.via == m.text else
                                                           f" (via {m.via!r})" if m.via else "")
                  for m in self.mentions] or ["  (none)"]
        lines += ["", "rules:"]
        words = {t.i: t.text for t in self.tokens}
        lines += [f"  {i:>3} {words.get(i, '?'):<14} {text}" for i, text in self.steps] or ["  (no verb or noun the tables know)"]
        lines += ["", "events:"]
        lines += [f"  {e.source} {e.cameo or '(uncoded)'} {e.target}  [{e.rule}]"
                  + (" negated" if e.negated else "") + (f" {e.modality}" if e.modality != "asserted" else "")
                  for e in self.events] or ["  (none)"]
        return "\n".join(lines)


def explain(text: str, sentence: int | None = None, model: str | None = None) -> Explanation:
    """The explanation of one sentence of `text` (the sentence numbered `sentence`, 1-based;
    by default the first)."""
    from .errors import InputError
    from .extract import Extractor
    from .lexicon import lexicon
    from .nlp import load_model, parse
    from .pipeline import run_time, to_event
    from .resolve import ArticleActors, resolve_events

    article = Article(id="explain", text=text)
    nlp, lex = load_model(model), lexicon()
    _, doc = next(parse([article], model))
    sents = list(doc.sents)
    n = sentence or 1
    if not 1 <= n <= len(sents):
        raise InputError(f"sentence {n} not found: the text has {len(sents)} sentences",
                         f"give --sentence between 1 and {len(sents)}")
    sent = sents[n - 1]
    trace: list[tuple[int, str]] = []
    ex = Extractor(doc, nlp, lex, trace=trace)
    raw = ex.run()
    actors = ArticleActors(ex.people(), lex)
    here = range(sent.start, sent.end)
    mentions, seen = [], set()
    for i in here:
        f = ex.mentions.get(i)
        if f is not None and id(f) not in seen:
            seen.add(id(f))
            a = actors.actor(f.mention)
            mentions.append(MentionRow(f.mention.text, f.mention.kind, f"{a.name} ({a.cameo or a.country or 'unresolved'})",
                                       f.mention.via))
    when, ref = run_time(), ArticleRef.of(article)
    events = []
    for r, s, t in resolve_events(raw, ex.people(), lex):
        if sent.start_char <= r.sent_start < sent.end_char:
            e = to_event(r, s, t, ref, article.id, when)
            events.append(EventRow(s.name, e.cameo, t.name if t else "(no target)", e.predicate, e.rule, e.negated, e.modality))
            # Words that refer to an actor ("he", "the group", "his visitor") are found by the rules.
            for m, a in ((r.source, s), (r.target, t)) if t else ((r.source, s),):
                row = MentionRow(m.via, m.kind, f"{a.name} ({a.cameo or a.country or 'unresolved'})", m.via)
                if m.via and row not in mentions:
                    mentions.append(row)
    tokens = tuple(TokenRow(t.i, t.text, t.pos_, t.dep_, t.head.i, t.head.text) for t in sent)
    steps = tuple((i, text) for i, text in trace if i in here)
    return Explanation(sent.text.strip(), tokens, tuple(mentions), steps, tuple(events))
