"""Event extraction from the dependency parse: who did what to whom, sentence by sentence.

Rules (each event names the rule that produced it):
  verb      X criticised Y / X complained about Y / X lashed out at Y (verb, particle, preposition)
  passive   Y was honoured by X
  inf       X agreed to lift sanctions on Y / X urged Y to ... (the event is the main verb's)
  noun      X's invasion of Y / US missile attacks on Y / a meeting between X and Y /
            X held talks with Y (the subject of a light verb is the source)
  pair      X and Y met (a reciprocal verb with a coordinated subject)
  report    Haley said Russia bombed the town: Haley accuses Russia (112) of what is reported
  location  Ugandan rebels surrendered in Gulu: an untargeted act against the state where it
            happens; soldiers killed in Ukraine: an act with no agent from where it happens
Also: "X said Y must ..." is a demand, and what is demanded is no event of its own; a protest
takes the target of its purpose ("rioted to demand X's resignation"); a threat is aimed at the
subject of its condition ("unless Israel ..."). Coordination gives one event per actor;
reciprocal events are written both ways; a visit gives 042 from the visitor and 043 from the
host. Negation and modality are read from the clause and the clauses above it; coreference
(pronouns, surnames, titles, "the group", "his visitor") is tracked through the article.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .mentions import Found, find_mentions
from .model import Mention, RawEvent
from .coding import frame_code
from .patterns import VerbPattern, cue, noun_patterns, reversals, reversed_code, verb_patterns

# Dependency labels the rules read, named once.
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj"}
DATIVE = {"dative"}
PREP = "prep"
PREP_DEPS = {"prep", "dative", "prt"}  # "sold arms to Iran" labels "to" dative
PARTICLE_DEPS = {"prt", "prep", "advmod"}
AGENT = "agent"
NEG = "neg"
# Deps not followed when looking for the actor inside an argument phrase.
BLOCKED = {"relcl", "advcl", "ccomp", "punct", "cc", "conj", "appos", "parataxis", "mark"}

# Word lists that mark modality, speech and light verbs: data/cues.csv.
FUTURE_AUX, HYPOTHETICAL_AUX, CONDITIONAL_MARKS = cue("future_aux"), cue("hypothetical_aux"), cue("conditional")
INTENT_VERBS, HEDGE_WORDS, HEDGE_VERBS = cue("intent_verb"), cue("hedge_word"), cue("hedge_verb")
SPEECH_VERBS, OBLIGATION_AUX = cue("speech_verb"), cue("obligation_aux")
HYPOTHETICAL_ADJ, FUTURE_ADJ = cue("hypothetical_adj"), cue("future_adj")
# Verbs of a protest's purpose, whose target is the protest's: "rioted to demand X's resignation".
PURPOSE_VERBS = cue("purpose_verb")
PROTEST_ROOT = "14"
# Verbs whose object noun carries the event ("held talks", "imposed sanctions").
LIGHT_VERBS = cue("light_verb")
# Nouns that name an effort whose kind a modifier gives: "mediation mission", "war games".
EVENT_HEADS = cue("event_head")
# Verbs whose subject receives the event their object names: "received assurances from X".
RECIPIENT_VERBS = cue("recipient_verb")
# Verbs of which an event noun is the subject: "talks are underway", "probes began".
SETTING_VERBS = cue("setting_verb")
# Verbs that draw their object into the event a noun names: "engaged X in a firefight",
# "placed X under house arrest" (but "put X in charge" is no charge).
ENGAGING_VERBS, PLACING_VERBS = cue("engaging_verb"), cue("placing_verb")
# Nouns that are events only under a verb that makes or undoes them: "established relations".
GOVERNED_NOUNS = cue("governed_noun")
# Verbs whose infinitive did not happen: "failed to reach an agreement".
NEGATING_VERBS = cue("negating_verb")
# Pronouns and the kind of actor they can stand for: a person, or a state/organisation/group.
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "other", "its": "other", "they": "any", "them": "any", "their": "any"}
KINDS_OF = {"person": ("person",), "state": ("state",), "group": ("group",), "other": ("state", "group"),
            "any": ("person", "state", "group")}
# Definite descriptions that refer back to the last actor of a kind: "the group", "the country".
ANAPHORS = {"group": "group", "militia": "group", "movement": "group", "organisation": "group",
            "organization": "group", "faction": "group", "country": "state", "kingdom": "state", "nation": "state"}
RELATIVE = {"who", "whom", "which", "that"}
# Nouns for a party to a visit, found from the visits already read: "his visitor", "their hosts".
VISIT_PARTIES = {**{w: "visitor" for w in cue("visitor_noun")}, **{w: "host" for w in cue("host_noun")}}
CONFIDENCE = {"verb": 0.85, "passive": 0.8, "inf": 0.75, "noun": 0.7, "pair": 0.8, "report": 0.6, "location": 0.5}
# Roots whose events, with no target named, are coded against the state where they happen.
LOCATION_ROOTS = {"08", "14", "15", "17", "18", "19"}
# Prepositions that say where an act happens: "in Serbia", "at a jail in Israel", "outside Basra".
PLACE_PREPS = {"in", "at", "outside"}
# Roots of a stance a participle can state of its subject: "is opposed to", "is committed to".
STANCE_ROOTS = {"03", "05", "11", "12"}
# Roles whose reports are sources, not accusations; and roles that arrive as a deployment, not a visit.
INFORMANT_ROLES = {"MED", "COP", "HLH", "CVL"}
# Verbs that relay what happened without charging anyone: "the UN agency reported an attack".
REPORTING_VERBS = cue("reporting_verb")
INFORMANT_NOUNS = cue("informant_noun")
ARMED_ROLES = {"MIL", "REB", "UAF", "INS", "COP"}
# Prepositions that place an actor rather than name it: "officials in Nairobi" are not Kenya.
LOCATIVE_PREPS = {"in", "at", "near", "from", "during", "inside", "outside"}
# Roots whose verbs take their target as the subject of a clause ("demanded that X ...",
# "accused that X ..."); "warned that X would" is X's threat, not a warning to X.
CLAUSE_TARGET_ROOTS = {"02", "10", "11"}
# Prepositions that bring the target of an infinitive's event ("threatened to retaliate against X"),
# searched shallowly: "in its war with Iraq" names Iraq, "in a statement carried by KCNA" no target.
CLAUSE_TARGET_PREPS = {"on", "against", "to", "with", "at", "into", "in", "from", "between"}
# Roots of appeals and demands: "urged Iran to stop" is addressed to Iran, and what Iran is
# urged to do has not happened.
APPEAL_ROOTS = {"02", "10"}
# Verbs whose coordinated subjects do their act to each other: "X and Y exchanged fire".
MUTUAL_VERBS = cue("mutual_verb")
# Verbs whose act is the noun they are "with": "retaliated with tariffs on X".
INSTRUMENTAL_VERBS = cue("instrumental_verb")
# Nouns of a relation to an actor, which are not that actor: "X's ally", "a rival of X".
RELATION_NOUNS = cue("relation_noun")
# Nouns for the people one state or organisation sends: "received a delegation from X".
DELEGATIONS = cue("delegation_noun")
# Nouns of what is issued: "issued a statement condemning X" is the issuer condemning X.
DOCUMENT_NOUNS = cue("document_noun")
# Marks of an indirect question: "asked whether X would ..." asks nothing of X.
QUESTION_MARKS = {"whether", "if"}
# Roots of threats and demands, aimed at whoever must meet their condition ("unless X ...").
CONDITION_TARGET_ROOTS = {"10", "13"}
# Roots of force and coercion: reporting such an act of someone is accusing them of it; of
# violence, even when no target is named ("said Eritrea had attacked first").
FORCE_ROOTS = {"15", "16", "17", "18", "19", "20"}
VIOLENCE_ROOTS = {"18", "19", "20"}
# What an act is when troops do it: forces withdrawing retreat (0874); they are not recalled envoys.
ARMED_CODES = {"166": "0874"}
# Pronouns in quoted speech that stand for the speaker, or the speaker's state.
SPEAKER_PRONOUNS = {"i": "person", "me": "person", "my": "person", "we": "state", "us": "state", "our": "state"}


class Extractor:
    """Reads the events of one parsed article. Holds the per-article coreference state."""

    def __init__(self, doc: Doc, nlp, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.mentions = find_mentions(doc, nlp, lex)
        self.verbs = verb_patterns()
        self.nouns = noun_patterns()
        self.noun_words = _noun_words()
        self.last_subject: dict[str, Found] = {}  # "person"/"group"/"state" -> last subject mention
        self.last_mention: dict[str, Found] = {}
        self.events: list[RawEvent] = []
        self._found_at: Token | None = None  # token of the last actor found inside a phrase
        self._sentences: dict[int, dict] = {}  # sentence start -> its text and offsets
        self._deferred = False  # the sentence being read names a visitor of a visit not yet read
        self._visits: list[RawEvent] = []  # every visit of the article, once all are read

    def people(self) -> list[Mention]:
        """Every person named in the article, in order: the resolver ties surnames to names."""
        seen, out = set(), []
        for i in sorted(self.mentions):
            f = self.mentions[i]
            if f.mention.kind == "PERSON" and id(f) not in seen:
                seen.add(id(f))
                out.append(f.mention)
        return out

    # -- actors of an argument -------------------------------------------------------
    def actors(self, tok: Token | None, depth: int = 5, local: bool = False) -> list[Found]:
        """Mentions an argument token stands for; conjuncts give several. `depth` bounds how
        far inside the phrase an actor may be found; `local` leaves out places ("in Nairobi")."""
        if tok is None:
            return []
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Egypt and Qatar, which mediate": both
        out = []
        todo = [tok, *self._coordinated(tok)]
        for t in todo:
            self._found_at = None
            f = self._actor(t, depth, local)
            if f is None:
                continue
            if self._found_at is not None:  # "relations with Congo and Costa Rica"
                todo.extend(c for c in self._coordinated(self._found_at) if c not in todo)
            for g in [f, *(Found(f.start, f.end, m) for m in f.also)]:
                if all(g is not o for o in out):
                    out.append(g)
        return out

    def _coordinated(self, tok: Token) -> list[Token]:
        """Tokens coordinated with tok: its conjuncts, those of any word of the name it is part
        of ("Barack Obama and Vladimir Putin" however split), and a list the parser read as
        appositions ("the US, Russia, and Switzerland")."""
        own = self.mentions.get(tok.i)
        heads = [tok] if own is None else list(self.doc[own.start:own.end]) or [tok]
        if own is None:  # "Foreign Minister Abbas Araghchi and envoy Steve Witkoff", the name in apposition
            heads += [t for c in tok.children if c.dep_ == "appos" and (f := self.mentions.get(c.i)) is not None
                      and f.mention.kind == "PERSON" for t in self.doc[f.start:f.end]]
        out = [c for h in heads for c in _conjuncts(h)]
        if own is not None and own.mention.kind == "STATE":
            for c in tok.children:
                other = self.mentions.get(c.i)
                if c.dep_ == "appos" and other is not None and other.mention.kind == "STATE":
                    out += [c, *_conjuncts(c)]
        return out

    def within(self, tok: Token | None) -> list[Found]:
        """Every actor named inside a phrase: "between X and Y" names both however it parses."""
        out = []
        for t in (tok.subtree if tok is not None else ()):
            f = self.mentions.get(t.i)
            if f is None or any(f is o for o in out):
                continue
            # "Russian" in "Russian Foreign Minister Sergey Lavrov" describes the person, and
            # "Saddam Hussein's" in "Saddam Hussein's Ba'ath Party" the party.
            if (f.mention.kind != "PERSON" or self.doc[f.start:f.end].root.dep_ == "poss") and \
                    self._modifies_actor(t, tok):
                continue
            out.append(f)
        return out

    def _modifies_actor(self, t: Token, top: Token) -> bool:
        own = self.mentions[t.i]
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ == "conj":
                return False  # "between Syria and Jordan": coordinated, not describing
            t = t.head
            if t.i in self.mentions and self.mentions[t.i] is not own:
                return True
            after = self.mentions.get(t.i + 1)
            if t.lower_ in self.lex.title_heads and after is not None and after.mention.kind == "PERSON":
                return True  # "Ugandan Defence Minister Paul Ake", however the title parsed
        return False

    def _actor(self, tok: Token, depth: int = 5, local: bool = False) -> Found | None:
        if tok.i in self.mentions:
            return self.mentions[tok.i]
        low = tok.lower_
        if low in PRONOUNS:
            return self._pronoun(tok, PRONOUNS[low])
        if low in ANAPHORS and any(c.lower_ == "the" for c in tok.children) and \
                not any(c.dep_ in {"amod", "compound", "poss"} for c in tok.children):
            return self._pronoun(tok, ANAPHORS[low], subjects_only=False)  # "the group" after "Hezbollah"
        if low in SPEAKER_PRONOUNS:
            return self._speaker(tok, SPEAKER_PRONOUNS[low])
        if low in VISIT_PARTIES:
            return self._visit_party(tok, VISIT_PARTIES[low])
        # "his Ukrainian counterpart Andrii Sybiha": the named person, not the adjective,
        # however the parser attached the name.
        following = self.mentions.get(tok.i + 1)
        if tok.pos_ == "NOUN" and following is not None and following.start == tok.i + 1 \
                and following.mention.kind == "PERSON":
            return self._described(following, tok)
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.mentions and self.mentions[c.i].mention.kind == "PERSON":
                return self._described(self.mentions[c.i], tok)
        # Nearest mention inside the phrase, breadth first.
        def follow(t: Token) -> bool:
            # "companies accused of supplying drones to Russia" are not Russia.
            return t.dep_ not in BLOCKED and not (local and t.dep_ == PREP and t.lower_ in LOCATIVE_PREPS) \
                and not (t.dep_ == "acl" and self._eventful(t))

        def below(t: Token) -> list[Token]:
            # "Israel's militia ally" is not Israel; "its European Community partners" are the EC.
            related = t.lemma_.lower() in RELATION_NOUNS
            return [c for c in t.children if follow(c) and not (related and c.dep_ in {"poss", "prep"})]

        level = below(tok)
        for _ in range(depth):
            hits = [t for t in level if t.i in self.mentions]
            if hits:
                self._found_at = hits[0]  # where inside the phrase: its conjuncts count too
                return self.mentions[hits[0].i]
            level = [c for t in level for c in below(t)]
            if not level:
                break
        # "its jets", "their troops": the owner, when the phrase names no one else.
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
        if owner is not None and depth and self.lex.groups.get(tok.lower_) in ARMED_ROLES:
            return self._pronoun(owner, PRONOUNS[owner.lower_])
        return None

    def _eventful(self, v: Token) -> bool:
        """Whether a participle tells an event with an argument of its own: "accused of
        supplying drones", "killed by X", "imposing sanctions on Y", not "released in the capital"."""
        pats = self.verbs.get(v.lemma_.lower(), ())
        if pats and v.tag_ == "VBN":  # its noun is the patient: any argument but a place counts
            return any(c.dep_ in PREP_DEPS | {AGENT} and c.lower_ not in LOCATIVE_PREPS for c in v.children)
        return any(any(c.dep_ in PREP_DEPS and c.lower_ == p.prep for c in v.children) if p.prep
                   else _child(v, OBJ) is not None for p in pats)

    def _described(self, person: Found, noun: Token) -> Found:
        """The person named after a role noun takes the noun's affiliation ("Iran's leader X")."""
        if person.mention.country:
            return person
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":  # "a member of the Syrian parliament, X"
                c = _pobj(c) or c
            f = self.mentions.get(c.i)
            if c.dep_ in {"poss", "amod", "compound", "nmod", "pobj"} and f is not None and f.mention.country \
                    and f.mention.kind in {"STATE", "GROUP"}:
                return Found(person.start, person.end, replace(person.mention, country=f.mention.country,
                                                               role=person.mention.role or f.mention.role))
        return person

    def _pronoun(self, tok: Token, kind: str, subjects_only: bool = True) -> Found | None:
        """The nearest subject of the right kind before the pronoun in its sentence, else the
        last such subject of the sentences before. A definite description ("the group")
        takes the last mention of its kind, subject or not."""
        # An object pronoun is not its own clause's subject: "after Somalia criticized it".
        own = tok.head if tok.dep_ in OBJ | DATIVE else tok.head.head if tok.dep_ == "pobj" else None
        for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
            f = self.mentions.get(t.i)
            if own is not None and t.head.i == own.i and t.dep_ in SUBJ:
                continue
            if f and _kind(f) in KINDS_OF[kind] and (not subjects_only or t.dep_ in SUBJ | PASS_SUBJ or _possessor_of_subject(t)):
                if kind == "any":
                    self._found_at = t  # "Obama and Putin said they ...": both
                return _coref(f, tok)
        seen = self.last_subject if subjects_only else self.last_mention
        last = max((seen[k] for k in KINDS_OF[kind] if k in seen), key=lambda f: f.start, default=None)
        return _coref(last, tok)

    def _armed(self, m: Mention) -> bool:
        """Troops, not one official: their arrival is a deployment, not a visit ("NATO
        peacekeeping troops arrived in Bosnia", "Russian troops arrived")."""
        if m.kind == "PERSON" or m.title:
            return False
        words = m.text.lower().split()
        return m.role in ARMED_ROLES or bool(words) and self.lex.groups.get(words[-1]) in ARMED_ROLES

    def _visit_party(self, tok: Token, side: str) -> Found | None:
        """"Lavrov told his visitor": the visitor is whoever was last seen visiting the
        possessor (or the possessor's state); "his host" is whom the possessor visited."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        owners = self.actors(owner) if owner is not None else []
        if len(owners) != 1:
            return None
        o = owners[0].mention
        # The last visit told before, else (on a second reading) the first told after.
        later = [e for e in self._visits if e.sent_start > tok.sent.start_char]
        for e in [*reversed([e for e in self.events if e.cameo == "042"]), *later]:
            here, other = (e.target, e.source) if side == "visitor" else (e.source, e.target)
            if _same(here, o) or here.kind == "STATE" and here.country == o.country:
                return Found(tok.i, tok.i + 1, replace(other, via=f"{owner.text} {tok.text}"))
        self._deferred = True
        return None

    def _speaker(self, tok: Token, kind: str) -> Found | None:
        """"We will not allow it," the minister said: "we" is the minister's state."""
        speech = _speech_verb(tok)
        speakers = self.actors(_subject(speech)) if speech is not None else []
        if len(speakers) != 1:
            return None
        m = speakers[0].mention
        if kind == "state" and m.kind == "PERSON":
            state = self.lex.states.get(m.country or "")
            if state is None:
                return None
            m = Mention(text=tok.text, start=tok.idx, end=tok.idx + len(tok), kind="STATE",
                        name=state.name, key=state.key, country=state.country)
        return Found(tok.i, tok.i + 1, replace(m, via=tok.text))

    # -- rules -----------------------------------------------------------------------
    def run(self) -> list[RawEvent]:
        redo = []
        for sent in self.doc.sents:
            state, start = (dict(self.last_subject), dict(self.last_mention)), len(self.events)
            self._deferred = False
            self._read(sent)
            if self._deferred:
                redo.append((sent, state, start, len(self.events)))
        # "Lavrov told his visitor ...", with the visit told further on: read such a sentence
        # again, with the coreference state it had, now that every visit is known.
        self._visits = [e for e in self.events if e.cameo == "042"]
        for sent, (subjects, mentions), a, b in reversed(redo):
            kept, after = self.events[:a], self.events[b:]
            self.events, now = kept, (self.last_subject, self.last_mention)
            self.last_subject, self.last_mention = dict(subjects), dict(mentions)
            self._read(sent)
            self.events += after
            self.last_subject, self.last_mention = now
        return self.events

    def _read(self, sent) -> None:
        tokens = list(sent)
        for tok in tokens:
            if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB") or tok.dep_ == "acomp":
                self._verb(tok)  # "is opposed to", "was willing to" read like verbs
            if tok.pos_ in {"NOUN", "PROPN"}:
                self._noun(tok)
        for tok in tokens:
            f = self.mentions.get(tok.i)
            if f:
                self.last_mention[_kind(f)] = f
            if f and tok.dep_ in SUBJ | PASS_SUBJ:
                self.last_subject[_kind(f)] = f

    def _verb(self, v: Token) -> None:
        lemma = v.lemma_.lower()
        # The particle of a phrasal verb, also where the parser took it for a preposition or
        # an adverb ("pulled out of", "hit back at").
        prt = next((c.lower_ for c in v.children if c.dep_ in PARTICLE_DEPS and f"{lemma} {c.lower_}" in self.verbs
                    and (c.dep_ == "prt" or _pobj(c) is None)), None)  # "called Fidan on Monday" has no particle
        patterns = self.verbs.get(f"{lemma} {prt}") if prt else None
        patterns = patterns or self.verbs.get(lemma)
        predicate = f"{lemma} {prt}" if prt else lemma
        if not patterns:  # the common case, decided before any walk up the tree
            if lemma in SPEECH_VERBS:
                self._obligation(v, predicate)
            self._unmapped(v, predicate)
            return
        if self._inside_frame(v) or self._demanded(v):
            return  # "threatened to attack X" is the threat, not an attack
        if self._purpose_of_protest(v):
            return  # "staged demonstrations to demand reforms": the protest is the event
        obj = _child(v, OBJ)
        if obj is not None and obj.lemma_.lower() in self.nouns and (predicate in LIGHT_VERBS or predicate in reversals()):
            return  # "lifted the ban on X": the noun rule codes the ban and its lifting
        if lemma in SPEECH_VERBS:
            self._obligation(v, predicate)
        # "soldiers killed in Ukraine" is a passive participle too.
        passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in v.children) or \
            v.dep_ == "acl" and v.tag_ == "VBN"
        if passive:
            sources = self.actors(_agent(v))
            targets = self.actors(_child(v, PASS_SUBJ)) or self.actors(
                v.head if v.dep_ in {"relcl", "acl"} else None, depth=0 if v.dep_ == "acl" else 5)
            pat = next((p for p in patterns if p.prep == "" and p.kind != "inf"), None)
            if pat and sources:
                self._emit(v, sources, targets, pat, predicate, "passive")
            elif pat and targets and pat.kind == "" and pat.cameo[:2] in LOCATION_ROOTS:
                # "killed in Israeli shelling": the act's own modifier names who did it; failing
                # that, an act with no agent is coded from the state where it happens.
                acts = [_pobj(p) for p in v.children if p.dep_ == PREP and p.lower_ == "in"]
                sources = next((found for a in acts if a is not None and self._noun_pattern(a) is not None
                                for c in a.children if c.dep_ in {"amod", "compound", "poss"}
                                if (found := self.actors(c, depth=1))), [])
                if sources:
                    self._emit(v, sources, targets, pat, predicate, "passive")
                elif (places := self._place(v)):
                    self._emit(v, places, targets, pat, f"{predicate} in", "location")
            elif not sources:
                # A participle that states its subject's stance: "Israel is opposed to X".
                for pat in (p for p in patterns if p.prep and p.kind != "inf" and p.cameo[:2] in STANCE_ROOTS):
                    found = [f for p in _preps(v, pat.prep) for f in self.actors(_pobj(p))]
                    if found and targets:
                        self._emit(v, targets, found, pat, f"{predicate} {pat.prep}", "passive")
                        return
            return
        # Every subject: a coordination the parser split into two subjects still names both.
        direct = [c for c in v.children if c.dep_ in SUBJ]
        sources = [f for c in direct for f in self.actors(c)] if len(direct) > 1 else \
            self._stray_subject(v) if not direct and v.dep_ == "conj" else []
        sources = sources or self.actors(_subject(v))
        if not sources and v.dep_ == "xcomp":  # "police used tear gas to disperse X": not the gas
            sources = self.actors(_subject(v.head))
        if not sources:
            return
        for pat in patterns:
            if pat.kind == "inf":
                comps = [c for c in v.children if c.dep_ == "xcomp"]  # "re-open" may parse as three
                # "wants Putin to attack X" may parse as a clause whose subject is the addressee.
                told = [c for c in v.children if c.dep_ == "ccomp" and _infinitive(c) and _child(c, SUBJ) is not None]
                comps = comps or told
                if not comps or not self._frames(v):
                    continue
                targets = self.actors(_child(v, OBJ)) or [f for c in told for f in self.actors(_child(c, SUBJ))] or next(
                    (found for c in comps if (found := self._clause_targets(c, sources))), [])
                code = frame_code(pat.cameo, next((c for c in map(self._inner_code, comps) if c), None))
                pat = VerbPattern(pat.lemma, pat.prep, code, pat.kind)
                if not targets and code[:2] in CONDITION_TARGET_ROOTS:
                    targets = self._condition_subjects(v, comps, sources)
                if targets:
                    self._emit(v, sources, targets, pat, predicate, "inf")
                    return
                if len(sources) > 1 and pat.cameo[:2] == "03":
                    # "Seoul and Tokyo agreed to strengthen cooperation": with each other
                    self._pairs(v, sources, VerbPattern(pat.lemma, "", pat.cameo, "reciprocal"), predicate, "inf")
                    return
                continue
            if obj is not None and pat.cameo in ARMED_CODES and self.lex.groups.get(obj.lower_) in ARMED_ROLES:
                pat = VerbPattern(pat.lemma, pat.prep, ARMED_CODES[pat.cameo], pat.kind)  # "withdrew its troops"
            if pat.prep:
                # The preposition may hang from the object: "recalled its ambassador from X".
                preps = list(_preps(v, pat.prep)) or (list(_preps(obj, pat.prep)) if obj is not None else [])
                targets = [f for p in preps for f in self.actors(_pobj(p), local=True)]
                label = f"{predicate} {pat.prep}"
            else:
                # One meets a person or a state, not "their demands": the object must name the actor.
                depth = 1 if pat.kind in {"reciprocal", "visit", "host"} else 5
                targets = self.actors(obj, depth=depth) or self.actors(_child(v, DATIVE), depth=depth)
                if not targets and depth == 1 and obj is not None and obj.lemma_.lower() in DELEGATIONS:
                    # "received a delegation from Hamas", "met a mission of the OSCE": whose it is
                    targets = [f for p in obj.children if p.dep_ == PREP and p.lower_ in {"from", "of"}
                               for f in self.actors(_pobj(p), depth=3)]
                clause = _child(v, {"ccomp"})
                if not targets and pat.cameo[:2] in CLAUSE_TARGET_ROOTS and clause is not None and not _question(clause):
                    # "demanded that the United States ...": the clause's subject is the target.
                    targets = self.actors(_child(clause, SUBJ | PASS_SUBJ))
                label = predicate
            if not targets and pat.kind == "reciprocal" and len(sources) > 1:
                self._pairs(v, sources, pat, label)
                return
            if targets and v.dep_ == "conj" and all(any(_same(t.mention, s.mention) for s in sources) for t in targets):
                # "X said Eritrea had attacked and accused Asmara": the parser tied the second
                # verb to the wrong one; no actor accuses itself, so the subject is the one above.
                sources = [f for f in self.actors(_subject(v.head.head)) if v.head.head.i != v.head.i] or sources
            if targets:
                self._emit(v, sources, targets, pat, label, "verb")
                return
        protest = next((p for p in patterns if p.cameo[:2] == PROTEST_ROOT), None)
        if protest is not None:
            targets = self._purpose_targets(v)
            if targets:
                self._emit(v, sources, targets, protest, predicate, "verb")
                return
        pat = next((p for p in patterns if p.kind == "" and p.cameo[:2] in LOCATION_ROOTS), None)
        before = len(self.events)
        if pat is not None:  # "killed 23 people in Tel Aviv": an object that names no actor
            self._located(v, sources, pat, predicate)
        force = next((p for p in patterns if p.kind == "" and not p.prep and p.cameo[:2] in VIOLENCE_ROOTS), None)
        if force is not None and len(self.events) == before and _modality(v) == "reported" and not _negated(v):
            for s in sources:  # "X said Eritrea had attacked first": X accuses Eritrea
                self._allegation(v, s, predicate)

    def _located(self, holder: Token, sources: list[Found], pat: VerbPattern, predicate: str) -> None:
        """An act with no target named is coded against the state where it happens ("Ugandan
        rebels surrendered in Soroti", "prisoners rioted at a jail in Israel"); a protest named
        nowhere is against the protesters' own state ("Egyptian demonstrators rioted")."""
        places = self._place(holder)
        # The state itself acting at home has no target there; its organs and people do.
        sources = [s for s in sources if not (places and s.mention.country == places[0].mention.country
                                              and s.mention.kind == "STATE" and s.mention.role is None)]
        label = f"{predicate} in"
        if not places and pat.cameo[:2] == PROTEST_ROOT:
            homes = {s.mention.country for s in sources if s.mention.kind != "STATE" and s.mention.role != "GOV"}
            state = self.lex.states.get(homes.pop()) if len(homes) == 1 and None not in homes else None
            if state is not None:
                places = [Found(holder.i, holder.i + 1, Mention(
                    text=state.name, start=holder.idx, end=holder.idx, kind="STATE", name=state.name,
                    key=state.key, country=state.country))]
                label = f"{predicate} at home"
        if places and sources:
            self._emit(holder, sources, places[:1], pat, label, "location")

    def _place(self, holder: Token) -> list[Found]:
        """The state where an act happens: "in Serbia", "at a jail in northern Israel",
        "outside the Iraqi city of Basra"."""
        for p in holder.children:
            if p.dep_ != PREP or p.lower_ not in PLACE_PREPS:
                continue
            level = [p]
            for _ in range(5):  # nearest first; a place is named, not described ("Israeli shelling")
                hits = [self.mentions[t.i] for t in level if t.i in self.mentions and t.pos_ == "PROPN"
                        and self.mentions[t.i].mention.kind == "STATE" and self.mentions[t.i].mention.role is None]
                if hits:
                    return hits[:1]
                level = [c for t in level for c in t.children if c.dep_ not in BLOCKED]
        return []

    def _stray_subject(self, v: Token) -> list[Found]:
        """"... in eastern Ukraine and Kyiv accused Moscow": a name right after "and", before a
        coordinated verb with no subject, is that verb's subject however the parser hung it."""
        f = self.mentions.get(v.i - 1)
        if f is None or f.start < 1 or self.doc[f.start - 1].lower_ not in {"and", "but", "while"} \
                or self.doc[v.i - 1].head.i == v.i:
            return []
        return [f]

    def _purpose_targets(self, tok: Token) -> list[Found]:
        """The target of a protest, named in its purpose: "rioted to demand the resignation of
        President X", "went on strike in protest against Y"."""
        for c in tok.children:
            if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in PURPOSE_VERBS:
                found = self.actors(_child(c, OBJ), depth=3) or self._clause_targets(c)
                if found:
                    return found
            if c.dep_ == PREP and c.lower_ in {"in", "against", "over"}:
                obj = _pobj(c)
                if obj is not None and obj.lemma_.lower() == "protest":  # "in protest of X"
                    for p in obj.children:
                        if p.dep_ == PREP and p.lower_ in {"of", "against", "at", "over"}:
                            found = self.actors(_pobj(p), depth=3)
                            if found:
                                return found
        return []

    def _condition_subjects(self, v: Token, comps: list[Token], sources: list[Found]) -> list[Found]:
        """"threatened to strike unless Israel withdrew": the threat is aimed at the subject of
        its condition."""
        for head in (v, *comps):
            for c in head.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
                    found = [f for f in self.actors(_child(c, SUBJ)) if all(f is not s for s in sources)]
                    if found:
                        return found
        return []

    def _noun_pattern(self, n: Token):
        """A compound event noun first ("hunger strike", "air strike"), then the noun alone, then
        the event a generic head carries ("a mediation mission", "a peace effort")."""
        lemma = n.lemma_.lower()
        if lemma not in self.noun_words:
            return None  # most nouns name no event: skip walking their children
        mods = [c for c in n.lefts if c.dep_ in {"compound", "amod"}]
        of = next((_pobj(c) for c in n.children if c.dep_ == PREP and c.lower_ == "of"), None)
        found = (self.nouns.get(f"{n.lemma_.lower()} of {of.lemma_.lower()}") if of is not None else None) or \
            (self.nouns.get(f"{mods[-1].lower_} {n.lemma_.lower()}") if mods else None) or \
            self.nouns.get(n.lemma_.lower())
        if found is None and n.lemma_.lower() in EVENT_HEADS:
            found = next((self.nouns[m.lemma_.lower()] for m in reversed(mods) if m.lemma_.lower() in self.nouns), None)
        return found

    def _inner_code(self, comp: Token) -> str | None:
        """The code of the event an infinitive names: its verb's, or its object noun's
        ("to impose sanctions")."""
        pats = self.verbs.get(comp.lemma_.lower())
        if pats:
            return pats[0].cameo
        obj = _child(comp, OBJ)
        noun = self._noun_pattern(obj) if obj is not None else None
        return noun.cameo if noun else None

    def _purpose_of_protest(self, v: Token) -> bool:
        if v.dep_ not in {"advcl", "xcomp"} or not _infinitive(v) or v.lemma_.lower() not in PURPOSE_VERBS:
            return False
        head = v.head
        if any(p.cameo[:2] == PROTEST_ROOT for p in self.verbs.get(head.lemma_.lower(), ())):
            return True
        obj = _child(head, OBJ)
        noun = self._noun_pattern(obj) if obj is not None else None
        return noun is not None and noun.cameo[:2] == PROTEST_ROOT

    def _inside_frame(self, v: Token) -> bool:
        """Whether v is an infinitive, however deep, under a frame verb ("willing to send
        troops to help defend X": the willingness is the event)."""
        while v.head.i != v.i and (v.dep_ == "xcomp" or v.dep_ in {"advcl", "ccomp"} and _infinitive(v)):
            v = v.head
            if self._frames(v):
                return True
        return False

    def _demanded(self, tok: Token) -> bool:
        """Whether tok is in a clause that says what someone is asked or obliged to do:
        "demanded that Y refuse to recognise Z", "said Y must reach an agreement", "its demand
        that Israel ease restrictions". The demand is the event, not what it asks for."""
        t = tok
        for _ in range(6):
            if t.head.i == t.i or t.dep_ == "relcl":
                return False  # "X, who was honoured by Y": a relative clause tells a fact
            if t.dep_ in {"ccomp", "acl"} and not _question(t):
                h, lemma = t.head, t.head.lemma_.lower()
                noun = self.nouns.get(lemma) if h.pos_ == "NOUN" else None
                if noun is not None and noun.cameo[:2] in APPEAL_ROOTS or h.pos_ != "NOUN" and any(
                        p.cameo and p.cameo[:2] in APPEAL_ROOTS and not p.prep for p in self.verbs.get(lemma, ())):
                    return True
                if h.lemma_.lower() in SPEECH_VERBS and any(
                        c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in t.children):
                    return True
            t = t.head
        return False

    def _frames(self, v: Token) -> bool:
        """Whether v states its event through an infinitive (agree to, threaten to, refuse to).
        An appeal is a frame only with its addressee: "wants Putin to attack", "asked Obama to
        help", "was pressured to help" (not "wants to attack")."""
        addressed = _child(v, OBJ | PASS_SUBJ) is not None or any(
            c.dep_ == "ccomp" and _child(c, SUBJ) is not None for c in v.children)
        return any((p.kind == "inf" or p.cameo and p.cameo[:2] in APPEAL_ROOTS and not p.prep)
                   and (p.cameo[:2] not in APPEAL_ROOTS or addressed)
                   for p in self.verbs.get(v.lemma_.lower(), ()))

    def _obligation(self, v: Token, predicate: str) -> None:
        """"France said Iraq must cooperate": saying what another actor must do is a demand (100)."""
        clause = _child(v, {"ccomp"})
        if clause is None or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children):
            return
        sources, targets = self.actors(_subject(v)), self.actors(_child(clause, SUBJ))
        if sources and targets:
            self._emit(v, sources, targets, VerbPattern(predicate, "", "100", ""), f"{predicate} (must)", "verb")

    def _unmapped(self, v: Token, predicate: str) -> None:
        """A verb no table knows between a subject actor and an object actor: kept uncoded,
        so that the report can list it for the tables to grow."""
        if v.pos_ != "VERB" or v.lemma_.lower() in SPEECH_VERBS:
            return
        obj = _child(v, OBJ)
        if obj is None:
            return
        if predicate in LIGHT_VERBS or predicate in reversals():
            if self._noun_pattern(obj) is not None:
                return  # "imposed a blockade on X": the noun rule codes it
            predicate = f"{predicate} {obj.lemma_.lower()}"  # the table to grow is the nouns'
        targets = self.actors(obj)  # most objects name no actor: look there first
        sources = self.actors(_subject(v)) if targets else []
        if sources and targets:
            self._emit(v, sources, targets, VerbPattern(predicate, "", None, ""), predicate, "verb")

    def _clause_targets(self, comp: Token, sources: list[Found] = ()) -> list[Found]:
        """The target of the event an infinitive states: its object, an object of one of its
        prepositions, or that of an infinitive under it ("agreed to help defend X"). An actor
        that is one of the sources ("re-open its borders to X") is not the target."""
        def others(found: list[Found]) -> list[Found]:
            return [f for f in found if not any(f is s or _same(f.mention, s.mention) for s in sources)]

        targets = others(self.actors(_child(comp, OBJ)))
        if not targets:
            for p in comp.children:
                if p.dep_ in PREP_DEPS and p.lower_ in CLAUSE_TARGET_PREPS:
                    targets = others(self.actors(_pobj(p), depth=2))
                    if targets:
                        break
        if not targets:
            nested = _child(comp, {"xcomp", "advcl"})
            if nested is not None:
                return self._clause_targets(nested, sources)
        return targets

    def _noun(self, n: Token) -> None:
        pat = self._noun_pattern(n)
        if pat is None or n.i in self.mentions or self._demanded(n):
            return
        if n.dep_ == "pobj" and (n.head.lower_ == "in" and n.head.head.lemma_.lower() in ENGAGING_VERBS
                                 or n.head.lower_ == "under" and n.head.head.lemma_.lower() in PLACING_VERBS):
            # "Syrian rebels engaged Filipino peacekeepers in a firefight", "placed X under house
            # arrest": subject against object.
            verb = n.head.head
            sources, targets = self.actors(_subject(verb)), self.actors(_child(verb, OBJ))
            if sources and targets:  # the subject engaged the object: one way
                self._emit(verb, sources, targets, VerbPattern(pat.lemma, "", pat.cameo, ""),
                           f"{verb.lemma_} {n.head.lower_} {pat.lemma}", "noun")
            return
        # The source: possessor, a modifier naming an actor, "by X", or the light verb's subject.
        sources = []
        for c in n.children:
            m = self.mentions[c.i].mention if c.i in self.mentions else None
            if m is not None and c.dep_ in {"poss", "compound", "amod", "nmod"} and \
                    not (c.dep_ != "poss" and m.key is None and not m.country):
                sources = self.actors(c)  # not "Patriot" in "Patriot missiles": a name, not an owner
                break
            if c.dep_ == "poss":
                sources = self.actors(c)
                if sources:
                    break
        if not sources:  # "criticism by Germany", "criticism from Germany"
            by = next((p for w in ("by", "from") for p in _preps(n, w) if w not in pat.preps), None)
            sources = self.actors(_pobj(by)) if by is not None else []
        first = n
        while first.dep_ == "conj" and first.head.i != first.i:  # "launched artillery and rocket fire"
            first = first.head
        governor = first.head if first.dep_ in OBJ | {"attr"} | PASS_SUBJ else None
        if governor is None and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ in OBJ \
                and _quantity(n.head.head):
            governor = n.head.head.head  # "provide 25,000 tons of food aid to X"
        if governor is None and n.dep_ == "pobj" and n.head.lower_ == "with" and \
                _verb_key(n.head.head) in INSTRUMENTAL_VERBS:
            governor = n.head.head  # "China retaliated with tariffs on US goods"
        verb = _verb_key(governor) if governor is not None else ""
        code = reversed_code(verb, pat.cameo) or pat.cameo  # "lifted the sanctions" is easing them
        light = governor is not None and (verb in LIGHT_VERBS or verb in reversals() or verb in INSTRUMENTAL_VERBS)
        if not sources and light:
            # "imposed sanctions", or passive "sanctions were imposed by X"
            sources = self.actors(_agent(governor)) if first.dep_ in PASS_SUBJ else self.actors(_subject(governor))
        if governor is not None and verb in RECIPIENT_VERBS and first.dep_ in OBJ:
            # "Georgian demonstrators received assurances from the government": the giver is the
            # source and the receiver the target.
            giver = next((p for h in (n, governor) for p in _preps(h, "from")), None)
            sources = self.actors(_pobj(giver)) if giver is not None else []
            receivers = self.actors(_subject(governor))
            if sources and receivers:
                self._emit(governor, sources, receivers, VerbPattern(pat.lemma, "", code, ""), f"{verb} {pat.lemma}", "noun")
            return
        # The target: the noun's own prepositions, then the light verb's.
        targets, between = [], False
        # "probes are underway ... into X", "talks began in Geneva with X": the clause's
        # prepositions belong to the event its subject names.
        setting = first.head if first.dep_ in SUBJ and first.head.lemma_ in SETTING_VERBS else None
        if setting is not None and not sources:
            by = next((p for p in _preps(setting, "by")), None)
            sources = self.actors(_pobj(by)) if by is not None else []
        # "the withdrawal of troops from X": the prepositions of what the noun is of count too.
        of = next((_pobj(p) for p in n.children if p.dep_ == PREP and p.lower_ == "of"), None)
        holders = [n] + ([of] if of is not None and "of" not in pat.preps else []) + \
            ([governor] if governor is not None else []) + ([setting] if setting is not None else [])
        for h in holders:
            for p in h.children:
                if h is governor and p.dep_ == "dative" and p.pos_ != "ADP":  # "gave the Ivory Coast aid"
                    targets.extend(f for f in self.actors(p, depth=1) if all(f is not t for t in targets))
                if p.dep_ in PREP_DEPS and p.lower_ in pat.preps:
                    found = self.within(_pobj(p)) if p.lower_ == "between" else self.actors(_pobj(p))
                    if p.lower_ == "between" and len(found) > 1 and not sources and pat.kind == "reciprocal":
                        between = True
                    targets.extend(f for f in found if all(f is not t for t in targets))
                if p.dep_ in {"acl", "ccomp"} and "that" in pat.preps:
                    targets.extend(self.actors(_subject(p)))
            if targets:
                break
        if not targets:
            targets = self.actors(_pobj(_detached_prep(n, pat.preps)) if _detached_prep(n, pat.preps) is not None else None)
        if not targets and pat.cameo[:2] == PROTEST_ROOT:
            targets = self._purpose_targets(n) or (self._purpose_targets(governor) if governor is not None else [])
        # A light verb carries the event's clause ("will impose sanctions"); a bare event noun
        # is presupposed ("Russia's invasion of Georgia") and only its own modifiers qualify it.
        if light and self._inside_frame(governor):
            return  # "threatened to impose sanctions": the threat is the event
        if not light and n.lemma_.lower() in GOVERNED_NOUNS:
            return  # "relations between X and Y are tense": an event only when made or broken
        anchor = governor if light else n
        if not targets and (pat.kind == "reciprocal" or verb in MUTUAL_VERBS) and len(sources) > 1:
            between = True  # "Israel and the Palestinians reached an agreement", "X and Y exchanged fire"
            targets, sources = sources, []
        label = f"{verb} {pat.lemma}" if code != pat.cameo else pat.lemma
        if between:
            self._pairs(anchor, targets, VerbPattern(pat.lemma, "", code, "reciprocal"), label, "noun")
        elif sources and targets:
            # An undone event is one side's act: "cancelled its visit to X", "halted talks with X".
            self._emit(anchor, sources, targets, VerbPattern(pat.lemma, "", code, pat.kind if code == pat.cameo else ""),
                       label, "noun")
        elif sources and light and pat.kind == "" and code[:2] in LOCATION_ROOTS:
            # "staged a hunger strike in Lagos", "organized a general strike"
            at = n if any(p.dep_ == PREP and p.lower_ in {"in", "at"} for p in n.children) else governor
            self._located(at, sources, VerbPattern(pat.lemma, "", code, ""), label)

    # -- output ----------------------------------------------------------------------
    def _pairs(self, anchor: Token, actors: list[Found], pat: VerbPattern, label: str, rule: str = "pair") -> None:
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                self._emit(anchor, [a], [b], pat, label, rule)

    def _emit(self, anchor: Token, sources: list[Found], targets: list[Found], pat: VerbPattern,
              predicate: str, rule: str) -> None:
        negated = _negated(anchor)
        modality = _modality(anchor)
        sent = anchor.sent
        conf = CONFIDENCE[rule]
        for s in sources:
            armed = self._armed(s.mention)
            for t in targets:
                if s is t or _same(s.mention, t.mention):
                    continue
                if pat.lemma in SPEECH_VERBS and (t.mention.role == "MED" or t.mention.kind == "ORGANIZATION"
                                                  and t.mention.key is None):
                    continue  # "told reporters", "told CNN": how a statement was made, not to whom
                if pat.kind in {"visit", "host"} and (s.mention.country and s.mention.country == t.mention.country
                                                      or armed):
                    continue  # going home is no visit, nor is troops arriving
                if pat.cameo and pat.cameo[:2] == "04" and s.mention.kind == "PERSON" and t.mention.kind == "STATE" \
                        and t.mention.role is None and s.mention.country == t.mention.country:
                    continue  # "Putin attended the funeral in Moscow": no one consults their own state
                code = ARMED_CODES.get(pat.cameo, pat.cameo) if armed else pat.cameo
                pairs = [(s, t, code)]
                # What is only intended or refused is the subject's alone: "X will visit Y",
                # "X will not meet Y"; "X and Y will meet" is both subjects' intention.
                mutual = not negated and (modality not in {"future", "hypothetical"} or rule == "pair")
                if pat.kind == "reciprocal" and mutual:
                    pairs.append((t, s, pat.cameo))
                elif pat.kind == "visit" and mutual:
                    pairs.append((t, s, "043"))
                elif pat.kind == "host" and mutual:  # "Putin received Modi": Modi visited
                    pairs.append((t, s, "042"))
                for a, b, code in pairs:
                    c = conf - 0.1 * bool(a.mention.via or b.mention.via)
                    self.events.append(RawEvent(
                        **self._sentence(sent),
                        source=a.mention, target=b.mention, predicate=predicate, cameo=code,
                        negated=negated, modality=modality, rule=f"{rule}:{predicate}", confidence=round(c, 2)))
            if modality == "reported" and not negated and rule != "noun" and pat.cameo and pat.cameo[:2] in FORCE_ROOTS:
                self._allegation(anchor, s, predicate)

    def _sentence(self, sent) -> dict:
        """The sentence's text without the blank lines around it, and its offsets in the article."""
        key = sent.start
        if key not in self._sentences:
            text = sent.text
            lead = len(text) - len(text.lstrip())
            stripped = text.strip()
            self._sentences[key] = {"sentence": stripped, "sent_start": sent.start_char + lead,
                                    "sent_end": sent.start_char + lead + len(stripped)}
        return self._sentences[key]

    def _allegation(self, anchor: Token, accused: Found, predicate: str) -> None:
        """"Haley said Russia bombed the town": the speaker accuses Russia (CAMEO 112);
        Russia's bombing stays Russia's, marked reported."""
        speech = _speech_verb(anchor)
        said_by = _subject(speech) if speech is not None else None
        if speech is None or speech.lemma_.lower() in REPORTING_VERBS or \
                said_by is not None and said_by.lemma_.lower() in INFORMANT_NOUNS:
            return  # "the UN reported an attack", "military sources said": relayed, not charged
        sent = anchor.sent
        for speaker in self.actors(said_by, local=True):
            m = speaker.mention
            if speaker is accused or _same(m, accused.mention):
                continue
            if m.role in INFORMANT_ROLES or m.kind == "ORGANIZATION" and m.key is None:
                continue  # news agencies, media and police reporting an act do not accuse
            self.events.append(RawEvent(
                **self._sentence(sent),
                source=speaker.mention, target=accused.mention, predicate=f"{speech.lemma_} ({predicate})",
                cameo="112", negated=_negated(speech), modality=_modality(speech),
                rule=f"report:{speech.lemma_}", confidence=CONFIDENCE["report"]))


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    """Words that can head an event noun: a pattern's first or last word, or a generic head."""
    return frozenset(w for k in noun_patterns() for w in (k.split()[0], k.split()[-1])) | EVENT_HEADS


