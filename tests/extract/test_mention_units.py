"""The steps of mention finding on parses written by hand, so that a model upgrade and a
change of the steps fail in different places. Each parse is a table: word, head index,
dependency, coarse and fine tag, lemma, entity (IOB)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuild.lexicon import lexicon
from graphbuild.mentions import find_mentions


def built(nlp, table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][3] != "PUNCT" for i in range(len(rows))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=[int(r[1]) for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               ents=[r[6] for r in rows])


def mention_at(nlp, table: str, i: int):
    doc = built(nlp, table)
    found = find_mentions(doc, nlp, lexicon()).get(i)
    return doc, (found.mention if found is not None else None)


TITLED = """
Swedish    2 amod     ADJ   JJ  swedish   B-NORP
Prime      2 compound PROPN NNP Prime     O
Minister   4 compound PROPN NNP Minister  O
Anna       4 compound PROPN NNP Anna      B-PERSON
Berg       5 nsubj    PROPN NNP Berg      I-PERSON
met        5 ROOT     VERB  VBD meet      O
Syrian     7 amod     ADJ   JJ  syrian    B-NORP
rebels     5 dobj     NOUN  NNS rebel     O
.          5 punct    PUNCT .   .         O
The       11 det      DET   DT  the       O
prime     11 amod     ADJ   JJ  prime     O
minister  12 nsubj    NOUN  NN  minister  O
criticised 12 ROOT    VERB  VBD criticise O
the       14 det      DET   DT  the       O
government 12 dobj    NOUN  NN  government O
of        14 prep     ADP   IN  of        O
Iraq      15 pobj     PROPN NNP Iraq      B-GPE
.         12 punct    PUNCT .   .         O
"""


def test_a_persons_title_and_state_come_from_the_words_before_the_name(nlp):
    _, m = mention_at(nlp, TITLED, 4)
    assert (m.kind, m.name, m.country, m.role, m.title) == ("PERSON", "Anna Berg", "SWE", "GOV", "Prime Minister")


def test_a_collective_takes_the_state_of_its_adjective(nlp):
    _, m = mention_at(nlp, TITLED, 7)
    assert (m.kind, m.country, m.role, m.text) == ("GROUP", "SYR", "REB", "Syrian rebels")


def test_a_title_alone_refers_back_to_its_one_holder(nlp):
    _, m = mention_at(nlp, TITLED, 11)
    assert (m.name, m.via) == ("Anna Berg", "the prime minister")


def test_the_government_of_a_state_is_its_government(nlp):
    _, m = mention_at(nlp, TITLED, 14)
    assert (m.kind, m.country, m.role) == ("STATE", "IRQ", "GOV")


CORRECTED = """
Karl       1 compound PROPN NNP Karl      B-PERSON
Frei       2 nsubj    PROPN NNP Frei      I-PERSON
spoke      2 ROOT     VERB  VBD speak     O
.          2 punct    PUNCT .   .         O
Frei       5 nsubj    PROPN NNP Frei      B-ORG
warned     5 ROOT     VERB  VBD warn      O
OKLAF      5 dobj     PROPN NNP OKLAF     B-PERSON
.          5 punct    PUNCT .   .         O
"""


def test_a_surname_tagged_org_is_the_person_tagged_person_elsewhere(nlp):
    _, m = mention_at(nlp, CORRECTED, 4)
    assert (m.kind, m.name) == ("PERSON", "Frei")


def test_an_upper_case_word_tagged_person_is_an_organisations_acronym(nlp):
    _, m = mention_at(nlp, CORRECTED, 6)
    assert (m.kind, m.name) == ("ORGANIZATION", "OKLAF")


RESIDENTS = """
Ethnic     1 compound PROPN NNP  Ethnic   O
Turks      4 nsubj    PROPN NNPS Turks    B-NORP
in         1 prep     ADP   IN   in       O
Bulgaria   2 pobj     PROPN NNP  Bulgaria B-GPE
protested  4 ROOT     VERB  VBD  protest  O
.          4 punct    PUNCT .    .        O
"""


def test_a_people_named_with_the_state_it_lives_in_are_its_civilians(nlp):
    _, m = mention_at(nlp, RESIDENTS, 1)
    assert (m.kind, m.country, m.role, m.text) == ("GROUP", "BGR", "CVL", "Turks in Bulgaria")


@pytest.mark.parametrize("word, expected", [("US", "United States"), ("us", None)])
def test_a_short_table_phrase_names_an_actor_only_in_capitals(nlp, word, expected):
    table = f"""
They       1 nsubj    PRON  PRP  they     O
told       1 ROOT     VERB  VBD  tell     O
{word}     1 dobj     PRON  PRP  {word}   O
.          1 punct    PUNCT .    .        O
"""
    _, m = mention_at(nlp, table, 2)
    assert (m.name if m is not None else None) == expected
