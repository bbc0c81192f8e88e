#!/usr/bin/env python3
"""Convert the PETRARCH2 CAMEO verb dictionary into graphbuild's generated verb table.

    python3 scripts/convert_petrarch_verbs.py DICTIONARY_FOLDER [--out graphbuild/data]

reads CAMEO.2.0.txt and writes petrarch_verbs.csv (the columns of verbs.csv). It carries over
what the dictionary says of a verb on its own: each verb of a synonym block ("--- ABANDON
[---] ---" and the verbs under it) with its own code ("ASK [020]") or else the block's, when
that code is an event. The phrase patterns ("- * (FOR {FINANCIAL AID}) [071]") are left out:
their nouns are read by graphbuild's noun table. The hand tables win: a verb that
graphbuild/data/verbs.csv holds, or that graphbuild/data/cues.csv gives a role ("give" is a
light verb), is left out of the generated table, and so are the vague codes a block falls
back on (VAGUE) and a code that graphbuild/data/cameo_codes.csv does not know. A line the converter cannot read is reported
as FILE:LINE on standard error and skipped. Standard library only.

Source: openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT licence (graphbuild/data/LICENSE-petrarch2).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "graphbuild" / "data"
VERBS_FILE = "petrarch_verbs.csv"
COLUMNS = ("lemma", "prep", "cameo", "kind", "object")

_HEADER = re.compile(r"^---\s+(\S.*?)\s+\[([^\]]*)\]\s+---")
# A verb line: the verb (a multi-word verb joined by "_", its verb word marked "+"), then
# optional irregular forms in {...}, then an optional code in [...].
_VERB = re.compile(r"^([A-Z+][A-Z_+'\-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$")
_CODE = re.compile(r"\d{3,4}")
# The codes a block falls back on when its verbs carry an event only through a pattern
# ("make a statement", "cooperate"): on a verb alone they are guesses that cost precision.
VAGUE = {"010", "050", "060"}


def lemma_of(word: str) -> str | None:
    """"ASK" -> "ask", "+CALL_OFF" -> "call off"; None for a phrase whose verb is not its
    first word ("WIRE_+TAP"), which graphbuild's verb key (verb and particle) cannot hold."""
    parts = word.split("_")
    if any(p.startswith("+") for p in parts[1:]) or not parts[0]:
        return None
    text = " ".join(p.lstrip("+") for p in parts).lower()
    return text if re.fullmatch(r"[a-z][a-z'\-]*( [a-z]+)?", text) else None


def read_verbs(path: Path, problems: list[str]) -> list[tuple[str, str, int]]:
    """(lemma, code, line) of every verb of a synonym block whose code is an event."""
    out = []
    block: str | None = None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            text = raw.split("#", 1)[0].rstrip()
            if not text.strip():
                continue
            header = _HEADER.match(text)
            if header:
                block = header.group(2).strip()
                continue
            if block is None or text[0] in "-&~<" or text[0].isspace():
                continue  # synsets before the first block, patterns, transformations
            m = _VERB.match(text.strip())
            if m is None:
                problems.append(f"{path.name}:{n}: {text.strip()!r} is no verb line; skipped")
                continue
            # "[160:160]" is the code and the code of its passive; "[:110]" codes only the passive.
            code = (m.group(2) or block).strip().split(":")[0]
            lemma = lemma_of(m.group(1))
            if lemma is None or code in {"---", ""}:
                continue
            if not _CODE.fullmatch(code):
                problems.append(f"{path.name}:{n}: code {code!r} is no CAMEO event code; skipped")
                continue
            out.append((lemma, code, n))
    return out


def hand_lemmas(data: Path) -> set[str]:
    with (data / "verbs.csv").open(encoding="utf-8", newline="") as fh:
        return {row["lemma"].lower() for row in csv.DictReader(fh)}


def cue_words(data: Path) -> set[str]:
    """The words graphbuild's rules read by their role (data/cues.csv): a light verb such as
    "give" or "impose" carries its object noun's event, a speech verb reports; none is an event
    by itself."""
    with (data / "cues.csv").open(encoding="utf-8", newline="") as fh:
        return {row["word"].lower() for row in csv.DictReader(fh)}


def known_codes(data: Path) -> set[str]:
    with (data / "cameo_codes.csv").open(encoding="utf-8", newline="") as fh:
        return {row["cameo_code"] for row in csv.DictReader(fh)}


def convert(folder: Path, out: Path, data: Path = DATA) -> tuple[int, list[str]]:
    """Write out/petrarch_verbs.csv; the number of rows and the problems met."""
    problems: list[str] = []
    hand, codes = hand_lemmas(data) | cue_words(data), known_codes(data)
    rows: dict[str, str] = {}
    for lemma, code, n in read_verbs(folder / "CAMEO.2.0.txt", problems):
        if lemma in hand or lemma in rows:
            continue  # the hand table wins; a verb listed twice keeps its first code
        if code in VAGUE:
            continue
        if code not in codes:
            problems.append(f"CAMEO.2.0.txt:{n}: code {code} of {lemma!r} is not in cameo_codes.csv; skipped")
            continue
        rows[lemma] = code
    with (out / VERBS_FILE).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for lemma in sorted(rows):
            w.writerow((lemma, "", rows[lemma], "", ""))
    return len(rows), problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="the PETRARCH2 dictionaries (CAMEO.2.0.txt)")
    ap.add_argument("--out", type=Path, default=DATA)
    a = ap.parse_args()
    if not (a.folder / "CAMEO.2.0.txt").is_file():
        sys.exit(f"{a.folder}: no CAMEO.2.0.txt here; give the folder of the PETRARCH2 dictionaries")
    n, problems = convert(a.folder, a.out)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{VERBS_FILE}: {n} verbs ({len(problems)} lines skipped)")


if __name__ == "__main__":
    main()
