"""The noun rule: X's invasion of Y / US missile attacks on Y / a meeting between X and Y /
X held talks with Y (the subject of a light verb is the source) / the expulsion of British
diplomats by Russia / Syrian rebels engaged peacekeepers in a firefight."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..claims import Claim
from ..mentions import Found
from ..patterns import NounPattern, behaves, cue, reversals, reversed_code
from ..syntax import (OBJ, PASS_SUBJ, PREP, PREP_DEPS, SUBJ, agent, child, detached_prep, pobj, preps, quantity,
                      subject, verb_key)
from .alone import alone
from .frames import intent_code
from .location import located
from .verb import object_class, purpose_targets
from .vetoes import LIGHT_VERBS, demanded, inside_frame, purpose_of_protest

if TYPE_CHECKING:
    from ..extract import Extractor

# Nouns that name an effort whose kind a modifier gives: "mediation mission", "war games".
EVENT_HEADS = cue("event_head")
# Verbs whose subject receives the event their object names: "received assurances from X".
RECIPIENT_VERBS = cue("recipient_verb")
# Verbs of which an event noun is the subject: "talks are underway", "probes began".
SETTING_VERBS = cue("setting_verb")
# Verbs that draw their object into the event a noun names: "engaged X in a firefight",
# "placed X under house arrest" (but "put X in charge" is no charge).
ENGAGING_VERBS, PLACING_VERBS = cue("engaging_verb"), cue("placing_verb")
# Nouns that are events only under a verb that makes or undoes them: "established relations";
# a verb that only holds them makes none: "Iran has an embassy in Lisbon".
GOVERNED_NOUNS, HOLDING_VERBS = cue("governed_noun"), cue("holding_verb")
# Verbs whose coordinated subjects do their act to each other: "X and Y exchanged fire".
MUTUAL_VERBS = cue("mutual_verb")
# Prepositions of a clause's setting whose visit noun is the subject's: "during a trip to X".
TRAVEL_PREPS = {"during", "on"}
# Verbs whose act is the noun they are "with": "retaliated with tariffs on X".
INSTRUMENTAL_VERBS = cue("instrumental_verb")
# Verbs of going somewhere whose purpose "for talks" is the travellers' own: "returned to Geneva for talks".
TRAVEL_VERBS = cue("travel_verb")


def noun_pattern(ex: Extractor, n: Token) -> NounPattern | None:
    """A compound event noun first ("hunger strike", "air strike"), then the noun alone, then
    the event a generic head carries ("a mediation mission", "a peace effort")."""
    lemma = n.lemma_.lower()
    if lemma not in ex.noun_words:
        return None  # most nouns name no event: skip walking their children
    mods = [c for c in n.lefts if c.dep_ in {"compound", "amod"}]
    of = next((pobj(c) for c in n.children if c.dep_ == PREP and c.lower_ == "of"), None)
    found = (ex.nouns.get(f"{lemma} of {of.lemma_.lower()}") if of is not None else None) or \
        (ex.nouns.get(f"{mods[-1].lower_} {lemma}") if mods else None) or ex.nouns.get(lemma)
    if found is None and lemma in EVENT_HEADS:
        found = next((ex.nouns[m.lemma_.lower()] for m in reversed(mods) if m.lemma_.lower() in ex.nouns), None)
    return found


@dataclass(frozen=True)
class Governor:
    """The verb an event noun is governed by: "imposed sanctions" (a light verb carries the
    event), "lifted the sanctions" (an undoing verb changes its code), "talks began" (a
    setting verb lends its prepositions)."""
    first: Token  # the first of coordinated nouns: "launched artillery and rocket fire"
    verb: Token | None
    key: str  # the verb with its particle, "" when none
    light: bool
    setting: Token | None


def governed(n: Token) -> Governor:
    first = n
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = governor_of(n, first)
    key = verb_key(verb) if verb is not None else ""
    light = verb is not None and (key in LIGHT_VERBS or key in reversals() or key in INSTRUMENTAL_VERBS)
    setting = first.head if first.dep_ in SUBJ and first.head.lemma_ in SETTING_VERBS else None
    return Governor(first, verb, key, light, setting)


def noun(ex: Extractor, n: Token) -> None:
    """Reads the event noun's source (possessor, a modifier naming an actor, "by X", the light
    verb's subject), its governing verb and its targets (the noun's prepositions, then the
    light verb's). Emits a `noun` claim, reciprocal pairs ("talks between X and Y"), or a
    `location` claim ("staged a hunger strike in Lagos")."""
    pat = noun_pattern(ex, n)
    if pat is None or n.i in ex.mentions or demanded(ex, n):
        return
    ex.note(n, f"noun {pat.lemma} {pat.cameo} ({pat.row}, preps: {'|'.join(pat.preps)})")
    if engaged(ex, n, pat):
        return
    gov = governed(n)
    sources = noun_sources(ex, n, pat, gov)
    base, row = acted_on(ex, n, pat, sources)
    code = reversed_code(gov.key, base) or base  # "lifted the sanctions" is easing them
    if gov.light:
        code = offered(ex, gov.key, code)  # "offered aid to X" is 033
    if gov.verb is not None and gov.key in RECIPIENT_VERBS and gov.first.dep_ in OBJ:
        received(ex, n, pat, gov.verb, code, gov.key)
        return
    targets, between = noun_targets(ex, n, pat, gov.verb or made_by(n), gov.setting, sources)
    if vetoed(ex, n, gov, code):
        return
    if not targets and (pat.kind == "reciprocal" or gov.key in MUTUAL_VERBS) and len(sources) > 1:
        between = True  # "Israel and the Palestinians reached an agreement", "X and Y exchanged fire"
        targets, sources = sources, []
    label = f"{gov.key} {pat.lemma}" if code != base else pat.lemma
    claim = Claim(gov.verb if gov.light else n, tuple(sources), tuple(targets), code, label, "noun", pat.lemma,
                  pat.kind if code == base else "", row)  # an undone event is one side's act: "cancelled its visit"
    conclude(ex, n, claim, gov, between, pat.kind)


def vetoed(ex: Extractor, n: Token, gov: Governor, code: str) -> bool:
    """A light verb carries the event's clause ("will impose sanctions"); a bare event noun
    is presupposed ("Russia's invasion of Georgia") and only its own modifiers qualify it."""
    if gov.light and inside_frame(ex, gov.verb):
        ex.note(n, "veto: inside a frame")
        return True  # "threatened to impose sanctions": the threat is the event
    if proposed(ex, gov, code):
        ex.note(n, "veto: agreed to, opposed or offered, not done")
        return True  # "agreed to Turkish mediation": the agreement is the event
    if gov.verb is not None and purpose_of_protest(ex, gov.verb):
        ex.note(n, "veto: the purpose of a protest")
        return True  # "blocked a road to show their disapproval of X": the protest is the event
    if (not gov.light or gov.key in HOLDING_VERBS) and n.lemma_.lower() in GOVERNED_NOUNS:
        ex.note(n, "veto: a governed noun with no verb making it")
        return True  # "relations between X and Y are tense", "X has ties with Y": an event only when made or broken
    return False


def conclude(ex: Extractor, n: Token, claim: Claim, gov: Governor, between: bool, kind: str) -> None:
    """Reciprocal pairs, one claim, or with no target an act located where it happens
    ("staged a hunger strike in Lagos", "organized a general strike"), else one that needs no
    target ("declared a unilateral ceasefire", rules/alone.py)."""
    if between:
        ex.pairs(replace(claim, sources=claim.targets, targets=(), symmetry="reciprocal"))
    elif claim.sources and claim.targets:
        ex.emit(claim)
    elif claim.sources and gov.light and behaves(claim.code, "received_where") and \
            (where := opening_state(ex, gov.verb)) is not None:
        ex.emit(replace(claim, targets=(where,)))  # "In Haiti, Blinken announces new aid": for Haiti
    elif not (claim.sources and gov.light and (_located(ex, n, claim, gov, kind) or alone(
            ex, gov.verb, list(claim.sources), claim.code, claim.predicate, claim.lemma, claim.row, acting=n))):
        ex.note(n, "noun: no source" if not claim.sources else "noun: no target")


def _located(ex: Extractor, n: Token, claim: Claim, gov: Governor, kind: str) -> bool:
    if kind != "" or not behaves(claim.code, "located"):
        return False
    at = n if any(p.dep_ == PREP and p.lower_ in {"in", "at"} for p in n.children) else gov.verb
    return located(ex, at, list(claim.sources), claim.code, claim.predicate, claim.lemma, claim.row)


def opening_state(ex: Extractor, verb: Token) -> Found | None:
    """The state a clause opens with as its place, named as a state (not by a city):
    "In Haiti, Blinken announces new aid"; not "In Geneva, Japan pledged aid"."""
    for p in verb.children:
        if p.i > verb.i or p.dep_ != PREP or p.lower_ != "in" or p.i != p.sent.start:
            continue
        f = ex.mentions.get(pobj(p).i) if pobj(p) is not None else None
        entry = ex.lex.lookup(f.mention.text) if f is not None else None
        if f is not None and f.mention.kind == "STATE" and f.mention.role is None and entry is not None \
                and entry.via in {"name", "alias"}:
            return f
    return None


def noun_sources(ex: Extractor, n: Token, pat: NounPattern, gov: Governor) -> list[Found]:
    """Named under the noun (own_sources); else the light verb's subject ("imposed
    sanctions"), or its agent ("sanctions were imposed by X"); else "by X" under a setting
    verb ("talks began in Geneva, hosted by X" reads "by" under the verb); else the agent of
    a light verb's participle after the noun ("the sanctions imposed by X on Y"); else for a
    visit, the subject of the clause it sets ("On a visit to Cairo, Sala praised Egypt"); for
    talks, the subject of a verb of going there for them ("X and Y returned to Geneva for talks")."""
    found = own_sources(ex, n, pat)
    if not found and gov.light:
        found = ex.actors(agent(gov.verb)) if gov.first.dep_ in PASS_SUBJ else ex.actors(subject(gov.verb))
    if not found and gov.setting is not None:
        by = next((p for p in preps(gov.setting, "by")), None)
        found = ex.actors(pobj(by)) if by is not None else []
    if not found:  # "the accord signed by Israel and Jordan": a light verb's participle after the noun
        made = made_by(n)
        found = ex.actors(agent(made)) if made is not None else []
    if not found and pat.kind == "visit" and n.dep_ == "pobj" and n.head.lower_ in TRAVEL_PREPS \
            and n.head.head.pos_ in {"VERB", "AUX"}:
        found = ex.actors(subject(n.head.head))  # "During a trip to Haiti, Blinken announced ...": Blinken's trip
    if not found and n.dep_ == "pobj" and n.head.lower_ == "for" and behaves(pat.cameo, "consult") \
            and n.head.head.lemma_.lower() in TRAVEL_VERBS:
        found = ex.actors(subject(n.head.head))  # "US and Russian negotiators returned to Geneva for talks"
    return found


def made_by(n: Token) -> Token | None:
    """A light verb's passive participle after the noun: "the sanctions imposed by X on Y"."""
    return next((c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and verb_key(c) in LIGHT_VERBS), None)


