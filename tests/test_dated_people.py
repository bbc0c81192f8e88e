"""Office holders read at the article's date, and the converter of the PETRARCH2 dictionaries."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from graphbuild.actor_tables import Office
from graphbuild.lexicon import lexicon
from graphbuild.model import Article, Mention
from graphbuild.pipeline import extract_articles
from graphbuild.resolve import ArticleActors, office_at

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("convert_petrarch", ROOT / "scripts" / "convert_petrarch.py")
convert_petrarch = importlib.util.module_from_spec(_spec)
sys.modules["convert_petrarch"] = convert_petrarch  # dataclasses look their module up there
_spec.loader.exec_module(convert_petrarch)


def person(text, **kw):
    return Mention(text=text, start=0, end=len(text), kind="PERSON", name=text, **kw)


def sources(text: str, date: str | None = None):
    result = extract_articles([Article(id="t", text=text, date=date)])
    return [(e.source.name, e.source.cameo, e.target.name) for e in result.events]


# -- dated resolution --------------------------------------------------------------------

@pytest.mark.parametrize("date, name", [
    ("1990-08-10", "George H. W. Bush"),  # the father's term, 1989-1993
    ("2005-03-10", "George W. Bush"),  # the son's, 2001-2009
])
def test_president_bush_is_the_bush_in_office_on_the_articles_date(date, name):
    assert sources("President Bush condemned Iraq on Friday.", date) == [(name, "USAGOV", "Iraq")]


def test_an_undated_article_keeps_the_undated_reading():
    assert sources("President Bush condemned Iraq on Friday.") == [("Bush", "USAGOV", "Iraq")]


def test_a_surname_between_two_terms_names_no_one_for_sure():
    # In 1997 neither Bush held office: the surname stays as written.
    assert ArticleActors([person("Bush")], lexicon(), "1997-06-01").actor(person("Bush")).name == "Bush"


def test_a_bare_surname_of_an_imported_office_holder_needs_the_date():
    # "Hrawi" alone is Lebanon's president Elias Hrawi (1989-1998) in an article of 1990; an
    # undated article does not guess who a surname of the generated table is.
    lex = lexicon()
    dated = ArticleActors([person("Hrawi")], lex, "1990-06-01").actor(person("Hrawi"))
    assert (dated.name, dated.cameo) == ("Elias Hrawi", "LBNGOV")
    undated = ArticleActors([person("Hrawi")], lex).actor(person("Hrawi"))
    assert (undated.name, undated.cameo) == ("Hrawi", None)


def test_the_role_of_a_dated_person_is_the_one_held_on_the_date():
    lex = lexicon()
    katsav = lex.lookup("Moshe Katsav")
    assert katsav is not None and katsav.offices
    before = ArticleActors([person("Moshe Katsav")], lex, "1995-01-01").actor(person("Moshe Katsav"))
    during = ArticleActors([person("Moshe Katsav")], lex, "2004-01-01").actor(person("Moshe Katsav"))
    assert (before.cameo, during.cameo) == ("ISRELI", "ISRGOV")


def test_the_text_wins_over_the_dated_office():
    lex = lexicon()
    said = person("Moshe Katsav", country="ISR", role="LEG")
    assert ArticleActors([said], lex, "2004-01-01").actor(said).cameo == "ISRLEG"


def test_after_the_imported_offices_end_the_hand_table_holds():
    # The dictionaries end in 2014; a later article reads people.csv as it is.
    lex = lexicon()
    entry = lex.lookup("George W. Bush")
    assert office_at(entry, "2005-01-01") == Office("USA", "GOV", "2001-01-20", "2009-01-20")
    assert office_at(entry, "2024-01-01") is None


# -- imported organisations and armed groups in sentences ---------------------------------

def test_an_imported_intergovernmental_organisation_resolves_in_a_sentence():
    assert sources("The Economic Community of Central African States condemned Chad on Monday.") == [
        ("Economic Community of Central African States", "IGOCAFECA", "Chad")]


def test_an_imported_armed_group_resolves_in_a_sentence():
    assert sources("The Al-Umar Mujahideen attacked Indian troops in Srinagar.") == [
        ("Al-Umar Mujahideen", "PAKREB", "Indian military")]


# -- the converter ------------------------------------------------------------------------

COUNTRIES = """\
# a comment line
FREEDONIA_  [FRE]
+FREEDONIAN_

