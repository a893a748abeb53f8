"""One row per happening: candidates telling the same event are merged, and
each surviving event gets a confidence that ranks its precision."""
from __future__ import annotations

from hadath.code.coder import Arg, Candidate
from hadath.code.plover import QUAD_CLASS, SCORE, VERBAL
from hadath.records import Event
from hadath.text.normalize import clitic_variants, key

# Below this confidence a candidate is not worth a row (tuned on dev; see bench/events.py).
MIN_CONFIDENCE = 0.35


def _words(text: str | None) -> set[str]:
    """Clitic-stripped word keys of a surface form, for loose identity tests."""
    if not text:
        return set()
    return {clitic_variants(w)[-1] if len(w) > 3 else w for w in key(text).split()}


def _same_actor(a: Arg | None, b: Arg | None) -> bool | None:
    """True/False when both are named, None when either is missing."""
    if a is None or b is None:
        return None
    if a.name and b.name:
        return a.name == b.name
    return bool(_words(a.text) & _words(b.text))


def _compatible(x: Candidate, y: Candidate) -> bool:
    if x.event_type != y.event_type:
        return False
    if x.date_source != "publication" and y.date_source != "publication" and x.event_date != y.event_date:
        return False
    a1 = _same_actor(x.actor1, y.actor1)
    if a1 is False:
        return False
    a2 = _same_actor(x.actor2, y.actor2)
    if a2 is False and x.event_type not in VERBAL:
        return False
    same_place = bool(_words(x.location_text) & _words(y.location_text))
    if x.location_text and y.location_text and not same_place:
        return False
    # No contradiction is not enough: something must say it is the same event.
    same_day = x.date_source != "publication" and x.event_date == y.event_date
    return bool(a1 or x.sentence_index == y.sentence_index or same_place or
                (same_day and x.event_type not in VERBAL))


def confidence(c: Candidate) -> float:
    """Trigger prior adjusted by the evidence the clause gave."""
    score = c.prior
    if c.actor1 is None:
        score -= 0.15
    elif c.actor1.from_dictionary:
        score += 0.05
    if c.actor2 is not None:
        score += 0.03
    if c.nominal:
        score -= 0.05
    if c.in_quote and c.event_type not in VERBAL:
        score -= 0.05
    if c.date_source != "publication":
        score += 0.03
    score += 0.04 * min(c.support - 1, 3)
    return round(min(max(score, 0.01), 0.99), 3)


def _absorb(keep: Candidate, other: Candidate) -> None:
    """Fold `other` into `keep`: best spans stay, empty slots fill, largest figures win."""
    keep.support += other.support
    keep.actor1 = keep.actor1 or other.actor1
    keep.actor2 = keep.actor2 or other.actor2
    keep.location_text = keep.location_text or other.location_text
    keep.event_mode = keep.event_mode or other.event_mode
    if keep.date_source == "publication" and other.date_source != "publication":
        keep.event_date, keep.date_source = other.event_date, other.date_source
    for slot in ("killed", "injured"):
        values = [v for v in (getattr(keep, slot), getattr(other, slot)) if v is not None]
        setattr(keep, slot, max(values) if values else None)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy merge, strongest candidate first, into compatible earlier groups."""
    groups: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-confidence(c), c.char_start)):
        for g in groups:
            if _compatible(g, c):
                _absorb(g, c)
                break
        else:
            groups.append(c)
    return sorted(groups, key=lambda c: c.char_start)


def to_event(c: Candidate) -> Event:
    a1, a2 = c.actor1, c.actor2
    return Event(
        event_type=c.event_type, quad_class=QUAD_CLASS[c.event_type],
        plover_score=SCORE[c.event_type], event_date=c.event_date, date_source=c.date_source,
        trigger_text=c.trigger_text, sentence=c.sentence, char_start=c.char_start,
        char_end=c.char_end, confidence=confidence(c), event_mode=c.event_mode,
        actor1_text=a1.text if a1 else None, actor1_name=a1.name if a1 else None,
        actor1_country=a1.country if a1 else None, actor1_sector=a1.sector if a1 else None,
        actor2_text=a2.text if a2 else None, actor2_name=a2.name if a2 else None,
        actor2_country=a2.country if a2 else None, actor2_sector=a2.sector if a2 else None,
        location_text=c.location_text, killed=c.killed, injured=c.injured)