def engaged(ex: Extractor, n: Token, pat: NounPattern) -> bool:
    """"Syrian rebels engaged Filipino peacekeepers in a firefight", "placed X under house
    arrest": the subject against the object, one way. True when the noun is so governed."""
    if not (n.dep_ == "pobj" and ((n.head.lower_ == "in" and n.head.head.lemma_.lower() in ENGAGING_VERBS)
                                  or (n.head.lower_ == "under" and n.head.head.lemma_.lower() in PLACING_VERBS))):
        return False
    verb = n.head.head
    sources, targets = ex.actors(subject(verb)), ex.actors(child(verb, OBJ))
    if sources and targets:
        ex.emit(Claim(verb, tuple(sources), tuple(targets), pat.cameo, f"{verb.lemma_} {n.head.lower_} {pat.lemma}",
                      "noun", pat.lemma, "", pat.row))
    return True


def own_sources(ex: Extractor, n: Token, pat: NounPattern) -> list[Found]:
    """Who acts, named under the noun: its possessor or a modifier naming an actor ("US
    attacks"; not "Patriot" in "Patriot missiles": a name, not an owner), "criticism by
    Germany", "criticism from Germany"; or "by X" that the parser hung under what the noun
    is of ("the expulsion of British diplomats by Russia")."""
    for c in n.children:
        m = ex.mentions[c.i].mention if c.i in ex.mentions else None
        if m is not None and c.dep_ in {"poss", "compound", "amod", "nmod"} and \
                not (c.dep_ != "poss" and m.key is None and not m.country):
            found = ex.actors(c)
            break
        if c.dep_ == "poss":
            found = ex.actors(c)
            if found:
                break
    else:
        found = []
    if found:
        return found
    by = next((p for w in ("by", "from") for p in preps(n, w) if w not in pat.preps), None)
    of = next((pobj(p) for p in n.children if p.dep_ == PREP and p.lower_ == "of"), None)
    if by is None and of is not None and "by" not in pat.preps:
        by = next(preps(of, "by"), None)
    return ex.actors(pobj(by)) if by is not None else []


