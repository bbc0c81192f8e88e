"""Parse helpers the extraction rules share: dependency labels named once, and small walks
over a spaCy parse (the object of a preposition, the subject a verb inherits, the clauses
above a word). They know no table of events and no actor.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .patterns import cue

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
# Prepositions that place an actor rather than name it: "officials in Nairobi" are not Kenya.
LOCATIVE_PREPS = {"in", "at", "near", "from", "during", "inside", "outside"}
# Marks of an indirect question: "asked whether X would ..." asks nothing of X.
QUESTION_MARKS = {"whether", "if"}
SPEECH_VERBS = cue("speech_verb")
# Nouns of what is issued: "issued a statement condemning X" is the issuer condemning X.
DOCUMENT_NOUNS = cue("document_noun")
DASHES = {"—", "–", "--", "-"}


def doc_text(doc: Doc) -> str:
    """The document's text: Doc.text joins every token anew at every call, so it is joined
    once per document and kept with it. Offsets of tokens and spans index it."""
    data = doc.user_data
    if "graphbuild.text" not in data:
        data["graphbuild.text"] = doc.text
    return data["graphbuild.text"]


def span_text(span: Span) -> str:
    """span.text, cut from the document's text (Span.text joins its tokens anew at every call)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence(tok: Token) -> Span:
    """The sentence of tok, as tok.sent gives it. Token.sent walks the parse at every call
    (microseconds, and the rules ask for each event); the sentences are found once per
    document and kept with it, as dates.py keeps its date phrases."""
    data = tok.doc.user_data
    if "graphbuild.sentences" not in data:
        sents = list(tok.doc.sents)
        data["graphbuild.sentences"] = ([s.start for s in sents], sents)
    starts, sents = data["graphbuild.sentences"]
    return sents[bisect_right(starts, tok.i) - 1]


def child(tok: Token, deps: set[str]) -> Token | None:
    for c in tok.children:  # a plain loop: the rules call this more than any other walk
        if c.dep_ in deps:
            return c
    return None


def dateline(tok: Token) -> bool:
    """A place that opens the sentence before a dash, "NEW YORK — Addressing the UN, ...":
    the parser may make it a subject, but it only says where the story was filed."""
    right = tok.right_edge
    after = right.i + 1  # the dash first: finding the sentence costs more
    # The parser may hang the dash under the place itself: "Port-au-Prince, Haiti — During ...".
    return (right.text in DASHES or after < len(tok.doc) and tok.doc[after].text in DASHES) \
        and tok.left_edge.i == sentence(tok).start


def preps(tok: Token, word: str):
    """Prepositions `word` under tok, also behind a particle ("lash out at")."""
    for c in tok.children:
        if c.dep_ in PREP_DEPS and c.lower_ == word:
            yield c
        elif c.dep_ in PARTICLE_DEPS and c.lower_ != "according":  # "according to X" names a source
            yield from (g for g in c.children if g.dep_ in PREP_DEPS | {"conj"} and g.lower_ == word)


def quantity(t: Token) -> bool:
    """A measure of something: "25,000 tons (of aid)", "ten days (of war games)"."""
    return t.like_num or any(c.dep_ in {"nummod", "quantmod"} for c in t.children)


def question(clause: Token) -> bool:
    """An indirect question: "asked whether X would ..." asks nothing of X."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def infinitive(v: Token) -> bool:
    """A "to" clause: "(send troops) to help defend X"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def verb_key(v: Token) -> str:
    """A verb's lemma with its particle ("break off")."""
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {prt}" if prt else v.lemma_.lower()


def detached_prep(n: Token, words: tuple[str, ...]) -> Token | None:
    """A preposition right after the noun's phrase that the parser hung elsewhere
    ("attacks last week on a base", with "on" under the verb)."""
    doc = n.doc
    i, end = n.right_edge.i + 1, sentence(n).end
    while i < len(doc) and i <= end - 1 and (doc[i].ent_type_ in {"DATE", "TIME"} or doc[i].dep_ == "npadvmod"):
        i += 1
    if i < end and doc[i].dep_ == PREP and doc[i].lower_ in words and doc[i].head.i != n.i:
        return doc[i]
    return None


def pobj(prep: Token) -> Token | None:
    """The object of a preposition; not a clause with a subject of its own ("with X shuttling
    between the delegations" tells a circumstance)."""
    found = next((c for c in prep.children if c.dep_ == "pobj" or c.dep_ == "pcomp" and child(c, SUBJ) is None), None)
    return found if found is not None else _participle_subject(prep)


