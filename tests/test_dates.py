"""Event dates: date words found in the event's clause and resolved against the article's date,
on sentences written for these tests, read through the real spaCy model."""
from __future__ import annotations

import json

import pytest

from graphbuild.dates import resolve
from graphbuild.model import Article
from graphbuild.pipeline import extract_articles
from graphbuild.records import dumps, event_from_record

MONDAY = "2024-04-15"
WEDNESDAY = "2024-04-17"


@pytest.mark.parametrize("words, published, future, expected", [
    # a weekday before the publication day: the most recent one
    ("on Saturday", MONDAY, False, ("2024-04-13", "day")),
    ("Tuesday night", WEDNESDAY, False, ("2024-04-16", "day")),
    # the publication day's own weekday is that day, past or future
    ("on Monday", MONDAY, False, (MONDAY, "day")),
    ("on Monday", MONDAY, True, (MONDAY, "day")),
    # a weekday after the publication day, when the verb is future: the next one
    ("on Friday", MONDAY, True, ("2024-04-19", "day")),
    ("on Friday", WEDNESDAY, False, ("2024-04-12", "day")),
    ("last Wednesday", WEDNESDAY, False, ("2024-04-10", "day")),
    ("next Wednesday", WEDNESDAY, True, ("2024-04-24", "day")),
    ("yesterday", MONDAY, False, ("2024-04-14", "day")),
    ("two days ago", MONDAY, False, ("2024-04-13", "day")),
    # month names across a year boundary: December in February is last year's, unless future
    ("in December", "2024-02-10", False, ("2023-12", "month")),
    ("in December", "2024-02-10", True, ("2024-12", "month")),
    ("on Dec. 30", "2024-01-04", False, ("2023-12-30", "day")),
    ("on January 2", "2023-12-28", True, ("2024-01-02", "day")),
    ("on March 3", "2024-03-20", False, ("2024-03-03", "day")),
    ("earlier this month", "2024-02-10", False, ("2024-02", "month")),
    ("last week", "2024-02-12", False, ("2024-02", "month")),
    ("in 2014", "2024-02-10", False, ("2014", "year")),
    ("March 3, 2024", None, False, ("2024-03-03", "day")),
])
def test_resolved_against_the_publication_day(words, published, future, expected):
    found = resolve(words, published, future)
    assert (found.date, found.precision) == expected
    assert found.text == words


@pytest.mark.parametrize("words, published", [
    ("on Saturday", None),  # no article date: no guess
    ("in December", None),
    ("since December", "2024-02-10"),  # a bound, not a point
    ("the 1990s", "2024-02-10"),
    ("recent weeks", "2024-02-10"),
    ("for two years", "2024-02-10"),
])
def test_no_date_where_the_words_name_no_point(words, published):
    assert resolve(words, published) is None


TEXT = ("Israel struck Hezbollah sites in Lebanon on Saturday. "
        "Mexico broke off diplomatic ties with Ecuador in December. "
        "The president of France will visit Germany on Friday. "
        "Ecuadorian police on Friday forced their way into the Mexican embassy in Quito to arrest Glas, "
        "who had been residing there since December. "
        "Russia criticised the United States.")


def _dated(published):
    events = extract_articles([Article(id="d", text=TEXT, date=published)]).events
    return {(e.source.name, e.cameo[:2], e.target.name): e for e in events}


def test_events_carry_the_date_of_their_clause():
    found = _dated(MONDAY)
    strike = found["Israel", "19", "Hezbollah"]
    assert (strike.event_date, strike.date_precision, strike.date_text, strike.date_source) == \
        ("2024-04-13", "day", "on Saturday", "text")
    ties = next(e for k, e in found.items() if k[0] == "Mexico")
    assert (ties.event_date, ties.date_precision) == ("2023-12", "month")
    visit = next(e for e in found.values() if e.target.name == "Germany")
    assert visit.modality == "future"
    assert visit.event_date == "2024-04-19"  # future: the coming Friday
    arrest = next(e for k, e in found.items() if k[1] == "17")
    assert arrest.date_text == "on Friday" and arrest.event_date == "2024-04-12"  # not "since December"
    plain = found["Russia", "11", "United States"]
    assert (plain.event_date, plain.date_source, plain.date_text) == (MONDAY, "article", None)
    assert strike.date == "2024-04-13" and plain.date == MONDAY


def test_without_an_article_date_relative_words_give_no_date():
    found = _dated(None)
    strike = found["Israel", "19", "Hezbollah"]
    assert strike.event_date is None and strike.date_source is None and strike.date is None


def test_the_date_fields_survive_jsonl():
    for e in _dated(MONDAY).values():
        back = event_from_record(json.loads(dumps(e)))
        assert back == e
        assert (back.event_date, back.date_precision, back.date_text, back.date_source) == \
            (e.event_date, e.date_precision, e.date_text, e.date_source)


# -- article dates ---------------------------------------------------------------------------

from graphbuild.readers import read_articles  # noqa: E402
from graphbuild.model import Problem  # noqa: E402


def _read(path):
    return list(read_articles([str(path)]))


