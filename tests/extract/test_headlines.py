"""The title line read as a sentence: a title-case headline is parsed in sentence case, names
keep their capitals, and the event's offsets index the article as written."""
from __future__ import annotations

from extract_cases import trace

from graphbuild.headline import sentence_case
from graphbuild.lexicon import lexicon
from graphbuild.model import Article
from graphbuild.pipeline import extract_articles

BODY = ("OSLO \u2014 The Norwegian government on Monday summoned the ambassador of Iran after "
        "Tehran seized a tanker crewed by Norwegians, Foreign Minister Lars Dahl said.")


def _events(title: str, body: str = BODY):
    text = f"{title}\n\n{body}"
    return text, extract_articles([Article(id="t", text=text, title=title)]).events


def test_a_title_case_headline_is_coded_like_a_sentence():
    title = "Norway Condemns Iran's Seizure of Tanker, Warns Tehran"
    text, found = _events(title)
    head = [e for e in found if e.char_start == 0]
    assert any(e.source.name == "Norway" and e.cameo[:2] == "11" and e.target.name == "Iran" for e in head), \
        trace(sentence_case(title, BODY, lexicon()))
    # The event keeps the title as written, and its offsets index the article.
    assert all(e.sentence == title and text[e.char_start:e.char_end] == title for e in head)


def test_a_sentence_case_headline_is_read_as_written():
    title = "Norway condemns Iran over tanker seizure"
    _, found = _events(title)
    assert any(e.char_start == 0 and e.source.name == "Norway" and e.target.name == "Iran" for e in found)


def test_names_keep_their_capitals():
    body = "The talks were held in Geneva, where Karl Vogt of the Red Cross spoke to reporters."
    line = "Vogt Urges White House, Kremlin to Resume Talks in Geneva"
    assert sentence_case(line, body, lexicon()) == "Vogt urges White House, Kremlin to resume talks in Geneva"


def test_a_line_in_sentence_case_is_left_alone():
    line = "In Chad, Vogt announces new aid for Sudanese Refugees"
    assert sentence_case(line, "Aid chief Vogt spoke on Monday.", lexicon()) == line


def test_verbs_joined_by_a_comma_share_the_headline_subject():
    title = "Ruto Speaks at AU Summit, Condemns Sudan's Attack on Civilians"
    body = "NAIROBI \u2014 Kenya opened talks between rival factions on Monday."
    _, found = _events(title, body)
    assert any(e.char_start == 0 and e.source.name == "William Ruto" and e.cameo[:2] == "11" and e.target.name == "Sudan"
               for e in found), trace(sentence_case(title, body, lexicon()))
