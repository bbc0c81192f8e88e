"""The actor lexicon: every phrase the actor tables know, mapped to what it names.

Built once from the tables of actor_tables (countries, groups, people, roles); the
extraction stage looks phrases up here and the resolution stage reads names and codes.
The hand tables come first: a phrase they hold is never taken by a generated table
(petrarch_*.csv), whose rows only add names, organisations, role words and dates of office.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import actor_tables as tables


@dataclass(frozen=True)
class Entry:
    kind: str  # STATE, IGO, ORGANIZATION, GROUP or PERSON
    key: str  # ISO code, group id or person name
    name: str
    country: str | None
    cameo: str | None  # the actor code the table gives
    role: str | None  # the role a seat of government stands for ("Pentagon" -> MIL)
    via: str  # which column matched: name, alias, demonym, capital, seat
    title: str | None = None  # a person's title in the table ("Foreign Minister")
    offices: tuple[tables.Office, ...] = ()  # a person's dated offices, where known
    imported: bool = False  # from a generated table (petrarch_*.csv), not a hand table


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[str, tuple[Entry, ...]]  # lower-cased phrase -> entries, best first
    forms: tuple[str, ...]  # the phrases as the tables write them (tokenised as written: "U.N.")
    titles: dict[str, str]  # lower-cased person title -> role
    groups: dict[str, str]  # lower-cased collective noun -> role
    states: dict[str, Entry]  # ISO code -> the state's entry
    demonyms: dict[str, str]  # ISO code -> adjective ("Russian")
    people: dict[str, Entry]  # lower-cased surname or alias -> person
    title_heads: frozenset[str]  # first and last words of titles: where a title phrase can end
    groups_by_id: dict[str, Entry]  # groups.csv id -> the group's entry
    dated: dict[str, tuple[Entry, ...]]  # lower-cased name, alias or surname -> people with dated offices

    def lookup(self, phrase: str) -> Entry | None:
        found = self.phrases.get(phrase.lower())
        return found[0] if found else None


_ROMAN = re.compile(r"[ivxl]+")
_VIA_RANK = {"name": 0, "alias": 1, "seat": 2, "capital": 3, "demonym": 4, "place": 5}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    phrases: dict[str, list[Entry]] = {}

    forms: set[str] = set()
    hand: set[str] = set()  # phrases of the hand tables, which the generated ones never take

    def add(phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        if phrase and not (entry.imported and phrase.lower() in hand):
            forms.add(phrase)
            phrases.setdefault(phrase.lower(), []).append(entry)

    states, demonyms, people = {}, {}, {}
    dated: dict[str, list[Entry]] = {}
    surnames: dict[str, list[Entry]] = {}
    for c in tables.load_countries():
        base = Entry("STATE", c.iso3, c.name, c.iso3, c.cameo, None, "name")
        states[c.iso3] = base
        demonyms[c.iso3] = c.demonyms[0] if c.demonyms else c.name
        add(c.name, base)
        for a in c.aliases:
            add(a, Entry("STATE", c.iso3, c.name, c.iso3, c.cameo, None, "alias"))
        for d in c.demonyms:
            add(d, Entry("STATE", c.iso3, c.name, c.iso3, c.cameo, None, "demonym"))
        for cap in c.capitals:
            add(cap, Entry("STATE", c.iso3, c.name, c.iso3, c.cameo, None, "capital"))
        for seat in c.seats:
            add(seat.name, Entry("STATE", c.iso3, c.name, c.iso3, c.cameo, seat.role, "seat"))
    # Regions and cities stand for their state ("shelled Aleppo", "Darfur rebels").
    for place in tables.load_places():
        st = states[place.country]
        for phrase in (place.name, *place.aliases):
            add(phrase, Entry("STATE", st.key, st.name, st.country, st.cameo, None, "place"))
    groups_by_id, group_entries = {}, {}

    def add_group(g: tables.GroupEntry, imported: bool) -> None:
        if imported and (g.id in groups_by_id or g.name.lower() in hand):
            return
        groups_by_id[g.id] = g
        entry = Entry(g.type, g.id, g.name, g.country or None, g.cameo, None, "name", imported=imported)
        group_entries[g.id] = entry
        add(g.name, entry)
        for a in g.aliases:
            add(a, replace(entry, via="alias"))

    imported_people = tables.load_imported_people()
    offices = {p.name: p.offices for p in imported_people}  # a hand person's dates of office

    def add_person(p: tables.PersonEntry, imported: bool) -> None:
        if imported and p.name.lower() in hand:
            return  # a person of people.csv: only the dates of office were taken
        # A person acts for a state (iso3) or for an organisation (a groups.csv id).
        if p.country in states:
            country, cameo = p.country, (states[p.country].cameo or p.country) + (p.role or "")
        else:
            g = groups_by_id.get(p.country)
            country, cameo = (g.country, g.cameo) if g else (None, None)
        entry = Entry("PERSON", p.name, p.name, country, cameo, p.role or None, "name", p.title or None,
                      offices.get(p.name, ()), imported)
        add(p.name, entry)
        for a in p.aliases:
            add(a, replace(entry, via="alias"))
            if not imported:
                people.setdefault(a.lower(), entry)
        if not imported:
            surnames.setdefault(p.name.split()[-1].lower(), []).append(entry)
        if entry.offices:
            for key in {p.name.lower(), p.name.split()[-1].lower(), *(a.lower() for a in p.aliases)}:
                dated.setdefault(key, []).append(entry)

    for g in tables.load_groups():
        add_group(g, False)
    for p in tables.load_people():
        add_person(p, False)
    hand.update(phrases)
    for g in tables.load_imported_groups():
        add_group(g, True)
    for p in imported_people:
        add_person(p, True)
    # A surname alone names a person only when one person of the table has it, and a
    # regnal number ("Elizabeth II") is no surname.
    for surname, entries in surnames.items():
        if _ROMAN.fullmatch(surname):
            continue
        if len({e.name for e in entries}) == 1:
            people.setdefault(surname, entries[0])
        elif len({(e.country, e.role) for e in entries}) == 1:
            # "Bush" is one of two Presidents Bush: who is unknown, but not for whom he acts.
            e = entries[0]
            people.setdefault(surname, Entry("PERSON", surname.title(), surname.title(), e.country, e.cameo, e.role, "surname"))
    titles, groups = {}, {}
    for r in tables.load_roles():
        (titles if r.kind == "title" else groups)[r.phrase.lower()] = r.role
    for r in tables.load_imported_roles():  # role nouns the hand table lacks
        if r.phrase not in titles and r.phrase not in groups:
            (titles if r.kind == "title" else groups)[r.phrase] = r.role
    ranked = {k: tuple(sorted(v, key=lambda e: _VIA_RANK.get(e.via, 9))) if len(v) > 1 else (v[0],)
              for k, v in phrases.items()}
    heads = frozenset(w for t in titles for w in (t.split()[0], t.split()[-1]))
    return Lexicon(ranked, tuple(sorted(forms)), titles, groups, states, demonyms, people, heads, group_entries,
                   {k: tuple(v) for k, v in dated.items()})
