"""Fixtures of the actor-network tests: hand-made events and a real headless Chromium.

The browser is Debian's /usr/bin/chromium (installed by `make test`), driven by Playwright;
Playwright's own browser downloads are not used.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.model import Event
from viz_samples import ART1, ART2, ART3, EVIL, LAVROV, NATO, PUTIN, TILLERSON, USA, make_event

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def seed_like_events() -> list[Event]:
    """The seed article's core events, plus a second article and a negated event."""
    return [
        make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0,
                   "Lavrov criticised the United States for its strike.", ART1, 0),
        make_event(LAVROV, USA, "112", "ACCUSE", 3, -2.0, "Lavrov accused Washington of lying.", ART1, 60),
        make_event(TILLERSON, LAVROV, "040", "CONSULT", 1, 1.0, "Tillerson met Lavrov in Moscow.", ART1, 120,
                   predicate="meet"),
        make_event(LAVROV, TILLERSON, "040", "CONSULT", 1, 1.0, "Tillerson met Lavrov in Moscow.", ART1, 120,
                   predicate="meet"),
        make_event(PUTIN, NATO, "111", "ACCUSE", 3, -2.0, "Putin criticised NATO's expansion.", ART2, 0),
        make_event(PUTIN, USA, "111", "ACCUSE", 3, -2.0, "Putin did not criticise Washington.", ART2, 40,
                   negated=True),
    ]


@pytest.fixture
def evil_events() -> list[Event]:
    """Article text that would run as script if it were ever written as markup."""
    return [
        make_event(EVIL, USA, "112", "ACCUSE", 3, -2.0,
                   "</script><script>alert(4)</script> <img src=x onerror=alert(5)> said \u2028 & more", ART3, 0),
        make_event(USA, EVIL, "042", "CONSULT", 1, 1.9, "The envoy visited <b>them</b>.", ART3, 90),
    ]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test-services` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield b
        b.close()


class OpenedPage:
    """A page opened from a file, with everything it said and asked for recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.url = path.resolve().as_uri()
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("window.graphView && window.graphView.renders > 0", timeout=60_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    @property
    def console_errors(self) -> list[str]:
        return [m for m in self.console if m.startswith("error")] + self.errors

    @property
    def other_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def view(self) -> dict:
        return self.page.evaluate("({nodes: graphView.drawnNodes, edges: graphView.drawnEdges,"
                                  " renders: graphView.renders})")

    def wait_for_render_after(self, renders: int) -> dict:
        self.page.wait_for_function(f"window.graphView.renders > {renders}", timeout=30_000)
        return self.view()


@pytest.fixture
def open_page(browser):
    opened: list[OpenedPage] = []

    def _open(path: Path) -> OpenedPage:
        p = OpenedPage(browser, path)
        opened.append(p)
        return p

    yield _open
    for p in opened:
        p.context.close()
