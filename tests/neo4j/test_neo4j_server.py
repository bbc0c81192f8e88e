"""The local server: its configuration and `graphbuild neo4j status`."""
from __future__ import annotations

from graphbuild.cli import main
from graphbuild.neo4j import server


def test_config_is_loopback_only_with_auth(tmp_path):
    conf = server.write_config(tmp_path, 7999).read_text()
    settings = dict(line.split("=", 1) for line in conf.splitlines() if "=" in line and not line.startswith("#"))
    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7999"
    assert settings["server.http.enabled"] == settings["server.https.enabled"] == "false"
    assert settings["dbms.security.auth_enabled"] == "true"
    assert settings["server.directories.data"] == str(tmp_path / "data")
    assert server.configured_port(tmp_path) == 7999


def test_status_of_the_running_test_server(neo4j_server, capsys):
    assert server.bolt_answers(neo4j_server.port)
    assert main(["neo4j", "status", "--home", str(neo4j_server.home), "--bolt-port", str(neo4j_server.port)]) == 0
    out = capsys.readouterr().out
    assert f"Bolt at bolt://127.0.0.1:{neo4j_server.port}" in out or "something answers Bolt" in out


def test_status_of_an_empty_home(tmp_path, capsys):
    assert main(["neo4j", "status", "--home", str(tmp_path), "--bolt-port", "1"]) == 0
    assert capsys.readouterr().out.strip() == \
        f"Neo4j {server.NEO4J_VERSION} in {tmp_path}: stopped; log {tmp_path / 'logs' / 'neo4j.log'}"


def test_first_start_needs_a_password(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    assert main(["neo4j", "start", "--home", str(tmp_path), "--bolt-port", "1"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        "graphbuild: error: NEO4J_PASSWORD is not set; the first start needs it as the initial password"
    assert server.running_pid(tmp_path) is None
