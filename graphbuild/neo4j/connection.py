"""Connecting to a Neo4j 5.x server over Bolt, and the one place where the driver's
exceptions become graphbuild's.

Settings come from arguments first, then the environment: NEO4J_URI (default
bolt://127.0.0.1:7687), NEO4J_USER (default neo4j), NEO4J_PASSWORD (else a prompt when
standard input is a terminal), NEO4J_DATABASE (default: the server's home database).
Any Bolt URI works: bolt://, bolt+s://, neo4j://, neo4j+s:// (Aura). A user and password
written into the URI (bolt://neo4j:secret@host:7687) are taken out of it and used as the
user and password, so that no message ever shows them.
"""
from __future__ import annotations

import getpass
import os
import sys
from urllib.parse import unquote
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

import neo4j
from neo4j import exceptions as nx

from ..errors import BackendError, ConfigError

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class Settings:
    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default="", repr=False)
    database: str | None = None
    retry_seconds: float = 15.0  # how long the driver retries a transaction the server dropped


# Stands for a driver the caller opened: its URI is not known here, and is said so in errors.
GIVEN_DRIVER = Settings(uri="(the caller's driver)")


def settings(uri: str | None = None, database: str | None = None, *, user: str | None = None,
             password: str | None = None, retry_seconds: float = 15.0) -> Settings:
    """Connection settings from the arguments, else the environment, else a password prompt."""
    uri, uri_user, uri_password = split_credentials(uri or os.environ.get("NEO4J_URI") or DEFAULT_URI)
    scheme = uri.partition("://")[0]
    if scheme not in SCHEMES:
        raise ConfigError(f"Neo4j URI {uri!r} has an unknown scheme", f"use one of: {', '.join(s + '://' for s in SCHEMES)}")
    user = user or uri_user or os.environ.get("NEO4J_USER") or DEFAULT_USER
    if password is None:
        password = uri_password if uri_password is not None else os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise ConfigError("NEO4J_PASSWORD is not set and there is no terminal to ask for it",
                              "export NEO4J_PASSWORD=... before running graphbuild")
        password = getpass.getpass(f"Neo4j password for {user} at {uri}: ")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    return Settings(uri, user, password, database, retry_seconds)


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """(the URI without user and password, user, password): "bolt://ann:s3cret@db:7687" gives
    ("bolt://db:7687", "ann", "s3cret")."""
    scheme, sep, rest = uri.partition("://")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not (sep and at):
        return uri, None, None
    user, colon, password = userinfo.partition(":")
    return f"{scheme}://{host}{slash}{path}", unquote(user) or None, unquote(password) if colon else None


def backend_error(exc: Exception, s: Settings) -> BackendError:
    """The driver's exception as one line naming the server, and what to do about it."""
    where = s.uri + (f" (database {s.database})" if s.database else "")
    if isinstance(exc, nx.AuthError):
        return BackendError(f"Neo4j at {where} refused user {s.user!r}: wrong user or password",
                            "check NEO4J_USER and NEO4J_PASSWORD")
    if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired, OSError)):
        return BackendError(f"Neo4j at {where} is not answering ({type(exc).__name__})",
                            "start a server with `graphbuild neo4j start`, or set NEO4J_URI to yours")
    if isinstance(exc, nx.Neo4jError) and exc.code and "DatabaseNotFound" in exc.code:
        return BackendError(f"Neo4j at {s.uri} has no database {s.database!r}",
                            "set --database / NEO4J_DATABASE to an existing one, or leave it unset")
    message = " ".join(str(getattr(exc, "message", None) or exc).split())
    return BackendError(f"Neo4j at {where} failed: {message}", getattr(exc, "code", None))


def driver(s: Settings) -> neo4j.Driver:
    """An open driver whose server has answered and accepted the credentials."""
    try:
        drv = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password),
                                         max_transaction_retry_time=s.retry_seconds,
                                         connection_acquisition_timeout=30.0)
    except (nx.ConfigurationError, ValueError) as exc:
        raise ConfigError(f"Neo4j URI {s.uri!r} is not usable: {exc}", "e.g. bolt://127.0.0.1:7687") from exc
    try:
        drv.verify_connectivity()  # fails at once when nothing answers, where queries would retry
        drv.execute_query("RETURN 1", database_=s.database)
    except (nx.Neo4jError, nx.DriverError, OSError) as exc:
        drv.close()
        raise backend_error(exc, s) from None
    return drv


@contextmanager
def connect(s: Settings) -> Iterator[neo4j.Driver]:
    """A driver for the duration of a block; driver errors inside it become BackendError."""
    drv = driver(s)
    try:
        yield drv
    except (nx.Neo4jError, nx.DriverError) as exc:
        raise backend_error(exc, s) from None
    finally:
        drv.close()
