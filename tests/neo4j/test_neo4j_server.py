"""The local server: its configuration and `graphbuild neo4j status`."""
from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.neo4j import connection, server


def test_config_is_loopback_only_with_auth(tmp_path):
    conf = server.write_config(tmp_path, 7999).read_text()
    settings = dict(line.split("=", 1) for line in conf.splitlines() if "=" in line and not line.startswith("#"))
    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7999"
    assert settings["server.http.enabled"] == settings["server.https.enabled"] == "false"
    assert settings["dbms.security.auth_enabled"] == "true"
    assert settings["server.directories.data"] == str(tmp_path / "data")
    assert server.configured_port(tmp_path) == 7999


def test_the_server_keeps_about_a_gigabyte_of_transaction_logs(neo4j_server, neo4j_driver):
    if not neo4j_server.ours:
        pytest.skip("the test server was not started by graphbuild from its home")
    records, _, _ = neo4j_driver.execute_query(
        "SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
        name="db.tx_log.rotation.retention_policy")
    assert [r["value"] for r in records] == ["1G size"]  # not Neo4j's two days of logs


def test_status_of_the_running_test_server(neo4j_server, capsys):
    assert server.bolt_answers(neo4j_server.port)
    main(["neo4j", "status", "--home", str(neo4j_server.home), "--bolt-port", str(neo4j_server.port)])
    out = capsys.readouterr().out
    assert f"Bolt at bolt://127.0.0.1:{neo4j_server.port}" in out or "something answers Bolt" in out


def test_status_of_an_empty_home(tmp_path, capsys):
    assert main(["neo4j", "status", "--home", str(tmp_path), "--bolt-port", "1"]) == 3
    assert capsys.readouterr().out.strip() == \
        f"Neo4j {server.NEO4J_VERSION} in {tmp_path}: stopped; log {tmp_path / 'logs' / 'neo4j.log'}"


def test_first_start_needs_a_password(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    assert main(["neo4j", "start", "--home", str(tmp_path), "--bolt-port", "1"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        "graphbuild: error: NEO4J_PASSWORD is not set; the first start needs it as the initial password"
    assert server.running_pid(tmp_path) is None


# --- a server is signalled, started and reported only when it is the right one ----------

def test_stop_never_signals_the_server_of_another_home(neo4j_server, tmp_path, capsys):
    pid = server.running_pid(neo4j_server.home)
    if pid is None:
        pytest.skip("the test server was not started from GRAPHBUILD_TEST_NEO4J_HOME")
    stale = tmp_path / "other-home"
    (stale / "run").mkdir(parents=True)
    (stale / "run" / "neo4j.pid").write_text(f"{pid}\n")  # a stale pid file naming the test server
    assert server.running_pid(stale) is None
    assert main(["neo4j", "stop", "--home", str(stale), "--bolt-port", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"graphbuild: no server was running in {stale}"
    assert server.running_pid(neo4j_server.home) == pid and server.bolt_answers(neo4j_server.port)


def test_start_names_the_port_in_use_before_starting(neo4j_server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_PASSWORD", "graphbuild-test")
    with socket.socket() as other:  # another program on a port, not a Bolt server
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        assert main(["neo4j", "start", "--home", str(tmp_path / "a"), "--bolt-port", str(port)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"graphbuild: error: Bolt port {port} on 127.0.0.1 is in use by another program",
        "graphbuild: hint: stop it, or choose another port with --bolt-port"]
    assert main(["neo4j", "start", "--home", str(tmp_path / "b"), "--bolt-port", str(neo4j_server.port)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        f"graphbuild: error: Bolt port {neo4j_server.port} on 127.0.0.1 is in use by another program (a Bolt server)"
    assert not (tmp_path / "a" / "data").exists() and not (tmp_path / "b" / "data").exists()


def test_a_server_that_does_not_come_up_says_why(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_PASSWORD", "graphbuild-test")
    monkeypatch.setenv("GRAPHBUILD_NEO4J_HEAP", "1x")  # no size: the JVM refuses to start
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["neo4j", "start", "--home", str(tmp_path), "--bolt-port", str(port)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "graphbuild: error: Neo4j exited during start: Invalid initial heap size: -Xms1x"
    assert err[1] == f"graphbuild: hint: see {tmp_path / 'logs' / 'console.log'} and {tmp_path / 'logs' / 'neo4j.log'}"
    assert server.running_pid(tmp_path) is None


def test_status_exits_non_zero_unless_the_server_answers(neo4j_server, tmp_path, capsys):
    assert main(["neo4j", "status", "--home", str(tmp_path), "--bolt-port", "1"]) == 3
    expected = 0 if server.running_pid(neo4j_server.home) else 3
    assert main(["neo4j", "status", "--home", str(neo4j_server.home), "--bolt-port", str(neo4j_server.port)]) == expected


def test_the_home_is_private_and_the_server_has_no_password_in_its_environment(neo4j_server, tmp_path):
    home = tmp_path / "home"
    server.write_config(home, 7999)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    home.chmod(0o755)
    server.write_config(home, 7999)  # an existing home is made private too
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    pid = server.running_pid(neo4j_server.home)
    if pid is None:
        pytest.skip("the test server was not started from GRAPHBUILD_TEST_NEO4J_HOME")
    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    assert any(v.startswith(b"NEO4J_HOME=") for v in environ)
    assert not any(v.startswith(b"NEO4J_PASSWORD=") for v in environ)


def test_the_first_fetch_says_what_it_fetches_and_how_far_it_is(tmp_path, monkeypatch, capsys):
    """Maven copies the jars from its local repository when it has them, else from Maven Central."""
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(tmp_path))
    monkeypatch.setattr(server, "PROGRESS_SECONDS", 0.2)
    lib = server.ensure_jars()
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"graphbuild: fetching Neo4j Community {server.NEO4J_VERSION} (org.neo4j:neo4j and the "
                             "jars it needs, about 210 files and 125 MB) from Maven Central with mvn into")
    jars = list(lib.glob("*.jar"))
    size = sum(j.stat().st_size for j in jars)
    assert err[-1] == f"graphbuild: fetched Neo4j: {len(jars)} jars, {size / 1e6:.1f} MB"
    assert len(err) > 2 and all(line.startswith("graphbuild: fetching Neo4j: ") and line.endswith(" MB so far")
                                for line in err[1:-1])
    assert server.ensure_jars() == lib and capsys.readouterr().err == ""  # once


# --- credentials --------------------------------------------------------------------------

def test_a_password_inside_the_uri_is_used_and_never_shown(neo4j_server, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.delenv("NEO4J_USER", raising=False)
    secret = neo4j_server.settings.password
    good = connection.settings(f"bolt://neo4j:{secret}@127.0.0.1:{neo4j_server.port}")
    assert (good.uri, good.user, good.password) == (f"bolt://127.0.0.1:{neo4j_server.port}", "neo4j", secret)
    connection.driver(good).close()
    (tmp_path / "events.jsonl").write_text("")
    for uri in (f"bolt://neo4j:{secret}@127.0.0.1:1", f"bolt://neo4j:wrong-{secret}@127.0.0.1:{neo4j_server.port}",
                f"http://neo4j:{secret}@127.0.0.1:7474"):
        assert main(["load", str(tmp_path / "events.jsonl"), "--uri", uri]) == 2
        err = capsys.readouterr().err
        assert err.startswith("graphbuild: error: ") and secret not in err, err
