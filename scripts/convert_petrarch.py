#!/usr/bin/env python3
"""Convert the PETRARCH2 / Phoenix actor dictionaries into graphbuild's generated actor tables.

    python3 scripts/convert_petrarch.py DICTIONARY_FOLDER [--out graphbuild/data]

reads Phoenix.Countries.actors.txt (office holders with their dates of office),
Phoenix.International.actors.txt (international organisations, NGOs),
Phoenix.MilNonState.actors.txt (armed non-state groups) and Phoenix.agents.txt (role nouns)
and writes petrarch_people.csv, petrarch_groups.csv and petrarch_roles.csv (their format is in
graphbuild/data/README.md). The hand tables beside them win: a phrase they already hold is
left out of the generated ones. A line the converter cannot read is reported as FILE:LINE on
standard error and skipped; the rest is converted. Standard library only.

Source: openeventdata/petrarch2, petrarch2/data/dictionaries/, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence (graphbuild/data/LICENSE-petrarch2).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "graphbuild" / "data"

PEOPLE_FILE, GROUPS_FILE, ROLES_FILE = "petrarch_people.csv", "petrarch_groups.csv", "petrarch_roles.csv"
PEOPLE_COLUMNS = ("name", "aliases", "country", "role", "offices")
GROUP_COLUMNS = ("id", "name", "cameo", "type", "country", "aliases")
ROLE_COLUMNS = ("phrase", "role", "kind")

# Two-digit years: the dictionaries date offices from the 1930s to 2015 (00-29 -> 2000s).
PIVOT = 30
_DATE = re.compile(r"\d{6}|\d{8}")
_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,4}|---")
_RESTRICTION = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*?)\s*\]")
# Words written in lower case inside a name ("Bank for International Settlements", "bin Laden").
_SMALL = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "del", "da", "di", "du", "des", "la", "le",
          "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "et", "a", "an", "by", "with", "against"}
# Titles the dictionaries put before names ("PRESIDENT_BUSH"): graphbuild reads titles from the
# text itself, so an alias keeps only the name.
_TITLE_WORDS = {"president", "president-elect", "former", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms",
                "dr", "dr.", "sir", "gov.", "governor", "govenor", "senator", "sen.", "us", "u.s.", "american",
                "united", "states", "king", "queen", "prince", "sheikh", "general", "gen.", "secretary",
                "secretary-general", "chancellor", "premier", "vice", "un", "u.n.", "nations", "chief", "leader",
                "foreign", "defence", "defense", "interior", "finance"}
# Words that make a phrase no person's name ("the Bush administration").
_NOT_NAME = {"administration", "government", "regime", "cabinet", "camp", "supporters", "loyalists", "forces"}
# Multinational companies (MNC) are left out: rarely a party to an event between states.
_ORG_TYPES = {"IGO": "IGO", "NGO": "ORGANIZATION", "IMG": "GROUP"}
_ARMED = {"REB", "INS", "SEP", "UAF", "MIL", "RAD"}
# CAMEO region codes, which head the codes of groups active across a region ("SASREB").
_REGIONS = {"AFR", "ASA", "BLK", "BLT", "CAF", "CAS", "CAU", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA",
            "NAF", "NAM", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST", "NMR", "AME", "CEU", "SEU"}


class Problems:
    """Lines that could not be read: reported as FILE:LINE: reason, never fatal."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: Path, line: int, reason: str) -> None:
        self.items.append(f"{path.name}:{line}: {reason}")


@dataclass(frozen=True)
class Restriction:
    code: str  # CAMEO actor code, "---" for none
    start: date | None = None
    end: date | None = None


@dataclass
class Record:
    """One actor entry: its primary phrase, synonyms and codes (with dates of office)."""

    path: Path
    line: int
    names: list[str]
    comment: str = ""
    codes: list[Restriction] = field(default_factory=list)


