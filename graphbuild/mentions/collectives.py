"""Collectives and their affiliation: a group noun or an office with the actor it belongs to
("Syrian rebels", "White House officials", "the government of Iraq", "Iran's foreign
minister"), the one state of its sentence when it names none ("as the opposition
threatened to storm his residence in Tbilisi"), and peoples named with the state they live
in ("ethnic Turks in Bulgaria")."""
from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..lexicon import Entry, Lexicon
from ..model import Mention
from ..patterns import behaves, cue, verb_patterns
from ..syntax import DASHES, child, pobj, preps, sentence
from .found import ByToken, Found, modifier_tokens, refers_back, sentence_state, stance

# Collectives whose place is their state: "the government in Kabul", "critics in Sweden",
# "police in Tbilisi"; but officials, troops and spies "in Nairobi" may be anyone's.
SEATED = {"government", "authority", "administration", "regime", "leadership", "parliament"}
ENVOY_ROLES = {"GOV", "MIL", "SPY"}
# Collectives that act at home: police with no nationality are those of the story's place.
HOME_ROLES = {"COP"}
# Adjectives of faith, which name no nationality: "Islamic fundamentalists" may be of the sentence's state.
FAITHS = cue("faith_adjective")
# Determiners that leave a collective's members unsaid: "all parties", "both sides".
_UNSAID = {"all", "both", "either", "neither"}
# Nouns after a name that make it a place: "the government of Sindh province".
PLACE_NOUNS = cue("place_noun")


# -- group nouns and offices --

def add_collectives(doc: Doc, tokens: list[Token], by_token: ByToken, lex: Lexicon) -> None:
    """"Syrian rebels", "White House officials", "the government of Iraq": a role of a state.
    Those affiliated only through a collective named after them come last ("critics of the
    government")."""
    pending = []
    for t in tokens:
        if t.i in by_token or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        prev = tokens[t.i - 1].lower_ if t.i else ""
        role = _group_role(t, prev, lex)
        if not role and t.lower_ not in lex.title_heads:
            continue  # most nouns name no group or office: decided before looking at their children
        if _members_unsaid(t) or _names_a_person(t, by_token):
            continue
        if role and not _add_collective(doc, t, role, by_token, lex, local=False):
            pending.append((t, role))
        elif not role and t.dep_ != "compound" and t.tag_ in {"NN", "NNP"}:
            _add_office(doc, t, prev, by_token, lex)
    for t, role in pending:
        _add_collective(doc, t, role, by_token, lex, local=True)


def _group_role(t: Token, prev: str, lex: Lexicon) -> str | None:
    """The role a group noun names, two words before one: "armed groups", "rebels"."""
    return lex.groups.get(f"{prev} {t.lower_}") or lex.groups.get(t.lower_) or lex.groups.get(t.lemma_.lower())


def _members_unsaid(t: Token) -> bool:
    """"all parties", "both sides": whoever they are, the text does not say."""
    return any(c.dep_ in {"det", "predet"} and c.lower_ in _UNSAID for c in t.children)


def _names_a_person(t: Token, by_token: ByToken) -> bool:
    """"his Turkish counterpart Hakan Fidan", "Iran's foreign minister, Abbas Araghchi": the
    noun describes the person named with it."""
    named = [c.i for c in t.children if c.dep_ == "appos"] + [t.i + 1]
    return any(i in by_token and by_token[i].mention.kind == "PERSON" for i in named)


def _add_office(doc: Doc, t: Token, prev: str, by_token: ByToken, lex: Lexicon) -> None:
    """An office named without its holder: "Iran's foreign minister said", "the US President"."""
    phrase = f"{prev} {t.lower_}" if f"{prev} {t.lower_}" in lex.titles else t.lower_
    if phrase in lex.titles and _add_collective(doc, t, lex.titles[phrase], by_token, lex, local=False):
        f = by_token[t.i]
        f.mention = replace(f.mention, title=phrase.title())  # one office holder, not a body


