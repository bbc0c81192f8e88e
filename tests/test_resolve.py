"""Actor resolution on hand-built mentions: no parser involved."""
from __future__ import annotations

from graphbuild.lexicon import lexicon
from graphbuild.model import Mention
from graphbuild.resolve import ArticleActors, clean_name, slug


def person(text, name=None, **kw):
    return Mention(text=text, start=0, end=len(text), kind="PERSON", name=name or text, **kw)


def state(text, iso, role=None):
    return Mention(text=text, start=0, end=len(text), kind="STATE", name=text, key=iso, country=iso, role=role)


def test_surname_takes_the_full_name_and_what_other_mentions_said():
    people = [person("Foreign Minister Anna Berg", "Anna Berg", country="SWE", role="GOV", title="Foreign Minister"),
              person("Berg")]
    actors = ArticleActors(people, lexicon())
    a = actors.actor(person("Berg"))
    assert (a.id, a.name, a.country, a.cameo, a.type) == ("anna-berg", "Anna Berg", "SWE", "SWEGOV", "PERSON")
    assert "Berg" in a.aliases


def test_curly_and_straight_apostrophes_and_possessives_give_one_actor():
    people = [person("Ali O\u2019Neill"), person("Ali O'Neill's", "Ali O'Neill's")]
    actors = ArticleActors(people, lexicon())
    assert actors.actor(people[0]).id == actors.actor(people[1]).id == "ali-o-neill"


def test_capital_seat_and_name_of_a_state_are_one_actor():
    lex = lexicon()
    actors = ArticleActors([], lex)
    ids = {actors.actor(state(t, "RUS")).id for t in ("Moscow", "the Kremlin", "Russia")}
    assert ids == {"russia"}
    assert actors.actor(state("Moscow", "RUS")).cameo == "RUS"


def test_organs_of_a_state_are_actors_of_their_own():
    actors = ArticleActors([], lexicon())
    gov = actors.actor(state("Russian officials", "RUS", role="GOV"))
    mil = actors.actor(state("Russian troops", "RUS", role="MIL"))
    assert (gov.id, gov.name, gov.type, gov.cameo) == ("russian-government", "Russian government", "GROUP", "RUSGOV")
    assert (mil.id, mil.name, mil.type, mil.cameo) == ("russian-military", "Russian military", "GROUP", "RUSMIL")
    assert actors.actor(state("Russia", "RUS")).id == "russia"


def test_known_organisation_keeps_its_code_and_unknown_one_is_flagged():
    actors = ArticleActors([], lexicon())
    nato = actors.actor(Mention("NATO", 0, 4, "IGO", "NATO", key="nato"))
    assert (nato.id, nato.cameo, nato.resolved) == ("nato", "IGOWSTNAT", True)
    acme = actors.actor(Mention("Acme Holdings", 0, 13, "ORGANIZATION", "Acme Holdings"))
    assert (acme.id, acme.cameo, acme.resolved) == ("acme-holdings", None, False)


def test_person_known_to_the_table_gets_country_and_role_without_article_evidence():
    actors = ArticleActors([person("Putin")], lexicon())
    a = actors.actor(person("Putin"))
    assert (a.name, a.country, a.cameo) == ("Vladimir Putin", "RUS", "RUSGOV")


def test_unknown_person_without_affiliation_is_kept_but_unresolved():
    actors = ArticleActors([person("Jan Kowal")], lexicon())
    a = actors.actor(person("Jan Kowal"))
    assert (a.id, a.country, a.cameo, a.resolved) == ("jan-kowal", None, None, False)


def test_slug_and_clean_name():
    assert slug("Bashar al-Assad") == "bashar-al-assad"
    assert slug("Côte d\u2019Ivoire") == "cote-d-ivoire"
    assert clean_name("Putin\u2019s") == "Putin"


def test_surname_shared_by_two_table_people_of_one_state_gives_the_state():
    actors = ArticleActors([person("Bush")], lexicon())
    a = actors.actor(person("Bush"))
    assert (a.name, a.country, a.cameo) == ("Bush", "USA", "USAGOV")


def test_full_name_of_an_unknown_person_does_not_borrow_a_namesakes_country():
    actors = ArticleActors([person("Kate Bush")], lexicon())
    assert actors.actor(person("Kate Bush")).country is None


def test_every_role_code_has_a_name():
    from graphbuild.actor_tables import ROLE_CODES
    from graphbuild.resolve import role_names

    assert set(ROLE_CODES) <= set(role_names())
