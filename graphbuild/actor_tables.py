"""The actor knowledge tables of graphbuild/data, read and checked.

countries.csv, groups.csv, roles.csv, people.csv and places.csv hold what actor resolution
knows about states, organisations, role words, well-known people and the regions and cities
that stand for their state (see graphbuild/data/README.md). The petrarch_*.csv tables beside
them are generated from the PETRARCH2 / Phoenix dictionaries (scripts/convert_petrarch.py):
office holders with their dates of office, organisations, armed groups and role nouns.
This module owns reading them into frozen entries and rejecting a bad row with the file,
line and value; it knows nothing about text matching.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import ACTOR_TYPES
from .resources import data_path
from .tables import check as _check, rows as _rows

# CAMEO actor role codes (CAMEO codebook, actor chapter). Primary roles first, then the
# secondary ones; a table that names any other role is rejected.
ROLE_CODES: dict[str, str] = {
    "GOV": "government: executive, ministries, officials, heads of state",
    "MIL": "military: armed forces, defence establishment",
    "COP": "police and internal security forces",
    "JUD": "judiciary: judges, courts, prosecutors",
    "LEG": "legislature: parliament, lawmakers",
    "OPP": "political opposition: parties, activists, dissidents",
    "PTY": "political party",
    "REB": "rebels, guerrillas, armed militants opposing the government",
    "INS": "insurgents",
    "SEP": "separatist rebels",
    "UAF": "armed forces aligned with neither government nor opposition: militias, gunmen",
    "SPY": "state intelligence services",
    "AGR": "agriculture: farmers",
    "BUS": "business: companies, business people",
    "CRM": "criminals",
    "CVL": "civilians, the general public, protesters",
    "DEV": "development actors",
    "EDU": "education: students, teachers, universities",
    "ELI": "elites: former officials, celebrities",
    "ENV": "environmental actors",
    "HLH": "health actors: doctors, hospitals",
    "HRI": "human-rights actors",
    "LAB": "labour: unions, workers",
    "MED": "media: journalists, news organisations",
    "REF": "refugees and displaced people",
    "REL": "religious: clergy, religious communities",
    "MOD": "moderates",
    "RAD": "radicals, extremists",
}

GROUP_TYPES = tuple(t for t in ACTOR_TYPES if t in ("IGO", "ORGANIZATION", "GROUP"))
ROLE_KINDS = ("title", "group")
PLACE_KINDS = ("region", "city", "territory")

_ISO3 = re.compile(r"[A-Z]{3}")
# A CAMEO actor code is a run of three-letter parts: country or group, then roles/organisations.
_CAMEO = re.compile(r"(?:[A-Z]{3}){1,5}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

COUNTRY_COLUMNS = ("iso3", "name", "cameo", "aliases", "demonyms", "capitals", "seats")
GROUP_COLUMNS = ("id", "name", "cameo", "type", "country", "aliases")
ROLE_COLUMNS = ("phrase", "role", "kind")
PERSON_COLUMNS = ("name", "aliases", "country", "role", "title")
PLACE_COLUMNS = ("name", "country", "kind", "aliases")
IMPORTED_PERSON_COLUMNS = ("name", "aliases", "country", "role", "offices")
# The PETRARCH2 dictionaries end here (their latest date is 2014-09-08): an office they leave
# open is not known to last beyond.
IMPORTS_END = "2014-12-31"


@dataclass(frozen=True)
class Seat:
    """A metonym for a state organ ("Kremlin") and the CAMEO role it stands for (GOV)."""

    name: str
    role: str


@dataclass(frozen=True)
class CountryEntry:
    iso3: str  # ISO 3166 alpha-3 (or the code in common use for a territory, e.g. XKX)
    name: str  # short English name used in news: "United Kingdom"
    cameo: str  # CAMEO country code; equals iso3 except where CAMEO differs (XKX -> KSV)
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[Seat, ...]


@dataclass(frozen=True)
class GroupEntry:
    id: str  # lowercase slug, the actor id: "nato"
    name: str
    cameo: str  # full CAMEO actor code: "IGOWSTNAT", "PSEREBHMS"
    type: str  # IGO, ORGANIZATION or GROUP (model.ACTOR_TYPES)
    country: str | None  # iso3 of a national group, None for international ones
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class RoleEntry:
    phrase: str  # lower-case words: "foreign minister", "troops"
    role: str  # CAMEO role code
    kind: str  # "title" (a person's title) or "group" (a collective noun)


@dataclass(frozen=True)
class Office:
    """A dated office: "USA GOV 1989-01-20/1993-01-20" (ISO dates; None is open)."""

    country: str  # iso3
    role: str  # CAMEO role code
    start: str | None
    end: str | None

    def holds(self, day: str) -> bool:
        """Whether the office is held on `day` (YYYY-MM-DD); an open end stops at IMPORTS_END."""
        return (self.start is None or self.start <= day) and day <= (self.end or IMPORTS_END)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...]
    country: str  # iso3 of the state the person acts for, or a groups.csv id (UN, NATO, Hamas)
    role: str | None  # CAMEO role code; None when the group's code says it all
    title: str
    offices: tuple[Office, ...] = ()  # dates of office, where the imported tables know them


@dataclass(frozen=True)
class PlaceEntry:
    """A place inside one state, named in news for that state: "Darfur" -> SDN."""

    name: str
    country: str  # iso3 of countries.csv
    kind: str  # region, city or territory (PLACE_KINDS)
    aliases: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _role(value: str, path: str, line: int) -> str:
    _check(value in ROLE_CODES, path, line, "unknown CAMEO role", value,
           f"use one of {', '.join(ROLE_CODES)}")
    return value


def _parse_countries(path: Path) -> tuple[CountryEntry, ...]:
    out = []
    for line, r in _rows(path, COUNTRY_COLUMNS):
        _check(bool(_ISO3.fullmatch(r["iso3"])), str(path), line, "iso3 is not 3 capital letters:", r["iso3"],
               "use the ISO 3166 alpha-3 code")
        _check(bool(_ISO3.fullmatch(r["cameo"])), str(path), line, "cameo is not 3 capital letters:", r["cameo"],
               "use the CAMEO country code (usually the iso3 code)")
        _check(bool(r["name"]), str(path), line, "empty name for", r["iso3"], "give the short English name")
        seats = []
        for item in _split(r["seats"]):
            seat, sep, role = item.rpartition("=")
            _check(bool(sep and seat.strip()), str(path), line, "seat without '=ROLE':", item,
                   "write seats as Name=ROLE, e.g. Kremlin=GOV")
            seats.append(Seat(seat.strip(), _role(role.strip(), str(path), line)))
        out.append(CountryEntry(r["iso3"], r["name"], r["cameo"], _split(r["aliases"]), _split(r["demonyms"]),
                                _split(r["capitals"]), tuple(seats)))
    return tuple(out)


def _parse_groups(path: Path, isos: frozenset[str]) -> tuple[GroupEntry, ...]:
    out = []
    for line, r in _rows(path, GROUP_COLUMNS):
        _check(bool(_SLUG.fullmatch(r["id"])), str(path), line, "id is not a lowercase slug:", r["id"],
               "use lowercase letters, digits and '-'")
        _check(bool(_CAMEO.fullmatch(r["cameo"])), str(path), line, "malformed CAMEO actor code", r["cameo"],
               "use three-letter parts in capitals, e.g. IGOUNO")
        _check(r["type"] in GROUP_TYPES, str(path), line, "unknown group type", r["type"],
               f"use one of {', '.join(GROUP_TYPES)}")
        _check(not r["country"] or r["country"] in isos, str(path), line, "unknown country", r["country"],
               "use an iso3 code of countries.csv, or leave it empty")
        out.append(GroupEntry(r["id"], r["name"], r["cameo"], r["type"], r["country"] or None, _split(r["aliases"])))
    return tuple(out)


def _parse_roles(path: Path) -> tuple[RoleEntry, ...]:
    out = []
    for line, r in _rows(path, ROLE_COLUMNS):
        _check(r["phrase"] == r["phrase"].lower() and bool(r["phrase"]), str(path), line,
               "phrase must be non-empty lower case:", r["phrase"], "write the phrase in lower case")
        _check(r["kind"] in ROLE_KINDS, str(path), line, "unknown kind", r["kind"],
               f"use one of {', '.join(ROLE_KINDS)}")
        out.append(RoleEntry(r["phrase"], _role(r["role"], str(path), line), r["kind"]))
    return tuple(out)


def _parse_people(path: Path, affiliations: frozenset[str]) -> tuple[PersonEntry, ...]:
    out = []
    for line, r in _rows(path, PERSON_COLUMNS):
        _check(bool(r["name"]), str(path), line, "empty name", r["name"], "give the person's full name")
        _check(r["country"] in affiliations, str(path), line, "unknown country or group", r["country"],
               "use an iso3 code of countries.csv or an id of groups.csv")
        role = _role(r["role"], str(path), line) if r["role"] else None
        out.append(PersonEntry(r["name"], _split(r["aliases"]), r["country"], role, r["title"]))
    return tuple(out)


def _parse_places(path: Path, isos: frozenset[str]) -> tuple[PlaceEntry, ...]:
    out = []
    for line, r in _rows(path, PLACE_COLUMNS):
        _check(bool(r["name"]), str(path), line, "empty name", r["name"], "give the place's usual English name")
        _check(r["country"] in isos, str(path), line, "unknown country", r["country"],
               "use an iso3 code of countries.csv")
        _check(r["kind"] in PLACE_KINDS, str(path), line, "unknown kind", r["kind"],
               f"use one of {', '.join(PLACE_KINDS)}")
        out.append(PlaceEntry(r["name"], r["country"], r["kind"], _split(r["aliases"])))
    return tuple(out)


@lru_cache(maxsize=None)
def load_countries(path: Path | None = None) -> tuple[CountryEntry, ...]:
    return _parse_countries(path or data_path("countries.csv"))


@lru_cache(maxsize=None)
def load_groups(path: Path | None = None) -> tuple[GroupEntry, ...]:
    isos = frozenset(c.iso3 for c in load_countries())
    return _parse_groups(path or data_path("groups.csv"), isos)


@lru_cache(maxsize=None)
def load_roles(path: Path | None = None) -> tuple[RoleEntry, ...]:
    return _parse_roles(path or data_path("roles.csv"))


@lru_cache(maxsize=None)
def load_people(path: Path | None = None) -> tuple[PersonEntry, ...]:
    affiliations = frozenset(c.iso3 for c in load_countries()) | frozenset(g.id for g in load_groups())
    return _parse_people(path or data_path("people.csv"), affiliations)


@lru_cache(maxsize=None)
def load_places(path: Path | None = None) -> tuple[PlaceEntry, ...]:
    isos = frozenset(c.iso3 for c in load_countries())
    return _parse_places(path or data_path("places.csv"), isos)


_OFFICE = re.compile(r"([A-Z]{3}) ([A-Z]{3}) (\d{4}-\d{2}-\d{2})?/(\d{4}-\d{2}-\d{2})?")


def _parse_imported_people(path: Path, isos: frozenset[str]) -> tuple[PersonEntry, ...]:
    """petrarch_people.csv: office holders with `offices` = "USA GOV 1989-01-20/1993-01-20|..."."""
    out = []
    for line, r in _rows(path, IMPORTED_PERSON_COLUMNS):
        _check(bool(r["name"]), str(path), line, "empty name", r["name"], "give the person's full name")
        _check(r["country"] in isos, str(path), line, "unknown country", r["country"],
               "use an iso3 code of countries.csv")
        offices = []
        for item in _split(r["offices"]):
            m = _OFFICE.fullmatch(item)
            _check(bool(m), str(path), line, "malformed office", item,
                   "write an office as ISO3 ROLE START/END with YYYY-MM-DD dates, either may be empty")
            _check(m.group(1) in isos, str(path), line, "unknown country in office", item,
                   "use an iso3 code of countries.csv")
            offices.append(Office(m.group(1), _role(m.group(2), str(path), line), m.group(3), m.group(4)))
        out.append(PersonEntry(r["name"], _split(r["aliases"]), r["country"], _role(r["role"], str(path), line),
                               "", tuple(offices)))
    return tuple(out)


def _optional(name: str) -> Path | None:
    """A generated table, which a checkout may lack (the converter has not been run)."""
    path = data_path(name)
    return path if path.exists() else None


@lru_cache(maxsize=None)
def load_imported_people(path: Path | None = None) -> tuple[PersonEntry, ...]:
    path = path or _optional("petrarch_people.csv")
    return _parse_imported_people(path, frozenset(c.iso3 for c in load_countries())) if path else ()


@lru_cache(maxsize=None)
def load_imported_groups(path: Path | None = None) -> tuple[GroupEntry, ...]:
    path = path or _optional("petrarch_groups.csv")
    return _parse_groups(path, frozenset(c.iso3 for c in load_countries())) if path else ()


@lru_cache(maxsize=None)
def load_imported_roles(path: Path | None = None) -> tuple[RoleEntry, ...]:
    path = path or _optional("petrarch_roles.csv")
    return _parse_roles(path) if path else ()


@lru_cache(maxsize=1)
def name_heads() -> dict[str, frozenset[str]]:
    """kind -> lower-case words, from data/name_heads.csv: a journalist's outlet, a document's
    name, the definite nouns that refer back to a state, group or international body, and the
    words that make an organisation no table knows a non-governmental one."""
    out: dict[str, set[str]] = {}
    for _, row in _rows("name_heads.csv", ("word", "kind")):
        out.setdefault(row["kind"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def transnational(name: str) -> bool:
    """Whether an organisation's name has a word of international scope, which places it in no
    one state: "the Association of African Jurists", "the Third World Water Forum"."""
    return not name_heads().get("transnational", frozenset()).isdisjoint(_words(name))


def non_governmental(name: str) -> bool:
    """Whether an organisation no table knows and no state claims is by its name a
    non-governmental one (CAMEO `NGO`): an international name, or the head word of an NGO's
    name ("the Ceasefire Violations Committee", "the Association of African Jurists")."""
    return transnational(name) or not name_heads().get("ngo", frozenset()).isdisjoint(_words(name))


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower())