def parse_date(text: str) -> date:
    """YYMMDD or YYYYMMDD; two-digit years below PIVOT are of this century."""
    if not _DATE.fullmatch(text):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < PIVOT else 1900 + yy}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_restriction(code: str, when: str) -> Restriction:
    """`[USAGOV 890120-930120]`, `[USAGOV >090120]`, `[USRARM <900823]`, `[USAELI]`."""
    if not _CODE.fullmatch(code):
        raise ValueError(f"code {code!r} is not a CAMEO actor code")
    when = when.strip()
    if not when:
        return Restriction(code)
    if when[0] == "<":
        return Restriction(code, None, parse_date(when[1:].strip()))
    if when[0] == ">":
        return Restriction(code, parse_date(when[1:].strip()), None)
    start, sep, end = when.partition("-")
    if not sep:
        raise ValueError(f"date restriction {when!r} is not <date, >date or date-date")
    return Restriction(code, parse_date(start.strip()), parse_date(end.strip()))


def _restrictions(text: str, path: Path, line: int, problems: Problems) -> list[Restriction]:
    out = []
    for m in _RESTRICTION.finditer(text):
        try:
            out.append(parse_restriction(m.group(1), m.group(2)))
        except ValueError as exc:
            problems.add(path, line, f"{exc}; the restriction is skipped")
    return out


def read_actors(path: Path, problems: Problems) -> list[Record]:
    """The records of a PETRARCH actor dictionary (format: dictionaries.rst, 'Actor Dictionary')."""
    records: list[Record] = []
    current: Record | None = None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            text, _, comment = raw.rstrip("\n").partition("#")
            if not text.strip():
                continue
            if raw[0] in "\t ":  # a date restriction of the record above
                if current is None or not text.strip().startswith("["):
                    problems.add(path, n, f"{text.strip()!r} is no date restriction of an entry; skipped")
                    continue
                if "]" not in text:
                    problems.add(path, n, f"unclosed restriction {text.strip()!r}; skipped")
                    continue
                current.codes += _restrictions(text, path, n, problems)
                continue
            phrase, _, rest = text.partition("[")
            rest = "[" + rest if rest else ""
            if text.lstrip().startswith("+"):
                if current is None:
                    problems.add(path, n, f"synonym {text.strip()!r} before any entry; skipped")
                    continue
                current.names.append(phrase.strip()[1:].strip())
                current.codes += _restrictions(rest, path, n, problems)
                continue
            if rest and "]" not in rest:
                problems.add(path, n, f"unclosed code in {text.strip()!r}; skipped")
                current = None
                continue
            current = Record(path, n, [phrase.strip()], comment.strip())
            current.codes += _restrictions(rest, path, n, problems)
            records.append(current)
    return records


def words(phrase: str) -> list[str]:
    """'GEORGE_W._BUSH_' -> ['george', 'w.', 'bush']; underscores and blanks both separate, and a
    leading "the" goes, as in the hand tables ("THE_UNITED_NATIONS_" is "United Nations")."""
    ws = [w for w in re.split(r"[\s_]+", phrase.lower()) if w]
    return ws[1:] if len(ws) > 1 and ws[0] == "the" else ws


def cased(ws: list[str], acronyms: frozenset[str] = frozenset()) -> str:
    """Name case: 'bank for international settlements' -> 'Bank for International Settlements';
    an acronym of the hand tables stays one ('un mission' -> 'UN Mission')."""
    out = []
    for i, w in enumerate(ws):
        if w.upper() in acronyms:
            out.append(w.upper())
        elif i and w in _SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def acronym_of(word: str, ws: list[str]) -> bool:
    """'IAEA' for 'International Atomic Energy Agency': initials of the long name."""
    initials = "".join(w[0] for w in ws if w not in _SMALL and w[0].isalpha())
    return len(word) >= 2 and word.upper() == initials.upper()


# -- hand tables: what they hold wins -------------------------------------------------------