def _participle_subject(prep: Token) -> Token | None:
    """The object the parser took for the subject of a participle after it: in "granted
    asylum to five officers holed up in the embassy", "officers" may be made the subject of
    "holed", a clause under "to" or beside it."""
    clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if clause is None:
        if prep.n_rights or prep.i + 1 >= len(prep.doc):
            return None
        n = prep.doc[prep.i + 1]
        while n.dep_ not in SUBJ and n.head.i > n.i:
            n = n.head  # from the phrase's first word up to its head noun
        clause = n.head if n.dep_ in SUBJ and n.head.head.i == prep.head.i else None
    n = child(clause, SUBJ) if clause is not None and clause.tag_ in {"VBN", "VBD"} else None
    return n if n is not None and n.left_edge.i == prep.i + 1 and n.i < clause.i else None


def agent(v: Token) -> Token | None:
    a = child(v, {AGENT})
    return pobj(a) if a is not None else None


def _nearer_clause(v: Token) -> Token | None:
    """A clause with its own subject between a participle and the verb it hangs from: the
    participle tells more of the nearer clause, however the parser hung it."""
    return next((c for c in reversed(list(v.head.children)) if v.head.i < c.i < v.i
                 and c.dep_ in {"advcl", "conj"} and any(g.dep_ in SUBJ for g in c.children)), None)


def subject(v: Token) -> Token | None:
    """The subject of a verb, inherited through coordination, control and relative clauses."""
    seen = 0
    while v is not None and seen < 6:
        # Through control, a passive subject counts: "Hegseth is scheduled to visit Seoul".
        deps = SUBJ if not seen else SUBJ | PASS_SUBJ
        s = next((c for c in v.children if c.dep_ in deps and not dateline(c)), None)
        if s is not None:
            whose = v.dep_ == "relcl" and any(c.lower_ == "whose" for c in s.children)
            return v.head if whose else s  # "Russia, whose forces invaded Ukraine": Russia
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "xcomp" and child(v.head, OBJ) is not None:
            return child(v.head, OBJ)  # object control: "asked Obama to help" - Obama helps
        if v.dep_ == "acl" and v.tag_ == "VBG":
            if v.head.lemma_.lower() not in DOCUMENT_NOUNS or v.head.dep_ not in OBJ or seen:
                return v.head  # "demonstrators protesting against X"
            v = v.head.head  # "issued a statement condemning X": who issued it condemns
            seen += 1
            continue
        if v.dep_ == "advcl" and v.tag_ == "VBG" and (nearer := _nearer_clause(v)) is not None:
            v = nearer  # "X targets A, while Y raided B, also targeting C": Y targets C
            seen += 1
            continue
        if v.dep_ in {"conj", "xcomp", "advcl", "acomp"} and v.head.i != v.i:
            v = v.head
            seen += 1
            continue
        return _headline_subject(v)
    return None


def _headline_subject(v: Token) -> Token | None:
    """A headline's verbs joined by a comma, the first read as a clause of the second: "Biden
    speaks at UNGA, denounces Russia" - Biden denounces."""
    if v.dep_ != "ROOT" or v.i == 0 or v.doc[v.i - 1].text != ",":
        return None
    first = next((c for c in v.lefts if c.dep_ in {"ccomp", "parataxis"}), None)
    return child(first, SUBJ) if first is not None else None


def nearest(level: list[Token], below: Callable[[Token], list[Token]], hit: Callable[[Token], bool],
            depth: int) -> Token | None:
    """The first token, breadth first from `level` and at most `depth` levels down, for which
    `hit` holds; `below` gives the children a walk follows."""
    for _ in range(depth):
        hits = [t for t in level if hit(t)]
        if hits:
            return hits[0]
        level = [c for t in level for c in below(t)]
        if not level:
            break
    return None


def conjuncts(tok: Token) -> list[Token]:
    out, todo = [], [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def clause_chain(tok: Token):
    """tok and the verbs above it, up to the sentence root."""
    t = tok
    for _ in range(8):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def speech_verb(tok: Token) -> Token | None:
    """The verb of saying whose reported clause holds tok."""
    for t in clause_chain(tok):
        if t.dep_ in {"ccomp", "parataxis"} and t.head.lemma_ in SPEECH_VERBS:
            return t.head
    return None


def passive(v: Token) -> bool:
    """A passive verb: "Y was honoured by X"; "soldiers killed in Ukraine" is a passive participle
    too, and so is an opening participle with an agent: "Criticised by the EU, Hungary ..."."""
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in v.children) or \
        (v.dep_ == "acl" and v.tag_ == "VBN") or \
        (v.dep_ == "advcl" and v.tag_ == "VBN" and child(v, {AGENT}) is not None and child(v, SUBJ) is None)