def _held_targets(ex: Extractor, h: Token, is_governor: bool, pat: NounPattern, sources: list[Found],
                  targets: list[Found]) -> bool:
    """Add to `targets` the actors under one holder's prepositions of the row (and a light
    verb's dative); True when they are reciprocal "between X and Y"."""
    between = False
    for p in h.children:
        if is_governor and p.dep_ == "dative" and p.pos_ != "ADP":  # "gave the Ivory Coast aid"
            targets.extend(f for f in ex.actors(p, depth=1) if all(f is not t for t in targets))
        if p.dep_ in PREP_DEPS and p.lower_ in pat.preps:
            found = ex.within(pobj(p)) if p.lower_ == "between" else ex.actors(pobj(p))
            if p.lower_ == "between" and len(found) > 1 and not sources and pat.kind == "reciprocal":
                between = True
            targets.extend(f for f in found if all(f is not t for t in targets))
        if p.dep_ in {"acl", "ccomp"} and "that" in pat.preps:
            targets.extend(ex.actors(subject(p)))
    return between


def acted_on(ex: Extractor, n: Token, pat: NounPattern, sources: list[Found]) -> tuple[str, str]:
    """The noun's code and row for the class of what it acts on (data/nouns.csv `object`):
    what it is of, else its source ("their forces completed their withdrawal" 0874)."""
    if not pat.by_object:
        return pat.cameo, pat.row
    of = next((pobj(p) for p in n.children if p.dep_ == PREP and p.lower_ == "of"), None)
    return pat.code_for(object_class(ex, of, ex.actors(of)) if of is not None else object_class(ex, None, sources))