def _add_collective(doc: Doc, t: Token, role: str, by_token: ByToken, lex: Lexicon, local: bool) -> bool:
    """One collective for each affiliation ("Hungarian and Romanian officials"); with `local`,
    the one state of the sentence when none is named. Whether any was found."""
    mentions = [m for a in _affiliations(t, role, by_token) if (m := _collective(doc, t, a, role, lex)) is not None]
    # One collective per actor: "Port-au-Prince, Haiti — Police" names Haiti twice.
    mentions = [m for i, m in enumerate(mentions) if all((m.key, m.name) != (o.key, o.name) for o in mentions[:i])]
    if not mentions and local:
        mentions = [m for m in [_local_collective(t, role, by_token, lex)] if m is not None]
    if mentions:
        by_token[t.i] = Found(t.i, t.i + 1, mentions[0], also=mentions[1:])
    return bool(mentions)


def _affiliations(t: Token, role: str, by_token: ByToken) -> list[Found]:
    """The actors a collective belongs to, in its own words or else a prepositional phrase,
    each once: "Syrian rebels", "officials of Iran"."""
    affils = [by_token[m.i] for m in modifier_tokens(t, t.i) if m.i in by_token]
    if not affils:
        owned = child(t, {"poss"}) is not None
        for c in t.children:
            if c.dep_ == "prep" and _affiliating(c, t, role, owned):
                affils = [by_token[p.i] for p in c.children if p.i in by_token] or _named_place(c, by_token)
    return [a for i, a in enumerate(affils) if all(a is not b for b in affils[:i])]


def _named_place(prep: Token, by_token: ByToken) -> list[Found]:
    """The place a place noun is named by: "the government of Sindh province"."""
    obj = pobj(prep)
    if obj is None or obj.lemma_.lower() not in PLACE_NOUNS:
        return []
    return [by_token[m.i] for m in obj.children if m.dep_ in {"compound", "amod"} and m.i in by_token
            and by_token[m.i].mention.kind == "STATE"]


def _affiliating(prep: Token, t: Token, role: str, owned: bool) -> bool:
    """Whether a preposition names whom a collective belongs to: "officials of Iran", "a
    delegation from Hamas", "the government in Kabul", "government officials in Turkey"; not "its ambassador from the
    Netherlands", who is recalled from there, nor "troops in Nairobi", who may be anyone's."""
    word = prep.lower_
    if word == "of":
        return True
    if word == "from":
        return not owned
    # "government officials in Ankara" are seated there, as the government is; officials one
    # meets "in Turkey" are Turkey's.
    return word == "in" and (t.lemma_.lower() in SEATED or role not in ENVOY_ROLES or _met(t) or
                             any(c.dep_ == "compound" and c.lemma_.lower() in SEATED for c in t.children))


