"""The shipped actor tables load, are consistent, and bad rows are reported by file and line."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from graphbuild import actor_tables as at
from graphbuild.errors import ConfigError
from graphbuild.resources import data_path


def _owners(entries, names_of):
    """Map each case-folded name to the set of entries that claim it."""
    owners = defaultdict(set)
    for key, names in ((k, names_of(e)) for k, e in entries):
        for name in names:
            owners[name.casefold()].add(key)
    return owners


def test_countries_load_with_codes():
    countries = at.load_countries()
    assert len(countries) >= 195
    for c in countries:
        assert re.fullmatch(r"[A-Z]{3}", c.iso3), c
        assert re.fullmatch(r"[A-Z]{3}", c.cameo), c
        for seat in c.seats:
            assert seat.role in at.ROLE_CODES, (c.iso3, seat)
    by_iso = {c.iso3: c for c in countries}
    assert len(by_iso) == len(countries)
    assert by_iso["XKX"].cameo == "KSV"
    usa = by_iso["USA"]
    assert {"U.S.", "America"} <= set(usa.aliases) and "Americans" in usa.demonyms
    assert at.Seat("Pentagon", "MIL") in usa.seats
    assert "Kyiv" in by_iso["UKR"].capitals and "Kiev" in by_iso["UKR"].capitals
    assert at.Seat("Kremlin", "GOV") in by_iso["RUS"].seats


def test_no_country_name_points_to_two_countries():
    def names(c):
        return (c.name, *c.aliases, *c.demonyms, *c.capitals, *(s.name for s in c.seats))
    owners = _owners(((c.iso3, c) for c in at.load_countries()), names)
    clashes = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    assert clashes == {}


def test_groups_load_with_codes_and_countries():
    groups = {g.id: g for g in at.load_groups()}
    assert len(groups) == len(at.load_groups())
    isos = {c.iso3: c for c in at.load_countries()}
    for g in groups.values():
        assert g.type in at.GROUP_TYPES, g
        if g.country:
            # a national group's code starts with its country's CAMEO code
            assert g.cameo.startswith(isos[g.country].cameo), g
    assert groups["un"].cameo == "IGOUNO"
    assert groups["nato"].cameo == "IGOWSTNAT"
    assert groups["eu"].cameo == "IGOEUREEC"
    assert groups["west"].type == "GROUP" and groups["west"].cameo == "WST"
    assert groups["hamas"].country == "PSE"


def test_no_name_points_to_two_actors_across_countries_and_groups():
    def country_names(c):
        return (c.name, *c.aliases, *c.demonyms, *c.capitals, *(s.name for s in c.seats))
    entries = [(("country", c.iso3), country_names(c)) for c in at.load_countries()]
    entries += [(("group", g.id), (g.name, *g.aliases)) for g in at.load_groups()]
    owners = _owners(((key, names) for key, names in entries), lambda names: names)
    clashes = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    assert clashes == {}


def test_roles_use_known_codes_and_unique_phrases():
    roles = at.load_roles()
    phrases = [r.phrase for r in roles]
    assert len(phrases) == len(set(phrases))
    assert all(r.role in at.ROLE_CODES and r.kind in at.ROLE_KINDS for r in roles)
    by_phrase = {r.phrase: r for r in roles}
    assert by_phrase["foreign minister"] == at.RoleEntry("foreign minister", "GOV", "title")
    assert by_phrase["defense secretary"].role == by_phrase["defence ministry"].role == "MIL"
    assert by_phrase["troops"] == at.RoleEntry("troops", "MIL", "group")
    assert by_phrase["security forces"].role == "COP"
    assert by_phrase["protesters"].role == "CVL"


def test_people_load_with_known_affiliations():
    people = at.load_people()
    assert len(people) >= 300
    names = [p.name for p in people]
    assert len(names) == len(set(names))
    groups = {g.id for g in at.load_groups()}
    isos = {c.iso3 for c in at.load_countries()}
    for p in people:
        assert p.country in isos or p.country in groups, p
        assert p.role is None or p.role in at.ROLE_CODES, p
        assert p.title, p
    by_name = {p.name: p for p in people}
    lavrov = by_name["Sergey Lavrov"]
    assert (lavrov.country, lavrov.role) == ("RUS", "GOV") and "Sergei Lavrov" in lavrov.aliases
    assert by_name["Volodymyr Zelensky"].country == "UKR" and "Zelenskyy" in by_name["Volodymyr Zelensky"].aliases
    assert by_name["James Mattis"].role == "MIL"
    assert (by_name["Kofi Annan"].country, by_name["Kofi Annan"].role) == ("un", None)


def test_person_aliases_are_unambiguous():
    people = at.load_people()
    owners = _owners(((p.name, p) for p in people), lambda p: (p.name, *p.aliases))
    clashes = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    assert clashes == {}
    # a person's alias must not also name a state or an organisation
    place_names = {n.casefold() for c in at.load_countries() for n in (c.name, *c.aliases, *c.demonyms, *c.capitals)}
    place_names |= {n.casefold() for g in at.load_groups() for n in (g.name, *g.aliases)}
    assert sorted(a for p in people for a in p.aliases if a.casefold() in place_names) == []


def test_person_with_unknown_affiliation_is_rejected(tmp_path):
    path = _write(tmp_path, "people.csv", "name,aliases,country,role,title\nJane Roe,Roe,Atlantis,GOV,President\n")
    with pytest.raises(ConfigError, match=r"people.csv:2: unknown country or group 'Atlantis'"):
        at._parse_people(path, frozenset({"FRA", "un"}))


def test_tables_are_sorted_by_first_column():
    for name in ("countries.csv", "groups.csv", "roles.csv", "people.csv", "places.csv"):
        keys = [line.split(",", 1)[0] for line in data_path(name).read_text("utf-8").splitlines()[1:]]
        assert keys == sorted(keys, key=str.casefold), name


def _place_names(p):
    return (p.name, *p.aliases)


def test_places_load_with_known_countries():
    places = at.load_places()
    assert len(places) >= 250
    isos = {c.iso3 for c in at.load_countries()}
    assert sorted(p.name for p in places if p.country not in isos) == []
    assert {p.kind for p in places} == set(at.PLACE_KINDS)
    by_name = {p.name: p for p in places}
    assert len(by_name) == len(places)
    assert by_name["Darfur"] == at.PlaceEntry("Darfur", "SDN", "region", ())
    assert (by_name["Aleppo"].country, by_name["Aleppo"].kind) == ("SYR", "city")
    assert (by_name["Crimea"].country, by_name["Crimea"].kind) == ("UKR", "territory")
    assert by_name["Donbas"].country == "UKR" and "Donbass" in by_name["Donbas"].aliases
    assert "Kharkov" in by_name["Kharkiv"].aliases
    assert {by_name[n].country for n in ("Chechnya", "Dagestan", "Kaliningrad")} == {"RUS"}
    assert {by_name[n].country for n in ("Tibet", "Xinjiang")} == {"CHN"}
    assert by_name["Kurdistan Region"].country == "IRQ"
    assert by_name["Nagorno-Karabakh"].country == "AZE"
    assert (by_name["Jammu and Kashmir"].country, by_name["Azad Kashmir"].country) == ("IND", "PAK")


def test_contested_and_cross_border_places_are_left_out():
    # README, places.csv: names that span states or whose state news does not agree on
    names = {n.casefold() for p in at.load_places() for n in _place_names(p)}
    left_out = ["Kashmir", "Punjab", "Kurdistan", "Golan Heights", "Golan", "Transnistria", "Abkhazia",
                "South Ossetia", "Northern Cyprus", "Abyei", "Somaliland", "Essequibo", "Kuril Islands",
                "Senkaku Islands", "Spratly Islands", "Gibraltar", "Falkland Islands"]
    assert [n for n in left_out if n.casefold() in names] == []


def test_place_names_are_unambiguous():
    owners = _owners(((p.name, p) for p in at.load_places()), _place_names)
    clashes = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    assert clashes == {}


def test_no_place_name_names_a_country_group_or_person():
    taken = {}
    for c in at.load_countries():
        for n in (c.name, *c.aliases, *c.demonyms, *c.capitals, *(s.name for s in c.seats)):
            taken[n.casefold()] = c.iso3
    for g in at.load_groups():
        for n in (g.id, g.name, *g.aliases):
            taken[n.casefold()] = g.id
    for person in at.load_people():
        # the lexicon also takes a person's surname alone
        for n in (person.name, *person.aliases, person.name.split()[-1]):
            taken[n.casefold()] = person.name
    clashes = sorted((n, taken[n.casefold()]) for p in at.load_places() for n in _place_names(p)
                     if n.casefold() in taken)
    assert clashes == []


def test_place_with_unknown_country_is_rejected(tmp_path):
    path = _write(tmp_path, "places.csv", "name,country,kind,aliases\nDarfur,SDN,region,\nAtlantis City,ATL,city,\n")
    with pytest.raises(ConfigError) as err:
        at._parse_places(path, frozenset({"SDN"}))
    assert err.value.message == f"{path}:3: unknown country 'ATL'"
    assert "countries.csv" in err.value.hint


def test_place_with_unknown_kind_is_rejected(tmp_path):
    path = _write(tmp_path, "places.csv", "name,country,kind,aliases\nDarfur,SDN,province,\n")
    with pytest.raises(ConfigError, match=r"places.csv:2: unknown kind 'province'"):
        at._parse_places(path, frozenset({"SDN"}))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_wrong_column_count_names_file_and_line(tmp_path):
    path = _write(tmp_path, "countries.csv",
                  "iso3,name,cameo,aliases,demonyms,capitals,seats\n"
                  "FRA,France,FRA,,French,Paris,\n"
                  "DEU,Germany,DEU,Berlin\n")
    with pytest.raises(ConfigError) as err:
        at._parse_countries(path)
    assert f"{path}:3:" in err.value.message and "4 columns, expected 7" in err.value.message


def test_unknown_seat_role_names_the_value(tmp_path):
    path = _write(tmp_path, "countries.csv",
                  "iso3,name,cameo,aliases,demonyms,capitals,seats\n"
                  "FRA,France,FRA,,French,Paris,Elysee=PRESIDENT\n")
    with pytest.raises(ConfigError) as err:
        at._parse_countries(path)
    assert f"{path}:2:" in err.value.message and "'PRESIDENT'" in err.value.message


def test_bad_iso3_is_rejected(tmp_path):
    path = _write(tmp_path, "countries.csv",
                  "iso3,name,cameo,aliases,demonyms,capitals,seats\n"
                  "fr,France,FRA,,French,Paris,\n")
    with pytest.raises(ConfigError, match=r"countries.csv:2: iso3 is not 3 capital letters: 'fr'"):
        at._parse_countries(path)


def test_wrong_header_is_rejected(tmp_path):
    path = _write(tmp_path, "roles.csv", "word,role\npresident,GOV\n")
    with pytest.raises(ConfigError, match=r"roles.csv:1: header"):
        at._parse_roles(path)


def test_unknown_role_code_in_roles_names_line_and_value(tmp_path):
    path = _write(tmp_path, "roles.csv", "phrase,role,kind\npresident,GOV,title\nwarlord,WAR,title\n")
    with pytest.raises(ConfigError) as err:
        at._parse_roles(path)
    assert err.value.message == f"{path}:3: unknown CAMEO role 'WAR'"
    assert "GOV" in err.value.hint


def test_group_with_unknown_country_is_rejected(tmp_path):
    path = _write(tmp_path, "groups.csv", "id,name,cameo,type,country,aliases\nxyz,Xyz,XYZREB,GROUP,XYZ,\n")
    with pytest.raises(ConfigError, match=r"groups.csv:2: unknown country 'XYZ'"):
        at._parse_groups(path, frozenset({"FRA"}))
