"""Event typing: a CAMEO event code and what follows from it (PLOVER, QuadClass, Goldstein).

The code list is data (data/cameo_codes.csv). QuadClass follows the GDELT convention:
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tables import rows

CAMEO_COLUMNS = ("cameo_code", "label", "label_cameo_0.7b5_codefile", "level", "root_code", "root_label",
                 "goldstein_gdelt", "quadclass_gdelt_observed", "quad_icews_andybega", "quad_phoenix_pipeline",
                 "plover_event_2021", "plover_mode_2021", "plover_context_2021")
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
    return {r["cameo_code"]: CameoCode(
        code=r["cameo_code"], label=r["label"], root=r["root_code"], root_label=r["root_label"],
        goldstein=float(r["goldstein_gdelt"]), quad_class=int(r["quadclass_gdelt_observed"]),
        plover=r["plover_event_2021"] or None, plover_mode=r["plover_mode_2021"] or None,
    ) for _, r in rows("cameo_codes.csv", CAMEO_COLUMNS)}


@lru_cache(maxsize=1)
def intent_codes() -> dict[str, str]:
    """Root -> the code of announcing it (data/intents.csv)."""
    return {r["root"]: r["intent"] for _, r in rows("intents.csv", ("root", "intent"), codes=("root", "intent"))}


def as_intent(code: str) -> str:
    """CAMEO codes what an actor says it will do as intent: "will meet" is 036 (express
    intent to meet), "will attack" is 138 (threaten military force)."""
    return intent_codes().get(code[:2], code)


@lru_cache(maxsize=1)
def refusal_codes() -> dict[str, str]:
    """Root -> the code of refusing it (data/refusals.csv)."""
    return {r["root"]: r["refusal"] for _, r in rows("refusals.csv", ("root", "refusal"), codes=("root", "refusal"))}


def recode(code: str, modality: str, negated: bool) -> tuple[str, bool]:
    """CAMEO's conventions for stated intentions: "will meet" is 036 (intent to meet),
    "will attack" 138 (threaten force), and "will not meet" is 125 (reject a meeting),
    a refusal rather than a negated event."""
    if modality != "future":
        return code, negated
    if negated and code[:2] in refusal_codes():
        return refusal_codes()[code[:2]], False
    return (code if negated else as_intent(code)), negated


def lookup(code: str) -> CameoCode:
    """The entry of a CAMEO code; unknown codes raise KeyError naming close ones."""
    table = cameo_table()
    if code in table:
        return table[code]
    near = sorted(c for c in table if c.startswith(code[:2]))[:8]
    raise KeyError(f"unknown CAMEO event code {code!r}; codes under its root: {', '.join(near) or 'none'}")
