"""PLOVER's fixed per-type fields (../shared/docs/PLOVER.md)."""
from __future__ import annotations

QUAD_CLASS = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict", "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
TYPES = frozenset(QUAD_CLASS)
SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5,
    "AID": 10.0, "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0,
    "THREATEN": -3.5, "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0,
    "ASSAULT": -9.0,
}
# Types whose event is a statement: the speaker of a quotation frame is actor1.
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                    "THREATEN"})
# Types that are about the future by nature: a future or purpose context is
# their ordinary home, not a reason to drop them (PLOVER's AGREE/CONCEDE rule).
FORWARD = frozenset({"AGREE", "CONCEDE", "REQUEST", "THREATEN", "REJECT"})
# What an action said in the future tense becomes (a threat of violence, a
# promise of cooperation, an announced withdrawal, an agreement to meet).
FUTURE_OF = {
    "ASSAULT": ("THREATEN", "violence"), "COERCE": ("THREATEN", "restrict"),
    "SANCTION": ("THREATEN", "relations"), "MOBILIZE": ("THREATEN", "violence"),
    "SUPPORT": ("AGREE", None), "COOPERATE": ("AGREE", None), "AID": ("AGREE", None),
    "RETREAT": ("CONCEDE", None), "CONSULT": ("AGREE", None),
}
