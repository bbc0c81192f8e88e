"""Finding actor mentions in a parsed article (spaCy side of actor resolution).

A mention is found three ways, in this order of trust: a phrase of the actor tables
(countries, capitals, seats of government, demonyms, organisations, people), a named
entity of the model (PERSON, ORG), and a collective noun with an affiliation ("Syrian
rebels", "White House officials"). Persons get their title and country from the words
before the name ("Russian Foreign Minister Sergey Lavrov") or an apposition.
The model's entity type is corrected from the article: a name tagged PERSON anywhere in
it is a person everywhere ("Trump" tagged ORG in one sentence).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .lexicon import Entry, Lexicon
from .model import Mention
from .patterns import cue
from .resources import data_path

_MATCHERS: dict[int, PhraseMatcher] = {}
# Modifier dependencies that belong to a noun phrase's own words (not a prepositional phrase).
NP_MODIFIERS = {"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "appos"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
# Collectives whose place is their state: "the government in Kabul", "critics in Sweden",
# "police in Tbilisi"; but officials, troops and spies "in Nairobi" may be anyone's.
SEATED = {"government", "authority", "administration", "regime", "leadership", "parliament"}
ENVOY_ROLES = {"GOV", "MIL", "SPY"}
# "the Chinese leader": the one head of state or government of that state the article named.
LEADER_NOUNS, LEADER_TITLES = cue("leader_noun"), cue("leader_title")
# Nouns after a name that make it a place: "the Essequibo region".
PLACE_NOUNS = cue("place_noun")
# Adjectives of faith, which name no nationality: "Islamic fundamentalists" may be of the sentence's state.
FAITHS = cue("faith_adjective")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "sheikh"}
# Lower-case particles that begin names: "al-Shabab", "bin Salman", "van der Leyen".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|an|ar|at|bin|ibn|de|da|di|van|von|le|la)[- ][A-Z]")


@dataclass
class Found:
    """A mention while it is being assembled: token range, head and what it is."""

    start: int  # token indices, end exclusive
    end: int
    mention: Mention
    also: list[Mention] = field(default_factory=list)  # further actors of a shared head noun


def build_matcher(nlp, lex: Lexicon) -> PhraseMatcher:
    """One PhraseMatcher over every table phrase, made once per pipeline."""
    key = id(nlp.vocab)
    if key not in _MATCHERS:
        m = PhraseMatcher(nlp.vocab, attr="LOWER")
        m.add("ACTOR", list(nlp.tokenizer.pipe(lex.forms)))
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _case_ok(span: Span, entry: Entry) -> bool:
    """Table phrases name actors when written as names: "US" not "us", "Turkey" not "turkey"."""
    text = span.text[4:] if span.text.lower().startswith("the ") else span.text  # "the West"
    if not text[:1].isupper() and not _PARTICLE_NAME.match(text):  # "al-Shabab" is a name
        return False
    if len(text) <= 3 and text.isalpha() and entry.kind != "PERSON":
        return text.isupper()
    return True


def _mention(span: Span, entry: Entry | None, kind: str, name: str | None = None, **kw) -> Mention:
    if entry is not None:
        return Mention(text=span.text, start=span.start_char, end=span.end_char, kind=entry.kind,
                       name=entry.name, key=entry.key, country=entry.country, role=entry.role,
                       title=entry.title, **kw)
    return Mention(text=span.text, start=span.start_char, end=span.end_char, kind=kind,
                   name=name or span.text, **kw)


def _strip(span: Span) -> Span:
    """Drop a leading determiner/honorific and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the"} | _HONORIFICS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def find_mentions(doc: Doc, nlp, lex: Lexicon) -> dict[int, Found]:
    """Token index -> the mention covering that token."""
    found: list[Found] = []
    taken = [False] * len(doc)

    # 1. Table phrases, longest first.
    # Longest first; a leading "the" does not count ("the West" must not take "West Bank").
    matches = sorted(build_matcher(nlp, lex)(doc),
                     key=lambda m: (m[1] - m[2] + (doc[m[1]].lower_ == "the"), m[1]))
    for _, s, e in matches:
        if any(taken[s:e]):
            continue
        span = doc[s:e]
        entries = lex.phrases.get(span.text.lower())
        if not entries or not _case_ok(span, entries[0]):
            continue
        ent_label = doc[s].ent_type_
        entry = entries[0]
        # A table word inside a longer person name ("Jordan" in "Michael Jordan") is the person.
        if entry.kind != "PERSON" and ent_label == "PERSON" and doc[s].ent_iob_ != "B" and e - s == 1:
            continue
        # "ethnic Albanians" are a people, not Albania.
        if entry.via == "demonym" and s and doc[s - 1].lower_ == "ethnic":
            continue
        found.append(Found(s, e, _mention(span, entry, entry.kind)))
        for i in range(s, e):
            taken[i] = True

    _capital_or_organisation(doc, found, lex)

    # 2. Named entities the tables do not know.
    spans = [(ent.label_, _strip(ent)) for ent in doc.ents]  # building entity spans costs: once
    person_names = {span.text for label, span in spans if label in PERSON_LABELS}
    surnames = {n.split()[-1] for n in person_names if n}
    for label, span in spans:
        if len(span) and label in ORG_LABELS and any(taken[span.start:span.end]):
            _organisation_of_state(span, found, taken, lex)
        if not len(span) or any(taken[span.start:span.end]):
            # A person name that extends a table match ("Sergey Lavrov" over "Lavrov") wins.
            if len(span) and label in PERSON_LABELS and _extend_person(found, taken, span, lex):
                continue
            continue
        if span.text.islower():  # names are capitalised; lower-case "entities" are noise
            continue
        if span.end < len(doc) and doc[span.end].lemma_.lower() in PLACE_NOUNS:
            continue  # "the Essequibo region", "the Jordan Valley": a place, not an organisation
        if label in ORG_LABELS and (span.text in person_names or span.text in surnames):
            label = "PERSON"
        elif label in PERSON_LABELS and len(span) == 1 and len(span.text) > 2 and span.text.isupper():
            label = "ORG"  # "MASSOB": an acronym, not a person
        if label in PERSON_LABELS:
            entry = lex.phrases.get(span.text.lower())
            entry = entry[0] if entry and entry[0].kind == "PERSON" else None
            m = _mention(span, entry, "PERSON")
        elif label in ORG_LABELS and span.text[:1].isupper() and span.text.lower() not in lex.titles:
            # "International Labor Office (ILO)": the acronym in brackets may be known.
            after = doc[span.end + 1] if span.end + 2 < len(doc) and doc[span.end].text == "(" else None
            entry = lex.lookup(after.text) if after is not None and after.text.isupper() and doc[span.end + 2].text == ")" else None
            m = _mention(span, entry, "ORGANIZATION") if entry is not None and entry.kind != "PERSON" else \
                _mention(span, None, "ORGANIZATION")
        else:
            continue
        found.append(Found(span.start, span.end, m))
        for i in range(span.start, span.end):
            taken[i] = True

    # 3. A surname alone, where the model missed it, after the full name was seen.
    surname_of = {}
    for f in sorted(found, key=lambda f: f.start):
        if f.mention.kind == "PERSON" and f.end - f.start > 1:
            surname_of.setdefault(doc[f.end - 1].text, f)
    tokens = list(doc)  # iterating a Doc builds Token objects anew each time: once is enough
    for t in tokens:
        full = surname_of.get(t.text)
        if full is not None and not taken[t.i] and t.pos_ == "PROPN" and t.i > full.start:
            found.append(Found(t.i, t.i + 1, replace(full.mention, text=t.text, start=t.idx, end=t.idx + len(t))))
            taken[t.i] = True

    by_token = {}
    for f in found:
        for i in range(f.start, f.end):
            by_token[i] = f
    _add_titles(doc, by_token, lex)
    _add_title_references(tokens, by_token, lex)
    _add_organisation_references(doc, tokens, by_token)
    _place_unknown_organisations(doc, by_token)  # before collectives copy them: "AKK officials"
    _add_collectives(doc, tokens, by_token, lex)
    _add_residents(tokens, by_token, lex)
    return by_token


