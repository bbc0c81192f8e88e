"""The NLP stage: long texts are parsed in pieces, and the pieces make one Doc of the whole text."""
from __future__ import annotations

import pytest

from graphbuild import nlp, pipeline
from graphbuild.model import Article
from graphbuild.nlp import pieces

PARAGRAPHS = [
    "Germany condemned Iran on Tuesday over its missile tests. France praised Egypt for its mediation.",
    "The Russian foreign minister Sergey Lavrov met his Turkish counterpart in Ankara on Monday.",
    "Japan criticised China over the islands. South Korea and Japan signed a trade accord in Seoul.",
    "Ukraine accused Russia of shelling Kharkiv. The United Nations urged both sides to return to talks.",
]
ARTICLE = "Talks and threats\n\n" + "\n\n".join(PARAGRAPHS * 3) + "\n"


def test_pieces_cover_the_text_and_end_at_the_best_break():
    text = "First paragraph here.\n\nSecond one. It goes on and on. Third sentence"
    spans = pieces(text, 40)
    assert "".join(text[s:e] for s, e in spans) == text
    assert [text[s:e] for s, e in spans] == [
        "First paragraph here.\n\n", "Second one. It goes on and on. ", "Third sentence"]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.replace("\n\n", " "), "x" * 1000, "word " * 300])
def test_pieces_are_bounded_and_contiguous(text):
    spans = pieces(text, 120)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < e - s <= 120 for s, e in spans)
    if " " in text:  # a sentence or a word is never cut in two
        assert all(text[e - 1].isspace() for _, e in spans[:-1])


def test_a_text_short_enough_is_one_piece():
    assert pieces(ARTICLE) == [(0, len(ARTICLE))]


def _events(articles):
    return sorted((e.doc_id, e.char_start, e.char_end, e.sentence, e.source.id, e.cameo, e.target.id)
                  for e in pipeline.extract_articles(articles).events)


def test_an_article_parsed_in_pieces_gives_the_events_of_the_whole_with_its_offsets(monkeypatch):
    articles = [Article("short", PARAGRAPHS[0]), Article("long", ARTICLE), Article("after", PARAGRAPHS[2])]
    whole = _events(articles)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 250)
    monkeypatch.setattr(nlp, "BATCH_CHARS", 600)
    assert len(pieces(ARTICLE, 250)) > 5
    split = _events(articles)
    assert split == whole
    assert {doc for doc, *_ in split} == {"short", "long", "after"}
    for doc_id, start, end, sentence, *_ in split:
        text = {a.id: a.text for a in articles}[doc_id]
        assert text[start:end] == sentence