def _met(t: Token) -> bool:
    """Whether t is whom a verb of consultation meets: "met (with) officials in Turkey"."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else t.head if t.dep_ == "dobj" else None
    return verb is not None and any(behaves(p.cameo, "consult") for p in verb_patterns().get(verb.lemma_.lower(), ()))


def _collective(doc: Doc, t: Token, affil: Found, role: str, lex: Lexicon) -> Mention | None:
    """The collective t of one affiliation: a role of a state ("Syrian rebels", "opponents of
    Rwanda's Senate") or an organisation's own people ("Hamas officials")."""
    a = affil.mention
    if a.kind == "PERSON" and not a.country:
        return None
    span = doc[min(affil.start, t.i):t.i + 1]
    if a.kind in {"STATE", "PERSON"} or a.country and a.key == a.country:
        return _of_state(span, a.country, role, lex, fallback=a.name)
    return replace(a, text=span.text, start=span.start_char, end=span.end_char)


def _of_state(span: Span, country: str | None, role: str, lex: Lexicon, fallback: str) -> Mention:
    """A collective of a state: its government when the role is GOV, else a group of it."""
    state = lex.states.get(country or "")
    return Mention(text=span.text, start=span.start_char, end=span.end_char, kind="STATE" if role == "GOV" else "GROUP",
                   name=state.name if state else fallback, key=country, country=country, role=role)


def _local_collective(t: Token, role: str, by_token: ByToken, lex: Lexicon) -> Mention | None:
    """"the opposition", "police", "demonstrators" with no affiliation of their own belong to the
    one state their sentence names, if it names exactly one ("... as the opposition threatened
    to storm his residence in Tbilisi")."""
    if any(next(preps(t, w), None) is not None for w in ("of", "from")):
        return None  # "leaders of the union" belong to what is named, not to the state
    if refers_back(t):
        return None  # "the militant group" refers back to a group named before (arguments.py)
    if any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" and c.lower_ not in FAITHS and not stance(c)
           for c in t.lefts):
        return None  # "Korean civilians": a nationality the tables do not know is still not this state's
    home = role in HOME_ROLES or t.lemma_.lower() == "authority"
    country = (_dateline_state(t, by_token) if home else None) or sentence_state(t, by_token)
    if country is None:
        return None
    return _of_state(t.doc[t.i:t.i + 1], country, role, lex, fallback=country)


def _dateline_state(t: Token, by_token: ByToken) -> str | None:
    """The state of the article's dateline ("QUITO, Ecuador — "): police "broke into the
    Mexican Embassy" in a story filed from Quito are Ecuador's. A story is filed from where it
    happens, so the dateline outweighs a state the sentence names ("LIMA, Peru — police
    raided the Chilean consulate")."""
    for sent in islice(t.doc.sents, 3):
        # The dash after the place, not a hyphen inside it ("Port-au-Prince, Haiti — ").
        dash = next((w for w in sent[1:8] if w.text in DASHES and w.doc[w.i - 1].whitespace_), None)
        if dash is None:
            continue
        place = t.doc[sent.start:dash.i]
        if not all(w.pos_ in {"PROPN", "PUNCT"} for w in place):
            return None
        states = {f.mention.country for w in place if (f := by_token.get(w.i)) is not None
                  and f.mention.kind == "STATE"}
        return states.pop() if len(states) == 1 else None
    return None


# -- peoples and the state they live in --

def add_residents(tokens: list[Token], by_token: ByToken, lex: Lexicon) -> None:
    """"the Albanians of southern Serbia", "ethnic Turks in Bulgaria": a people named with the
    state it lives in are civilians of that state."""
    for t in tokens:
        if t.tag_ not in {"NNPS", "NNS"}:
            continue
        entry = lex.lookup(t.text)
        if entry is None or entry.via != "demonym":
            continue
        home = _home(t, entry, tokens, by_token)
        if home is None:
            continue
        span, m = home[0], home[1].mention
        by_token[t.i] = Found(t.i, t.i + 1, Mention(
            text=span.text, start=span.start_char, end=span.end_char, kind="GROUP", name=m.name,
            key=m.country, country=m.country, role="CVL"))


def _home(t: Token, entry: Entry, tokens: list[Token], by_token: ByToken) -> tuple[Span, Found] | None:
    """The words that name a people with its state, and the state: a state of its own
    prepositional phrase ("Turks in Bulgaria"), else for "ethnic Albanians" the one other
    state their sentence names ("ethnic Albanians demonstrated in Serbia")."""
    place = _named_home(t, entry, by_token)
    if place is not None:
        return t.doc[t.i:place.end], place
    if t.i and tokens[t.i - 1].lower_ == "ethnic":
        place = _other_state(t, entry, by_token)
        if place is not None:
            return t.doc[t.i - 1:t.i + 1], place
    return None


def _named_home(t: Token, entry: Entry, by_token: ByToken) -> Found | None:
    """"the Albanians of southern Serbia": a state other than the people's own after of/in."""
    for prep in (p for w in ("of", "in") for p in preps(t, w)):
        obj = pobj(prep)
        place = by_token.get(obj.i) if obj is not None else None
        if place is not None and place.mention.kind == "STATE" and place.mention.country != entry.country:
            return place
    return None


def _other_state(t: Token, entry: Entry, by_token: ByToken) -> Found | None:
    """The one state other than the people's own that t's sentence names."""
    sent = sentence(t)
    states = [f for i in range(sent.start, sent.end) if (f := by_token.get(i)) is not None
              and f.mention.kind == "STATE" and f.mention.country not in {None, entry.country}]
    return states[0] if len({f.mention.country for f in states}) == 1 else None
