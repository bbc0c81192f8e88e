"""A local Neo4j Community server without Docker: jars from Maven Central, started with Java.

What this module owns:
- resolving `org.neo4j:neo4j` (NEO4J_VERSION) and its dependencies with `mvn` into a cache
  outside the checkout (~/.cache/graphbuild/neo4j-<version>/lib, or $GRAPHBUILD_CACHE);
- the server's home folder (the user's choice): conf/neo4j.conf, data/, logs/, run/neo4j.pid;
- the initial password, set with Neo4j's own `dbms set-initial-password` before the first start;
- start (in the background, waiting until Bolt answers), stop and status.

The configuration binds Bolt to 127.0.0.1 only, turns HTTP/HTTPS off and authentication on.
The home is private to its user (0700): it holds the password hash and the data. The server's
environment holds no NEO4J_PASSWORD. A pid file is trusted only when its process is the
server of that very home (its command line names the home), so a stale pid file never
leads to signalling another server.
"""
from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .. import maven
from ..errors import BackendError, ConfigError

NEO4J_VERSION = "5.26.30"  # the one pinned Neo4j version; 5.26 is the LTS line that runs on Java 17
DEFAULT_BOLT_PORT = 7687
MIN_PASSWORD_LENGTH = 8  # Neo4j's own default (dbms.security.auth_minimum_password_length)
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
# Named in full so that a machine without ~/.m2 resolves the same plugin version.
START_TIMEOUT = 180.0
STOP_TIMEOUT = 60.0
PROGRESS_SECONDS = 5.0  # how often the first download says how far it is

# Flags the neo4j launcher script would pass; the server runs without them but slower
# (netty and the page cache use these opened modules).
JVM_FLAGS = (
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
    "-Dfile.encoding=UTF-8", "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true", "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
)

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>graphbuild.local</groupId>
  <artifactId>neo4j-server-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""


@dataclass(frozen=True)
class ServerStatus:
    home: Path
    bolt_port: int
    pid: int | None  # the server process, when our pid file names a live one
    answering: bool  # Bolt accepted a handshake on 127.0.0.1:bolt_port
    log: Path

    @property
    def running(self) -> bool:
        return self.pid is not None

    def describe(self) -> str:
        if self.pid and self.answering:
            state = f"running (pid {self.pid}), Bolt at bolt://127.0.0.1:{self.bolt_port}"
        elif self.pid:
            state = f"starting or stuck (pid {self.pid}), Bolt not answering on port {self.bolt_port}"
        elif self.answering:
            state = f"not started from this home, but something answers Bolt on port {self.bolt_port}"
        else:
            state = "stopped"
        return f"Neo4j {NEO4J_VERSION} in {self.home}: {state}; log {self.log}"


# -- folders -----------------------------------------------------------------------------

def cache_dir() -> Path:
    return maven.cache_dir(f"neo4j-{NEO4J_VERSION}")


def default_home() -> Path:
    env = os.environ.get("GRAPHBUILD_NEO4J_HOME")
    return Path(env) if env else Path.home() / ".local" / "share" / "graphbuild" / "neo4j"


def _pid_file(home: Path) -> Path:
    return home / "run" / "neo4j.pid"


def _log_file(home: Path) -> Path:
    return home / "logs" / "neo4j.log"


def _console_file(home: Path) -> Path:
    return home / "logs" / "console.log"


def schema_pending_file(home: Path) -> Path:
    """Names the databases the bulk import made and whose constraints and indexes the next
    start creates (the importer of Neo4j Community cannot)."""
    return home / "run" / "graphbuild-schema-pending"


# -- jars --------------------------------------------------------------------------------

