"""The location rule: an act with no target named is coded against the state where it
happens: "Ugandan rebels surrendered in Gulu", "prisoners rioted at a jail in Israel"; a
protest named nowhere is against the protesters' own state ("Egyptian demonstrators rioted").
Which event classes are located is the `located` column of data/roots.csv."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..claims import Claim
from ..mentions import Found
from ..model import Mention
from ..patterns import behaves
from ..syntax import BLOCKED, PREP, nearest

if TYPE_CHECKING:
    from ..extract import Extractor

# Prepositions that say where an act happens: "in Serbia", "at a jail in Israel", "outside Basra".
PLACE_PREPS = {"in", "at", "outside"}


def located(ex: Extractor, holder: Token, sources: list[Found], code: str, predicate: str,
            lemma: str = "", row: str = "") -> bool:
    """Reads the place under `holder` (or, for a protest, the protesters' one state); emits a
    `location` claim from the sources to that state, and says whether it did. The state itself
    acting at home has no target there; its organs and people do."""
    places = place(ex, holder)
    sources = [s for s in sources if not (places and s.mention.country == places[0].mention.country
                                          and s.mention.kind == "STATE" and s.mention.role is None)]
    label = f"{predicate} in"
    if not places and behaves(code, "protest"):
        places, label = home(ex, holder, sources), f"{predicate} at home"
    if places and sources:
        ex.emit(Claim(holder, tuple(sources), tuple(places[:1]), code, label, "location", lemma, "", row))
        return True
    ex.note(holder, "location: no place named" if not places else "location: no source")
    return False


def home(ex: Extractor, holder: Token, sources: list[Found]) -> list[Found]:
    """The one state of the protesters, when they are its people, not its government."""
    homes = {s.mention.country for s in sources if s.mention.kind != "STATE" and s.mention.role != "GOV"}
    state = ex.lex.states.get(homes.pop()) if len(homes) == 1 and None not in homes else None
    if state is None:
        return []
    return [Found(holder.i, holder.i + 1, Mention(
        text=state.name, start=holder.idx, end=holder.idx, kind="STATE", name=state.name,
        key=state.key, country=state.country))]


def place(ex: Extractor, holder: Token) -> list[Found]:
    """The state where an act happens: "in Serbia", "at a jail in northern Israel",
    "outside the Iraqi city of Basra"; nearest first, named, not described ("Israeli shelling")."""
    def state(t: Token) -> bool:
        f = ex.mentions.get(t.i)
        return f is not None and t.pos_ == "PROPN" and f.mention.kind == "STATE" and f.mention.role is None

    def below(t: Token) -> list[Token]:
        return [c for c in t.children if c.dep_ not in BLOCKED]

    for p in holder.children:
        if p.dep_ == PREP and p.lower_ in PLACE_PREPS and (hit := nearest([p], below, state, 5)) is not None:
            return [ex.mentions[hit.i]]
    return []
