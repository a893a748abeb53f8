"""One row per happening: candidates telling the same event are merged, and
each surviving event gets a confidence that ranks its precision."""
from __future__ import annotations

from hadath.code.arguments import Arg, is_reporter
from hadath.code.coder import Candidate
from hadath.code.plover import QUAD_CLASS, SCORE, VERBAL
from hadath.records import Event
from hadath.text.normalize import clitic_variants, key

MEDIA = key("وسائل")

# Below this confidence a candidate is not worth a row (tuned on dev; see bench/events.py).
MIN_CONFIDENCE = 0.6
# Tellings this many sentences apart or fewer lend each other their slots.
NEAR_SENTENCES = 1


def _words(text: str | None) -> set[str]:
    """Clitic-stripped word keys of a surface form, for loose identity tests."""
    if not text:
        return set()
    return {clitic_variants(w)[-1] if len(w) > 3 else w for w in key(text).split()}


def _different_actors(a: Arg | None, b: Arg | None) -> bool:
    """Both resolved by the actor dictionary to different actors (a name or a
    country apart); surface forms alone never tell actors apart, the same
    army is قوات الجيش in one sentence and الجيش الوطني in the next."""
    if a is None or b is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    return bool(a.name and b.name and a.name != b.name and not (a.country and a.country == b.country))


def _different_people(a: Arg | None, b: Arg | None) -> bool:
    """Two persons named by the dictionary or NER with no word in common."""
    return (a is not None and b is not None and a.kind == "PERS" and b.kind == "PERS"
            and not (_words(a.text) & _words(b.text)))


def _within(x: Candidate, y: Candidate) -> bool:
    """x's day or period can be y's period (True when either is undated)."""
    if y.period is None:
        return True
    if x.period is not None:
        return x.period[0] <= y.period[1] and y.period[0] <= x.period[1]
    return x.date_source == "publication" or y.period[0] <= x.event_date <= y.period[1]


def _compatible(x: Candidate, y: Candidate) -> bool:
    """Same type and nothing firm that tells them apart (explicit day, named
    actors, named place). News retells one happening in many words; two
    happenings of one type in one article differ in one of these."""
    if x.event_type != y.event_type:
        return False
    if x.date_source != "publication" and y.date_source != "publication" and x.event_date != y.event_date:
        return False
    if not (_within(x, y) and _within(y, x)):
        return False  # احتجاجات الأسبوع الماضي and Friday's shooting are two happenings
    if x.event_type in VERBAL and _different_people(x.actor1, y.actor1):
        return False  # لافروف and روبرت وود speak for themselves
    if _different_actors(x.actor1, y.actor1) or (
            x.event_type not in VERBAL and _different_actors(x.actor2, y.actor2)):
        return False
    if x.event_mode and y.event_mode and x.event_mode != y.event_mode and \
            abs(x.sentence_index - y.sentence_index) > NEAR_SENTENCES:
        return False  # an air strike and an abduction told apart are two happenings
    if x.location_strong and y.location_strong and x.sentence_index != y.sentence_index \
            and not (_words(x.location_text) & _words(y.location_text)):
        return False  # (one sentence may walk one operation through two places)
    return True


def confidence(c: Candidate) -> float:
    """Trigger prior adjusted by the evidence the clause gave."""
    score = c.prior
    if c.actor1 is None:
        # (a death toll is news even when the report names no attacker, and a
        # protest even when no one names the crowd: خرجت مظاهرة في بغداد)
        score -= 0.05 if c.killed or c.event_type == "PROTEST" else 0.15
    elif c.actor1.from_dictionary:
        score += 0.05
    elif not c.actor1.strong:
        score -= 0.05
    if c.actor2 is None:
        score -= 0.05
    if c.nominal and not c.announced:
        score -= 0.08
    # News tells its main events first (the inverted pyramid); late sentences
    # recall background and side stories.
    if c.sentence_index <= 1:
        score += 0.06
    elif c.sentence_index >= 6:
        score -= 0.06
    if c.background:
        score -= 0.15  # a relative clause recalls (الذين قتلوا), it rarely reports
    if c.old:
        score -= 0.2  # history (في 2015, عام 2005) is background, not news
    if c.in_quote and c.event_type not in VERBAL:
        score -= 0.05
    if c.date_source != "publication":
        score += 0.06  # dated in the text: told as news
    if not c.old:  # (a recap retold is still background)
        score += 0.04 * min(c.support - 1, 3)
    return round(min(max(score, 0.01), 0.99), 3)


def _absorb(keep: Candidate, other: Candidate) -> None:
    """Fold `other` into `keep`: best spans stay, the largest casualty figures
    come from any telling, empty slots (actors, place, day, mode) only from a
    near one (a far retelling confirms the event; its words may not)."""
    if other.old != keep.old:
        return  # a recalled past event (last year's toll) lends today's nothing
    keep.support += other.support
    for slot in ("killed", "injured"):
        values = [v for v in (getattr(keep, slot), getattr(other, slot)) if v is not None]
        setattr(keep, slot, max(values) if values else None)
    if abs(keep.sentence_index - other.sentence_index) > NEAR_SENTENCES:
        return
    keep.event_mode = keep.event_mode or other.event_mode
    if keep.date_source == "publication" and other.date_source != "publication":
        keep.event_date, keep.date_source = other.event_date, other.date_source
    for slot in ("actor1", "actor2"):
        mine, theirs = getattr(keep, slot), getattr(other, slot)
        # (a newsroom another telling made an actor took no part: سكاي نيوز عربية;
        # the media or a journalist may be the target: اتهم ترامب وسائل الإعلام)
        if theirs is None or is_reporter(theirs) and (slot == "actor1" or not (
                theirs.kind == "PERS" or key(theirs.text).startswith(MEDIA))):
            continue
        if mine is None or (theirs.strong and not mine.strong):
            setattr(keep, slot, theirs)
    if keep.location_text is None or (other.location_strong and not keep.location_strong):
        keep.location_text, keep.location_strong = other.location_text, other.location_strong


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy merge, strongest candidate first, into compatible earlier groups."""
    groups: list[Candidate] = []
    # A relative-clause recollection never stands for a group it joins.
    for c in sorted(candidates, key=lambda c: (c.background, -confidence(c), c.char_start)):
        for g in groups:
            # One span, one row: the event id hashes type and trigger start.
            if _compatible(g, c) or (g.event_type, g.char_start) == (c.event_type, c.char_start):
                _absorb(g, c)
                break
        else:
            groups.append(c)
    return sorted(groups, key=lambda c: c.char_start)


def to_event(c: Candidate) -> Event:
    a1, a2 = c.actor1, c.actor2
    if a1 is not None and a2 is not None and key(a1.text) == key(a2.text):
        a2 = None  # a merged telling may bring back the doer as the target
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