@lru_cache(maxsize=1)
def _organisation_seats() -> dict[str, str]:
    """Lower-cased city -> groups.csv id of the organisation seated there (organisation_seats.csv)."""
    with data_path("organisation_seats.csv").open(encoding="utf-8", newline="") as fh:
        return {r["city"].lower(): r["group"] for r in csv.DictReader(fh)}


def _capital_or_organisation(doc: Doc, found: list[Found], lex: Lexicon) -> None:
    """A city where an organisation sits ("Brussels") is that organisation where the article
    names it otherwise ("The European Union warned Hungary. Brussels also criticised Poland."),
    else its state ("Brussels criticised the Netherlands"). The EU, its Commission and its
    Council count as one: they share a code."""
    named = {lex.groups_by_id[f.mention.key].cameo for f in found if (f.mention.key or "") in lex.groups_by_id}
    for n, f in enumerate(found):
        group = lex.groups_by_id.get(_organisation_seats().get(f.mention.text.lower(), ""))
        if group is not None and f.mention.kind == "STATE" and group.cameo in named:
            found[n] = Found(f.start, f.end, _mention(doc[f.start:f.end], group, group.kind))


def _organisation_of_state(span: Span, found: list[Found], taken: list[bool], lex: Lexicon) -> None:
    """An organisation the tables do not know, named after one state ("the Movement for the
    Actualization of the Sovereign State of Biafra", "the Syrian Observatory for Human Rights"),
    is an organisation of that state, not the state. A ministry, army or court keeps the
    state's role instead ("the Iranian Foreign Ministry")."""
    inner = [f for f in found if span.start <= f.start and f.end <= span.end]
    covered = sum(f.end - f.start for f in inner)
    head = span.root.lower_
    if len(span) < 3 or not inner or covered != sum(taken[span.start:span.end]) or covered >= len(span) \
            or head in lex.groups or head in lex.titles \
            or any(f.mention.kind not in {"STATE", "GROUP"} or f.mention.role for f in inner) \
            or len({f.mention.country for f in inner}) != 1:
        return  # "the Association of African Jurists" is of no state, but not Africa either
    for f in inner:
        found.remove(f)
    found.append(Found(span.start, span.end, Mention(
        text=span.text, start=span.start_char, end=span.end_char, kind="ORGANIZATION", name=span.text,
        country=inner[0].mention.country)))
    for i in range(span.start, span.end):
        taken[i] = True