# -- parse helpers ---------------------------------------------------------------------
def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _preps(tok: Token, word: str):
    """Prepositions `word` under tok, also behind a particle ("lash out at")."""
    for c in tok.children:
        if c.dep_ in PREP_DEPS and c.lower_ == word:
            yield c
        elif c.dep_ in PARTICLE_DEPS and c.lower_ != "according":  # "according to X" names a source
            yield from (g for g in c.children if g.dep_ in PREP_DEPS | {"conj"} and g.lower_ == word)


def _quantity(t: Token) -> bool:
    """A measure of something: "25,000 tons (of aid)", "ten days (of war games)"."""
    return t.like_num or any(c.dep_ in {"nummod", "quantmod"} for c in t.children)


def _question(clause: Token) -> bool:
    """An indirect question: "asked whether X would ..." asks nothing of X."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def _infinitive(v: Token) -> bool:
    """A "to" clause: "(send troops) to help defend X"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _verb_key(v: Token) -> str:
    """A verb's lemma with its particle ("break off")."""
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {prt}" if prt else v.lemma_.lower()


def _detached_prep(n: Token, preps: tuple[str, ...]) -> Token | None:
    """A preposition right after the noun's phrase that the parser hung elsewhere
    ("attacks last week on a base", with "on" under the verb)."""
    doc = n.doc
    i = n.right_edge.i + 1
    while i < len(doc) and i <= n.sent.end - 1 and (doc[i].ent_type_ in {"DATE", "TIME"} or doc[i].dep_ == "npadvmod"):
        i += 1
    if i < n.sent.end and doc[i].dep_ == PREP and doc[i].lower_ in preps and doc[i].head.i != n.i:
        return doc[i]
    return None


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition; not a clause with a subject of its own ("with X shuttling
    between the delegations" tells a circumstance)."""
    return next((c for c in prep.children if c.dep_ == "pobj" or c.dep_ == "pcomp" and _child(c, SUBJ) is None), None)


def _agent(v: Token) -> Token | None:
    a = _child(v, {AGENT})
    return _pobj(a) if a is not None else None


def _subject(v: Token) -> Token | None:
    """The subject of a verb, inherited through coordination, control and relative clauses."""
    seen = 0
    while v is not None and seen < 6:
        # Through control, a passive subject counts: "Hegseth is scheduled to visit Seoul".
        s = _child(v, SUBJ if not seen else SUBJ | PASS_SUBJ)
        if s is not None:
            return s
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "xcomp" and _child(v.head, OBJ) is not None:
            return _child(v.head, OBJ)  # object control: "asked Obama to help" - Obama helps
        if v.dep_ == "acl" and v.tag_ == "VBG":
            if v.head.lemma_.lower() not in DOCUMENT_NOUNS or v.head.dep_ not in OBJ or seen:
                return v.head  # "demonstrators protesting against X"
            v = v.head.head  # "issued a statement condemning X": who issued it condemns
            seen += 1
            continue
        if v.dep_ in {"conj", "xcomp", "advcl", "acomp"} and v.head.i != v.i:
            v = v.head
            seen += 1
            continue
        return None
    return None


def _conjuncts(tok: Token) -> list[Token]:
    out, todo = [], [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _kind(f: Found) -> str:
    return {"PERSON": "person", "STATE": "state"}.get(f.mention.kind, "group")


def _possessor_of_subject(tok: Token) -> bool:
    return tok.dep_ == "poss" and tok.head.dep_ in SUBJ


def _coref(f: Found | None, tok: Token) -> Found | None:
    if f is None:
        return None
    return Found(f.start, f.end, replace(f.mention, via=tok.text))


def _same(a: Mention, b: Mention) -> bool:
    if a.kind == "PERSON" or b.kind == "PERSON":
        return a.kind == b.kind and (a.name == b.name or a.name.split()[-1] == b.name.split()[-1])
    return (a.key or a.name) == (b.key or b.name) and a.role == b.role


def _speech_verb(tok: Token) -> Token | None:
    """The verb of saying whose reported clause holds tok."""
    for t in _clause_chain(tok):
        if t.dep_ in {"ccomp", "parataxis"} and t.head.lemma_ in SPEECH_VERBS:
            return t.head
    return None


def _clause_chain(tok: Token):
    """tok and the verbs above it, up to the sentence root."""
    t = tok
    for _ in range(8):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def _negated(tok: Token) -> bool:
    if any(c.dep_ == NEG or c.lower_ == "never" for c in tok.children):
        return True
    # "did not agree to meet", "failed to reach an agreement", "denied sending", "denied that it sent"
    return tok.dep_ == "xcomp" and any(c.dep_ == NEG for c in tok.head.children) or \
        tok.dep_ in {"xcomp", "ccomp", "pcomp"} and tok.head.lemma_ in NEGATING_VERBS


def _modality(tok: Token) -> str:
    if tok.pos_ in {"NOUN", "PROPN"}:  # "a possible attack", "the alleged raid", "planned talks"
        mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "advmod"}}
        for m, words in (("hypothetical", HYPOTHETICAL_ADJ), ("future", FUTURE_ADJ), ("hedged", HEDGE_WORDS)):
            if mods & words:
                return m
        return "asserted"
    found = set()
    for i, t in enumerate(_clause_chain(tok)):
        kids = list(t.children)
        aux = {c.lower_ for c in kids if c.dep_ == "aux"}
        reported = t.dep_ == "ccomp" and t.head.lemma_ in SPEECH_VERBS
        if i == 0 or t.dep_ not in {"ccomp"}:
            if aux & FUTURE_AUX:
                found.add("future")
            if aux & OBLIGATION_AUX:
                found.add("hypothetical")  # what someone must do has not happened
            if aux & HYPOTHETICAL_AUX:
                # "said it would attack": in reported speech "would" is a future, not a condition
                found.add("future" if reported and aux <= {"would", "'d"} else "hypothetical")
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
            found.add("hypothetical")
        if any(c.lower_ in HEDGE_WORDS for c in kids) or (i and t.lemma_ in HEDGE_VERBS):
            found.add("hedged")
        if i and t.lemma_ in INTENT_VERBS:
            found.add("future")
        if (t.dep_ == "xcomp" or t.dep_ == "advcl" and _infinitive(t)) and _child(t.head, OBJ | PASS_SUBJ) is not None and \
                any(p.cameo[:2] in APPEAL_ROOTS for p in verb_patterns().get(t.head.lemma_.lower(), ())):
            found.add("hypothetical")  # what one is urged to do has not happened
        if reported:
            found.add("reported")
        if t.dep_ in {"ccomp", "advcl"} and i == 0 and "going" in {c.lower_ for c in kids}:
            found.add("future")
        if t.dep_ in {"relcl", "acl"}:
            break  # a relative clause states its own fact: "Tillerson, who was honoured by Russia"
    for m in ("hypothetical", "future", "hedged", "reported"):
        if m in found:
            return m
    return "asserted"
