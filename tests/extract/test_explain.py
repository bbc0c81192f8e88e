"""explain shows why a sentence gives its events: as a function and as a command."""
from __future__ import annotations

import subprocess
import sys

from graphbuild.explain import explain


def test_explain_names_the_row_the_veto_and_the_event():
    text = "Russia threatened to expel British diplomats."
    out = str(explain(text))
    assert "threatened" in out and "VERB" in out  # the parse
    assert "'Russia' STATE -> Russia (RUS)" in out  # a mention and how it resolved
    assert "veto: inside a frame" in out  # expel under threaten is no expulsion
    assert "verbs.csv:" in out  # the row used
    events = explain(text).events
    assert [(e.source, e.target) for e in events] == [("Russia", "British government")]
    assert events[0].rule.startswith("inf:") and events[0].cameo != "166"


def test_explain_shows_a_known_noun_that_gave_nothing():
    out = str(explain("The expulsion of diplomats angered London."))
    assert "noun expulsion 166 (nouns.csv:" in out and "noun: no source" in out


def test_explain_picks_a_sentence_with_the_article_before_it():
    text = "Vladimir Putin met Xi Jinping in Beijing. He criticised the United States."
    ex = explain(text, sentence=2)
    assert ex.sentence == "He criticised the United States."
    assert ("Vladimir Putin", "111", "United States") in {(e.source, e.cameo, e.target) for e in ex.events}
    assert "'He' PERSON -> Vladimir Putin" in str(ex)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild", "explain", *args], capture_output=True, text=True)


def test_the_command_explains_a_sentence_and_a_file(tmp_path):
    done = _cli("Mali expelled French troops.")
    assert done.returncode == 0 and "Mali 166 French military  [verb:expel]" in done.stdout
    article = tmp_path / "a.txt"
    article.write_text("Germany praised France on Monday. Serbia protested to Albania against Kosovo's decision.\n",
                       encoding="utf-8")
    done = _cli(str(article), "--sentence", "2")
    assert done.returncode == 0 and "Serbia 114 Albania  [verb:protest to]" in done.stdout


def test_the_command_refuses_a_sentence_number_out_of_range():
    done = _cli("Germany praised France.", "--sentence", "3")
    assert done.returncode == 2 and "sentence 3 not found: the text has 1 sentences" in done.stderr
