"""Actors the sentence leaves implicit: a description with an aside ("the Caribbean nation,
which ..."), police of the story's dateline, officials seated where they are, an organisation whose
name holds its state, the recipient of aid as the state a sentence opens with, and the
subject of a participle after a clause of its own."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("Macron flew to Haiti on Monday. Chile later sent aid to the Caribbean nation, which has been hit by storms.",
         has={("Chile", "07", "Haiti")}, id="a description with a relative clause set off by a comma refers back"),
    Case("Macron flew to Haiti on Monday. Chile sent aid to the nation that Peru had invaded.",
         lacks={("Chile", None, "Haiti")}, id="a description with a relative clause that tells which is new"),
    Case("During a visit to Mali on Friday, French Foreign Minister Claire Roux announced new aid for the landlocked nation.",
         has={("Claire Roux", "07", "Mali")}, lacks={(None, None, "France")},
         id="a state in the speaker's title is not the described nation"),
    Case("Bamako, Mali — During a visit on Friday, Chinese envoy Li Wei pledged aid to Niger.",
         has={("Li Wei", None, "Niger")}, lacks={("Mali", None, None)}, id="a dateline hung under its dash is no subject"),
    Case("LIMA, Peru — Chile recalled its ambassador after police raided the Chilean consulate.",
         has={("Peruvian police", "19", "Chilean government")}, id="police of no nationality are the dateline's"),
    Case("NAIROBI, Kenya \u2014 Police arrested two Ugandan opposition activists on Monday.",
         has={("Kenyan police", "17", None)}, id="the dateline outweighs a state the sentence names"),
    Case("Port-au-Prince, Haiti \u2014 Police arrested two Dominican traders on Monday.",
         exactly={("Haitian police", "17", "Dominican business")}, id="a hyphenated dateline names its state once"),
    Case("Police raided the Chilean consulate after Chile criticised Peru and Bolivia.",
         lacks={("Peruvian police", None, None)},
         id="without a dateline police of several named states stay unnamed"),
    Case("The Spanish envoy met with government officials in Morocco on Tuesday.",
         has={("Spanish government", "04", "Moroccan government")}, id="government officials in a state are its own"),
    Case("The Spanish envoy met officials in Morocco on Tuesday.",
         has={("Spanish government", "04", "Moroccan government")}, id="officials one meets in a state are its own"),
    Case("\u201cThe risks are real,\u201d the Spanish minister told the Bankers Association of Morocco.",
         has={("Spanish government", "01", None)}, id="an organisation named with its state is no outlet"),
    Case("\u201cThe risks are real,\u201d the Spanish minister told the Daily Courier.",
         lacks={("Spanish government", None, None)}, id="an unknown organisation with no state is taken for an outlet"),
    Case("In Mali, Japanese envoy Ken Mori announces $10 million in new aid.", has={("Ken Mori", "07", "Mali")},
         id="aid with no recipient goes to the state the sentence opens with"),
    Case("In Bamako, Japanese envoy Ken Mori announces $10 million in new aid.", lacks={(None, "07", "Mali")},
         id="a city the sentence opens with names no recipient"),
    Case("Japanese envoy Ken Mori announced $10 million in new aid at a meeting in Mali.",
         lacks={(None, "07", "Mali")}, id="a place later in the sentence names no recipient"),
    Case("\u201cWe must stand up to this naked aggression today,\u201d Macron said.", none=True,
         id="a speaker's demand of his own side is no event"),
    Case("\u201cWe condemn Iran,\u201d Macron said.", has={("France", "11", "Iran")},
         id="the speaker's we still acts on others"),
    Case("Hamas fired rockets at Israel. Chile criticised Peru, while Israel raided Gaza, "
         "also targeting commanders of the militant group.", has={("Israel", "19", "Hamas")},
         lacks={("Chile", "19", None)}, id="a participle after a clause with its own subject tells of that subject"),
    Case("Chile criticised Peru on Monday, accusing it of spying.", has={("Chile", "11", "Peru")},
         id="a participle with no clause between is the main subject's"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_implicit_actors(case):
    case.check()
