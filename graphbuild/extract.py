"""Event extraction from the dependency parse: who did what to whom, sentence by sentence.

Rules (each event names the rule that produced it), and the unit that is each:
  verb      X criticised Y / X complained about Y / X lashed out at Y /
            X called for Y to be dismantled (the subject of the row's
            preposition's clause) / Addressing Y, X ... (a participle's
            subject is the main clause's; "X, whose forces attacked Y": X) /
            X denounced as a crime Y's ... (an object shifted behind "as") rules/verb.py: verb
  passive   Y was honoured by X / Praised by X, Y ... (an opening
            participle's agent acts on the main clause's subject) / Y was
            accused of shelling Z by X (the agent after the gerund)        rules/passive.py: passive
  location  rockets were fired at Y from X (no agent: where it came from)  rules/passive.py: launched_from
  inf       X agreed to lift sanctions on Y / X urged Y to ... (the event
            is the main verb's), with its frames                           rules/frames.py: inf
              appeals   "urged Iran to stop" is addressed to Iran           frames.appeal
              demands   "X said Y must ..." is a demand (100)              frames.demand
              intents   "agreed to meet" 036, "threatened to attack" 138    frames.intent_code
              refusals  "refused to release" 124                           frames.refusal_code
  noun      X's invasion of Y / US missile attacks on Y / a meeting between
            X and Y / X held talks with Y (the subject of a light verb is
            the source) / the accord signed by X and Y (the agent of a
            light verb's participle)                                       rules/noun.py: noun
  pair      X and Y met (a reciprocal verb with a coordinated subject)     rules/verb.py: pair
  report    Haley said Russia bombed the town: Haley accuses Russia (112)
            of what is reported                                            rules/report.py: report
            "Moscow is lying," the minister said: a verb that is a charge
            in itself, of a named actor, accuses it (112)                  rules/report.py: charged
  location  Ugandan rebels surrendered in Gulu: an untargeted act against
            the state where it happens; soldiers killed in Ukraine: an act
            with no agent from where it happens                            rules/location.py: located
  alone     the minister resigned / Hezbollah declared a ceasefire / X
            agreed to resign: an act that needs no target, where no rule
            found one, is an event with no target (data/alone.csv)         rules/alone.py: alone
What is never an event is decided in two visible places: rules/vetoes.py (VETOES: a verb
inside a frame, a demanded act, a protest's purpose, a verb whose object noun codes the
event) before any rule reads a verb, and claims.py (NOT_EVENTS: "told reporters", going home,
troops arriving, no one consults their own state) for every pair a rule emits.
A protest takes the target of its purpose ("rioted to demand X's resignation",
verb.protest_purpose). Coordination gives one event per actor, and each coordinated clause its own subject ("X
protested to Y and Z criticised W": Z is the second clause's subject, not a target); reciprocal events are written
both ways; a visit gives 042 from the visitor and 043 from the host. Negation and modality
are read from the clause and the clauses above it (modality.py); the actors of an argument
and coreference (pronouns, surnames, titles, "the group", "his visitor") are arguments.py.
How the CAMEO root of a row changes what is read is data/roots.csv; which row of a verb wins
is stated in rules/verb.py and data/README.md.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .arguments import Arguments
from .claims import Claim, not_event
from .dates import date_words
from .lexicon import Lexicon
from .mentions import Found, find_mentions
from .modality import modality, negated
from .model import Mention, RawEvent
from .patterns import behaves, noun_patterns, verb_patterns
from .rules.alone import alone
from .rules.frames import demand, framed_alone, inf
from .rules.location import located
from .rules.noun import EVENT_HEADS, noun, noun_pattern
from .rules.passive import passive
from .rules.report import charged, report
from .rules.verb import object_class, ordered, protest_purpose, select, sources, trigger, unmapped, verb
from .rules.vetoes import inside_frame, vetoed
from .syntax import OBJ, SPEECH_VERBS, child, doc_text, sentence
from .syntax import passive as is_passive

CONFIDENCE = {"verb": 0.85, "passive": 0.8, "inf": 0.75, "noun": 0.7, "pair": 0.8, "report": 0.6, "location": 0.5,
              "alone": 0.6}
# What a symmetric claim writes the other way: "Putin received Modi" is also Modi visiting.
BACK = {"reciprocal": None, "visit": "043", "host": "042"}


class Extractor:
    """Reads the events of one parsed article. `trace`, a list, collects what each rule
    tried (for explain); None costs nothing."""

    def __init__(self, doc: Doc, nlp, lex: Lexicon, trace: list[tuple[int, str]] | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.mentions = find_mentions(doc, nlp, lex)
        self.verbs = verb_patterns()
        self.nouns = noun_patterns()
        self.noun_words = _noun_words()
        self.args = Arguments(doc, self.mentions, lex, self.verbs)
        self.events: list[RawEvent] = self.args.coref.events
        self.trace = trace
        self._sentences: dict[int, dict] = {}  # sentence start -> its text and offsets
        self._written = doc.user_data.get("text")  # a headline parsed in sentence case, as written

    def people(self) -> list[Mention]:
        """Every person named in the article, in order: the resolver ties surnames to names."""
        seen, out = set(), []
        for i in sorted(self.mentions):
            f = self.mentions[i]
            if f.mention.kind == "PERSON" and id(f) not in seen:
                seen.add(id(f))
                out.append(f.mention)
        return out

    # What the rules call.
    def actors(self, tok: Token | None, depth: int = 5, local: bool = False) -> list[Found]:
        return self.args.actors(tok, depth, local)

    def within(self, tok: Token | None) -> list[Found]:
        return self.args.within(tok)

    def noun_pattern(self, n: Token):
        return noun_pattern(self, n)

    def inner_code(self, comp: Token) -> str | None:
        """The code of the event an infinitive names: its verb's, with its particle ("to break
        off relations" is 161, not breaking into), or its object noun's ("to impose sanctions")."""
        pats = trigger(self, comp).patterns
        if pats:
            return pats[0].cameo
        obj = child(comp, OBJ)
        found = noun_pattern(self, obj) if obj is not None else None
        return found.cameo if found else None

    def note(self, tok: Token, text: str) -> None:
        """Record a step for explain; nothing when not tracing."""
        if self.trace is not None:
            self.trace.append((tok.i, text))

    # -- reading -----------------------------------------------------------------------
    def run(self) -> list[RawEvent]:
        coref = self.args.coref
        redo = []
        for sent in self.doc.sents:
            state, start = (dict(coref.last_subject), dict(coref.last_mention)), len(self.events)
            self._read(sent)
            if sent.start in coref.awaiting_visit:
                redo.append((sent, state, start, len(self.events)))
        # "Lavrov told his visitor ...", with the visit told further on: read such a sentence
        # again, with the coreference state it had, now that every visit is known.
        coref.visits = [e for e in self.events if e.cameo == "042"]
        for sent, (subjects, mentions), a, b in reversed(redo):
            after = self.events[b:]
            del self.events[a:]
            now = (coref.last_subject, coref.last_mention)
            coref.last_subject, coref.last_mention = dict(subjects), dict(mentions)
            self._read(sent)
            self.events.extend(after)
            coref.last_subject, coref.last_mention = now
        return self.events

    def _read(self, sent) -> None:
        for tok in sent:
            pos = tok.pos_  # read once: spaCy converts it anew on every access
            if pos in {"VERB", "AUX"} or tok.tag_.startswith("VB") or tok.dep_ == "acomp":
                self.verb(tok)  # "is opposed to", "was willing to" read like verbs
            if pos in {"NOUN", "PROPN"} and tok.lemma_.lower() in self.noun_words:
                noun(self, tok)  # most nouns can name no event (noun_pattern): no call for them
        self.args.remember(sent)

    def verb(self, v: Token) -> None:
        """A verb: its rows (trigger), the vetoes, then passive, or each row in priority order
        (inf, verb, pair), then what an untargeted act still is (protest purpose, location,
        report)."""
        trig = trigger(self, v)
        if not trig.patterns:  # the common case, decided before any walk up the tree
            if self.trace is not None and v.pos_ == "VERB":
                self.note(v, f"verb {trig.predicate}: no row in verbs.csv (kept uncoded if it has actors)")
            if trig.lemma in SPEECH_VERBS:
                demand(self, v, trig.predicate)
            charged(self, v, trig.predicate)
            unmapped(self, v, trig.predicate)
            return
        self.note(v, f"verb {trig.predicate}: rows {', '.join(p.row for p in trig.patterns)}")
        veto = vetoed(self, v, trig.predicate)
        if veto is not None:
            self.note(v, f"veto: {veto.name}")
            return
        if trig.lemma in SPEECH_VERBS:
            demand(self, v, trig.predicate)
        if is_passive(v):
            passive(self, v, trig)
            return
        found = sources(self, v)
        if not found:
            self.note(v, "no subject actor")
            return
        obj = child(v, OBJ)
        rows = select(trig.patterns, object_class(self, obj, [] if obj is not None else found))
        for pat in ordered(rows):
            done = inf(self, v, pat, found, trig.predicate) if pat.kind == "inf" else \
                verb(self, v, pat, found, trig.predicate)
            if done:
                return
        self._untargeted(v, trig, found, rows)

    def _untargeted(self, v: Token, trig, found: list[Found], rows) -> None:
        """No row found a target: a protest's purpose; "killed 23 people in Tel Aviv" (an
        object that names no actor) is located; "X said Eritrea had attacked first" accuses;
        else an act that needs no target is one with none ("the minister resigned", alone)."""
        if protest_purpose(self, v, trig.patterns, found, trig.predicate):
            return
        # Only a row that holds for what is acted on: "dispatched inspectors" is no deployment of troops.
        pat = next((p for p in rows if p.kind == "" and behaves(p.cameo, "located")), None)
        before = len(self.events)
        if pat is not None:
            located(self, v, found, pat.cameo, trig.predicate, pat.lemma, pat.row)
        force = next((p for p in trig.patterns if p.kind == "" and not p.prep and behaves(p.cameo, "violence")), None)
        if force is not None and len(self.events) == before and modality(v) == "reported" and not negated(v):
            for s in found:
                report(self, v, s, trig.predicate)
        # "refused to allow UN planes to land and evacuate": an act inside a frame is the frame's
        borrowed = v.dep_ == "xcomp" or inside_frame(self, v.head if v.dep_ == "conj" else v)
        if len(self.events) == before and not borrowed and not framed_alone(self, v, rows, found, trig.predicate):
            # the verb's first plain reading decides: "struck at" is force, no labour strike
            lone = next((p for p in ordered(rows) if p.kind == ""), None)
            if lone is not None:
                alone(self, v, found, lone.cameo, trig.predicate, lone.lemma, lone.row)

    # -- output ------------------------------------------------------------------------
    def pairs(self, claim: Claim) -> None:
        """A claim among its sources ("X and Y met"): one claim per pair."""
        actors = claim.sources
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                self.emit(Claim(claim.anchor, (a,), (b,), claim.code, claim.predicate, claim.rule, claim.lemma,
                                claim.symmetry, claim.row))

    def emit(self, claim: Claim) -> None:
        """One event per source-target pair that NOT_EVENTS leaves; a reciprocal claim is
        written both ways and a visit or hosting gives 043 or 042 back (a visit to a place
        does not: the place hosts no one), unless negated or only
        intended ("X will visit Y" is the subject's alone; "X and Y will meet" both subjects').
        A claim of force in reported speech is also the speaker's accusation (report rule)."""
        neg, mod = negated(claim.anchor), modality(claim.anchor)
        when = date_words(claim.anchor)
        conf = CONFIDENCE[claim.rule]
        mutual = not neg and (mod not in {"future", "hypothetical"} or claim.rule == "pair")
        where = None  # the anchor's sentence, found once for all its events
        for s in claim.sources:
            for t in claim.targets or ((None,) if claim.rule == "alone" else ()):
                stop = not_event(claim, s, t, self.args) if t is not None else None
                if stop is not None:
                    self.note(claim.anchor, f"not an event: {stop.name} ({s.mention.text!r} -> {t.mention.text!r})")
                    continue
                where = where or self.sentence(sentence(claim.anchor))
                for a, b, code in _directions(claim, s, t, mutual):
                    self.write(claim, where, a, b, code, (neg, mod, conf, when))
            if mod == "reported" and not neg and claim.rule != "noun" and behaves(claim.code, "force"):
                report(self, claim.anchor, s, claim.predicate)

    def write(self, claim: Claim, where: dict, a: Found, b: Found | None, code: str | None, how: tuple) -> None:
        """One event from `a` to `b` (None: no target); `how` is (negated, modality, confidence, date words)."""
        neg, mod, conf, when = how
        self.events.append(RawEvent(
            **where,
            source=a.mention, target=b.mention if b else None, predicate=claim.predicate,
            cameo=code, negated=neg, modality=mod, rule=f"{claim.rule}:{claim.predicate}",
            confidence=round(conf - 0.1 * bool(a.mention.via or (b and b.mention.via)), 2),
            date_text=when))
        self.note(claim.anchor, f"event {claim.rule}: {a.mention.text!r} {code or 'uncoded'} "
                                f"{repr(b.mention.text) if b else '(no target)'}"
                                f"{' (' + claim.row + ')' if claim.row else ''}")

    def sentence(self, sent) -> dict:
        """The sentence's text without the blank lines around it, and its offsets in the article."""
        key = sent.start
        if key not in self._sentences:
            text = (self._written or doc_text(self.doc))[sent.start_char:sent.end_char]
            lead = len(text) - len(text.lstrip())
            stripped = text.strip()
            self._sentences[key] = {"sentence": stripped, "sent_start": sent.start_char + lead,
                                    "sent_end": sent.start_char + lead + len(stripped)}
        return self._sentences[key]


def _directions(claim: Claim, s: Found, t: Found | None, mutual: bool) -> list[tuple]:
    """The claim's event, and the one back for a reciprocal claim, a visit or a hosting."""
    out = [(s, t, claim.code)]
    if mutual and claim.symmetry in BACK and t is not None and not _place_visited(claim, t):
        out.append((t, s, BACK[claim.symmetry] or claim.code))
    return out


def _place_visited(claim: Claim, t: Found) -> bool:
    """A visit to a state as a place ("Sala visited Cairo") is the visitor's act; the state
    hosts only when the text says so ("Egypt received Sala") or its people receive him."""
    return claim.symmetry == "visit" and t.mention.kind == "STATE" and t.mention.role is None


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    """Words that can head an event noun: a pattern's first or last word, or a generic head."""
    return frozenset(w for k in noun_patterns() for w in (k.split()[0], k.split()[-1])) | EVENT_HEADS
