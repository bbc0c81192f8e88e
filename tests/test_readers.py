"""The readers stage on files written here: each input kind, each bad input, strict mode."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.model import Article, Problem
from graphbuild.readers import iso_date, read_articles

BODY = "Norway\u2019s foreign minister met her Danish counterpart in Oslo on Monday.\nThey agreed to talk again."

HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Nordic ministers meet | Fjord Courier</title>
<meta property="og:title" content="Nordic ministers meet">
<meta property="og:url" content="https://fjord-courier.example/2021/nordic-ministers">
<meta property="og:site_name" content="Fjord Courier">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Nordic ministers meet</h1>
<p>The foreign minister of Norway met her Danish counterpart in Oslo on Thursday to discuss fishing rights in the North Sea, officials said.</p>
<p>Both sides called the talks \u201cconstructive\u201d and agreed to meet again in May, while Sweden criticised the timing of the meeting.</p>
</article><footer>All rights reserved</footer></body></html>
"""


def read(*paths, strict=False):
    return list(read_articles([str(p) for p in paths], strict=strict))


def messages(items):
    return [str(i) for i in items if isinstance(i, Problem)]


def articles(items):
    return [i for i in items if isinstance(i, Article)]


# --- .txt -------------------------------------------------------------------------------

def test_txt_first_short_line_is_title_and_text_is_whole_file(tmp_path):
    content = "Nordic ministers meet in Oslo\n\n" + BODY + "\n"
    f = tmp_path / "oslo-talks.txt"
    f.write_text(content, encoding="utf-8")
    [a] = read(f)
    assert a.id == "oslo-talks"
    assert a.title == "Nordic ministers meet in Oslo"
    assert a.text == content  # title line kept, so offsets index the file's text
    assert a.path == str(f)
    start = a.text.index("Norway\u2019s")  # curly apostrophe left untouched
    assert a.text[start:start + 8] == "Norway\u2019s"


@pytest.mark.parametrize("content", [
    "Norway\u2019s minister met her Danish counterpart in Oslo.\nThey agreed to talk again.",  # final period
    "Nordic ministers meet in Oslo\n",  # nothing after it
    "x" * 121 + "\nMore text follows here.",  # too long for a title
    "\nNordic ministers meet\nbody",  # first line blank
])
def test_txt_without_title(tmp_path, content):
    f = tmp_path / "a.txt"
    f.write_text(content, encoding="utf-8")
    [a] = read(f)
    assert a.title is None
    assert a.text == content


def test_txt_line_endings_kept_and_bom_dropped(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"\xef\xbb\xbfTalks in Oslo\r\nNorway met Denmark.\r\n")
    [a] = read(f)
    assert a.text == "Talks in Oslo\r\nNorway met Denmark.\r\n"
    assert a.title == "Talks in Oslo"


# --- .jsonl -----------------------------------------------------------------------------

