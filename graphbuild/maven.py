"""Java servers fetched from Maven Central (Neo4j, Fuseki): where their jars are cached and
the Maven that fetches them."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .errors import BackendError

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"


def cache_dir(name: str) -> Path:
    """The cache folder of one server version, e.g. `neo4j-5.26.30`, outside the checkout."""
    base = os.environ.get("GRAPHBUILD_CACHE") or Path.home() / ".cache" / "graphbuild"
    return Path(base) / name


def mvn(fetches: str, hint: str = "install it, e.g. `apt-get install maven`") -> str:
    """The path of `mvn`, or an error saying what it would have fetched."""
    found = shutil.which("mvn")
    if not found:
        raise BackendError(f"Maven (mvn) is not installed; it fetches {fetches} from Maven Central", hint)
    return found
