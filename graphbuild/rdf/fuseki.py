"""Apache Jena Fuseki, a standard SPARQL 1.1 server, from Maven Central: the named queries run
there as they run on the embedded store, which shows that they are plain SPARQL 1.1.

What this module owns:
- resolving `org.apache.jena:jena-fuseki-server` (FUSEKI_VERSION, one runnable jar, Java 17)
  with `mvn` into a cache outside the checkout (~/.cache/graphbuild/fuseki-<version>, or
  $GRAPHBUILD_CACHE), as the Neo4j jars are;
- an in-memory server on 127.0.0.1 only, its data sent over the Graph Store Protocol;
- the named queries over the SPARQL protocol, parameters as a VALUES block (sparql.with_values).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .. import maven
from ..errors import BackendError
from ..querylib import get_query
from .sparql import rows_of, with_values

FUSEKI_VERSION = "5.2.0"  # Jena 5 runs on Java 17
DATASET = "graphbuild"
START_TIMEOUT = 120.0
_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


def cache_dir() -> Path:
    return maven.cache_dir(f"fuseki-{FUSEKI_VERSION}")


def ensure_jar() -> Path:
    """The Fuseki server jar, resolved with Maven on first use."""
    jar = cache_dir() / f"jena-fuseki-server-{FUSEKI_VERSION}.jar"
    if jar.is_file():
        return jar
    mvn = maven.mvn("Fuseki")
    cache_dir().mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=cache_dir(), prefix=".jar-"))  # never a half-written jar
    proc = subprocess.run(
        [mvn, "-B", "-q", f"{maven.DEPENDENCY_PLUGIN}:copy",
         f"-Dartifact=org.apache.jena:jena-fuseki-server:{FUSEKI_VERSION}", f"-DoutputDirectory={staging}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    got = staging / jar.name
    if proc.returncode != 0 or not got.is_file():
        shutil.rmtree(staging, ignore_errors=True)
        last = [ln for ln in proc.stdout.splitlines() if "ERROR" in ln][:1] or proc.stdout.splitlines()[-1:]
        raise BackendError(f"Maven could not resolve jena-fuseki-server {FUSEKI_VERSION}: "
                           f"{(last[0] if last else 'no output').strip()}", "check access to Maven Central")
    got.rename(jar)
    shutil.rmtree(staging, ignore_errors=True)
    return jar


@dataclass
class Fuseki:
    """A running in-memory Fuseki on 127.0.0.1:port with one dataset, /graphbuild."""

    port: int
    process: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{DATASET}"

    def upload(self, path: Path, content_type: str) -> None:
        """Add an RDF file to the default graph (Graph Store Protocol)."""
        request = urllib.request.Request(f"{self.url}/data?default", data=Path(path).read_bytes(), method="POST",
                                         headers={"Content-Type": f"{content_type}; charset=utf-8"})
        with _HTTP.open(request, timeout=300) as response:
            response.read()

    def update(self, text: str) -> None:
        """A SPARQL update (e.g. CLEAR ALL) over the SPARQL protocol."""
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        request = urllib.request.Request(f"{self.url}/update", data=body, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        with _HTTP.open(request, timeout=300) as response:
            response.read()

    def select(self, text: str) -> tuple[list[str], list[dict]]:
        """A SELECT query over the SPARQL protocol: the variables and the JSON bindings."""
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        request = urllib.request.Request(f"{self.url}/query", data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        try:
            with _HTTP.open(request, timeout=300) as response:
                doc = json.load(response)
        except urllib.error.HTTPError as exc:
            raise BackendError(f"Fuseki refused the query: {exc.read().decode('utf-8', 'replace')[:300]}") from None
        return doc["head"]["vars"], doc["results"]["bindings"]

    def run_named(self, name: str, params: dict[str, str]) -> list[dict]:
        """Rows of queries/sparql/NAME.rq, as sparql.run_named gives them from the embedded store."""
        query = get_query(name, "sparql")
        typed = query.typed(params)
        names, bindings = self.select(with_values(query, typed))
        return rows_of(query, names, ({k: _term(b.get(k)) for k in names} for b in bindings), typed)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _term(binding: dict | None):
    """A term of the SPARQL JSON results as an Oxigraph term, read by sparql.python_value."""
    if binding is None:
        return None
    if binding["type"] == "literal":
        if "datatype" in binding:
            return ox.Literal(binding["value"], datatype=ox.NamedNode(binding["datatype"]))
        return ox.Literal(binding["value"], language=binding.get("xml:lang"))
    return ox.NamedNode(binding["value"])


def start(port: int, log: Path) -> Fuseki:
    """An in-memory Fuseki with an updatable dataset, listening on 127.0.0.1 only."""
    java = shutil.which("java")
    if not java:
        raise BackendError("Java is not installed; Fuseki needs Java 17", "apt-get install openjdk-17-jre-headless")
    jar = ensure_jar()
    with log.open("ab") as out:
        proc = subprocess.Popen([java, "-Xmx1g", "-jar", str(jar), "--localhost", f"--port={port}", "--mem",
                                 "--update", f"/{DATASET}"], stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT, cwd=log.parent)
    server = Fuseki(port, proc, log)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BackendError(f"Fuseki exited during start (status {proc.returncode})", f"see {log}")
        try:
            with _HTTP.open(f"{server.url}/query?query=ASK%7B%7D", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    server.stop()
    raise BackendError(f"Fuseki did not answer on port {port} within {START_TIMEOUT:.0f}s", f"see {log}")