@pytest.mark.parametrize("text, date, title", [
    ("Mexico breaks ties with Ecuador\n\nQUITO, Ecuador, April 6, 2024 — Mexico broke off ties.\n",
     "2024-04-06", "Mexico breaks ties with Ecuador"),
    ("Saturday, April 6, 2024\n\nMexico broke off ties with Ecuador.\n", "2024-04-06", None),
    ("Mexico breaks ties\nApril 6, 2024\n\nMexico broke off ties with Ecuador.\n", "2024-04-06", "Mexico breaks ties"),
    # no date line: no date, whatever dates the story mentions
    ("Mexico breaks ties\n\nQUITO — On April 6, 2024, Mexico broke off ties.\n", None, "Mexico breaks ties"),
    ("Mexico breaks ties\n03/04/2024\n\nMexico broke off ties.\n", None, "Mexico breaks ties"),  # day or month first?
])
def test_a_txt_article_dated_by_its_own_date_line(tmp_path, text, date, title):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = _read(path)
    assert (article.date, article.title) == (date, title)


def test_a_jsonl_date_that_cannot_be_read_is_reported_and_the_article_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "date": "last Tuesday", "text": "France condemned Iran."}) + "\n"
                    + json.dumps({"id": "y", "date": "April 12, 2017", "text": "France condemned Iran."}) + "\n",
                    encoding="utf-8")
    out = _read(path)
    assert [a.date for a in out if not isinstance(a, Problem)] == [None, "2017-04-12"]
    [problem] = [p for p in out if isinstance(p, Problem)]
    assert (problem.line, str(problem).split(": ", 1)[1].split(";")[0]) == \
        (1, "\"date\" 'last Tuesday' of record 'x' is not a date")
    assert problem.kept  # the article is read: the problem is its date alone


def test_the_cli_says_an_article_with_a_bad_date_was_read_not_skipped(tmp_path, capsys):
    from graphbuild.cli import main

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "date": "last Tuesday", "text": "France condemned Iran."}) + "\n",
                    encoding="utf-8")
    code = main(["build", "-q", str(path), "-o", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 1  # the date is still a problem to hear of
    assert err.startswith("graphbuild: read with a problem ") and "skipped" not in err
    assert "1 article read (1 read with a problem)" in out


def test_an_html_date_comes_from_the_metadata_never_from_the_text(tmp_path):
    body = "<p>" + "Israel struck Hezbollah sites in Lebanon on Saturday, the military said. " * 5 + \
        "</p><p>Posted March 3, 2021.</p>"
    meta = "<meta property='article:published_time' content='2024-04-15T08:00:00Z'>"
    for name, head, date in (("with.html", meta, "2024-04-15"), ("without.html", "", None)):
        page = f"<html><head><title>Strikes</title>{head}</head><body><article><h1>Strikes</h1>{body}</article></body></html>"
        (tmp_path / name).write_text(page, encoding="utf-8")
        [article] = _read(tmp_path / name)
        assert article.date == date


@pytest.mark.parametrize("words, published, expected", [
    ("last September", "2023-09-19", "2022-09"),  # the month before this one's
    ("last September", "2023-10-02", "2023-09"),
    ("next March", "2024-03-10", "2025-03"),
])
def test_last_and_next_month_names(words, published, expected):
    assert resolve(words, published).date == expected


def test_a_date_placed_by_the_clause_it_is_in():
    text = ("Addressing the United Nations on Tuesday, President Biden criticised Russia. "
            "France criticised Iran, and Germany met Russia on Friday evening. "
            "Mexico condemned Ecuador after the police raid of Friday.")
    events = extract_articles([Article(id="c", text=text, date="2024-04-18")]).events  # a Thursday
    when = {(e.source.name, e.target.name): (e.date_text, e.event_date) for e in events}
    assert when["Joe Biden" if ("Joe Biden", "Russia") in when else "Biden", "Russia"] == ("on Tuesday", "2024-04-16")
    assert when["Germany", "Russia"] == ("on Friday evening", "2024-04-12")
    assert when["France", "Iran"] == (None, "2024-04-18")  # another clause's date is not its own
    assert when["Mexico", "Ecuador"] == (None, "2024-04-18")  # the raid's date, not the condemnation's


def test_an_event_noun_is_not_dated_by_the_verb_that_mentions_it():
    text = "On Tuesday, Biden denounced Russia's invasion of Ukraine. Hamas carried out an attack on Israel on October 7."
    events = extract_articles([Article(id="n", text=text, date="2023-11-01")]).events
    when = {(e.source.name, e.cameo[:2], e.target.name): e.event_date for e in events}
    assert when["Russia", "19", "Ukraine"] == "2023-11-01"  # the article's date: the invasion is not Tuesday's
    assert when["Hamas", "19", "Israel"] == "2023-10-07"  # a light verb's noun: the verb's date


def test_a_report_in_the_past_perfect_is_not_dated_by_the_saying():
    text = ("Israel said on Sunday that its jets had struck Hezbollah. "
            "Hezbollah said on Sunday that it fired rockets at Israel.")
    events = extract_articles([Article(id="r", text=text, date="2024-04-09")]).events
    when = {(e.source.name, e.cameo[:2], e.target.name): e.date_text for e in events}
    assert when["Hezbollah", "19", "Israel"] == "on Sunday"
    assert when[next(k for k in when if k[2] == "Hezbollah" and k[1] == "19")] is None
