"""The bulk import (neo4j-admin database import full) makes the graph the transactional load makes."""
from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from graphbuild.cli import main
from graphbuild.errors import ConfigError
from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.neo4j import connection, loader, server
from graphbuild.neo4j.bulk import bulk_load
from graphbuild.records import write_events
from graphbuild.incidents import assign
from neo4j_samples import schema, snapshot, snapshot_rows, story_events


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def awkward_events() -> list[Event]:
    """The seed story, and what CSV makes hard: quotes, commas, newlines, an alias with the
    usual array delimiter, empty strings, missing values, an actor without aliases, an event
    given twice, an unmapped predicate and one too long to index; each with its incident."""
    first, second = story_events()
    odd = Actor("odd", 'The "Odd", Group;\nof Two', "GROUP", None, None, None, ("a;b", 'say "hi"'))
    bare = Actor("bare", "Bare", "STATE", "BAR", "BAR", None, ())
    art = ArticleRef("art,3", 'Title, "quoted"\nnext line', None, None, "")
    extra = [
        Event(doc_id=art.id, sentence='He said: "no, never"\r\nthen left.', char_start=0, char_end=30, source=odd,
              target=bare, predicate="criticise", cameo="111", plover="ACCUSE", quad_class=3, goldstein=-2.0,
              rule="", article=art),
        Event(doc_id=art.id, sentence="Unmapped.", char_start=40, char_end=49, source=bare, target=odd,
              predicate="frobnicate", cameo=None, article=art),
        Event(doc_id=art.id, sentence="Too long.", char_start=60, char_end=69, source=replace(bare, id="b" * 9000),
              target=odd, predicate="meet", cameo="040", article=art),
    ]
    return assign(first + second + extra + first[:2])


@pytest.fixture
def bulk_home(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_NEO4J_HEAP", "512m")
    home = tmp_path / "neo4j-bulk"
    yield home
    server.stop(home)


def test_bulk_import_gives_the_graph_of_the_transactional_load(neo4j_driver, neo4j_settings, neo4j_server,
                                                                bulk_home, tmp_path, capsys):
    events = awkward_events()
    report = loader.load_events(events, driver=neo4j_driver)
    loaded, rows, indexed = snapshot(neo4j_driver), snapshot_rows(neo4j_driver), schema(neo4j_driver)

    write_events(events, tmp_path / "events.jsonl")
    assert main(["load", str(tmp_path), "--bulk", "--home", str(bulk_home)]) == 1  # one event skipped
    out, err = capsys.readouterr()
    assert out.startswith(f"imported {report.events} events, {report.actors} actors, {report.articles} articles "
                          f"({report.direct} direct relationships) into database 'neo4j' of {bulk_home}")
    assert len(err.splitlines()) == 1 and "9000 characters" in err
    assert server.schema_pending_file(bulk_home).is_file()
    port = free_port()
    server.start(bulk_home, port, neo4j_settings.password, quiet=True)
    imported = connection.Settings(uri=f"bolt://127.0.0.1:{port}", password=neo4j_settings.password)
    with connection.connect(imported) as drv:
        if snapshot(drv) != loaded:  # name what differs
            assert set(snapshot_rows(drv)) ^ set(rows) == set()
        assert snapshot(drv) == loaded
        # the first start made the constraints and indexes of the transactional load, all online
        assert schema(drv) == indexed
        assert {state for *_, state in indexed} == {None, "ONLINE"}
        assert not server.schema_pending_file(bulk_home).exists()
        # later loads into the imported database are transactional, and change nothing here
        loader.load_events(events, driver=drv)
        assert snapshot(drv) == loaded


def test_bulk_import_refuses_a_running_or_existing_database(tmp_path, neo4j_server, capsys):
    write_events(story_events()[0], tmp_path / "events.jsonl")
    with pytest.raises(ConfigError, match="is running; the importer needs it stopped"):
        bulk_load(story_events()[0], neo4j_server.home)
    (tmp_path / "home" / "data" / "databases" / "neo4j").mkdir(parents=True)
    assert main(["load", str(tmp_path), "--bulk", "--home", str(tmp_path / "home")]) == 2
    assert "already holds a database 'neo4j'; the importer only creates new ones" in capsys.readouterr().err