def test_jsonl_records(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        {"id": "n1", "text": BODY, "title": "Nordic talks", "date": "2021-03-04",
         "url": "https://example.org/n1", "source": "Fjord Courier"},
        {"id": 42, "text": "Sweden criticised Norway.", "date": "2021-03-05T08:15:00+01:00"},
        {"id": "n3", "text": "Denmark praised Finland.", "date": "5 March 2021"},
        {"id": "n4", "text": "Denmark praised Finland.", "date": "03/05/2021"},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n", encoding="utf-8")
    a1, a2, a3, a4, problem = read(f)
    assert a1 == Article(id="n1", text=BODY, title="Nordic talks", date="2021-03-04",
                         url="https://example.org/n1", source="Fjord Courier", path=str(f))
    assert (a2.id, a2.date, a2.title) == ("42", "2021-03-05", None)
    assert a3.date == "2021-03-05"  # the month named: no doubt which
    assert a4.date is None and isinstance(problem, Problem) and problem.line == 4  # March 5 or May 3? reported


def test_jsonl_bad_lines_are_problems_and_the_rest_is_read(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b"\n".join([
        b'{"id": "ok1", "text": "Norway met Denmark."}',
        b'{"id": "broken", "text": "Sweden',
        b'{"text": "No id here."}',
        b'{"id": "t1"}',
        b'{"id": "t2", "text": ""}',
        b'["id", "text"]',
        b'{"id": "latin", "text": "Caf\xe9 talks"}',
        b'{"id": "ok2", "text": "Finland praised Estonia."}',
    ]) + b"\n")
    items = read(f)
    latin_offset = f.read_bytes().index(b"\xe9")
    assert [a.id for a in articles(items)] == ["ok1", "ok2"]
    assert messages(items) == [
        f"{f}:2: malformed JSON (Unterminated string starting at column 26); "
        'each line must be one JSON object: {"id": ..., "text": ...}',
        f'{f}:3: no "id"; give each record a unique "id" (string or number)',
        f"{f}:4: no \"text\" in record 't1'; give each record the article text as a string",
        f"{f}:5: \"text\" is empty in record 't2'; give each record the article text as a string",
        f'{f}:6: a JSON list, not an object; each line must be one JSON object: {{"id": ..., "text": ...}}',
        f"{f}:7: not UTF-8 text (byte 0xe9 at byte offset {latin_offset}); "
        "save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
    ]
    # Problems come in file order, between the articles around them.
    assert [type(i).__name__ for i in items] == ["Article"] + ["Problem"] * 6 + ["Article"]


# --- .html ------------------------------------------------------------------------------

def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "nordic.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    [a] = read(f)
    assert a.id == "nordic"
    assert a.title == "Nordic ministers meet"
    assert a.date == "2021-03-04"
    assert a.url == "https://fjord-courier.example/2021/nordic-ministers"
    assert a.source == "Fjord Courier"
    assert "met her Danish counterpart in Oslo" in a.text
    assert "\u201cconstructive\u201d" in a.text
    assert "All rights reserved" not in a.text


def test_html_declared_charset_is_honoured(tmp_path):
    f = tmp_path / "latin.htm"
    f.write_bytes(b'<html><head><meta charset="iso-8859-1"></head><body><article>'
                  b"<p>Caf\xe9 diplomacy: the foreign minister of Norway met her Danish counterpart in Oslo.</p>"
                  b"</article></body></html>")
    [a] = read(f)
    assert "Caf\u00e9 diplomacy" in a.text


def test_html_without_article_text(tmp_path):
    f = tmp_path / "empty-page.html"
    f.write_text("<html><head><title>Nothing</title><script>var x = 1;</script></head><body></body></html>")
    assert messages(read(f)) == [
        f"{f}: no article text found in the HTML page; give the page of one article, or save its text as .txt"]


# --- folders ----------------------------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "second.txt").write_text("Sweden criticised Norway.")
    (tmp_path / "a" / "first.txt").write_text("Norway met Denmark.")
    (tmp_path / "a" / "z.jsonl").write_text('{"id": "j1", "text": "Finland praised Estonia."}\n')
    (tmp_path / "a" / "notes.md").write_text("ignored")
    (tmp_path / "a" / "data.csv").write_text("ignored")
    (tmp_path / ".hidden" / "x.txt").write_text("ignored")
    (tmp_path / "c.HTML").write_text(HTML_PAGE)
    items = read(tmp_path)
    assert [a.id for a in items] == ["first", "j1", "second", "c"]


def test_folder_without_articles(tmp_path):
    (tmp_path / "readme.md").write_text("nothing to read")
    assert messages(read(tmp_path)) == [
        f"{tmp_path}: folder holds no .txt, .jsonl, .html or .htm file; "
        "put the articles in files with one of these extensions"]


# --- bad input: one line each, and the other inputs are still read -----------------------

def test_each_bad_input_names_file_reason_and_fix(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Norway met Denmark.")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\x01\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Talks in Oslo\nThe caf\xe9 was full.\n")
    unknown = tmp_path / "report.pdf"
    unknown.write_bytes(b"%PDF-1.4")
    missing = tmp_path / "missing.txt"
    last = tmp_path / "last.jsonl"
    last.write_text('{"id": "last", "text": "Finland praised Estonia."}\n')

    items = read(missing, empty, good, binary, latin, unknown, last)
    assert [a.id for a in articles(items)] == ["good", "last"]
    assert messages(items) == [
        f"{missing}: no such file or folder; check the path",
        f"{empty}: empty file; remove it or give it the article text",
        f"{binary}: binary file (NUL byte at byte offset 7), not text; give a UTF-8 .txt, .jsonl or .html file",
        f"{latin}:2: not UTF-8 text (byte 0xe9 at byte offset 21); save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
        f"{unknown}: unknown file type '.pdf'; give a .txt, .jsonl, .html or .htm file, or rename it",
    ]
    for p in items:
        if isinstance(p, Problem):
            assert "\n" not in str(p)


def test_strict_raises_on_first_problem_with_fix_as_hint(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Norway met Denmark.")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Sweden criticised Norway."}\n{oops\n')
    items = read_articles([str(good), str(bad)], strict=True)
    assert next(items).id == "good"
    assert next(items).id == "a"
    with pytest.raises(InputError) as info:
        next(items)
    assert info.value.message == f"{bad}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)"
    assert info.value.hint == 'each line must be one JSON object: {"id": ..., "text": ...}'


def test_strict_without_problems_reads_everything(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Norway met Denmark.")
    assert [a.id for a in read(f, strict=True)] == ["a"]


@pytest.mark.parametrize("value, expected", [
    ("2017-04-12", "2017-04-12"),
    ("2017-04-12T09:30:00Z", "2017-04-12"),
    ("2017-04-12 09:30", "2017-04-12"),
    ("20170412", "2017-04-12"),
    (" 2017-04-12 ", "2017-04-12"),
    ("April 12, 2017", None),
    ("12/04/2017", None),
    ("", None),
    (None, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


# --- what used to be lost without a word ------------------------------------------------

def test_utf16_is_named_with_the_fix(tmp_path):
    with_bom = tmp_path / "notepad.txt"
    with_bom.write_text("Norway met Denmark in Oslo.", encoding="utf-16")
    without_bom = tmp_path / "export.jsonl"
    without_bom.write_bytes('{"id": "a", "text": "Sweden criticised Norway."}\n'.encode("utf-16-le"))
    picture = tmp_path / "picture.txt"  # NUL bytes, but no text between them: binary, not UTF-16
    picture.write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000"))
    assert messages(read(picture))[0].startswith(f"{picture}: binary file (NUL byte at byte offset 8)")
    assert messages(read(with_bom, without_bom)) == [
        f"{with_bom}: UTF-16 text, not UTF-8; save it as UTF-8, e.g. `iconv -f utf-16 -t utf-8 notepad.txt`",
        f"{without_bom}: UTF-16 text, not UTF-8; save it as UTF-8, e.g. `iconv -f utf-16 -t utf-8 export.jsonl`"]


SIGN_IN_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Sign in | Fjord Courier</title></head>
<body><main><h1>Sign in to continue reading</h1>
<p>Subscribers get unlimited access to our journalism.</p>
<form action="/login" method="post"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<p><a href="/forgot">Forgot your password?</a> Not a subscriber? Subscribe now for just $1 a week.</p>
</main></body></html>"""


def test_a_sign_in_page_is_no_article_but_an_article_with_a_login_box_is(tmp_path):
    wall = tmp_path / "paywall.html"
    wall.write_text(SIGN_IN_PAGE, encoding="utf-8")
    page = tmp_path / "nordic.html"
    login_box = '<form><input type="password" name="pw"></form></body>'
    page.write_text(HTML_PAGE.replace("</body>", login_box).replace(
        "</article>", "<p>" + " ".join(["The ministers also discussed energy prices and the Baltic pipeline."] * 12)
        + "</p></article>"), encoding="utf-8")
    items = read(wall, page)
    assert [a.id for a in articles(items)] == ["nordic"]
    [problem] = messages(items)
    assert problem.startswith(f"{wall}: a sign-in page (a password field and ")
    assert problem.endswith("not an article; save the article's page after signing in, or its text as .txt")


def test_a_repeated_article_id_is_refused_naming_the_first(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "talks.txt").write_text("Norway met Denmark.")
    (tmp_path / "b" / "talks.txt").write_text("Sweden criticised Norway.")
    batch = tmp_path / "c.jsonl"
    batch.write_text('{"id": "r1", "text": "Finland praised Estonia."}\n'
                     '{"id": "r2", "text": "Latvia met Lithuania."}\n'
                     '{"id": "r1", "text": "Estonia thanked Finland."}\n')
    items = read(tmp_path)
    assert [(a.id, a.text) for a in articles(items)] == [
        ("talks", "Norway met Denmark."), ("r1", "Finland praised Estonia."), ("r2", "Latvia met Lithuania.")]
    assert messages(items) == [
        f"{tmp_path / 'b' / 'talks.txt'}: article id 'talks' was already read from {tmp_path / 'a' / 'talks.txt'}; "
        "give each article a unique id (rename the file)",
        f"{batch}:3: article id 'r1' was already read from {batch}:1; give each article a unique id (rename the record)"]
    with pytest.raises(InputError, match="already read"):
        read(tmp_path, strict=True)


def test_the_same_file_given_twice_is_read_once_with_a_problem(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Norway met Denmark.")
    items = read(f, f)
    assert len(articles(items)) == 1
    assert messages(items) == [f"{f}: given more than once; read once; give each PATH once"]


UNREADABLE_SCRIPT = """
import os, sys
from graphbuild.readers import read_articles
os.setgid(65534); os.setuid(65534)  # root reads every folder; an ordinary user does not
for item in read_articles([sys.argv[1]]):
    print(getattr(item, "id", None) or item)
"""


def test_a_folder_that_cannot_be_read_is_a_named_problem():
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="graphbuild-unreadable-"))
    try:
        (top / "open").mkdir()
        (top / "open" / "a.txt").write_text("Norway met Denmark.")
        (top / "locked").mkdir()
        (top / "locked" / "b.txt").write_text("Sweden criticised Norway.")
        for p in (top, top / "open", top / "open" / "a.txt"):
            p.chmod(0o755)
        (top / "locked").chmod(0o000)
        run_as = UNREADABLE_SCRIPT if os.geteuid() == 0 else UNREADABLE_SCRIPT.replace("os.setgid", "# ")
        out = subprocess.run([sys.executable, "-c", run_as, str(top)], capture_output=True, text=True,
                             cwd=Path(__file__).parent.parent)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines() == [
            f"{top / 'locked'}: folder cannot be read (Permission denied), its files are left out; check its permissions",
            "a"]
    finally:
        (top / "locked").chmod(0o755)
        shutil.rmtree(top)


def test_an_article_over_the_limit_is_refused_and_the_others_read(tmp_path):
    from graphbuild.readers import MAX_ARTICLE_CHARS

    long_text = ("Norway met Denmark in Oslo. " * (MAX_ARTICLE_CHARS // 28 + 100))
    batch = tmp_path / "big.jsonl"
    batch.write_text(json.dumps({"id": "huge", "text": long_text}) + "\n"
                     + json.dumps({"id": "small", "text": "Sweden criticised Norway."}) + "\n")
    txt = tmp_path / "dump.txt"
    txt.write_text(long_text)
    items = read(batch, txt)
    assert [a.id for a in articles(items)] == ["small"]
    n = f"{len(long_text):,}"
    assert messages(items) == [
        f"{batch}:1: record 'huge' too long ({n} characters; the limit is 1,000,000); "
        "split it into articles of at most 1,000,000 characters",
        f"{txt}: article too long ({n} characters; the limit is 1,000,000); "
        "split it into articles of at most 1,000,000 characters"]


def test_a_large_jsonl_file_is_read_line_by_line_with_its_problems_in_place(tmp_path):
    import tracemalloc

    from graphbuild import readers

    f = tmp_path / "big.jsonl"
    record = {"text": "Norway criticised Denmark over fishing quotas. " * 40}
    lines = [json.dumps({"id": f"r{i}", **record}) for i in range(4000)]  # about 8 MB
    lines[1500] = '{"id": "broken", "text": "Norway'  # a bad line in the middle
    lines[3000] = '{"id": "nul", "text": "x\x00y"}'
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert f.stat().st_size > 4 * readers.CHUNK_BYTES
    ids, problems = [], []
    tracemalloc.start()
    try:
        for item in read_articles([str(f)]):  # nothing kept but ids: what remains is the reader's
            (problems if isinstance(item, Problem) else ids).append(item.line if isinstance(item, Problem) else item.id)
            if isinstance(item, Problem):
                problems[-1] = item
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.line for p in problems] == [1501, 3001]
    assert "malformed JSON" in problems[0].reason and "NUL byte" in problems[1].reason
    assert len(ids) == 3998 and ids[1499:1501] == ["r1499", "r1501"]
    assert peak < f.stat().st_size / 3  # a chunk of the file at a time, never the whole file
