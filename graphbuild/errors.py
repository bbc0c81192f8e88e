"""graphbuild's exceptions.

    GraphbuildError            message + hint; the CLI prints both and exits 2
    ├── InputError             a file or record that cannot be read
    ├── ModelError             no spaCy model to load
    ├── ConfigError            a bad option, parameter or table entry
    └── BackendError           a server (Neo4j) that is down or refuses us
"""
from __future__ import annotations


class GraphbuildError(Exception):
    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(GraphbuildError):
    pass


class ModelError(GraphbuildError):
    pass


class ConfigError(GraphbuildError):
    pass


class BackendError(GraphbuildError):
    pass
