"""Actor resolution: mentions of one article become actors with stable ids.

Within an article, every mention of a person is tied to the fullest form of the name
("Lavrov" -> "Sergey Lavrov") and takes the country and role said anywhere in it. A state
named by its name, capital or demonym is the state ("Moscow", "Russian": RUS); its organs are
actors of their own, as CAMEO tells USA from USAGOV: "the Kremlin" and "Russian officials"
are the Russian government (RUSGOV), "Russian troops" the Russian military (RUSMIL). Ids are
slugs of the canonical name, so the same actor is one node across articles.

Where the article's date is known, a person the tables date is read at that date: "President
Bush" in 1990 is George H. W. Bush, in 2005 George W. Bush, each with the office held then.
An undated article, or a date after the imported offices end, reads the tables as of today.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .actor_tables import IMPORTS_END, Office, non_governmental
from .lexicon import Entry, Lexicon
from .model import Actor, Mention, RawEvent
from .tables import rows

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


@lru_cache(maxsize=8192)  # the same names come back in every article
def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Straight apostrophes, no possessive, single spaces."""
    text = re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).strip()
    return re.sub(r"'s?$", "", text).strip()


@lru_cache(maxsize=1)
def role_names() -> dict[str, str]:
    return {r["role"]: r["label"] for _, r in rows("role_names.csv", ("role", "label"))}