def offered(ex: Extractor, key: str, code: str) -> str:
    """"Japan offered humanitarian aid to Haiti" is 033, "Turkey offered talks" 036: a light
    verb whose own plain row agrees (offer) or threatens ("threatened sanctions" 131) states
    the intent to do what its noun names (data/intents.csv), as "offered to send aid" does."""
    agrees = next((p.cameo for p in ex.verbs.get(key, ()) if p.kind != "inf" and
                   (behaves(p.cameo, "agree") or behaves(p.cameo, "threaten"))), None)
    return (intent_code(agrees, code) or code) if agrees else code


def proposed(ex: Extractor, gov: Governor, code: str) -> bool:
    """"Ukraine agreed to Turkish mediation", "Syria is opposed to Egyptian mediation", "Qatar is
    ready to host a meeting between X and Y", "Venezuela rejected US aid": talks, cooperation,
    aid or a truce (roots with `proposed`) that the verb above agrees to, opposes or offers to
    make have not happened. A light verb carries its noun's event and is read as such."""
    if gov.light or not behaves(code, "proposed"):
        return False
    first = gov.first
    head = first.head if first.dep_ in OBJ else \
        first.head.head if first.dep_ == "pobj" and first.head.dep_ == PREP else None
    if head is None or head.i == first.i:
        return False
    return any(behaves(p.cameo, "agree") or behaves(p.cameo, "reject") for p in ex.verbs.get(head.lemma_.lower(), ())) \
        or inside_frame(ex, head)


