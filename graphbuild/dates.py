"""Event dates: the date an event happened when its clause says it, resolved against the
article's date ("Israel struck Iran on Saturday", published on Monday 2024-04-15: 2024-04-13).

Two steps, kept apart:
- `date_words(anchor)` (extraction, over the parse): the date phrase attached to the event's
  word or to the clauses above it in the same sentence, with its preposition ("on Saturday").
  Only phrases the model tagged DATE are read, so a sentence without one costs a tag test per
  word. A phrase under "since", "until", "for" ... is a span or a bound, not when it happened.
- `resolve(words, published, future)` (no parse): an EventDate. Weekdays and "today" are
  counted here, the most recent one on or before the publication day, or the next one on or
  after it when the event is future ("will meet on Saturday"); "earlier this month" is this
  month. Everything else ("yesterday", "last week", "March 3", "in December", "March 3, 2024",
  "two days ago", "in 2014") is read by dateparser, told the publication day and whether to
  prefer past or future: "December" in a February article is last December, unless future.
  A week ("last week") is given as the month of its Thursday (precision month): ISO dates
  have no week precision. A phrase that names no year cannot be resolved without the
  article's date: such an event keeps no date rather than a guessed one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .syntax import sentence

PRECISIONS = ("day", "month", "year")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A phrase under these is a span or a bound of time, not the time of the event.
NOT_WHEN = {"since", "until", "till", "before", "after", "for", "over", "through", "throughout", "within",
            "by", "between", "from", "to", "than", "like"}
# Words that can only be read as a point in time; the phrase must have one of them.
_POINT = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight"
    r"|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|(?:last|this|next) (?:week|month|year)|(?:19|20)\d\d"
    r"|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?) ago)\b")
# Durations, decades and vague spans: no one date.
_SPAN = re.compile(r"\b(?:\d+s|decades?|century|centuries|recent|past|few|several|years? of|months? of|"
                   r"days? of|weeks? of|coming|following|next few|each|every|end of)\b|'s\b|\d+-")
_LEAD = re.compile(r"^(?:on|in|at|during|of|the|early|earlier|late|later|mid|around)\b[\s-]*")
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_PART_OF_DAY = re.compile(rf"\s+(?:{'|'.join(PARTS_OF_DAY)})$")
_THIS_UNIT = re.compile(r"^(?:earlier |later |early |late )?this (week|month|year)$")


@dataclass(frozen=True)
class EventDate:
    """When an event happened: an ISO date of its precision and the words it came from."""

    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # one of PRECISIONS
    text: str


# -- finding the words (over a spaCy parse; no spaCy import needed) ---------------------------

def date_words(anchor) -> str | None:
    """The date phrase of the event whose word is `anchor`: the one attached to the anchor,
    else to the nearest clause above it in the sentence. "Police on Friday forced their way into
    the embassy to arrest Glas": "on Friday" for forced and for arrest."""
    phrases = _sentence_dates(sentence(anchor))
    if not phrases:
        return None
    by_governor = {}
    for governor, words in phrases:
        by_governor.setdefault(governor, words)
    tok = anchor
    while True:
        if tok.i in by_governor:
            return by_governor[tok.i]
        for c in tok.children:  # "Addressing the UN on Tuesday, Biden denounced ...": the same time
            if c.i in by_governor and c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"} \
                    and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children):
                return by_governor[c.i]
        # An event noun the clause only mentions has its own time: "denounced on Tuesday
        # Russia's invasion of Ukraine" does not date the invasion (a light verb's noun,
        # "carried out an attack on Saturday", comes here with the verb as its anchor).
        # A report in the past perfect is of an earlier time: "said Sunday its warplanes had
        # struck" (but "said on Sunday it fired rockets" is Sunday's).
        if tok.head.i == tok.i or tok.dep_ in {"relcl", "acl", "appos"} or tok.pos_ in {"NOUN", "PROPN"} \
                or tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
            return None
        tok = tok.head


def _sentence_dates(sent) -> list[tuple[int, str]]:
    """(index of the word a date phrase modifies, its words with the preposition) for each
    DATE phrase of the sentence that can name a point in time; read once per sentence (a
    sentence's every event asks), kept with the document."""
    key = ("graphbuild.dates", sent.start)
    if key not in sent.doc.user_data:
        sent.doc.user_data[key] = _scan_dates(sent)
    return sent.doc.user_data[key]


def _scan_dates(sent) -> list[tuple[int, str]]:
    out, i, end = [], sent.start, sent.end
    doc = sent.doc
    while i < end:
        if doc[i].ent_type_ != "DATE":
            i += 1
            continue
        j = i + 1
        while j < end and doc[j].ent_type_ == "DATE" and doc[j].ent_iob_ == "I":
            j += 1
        found = _attached(doc[i:j])
        if found is not None:
            out.append(found)
        i = j
    return out


def _attached(span) -> tuple[int, str] | None:
    words = span.text
    if not _POINT.search(words.lower()) or _SPAN.search(words.lower()):
        return None
    root = span.root
    head = root.head
    if head.i == root.i:
        return None
    if head.lower_ in PARTS_OF_DAY and head.i == span.end:  # "Friday evening"
        words, root, head = f"{words} {head.text}", head, head.head
    if head.dep_ in {"prep", "agent"} and root.dep_ == "pobj":
        if head.lower_ in NOT_WHEN:
            return None
        if head.i + 1 == span.start:
            words = f"{head.text} {words}"
        head = head.head
    return head.i, words


# -- resolving them (no parse) ----------------------------------------------------------------