class ArticleActors:
    """Resolves the mentions of one article."""

    def __init__(self, people: list[Mention], lex: Lexicon, date: str | None = None) -> None:
        self.lex = lex
        self.date = date  # the article's date (YYYY-MM-DD), when known
        names = [clean_name(m.name) for m in people if m.kind == "PERSON"]
        full = sorted({n for n in names if len(n.split()) > 1}, key=lambda n: (-len(n), n))
        self.canonical: dict[str, str] = {}
        for m in people:
            if m.kind == "PERSON":
                self.canonical.setdefault(clean_name(m.name), self._fullest(clean_name(m.name), full, m.country))
        # Country, role and title of each person, from any of its mentions.
        self.facts: dict[str, dict] = {}
        self.aliases: dict[str, set[str]] = {}
        for m in people:
            self._remember(m)

    def _fullest(self, name: str, full: list[str], country: str | None = None) -> str:
        last = name.split()[-1]
        for f in full:
            if f == name or f.split()[-1] == last or f.endswith(" " + name):
                return f
        # A surname the table knows, unless the text places its bearer in another state; the one
        # holder of an office then when the date is known ("Bush" in 1990).
        entry = self.holder(name, country) or self.lex.people.get(name.lower())
        return entry.name if entry and (country is None or entry.country in {None, country}) else name

    def _remember(self, m: Mention) -> None:
        if m.kind != "PERSON":
            return
        name = self.canonical.get(clean_name(m.name), clean_name(m.name))
        facts = self.facts.setdefault(name, {})
        entry = self.lex.lookup(name)
        if (entry is None or entry.kind != "PERSON") and " " not in name:
            entry = self.holder(name, m.country) or self.lex.people.get(name.lower())  # a surname the table knows
            if entry is not None and m.country and entry.country not in {None, m.country}:
                entry = None  # "King Hassan of Morocco" is not the table's Hassan
        if entry is not None and entry.kind == "PERSON":
            facts.setdefault("table", entry)
        for k in ("country", "role", "title", "group"):
            if getattr(m, k) and not facts.get(k):
                facts[k] = getattr(m, k)
        self.aliases.setdefault(name, set()).add(clean_name(m.text))

    def holder(self, name: str, country: str | None = None) -> Entry | None:
        """The one person called `name` who held an office (not as a former official) on the
        article's date, of `country` if given; None when undated, after the dated offices end,
        or when none or several did."""
        if self.date is None or self.date > IMPORTS_END:
            return None
        found = {e.name: e for e in self.lex.dated.get(name.lower(), ())
                 if (o := office_at(e, self.date)) is not None and o.role != "ELI"
                 and (country is None or o.country == country)}
        return next(iter(found.values())) if len(found) == 1 else None

    def actor(self, m: Mention) -> Actor:
        if m.kind == "PERSON":
            return self._person(m)
        if m.kind == "STATE" or (m.kind == "GROUP" and m.country and m.key == m.country):
            return self._state(m)
        name = clean_name(m.name)
        known = m.key is not None
        entry = self.lex.groups_by_id.get(m.key) if known else None
        state = self.lex.states.get(m.country or "")
        cameo = entry.cameo if entry else (state.cameo if state else None)
        if cameo is None and m.kind == "ORGANIZATION" and non_governmental(name):
            cameo = "NGO"  # "the Ceasefire Violations Committee": no state's, by its name an NGO
        return Actor(id=slug(m.key if known else name), name=name, type=m.kind, country=m.country,
                     cameo=cameo, role=m.role, aliases=_aliases(name, {m.text}), resolved=known)

    def _state(self, m: Mention) -> Actor:
        state = self.lex.states.get(m.country or "")
        name = state.name if state else m.name
        code = state.cameo if state and state.cameo else m.country
        if m.role is None:
            return Actor(id=slug(name), name=name, type="STATE", country=m.country, cameo=code,
                         aliases=_aliases(name, {m.text}))
        adjective = self.lex.demonyms.get(m.country or "", name)
        label = f"{adjective} {role_names().get(m.role, m.role.lower())}"
        return Actor(id=slug(label), name=label, type="GROUP", country=m.country, cameo=f"{code}{m.role}",
                     role=m.role, aliases=_aliases(label, {m.text}))

    def _person(self, m: Mention) -> Actor:
        name = self.canonical.get(clean_name(m.name)) or self._fullest(clean_name(m.name), [])
        facts = self.facts.get(name, {})
        table = facts.get("table")
        country = facts.get("country") or m.country or (table.country if table else None)
        role = facts.get("role") or m.role or (table.role if table else None)
        office = office_at(table, self.date) if table is not None else None
        if office is not None:
            # The table's undated facts give way to the office held on the article's date;
            # what the text says ("former President Bush") does not.
            country = office.country if country == table.country else country
            role = office.role if role == table.role else role
        state = self.lex.states.get(country or "")
        code = (state.cameo if state and state.cameo else country) if country else None
        if code:
            cameo = code + (role or "")
        else:  # an official of an organisation takes its code
            group = self.lex.groups_by_id.get(facts["group"]) if facts.get("group") else None
            cameo = group.cameo if group else table.cameo if table else None
        return Actor(id=slug(name), name=name, type="PERSON", country=country, cameo=cameo, role=role,
                     aliases=_aliases(name, self.aliases.get(name, set()) | {clean_name(m.text)}),
                     resolved=bool(country or table))


def office_at(entry: Entry, date: str | None) -> Office | None:
    """The office a person held on `date`; None when undated or when the tables date none then.
    A person of the generated table who held none on a date it covers was a former or future
    official (ELI); a person of people.csv keeps that row, as everyone does after IMPORTS_END."""
    if date is None or not entry.offices:
        return None
    held = [o for o in entry.offices if o.holds(date)]
    if held:
        return max(held, key=lambda o: (o.role != "ELI", o.start or ""))  # an office beats elite status
    if date <= IMPORTS_END and entry.imported:
        return Office(entry.country or "", "ELI", None, None)
    return None


def _aliases(name: str, texts: set[str]) -> tuple[str, ...]:
    return tuple(sorted({clean_name(t) for t in texts} - {name, ""}))


def resolve_events(raw: list[RawEvent], people: list[Mention], lex: Lexicon,
                   date: str | None = None) -> list[tuple[RawEvent, Actor, Actor | None]]:
    actors = ArticleActors(people, lex, date)
    known: dict[Mention, Actor] = {}  # a mention in several events is resolved once
    out = []
    for r in raw:
        s, t = (None if m is None else known[m] if m in known else known.setdefault(m, actors.actor(m))
                for m in (r.source, r.target))
        if t is None or s.id != t.id:
            out.append((r, s, t))
    return out