def _extend_person(found: list[Found], taken: list[bool], span: Span, lex: Lexicon) -> bool:
    for f in found:
        if f.mention.kind == "PERSON" and span.start <= f.start and f.end <= span.end and (f.start, f.end) != (span.start, span.end):
            entry = lex.lookup(span.text)
            if entry is not None and entry.kind == "PERSON":
                f.mention = replace(f.mention, text=span.text, start=span.start_char, end=span.end_char, name=entry.name)
            elif f.end == span.end:  # "Sergey Lavrov" over the surname "Lavrov": the same person
                f.mention = replace(f.mention, text=span.text, start=span.start_char, end=span.end_char)
            else:  # "Chadli Klibi" over the given name "Chadli" of someone else: another person
                f.mention = Mention(text=span.text, start=span.start_char, end=span.end_char, kind="PERSON",
                                    name=span.text)
            for i in range(span.start, span.end):
                taken[i] = True
            f.start, f.end = span.start, span.end
            return True
    return False


def _modifier_tokens(head: Token, stop: int) -> list[Token]:
    """Words of the noun phrase before position `stop`, without prepositional phrases."""
    out, todo = [], [c for c in head.lefts]
    while todo:
        t = todo.pop()
        if t.i >= stop or t.dep_ in {"prep", "relcl", "acl", "punct", "cc"}:
            continue
        if t.dep_ in NP_MODIFIERS or t.head.i != head.i:
            out.append(t)
            todo.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _longest_role(words: list[str], table: dict[str, str]) -> tuple[str, str] | None:
    """The longest run of words that is a key of `table`, as (phrase, role)."""
    best = None
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            phrase = " ".join(words[i:j])
            if phrase in table and (best is None or len(phrase) > len(best[0])):
                best = (phrase, table[phrase])
                break
    return best


