"""The title line read as a sentence. A headline in title case ("Biden Speaks at UNGA,
Denounces Russia's Violation of UN Charter") is parsed as a string of names; written in
sentence case ("Biden speaks at UNGA, denounces Russia's violation of UN Charter") it parses
like any sentence. Only the case of letters changes, so every offset into the parsed text is
an offset into the article.
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .model import Article

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.\-]*")
# A capitalised word in running text, not after a sentence end: "told Blinken", "the U.N. Charter".
_INNER_CAPITAL = re.compile(r"(?<![.!?:\"\u201c\n]\s)(?<!^)\b[A-Z][a-z][A-Za-z'\u2019\-]*", re.M)
TITLE_CASE_SHARE = 0.6  # share of the longer words capitalised that makes a line title case
LONGER = 4  # "of", "at", "the" stay lower case in title case; longer words do not
MAX_NAME_WORDS = 4


def parse_text(article: Article, lex: Lexicon) -> str:
    """The text to parse: the article's, with a title-case title line in sentence case."""
    text = article.text
    title = article.title
    if not title or not text.lstrip("\ufeff").startswith(title):
        return text
    start = len(text) - len(text.lstrip("\ufeff"))
    cased = sentence_case(title, text[start + len(title):], lex)
    return text[:start] + cased + text[start + len(title):] if cased != title else text


def sentence_case(line: str, body: str, lex: Lexicon) -> str:
    """`line` in sentence case when it is in title case; names keep their capitals: words the
    actor tables know, words written with capitals in the body, acronyms and the first word."""
    words = list(WORD.finditer(line))
    in_body, in_tables = _names_in_body(body), _table_names(words, lex)
    lower = [n for n, w in enumerate(words) if n and w.group()[0].isupper() and w.group()[1:].islower()
             and n not in in_tables and _stem(w.group()) not in in_body]
    # Title case: most longer words that are no name are capitalised ("Warns", "Seizure").
    longer = [n for n, w in enumerate(words) if n and len(w.group()) >= LONGER
              and n not in in_tables and _stem(w.group()) not in in_body]
    if not longer or len(set(longer) & set(lower)) < TITLE_CASE_SHARE * len(longer):
        return line
    out = list(line)
    for n in lower:
        w = words[n]
        if len(w.group().lower()) == len(w.group()):
            out[w.start():w.end()] = w.group().lower()
    return "".join(out)


def _stem(word: str) -> str:
    """A word without its possessive: "Russia's" -> "Russia"."""
    return re.sub(r"['\u2019]s?$", "", word)


def _names_in_body(body: str) -> set[str]:
    """Words the body writes with a capital where no sentence starts: names."""
    return {_stem(m.group()) for m in _INNER_CAPITAL.finditer(body)}


def _table_names(words: list[re.Match], lex: Lexicon) -> set[int]:
    """Positions of the words of names the actor tables know ("White House", "Biden")."""
    stems = [_stem(w.group()) for w in words]
    out: set[int] = set()
    for i in range(len(stems)):
        for n in range(min(MAX_NAME_WORDS, len(stems) - i), 0, -1):
            phrase = " ".join(stems[i:i + n])
            if lex.lookup(phrase) is not None or n == 1 and phrase.lower() in lex.people:
                out.update(range(i, i + n))
                break
    return out