def ensure_jars(quiet: bool = False) -> Path:
    """The folder holding Neo4j's jars, resolved with Maven on first use."""
    lib = cache_dir() / "lib"
    done = cache_dir() / ".complete"
    if done.is_file() and any(lib.glob(f"neo4j-{NEO4J_VERSION}.jar")):
        return lib
    mvn = maven.mvn("Neo4j's jars", "install it, e.g. `apt-get install maven`, or use a Neo4j server of your own "
                                    "(NEO4J_URI)")
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / "pom.xml").write_text(_POM.format(version=NEO4J_VERSION), encoding="utf-8")
    # Resolve into a fresh folder, then rename: an interrupted download never looks complete.
    staging = Path(tempfile.mkdtemp(dir=cache_dir(), prefix=".lib-"))
    say = (lambda msg: None) if quiet else (lambda msg: print(f"graphbuild: {msg}", file=sys.stderr, flush=True))
    say(f"fetching Neo4j Community {NEO4J_VERSION} (org.neo4j:neo4j and the jars it needs, about 210 files "
        f"and 125 MB) from Maven Central with mvn into {lib}; this happens once")
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        mvn_proc = subprocess.Popen(
            [mvn, "-B", "-q", "-f", str(cache_dir() / "pom.xml"), f"{maven.DEPENDENCY_PLUGIN}:copy-dependencies",
             f"-DoutputDirectory={staging}", "-DincludeScope=runtime"],
            stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, text=True)
        while True:
            try:
                mvn_proc.wait(timeout=PROGRESS_SECONDS)
                break
            except subprocess.TimeoutExpired:
                say(f"fetching Neo4j: {_jars_so_far(staging)} so far")
        output.seek(0)
        proc = subprocess.CompletedProcess(mvn_proc.args, mvn_proc.returncode, output.read())
    if proc.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        last = [ln for ln in proc.stdout.splitlines() if "ERROR" in ln][:1] or proc.stdout.splitlines()[-1:]
        raise BackendError(f"Maven could not resolve org.neo4j:neo4j:{NEO4J_VERSION}: "
                           f"{(last[0] if last else 'no output').strip()}",
                           "check access to Maven Central (mvn -v; ~/.m2/settings.xml)")
    if lib.exists():
        shutil.rmtree(lib)
    say(f"fetched Neo4j: {_jars_so_far(staging)}")
    staging.rename(lib)
    done.write_text(NEO4J_VERSION + "\n", encoding="utf-8")
    return lib


def _jars_so_far(folder: Path) -> str:
    jars = list(folder.glob("*.jar"))
    size = sum(j.stat().st_size for j in jars if j.exists())
    return f"{len(jars)} jars, {size / 1e6:.1f} MB"


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        raise BackendError("Java is not installed; Neo4j 5.26 needs Java 17 or 21",
                           "install a JDK, e.g. `apt-get install openjdk-17-jre-headless`, or set JAVA_HOME")
    return java


# -- configuration -----------------------------------------------------------------------

def configured_port(home: Path) -> int | None:
    conf = home / "conf" / "neo4j.conf"
    if conf.is_file():
        for line in conf.read_text(encoding="utf-8").splitlines():
            if line.startswith("server.bolt.listen_address="):
                return int(line.rsplit(":", 1)[1])
    return None


def write_config(home: Path, bolt_port: int) -> Path:
    """conf/neo4j.conf for a loopback-only, password-protected server with its data in `home`."""
    make_home(home)
    for sub in ("conf", "data", "logs", "run", "import", "plugins"):
        (home / sub).mkdir(mode=0o700, exist_ok=True)
    conf = home / "conf" / "neo4j.conf"
    lines = [
        "# written by `graphbuild neo4j start`; rewritten at every start",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        "server.bolt.enabled=true",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",  # the server would otherwise try to call home
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={home / 'plugins'}",
        "server.memory.pagecache.size=512m",
        "db.memory.transaction.total.max=1g",
        # Neo4j keeps two days of transaction logs; a database rebuilt from events.jsonl needs
        # few, and repeated loads of 100,000 events left gigabytes of them.
        "db.tx_log.rotation.retention_policy=1G size",
    ]
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return conf


def make_home(home: Path) -> None:
    """The home folder, readable by its user only: it holds the password hash and the data."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    home.chmod(0o700)


def _env(home: Path) -> dict[str, str]:
    """The server's environment: ours without the password, which it has no use for."""
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    env["NEO4J_HOME"] = str(home)
    env["NEO4J_CONF"] = str(home / "conf")
    return env


def admin_tool(home: Path, quiet: bool = False, jvm: tuple[str, ...] = ()) -> tuple[list[str], dict[str, str]]:
    """The command line of Neo4j's admin tool (what `neo4j-admin` runs) for `home`, with JVM
    options `jvm`, and its environment."""
    return [_java(), *jvm, "-cp", f"{ensure_jars(quiet=quiet)}/*", ADMIN_TOOL], _env(home)