def _add_titles(doc: Doc, by_token: dict[int, Found], lex: Lexicon) -> None:
    """Country and role of persons from the words around their name."""
    seen = set()
    for f in list(by_token.values()):
        if id(f) in seen or f.mention.kind != "PERSON":
            continue
        seen.add(id(f))
        head = doc[f.start:f.end].root
        mods = [t for t in _modifier_tokens(head, f.start)]
        for child in head.children:
            other = by_token.get(child.i)
            if child.dep_ == "appos" and not (other is not None and other.mention.kind == "PERSON"):
                mods.extend(t for t in child.subtree if t.dep_ != "prep")  # not another person's words
        # Title words run from the first modifier to the name, prepositions included
        # ("Secretary of State Rex Tillerson").
        first = min((t.i for t in mods if t.i < f.start), default=f.start)
        words = [t.lower_ for t in doc[first:f.start]] + [t.lower_ for t in mods if t.i > f.end]
        title = _longest_role(words, lex.titles)
        country = group = None
        # "King Hassan of Morocco": the state after the name, as close as the words before it.
        of_state = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and p.i in by_token
                    and by_token[p.i].mention.kind == "STATE" and by_token[p.i].mention.role is None]
        stated = False  # whether the state is written right with the name: "Serbian President X"
        for t in sorted(mods, key=lambda t: abs(t.i - f.start)) + of_state:  # the nearest word first
            other = by_token.get(t.i)
            if other is None or other is f:
                continue
            if other.mention.country:
                country = other.mention.country
                stated = t.i >= first and t.i < f.start or t in of_state
                break
            if other.mention.kind == "IGO" and group is None:  # "U.N. Secretary-General Kofi Annan"
                group = other.mention.key
        m = f.mention
        if stated and m.country and country != m.country:
            # The text's affiliation wins over the table's: "Serbian President Kostunica" acted
            # for Serbia whatever else he led; a surname alone of another state is someone else.
            if m.key and " " not in m.text.strip() and m.name != m.text:
                m = Mention(text=m.text, start=m.start, end=m.end, kind="PERSON", name=m.text)
            m = replace(m, country=country)
        if not (m.country or country or group or m.key) and title and m.name.split()[-1].lower() not in lex.people:
            # "President X", unknown to the tables, of the one state the sentence names.
            country = _sentence_state(head, by_token)
        f.mention = replace(m, country=m.country or country, group=m.group or (None if country else group),
                            role=m.role or (title[1] if title else None),
                            title=title[0].title() if title else m.title)


def _title_phrases(t: Token) -> list[str]:
    """"the secretary of state", "the foreign minister": the title words headed by t."""
    words = [c.lower_ for c in t.lefts if c.dep_ in {"compound", "amod"}] + [t.lower_]
    phrases = [" ".join(words), t.lower_]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                phrases.insert(0, f"{' '.join(words)} of {pobj.lower_}")
    return phrases


def _add_title_references(tokens: list[Token], by_token: dict[int, Found], lex: Lexicon) -> None:
    """"the secretary of state" after "Secretary of State Rex Tillerson" is Tillerson."""
    persons: list[Found] = []
    for t in tokens:
        f = by_token.get(t.i)
        if f is not None:
            if f.mention.kind == "PERSON" and f.mention.title and (not persons or persons[-1] is not f):
                persons.append(f)
            continue
        low = t.lower_
        if low not in LEADER_NOUNS and low not in lex.title_heads or t.pos_ not in {"NOUN", "PROPN"} or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue  # most words are no title: decided before looking at their children
        # "the president of Armenia", "the Iranian minister": a holder of that state only
        states = {by_token[c.i].mention.country for c in t.lefts if c.i in by_token} | {
            by_token[g.i].mention.country for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.i in by_token and by_token[g.i].mention.kind == "STATE"}
        if low in LEADER_NOUNS:
            # "the Chinese leader" after "Chinese President Xi Jinping": the leader of that state.
            leaders = [p for p in persons if p.mention.country in states
                       and (p.mention.title or "").lower() in LEADER_TITLES]
            if len(states) == 1 and len({p.mention.name for p in leaders}) == 1:
                by_token[t.i] = Found(t.i, t.i + 1, replace(leaders[-1].mention, via=f"the {t.lower_}"))
            continue
        for phrase in _title_phrases(t):
            if phrase not in lex.titles:
                continue
            holders = {p.mention.name: p for p in persons if p.mention.title.lower() == phrase
                       and (not states or p.mention.country in states)}
            # A one-word title ("the president") is too common to guess between holders;
            # a longer one goes to the holder named last.
            if len(holders) == 1 or holders and " " in phrase:
                p = next(p for p in reversed(persons) if p.mention.name in holders)
                by_token[t.i] = Found(t.i, t.i + 1, replace(p.mention, via=f"the {phrase}"))
            break
        if t.i not in by_token:
            # "the envoy" after "special envoy Steve Witkoff", "the Iranian minister" after
            # "Iranian Foreign Minister Abbas Araghchi": the one holder of such a title.
            holders = {p.mention.name: p for p in persons if p.mention.title.lower().split()[-1] == low
                       and (not states or p.mention.country in states)}
            if len(holders) == 1 and len(states) <= 1:
                holder = next(iter(holders.values())).mention
                by_token[t.i] = Found(t.i, t.i + 1, replace(holder, via=f"the {low}"))


