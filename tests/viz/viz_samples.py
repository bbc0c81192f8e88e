"""Hand-made events for the actor-network tests (imported by conftest and the tests)."""
from __future__ import annotations

from graphbuild.model import Actor, ArticleRef, Event

LAVROV = Actor("sergey-lavrov", "Sergey Lavrov", "PERSON", "RUS", "RUSGOV", "GOV", ("Lavrov",))
USA = Actor("united-states", "United States", "STATE", "USA", "USA")
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "PERSON", "RUS", "RUSGOV", "GOV")
NATO = Actor("nato", "NATO", "IGO", None, "IGONAT")
TILLERSON = Actor("rex-tillerson", "Rex Tillerson", "PERSON", "USA", "USAGOV", "GOV", ("Tillerson",))
EVIL = Actor("evil", "<script>alert(1)</script>", "GROUP", None, None)

ART1 = ArticleRef("art-1", "Lavrov & Tillerson <meet> in Moscow", "2017-04-12", "https://example.org/a?x=1&y=2")
ART2 = ArticleRef("art-2", "Putin on NATO", "2018-02-01", "https://example.org/b")
ART3 = ArticleRef("art-3", "</title><script>alert(2)</script>", None, "javascript:alert(3)")


def make_event(source, target, cameo, plover, quad, goldstein, sentence, article, start=0, **kw) -> Event:
    return Event(doc_id=article.id, sentence=sentence, char_start=start, char_end=start + len(sentence),
                 source=source, target=target, predicate=kw.pop("predicate", "criticize"), cameo=cameo,
                 plover=plover, quad_class=quad, goldstein=goldstein, article=article, rule="test", **kw)
