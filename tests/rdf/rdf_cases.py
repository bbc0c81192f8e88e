"""Hand-made events for the RDF tests: the seed article's core statements and their edge cases
(a negated, a hedged and an undated one)."""
from __future__ import annotations

from graphbuild.model import Actor, ArticleRef, Event

A1 = ArticleRef(id="art-1", title="Lavrov meets Tillerson", date="2017-04-12",
                url="https://news.example.org/2017/04/12/lavrov tillerson", source="Example News")
A2 = ArticleRef(id="art-2", title="Putin on NATO", date="2017-05-03")
A3 = ArticleRef(id="art 3/undated", title=None, date=None)

LAVROV = Actor("sergey-lavrov", "Sergey Lavrov", "PERSON", "RUS", "RUSGOV", "GOV", ("Lavrov",))
USA = Actor("united-states", "United States", "STATE", "USA", "USA", None, ("Washington", "US"))
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "PERSON", "RUS", "RUSGOV", "GOV", ("Putin",))
NATO = Actor("nato", "NATO", "IGO", None, "IGONAT", None, ("the alliance",))
TILLERSON = Actor("rex-tillerson", "Rex Tillerson", "PERSON", "USA", "USAGOV", "GOV", ("Tillerson",))

CODES = {"111": ("ACCUSE", 3, -2.0), "112": ("ACCUSE", 3, -2.0), "040": ("CONSULT", 1, 1.0)}


def event(source, target, code, article, sentence, start, predicate, **kw) -> Event:
    plover, quad, goldstein = CODES[code]
    return Event(doc_id=article.id, sentence=sentence, char_start=start, char_end=start + len(sentence),
                 source=source, target=target, predicate=predicate, cameo=code, plover=plover,
                 quad_class=quad, goldstein=goldstein, confidence=0.9, rule="test-rule", article=article,
                 extracted_at="2026-01-01T00:00:00Z", **kw)


def hand_events() -> list[Event]:
    return [
        event(LAVROV, USA, "111", A1, "Lavrov criticised the United States.", 0, "criticise"),
        event(PUTIN, NATO, "112", A2, "Putin accused NATO of expansion.", 0, "accuse"),
        event(TILLERSON, LAVROV, "040", A1, "Tillerson met Lavrov in Moscow.", 40, "meet"),
        event(LAVROV, TILLERSON, "040", A1, "Tillerson met Lavrov in Moscow.", 40, "meet"),
        event(LAVROV, USA, "111", A1, "Lavrov did not criticise Washington.", 80, "criticise", negated=True),
        event(PUTIN, USA, "112", A2, "Putin may accuse the United States.", 40, "accuse", modality="hedged"),
        event(TILLERSON, LAVROV, "040", A3, "Tillerson met Lavrov again.", 0, "meet"),
    ]


def incident_events() -> list[Event]:
    """The hand-made events and a second criticism by Lavrov in the same article, grouped into
    incidents: the two criticisms are one incident (incidents.assign)."""
    from graphbuild.incidents import assign

    again = event(LAVROV, USA, "112", A1, "Lavrov accused Washington of meddling.", 120, "accuse")
    return assign(hand_events() + [again])
