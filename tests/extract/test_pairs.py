"""Pairs and reciprocal events: meetings, agreements and exchanges are written both ways;
coordinated parties of a reciprocal verb or noun pair with each other; a mediation names
the mediator and both parties."""
from __future__ import annotations

import pytest
from extract_cases import Case

CASES = [
    Case("A meeting between Kenyan President John Obi and Ugandan Defence Minister Paul Ake took place in Nairobi.",
         has={("John Obi", "04", "Paul Ake"), ("Paul Ake", "04", "John Obi")},
         exactly={("John Obi", None, "Paul Ake"), ("Paul Ake", None, "John Obi")},
         id="a reciprocal meeting is written both ways, and Ugandan describes Ake"),
    Case("Jordan is ready to host a meeting between an Israeli peace group and Hamas.",
         has={("Jordan", "036", "Hamas"), ("Jordan", "036", "Israel")},
         id="a party named inside a phrase coordinated with another: both are targets"),
    Case("Israel struck a Syrian base and an Iranian convoy on Sunday.",
         has={("Israel", "19", "Syria"), ("Israel", "19", "Iran")},
         id="the owners of coordinated objects are each a target"),
    Case("Israeli and Palestinian negotiators arrived in Washington on Monday for talks on a ceasefire.",
         has={("Israeli government", "04", "Palestinian government"),
              ("Palestinian government", "04", "Israeli government")},
         id="parties who travel somewhere for talks hold them with each other"),
    Case("The Iranian foreign minister flew to Oman for talks with American envoys.",
         has={("Iranian government", "04", "United States government")},
         id="a traveller's talks with someone"),
    Case("Russia and China called for talks on the crisis.", lacks={("Russia", None, "China")},
         id="talks called for are not held by those who call for them"),
    Case("A meeting between Syria and Jordan took place on Monday.",
         has={("Syria", "04", "Jordan"), ("Jordan", "04", "Syria")}, id="a meeting between coordinated states"),
    Case("India and Pakistan met in Geneva on Monday.",
         has={("India", "04", "Pakistan"), ("Pakistan", "04", "India")},
         id="a coordinated subject of a reciprocal verb pairs them"),
    Case("Chile and Bolivia signed an agreement on water rights.",
         has={("Chile", "05", "Bolivia"), ("Bolivia", "05", "Chile")},
         id="coordinated parties of a reciprocal noun"),
    Case("India and Pakistan exchanged fire along the border.",
         has={("India", "19", "Pakistan"), ("Pakistan", "19", "India")},
         id="coordinated actors exchanging act on each other"),
    Case("The US, Russia, and Switzerland met yesterday.",
         has={("United States", "04", "Russia"), ("Russia", "04", "Switzerland"),
              ("Switzerland", "04", "United States")},
         id="a list read as appositions is still coordinated"),
    Case("US Secretary of State Anne Ward telephoned Russian Foreign Minister Oleg Belov on Tuesday.",
         has={("Anne Ward", "04", "Oleg Belov"), ("Oleg Belov", "04", "Anne Ward")},
         id="a phone call is reciprocal"),
    Case("French and Egyptian warships launched ten days of war games in the Mediterranean.",
         has={("French military", "06", "Egyptian military")}, id="joint exercises of coordinated navies"),
    Case("Arab League envoy Samir Haddad undertook a mediation mission between Syria and Jordan.",
         has={("Samir Haddad", "045", "Syria"), ("Samir Haddad", "045", "Jordan")},
         id="a mediation names the mediator and both parties"),
    Case("Egypt and Qatar brokered a ceasefire between Israel and Hamas.", has={("Qatar", "04", "Hamas")},
         id="brokering a ceasefire between two parties"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_pairs(case):
    case.check()