def governor_of(n: Token, first: Token) -> Token | None:
    """The verb whose object (or attribute, or passive subject) the noun is: "imposed
    sanctions"; also "provide 25,000 tons of food aid to X", "announced $45 million in aid
    for X", "retaliated with tariffs on X"."""
    if first.dep_ in OBJ | {"attr"} | PASS_SUBJ:
        return first.head
    if n.dep_ == "pobj" and n.head.lower_ in {"of", "in"} and n.head.head.dep_ in OBJ and quantity(n.head.head):
        return n.head.head.head
    if n.dep_ == "pobj" and n.head.lower_ == "with" and verb_key(n.head.head) in INSTRUMENTAL_VERBS:
        return n.head.head
    return None


def received(ex: Extractor, n: Token, pat: NounPattern, governor: Token, code: str, verb: str) -> None:
    """"Georgian demonstrators received assurances from the government": the giver is the
    source and the receiver the target."""
    giver = next((p for h in (n, governor) for p in preps(h, "from")), None)
    sources = ex.actors(pobj(giver)) if giver is not None else []
    receivers = ex.actors(subject(governor))
    if sources and receivers:
        ex.emit(Claim(governor, tuple(sources), tuple(receivers), code, f"{verb} {pat.lemma}", "noun", pat.lemma,
                      "", pat.row))


def noun_targets(ex: Extractor, n: Token, pat: NounPattern, governor: Token | None, setting: Token | None,
                 sources: list[Found]) -> tuple[list[Found], bool]:
    """The targets under the noun's prepositions of its table row, then under what it is of
    ("the withdrawal of troops from X"), the light verb's ("gave the Ivory Coast aid", also a
    participle after the noun and its agent: "imposed by the EU on Russia") and a setting
    verb's ("talks began in Geneva with X"); then a preposition the parser hung elsewhere;
    then a protest's purpose. Also whether they are "between" each other."""
    targets: list[Found] = []
    between = False
    of = next((pobj(p) for p in n.children if p.dep_ == PREP and p.lower_ == "of"), None)
    holders = [n] + ([of] if of is not None and "of" not in pat.preps else []) + \
        ([governor] if governor is not None else []) + ([setting] if setting is not None else [])
    if governor is not None and governor.dep_ == "acl" and agent(governor) is not None:
        holders.append(agent(governor))  # "imposed by the EU on Russia": "on" hung under the agent
    for h in holders:
        between = _held_targets(ex, h, h is governor, pat, sources, targets) or between
        if targets:
            break
    if not targets:
        detached = detached_prep(n, pat.preps)
        targets = ex.actors(pobj(detached)) if detached is not None else []
    if not targets and behaves(pat.cameo, "protest"):
        targets = purpose_targets(ex, n) or (purpose_targets(ex, governor) if governor is not None else [])
    return targets, between
