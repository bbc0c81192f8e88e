"""The first stage: files on disk -> Article records, or a Problem for each input that cannot be used.

What a PATH may be:

- ``.txt``: one article. Its id is the file stem; its text is the whole file content, decoded
  as UTF-8 with line endings left as they are (a leading byte-order mark is dropped), so the
  character offsets of events index exactly that string. The first line is also copied to
  ``title`` when it is short (<= 120 characters), does not end with a period and more text
  follows; it stays part of ``text``.
- ``.jsonl``: one article per line: ``id`` and ``text`` required; ``title``, ``date``, ``url``,
  ``source`` optional. A bad line is a Problem and the lines after it are still read. The file
  is read line by line as the articles are used, never whole: a corpus of any size.
- ``.html`` / ``.htm``: the main text extracted with trafilatura; title, date, url and site name
  (as ``source``) from the page's metadata. The page's declared charset is honoured.
  A page with a password field and little text (a sign-in or subscription wall) is no article.
- a folder: every ``.txt``, ``.jsonl``, ``.html`` and ``.htm`` file below it, in sorted path
  order; other files and hidden files or folders (name starting with ".") are passed over. A
  folder below it that cannot be listed is a Problem.
- ``-``: standard input, read as JSONL when its first non-blank character is ``{``, else as
  one ``.txt`` article with the id ``stdin``.

Article ids are unique within a run: a record or file whose id was already read (a repeated
JSONL id, ``a/x.txt`` after ``b/x.txt``) is refused with a Problem naming where the id was
first read; rename one of them. An article longer than MAX_ARTICLE_CHARS is refused too (split
it into articles); shorter long texts are parsed in pieces (see nlp).

An article's date (reduced to ``YYYY-MM-DD``) is never guessed. It comes from the JSONL ``date``
(ISO 8601, ``2017-04-12T09:30:00Z``, or a full date with the month's name, ``April 12, 2017``;
any other value is a Problem and the article is read without a date), the HTML page's metadata
(not dates found in its text), or a ``.txt`` article's own date line: a line near the top that is
only a date, or a dateline, ``WASHINGTON, April 12, 2017 — ...`` (dates.text_date).

Each Problem's reason ends with the fix. With ``strict=True`` the first problem raises InputError.
"""
from __future__ import annotations

import json
import os
import re
import sys
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from .dates import full_date, text_date
from .errors import InputError
from .model import Article, Problem
from .spill import Seen

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MAX_TITLE_CHARS = 120
BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
OPTIONAL_FIELDS = ("title", "date", "url", "source")
# Longer articles are refused: no news article is this long, and parsing one takes minutes.
# It is also spaCy's own limit for one text (nlp.max_length).
MAX_ARTICLE_CHARS = 1_000_000
MAX_HTML_BYTES = 25_000_000
HEAD_BYTES = 1 << 16  # the start of a file, enough to tell binary and UTF-16 files from text
CHUNK_BYTES = 1 << 18
STDIN = Path("<stdin>")
# A sign-in or subscription wall: a password field and less text than this.
PASSWORD_FIELD = re.compile(rb"<input[^>]*type\s*=\s*[\"']?password", re.IGNORECASE)
SIGN_IN_MAX_CHARS = 1000