RUFUS_FIREFLY_  # CountryInfo.txt
+PRESIDENT_FIREFLY
+THE_FIREFLY_ADMINISTRATION
\t[USAELI 19200101-330101]
\t[USAGOV 330101-370120]
\t[USAELI]
TRENTINO_AMBASSADOR_  # CountryInfo.txt
\t[FRAGOV >120301]
"""
INTERNATIONAL = """\
LEAGUE_OF_GRAND_DUCHIES_(LGD)_ [IGOEURLGD]
+GRAND_DUCHIES_LEAGUE_
GOOD_WORKS_FOUNDATION_ [NGOHRI]
CHICOLINI_ [IGOUNO]
"""
MILNONSTATE = """\
SYLVANIAN_LIBERATION_FRONT_ [DEUREB] # some note
+SLF
REVOLUTIONARY_ARMY_ [JPNREB]
PALESTINIAN_RESISTANCE_ [FRAREB]
"""
AGENTS = """\
!PERSON! = MAN, MEN
LIGHTHOUSE_KEEPER [~CVL]
AMBASSADOR [~GOV]
HARBOUR_POLICE {} [~COP]
NGO_WORKER [NGO~]
"""


@pytest.fixture
def dictionaries(tmp_path):
    folder = tmp_path / "dict"
    folder.mkdir()
    (folder / "Phoenix.Countries.actors.txt").write_text(COUNTRIES, encoding="utf-8")
    (folder / "Phoenix.International.actors.txt").write_text(INTERNATIONAL, encoding="utf-8")
    (folder / "Phoenix.MilNonState.actors.txt").write_text(MILNONSTATE, encoding="utf-8")
    (folder / "Phoenix.agents.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    return folder, out


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_converter_writes_office_holders_with_their_dates(dictionaries):
    folder, out = dictionaries
    counts, problems = convert_petrarch.convert(folder, out)
    assert problems == []
    people = {r["name"]: r for r in read(out / "petrarch_people.csv")}
    firefly = people["Rufus Firefly"]
    # Title dropped from the alias, the administration is no name of his.
    assert firefly["aliases"] == ""
    assert (firefly["country"], firefly["role"]) == ("USA", "GOV")
    assert firefly["offices"] == "USA ELI 1920-01-01/1933-01-01|USA GOV 1933-01-01/1937-01-20"
    assert "Trentino Ambassador" not in people  # a cabinet entry with no elite status: left out
    assert "Freedonia" not in people  # a state, not a person
    assert counts["petrarch_people.csv"] == len(people)


def test_converter_writes_organisations_armed_groups_and_role_nouns(dictionaries):
    folder, out = dictionaries
    convert_petrarch.convert(folder, out)
    groups = {r["name"]: r for r in read(out / "petrarch_groups.csv")}
    league = groups["League of Grand Duchies"]
    assert (league["cameo"], league["type"], league["aliases"]) == ("IGOEURLGD", "IGO", "LGD|Grand Duchies League")
    assert (groups["Good Works Foundation"]["type"], groups["Good Works Foundation"]["cameo"]) == ("ORGANIZATION", "NGOHRI")
    front = groups["Sylvanian Liberation Front"]
    # "SLF" alone is the initials of the name: an acronym, kept.
    assert (front["cameo"], front["type"], front["country"], front["aliases"]) == ("DEUREB", "GROUP", "DEU", "SLF")
    assert "Chicolini" not in groups  # one word that is no acronym: a person, or a common word
    assert "Revolutionary Army" not in groups  # generic words name no one in particular
    assert "Palestinian Resistance" not in groups  # a French group named after another state
    roles = {r["phrase"]: (r["role"], r["kind"]) for r in read(out / "petrarch_roles.csv")}
    assert roles["lighthouse keeper"] == ("CVL", "title") and roles["lighthouse keepers"] == ("CVL", "group")
    assert roles["harbour police"] == ("COP", "group")
    assert "ambassador" not in roles  # roles.csv has it: the hand table wins
    assert "ngo worker" not in roles  # a code before the actor's, for organisations


def test_converter_leaves_out_phrases_of_the_hand_tables(dictionaries):
    folder, out = dictionaries
    (folder / "Phoenix.MilNonState.actors.txt").write_text("HAMAS_MOVEMENT_ [PSEREB]\n+HAMAS\n", encoding="utf-8")
    convert_petrarch.convert(folder, out)
    assert all(r["name"] != "Hamas Movement" for r in read(out / "petrarch_groups.csv"))


def test_a_malformed_dictionary_line_is_reported_with_file_and_line(dictionaries, capsys):
    folder, out = dictionaries
    bad = COUNTRIES.replace("[USAGOV 330101-370120]", "[USAGOV 3301013-370120]") + "\t[USAGOV\n"
    (folder / "Phoenix.Countries.actors.txt").write_text(bad, encoding="utf-8")
    assert convert_petrarch.main([str(folder), "--out", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(e.startswith("Phoenix.Countries.actors.txt:9: ") and "3301013" in e for e in err), err
    assert any(e.startswith("Phoenix.Countries.actors.txt:13: ") for e in err), err
    # The rest is converted.
    people = {r["name"]: r for r in read(out / "petrarch_people.csv")}
    assert people["Rufus Firefly"]["offices"] == "USA ELI 1920-01-01/1933-01-01"


def test_converter_refuses_a_missing_folder(tmp_path, capsys):
    assert convert_petrarch.main([str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err
