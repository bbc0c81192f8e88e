"""Persons' titles: the title and state written around a name ("Russian Foreign Minister
Sergey Lavrov", "King Hassan of Morocco"), and a title alone that refers back to the person
who holds it ("the secretary of state", "the Chinese leader", "the envoy")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..model import Mention
from ..patterns import cue
from ..syntax import pobj, preps
from .found import ByToken, Found, has_the, modifier_tokens, sentence_state

# "the Chinese leader": the one head of state or government of that state the article named.
LEADER_NOUNS, LEADER_TITLES = cue("leader_noun"), cue("leader_title")
# A title written before a name: at most this many words, joined by these.
_TITLE_WORDS, _TITLE_LINKS, _DETERMINERS = 6, {"of", "for"}, {"the", "a", "an"}


# -- a person's own title --

def add_titles(doc: Doc, by_token: ByToken, lex: Lexicon) -> None:
    """Country and role of persons from the words around their name."""
    seen = set()
    for f in list(by_token.values()):
        if id(f) in seen or f.mention.kind != "PERSON":
            continue
        seen.add(id(f))
        f.mention = _titled(doc, f, by_token, lex)


def _titled(doc: Doc, f: Found, by_token: ByToken, lex: Lexicon) -> Mention:
    """A person with the title, state and organisation the words around the name give:
    "U.N. Secretary-General Kofi Annan" is of the UN, "President X" of the one state named."""
    head = doc[f.start:f.end].root
    mods = _described_by(head, f, by_token)
    # Title words run from the first modifier to the name, prepositions included
    # ("Secretary of State Rex Tillerson").
    first = min((t.i for t in mods if t.i < f.start), default=f.start)
    # Without the words of other actors: "former Pakistani prime minister" is a former prime minister.
    words = [t.lower_ for t in doc[first:f.start] if by_token.get(t.i, f) is f] + \
        [t.lower_ for t in mods if t.i > f.end]
    title = longest_role(words, lex.titles)
    if title is None and not f.mention.title:
        # "The Federal Minister for Interior X": the parser hangs the name under the title.
        before = _title_before(doc, f, head, lex)
        title = longest_role([t.lower_ for t in before], lex.titles) if before else None
        if title is not None:
            mods, first = mods + before, min(first, before[0].i)
    country, group, stated = _affiliation(f, mods, _of_state(head, by_token), first, by_token)
    m = _text_wins(f.mention, country, stated)
    if title and _unplaced(m, country, group, lex):
        country = sentence_state(head, by_token)
    return _with_title(m, country, group, title)


def _title_before(doc: Doc, f: Found, head: Token, lex: Lexicon) -> list[Token]:
    """The title words before a name that the parse does not make the name's own: the phrase
    of a title noun the name is in apposition to ("Ghana's foreign minister Samuel Ablakwa",
    "the foreign minister of Ghana, Samuel Ablakwa"), else the capitalised words just before
    the name, back to a determiner or punctuation ("the Federal Minister for Interior" of "The
    Federal Minister for Interior Aftab Sherpao", whose name the parser makes the object of
    "for")."""
    noun = head.head
    if head.dep_ == "appos" and noun.i < f.start and noun.lower_ in lex.title_heads:
        return [t for t in noun.subtree if t.i < f.start and not t.is_punct and t.dep_ not in {"det", "case"}]
    out: list[Token] = []
    for i in range(f.start - 1, max(f.start - _TITLE_WORDS, 0) - 1, -1):
        t = doc[i]
        if doc[i + 1].is_sent_start or t.lower_ in _DETERMINERS:
            break
        if t.is_title or t.is_upper and t.is_alpha or out and t.lower_ in _TITLE_LINKS:
            out.append(t)
        else:
            break
    while out and out[-1].lower_ in _TITLE_LINKS:  # "for Interior", not "for" alone
        out.pop()
    return out[::-1]


def _unplaced(m: Mention, country: str | None, group: str | None, lex: Lexicon) -> bool:
    """"President X", unknown to the tables and with no state or organisation in the words
    around the name, is of the one state the sentence names."""
    return not (m.country or country or group or m.key) and m.name.split()[-1].lower() not in lex.people


def _with_title(m: Mention, country: str | None, group: str | None, title: tuple[str, str] | None) -> Mention:
    """The person with what the words gave, where the table gave nothing: an organisation only
    when no state was found. A former office in the text wins over the table's ("Former
    President Jair Bolsonaro" is an elite, whatever office the table last knew)."""
    former = title is not None and title[1] == "ELI"
    return replace(m, country=m.country or country, group=m.group or (None if country else group),
                   role=title[1] if former else m.role or (title[1] if title else None),
                   title=title[0].title() if title else m.title)


def _described_by(head: Token, f: Found, by_token: ByToken) -> list[Token]:
    """The words before a name and those of its apposition, unless the apposition is another
    person's ("Abbas Araghchi and US special envoy Steve Witkoff": "US" is not Araghchi's)."""
    mods = modifier_tokens(head, f.start)
    for child in head.children:
        other = by_token.get(child.i)
        if child.dep_ == "appos" and not (other is not None and other.mention.kind == "PERSON"):
            mods.extend(t for t in child.subtree if t.dep_ != "prep")
    return mods


def _of_state(head: Token, by_token: ByToken) -> list[Token]:
    """"King Hassan of Morocco": a state after the name, as close as the words before it."""
    objs = [pobj(c) for c in preps(head, "of")]
    return [p for p in objs if p is not None and p.i in by_token
            and by_token[p.i].mention.kind == "STATE" and by_token[p.i].mention.role is None]