class _Skip(Exception):
    """One input that cannot be used: a Problem, or InputError (with the fix as hint) when strict."""

    def __init__(self, reason: str, fix: str, line: int | None = None, path: Path | None = None,
                 kept: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.fix, self.line, self.path, self.kept = reason, fix, line, path, kept

    def at(self, path: Path) -> "_Skip":
        self.path = path
        return self

    def problem(self) -> Problem:
        return Problem(str(self.path), f"{self.reason}; {self.fix}", self.line, self.kept)

    def error(self) -> InputError:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return InputError(f"{where}: {self.reason}", self.fix)


class _BadDate(Exception):
    """A record whose date cannot be read: the article is still used, without a date."""

    def __init__(self, article: Article, reason: str, fix: str) -> None:
        super().__init__(reason)
        self.article, self.fix = article, fix


def read_articles(paths: list[str], strict: bool = False) -> Iterator[Article | Problem]:
    """Yield the articles of PATHS in order, and a Problem in place of each unusable input."""
    first_read = Seen()  # article id -> where it was read, on disk: an archive has millions
    try:
        for item in _expand(paths):
            for out in [item] if isinstance(item, _Skip) else _read_file(item):
                if isinstance(out, tuple):
                    out = _unique(*out, first_read)
                if isinstance(out, _Skip):
                    if strict:
                        raise out.error()
                    yield out.problem()
                else:
                    yield out
    finally:
        first_read.close()


def _unique(article: Article, line: int | None, first_read: Seen) -> Article | _Skip:
    """The article, or a _Skip when its id was already read: two articles under one id would be
    merged into one downstream (their events share the doc_id)."""
    where = f"{article.path}:{line}" if line else str(article.path)
    if first_read.add(article.id, where):  # the id is new
        return article
    first = first_read.first(article.id)
    if first == where:
        return _Skip("given more than once; read once", "give each PATH once", line, Path(article.path))
    return _Skip(f"article id {article.id!r} was already read from {first}",
                 f"give each article a unique id (rename the {'record' if line else 'file'})", line,
                 Path(article.path))


def _expand(paths: list[str]) -> Iterator[Path | _Skip]:
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield STDIN
        elif path.is_dir():
            found = sorted(_walk(path), key=lambda f: str(f.path if isinstance(f, _Skip) else f))
            if not found:
                yield _Skip("folder holds no .txt, .jsonl, .html or .htm file",
                            "put the articles in files with one of these extensions").at(path)
            yield from found
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


def _walk(folder: Path) -> Iterator[Path | _Skip]:
    unreadable: list[_Skip] = []

    def failed(exc: OSError) -> None:
        unreadable.append(_Skip(f"folder cannot be read ({exc.strerror or exc}), its files are left out",
                                "check its permissions").at(Path(exc.filename or folder)))

    for root, dirs, files in os.walk(folder, onerror=failed):
        yield from unreadable
        unreadable.clear()
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name
    yield from unreadable


def _read_file(path: Path) -> Iterator[tuple[Article, int | None] | _Skip]:
    """(article, its JSONL line or None) for each article of the file, a _Skip for each problem."""
    try:
        suffix = path.suffix.lower()
        if path != STDIN:
            size = path.stat().st_size
            if suffix == ".txt" and size > 4 * MAX_ARTICLE_CHARS or suffix in (".html", ".htm") and size > MAX_HTML_BYTES:
                raise _Skip(f"too long for one article ({size:,} bytes)", _SPLIT_IT)
        with nullcontext(sys.stdin.buffer) if path == STDIN else path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            if path == STDIN:
                while not head.strip() and (more := fh.read(HEAD_BYTES)):  # blank lines before the first record
                    head += more
                suffix = ".jsonl" if head.lstrip(BOM + b" \t\r\n").startswith(b"{") else ".txt"
            _check_text(path, head)
            if suffix == ".jsonl":
                yield from _read_jsonl(path, _lines(head, fh))
                return
            data = head + fh.read()
        if not data.strip():
            raise _Skip("empty file", "remove it or give it the article text")
        _check_text(path, data)
        if suffix == ".txt":
            yield _read_txt(path, data), None
        else:
            yield _read_html(path, data), None
    except _Skip as skip:
        yield skip.at(path)
    except OSError as exc:
        yield _Skip(f"cannot be read ({exc.strerror or exc})", "check its permissions").at(path)


def _check_text(path: Path, data: bytes) -> None:
    """Refuse UTF-16 and binary files, seen from their start (JSONL) or whole (other files)."""
    if data.startswith(UTF16_BOMS) or _looks_utf16(data):
        raise _Skip("UTF-16 text, not UTF-8", f"save it as UTF-8, e.g. `iconv -f utf-16 -t utf-8 {path.name}`")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Skip(f"binary file (NUL byte at byte offset {nul}), not text",
                    "give a UTF-8 .txt, .jsonl or .html file")


def _lines(head: bytes, fh) -> Iterator[bytes]:
    """The lines of a file whose first bytes were read already, without their line feeds."""
    pending, chunk = b"", head
    while chunk:
        *lines, pending = (pending + chunk).split(b"\n")
        yield from lines
        chunk = fh.read(CHUNK_BYTES)
    yield pending


_SPLIT_IT = f"split it into articles of at most {MAX_ARTICLE_CHARS:,} characters"


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: English text then has a NUL in every other byte, and
    printable characters in the bytes between (a binary file has NULs, but not so regularly)."""
    head = data[:4096]
    head = head[:len(head) // 2 * 2]
    if len(head) < 8:
        return False
    halves = (head[0::2], head[1::2])
    return any(zeros.count(0) >= 0.8 * len(zeros)
               and sum(32 <= b < 127 or b in (9, 10, 13) for b in text) >= 0.8 * len(text)
               for text, zeros in (halves, halves[::-1]))


def _too_long(text: str, what: str = "article") -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise _Skip(f"{what} too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})", _SPLIT_IT)


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
    _too_long(text)
    first, _, rest = text.partition("\n")
    first = first.strip()
    dated = text_date(text)
    is_title = bool(first) and len(first) <= MAX_TITLE_CHARS and not first.endswith(".") and bool(rest.strip()) \
        and not (dated and dated[1] == first)  # a date line is no title
    return Article(id="stdin" if path == STDIN else path.stem, text=text, title=first if is_title else None,
                   date=dated[0] if dated else None, path=str(path))


def _read_jsonl(path: Path, lines: Iterable[bytes]) -> Iterator[tuple[Article, int] | _Skip]:
    offset, records = 0, 0
    for n, raw in enumerate(lines, 1):
        start, offset = offset, offset + len(raw) + 1
        if n == 1 and raw.startswith(BOM):
            raw, start = raw[len(BOM):], len(BOM)
        if not raw.strip():
            continue
        records += 1
        try:
            nul = raw.find(b"\x00")
            if nul >= 0:
                raise _Skip(f"NUL byte at byte offset {start + nul}, not text",
                            "each line must be one JSON object: {\"id\": ..., \"text\": ...}")
            yield _article_of_record(path, _decode(raw, n, start)), n
        except _BadDate as bad:  # the article is read; its date is reported
            yield bad.article, n
            yield _Skip(str(bad), bad.fix, n, kept=True).at(path)
        except _Skip as skip:
            skip.line = n
            yield skip.at(path)
    if not records:
        yield _Skip("empty file", "remove it or give it the article text").at(path)


def _article_of_record(path: Path, line: str) -> Article:
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
    _too_long(text, f"record {str(rid)!r}")
    extra = {k: str(rec[k]) if rec.get(k) is not None else None for k in OPTIONAL_FIELDS}
    given, extra["date"] = extra["date"], article_date(extra["date"])
    article = Article(id=str(rid), text=text, path=str(path), **extra)
    if given and not article.date:
        raise _BadDate(article, f"\"date\" {given!r} of record {str(rid)!r} is not a date; the article is read without one",
                       "give the date as ISO 8601 (2024-03-03) or with the month's name (March 3, 2024)")
    return article


def _read_html(path: Path, data: bytes) -> Article:
    import trafilatura  # heavy; only paid for when there is HTML to read
    from trafilatura.settings import set_date_params

    # Bytes, not str: trafilatura honours the page's declared charset.
    # The page's date from its metadata only: no date guessed from the words of the page.
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                      date_extraction_params=set_date_params(False))
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise _Skip("no article text found in the HTML page",
                    "give the page of one article, or save its text as .txt")
    if len(text) < SIGN_IN_MAX_CHARS and PASSWORD_FIELD.search(data):
        raise _Skip(f"a sign-in page (a password field and {len(text)} characters of text), not an article",
                    "save the article's page after signing in, or its text as .txt")
    _too_long(text)
    return Article(id=path.stem, text=text, title=doc.title or None, date=iso_date(doc.date),
                   url=doc.url or None, source=doc.sitename or None, path=str(path))


def article_date(value: str | None) -> str | None:
    """YYYY-MM-DD of an ISO 8601 date or a full date with the month's name; None otherwise."""
    return iso_date(value) or (full_date(value) if value else None)


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