def hand_phrases(data: Path) -> tuple[set[str], dict[str, str]]:
    """Every lower-cased phrase of the hand tables, and CAMEO country code -> iso3."""
    phrases: set[str] = set()
    cameo_iso: dict[str, str] = {}

    def cells(name: str):
        with (data / name).open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)

    for r in cells("countries.csv"):
        cameo_iso[r["cameo"]] = r["iso3"]
        for col in ("name", "aliases", "demonyms", "capitals"):
            phrases.update(p.strip().lower() for p in r[col].split("|") if p.strip())
        phrases.update(s.rpartition("=")[0].strip().lower() for s in r["seats"].split("|") if s.strip())
    for r in cells("groups.csv"):
        phrases.update(p.strip().lower() for p in [r["name"], *r["aliases"].split("|")] if p.strip())
    for r in cells("people.csv"):
        phrases.update(p.strip().lower() for p in [r["name"], *r["aliases"].split("|")] if p.strip())
    for r in cells("places.csv"):
        phrases.update(p.strip().lower() for p in [r["name"], *r["aliases"].split("|")] if p.strip())
    return phrases, cameo_iso


def hand_groups(data: Path) -> tuple[dict[str, str], frozenset[str]]:
    """Lower-cased name or alias of a groups.csv organisation -> its CAMEO code, and the
    acronyms the hand tables write in capitals ("UN", "EU")."""
    codes: dict[str, str] = {}
    acronyms: set[str] = set()
    for name in ("groups.csv", "countries.csv"):
        with (data / name).open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                for p in filter(None, (x.strip() for x in [r["name"], *r["aliases"].split("|")])):
                    if name == "groups.csv":
                        codes[p.lower()] = r["cameo"]
                    if p.isupper() and p.isalpha():
                        acronyms.add(p)
    return codes, frozenset(acronyms)


