"""The verb and pair rules, and what a verb the tables know reads first: its trigger (lemma
and particle), its subjects, and the order in which its table rows are tried.

Row priority (data/README.md, "Which row of a verb wins"): the rows of "verb particle"
replace those of the bare verb; a row whose `object` class matches what the verb acts on
replaces the plain rows of the same preposition ("expelled UN peacekeepers" 1661,
"withdrew its troops from" 0874); then the direct-object rows are tried (the plain reading
before the infinitive), then the prepositional rows in the order the table writes them for
that verb, which is a choice made in the table ("protest,to,114" before "protest,against,140":
"protested to Albania against Kosovo's decision" is an official protest to Albania). The
first row that finds a target wins.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..arguments import ARMED_ROLES, same
from ..claims import Claim
from ..mentions import Found
from ..patterns import OBJECT_CLASSES, VerbPattern, behaves, cue, reversals
from ..syntax import (DATIVE, OBJ, PARTICLE_DEPS, PASS_SUBJ, PREP, SPEECH_VERBS, SUBJ, child, dateline, infinitive,
                      pobj, preps, quantity, question, sentence, subject)
from .frames import clause_targets
from .vetoes import LIGHT_VERBS, PURPOSE_VERBS

if TYPE_CHECKING:
    from ..extract import Extractor

# Nouns for the people one state or organisation sends: "received a delegation from X".
DELEGATIONS = cue("delegation_noun")
# Words of each object class but troops (OBJECT_CLASSES), from data/cues.csv.
CLASS_WORDS = {"peacekeepers": cue("peacekeeper_noun"), "observers": cue("observer_noun"),
               "relief": cue("relief_noun"), "weapons": cue("weapon_noun"), "aid_workers": cue("aid_noun"),
               "in_need": cue("in_need_noun"), "asylum": cue("asylum_noun")}
# What a noun phrase is made of, for a subject the parser hung elsewhere.
PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
# Kinds of a verb row whose object must name the actor itself: one meets a person, not "their demands".
ACTOR_OBJECT_KINDS = {"reciprocal", "visit", "host"}


@dataclass(frozen=True)
class Trigger:
    """A verb the tables may know: "pulled out of" is lemma "pull", predicate "pull out"."""
    lemma: str
    predicate: str
    patterns: tuple[VerbPattern, ...]


def trigger(ex: Extractor, v: Token) -> Trigger:
    """The verb's rows; the particle of a phrasal verb counts also where the parser took it
    for a preposition or an adverb ("pulled out of", "hit back at", "forced the agency out of
    the country")."""
    lemma = v.lemma_.lower()
    prt = next((c.lower_ for c in v.children if c.dep_ in PARTICLE_DEPS and f"{lemma} {c.lower_}" in ex.verbs
                and (c.dep_ == "prt" or pobj(c) is None or child(c, {PREP}) is not None)),
               None)  # "called Fidan on Monday" has no particle; "out of" is a particle and its preposition
    patterns = ex.verbs.get(f"{lemma} {prt}") if prt else None
    patterns = patterns or ex.verbs.get(lemma, ())
    return Trigger(lemma, f"{lemma} {prt}" if prt else lemma, patterns)


def sources(ex: Extractor, v: Token) -> list[Found]:
    """Who acts: every subject (a coordination the parser split into two subjects still names
    both), a stray name before a coordinated verb, the subject of the verb above, or a
    subject the parser hung on the phrase before the main verb (orphan_subject)."""
    direct = [c for c in v.children if c.dep_ in SUBJ and not dateline(c)]
    found = [f for c in direct for f in ex.actors(c)] if len(direct) > 1 else \
        stray_subject(ex, v) if not direct and (v.dep_ == "conj" or finite_clause(v)) else []
    found = found or ex.actors(subject(v))
    if not found and v.dep_ == "xcomp":  # "police used tear gas to disperse X": not the gas
        found = ex.actors(subject(v.head))
    if not found and not direct and v.dep_ == "ROOT":
        found = orphan_subject(ex, v)
    return found


def orphan_subject(ex: Extractor, v: Token) -> list[Found]:
    """The subject the parser hung on a phrase before it, leaving the main verb with none:
    "With the signing of the accord, the government and the rebels have agreed to ...".
    The actors of the noun phrase right before the verb (and its auxiliaries), back to a
    comma or the sentence's start, when that phrase holds nothing but nouns and names."""
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "expl" for c in v.children):
        return []
    doc, start = ex.doc, sentence(v).start
    j = v.i - 1
    while j >= start and doc[j].head.i == v.i and doc[j].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        j -= 1
    end = j + 1
    while j >= start and doc[j].text != "," and (doc[j].pos_ in PHRASE_POS or doc[j].text in {"/", "-", "'s"}):
        j -= 1
    if end - j < 2 or (j >= start and doc[j].text != ","):
        return []
    found: list[Found] = []
    for i in range(j + 1, end):
        f = ex.mentions.get(i)
        root = doc[f.start:f.end].root if f is not None else None
        # "the Sudanese government": the phrase, not the adjective inside it
        if f is None or any(f is g for g in found) or \
                (root.dep_ in MODIFIER_DEPS and ex.mentions.get(root.head.i) not in (None, f)):
            continue
        found.append(f)
    return found


