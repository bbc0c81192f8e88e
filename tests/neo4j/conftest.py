"""A real Neo4j server for the Neo4j tests, and the events they load.

The test server is its own: home GRAPHBUILD_TEST_NEO4J_HOME (default
~/.cache/graphbuild/neo4j-test), Bolt port GRAPHBUILD_TEST_NEO4J_PORT (default 7688), password
NEO4J_PASSWORD (default graphbuild-test). `make test` starts it; when it is not running, the
session fixture starts it. Every test begins with an empty database, so the tests never point at
NEO4J_URI: a user's own graph is never wiped.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from graphbuild.neo4j import connection, server
from neo4j_samples import wipe

TEST_HOME = Path(os.environ.get("GRAPHBUILD_TEST_NEO4J_HOME")
                 or Path.home() / ".cache" / "graphbuild" / "neo4j-test")
TEST_PORT = int(os.environ.get("GRAPHBUILD_TEST_NEO4J_PORT") or 7688)
TEST_PASSWORD = os.environ.get("NEO4J_PASSWORD") or "graphbuild-test"


@dataclass(frozen=True)
class Neo4jTestServer:
    home: Path
    port: int
    settings: connection.Settings
    ours: bool  # started from TEST_HOME, so the tests may kill and restart it


@pytest.fixture(scope="session")
def neo4j_server() -> Neo4jTestServer:
    started_here = False
    if not server.bolt_answers(TEST_PORT):
        server.start(TEST_HOME, TEST_PORT, TEST_PASSWORD, quiet=True)
        started_here = True
    settings = connection.Settings(uri=f"bolt://127.0.0.1:{TEST_PORT}", password=TEST_PASSWORD)
    yield Neo4jTestServer(TEST_HOME, TEST_PORT, settings, server.running_pid(TEST_HOME) is not None)
    if started_here:
        server.stop(TEST_HOME)


@pytest.fixture
def neo4j_settings(neo4j_server) -> connection.Settings:
    return neo4j_server.settings


@pytest.fixture
def neo4j_driver(neo4j_settings):
    """A driver on an empty database (schema and constraints are kept)."""
    drv = connection.driver(neo4j_settings)
    wipe(drv)
    yield drv
    drv.close()


@pytest.fixture
def neo4j_env(neo4j_settings, monkeypatch):
    """The environment the CLI reads, pointing at the test server."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_settings.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_settings
