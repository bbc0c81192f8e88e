"""The event tables: which verbs and nouns signal which CAMEO event (data/verbs.csv,
data/nouns.csv), the cue words the rules read (data/cues.csv, kinds declared in CUES), the
verbs that change what a nominal event is (data/reversals.csv: "lifted sanctions" is 085, not
163), and what an event class does with its arguments (data/roots.csv, `behaves`).

data/verbs.csv   lemma,prep,cameo,kind,object   "lash out,at,111,," : "X lashed out at Y" is 111
data/nouns.csv   lemma,cameo,preps,kind,object  "invasion,192,of,," : "X's invasion of Y" is 192

prep is the preposition that introduces the target (empty: the direct object).
kind: reciprocal (the event holds both ways: meet, negotiate), visit (the target hosts:
CAMEO 043 the other way), host (the target visits: 042 the other way), inf (the event is
stated through an infinitive: "agreed to lift sanctions on Iran", whose target is the
infinitive's object). object: the class of what is acted on for which the row holds
(OBJECT_CLASSES: "withdraw,from,0874,,troops"). Every table is documented in
graphbuild/data/README.md, with the rule that decides which of a verb's rows wins.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from .resources import data_path
from .tables import check, rows

KINDS = ("", "reciprocal", "visit", "host", "inf")
# What a word of data/cues.csv can signal, declared once; data/README.md documents each kind.
CUES: dict[str, str] = {
    "conditional": "conjunctions of a condition: 'unless X withdraws' (hypothetical; a threat is aimed at X)",
    "delegation_noun": "the people one actor sends: 'received a delegation from Hamas' names Hamas",
    "document_noun": "what is issued: 'issued a statement condemning X' is the issuer condemning X",
    "engaging_verb": "verbs that draw their object into an event noun: 'engaged X in a firefight'",
    "event_head": "generic heads whose modifier names the event: 'a mediation mission', 'war games'",
    "faith_adjective": "adjectives of faith, which name no nationality: 'Islamic fundamentalists'",
    "future_adj": "adjectives of an event still to come: 'planned talks', 'upcoming visit'",
    "future_aux": "auxiliaries of the future: 'will meet' (intent)",
    "governed_noun": "nouns that are events only under a verb that makes or undoes them: 'established relations'",
    "hedge_verb": "verbs above a clause that hedge it: 'appeared to', 'believed'",
    "hedge_word": "adverbs and adjectives that hedge: 'reportedly', 'allegedly'",
    "holding_verb": "light verbs that hold a governed noun without making it: 'Iran has an embassy in Lisbon'",
    "host_noun": "nouns for whoever received a visit: 'his hosts'",
    "hypothetical_adj": "adjectives of an event that may not happen: 'a possible attack'",
    "hypothetical_aux": "auxiliaries of a condition: 'could attack', 'would meet'",
    "informant_noun": "subjects that relay, not charge: 'military sources said'",
    "instrumental_verb": "verbs whose act is the noun they are 'with': 'retaliated with tariffs on X'",
    "intent_verb": "verbs above a clause that state an intention: 'plans to visit'",
    "leader_noun": "nouns for the one head of a state: 'the Chinese leader'",
    "leader_title": "titles a state's leader holds: 'president', 'prime minister'",
    "light_verb": "verbs whose object noun carries the event: 'held talks', 'imposed sanctions'",
    "mutual_verb": "verbs whose coordinated subjects act on each other: 'X and Y exchanged fire'",
    "negating_verb": "verbs whose clause did not happen: 'failed to reach', 'denied sending'",
    "obligation_aux": "auxiliaries of obligation: 'X said Y must ...' is a demand",
    "place_noun": "nouns after a name that make it a place: 'the Essequibo region'",
    "placing_verb": "verbs that put their object under an event noun: 'placed X under arrest'",
    "purpose_verb": "verbs of a protest's purpose, whose target is the protest's: 'rioted to demand'",
    "recipient_verb": "verbs whose subject receives the event their object names: 'received assurances from X'",
    "reporting_verb": "verbs that relay without charging anyone: 'the UN reported an attack'",
    "relation_noun": "nouns of a relation to an actor, not that actor: 'X's ally', 'a rival of X'",
    "setting_verb": "verbs of which an event noun is the subject: 'talks began', 'probes are underway'",
    "speech_verb": "verbs of saying: what they report may be an allegation ('said X attacked')",
    "wrongdoing_verb": "verbs that are a charge in themselves: \"'Moscow is lying,' the minister said\" accuses Russia",
    "visitor_noun": "nouns for whoever paid a visit: 'his visitor', 'the guests'",
    "travel_verb": "verbs of going somewhere, whose 'for talks' are the travellers': 'X and Y returned to Geneva for talks'",
    "peacekeeper_noun": "words of peacekeepers: 'expelled UN peacekeepers' is 1661 (object class peacekeepers)",
    "observer_noun": "words of inspectors and observers: 'expelled the inspectors' is 1662 (object class observers)",
    "aid_noun": "words of aid agencies: 'expelled aid workers' is 1663 (object class aid_workers)",
    "relief_noun": "words of relief goods: 'handed over medicine to X' is 073 (object class relief)",
    "weapon_noun": "words of weapons: 'shipped arms to X' is 072 (object class weapons)",
    "in_need_noun": "words of people in need: 'evacuated the wounded' is 073 (object class in_need)",
    "asylum_noun": "words of asylum: 'sought refuge in X' asks X for it, 0233 (object class asylum)",
}
# Classes of what a verb acts on that change its code ("expelled diplomats" 166, "expelled
# peacekeepers" 1661, "withdrew its troops" 0874): the `object` column of data/verbs.csv, most
# specific first. Words of a class are cue kinds; troops are armed roles (MIL, REB, ...).
OBJECT_CLASSES: dict[str, str] = {
    "peacekeepers": "peacekeepers or a peacekeeping force (cue peacekeeper_noun)",
    "observers": "inspectors, observers, monitors (cue observer_noun)",
    "relief": "relief goods: medicine, food, supplies (cue relief_noun)",
    "weapons": "arms, weapons, ammunition (cue weapon_noun)",
    "aid_workers": "aid agencies and aid workers (cue aid_noun)",
    "in_need": "the wounded, the sick, civilians, refugees (cue in_need_noun)",
    "asylum": "asylum, refuge, sanctuary (cue asylum_noun)",
    "troops": "troops, forces, rebels or militias: an actor of an armed role",
}
# What an event class (a CAMEO root) does with its arguments: the columns of data/roots.csv
# after `root`, each "yes" or empty; data/README.md documents each.
ROOT_BEHAVIOURS = ("located", "stance", "clause_target", "appeal", "condition_target", "force", "violence",
                   "protest", "consult", "agree", "threaten", "reject", "coercive", "received_where", "proposed")


@dataclass(frozen=True)
class VerbPattern:
    lemma: str  # verb lemma, with its particle for phrasal verbs ("lash out")
    prep: str  # "" for the direct object
    cameo: str | None  # None only for verbs no table knows (kept as unmapped)
    kind: str
    object: str = ""  # the row holds only when what the verb acts on is of this class (OBJECT_CLASSES)
    row: str = field(default="", compare=False)  # "verbs.csv:216", for explain


@dataclass(frozen=True)
class NounPattern:
    lemma: str
    cameo: str
    preps: tuple[str, ...]
    kind: str
    row: str = field(default="", compare=False)
    by_object: tuple[tuple[str, str, str], ...] = ()  # (object class, code, row): "withdrawal" by troops 0874

    def code_for(self, cls: str) -> tuple[str, str]:
        """The code and row for what the noun acts on being of class `cls` (OBJECT_CLASSES)."""
        return next(((code, row) for c, code, row in self.by_object if c == cls), (self.cameo, self.row))


def _rows(name: str, columns: tuple[str, ...]):
    path = data_path(name)
    for n, row in rows(path, columns, codes=("cameo",)):
        check(bool(row["cameo"]), path, n, "no CAMEO event code for", row["lemma"], "give the row a code")
        check(row["kind"] in KINDS, path, n, "unknown kind", row["kind"], f"kinds: {', '.join(k for k in KINDS if k)}")
        yield path, n, row


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """Patterns by lemma (phrasal verbs under "verb particle"), in table order."""
    out: dict[str, list[VerbPattern]] = {}
    for path, n, r in _rows("verbs.csv", ("lemma", "prep", "cameo", "kind", "object")):
        check(r["object"] in ("", *OBJECT_CLASSES), path, n, "unknown object class", r["object"],
              f"classes: {', '.join(OBJECT_CLASSES)}")
        p = VerbPattern(r["lemma"].lower(), r["prep"].lower(), r["cameo"], r["kind"], r["object"], f"verbs.csv:{n}")
        out.setdefault(p.lemma, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def noun_patterns() -> dict[str, NounPattern]:
    """Patterns by lemma ("withdrawal", "withdrawal of troop", "air strike"); a row with an
    object class adds its code to the plain row of its lemma."""
    out: dict[str, NounPattern] = {}
    classed = []
    for path, n, r in _rows("nouns.csv", ("lemma", "cameo", "preps", "kind", "object")):
        check(r["object"] in ("", *OBJECT_CLASSES), path, n, "unknown object class", r["object"],
              f"classes: {', '.join(OBJECT_CLASSES)}")
        p = NounPattern(r["lemma"].lower(), r["cameo"], tuple(x for x in r["preps"].split("|") if x), r["kind"],
                        f"nouns.csv:{n}")
        if r["object"]:
            classed.append((path, n, p, r["object"]))
        else:
            out[p.lemma] = p
    for path, n, p, cls in classed:
        check(p.lemma in out, path, n, "object row without a plain row for", p.lemma, "add the plain row first")
        plain = out[p.lemma]
        out[p.lemma] = replace(plain, by_object=(*plain.by_object, (cls, p.cameo, p.row)))
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    path = data_path("cues.csv")
    out: dict[str, set[str]] = {c: set() for c in CUES}
    for n, row in rows(path, ("word", "cue")):
        check(row["cue"] in out, path, n, "unknown cue", row["cue"], f"cues: {', '.join(CUES)}")
        out[row["cue"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def cue(name: str) -> frozenset[str]:
    """Words of data/cues.csv that signal `name` (modality, speech, light verbs)."""
    return _cues()[name]


@lru_cache(maxsize=1)
def reversals() -> dict[str, tuple[tuple[str, str], ...]]:
    """verb -> ((noun code prefix, code of undoing it), ...), longest prefix first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for _, row in rows(data_path("reversals.csv"), ("verb", "noun_code", "cameo"), codes=("noun_code", "cameo")):
        out.setdefault(row["verb"].lower(), []).append((row["noun_code"], row["cameo"]))
    return {v: tuple(sorted(pairs, key=lambda p: -len(p[0]))) for v, pairs in out.items()}