def _add_organisation_references(doc: Doc, tokens: list[Token], by_token: dict[int, Found]) -> None:
    """"the court" after "the International Court of Justice", "the bank" after "the World
    Bank": a definite noun that heads an organisation's name named before is that organisation."""
    heads: dict[str, Found] = {}
    for t in tokens:
        f = by_token.get(t.i)
        if f is not None:
            if f.mention.kind in {"IGO", "ORGANIZATION"} and f.end - f.start > 1 and t.i == f.end - 1:
                heads[doc[f.start:f.end].root.lower_] = f
            continue
        if t.tag_ == "NN" and t.lower_ in heads and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and not any(c.dep_ in {"amod", "compound", "poss"} for c in t.lefts):
            org = heads[t.lower_]
            by_token[t.i] = Found(t.i, t.i + 1, replace(org.mention, via=f"the {t.lower_}"))


def _add_collectives(doc: Doc, tokens: list[Token], by_token: dict[int, Found], lex: Lexicon) -> None:
    """"Syrian rebels", "White House officials", "the government of Iraq": a role of a state."""
    pending = []
    for t in tokens:
        if t.i in by_token or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        prev = tokens[t.i - 1].lower_ if t.i else ""
        role = lex.groups.get(f"{prev} {t.lower_}") or lex.groups.get(t.lower_) or lex.groups.get(t.lemma_.lower())
        if not role and t.lower_ not in lex.title_heads:
            continue  # most nouns name no group or office: decided before looking at their children
        if any(c.dep_ in {"det", "predet"} and c.lower_ in {"all", "both", "either", "neither"} for c in t.children):
            continue  # "all parties", "both sides": whoever they are, the text does not say
        named = [c.i for c in t.children if c.dep_ == "appos"] + [t.i + 1]
        if any(i in by_token and by_token[i].mention.kind == "PERSON" for i in named):
            continue  # "his Turkish counterpart Hakan Fidan", "Iran's foreign minister, Abbas Araghchi": the person
        if role and not _add_collective(doc, t, role, by_token, lex, local=False):
            pending.append((t, role))
        elif not role and t.dep_ != "compound" and t.tag_ in {"NN", "NNP"}:
            # An office named without its holder: "Iran's foreign minister said", "the US President".
            phrase = f"{prev} {t.lower_}" if f"{prev} {t.lower_}" in lex.titles else t.lower_
            if phrase in lex.titles and _add_collective(doc, t, lex.titles[phrase], by_token, lex, local=False):
                f = by_token[t.i]
                f.mention = replace(f.mention, title=phrase.title())  # one office holder, not a body
    # Then those affiliated through a collective named after them ("critics of the government").
    for t, role in pending:
        _add_collective(doc, t, role, by_token, lex, local=True)


def _add_collective(doc: Doc, t: Token, role: str, by_token: dict[int, Found], lex: Lexicon, local: bool) -> bool:
    affils = [by_token[m.i] for m in _modifier_tokens(t, t.i) if m.i in by_token]
    if not affils:
        for c in t.children:
            # "officials of Iran", "a delegation from Hamas", "the government in Kabul"; not "its
            # ambassador from the Netherlands", who is recalled from there
            owned = any(k.dep_ == "poss" for k in t.children)
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and not owned
                                     or c.lower_ == "in" and (t.lemma_.lower() in SEATED or role not in ENVOY_ROLES)):
                affils = [by_token[p.i] for p in c.children if p.i in by_token]
    # "Hungarian and Romanian officials": one collective for each affiliation.
    affils = [a for i, a in enumerate(affils) if all(a is not b for b in affils[:i])]
    mentions = [m for a in affils if (m := _collective(doc, t, a, role, lex)) is not None]
    if not mentions and local:
        mentions = [m for m in [_local_collective(t, role, by_token, lex)] if m is not None]
    if mentions:
        by_token[t.i] = Found(t.i, t.i + 1, mentions[0], also=mentions[1:])
    return bool(mentions)


