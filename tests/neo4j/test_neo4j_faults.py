"""Faults a user meets: no server, a wrong password, no password, a server killed mid-load."""
from __future__ import annotations

import socket
import threading

import pytest

from graphbuild.cli import main
from graphbuild.errors import BackendError
from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.neo4j import connection, loader, server
from graphbuild.records import write_events
from neo4j_samples import snapshot, story_events, wipe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def events_file(tmp_path):
    first, _ = story_events()
    write_events(first, tmp_path / "events.jsonl")
    return tmp_path / "events.jsonl"


def test_server_down_is_one_clear_line(events_file, neo4j_env, capsys):
    uri = f"bolt://127.0.0.1:{free_port()}"
    assert main(["load", str(events_file), "--uri", uri]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"graphbuild: error: Neo4j at {uri} is not answering (ServiceUnavailable)"
    assert err[1] == "graphbuild: hint: start a server with `graphbuild neo4j start`, or set NEO4J_URI to yours"
    assert main(["query", "who_met_whom", "--uri", uri]) == 2
    assert capsys.readouterr().err.startswith(f"graphbuild: error: Neo4j at {uri} is not answering")


def test_wrong_password_is_one_clear_line(events_file, neo4j_env, monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    assert main(["load", str(events_file)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"graphbuild: error: Neo4j at {neo4j_env.uri} refused user 'neo4j': wrong user or password"
    assert err[1] == "graphbuild: hint: check NEO4J_USER and NEO4J_PASSWORD"


def test_no_password_and_no_terminal(events_file, neo4j_env, monkeypatch, capsys):
    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))
    assert main(["load", str(events_file)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        "graphbuild: error: NEO4J_PASSWORD is not set and there is no terminal to ask for it"


def test_unknown_uri_scheme(events_file, neo4j_env, capsys):
    assert main(["load", str(events_file), "--uri", "http://127.0.0.1:7474"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        "graphbuild: error: Neo4j URI 'http://127.0.0.1:7474' has an unknown scheme"


def test_neo4j_scheme_works_too(neo4j_driver, neo4j_settings):
    """neo4j:// (routing) as used by Aura and clusters, against the same single server."""
    routed = connection.Settings(uri=neo4j_settings.uri.replace("bolt://", "neo4j://"),
                                 password=neo4j_settings.password)
    first, _ = story_events()
    assert loader.load_events(first, routed).events == 5
    assert loader.graph_counts(neo4j_driver)["Event"] == 5


def many_events(n: int) -> list[Event]:
    actors = [Actor(f"actor-{i}", f"Actor {i}", "STATE", f"C{i:02d}", None) for i in range(300)]
    arts = [ArticleRef(f"article-{j}", f"Article {j}", f"2020-{1 + j % 12:02d}-01") for j in range(40)]
    codes = ["111", "040", "0431", "190", "057", "112", "1711"]
    return [Event(doc_id=arts[i % 40].id, sentence=f"Sentence {i}.", char_start=i, char_end=i + 12,
                  source=actors[i % 300], target=actors[(i * 7 + 1) % 300], predicate="p",
                  cameo=codes[i % len(codes)], negated=i % 13 == 0, article=arts[i % 40])
            for i in range(n)]


def test_server_killed_mid_load_then_reloaded_equals_clean_load(neo4j_server):
    if not neo4j_server.ours:
        pytest.skip("the Neo4j on the test port was not started from the test home; not killing it")
    events = many_events(4000)
    impatient = connection.Settings(uri=neo4j_server.settings.uri, password=neo4j_server.settings.password,
                                    retry_seconds=1.0)
    with connection.connect(impatient) as drv:
        wipe(drv)
        loader.load_events(events, driver=drv, batch_size=100)
        clean = snapshot(drv)
        wipe(drv)

    killer: list[threading.Timer] = []

    def kill_soon(done: int, total: int) -> None:
        if done >= 1500 and not killer:  # kill -9 while the next batches are being written
            killer.append(threading.Timer(0.05, server.kill, [neo4j_server.home]))
            killer[0].start()

    with pytest.raises(BackendError, match="not answering|failed"):
        loader.load_events(events, impatient, batch_size=100, progress=kill_soon)
    killer[0].join()
    assert server.running_pid(neo4j_server.home) is None

    server.start(neo4j_server.home, neo4j_server.port, quiet=True)  # recovers from its transaction log
    with connection.connect(impatient) as drv:
        partial = loader.graph_counts(drv)["Event"]
        assert 1500 <= partial < 4000
        loader.load_events(events, driver=drv, batch_size=100)
        assert snapshot(drv) == clean


def test_driver_retries_say_each_problem_once(neo4j_server, caplog):
    """The driver's own retry loop on a real server: a retryable failure at every attempt is
    one warning line, not one per attempt."""
    from neo4j.exceptions import SessionExpired

    attempts = []

    def always_fails(tx):
        attempts.append(1)
        raise SessionExpired("the connection was dropped")

    quick = connection.Settings(uri=neo4j_server.settings.uri, password=neo4j_server.settings.password,
                                retry_seconds=2.5)
    with connection.connect(quick) as drv, drv.session() as session:
        with pytest.raises(SessionExpired):
            session.execute_write(always_fails)
    assert len(attempts) >= 3
    # what reaches logging's handlers (stderr, for a user who configured none)
    retried = [r.getMessage() for r in caplog.records if "will be retried" in r.getMessage()]
    assert len(retried) == 1, retried