def reversed_code(verb: str, noun_code: str) -> str | None:
    """The code of `verb` applied to an event of `noun_code` ("lift" + sanctions -> 085), if any."""
    return next((code for prefix, code in reversals().get(verb, ()) if noun_code.startswith(prefix)), None)


@lru_cache(maxsize=1)
def root_behaviours() -> dict[str, frozenset[str]]:
    """Behaviour -> the CAMEO roots that have it (data/roots.csv)."""
    path = data_path("roots.csv")
    out: dict[str, set[str]] = {b: set() for b in ROOT_BEHAVIOURS}
    for n, row in rows(path, ("root", *ROOT_BEHAVIOURS), codes=("root",)):
        check(len(row["root"]) == 2, path, n, "not a two-digit CAMEO root:", row["root"], "write roots as 01 .. 20")
        for b in ROOT_BEHAVIOURS:
            check(row[b] in {"", "yes"}, path, n, f"{b} must be 'yes' or empty, not", row[b], "write yes or leave empty")
            if row[b]:
                out[b].add(row["root"])
    return {b: frozenset(v) for b, v in out.items()}


def behaves(code: str | None, behaviour: str) -> bool:
    """Whether the event class of `code` has `behaviour` (data/roots.csv): behaves("190", "located")."""
    return bool(code) and code[:2] in root_behaviours()[behaviour]
