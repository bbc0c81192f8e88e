"""The actors an argument of a verb or noun stands for, and the coreference state of an
article: "Egypt and Qatar" is two actors; "relations with Congo and Costa Rica" names both;
"he", "the group", "we" (in a quote), "his visitor" stand for an actor named before.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .mentions import Found
from .mentions.found import anaphors, refers_back
from .model import Mention, RawEvent
from .patterns import VerbPattern, cue
from .syntax import (AGENT, BLOCKED, DATIVE, LOCATIVE_PREPS, OBJ, PASS_SUBJ, PREP, PREP_DEPS, SUBJ, child,
                     conjuncts, nearest, pobj, speech_verb, subject)

# Pronouns and the kind of actor they can stand for: a person, or a state/organisation/group.
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "other", "its": "other", "they": "any", "them": "any", "their": "any"}
# An international body is a group too ("the group" after NATO), and "the bloc" is only one.
KINDS_OF = {"person": ("person",), "state": ("state",), "group": ("group", "igo"), "igo": ("igo",),
            "other": ("state", "group", "igo"), "any": ("person", "state", "group", "igo")}
# Definite descriptions that refer back to the last actor of a kind: "the group", "the
# Caribbean nation", "the bloc" (data/name_heads.csv).
ANAPHORS = anaphors()
RELATIVE = {"who", "whom", "which", "that"}
# Pronouns in quoted speech that stand for the speaker, or the speaker's state.
SPEAKER_PRONOUNS = {"i": "person", "me": "person", "my": "person", "we": "state", "us": "state", "our": "state"}
# Nouns for a party to a visit, found from the visits already read: "his visitor", "their hosts".
VISIT_PARTIES = {**{w: "visitor" for w in cue("visitor_noun")}, **{w: "host" for w in cue("host_noun")}}
# Roles of armed actors: troops withdraw and deploy, they do not visit.
ARMED_ROLES = {"MIL", "REB", "UAF", "INS", "COP"}
# Nouns of a relation to an actor, which are not that actor: "X's ally", "a rival of X".
RELATION_NOUNS = cue("relation_noun")
# What may stand between an actor and the "and" of an actor set off after it ("on Tuesday"),
# and what ends that actor's clause.
AND_OR = {"and", "or"}
ASIDE_POS = {"ADP", "NOUN", "PROPN", "DET", "NUM", "ADJ", "ADV", "PUNCT"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
CLAUSE_ENDS = {".", ";", ",", "!", "?", ")"}


@dataclass
class Coreference:
    """What the article has said so far: the last subject and the last mention of each kind
    of actor ("person", "state", "group"), the events read (visits among them), the visits of
    the whole article once it has been read, and the sentences that named a party to a visit
    told only further on ("Lavrov told his visitor ..."), to be read again."""
    events: list[RawEvent] = field(default_factory=list)
    last_subject: dict[str, Found] = field(default_factory=dict)
    last_mention: dict[str, Found] = field(default_factory=dict)
    visits: list[RawEvent] = field(default_factory=list)
    awaiting_visit: set[int] = field(default_factory=set)


class Arguments:
    """Finds the actors of argument tokens, with the article's coreference state."""

    def __init__(self, doc: Doc, mentions: dict[int, Found], lex: Lexicon,
                 verbs: dict[str, tuple[VerbPattern, ...]]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.lex = lex
        self.verbs = verbs
        self.coref = Coreference()

    def remember(self, sent) -> None:
        """After a sentence is read: its mentions and subjects are the latest of their kind."""
        for i in range(sent.start, sent.end):  # no Token made for a word that is no mention
            f = self.mentions.get(i)
            if f:
                self.coref.last_mention[kind_of(f)] = f
            if f and self.doc[i].dep_ in SUBJ | PASS_SUBJ:
                self.coref.last_subject[kind_of(f)] = f

    def actors(self, tok: Token | None, depth: int = 5, local: bool = False) -> list[Found]:
        """Mentions an argument token stands for; conjuncts give several. `depth` bounds how
        far inside the phrase an actor may be found; `local` leaves out places ("in Nairobi")."""
        if tok is None:
            return []
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Egypt and Qatar, which mediate": both
        out: list[Found] = []
        todo = [tok, *self._coordinated(tok)]
        for t in todo:
            f, at = self._actor(t, depth, local)
            if f is None:
                continue
            if at is not None:  # "relations with Congo and Costa Rica"
                todo.extend(c for c in self._coordinated(at) if c not in todo)
                # "a meeting between an Israeli group and the PLO": the conjuncts of the
                # phrase the actor was found in, below the argument's own word, count too.
                up = at.head
                while up.i != t.i and up.head.i != up.i:
                    todo.extend(c for c in conjuncts(up) if c not in todo)
                    up = up.head
            for g in [f, *(Found(f.start, f.end, m) for m in f.also)]:
                if all(g is not o for o in out):
                    out.append(g)
        if out:
            late = self._after_aside(tok, max(out, key=lambda f: f.end))
            if late is not None and all(late is not o for o in out):
                out.append(late)
        return out

    def _after_aside(self, tok: Token, last: Found) -> Found | None:
        """The last of coordinated actors, set off by an inserted phrase that the parser hangs
        elsewhere: "met Lavrov on Tuesday and, later, Wang Yi", "lift embargoes on Iran, Sudan,
        and with strings attached, Cuba", "recalled its envoy from Iran and, on Monday, from
        Syria". The actor ends its clause and belongs to the clause of tok or one above it."""
        doc, end = self.doc, last.end
        sent_end = min(end + 18, len(doc))
        j = end
        while j < sent_end and j - end < 4 and doc[j].lower_ not in AND_OR and doc[j].pos_ in ASIDE_POS:
            j += 1  # "on Tuesday" before the "and"
        if j >= sent_end or doc[j].lower_ not in AND_OR:
            return None
        j += 1 + (j + 1 < sent_end and doc[j + 1].text == ",")
        aside = j
        while j < sent_end and doc[j].text != "," and j - aside < 6:
            if doc[j].tag_ in FINITE_TAGS or doc[j].lower_ in AND_OR:
                return None  # a clause of its own, or a plain coordination
            j += 1
        if j == aside or j + 1 >= sent_end or doc[j].text != ",":
            return None
        j += 1
        before = doc[last.start:last.end].root
        if before.dep_ == "pobj" and doc[j].lower_ == before.head.lower_ and j + 1 < len(doc):
            j += 1  # the preposition said again: "and, on Monday, from Syria"
        late = self.mentions.get(j)
        if late is None or late.start != j or late.end >= len(doc) or doc[late.end].text not in CLAUSE_ENDS:
            return None
        root = doc[late.start:late.end].root
        if root.dep_ in SUBJ | PASS_SUBJ or not _under(tok, _clause_of(root)):
            return None
        return late

    def _coordinated(self, tok: Token) -> list[Token]:
        """Tokens coordinated with tok: its conjuncts, those of any word of the name it is part
        of ("Barack Obama and Vladimir Putin" however split), and a list the parser read as
        appositions ("the US, Russia, and Switzerland")."""
        own = self.mentions.get(tok.i)
        heads = [tok] if own is None else [self.doc[i] for i in range(own.start, own.end)] or [tok]
        if own is None:  # "Foreign Minister Abbas Araghchi and envoy Steve Witkoff", the name in apposition
            heads += [t for c in tok.children if c.dep_ == "appos" and (f := self.mentions.get(c.i)) is not None
                      and f.mention.kind == "PERSON" for t in self.doc[f.start:f.end]]
        out = [c for h in heads for c in conjuncts(h)]
        if own is not None and own.mention.kind == "STATE":
            for c in tok.children:
                other = self.mentions.get(c.i)
                if c.dep_ == "appos" and other is not None and other.mention.kind == "STATE":
                    out += [c, *conjuncts(c)]
        return out

    def within(self, tok: Token | None) -> list[Found]:
        """Every actor named inside a phrase: "between X and Y" names both however it parses."""
        out: list[Found] = []
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

    def _actor(self, tok: Token, depth: int = 5, local: bool = False) -> tuple[Found | None, Token | None]:
        """The actor tok stands for, and the token inside the phrase where it was found (whose
        conjuncts count too), if any."""
        if tok.i in self.mentions:
            return self.mentions[tok.i], None
        referred = self._reference(tok)
        if referred is not None:
            return referred
        # "his Ukrainian counterpart Andrii Sybiha": the named person, not the adjective,
        # however the parser attached the name.
        following = self.mentions.get(tok.i + 1)
        if tok.pos_ == "NOUN" and following is not None and following.start == tok.i + 1 \
                and following.mention.kind == "PERSON":
            return self._described(following, tok), None
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.mentions and self.mentions[c.i].mention.kind == "PERSON":
                return self._described(self.mentions[c.i], tok), None
        hit = self._nearest(tok, depth, local)
        if hit is not None:
            # "commanders of the militant group": the group named before
            return (self.mentions[hit.i], hit) if hit.i in self.mentions else self._reference(hit) or (None, None)
        # "its jets", "their troops": the owner, when the phrase names no one else.
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
        if owner is not None and depth and self.lex.groups.get(tok.lower_) in ARMED_ROLES:
            return self._pronoun(owner, PRONOUNS[owner.lower_])
        return None, None

    def _reference(self, tok: Token) -> tuple[Found | None, Token | None] | None:
        """A word that refers back: a pronoun, "the group", a speaker's "we", "his visitor"."""
        low = tok.lower_
        if low in PRONOUNS:
            return self._pronoun(tok, PRONOUNS[low])
        if self._describes(tok):
            found, at = self._pronoun(tok, ANAPHORS[low], subjects_only=False)  # "the group" after "Hezbollah"
            if ANAPHORS[low] == "state" and found is not None and found.mention.role:
                # "the Caribbean nation" after "Haiti's prime minister" is Haiti, not its government
                found = Found(found.start, found.end, replace(found.mention, role=None, title=None))
            return found, at
        if low in SPEAKER_PRONOUNS:
            return self._speaker(tok, SPEAKER_PRONOUNS[low]), None
        if low in VISIT_PARTIES:
            return self._visit_party(tok, VISIT_PARTIES[low]), None
        return None

    def _describes(self, tok: Token) -> bool:
        """A definite noun that refers back and whose words name no one: "the group", "the
        Caribbean nation", "the Shiite militant group"; not "the Kurdish group"."""
        return refers_back(tok) and not any(t.i in self.mentions for c in tok.lefts for t in c.subtree)

    def _nearest(self, tok: Token, depth: int, local: bool) -> Token | None:
        """The nearest mention inside the phrase, breadth first, not past a clause, a place
        ("officials in Nairobi" when local) or a relation ("Israel's militia ally")."""
        def follow(t: Token) -> bool:
            # "companies accused of supplying drones to Russia" are not Russia.
            return t.dep_ not in BLOCKED and not (local and t.dep_ == PREP and t.lower_ in LOCATIVE_PREPS) \
                and not (t.dep_ == "acl" and self._eventful(t))

        def below(t: Token) -> list[Token]:
            # "Israel's militia ally" is not Israel; "its European Community partners" are the EC.
            related = t.lemma_.lower() in RELATION_NOUNS
            return [c for c in t.children if follow(c) and not (related and c.dep_ in {"poss", "prep"})]

        def hit(t: Token) -> bool:
            return t.i in self.mentions or self._describes(t)

        return nearest(below(tok), below, hit, depth)

    def _eventful(self, v: Token) -> bool:
        """Whether a participle tells an event with an argument of its own: "accused of
        supplying drones", "killed by X", "imposing sanctions on Y", not "released in the capital"."""
        pats = self.verbs.get(v.lemma_.lower(), ())
        if pats and v.tag_ == "VBN":  # its noun is the patient: any argument but a place counts
            return any(c.dep_ in PREP_DEPS | {AGENT} and c.lower_ not in LOCATIVE_PREPS for c in v.children)
        return any(any(c.dep_ in PREP_DEPS and c.lower_ == p.prep for c in v.children) if p.prep
                   else child(v, OBJ) is not None for p in pats)

    def _described(self, person: Found, noun: Token) -> Found:
        """The person named after a role noun takes the noun's affiliation ("Iran's leader X")."""
        if person.mention.country:
            return person
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":  # "a member of the Syrian parliament, X"
                c = pobj(c) or c
            f = self.mentions.get(c.i)
            if c.dep_ in {"poss", "amod", "compound", "nmod", "pobj"} and f is not None and f.mention.country \
                    and f.mention.kind in {"STATE", "GROUP"}:
                return Found(person.start, person.end, replace(person.mention, country=f.mention.country,
                                                               role=person.mention.role or f.mention.role))
        return person

    def _pronoun(self, tok: Token, kind: str, subjects_only: bool = True) -> tuple[Found | None, Token | None]:
        """The nearest subject of the right kind before the pronoun in its sentence, else the
        last such subject of the sentences before. A definite description ("the group")
        takes the last mention of its kind, subject or not."""
        # An object pronoun is not its own clause's subject: "after Somalia criticized it".
        own = tok.head if tok.dep_ in OBJ | DATIVE else tok.head.head if tok.dep_ == "pobj" else None
        skip = self._subject_words(own)
        start = tok.sent.start
        for t in (self.doc[i] for i in range(tok.i - 1, start - 1, -1)):  # back from tok, made as read
            f = self.mentions.get(t.i)
            if t.i in skip:
                continue
            if f and kind_of(f) in KINDS_OF[kind] and (not subjects_only or t.dep_ in SUBJ | PASS_SUBJ
                                                       or (t.dep_ == "poss" and t.head.dep_ in SUBJ)
                                                       or self._names_subject(t)) \
                    and (subjects_only or not self._titles_person(t)):
                # "Obama and Putin said they ...": both, through the subject's conjuncts
                return _coref(f, tok), (t if kind == "any" else None)
        seen = self.coref.last_subject if subjects_only else self.coref.last_mention
        last = max((seen[k] for k in KINDS_OF[kind] if k in seen), key=lambda f: f.start, default=None)
        return _coref(last, tok), None

    def _subject_words(self, verb: Token | None) -> set[int]:
        """The words of a verb's subjects, every word of a name: "United" of "The United States
        pledged aid to the nation"."""
        out: set[int] = set()
        for c in verb.children if verb is not None else ():
            if c.dep_ in SUBJ:
                f = self.mentions.get(c.i)
                out.update(range(f.start, f.end) if f is not None else (c.i,))
        return out

    def _names_subject(self, t: Token) -> bool:
        """A name before the subject's noun that says whose it is: "the Umma party said it
        would ...", "the Hamas movement said it"; not when the noun is an actor of its own."""
        return t.dep_ in {"compound", "nmod"} and t.head.dep_ in SUBJ and t.head.i not in self.mentions

    def _titles_person(self, t: Token) -> bool:
        """Whether a state is part of a person's title ("U.S." in "U.S. Secretary of State
        Antony Blinken"), which a description such as "the Caribbean nation" does not mean."""
        own = self.mentions[t.i]
        for _ in range(3):
            if t.dep_ not in {"compound", "nmod", "amod", "poss"} or t.head.i == t.i:
                return False
            t = t.head
            f = self.mentions.get(t.i)
            if f is not None and f is not own:
                return f.mention.kind == "PERSON"
        return False

    def armed(self, m: Mention) -> bool:
        """Troops, not one official: their arrival is a deployment, not a visit ("NATO
        peacekeeping troops arrived in Bosnia", "Russian troops arrived")."""
        if m.kind == "PERSON" or m.title:
            return False
        words = m.text.lower().split()
        return m.role in ARMED_ROLES or (bool(words) and self.lex.groups.get(words[-1]) in ARMED_ROLES)

    def _visit_party(self, tok: Token, side: str) -> Found | None:
        """"Lavrov told his visitor": the visitor is whoever was last seen visiting the
        possessor (or the possessor's state); "his host" is whom the possessor visited. When no
        visit is known yet, the sentence awaits the article's visits (a second reading)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        owners = self.actors(owner) if owner is not None else []
        if len(owners) != 1:
            return None
        o = owners[0].mention
        # The last visit told before, else (on a second reading) the first told after.
        later = [e for e in self.coref.visits if e.sent_start > tok.sent.start_char]
        for e in [*reversed([e for e in self.coref.events if e.cameo == "042"]), *later]:
            here, other = (e.target, e.source) if side == "visitor" else (e.source, e.target)
            if same(here, o) or (here.kind == "STATE" and here.country == o.country):
                return Found(tok.i, tok.i + 1, replace(other, via=f"{owner.text} {tok.text}"))
        self.coref.awaiting_visit.add(tok.sent.start)
        return None

    def _speaker(self, tok: Token, kind: str) -> Found | None:
        """"We will not allow it," the minister said: "we" is the minister's state."""
        speech = speech_verb(tok)
        speakers = self.actors(subject(speech)) if speech is not None else []
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


def _clause_of(t: Token) -> Token:
    """The verb whose clause holds t (t itself at the root)."""
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _under(tok: Token, clause: Token) -> bool:
    """Whether tok is inside the clause of `clause`, however deep."""
    t = tok
    for _ in range(10):
        if t.i == clause.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def kind_of(f: Found) -> str:
    """The coreference kind of a mention: person, state, international body or group."""
    return {"PERSON": "person", "STATE": "state", "IGO": "igo"}.get(f.mention.kind, "group")


def _coref(f: Found | None, tok: Token) -> Found | None:
    if f is None:
        return None
    return Found(f.start, f.end, replace(f.mention, via=tok.text))


def same(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same actor (a surname names its person)."""
    if a.kind == "PERSON" or b.kind == "PERSON":
        return a.kind == b.kind and (a.name == b.name or a.name.split()[-1] == b.name.split()[-1])
    return (a.key or a.name) == (b.key or b.name) and a.role == b.role