def _affiliation(f: Found, mods: list[Token], of_state: list[Token], first: int,
                 by_token: ByToken) -> tuple[str | None, str | None, bool]:
    """(country, organisation, stated) from the nearest word that names an actor: "Serbian
    President X" is stated with the name, "X, a Serbian official" is not."""
    country = group = None
    for t in sorted(mods, key=lambda t: abs(t.i - f.start)) + of_state:  # the nearest word first
        other = by_token.get(t.i)
        if other is None or other is f:
            continue
        if other.mention.country:
            stated = first <= t.i < f.start or t in of_state
            return other.mention.country, group, stated
        if other.mention.kind == "IGO" and group is None:  # "U.N. Secretary-General Kofi Annan"
            group = other.mention.key
    return country, group, False


def _text_wins(m: Mention, country: str | None, stated: bool) -> Mention:
    """The text's affiliation wins over the table's: "Serbian President Kostunica" acted for
    Serbia whatever else he led; a surname alone of another state is someone else."""
    if not (stated and m.country and country != m.country):
        return m
    if m.key and " " not in m.text.strip() and m.name != m.text:
        m = Mention(text=m.text, start=m.start, end=m.end, kind="PERSON", name=m.text)
    return replace(m, country=country)


def longest_role(words: list[str], table: dict[str, str]) -> tuple[str, str] | None:
    """The longest run of words that is a key of `table`, as (phrase, role):
    ["us", "secretary", "of", "state"] -> ("secretary of state", "GOV")."""
    best = None
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            phrase = " ".join(words[i:j])
            if phrase in table and (best is None or len(phrase) > len(best[0])):
                best = (phrase, table[phrase])
                break
    return best


# -- a title alone refers back to its holder --

def add_title_references(tokens: list[Token], by_token: ByToken, lex: Lexicon) -> None:
    """"the secretary of state" after "Secretary of State Rex Tillerson" is Tillerson."""
    persons: list[Found] = []  # titled persons named so far, in order
    for t in tokens:
        f = by_token.get(t.i)
        if f is not None:
            if f.mention.kind == "PERSON" and f.mention.title and (not persons or persons[-1] is not f):
                persons.append(f)
            continue
        if not _may_be_title(t, lex):
            continue  # most words are no title: decided before looking at their children
        ref = _title_reference(t, persons, by_token, lex)
        if ref is not None:
            by_token[t.i] = ref


def _may_be_title(t: Token, lex: Lexicon) -> bool:
    """A definite noun that can end a title: "the president", "the Chinese leader"."""
    low = t.lower_
    return (low in LEADER_NOUNS or low in lex.title_heads) and t.pos_ in {"NOUN", "PROPN"} and has_the(t)


def _title_reference(t: Token, persons: list[Found], by_token: ByToken, lex: Lexicon) -> Found | None:
    """The titled person named before whom the title t stands for, if the text leaves one."""
    states = _title_states(t, by_token)
    if t.lower_ in LEADER_NOUNS:
        return _leader(t, states, persons)
    ref = _by_title_phrase(t, states, persons, lex)
    return ref if ref is not None else _by_title_word(t, states, persons)


def _title_states(t: Token, by_token: ByToken) -> set[str | None]:
    """"the president of Armenia", "the Iranian minister": a holder of that state only."""
    return {by_token[c.i].mention.country for c in t.lefts if c.i in by_token} | {
        by_token[g.i].mention.country for c in preps(t, "of")
        if (g := pobj(c)) is not None and g.i in by_token and by_token[g.i].mention.kind == "STATE"}


def _leader(t: Token, states: set[str | None], persons: list[Found]) -> Found | None:
    """"the Chinese leader" after "Chinese President Xi Jinping": the leader of that state."""
    leaders = [p for p in persons if p.mention.country in states
               and (p.mention.title or "").lower() in LEADER_TITLES]
    if len(states) == 1 and len({p.mention.name for p in leaders}) == 1:
        return Found(t.i, t.i + 1, replace(leaders[-1].mention, via=f"the {t.lower_}"))
    return None


def _by_title_phrase(t: Token, states: set[str | None], persons: list[Found], lex: Lexicon) -> Found | None:
    """"the secretary of state" after "Secretary of State Rex Tillerson". A one-word title
    ("the president") is too common to guess between holders; a longer one goes to the holder
    named last."""
    phrase = next((p for p in _title_phrases(t) if p in lex.titles), None)
    if phrase is None:
        return None
    holders = {p.mention.name: p for p in persons if p.mention.title.lower() == phrase
               and (not states or p.mention.country in states)}
    if len(holders) == 1 or holders and " " in phrase:
        p = next(p for p in reversed(persons) if p.mention.name in holders)
        return Found(t.i, t.i + 1, replace(p.mention, via=f"the {phrase}"))
    return None


def _by_title_word(t: Token, states: set[str | None], persons: list[Found]) -> Found | None:
    """"the envoy" after "special envoy Steve Witkoff", "the Iranian minister" after "Iranian
    Foreign Minister Abbas Araghchi": the one holder of such a title."""
    low = t.lower_
    holders = {p.mention.name: p for p in persons if p.mention.title.lower().split()[-1] == low
               and (not states or p.mention.country in states)}
    if len(holders) == 1 and len(states) <= 1:
        holder = next(iter(holders.values())).mention
        return Found(t.i, t.i + 1, replace(holder, via=f"the {low}"))
    return None


def _title_phrases(t: Token) -> list[str]:
    """"the secretary of state", "the foreign minister": the title words headed by t."""
    words = [c.lower_ for c in t.lefts if c.dep_ in {"compound", "amod"}] + [t.lower_]
    phrases = [" ".join(words), t.lower_]
    for c in preps(t, "of"):
        obj = pobj(c)
        if obj is not None:
            phrases.insert(0, f"{' '.join(words)} of {obj.lower_}")
    return phrases