def _local_collective(t: Token, role: str, by_token: dict[int, Found], lex: Lexicon) -> Mention | None:
    """"the opposition", "police", "demonstrators" with no affiliation of their own belong to the
    one state their sentence names, if it names exactly one ("... as the opposition threatened
    to storm his residence in Tbilisi")."""
    if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in t.children):
        return None  # "leaders of the union" belong to what is named, not to the state
    if any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" and c.lower_ not in FAITHS for c in t.lefts):
        return None  # "Korean civilians": a nationality the tables do not know is still not this state's
    country = _sentence_state(t, by_token)
    if country is None:
        return None
    state = lex.states.get(country)
    return Mention(text=t.text, start=t.idx, end=t.idx + len(t), kind="STATE" if role == "GOV" else "GROUP",
                   name=state.name if state else country, key=country, country=country, role=role)


def _collective(doc: Doc, t: Token, affil: Found, role: str, lex: Lexicon) -> Mention | None:
    a = affil.mention
    if a.kind == "PERSON" and not a.country:
        return None
    span = doc[min(affil.start, t.i):t.i + 1]
    if a.kind in {"STATE", "PERSON"} or a.country and a.key == a.country:  # "opponents of Rwanda's Senate"
        state = lex.states.get(a.country or "")
        return Mention(text=span.text, start=span.start_char, end=span.end_char,
                       kind="STATE" if role == "GOV" else "GROUP", name=state.name if state else a.name,
                       key=a.country, country=a.country, role=role)
    return replace(a, text=span.text, start=span.start_char, end=span.end_char)  # an organisation's own people


def _add_residents(tokens: list[Token], by_token: dict[int, Found], lex: Lexicon) -> None:
    """"the Albanians of southern Serbia", "ethnic Turks in Bulgaria": a people named with the
    state it lives in are civilians of that state. "Ethnic Albanians" with no state of their own
    named live in the one other state their sentence names ("ethnic Albanians demonstrated in Serbia")."""
    for t in tokens:
        if t.tag_ not in {"NNPS", "NNS"}:
            continue
        entry = lex.lookup(t.text)
        if entry is None or entry.via != "demonym":
            continue
        place = None
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                place = by_token.get(obj.i) if obj is not None else None
                if place is not None and place.mention.kind == "STATE" and place.mention.country != entry.country:
                    break
                place = None
        if place is not None:
            span = t.doc[t.i:place.end]
        elif t.i and tokens[t.i - 1].lower_ == "ethnic":
            span = t.doc[t.i - 1:t.i + 1]
            states = [f for i in range(t.sent.start, t.sent.end) if (f := by_token.get(i)) is not None
                      and f.mention.kind == "STATE" and f.mention.country not in {None, entry.country}]
            if len({f.mention.country for f in states}) == 1:
                place = states[0]
        if place is None:
            continue
        m = place.mention
        by_token[t.i] = Found(t.i, t.i + 1, Mention(
            text=span.text, start=span.start_char, end=span.end_char, kind="GROUP", name=m.name,
            key=m.country, country=m.country, role="CVL"))


def _sentence_state(t: Token, by_token: dict[int, Found]) -> str | None:
    """The country of the one state t's sentence names, if it names exactly one."""
    # Persons count with their country: "Obama is pressured by Congress" names the United States.
    states = {f.mention.country for i in range(t.sent.start, t.sent.end)
              if (f := by_token.get(i)) is not None and f.mention.kind in {"STATE", "PERSON"} and f.mention.country}
    return states.pop() if len(states) == 1 else None


def _place_unknown_organisations(doc: Doc, by_token: dict[int, Found]) -> None:
    """An organisation no table knows, named in a sentence about one state, is taken to be of
    that state ("the banned MASSOB" in a Nigerian story); it stays flagged as unresolved."""
    seen = set()
    for i, f in list(by_token.items()):
        m = f.mention
        if id(f) in seen or m.kind != "ORGANIZATION" or m.key is not None or m.country:
            continue
        seen.add(id(f))
        country = _sentence_state(doc[f.start], by_token)
        if country:
            f.mention = replace(m, country=country)
