"""The converter of the PETRARCH2 verb dictionary (scripts/convert_petrarch_verbs.py), on a
dictionary written for the test in the dictionary's own format."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("convert_petrarch_verbs", ROOT / "scripts" / "convert_petrarch_verbs.py")
convert_petrarch_verbs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(convert_petrarch_verbs)

DICTIONARY = """\
&PEACE
+TRUCE
+ARMISTICE

---  SCOLD   [111]  ---
SCOLD
+TELL_OFF {+TOLD_OFF +TELLS_OFF}
ACCUSE
GRILL [110]
- * (FOR &PEACE)                                    [020]         # SCOLD

---  WANDER   [---]  ---
WANDER
ROAM [042]
+HAND_OVER [070]
MINGLE [060]

---  OFFEND   [:110]  ---
APPALL

---  MUDDLE   [111]  ---
WIRE_+TAP
SCOLD [120]
FUMBLE [999]
??? what
"""


def convert(tmp_path: Path) -> tuple[list[dict], list[str]]:
    folder, data = tmp_path / "dict", tmp_path / "data"
    folder.mkdir()
    data.mkdir()
    (folder / "CAMEO.2.0.txt").write_text(DICTIONARY, encoding="utf-8")
    (data / "verbs.csv").write_text("lemma,prep,cameo,kind,object\naccuse,,112,,\n", encoding="utf-8")
    (data / "cues.csv").write_text("word,cue\nhand over,light_verb\n", encoding="utf-8")
    (data / "cameo_codes.csv").write_text("cameo_code,label\n" + "".join(f"{c},x\n" for c in
                                                                        ("042", "060", "070", "110", "111", "112", "120")))
    n, problems = convert_petrarch_verbs.convert(folder, data, data)
    with (data / "petrarch_verbs.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows)
    return rows, problems


def test_verbs_take_their_own_code_or_their_blocks(tmp_path):
    rows, _ = convert(tmp_path)
    assert {(r["lemma"], r["prep"], r["cameo"]) for r in rows} == {
        ("scold", "", "111"), ("tell off", "", "111"), ("grill", "", "110"), ("roam", "", "042")}


def test_hand_verbs_cue_words_null_vague_passive_only_and_unknown_codes_are_left_out(tmp_path):
    rows, problems = convert(tmp_path)
    lemmas = [r["lemma"] for r in rows]
    assert "accuse" not in lemmas  # the hand table holds it
    assert "hand over" not in lemmas  # a light verb carries its noun's event, not its own
    assert "mingle" not in lemmas  # a vague fallback code
    assert "wander" not in lemmas and "appall" not in lemmas  # no event of its own
    assert "fumble" not in lemmas and any("fumble" in p and "cameo_codes.csv" in p for p in problems)
    assert lemmas.count("scold") == 1  # a verb listed twice keeps its first code
    assert "wire tap" not in lemmas  # its verb is not its first word


def test_a_line_it_cannot_read_is_reported_with_its_line_and_skipped(tmp_path):
    _, problems = convert(tmp_path)
    assert any(p.startswith("CAMEO.2.0.txt:") and "'??? what'" in p for p in problems)
