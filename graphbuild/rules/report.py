"""The report rule: "Haley said Russia bombed the town": the speaker accuses Russia (112) of
what is reported; Russia's bombing stays Russia's, marked reported. It reads every claim
of force (the `force` column of data/roots.csv) in reported speech, and a reported act of
violence with no target ("said Eritrea had attacked first"), and a verb that is a charge
in itself ("'Moscow is lying,' the minister said": charged). Relaying is no charge: a
reporting verb ("the UN reported an attack"), an informant ("military sources said"),
media, police and health workers telling what happened, or a speaker named after an unquoted
report ("Israeli troops shelled Rafah, Palestinian officials said": attributed)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..arguments import same
from ..mentions import Found
from ..modality import modality, negated
from ..model import RawEvent
from ..patterns import cue
from ..syntax import OBJ, SUBJ, child, speech_verb, subject

if TYPE_CHECKING:
    from ..extract import Extractor

# Verbs that relay what happened without charging anyone: "the UN agency reported an attack".
REPORTING_VERBS = cue("reporting_verb")
INFORMANT_NOUNS = cue("informant_noun")
# Verbs that are a charge in themselves: "'Moscow is lying,' the minister said".
WRONGDOING_VERBS = cue("wrongdoing_verb")
# Prepositions a charge may take; any other places or qualifies ("Gaza lies in ruins").
CHARGE_PREPS = {"about", "to", "over", "on"}
# Roles whose reports are sources, not accusations.
INFORMANT_ROLES = {"MED", "COP", "HLH", "CVL"}
CONFIDENCE = 0.6


def report(ex: Extractor, anchor: Token, accused: Found, predicate: str) -> None:
    """Emits `report` events (112) from each speaker of the clause holding `anchor` to `accused`."""
    speech = speech_verb(anchor)
    said_by = subject(speech) if speech is not None else None
    if speech is None or relayed(speech, said_by) or attributed(anchor, speech):
        return
    for speaker in ex.actors(said_by, local=True):
        m = speaker.mention
        if speaker is accused or same(m, accused.mention):
            continue
        if m.role in INFORMANT_ROLES or (m.kind == "ORGANIZATION" and m.key is None):
            continue  # news agencies, media and police reporting an act do not accuse
        ex.events.append(RawEvent(
            **ex.sentence(anchor.sent),
            source=speaker.mention, target=accused.mention, predicate=f"{speech.lemma_} ({predicate})",
            cameo="112", negated=negated(speech), modality=modality(speech),
            rule=f"report:{speech.lemma_}", confidence=CONFIDENCE))
        ex.note(anchor, f"report: {m.name} accuses {accused.mention.name} (112)")


def charged(ex: Extractor, v: Token, predicate: str) -> None:
    """"'Moscow is lying,' the minister said": a verb that is a charge in itself
    (wrongdoing_verb), said of a named actor in reported speech, is the speaker's accusation
    (112). Conservative: asserted, no object, no preposition that places it ("Gaza lies in
    ruins")."""
    if v.lemma_.lower() not in WRONGDOING_VERBS or negated(v) or modality(v) != "reported":
        return
    if any(c.dep_ in OBJ or (c.dep_ == "prep" and c.lower_ not in CHARGE_PREPS) for c in v.children):
        return
    for accused in ex.actors(child(v, SUBJ)):
        report(ex, v, accused, predicate)


def attributed(anchor: Token, speech: Token) -> bool:
    """"Israeli troops demolished homes in Gaza, Palestinian officials said": an unquoted
    report told first and its speaker after it names where the news comes from; the act is
    the news, not a charge. Quoted words stay the speaker's ("'Moscow is lying,' the
    minister said")."""
    return anchor.i < speech.i and not any(t.is_quote for t in anchor.doc[anchor.sent.start:speech.i])


def relayed(speech: Token, said_by: Token | None) -> bool:
    """"the UN reported an attack", "military sources said": relayed, not charged."""
    return speech.lemma_.lower() in REPORTING_VERBS or \
        (said_by is not None and said_by.lemma_.lower() in INFORMANT_NOUNS)
