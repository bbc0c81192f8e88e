"""Which text is read as sentences: a headline and a dateline are not read into the first
sentence."""
from __future__ import annotations

from extract_cases import Case, check, events

HEADLINE = ("Chile and Peru hold talks as Bolivia presses claim\n\n"
            "LIMA (Reuters) - Chilean and Peruvian ministers met in Lima on Monday.")


def test_a_headline_and_a_dateline_are_not_read_into_the_first_sentence():
    Case(HEADLINE, has={("Chilean government", "04", "Peruvian government"),
                        ("Peruvian government", "04", "Chilean government")},
         lacks={("Bolivia", None, None), (None, None, "Bolivia")}).check()
    firsts = {e.sentence.split()[0] for e in events(HEADLINE)}
    check(firsts == {"Chile", "Chilean"}, HEADLINE, f"sentences begin with {firsts}: no 'LIMA (Reuters)' subject")