def hand_state_words(data: Path) -> dict[str, str]:
    """Lower-cased one-word country names and demonyms of countries.csv -> iso3."""
    out = {}
    with (data / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            for p in [r["name"], *r["aliases"].split("|"), *r["demonyms"].split("|")]:
                if p.strip() and " " not in p.strip():
                    out.setdefault(p.strip().lower(), r["iso3"])
    return out


def hand_people(data: Path) -> dict[str, tuple[str, str]]:
    """Lower-cased name or alias of people.csv -> the person's name and country (or group id)."""
    out = {}
    with (data / "people.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            for p in [r["name"], *r["aliases"].split("|")]:
                if p.strip():
                    out[p.strip().lower()] = (r["name"], r["country"])
    return out


def hand_roles(data: Path) -> set[str]:
    with (data / "roles.csv").open(encoding="utf-8", newline="") as fh:
        return {r["phrase"] for r in csv.DictReader(fh)}


def role_codes() -> set[str]:
    """The role codes graphbuild accepts (its actor_tables module needs only the standard library)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from graphbuild.actor_tables import ROLE_CODES

    return set(ROLE_CODES)


# -- people ---------------------------------------------------------------------------------

def person_names(rec: Record) -> tuple[str, list[str]] | None:
    """The name and aliases of an office holder; titles in front of an alias are dropped
    ("PRESIDENT_BUSH" -> "Bush"), phrases for a government ("BUSH_ADMINISTRATION") left out."""
    name_ws = words(rec.names[0])
    if len(name_ws) < 2 or _NOT_NAME & set(name_ws):
        return None
    aliases = []
    for phrase in rec.names[1:]:
        ws = words(phrase)
        if not ws or _NOT_NAME & set(ws):
            continue
        while len(ws) > 1 and ws[0] in _TITLE_WORDS | {"the"}:
            ws = ws[1:]
        aliases.append(cased(ws))
    return cased(name_ws), aliases


def convert_people(records: list[Record], cameo_iso: dict[str, str], roles: set[str],
                   hand: dict[str, tuple[str, str]],
                   taken: set[str], problems: Problems) -> list[dict]:
    """Office holders of Phoenix.Countries.actors.txt (entries marked as CountryInfo people)."""
    rows: dict[str, dict] = {}
    for rec in records:
        if "countryinfo" not in rec.comment.lower():
            continue  # a state, a city or a phrase for an office ("AMERICAN_VICE_PRESIDENT")
        names = person_names(rec)
        if names is None:
            continue
        name, aliases = names
        offices, default = [], None
        for r in rec.codes:
            iso, role = cameo_iso.get(r.code[:3]), r.code[3:6]
            if iso is None or role not in roles:
                continue  # a territory or an organisation code graphbuild does not have
            if r.start is None and r.end is None:
                default = (iso, role)
            elif r.start and r.end and r.start > r.end:
                problems.add(rec.path, rec.line, f"{name}: office {r.code} ends before it starts; skipped")
            else:
                offices.append((iso, role, r.start, r.end))
        if not offices and default is None:
            continue
        if all(o[1] != "ELI" for o in offices) and (default is None or default[1] != "ELI"):
            # Cabinet lists (2003-2013) without an elite status before or after: some 15,000
            # ministers whose names, rarely in international news, collide with other people's
            # ("Amadou Kone", a minister of Ivory Coast, is also a common Malian name).
            continue
        # With no date, the office a person is known for: the last one held (an office still
        # open first), else the entry's default code ("Israeli President Moshe Katsav" acted
        # as president, whatever the dictionary says of him today).
        held = [o for o in offices if o[1] != "ELI"]
        if held:
            last = max(held, key=lambda o: (o[3] or date.max, o[2] or date.min))
            country, role = last[0], last[1]
        elif default is not None:
            country, role = default
        else:
            country, role = offices[-1][0], "ELI"
        # A person of people.csv keeps its row there; the dates of office are still worth having.
        key = hand.get(name.lower()) or next((hand[a.lower()] for a in aliases if a.lower() in hand), None)
        if key is not None:
            name, aliases = key[0], []
            if key[1] in cameo_iso.values():
                # A person of a state takes the offices of that state only: the dictionary files
                # Soviet leaders under Russia and Paul Bremer under Iraq. A person of an
                # organisation keeps a national career (Jens Stoltenberg, Norway's prime minister).
                offices = [o for o in offices if o[0] == key[1]]
        else:
            aliases = [a for a in dict.fromkeys(aliases) if a.lower() != name.lower() and a.lower() not in taken
                       and len(a.split()) > 1]
            if name.lower() in taken:
                continue  # a state, organisation or place of the hand tables has this name
        row = rows.setdefault(name, {"name": name, "aliases": [], "country": country, "role": role, "offices": [],
                                     "states": set()})
        row["states"].add(country)
        row["aliases"] += [a for a in aliases if a not in row["aliases"]]
        row["offices"] += [o for o in offices if o not in row["offices"]]
    # A phrase that names two people names neither of them for sure: both lose it.
    count: dict[str, int] = {}
    for row in rows.values():
        for p in {row["name"].lower(), *(a.lower() for a in row["aliases"])}:
            count[p] = count.get(p, 0) + 1
    out = []
    for row in sorted(rows.values(), key=lambda r: r["name"].lower()):
        if not row["offices"]:
            continue  # a person of people.csv with no office of that state
        if len(row["states"]) > 1 and row["name"] not in {v[0] for v in hand.values()}:
            continue  # two office holders of different states share the name: neither is sure
        aliases = [a for a in row["aliases"] if count[a.lower()] == 1]
        offices = sorted(row["offices"], key=lambda o: (o[2] or date.min, o[3] or date.max))
        out.append({"name": row["name"], "aliases": "|".join(aliases), "country": row["country"],
                    "role": row["role"],
                    "offices": "|".join(f"{iso} {role} {s.isoformat() if s else ''}/{e.isoformat() if e else ''}"
                                        for iso, role, s, e in offices)})
    return out


# -- organisations and armed groups ---------------------------------------------------------

def _split_acronym(phrase: str) -> tuple[list[str], str | None]:
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> words of the name and the acronym in brackets."""
    m = re.search(r"\(([A-Za-z.\-]+)\)", phrase)
    acronym = m.group(1).replace(".", "") if m else None
    return words(re.sub(r"\([^)]*\)", " ", phrase)), acronym


def group_type(code: str, cameo_iso: dict[str, str]) -> tuple[str, str | None] | None:
    """(graphbuild type, iso3 of a national group) of an organisation's CAMEO code."""
    head = code[:3]
    if head in _ORG_TYPES:
        return _ORG_TYPES[head], None
    iso = cameo_iso.get(head)
    if iso is None and head not in _REGIONS:
        return None
    return ("GROUP" if code[3:6] in _ARMED else "ORGANIZATION"), iso


def convert_groups(records: list[Record], cameo_iso: dict[str, str], taken: set[str], armed_only: bool,
                   states: dict[str, str], hand: tuple[dict[str, str], frozenset[str]] = ({}, frozenset())
                   ) -> list[dict]:
    """Organisations with their code; people, single common words, phrases of the hand
    tables and organs of a hand-table organisation ("UN Mission", "Secretariat of the UN":
    generic words around its name, under its code) are left out."""
    hand_codes, acronyms = hand
    rows: dict[str, dict] = {}
    for rec in records:
        codes = [r for r in rec.codes if r.code != "---"]
        if not codes or any(r.start or r.end for r in codes) or "ELI" in {r.code for r in codes}:
            continue  # no code, or dated like an office holder's: a person, not an organisation
        code = codes[0].code
        kind = group_type(code, cameo_iso)
        if kind is None:
            continue
        if armed_only and kind[0] != "GROUP":
            continue
        name_ws, acronym = _split_acronym(rec.names[0])
        if len(name_ws) < 2 and not acronym:
            continue  # a single word: too often a common word, and a name alone says little
        if not _looks_organised(name_ws):
            continue  # "GILLIAN_MELLSOP_": a person filed with an organisation's code
        if _organ_of(name_ws, code, hand_codes):
            continue  # an organ the hand table's organisation stands for, under the same code
        phrases = [cased(name_ws, acronyms)]
        if acronym and len(acronym) >= 3 and acronym_of(acronym, name_ws):
            phrases.append(acronym.upper())
        for syn in rec.names[1:]:
            ws, acr = _split_acronym(syn)
            if len(ws) > 1:
                phrases.append(cased(ws, acronyms))
            elif len(ws) == 1 and acronym_of(ws[0], name_ws) and len(ws[0]) >= 3:
                phrases.append(ws[0].upper())
            if acr and len(acr) >= 3 and (acronym_of(acr, ws) or acronym_of(acr, name_ws)):
                phrases.append(acr.upper())
        if any(" ".join(_split_acronym(n)[0]) in taken for n in rec.names) or any(p.lower() in taken for p in phrases):
            continue  # the hand tables know this organisation ("HAMAS" among its names)
        seen_lower: set[str] = set()
        phrases = [p for p in phrases if not (p.lower() in seen_lower or seen_lower.add(p.lower()))
                   and not _generic(p) and not _foreign(p, kind[1], states)]
        if not phrases:
            continue
        slug = "pa-" + re.sub(r"[^a-z0-9]+", "-", phrases[0].lower()).strip("-")
        if slug in rows:
            rows[slug]["aliases"] += [p for p in phrases if p not in rows[slug]["aliases"]]
            continue
        rows[slug] = {"id": slug, "name": phrases[0], "cameo": code, "type": kind[0], "country": kind[1] or "",
                      "aliases": phrases[1:]}
    count: dict[str, int] = {}
    for row in rows.values():
        for p in {row["name"].lower(), *(a.lower() for a in row["aliases"])}:
            count[p] = count.get(p, 0) + 1
    out = []
    for row in sorted(rows.values(), key=lambda r: r["id"]):
        if count[row["name"].lower()] > 1:
            continue
        out.append({**row, "aliases": "|".join(a for a in row["aliases"]
                                               if count[a.lower()] == 1 and a.lower() != row["name"].lower())})
    return out


def _organ_of(ws: list[str], code: str, hand_codes: dict[str, str]) -> bool:
    """'secretariat of the united nations' under IGOUNO: a hand-table name of that code with
    only small or generic words around it."""
    text = f" {' '.join(ws)} "
    for phrase, hand_code in hand_codes.items():
        if hand_code == code and f" {phrase} " in text:
            rest = text.replace(f" {phrase} ", " ", 1).split()
            if all(w in _SMALL or w in _GENERIC for w in rest):
                return True
    return False


_ORG_WORDS = {"organization", "organisation", "association", "council", "committee", "union", "front", "army",
              "party", "movement", "agency", "bank", "fund", "federation", "league", "institute", "foundation",
              "commission", "society", "alliance", "group", "brigade", "brigades", "forces", "force", "corps",
              "program", "programme", "office", "center", "centre", "court", "tribunal", "network", "conference",
              "community", "secretariat", "board", "authority", "coalition", "cooperation", "service", "services",
              "mission", "initiative", "trust", "watch", "international", "forum", "assembly", "parliament",
              "cells", "nuclei", "faction", "jihad", "jamaat", "harakat", "hizb", "tanzim", "liberation",
              "resistance", "revolutionary", "islamic", "people's", "national", "united", "world", "system",
              "bureau", "academy", "club", "chamber", "confederation", "congress", "project", "campaign", "unit",
              "units", "battalion", "regiment", "militia", "guard", "guards", "martyrs", "company", "corporation",
              "federal", "initiatives", "relief", "aid", "rescue", "children", "taliban", "mujahideen", "mujahidin",
              "jaish", "jaysh", "lashkar", "ansar", "tehrik", "saraya", "kataib", "fighters", "qaeda", "al-qaeda",
              "al-qaida", "squad", "squads", "commandos", "legion", "vanguard", "cell", "battalions"}


def _looks_organised(ws: list[str]) -> bool:
    return bool(_ORG_WORDS & set(ws))


# Words that name no one in particular: "Revolutionary Army", "National Resistance", "Aid Group".
_GENERIC = _ORG_WORDS | {"popular", "people", "peoples", "social", "socialist", "red", "black", "green", "white",
                         "patriotic", "democratic", "solidarity", "brotherhood", "struggle", "socialists",
                         "command", "base", "anarchist", "armed", "islamist", "muslim", "arab", "communist"}


def _generic(phrase: str) -> bool:
    return all(w in _GENERIC for w in words(phrase) if w not in _SMALL)


def _foreign(phrase: str, country: str | None, states: dict[str, str]) -> bool:
    """A national group's name that names another state ("Palestinian Resistance" coded as a
    French group) is a wrong or ambiguous entry."""
    named = {states[w] for w in words(phrase) if w in states}
    return bool(country and named - {country})


# -- role nouns -----------------------------------------------------------------------------

def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


# Person nouns: "farmer", "separatist", "guardsman", "official"; other heads name no one
# ("hospital", "department", "board").
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ee|ier|ite|ary|at|eur|nik|ado|ista|official|"
                          r"general|admiral|marshal|cardinal|principal|cleric|medic|representative|"
                          r"chief|head|envoy|aide|boss|guard|spy|cop|judge|deputy|monk|nun|priest|imam|mullah|"
                          r"rabbi|bishop|pope|chef|king|queen|prince|emir|sheikh|sultan|shah|colonel|major|"
                          r"captain|militant|rebel|thug|pirate|bandit|steward|czar|tsar|scholar|vicar)$")
_NO_PERSON = re.compile(r"(?:ment|ity|tion|sion|ship|ism|ary|ncy|ure|ance|ence|ery|ory|ing|center|centre|"
                        r"quarter|chamber|order|sector|border|corridor|water|matter|letter|paper|power|tower|"
                        r"carrier|helicopter|tanker|launcher|destroyer|cruiser|transporter|computer|container|"
                        r"trailer|tractor|reactor|generator|monitor|minist)$")
_PEOPLE_ARY = {"secretary", "missionary", "emissary", "dignitary", "revolutionary", "reactionary", "visionary",
               "functionary", "mercenary", "adversary", "beneficiary", "intermediary", "plenipotentiary"}


def _person_noun(word: str) -> bool:
    return word in _PEOPLE_ARY or bool(_PERSON_NOUN.search(word)) and not _NO_PERSON.search(word)


def convert_roles(path: Path, roles: set[str], hand: set[str], problems: Problems) -> list[dict]:
    """Role nouns of Phoenix.agents.txt that roles.csv lacks: a singular person noun is a title,
    its plural and any noun without one ("police") a group."""
    subst: dict[str, list[str]] = {}
    out: dict[str, dict] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            text = raw.split("#", 1)[0].strip()
            if not text or text.startswith("<!"):
                continue
            m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", text)
            if m:
                subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                continue
            m = re.fullmatch(r"([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", text)
            if not m:
                problems.add(path, n, f"{text!r} is not PHRASE {{PLURAL}} [~CODE]; skipped")
                continue
            phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
            if not code.startswith("~"):
                continue  # "NGO~": a code before the actor's, for organisations
            role = code[1:4]
            if role not in roles or "!" in phrase.replace("!PERSON!", ""):
                continue
            if " " in phrase.replace("_", "") or "!" in phrase:
                continue  # gaps allowed between words, or a substitution set: no fixed phrase
            ws = words(phrase)
            if not ws or not all(re.fullmatch(r"[a-z][a-z'\-]*", w) for w in ws):
                continue
            base = " ".join(ws)
            if not _person_noun(ws[-1]) and plural != "{}":
                continue  # "rebel base", "settlement": no person, no body of people
            forms = []
            if plural == "{}":
                forms.append((base, "group"))
            else:
                forms.append((base, "title"))
                extra = words(plural[1:-1]) if plural else []
                forms.append((" ".join(extra) if extra else " ".join(ws[:-1] + [_plural(ws[-1])]), "group"))
            for form, kind in forms:
                if form and form not in hand and form not in out:
                    out[form] = {"phrase": form, "role": role, "kind": kind}
    return [out[k] for k in sorted(out)]


# -- writing --------------------------------------------------------------------------------

def write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([r[c] if isinstance(r[c], str) else "|".join(r[c]) for c in columns])


def convert(folder: Path, out: Path, data: Path = DATA) -> tuple[dict[str, int], list[str]]:
    """Write the generated tables into `out`; return rows written per table and the problems."""
    problems = Problems()
    taken, cameo_iso = hand_phrases(data)
    states = hand_state_words(data)
    roles = role_codes()
    counts = {}
    countries = folder / "Phoenix.Countries.actors.txt"
    if countries.exists():
        people = convert_people(read_actors(countries, problems), cameo_iso, roles, hand_people(data),
                                taken, problems)
        write(out / PEOPLE_FILE, PEOPLE_COLUMNS, people)
        counts[PEOPLE_FILE] = len(people)
    groups = []
    for name, armed_only in (("Phoenix.International.actors.txt", False), ("Phoenix.MilNonState.actors.txt", True)):
        if (folder / name).exists():
            groups += convert_groups(read_actors(folder / name, problems), cameo_iso, taken, armed_only, states,
                                     hand_groups(data))
    if groups:
        seen = set()
        groups = [g for g in groups if not (g["id"] in seen or seen.add(g["id"]))]
        write(out / GROUPS_FILE, GROUP_COLUMNS, sorted(groups, key=lambda g: g["id"]))
        counts[GROUPS_FILE] = len(groups)
    agents = folder / "Phoenix.agents.txt"
    if agents.exists():
        rows = convert_roles(agents, roles, hand_roles(data), problems)
        write(out / ROLES_FILE, ROLE_COLUMNS, rows)
        counts[ROLES_FILE] = len(rows)
    return counts, problems.items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder holding the Phoenix *.actors.txt and agents files")
    ap.add_argument("--out", type=Path, default=DATA, help="where to write the tables (default: graphbuild/data)")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"convert_petrarch: {args.folder}: no such folder; give the folder of the Phoenix dictionaries",
              file=sys.stderr)
        return 2
    counts, problems = convert(args.folder, args.out)
    for p in problems:
        print(p, file=sys.stderr)
    for name, n in counts.items():
        print(f"{args.out / name}: {n} rows")
    if not counts:
        print(f"convert_petrarch: no Phoenix dictionary in {args.folder}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
