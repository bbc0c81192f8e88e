"""Event typing: a CAMEO event code and what follows from it (PLOVER, QuadClass, Goldstein).

The code list is data (data/cameo_codes.csv). QuadClass follows the GDELT convention:
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .resources import data_path

QUAD_CLASS_LABELS = {1: "verbal cooperation", 2: "material cooperation",
                     3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str  # "042"
    label: str
    root: str  # "04"
    root_label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    with data_path("cameo_codes.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {r["cameo_code"]: CameoCode(
        code=r["cameo_code"], label=r["label"], root=r["root_code"], root_label=r["root_label"],
        goldstein=float(r["goldstein_gdelt"]), quad_class=int(r["quadclass_gdelt_observed"]),
        plover=r["plover_event_2021"] or None, plover_mode=r["plover_mode_2021"] or None,
    ) for r in rows}


@lru_cache(maxsize=1)
def intent_codes() -> dict[str, str]:
    """Root -> the code of announcing it (data/intents.csv)."""
    with data_path("intents.csv").open(encoding="utf-8", newline="") as fh:
        return {r["root"]: r["intent"] for r in csv.DictReader(fh)}


def as_intent(code: str) -> str:
    """CAMEO codes what an actor says it will do as intent: "will meet" is 036 (express
    intent to meet), "will attack" is 138 (threaten military force)."""
    return intent_codes().get(code[:2], code)


@lru_cache(maxsize=1)
def refusal_codes() -> dict[str, str]:
    """Root -> the code of refusing it (data/refusals.csv)."""
    with data_path("refusals.csv").open(encoding="utf-8", newline="") as fh:
        return {r["root"]: r["refusal"] for r in csv.DictReader(fh)}


def recode(code: str, modality: str, negated: bool) -> tuple[str, bool]:
    """CAMEO's conventions for stated intentions: "will meet" is 036 (intent to meet),
    "will attack" 138 (threaten force), and "will not meet" is 125 (reject a meeting),
    a refusal rather than a negated event."""
    if modality != "future":
        return code, negated
    if negated and code[:2] in refusal_codes():
        return refusal_codes()[code[:2]], False
    return (code if negated else as_intent(code)), negated


def frame_code(frame: str, inner: str | None) -> str:
    """The code of an event stated through an infinitive, from the frame verb's code and the
    infinitive's: "agreed to meet" 036, "threatened to attack" 138, "refused to release" 124."""
    if inner is None:
        return frame
    if frame[:2] == "03" and inner[:2] in intent_codes() and (intent_codes()[inner[:2]][:2] == "03"
                                                              or inner[:2] in {"17", "18", "19", "20"}):
        return intent_codes()[inner[:2]]  # "agreed to meet" 036; "vowed to retaliate" is a threat, 138
    if frame[:2] == "13" and inner[:2] in intent_codes() and intent_codes()[inner[:2]][:2] == "13":
        return intent_codes()[inner[:2]]
    if frame[:2] == "12" and inner[:2] in refusal_codes():
        return refusal_codes()[inner[:2]]
    return frame


def lookup(code: str) -> CameoCode:
    """The entry of a CAMEO code; unknown codes raise KeyError naming close ones."""
    table = cameo_table()
    if code in table:
        return table[code]
    near = sorted(c for c in table if c.startswith(code[:2]))[:8]
    raise KeyError(f"unknown CAMEO event code {code!r}; codes under its root: {', '.join(near) or 'none'}")