def resolve(words: str | None, published: str | None, future: bool = False) -> EventDate | None:
    """The date `words` name, counted from the article's date `published` (YYYY-MM-DD), looking
    forward when the event is future.

    >>> resolve("on Saturday", "2024-04-15")  # a Monday
    EventDate(date='2024-04-13', precision='day', text='on Saturday')
    >>> resolve("in December", "2024-02-10").date
    '2023-12'
    """
    if not words:
        return None
    found = _resolve(words.strip().lower(), published, future)
    return EventDate(found[0], found[1], words.strip()) if found else None


@lru_cache(maxsize=4096)
def _resolve(words: str, published: str | None, future: bool) -> tuple[str, str] | None:
    if not _POINT.search(words) or _SPAN.search(words) or words.split()[0] in NOT_WHEN:
        return None
    phrase = words
    while True:
        shorter = _LEAD.sub("", phrase, count=1)
        if shorter == phrase:
            break
        phrase = shorter
    phrase = _PART_OF_DAY.sub("", phrase).strip(" ,.")
    base = _day(published)
    unit = _THIS_UNIT.match(words.removeprefix("in ").removeprefix("on "))
    if unit:
        phrase = f"this {unit.group(1)}"
    if base is None and not re.search(r"\b(?:19|20)\d\d\b", phrase):
        return None  # "on Saturday" of an article without a date: no guess
    if phrase in WEEKDAYS or phrase in {"last " + d for d in WEEKDAYS} | {"next " + d for d in WEEKDAYS}:
        return _weekday(phrase, base, future), "day"
    if phrase in {"today", "tonight"}:
        return base.isoformat(), "day"
    month = re.fullmatch(r"(last|next) ([a-z]+\.?)", phrase)
    month = month if month and _MONTH_NAME.fullmatch(month.group(2)) else None
    if month and base is not None:  # "last September": before this month, "next March": after it
        first = base.replace(day=1)
        base = first - timedelta(days=1) if month.group(1) == "last" else \
            (first + timedelta(days=32)).replace(day=1)
        phrase, future = month.group(2), month.group(1) == "next"
    return _dateparser(phrase, base, future)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _weekday(phrase: str, base: date, future: bool) -> str:
    """The named weekday nearest the publication day in the event's direction; the day itself
    counts ("on Monday" in a Monday article is that day), "last"/"next" force a direction."""
    word = phrase.split()[-1]
    wanted = WEEKDAYS.index(word)
    ahead = phrase.startswith("next") or (future and not phrase.startswith("last"))
    if ahead:
        return (base + timedelta(days=(wanted - base.weekday()) % 7 or (7 if phrase.startswith("next") else 0))).isoformat()
    back = (base.weekday() - wanted) % 7 or (7 if phrase.startswith("last") else 0)
    return (base - timedelta(days=back)).isoformat()


def _dateparser(phrase: str, base: date | None, future: bool) -> tuple[str, str] | None:
    parsed = _parser(base, future).get_date_data(phrase)
    when, period = parsed.date_obj, parsed.period
    if when is None:
        return None
    when = when.date()
    if period == "week":  # the week's Thursday decides its month, as ISO weeks do
        thursday = when - timedelta(days=when.weekday()) + timedelta(days=3)
        return thursday.strftime("%Y-%m"), "month"
    if period == "month":
        return when.strftime("%Y-%m"), "month"
    if period == "year":
        return f"{when.year:04d}", "year"
    return when.isoformat(), "day"


@lru_cache(maxsize=256)
def _parser(base: date | None, future: bool):
    from dateparser.date import DateDataParser  # loads its language data on first use

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    return DateDataParser(languages=["en"], settings=settings)


def iso_precision(value: str | None) -> str | None:
    """The precision of an ISO date string: "2024-03" is a month."""
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


# -- article dates (readers) ------------------------------------------------------------------

# A full date with a month name, "March 3, 2024", "3 March 2024", "Sunday, April 7, 2024",
# "Apr. 7, 2024 10:30 AM EDT", or ISO "2024-04-07": the only forms read as a publication date.
# Numeric dates other than ISO ("03/04/2024") are left alone: day and month cannot be told apart.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_NAME = re.compile(_MONTH)
_FULL_DATE = re.compile(
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[,\s]+\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?)?", re.IGNORECASE)
# "WASHINGTON, March 3, 2024 —", "KYIV, Ukraine (AP), April 7, 2024 -": a place, a date, a dash.
_DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{1,30}(?:,[^\n,()\-:\u2014\u2013]{1,40})?(?:\s*\([^)\n]{1,40}\))?,?\s+"
                       rf"(?P<date>{_FULL_DATE.pattern})\s*(?:[-\u2013\u2014]+|:)\s", re.IGNORECASE)


def full_date(value: str) -> str | None:
    """YYYY-MM-DD of a whole string that is one full date ("Sunday, April 7, 2024"), else None."""
    value = value.strip().rstrip(".")
    if not _FULL_DATE.fullmatch(value):
        return None
    from dateparser import parse

    parsed = parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                      "STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def text_date(text: str) -> tuple[str, str] | None:
    """(YYYY-MM-DD, the words) of an article's own date line: a line among the first ones that
    is only a date, or a dateline opening a paragraph near the start ("WASHINGTON, March 3, 2024
    — ..."). Nothing else in the text is taken for the publication date."""
    head = text[:2000]
    lines = [line.strip() for line in head.splitlines()[:8]]
    for line in lines:
        if line and len(line) <= 60:
            found = full_date(line)
            if found:
                return found, line
    for line in lines:
        m = _DATELINE.match(line)
        if m:
            found = full_date(m.group("date"))
            if found:
                return found, m.group("date")
    return None