def _set_initial_password(home: Path, lib: Path, password: str) -> None:
    """Neo4j's own `dbms set-initial-password`, given the password through an argument file
    (picocli's @file) so that it never shows in a process list."""
    fd, argfile = tempfile.mkstemp(dir=home / "run", prefix=".pw-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write('"' + password.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
        proc = subprocess.run([_java(), "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", f"@{argfile}"],
                              env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    finally:
        os.unlink(argfile)
    if proc.returncode != 0:
        raise BackendError(f"setting Neo4j's initial password failed: {proc.stdout.strip().splitlines()[-1:]}",
                           f"see {home}")


# -- processes ---------------------------------------------------------------------------

def _is_our_server(pid: int, home: Path) -> bool:
    """Whether `pid` is a live Neo4j server started from `home` (its command line says so)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return ENTRY_POINT.encode() in args and f"--home-dir={home}".encode() in args


def running_pid(home: Path) -> int | None:
    """The pid of the server started from `home`, when it is alive."""
    try:
        pid = int(_pid_file(home).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_server(pid, home) else None


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether another program listens on host:port (we cannot bind it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # closed connections do not count
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.errno == errno.EADDRINUSE
    return False


def bolt_answers(port: int, host: str = "127.0.0.1", timeout: float = 2.0) -> bool:
    """A Bolt handshake: the magic preamble and four proposals (5.0-5.8, 4.4, 4.0, 3.0);
    a Bolt server replies with the one it picks."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(bytes.fromhex("6060B017") + bytes.fromhex("00080805" "00000404" "00000004" "00000003"))
            reply = sock.recv(4)
    except OSError:
        return False
    return len(reply) == 4 and reply != b"\x00\x00\x00\x00"


def status(home: Path | None = None, bolt_port: int | None = None) -> ServerStatus:
    home = Path(home or default_home()).resolve()
    port = bolt_port or configured_port(home) or DEFAULT_BOLT_PORT
    return ServerStatus(home, port, running_pid(home), bolt_answers(port), _log_file(home))


def _log_sizes(home: Path) -> dict[Path, int]:
    return {f: f.stat().st_size if f.exists() else 0 for f in (_log_file(home), _console_file(home))}


def _cause(since: dict[Path, int]) -> str:
    """Why the server did not come up, from what it logged after `since` (file sizes before
    the start): the innermost "Caused by" of a stack trace, else the first ERROR line, else
    the first line the JVM printed ("Invalid maximum heap size: -Xmx64t")."""
    lines = []
    for path, offset in since.items():
        try:
            with path.open("rb") as fh:
                fh.seek(offset)
                lines += [ln.strip() for ln in fh.read().decode("utf-8", errors="replace").splitlines() if ln.strip()]
        except OSError:
            continue
    causes = [ln for ln in lines if ln.startswith("Caused by")]
    errors = [ln for ln in lines if "ERROR" in ln]
    return (causes[-1:] or errors[:1] or lines[:1] or [""])[0][:400]


def start(home: Path | None = None, bolt_port: int | None = None, password: str | None = None,
          quiet: bool = False) -> ServerStatus:
    """Start the server from `home` in the background and wait until Bolt answers.

    The password is used only before the first start (Neo4j keeps it in its system database);
    it comes from the caller or NEO4J_PASSWORD.
    """
    home = Path(home or default_home()).resolve()
    port = bolt_port or configured_port(home) or DEFAULT_BOLT_PORT
    current = status(home, port)
    if current.pid:
        if not current.answering:
            _wait_for_bolt(current.pid, home, port, since=_log_sizes(home))
        _create_pending_schema(home, port, password, quiet)
        return status(home, port)
    # The configuration enables Bolt only (HTTP and HTTPS are off), so Bolt's is the one port.
    if current.answering or port_in_use(port):
        raise BackendError(f"Bolt port {port} on 127.0.0.1 is in use by another program"
                           + (" (a Bolt server)" if current.answering else ""),
                           "stop it, or choose another port with --bolt-port")
    first_start = not (home / "data" / "databases" / "system").exists()
    if first_start:
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        if not password:
            raise ConfigError("NEO4J_PASSWORD is not set; the first start needs it as the initial password",
                              "export NEO4J_PASSWORD=... (at least 8 characters) and run again")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ConfigError(f"NEO4J_PASSWORD is too short ({len(password)} characters); Neo4j needs at least "
                              f"{MIN_PASSWORD_LENGTH}", "choose a longer password")
    lib = ensure_jars(quiet=quiet)
    write_config(home, port)
    since = _log_sizes(home)
    if first_start:
        _set_initial_password(home, lib, password)
    heap = os.environ.get("GRAPHBUILD_NEO4J_HEAP", "1g")
    cmd = [_java(), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{lib}/*", ENTRY_POINT,
           f"--home-dir={home}", f"--config-dir={home / 'conf'}"]
    with _console_file(home).open("ab") as console:
        proc = subprocess.Popen(cmd, cwd=home, env=_env(home), stdin=subprocess.DEVNULL, stdout=console,
                                stderr=subprocess.STDOUT, start_new_session=True)  # survives our exit
    _pid_file(home).write_text(f"{proc.pid}\n", encoding="utf-8")
    if not quiet:
        print(f"graphbuild: starting Neo4j {NEO4J_VERSION} (pid {proc.pid}) in {home}", flush=True)
    _wait_for_bolt(proc.pid, home, port, since, proc)
    _create_pending_schema(home, port, password, quiet)
    return status(home, port)


def _create_pending_schema(home: Path, port: int, password: str | None, quiet: bool) -> None:
    """The constraints and indexes of the databases a bulk import made, the ones a transactional
    load makes (loader.ensure_schema), created once the server answers; then forgotten."""
    pending = schema_pending_file(home)
    if not pending.is_file():
        return
    from . import connection, loader  # the driver, only for a server that needs it

    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise ConfigError(f"the imported database in {home} has no constraints and indexes yet, and "
                          "NEO4J_PASSWORD is not set to create them",
                          f"export NEO4J_PASSWORD=... and run `graphbuild neo4j start --home {home}` again")
    t0 = time.monotonic()
    databases = pending.read_text(encoding="utf-8").split()
    for database in databases:
        with connection.connect(connection.Settings(uri=f"bolt://127.0.0.1:{port}", password=password,
                                                    database=database)) as drv:
            loader.ensure_schema(drv, database)
    pending.unlink()
    if not quiet:
        print(f"graphbuild: created the constraints and indexes of the imported database "
              f"{', '.join(map(repr, databases))} in {time.monotonic() - t0:.1f}s", flush=True)


def _wait_for_bolt(pid: int, home: Path, port: int, since: dict[Path, int],
                   proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if bolt_answers(port, timeout=1.0):
            return
        exited = proc.poll() is not None if proc else not _is_our_server(pid, home)
        if exited:
            _pid_file(home).unlink(missing_ok=True)
            raise BackendError(f"Neo4j exited during start: {_cause(since) or 'it logged no error'}",
                               f"see {_console_file(home)} and {_log_file(home)}")
        time.sleep(0.5)
    cause = _cause(since)
    raise BackendError(f"Neo4j did not answer on Bolt port {port} within {START_TIMEOUT:.0f}s"
                       + (f": {cause}" if cause else ""),
                       f"see {_log_file(home)}; stop it with `graphbuild neo4j stop --home {home}`")


def stop(home: Path | None = None) -> bool:
    """Stop the server of `home`: SIGTERM, then SIGKILL after STOP_TIMEOUT. False if none ran."""
    home = Path(home or default_home()).resolve()
    pid = running_pid(home)
    if pid is None:
        _pid_file(home).unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while _is_our_server(pid, home) and time.monotonic() < deadline:
        time.sleep(0.3)
    if _is_our_server(pid, home):
        os.kill(pid, signal.SIGKILL)
    _reap(pid)
    _pid_file(home).unlink(missing_ok=True)
    return True


def kill(home: Path | None = None) -> bool:
    """SIGKILL the server of `home` without letting it shut down (for crash tests)."""
    home = Path(home or default_home()).resolve()
    pid = running_pid(home)
    if pid is None:
        return False
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _is_our_server(pid, home) and time.monotonic() < deadline:
        _reap(pid)
        time.sleep(0.1)
    return True


def _reap(pid: int) -> None:
    """Collect the exit status when the server is our own child (it lingers as a zombie otherwise)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
