"""The first stage: files on disk -> Article records, or a Problem for each input that cannot be used.

What a PATH may be:

- ``.txt``: one article. Its id is the file stem; its text is the whole file content, decoded
  as UTF-8 with line endings left as they are (a leading byte-order mark is dropped), so the
  character offsets of events index exactly that string. The first line is also copied to
  ``title`` when it is short (<= 120 characters), does not end with a period and more text
  follows; it stays part of ``text``.
- ``.jsonl``: one article per line: ``id`` and ``text`` required; ``title``, ``date``, ``url``,
  ``source`` optional. A bad line is a Problem and the lines after it are still read.
- ``.html`` / ``.htm``: the main text extracted with trafilatura; title, date, url and site name
  (as ``source``) from the page's metadata. The page's declared charset is honoured.
- a folder: every ``.txt``, ``.jsonl``, ``.html`` and ``.htm`` file below it, in sorted path
  order; other files and hidden files or folders (name starting with ".") are passed over.

Dates are kept only when they are ISO 8601 (``2017-04-12``, ``2017-04-12T09:30:00Z``, ...) and are
reduced to ``YYYY-MM-DD``; any other date string is dropped, as a date we cannot order is no date.

Each Problem's reason ends with the fix. With ``strict=True`` the first problem raises InputError.
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from .errors import InputError
from .model import Article, Problem

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MAX_TITLE_CHARS = 120
BOM = b"\xef\xbb\xbf"
OPTIONAL_FIELDS = ("title", "date", "url", "source")


class _Skip(Exception):
    """One input that cannot be used: a Problem, or InputError (with the fix as hint) when strict."""

    def __init__(self, reason: str, fix: str, line: int | None = None, path: Path | None = None) -> None:
        super().__init__(reason)
        self.reason, self.fix, self.line, self.path = reason, fix, line, path

    def at(self, path: Path) -> "_Skip":
        self.path = path
        return self

    def problem(self) -> Problem:
        return Problem(str(self.path), f"{self.reason}; {self.fix}", self.line)

    def error(self) -> InputError:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return InputError(f"{where}: {self.reason}", self.fix)


def read_articles(paths: list[str], strict: bool = False) -> Iterator[Article | Problem]:
    """Yield the articles of PATHS in order, and a Problem in place of each unusable input."""
    for item in _expand(paths):
        for out in [item] if isinstance(item, _Skip) else _read_file(item):
            if isinstance(out, _Skip):
                if strict:
                    raise out.error()
                yield out.problem()
            else:
                yield out


def _expand(paths: list[str]) -> Iterator[Path | _Skip]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(_walk(path))
            if not files:
                yield _Skip("folder holds no .txt, .jsonl, .html or .htm file",
                            "put the articles in files with one of these extensions").at(path)
            yield from files
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield _Skip(f"unknown file type {path.suffix or '(no extension)'!r}",
                            "give a .txt, .jsonl, .html or .htm file, or rename it").at(path)
        elif path.exists():
            yield _Skip("not a regular file or folder", "give a file or a folder").at(path)
        else:
            yield _Skip("no such file or folder", "check the path").at(path)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def _read_file(path: Path) -> Iterator[Article | _Skip]:
    try:
        data = path.read_bytes()
        if not data.strip():
            raise _Skip("empty file", "remove it or give it the article text")
        nul = data.find(b"\x00")
        if nul >= 0:
            raise _Skip(f"binary file (NUL byte at byte offset {nul}), not text",
                        "give a UTF-8 .txt, .jsonl or .html file")
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, data)
        elif suffix == ".txt":
            yield _read_txt(path, data)
        else:
            yield _read_html(path, data)
    except _Skip as skip:
        yield skip.at(path)
    except OSError as exc:
        yield _Skip(f"cannot be read ({exc.strerror or exc})", "check its permissions").at(path)


def _decode(data: bytes, line: int | None = None, base: int = 0) -> str:
    """UTF-8 text; the error names the byte offset in the file (and its line)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = base + exc.start
        if line is None:
            line = data.count(b"\n", 0, exc.start) + 1
        raise _Skip(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at byte offset {offset})",
                    "save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`", line) from None


def _read_txt(path: Path, data: bytes) -> Article:
    text = _decode(data).removeprefix("\ufeff")
    first, _, rest = text.partition("\n")
    first = first.strip()
    is_title = bool(first) and len(first) <= MAX_TITLE_CHARS and not first.endswith(".") and bool(rest.strip())
    return Article(id=path.stem, text=text, title=first if is_title else None, path=str(path))


def _read_jsonl(path: Path, data: bytes) -> Iterator[Article | _Skip]:
    offset = 0
    for n, raw in enumerate(data.split(b"\n"), 1):
        start, offset = offset, offset + len(raw) + 1
        if n == 1 and raw.startswith(BOM):
            raw, start = raw[len(BOM):], len(BOM)
        if not raw.strip():
            continue
        try:
            yield _article_of_record(path, _decode(raw, n, start), n)
        except _Skip as skip:
            skip.line = n
            yield skip.at(path)


def _article_of_record(path: Path, line: str, n: int) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # "Unterminated string starting at" + our " at column N"
        raise _Skip(f"malformed JSON ({msg} at column {exc.colno})",
                    "each line must be one JSON object: {\"id\": ..., \"text\": ...}") from None
    if not isinstance(rec, dict):
        raise _Skip(f"a JSON {type(rec).__name__}, not an object",
                    "each line must be one JSON object: {\"id\": ..., \"text\": ...}")
    rid = rec.get("id")
    if rid is None or isinstance(rid, (dict, list, bool)) or not str(rid).strip():
        raise _Skip("no \"id\"", "give each record a unique \"id\" (string or number)")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        why = "no \"text\"" if text is None else "\"text\" is empty" if isinstance(text, str) else "\"text\" is not a string"
        raise _Skip(f"{why} in record {str(rid)!r}", "give each record the article text as a string")
    extra = {k: str(rec[k]) if rec.get(k) is not None else None for k in OPTIONAL_FIELDS}
    extra["date"] = iso_date(extra["date"])
    return Article(id=str(rid), text=text, path=str(path), **extra)


def _read_html(path: Path, data: bytes) -> Article:
    import trafilatura  # heavy; only paid for when there is HTML to read

    # Bytes, not str: trafilatura honours the page's declared charset.
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise _Skip("no article text found in the HTML page",
                    "give the page of one article, or save its text as .txt")
    return Article(id=path.stem, text=text, title=doc.title or None, date=iso_date(doc.date),
                   url=doc.url or None, source=doc.sitename or None, path=str(path))


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD of an ISO 8601 date or date-time; None for anything else."""
    if not value:
        return None
    value = value.strip()
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parsed = parse(value)
        except ValueError:
            continue
        return (parsed.date() if isinstance(parsed, datetime) else parsed).isoformat()
    return None
