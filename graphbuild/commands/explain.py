"""`graphbuild explain "SENTENCE"` or `graphbuild explain FILE --sentence N`: why a sentence
gives the events it gives (graphbuild.explain.explain)."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..explain import explain as explain_text


def explain(args) -> int:
    text = args.text
    if Path(text).is_file():
        from ..readers import Problem, read_articles

        first = next(iter(read_articles([text], strict=True)), None)
        if first is None or isinstance(first, Problem):
            raise InputError(f"{text}: no article to read", "give a .txt, .jsonl or .html article")
        text = first.text
    print(explain_text(text, sentence=args.sentence, model=args.model))
    return 0