def finite_clause(v: Token) -> bool:
    """A finite verb the parser hung as a modifier clause: "Japan protested to China and South
    Korea criticised Beijing" makes "criticised" an advcl of "protested"."""
    return v.dep_ == "advcl" and v.tag_ in {"VBD", "VBZ", "VBP"}


def subject_of_next(ex: Extractor, f: Found) -> bool:
    """A name right before a finite verb with no subject, after "and": that verb's stray
    subject, not one more target of the verb before ("protested to China and South Korea
    criticised Beijing")."""
    if f.end >= len(ex.doc):
        return False
    nxt = ex.doc[f.end]
    return (nxt.dep_ == "conj" or finite_clause(nxt)) and child(nxt, SUBJ) is None and \
        stray_subject(ex, nxt) == [f]


def stray_subject(ex: Extractor, v: Token) -> list[Found]:
    """"... in eastern Ukraine and Kyiv accused Moscow": a name right after "and", before a
    coordinated verb with no subject, is that verb's subject however the parser hung it."""
    f = ex.mentions.get(v.i - 1)
    if f is None or f.start < 1 or ex.doc[f.start - 1].lower_ not in {"and", "but", "while"} \
            or ex.doc[v.i - 1].head.i == v.i:
        return []
    return [f]


def object_class(ex: Extractor, tok: Token | None, found: list[Found]) -> str:
    """The class (OBJECT_CLASSES) of what a verb acts on: the object token and the actors it
    names; "" when none. The most specific class first: peacekeepers are troops too."""
    words = {w for f in found for w in f.mention.text.lower().split()}
    if tok is not None:
        words |= {tok.lower_, tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
        of = next((pobj(p) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        # What a group or a measure is of: "a mission of observers", "700 kg of medicine".
        if of is not None and (tok.lemma_.lower() in DELEGATIONS or quantity(tok)):
            words |= {of.lower_, of.lemma_.lower()}
    for cls, cue_words in CLASS_WORDS.items():
        if words & cue_words:
            return cls
    armed = (tok is not None and ex.lex.groups.get(tok.lower_) in ARMED_ROLES) or \
        (tok is None and bool(found) and all(ex.args.armed(f.mention) for f in found))
    return "troops" if armed else ""


def select(patterns: tuple[VerbPattern, ...], cls: str) -> list[VerbPattern]:
    """The rows that hold for an object of class `cls`: a row of that class replaces the
    plain rows of the same preposition ("received observers" is 0862, no hosting); rows of
    other classes do not hold."""
    assert cls == "" or cls in OBJECT_CLASSES
    specific = {p.prep for p in patterns if cls and p.object == cls}
    return [p for p in patterns if (cls and p.object == cls) or (not p.object and p.prep not in specific)]


def ordered(rows: list[VerbPattern]) -> list[VerbPattern]:
    """Direct-object rows first (the plain reading before the infinitive), then the
    prepositional rows in the order the verb's rows are written in data/verbs.csv."""
    return [p for p in rows if not p.prep] + [p for p in rows if p.prep]


def verb(ex: Extractor, v: Token, pat: VerbPattern, found: list[Found], predicate: str) -> bool:
    """X criticised Y / X complained about Y / X lashed out at Y / X demanded that Y ...
    Reads the row's target: the object of its preposition (also under the verb's object:
    "recalled its ambassador from X"), or the direct object, dative, a delegation's sender, or
    the subject of a clause (roots with clause_target). Emits a `verb` claim, or the `pair`
    rule's claims. True when it emitted."""
    obj = child(v, OBJ)
    if pat.prep:
        found_preps = list(preps(v, pat.prep)) or (list(preps(obj, pat.prep)) if obj is not None else [])
        targets = [f for p in found_preps for f in ex.actors(pobj(p), local=True)
                   if not subject_of_next(ex, f)] or (ex.actors(clause_subject(v, pat.prep)) if not found_preps else [])
        label = f"{predicate} {pat.prep}"
    else:
        targets = direct_targets(ex, v, obj, pat)
        label = predicate
    if not targets and pat.kind == "reciprocal" and len(found) > 1:
        pair(ex, v, pat, found, label)
        return True
    if targets and v.dep_ == "conj" and all(any(same(t.mention, s.mention) for s in found) for t in targets):
        # "X said Eritrea had attacked and accused Asmara": the parser tied the second
        # verb to the wrong one; no actor accuses itself, so the subject is the one above.
        found = [f for f in ex.actors(subject(v.head.head)) if v.head.head.i != v.head.i] or found
    if targets:
        ex.emit(Claim(v, tuple(found), tuple(targets), pat.cameo, label, "verb", pat.lemma, pat.kind, pat.row))
        return True
    ex.note(v, f"verb {pat.row} ({pat.prep or 'object'}): no target")
    return False


def clause_subject(v: Token, prep: str) -> Token | None:
    """The subject of a clause the row's preposition introduces: "called for UNRWA to be
    dismantled", "pressed for Iran to be sanctioned" (the parser marks "for" on the clause)."""
    for c in v.children:
        marked = any(m.dep_ == "mark" and m.lower_ == prep for m in c.children)
        if c.dep_ in {"advcl", "ccomp", "xcomp"} and marked:
            return child(c, SUBJ | PASS_SUBJ)
    return None


def direct_targets(ex: Extractor, v: Token, obj: Token | None, pat: VerbPattern) -> list[Found]:
    """The target of a row without preposition: the object or dative; with a reciprocal,
    visit or host row only an object that names the actor, or a delegation's sender
    ("received a delegation from Hamas"); a stance's object shifted behind "as"; else the
    subject of a clause ("demanded that the United States ...", not an indirect question), or
    of a "to" clause ("allowed the candidate to run")."""
    depth = 1 if pat.kind in ACTOR_OBJECT_KINDS else 5
    targets = [f for f in ex.actors(obj, depth=depth) if not subject_of_next(ex, f)
               and not (depth == 1 and owner_only(f, obj))] or ex.actors(child(v, DATIVE), depth=depth)
    if not targets and depth == 1 and obj is not None and obj.lemma_.lower() in DELEGATIONS:
        targets = [f for p in obj.children if p.dep_ == PREP and p.lower_ in {"from", "of"}
                   for f in ex.actors(pobj(p), depth=3)]
    if not targets and obj is None and pat.kind == "" and behaves(pat.cameo, "stance"):
        targets = shifted_object(ex, v)
    clause = child(v, {"ccomp"})
    # "allowed Ouattara to run" may parse as a clause whose subject is the one allowed.
    if not targets and clause is not None and not question(clause) and \
            (behaves(pat.cameo, "clause_target") or infinitive(clause)):
        targets = ex.actors(child(clause, SUBJ | PASS_SUBJ))
    return targets


def owner_only(f: Found, obj: Token) -> bool:
    """Whether an actor found under an object only owns it: "received Washington's proposal"
    hosts no one, "received the Sudanese delegation" does."""
    return not f.start <= obj.i < f.end and any(t.dep_ == "poss" and t.head.i == obj.i for t in obj.doc[f.start:f.end])


def shifted_object(ex: Extractor, v: Token) -> list[Found]:
    """"Albania denounced as an ugly crime Serbia's suppression of ...", "France condemned as
    unacceptable allegations by Rwanda": a stance's object moved behind its "as" phrase,
    which the parser reads as the object of "as" or its apposition."""
    shifted = next((pobj(p) for p in preps(v, "as")), None)
    if shifted is None:
        return []
    return ex.actors(child(shifted, {"appos"})) or ex.actors(shifted)


def pair(ex: Extractor, anchor: Token, pat, actors: list[Found], label: str, rule: str = "pair") -> None:
    """X and Y met: a reciprocal verb with a coordinated subject and no target. Emits one
    reciprocal claim per pair of actors (written both ways)."""
    ex.pairs(Claim(anchor, tuple(actors), (), pat.cameo, label, rule, pat.lemma, "reciprocal", pat.row))


def protest_purpose(ex: Extractor, v: Token, patterns, found: list[Found], predicate: str) -> bool:
    """A protest takes the target of its purpose: "rioted to demand the resignation of
    President X", "went on strike in protest against Y". Emits a `verb` claim."""
    protest = next((p for p in patterns if behaves(p.cameo, "protest")), None)
    targets = purpose_targets(ex, v) if protest is not None else []
    if targets:
        ex.emit(Claim(v, tuple(found), tuple(targets), protest.cameo, predicate, "verb", protest.lemma,
                      protest.kind, protest.row))
    return bool(targets)


def purpose_targets(ex: Extractor, tok: Token) -> list[Found]:
    """The target of a protest, named in its purpose: "rioted to demand the resignation of
    President X", "went on strike in protest against Y"."""
    for c in tok.children:
        if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in PURPOSE_VERBS:
            found = ex.actors(child(c, OBJ), depth=3) or clause_targets(ex, c)
            if found:
                return found
        if c.dep_ == PREP and c.lower_ in {"in", "against", "over"}:
            obj = pobj(c)
            if obj is not None and obj.lemma_.lower() == "protest":  # "in protest of X"
                for p in obj.children:
                    if p.dep_ == PREP and p.lower_ in {"of", "against", "at", "over"}:
                        found = ex.actors(pobj(p), depth=3)
                        if found:
                            return found
    return []


def unmapped(ex: Extractor, v: Token, predicate: str) -> None:
    """A verb no table knows between a subject actor and an object actor: kept uncoded
    (code None), so that the report can list it for the tables to grow."""
    if v.pos_ != "VERB" or v.lemma_.lower() in SPEECH_VERBS:
        return
    obj = child(v, OBJ)
    if obj is None:
        return
    if predicate in LIGHT_VERBS or predicate in reversals():
        if ex.noun_pattern(obj) is not None:
            return  # "imposed a blockade on X": the noun rule codes it
        predicate = f"{predicate} {obj.lemma_.lower()}"  # the table to grow is the nouns'
    targets = ex.actors(obj)  # most objects name no actor: look there first
    found = ex.actors(subject(v)) if targets else []
    if found and targets:
        ex.emit(Claim(v, tuple(found), tuple(targets), None, predicate, "verb", predicate))
