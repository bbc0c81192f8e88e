"""Where the shipped tables, ontology and queries are, in a checkout and in an installed copy."""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`ontology` or `queries`: inside the installed package, else at the checkout's top."""
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"graphbuild resource folder {name!r} not found next to {_PKG}")


def data_path(name: str) -> Path:
    """A table in graphbuild/data."""
    return _PKG / "data" / name
