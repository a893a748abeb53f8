"""The rule engine: triggers in each sentence, filters, arguments, dates,
places and casualties, one `Candidate` per trigger (merge.py makes rows).

Arguments come from the clause the trigger stands in. Arabic news puts the
doer after a verb (VSO: اتهم لافروف الولايات المتحدة) or before it (SVO), the
doer of a nominal trigger in its genitive (هجوم داعش على السجن), the target
after على/ضد, and the doer of a passive after على يد/من قبل. A statement
(قال/أكد/أعلن X إن ...) makes its speaker the doer of a verbal event in it.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from hadath.code.lexicon import Lexicon, Match, default_lexicon, token_variants
from hadath.code.plover import FORWARD, FUTURE_OF, VERBAL
from hadath.records import Mention, Sentence, Token
from hadath.text.normalize import key

TRIGGER_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "THREATEN",
                           "REJECT", "ACCUSE", "REQUEST", "RETREAT", "AID", "COOPERATE",
                           "CONCEDE", "SUPPORT", "CONSULT", "AGREE"})
# Words that end the doer/target noun phrase: prepositions (bare and with a
# pronoun), particles, relatives, time words, quantities, auxiliaries.
STOP_WORDS = frozenset(key(w) for w in (
    "في على عن من إلى الى مع ضد إن ان أن أنه انه أنها انها إنه إنها الذي التي الذين اللذين "
    "قد لقد كما منذ خلال بعد قبل حيث وذلك ذلك هذا هذه هو هي هم وهو وهي أو او ثم بين عبر حول "
    "نحو لدى عند عقب إثر اثر بسبب جراء لكن لكنه غير كل وفق وفقا بينما فيما حسبما بشأن بخصوص "
    "يوم امس أمس اليوم مساء صباح فجر ليل أثناء اثناء كذلك وكذلك أيضا ايضا لكي كي حتى ما مما "
    "إذ اذ وما ومن يد بيد أيدي ايدي أكثر اكثر أقل اقل حوالي قرابة زهاء تم يتم وتم جرى "
    "كان كانت يكون تكون عليه عليها عليهم عليهما به بها بهم فيه فيها فيهم له لها لهم منه منها "
    "منهم عنه عنها عنهم إليه اليه إليها اليها لديه لديها وقت سابق لاحق").split())
COMPLEMENTIZERS = frozenset(key(w) for w in
                            "إن ان أن أنه انه أنها انها إنه إنها أنهم انهم إنهم بأن بان وأن بأنه بأنها".split())
AGENT_MARKERS = tuple(tuple(key(w) for w in m.split()) for m in
                      ("على يد", "على أيدي", "من قبل", "بيد", "بايدي", "بنيران", "برصاص"))
TARGET_MARKERS = tuple((key(w),) for w in ("على", "ضد", "علي", "استهدف", "استهدفت", "بحق"))
ALA_YAD = AGENT_MARKERS[0]
WITH = (key("مع"),)
# With whom: the second party of a meeting, a deal or a clash (اشتباكات مع X).
PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
PLACE_NOUNS = frozenset(key(w) for w in (
    "مدينة محافظة بلدة قرية حي منطقة مخيم ريف مديرية ناحية قضاء ولاية إقليم اقليم العاصمة "
    "مطار ميناء سجن معبر جبل جبال شارع ساحة مدينه محافظه بلده قريه منطقه مديريه ناحيه ولايه "
    "قاعدة قاعده حقل حقول مستشفى").split())
RELATIVE_DATE = re.compile(
    "اليوم|أمس|امس|البارحة|الليلة|الليله|صباح|مساء|فجر|ظهر|الاثنين|الإثنين|الثلاثاء|الأربعاء|"
    "الاربعاء|الخميس|الجمعة|الجمعه|السبت|الأحد|الاحد|الماضي|الماضية|الحالي")
QUOTES = frozenset('"«»“”')
CLAUSE_PUNCT = frozenset("،,؛;:")
SENTENCE_QUESTION = frozenset("؟?")
NEG_WINDOW = 2
# The GUIDE's line between news and background: about a month before publication.
BACKGROUND_DAYS = 30
OLD_DATE_REACH = 60  # characters between a trigger and a DATE that dates it
HYP_WINDOW = 6
INSTITUTION_NOUNS = frozenset(key(w) for w in
                              "منظمة منظمه هيئة هيئه مركز مسؤول مؤتمر وزارة وزاره مكتب اتحاد جمعية "
                              "جمعيه جبهة جبهه حركة حركه جيش حزب فصيل لواء كتائب".split())
QUANTIFIERS = frozenset(key(w) for w in "كل جميع عدد بعض مئات عشرات آلاف الاف معظم غالبية".split())
PASSIVE_AUXILIARIES = frozenset(key(w) for w in "تم يتم وتم جرى يجرى وجرى".split())
# Words between a casualty word and its count that do not push them apart.
HEDGES = frozenset(key(w) for w in "ما لا يقل عن أكثر اكثر من نحو حوالي قرابة زهاء على الأقل الاقل".split())
CASUALTY_REACH = 2
TIME_PREPOSITIONS = frozenset(key(w) for w in "خلال أثناء اثناء بعد قبل منذ إثر اثر عقب جراء".split())
RELATIVES = frozenset(key(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
LIGHT_WINDOW = 8
ARG_WINDOW = 8


@dataclass(slots=True)
class Arg:
    """A possible actor or place: tokens [start, end) of the sentence."""

    start: int
    end: int
    text: str
    char_start: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    # PERS ORG LOC AGENT (dictionary or NER), NP (a chunk of words),
    # GENERIC_PLACE (a bare place noun: المنطقة, محافظة)
    kind: str = "NP"
    from_dictionary: bool = False

    @property
    def strong(self) -> bool:
        """Named by the dictionary or NER, not just a chunk of words."""
        return self.kind not in ("NP", "GENERIC_PLACE")

    @property
    def is_place(self) -> bool:
        """A place, not a doer: NER/chunk LOC (a state in the dictionary acts)."""
        return self.kind in ("LOC", "GENERIC_PLACE") and not self.from_dictionary


@dataclass(slots=True)
class Candidate:
    """One trigger's event before merging."""

    event_type: str
    event_mode: str | None
    trigger_text: str
    char_start: int
    char_end: int
    sentence: str
    sentence_index: int
    prior: float
    nominal: bool
    in_quote: bool
    event_date: dt.date
    date_source: str
    actor1: Arg | None = None
    actor2: Arg | None = None
    location_text: str | None = None
    location_strong: bool = False  # a named place, firm enough to tell happenings apart
    killed: int | None = None
    injured: int | None = None
    support: int = 1
    background: bool = False
    announced: bool = False  # a verbal noun a speech verb reports (أعلنت عن استعادتها)
    old: bool = False  # dated more than a month before publication


@dataclass(slots=True)
class SentenceView:
    """The tokens of one sentence with their lexicon matches."""

    index: int
    sentence: Sentence
    tokens: list[Token]
    variants: list[tuple[str, ...]]
    keys: list[str]
    triggers: list[Match]
    cues: dict[str, list[Match]]


def _view(index: int, sentence: Sentence, tokens: list[Token], lexicon: Lexicon) -> SentenceView:
    variants = [token_variants(t.text) for t in tokens]
    keys = [v[0] for v in variants]
    triggers: list[Match] = []
    cues: dict[str, list[Match]] = {}
    covered_until = 0
    for i in range(len(tokens)):
        found = lexicon.matches_at(variants, i)
        for m in found:
            t = m.entry.type
            if t in TRIGGER_TYPES or t == "NONE":
                continue
            cues.setdefault(t, []).append(m)
        if i < covered_until:
            continue
        best = next((m for m in found if m.entry.type in TRIGGER_TYPES or m.entry.type == "NONE"), None)
        if best is not None:
            covered_until = best.end
            if best.entry.type != "NONE":
                triggers.append(best)
    return SentenceView(index, sentence, tokens, variants, keys, triggers, cues)


def _cue_before(view: SentenceView, kind: str, pos: int, window: int, lower: int = 0) -> bool:
    """A cue of `kind` ending within `window` tokens before `pos`, no clause break between."""
    for m in view.cues.get(kind, ()):
        if lower <= m.start and m.end <= pos and pos - m.end <= window:
            between = view.tokens[m.end:pos]
            if not any(t.text in CLAUSE_PUNCT for t in between):
                return True
    return False


def _complement_start(view: SentenceView, pos: int) -> tuple[int, int | None]:
    """(start of the statement that contains token `pos`, index of its SAY verb).

    A statement starts after إن/أن or an opening quote that follows a speech
    verb; without one the whole sentence is the trigger's clause."""
    best = (0, None)
    for say in view.cues.get("SAY", ()):
        if say.end > pos:
            break
        for j in range(say.end, pos):
            if view.keys[j] in COMPLEMENTIZERS or view.tokens[j].text in QUOTES or view.tokens[j].text == ":":
                best = (j + 1, say.start)
                break
    return best


def _in_quotes(view: SentenceView, pos: int) -> bool:
    return sum(t.text in QUOTES for t in view.tokens[:pos]) % 2 == 1


def _args_of_sentence(view: SentenceView, actors: list, entities: list[Mention],
                      dates: list[Mention]) -> list[Arg]:
    """Actor-dictionary matches first, NER mentions that overlap none of them
    next, then noun-phrase chunks of the words no entity covers (so the coder
    still finds "قوات الجيش" or "وزارة الخارجية" when NER finds nothing)."""
    starts = [t.start for t in view.tokens]
    s, e = view.sentence.start, view.sentence.end

    def span(cs: int, ce: int) -> tuple[int, int]:
        a = max(bisect.bisect_right(starts, cs) - 1, 0)
        return a, max(bisect.bisect_left(starts, ce), a + 1)

    args: list[Arg] = []
    taken: list[tuple[int, int]] = [(d.char_start, d.char_end) for d in dates]
    for a in actors:
        if s <= a.char_start and a.char_end <= e:
            i, j = span(a.char_start, a.char_end)
            args.append(Arg(i, j, a.text, a.char_start, a.name, a.country, a.sector,
                            kind=a.kind, from_dictionary=True))
            taken.append((a.char_start, a.char_end))
    for m in entities:
        if m.entity_type not in ("PERS", "ORG", "LOC") or not (s <= m.char_start and m.char_end <= e):
            continue
        if any(m.char_start < te and ts < m.char_end for ts, te in taken):
            continue
        i, j = span(m.char_start, m.char_end)
        args.append(Arg(i, j, m.text, m.char_start, kind=m.entity_type))
        taken.append((m.char_start, m.char_end))
    blocked = {i for ms in view.cues.values() for m in ms if m.entry.type not in ("MODE", "KILLED", "INJURED")
               for i in range(m.start, m.end)}
    for ts, te in taken:  # tokens an entity or a date already covers
        i, j = span(ts, te)
        blocked.update(range(i, j))
    blocked |= {i for m in view.triggers for i in range(m.start, m.end)}
    chunk: list[int] = []

    def close() -> None:
        if chunk:
            first, last = view.tokens[chunk[0]], view.tokens[chunk[-1]]
            place = any(v in PLACE_NOUNS for v in view.variants[chunk[0]])
            args.append(Arg(chunk[0], chunk[-1] + 1, view.sentence.text[first.start - s:last.end - s],
                            first.start, kind="LOC" if place else "NP"))
            chunk.clear()

    for i, t in enumerate(view.tokens):
        k = view.keys[i]
        free = (t.text[:1].isalpha() and len(k) > 1 and i not in blocked and k not in STOP_WORDS
                and k not in COMPLEMENTIZERS)
        # A preposition glued to a word (بقوات, للجيش) starts an oblique, not an actor.
        if not free or len(chunk) == 4 or (chunk and k[:1] in "بل" and len(k) > 3):
            close()
        if free and not (k[:1] in "بل" and len(k) > 3 and not chunk and k[1:3] in ("ال", "ل")):
            chunk.append(i)
    close()
    args.sort(key=lambda a: a.start)
    return _join_heads(view, args)


def _join_heads(view: SentenceView, args: list[Arg]) -> list[Arg]:
    """A lone place noun (محافظة, مدينة) that the dictionary took for an office,
    followed by a name, is a place: محافظة صعدة. A quantifier before an actor
    is part of it: جميع عناصر التنظيم."""
    out: list[Arg] = []
    for a in args:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "NP" and a.start == prev.end and not a.is_place
                and all(k in QUANTIFIERS for k in view.keys[prev.start:prev.end])):
            last = view.tokens[a.end - 1]
            out[-1] = Arg(prev.start, a.end, view.sentence.text[prev.char_start - view.sentence.start:
                                                                   last.end - view.sentence.start],
                          prev.char_start, a.name, a.country, a.sector, a.kind, a.from_dictionary)
            continue
        if (prev is not None and prev.kind == "PLACE_NOUN" and a.start == prev.end
                and not view.keys[prev.start].lstrip("وفب").startswith("ال")):
            last = view.tokens[a.end - 1]
            out[-1] = Arg(prev.start, a.end, view.sentence.text[prev.char_start - view.sentence.start:
                                                                   last.end - view.sentence.start],
                          prev.char_start, kind="LOC")
            continue
        if a.end - a.start == 1 and not a.name and any(v in PLACE_NOUNS for v in view.variants[a.start]):
            a = Arg(a.start, a.end, a.text, a.char_start, kind="PLACE_NOUN")
        out.append(a)
    return [Arg(a.start, a.end, a.text, a.char_start, kind="GENERIC_PLACE") if a.kind == "PLACE_NOUN" else a
            for a in out]


def _extend_apposition(view: SentenceView, arg: Arg, args: list[Arg], text: str) -> Arg:
    """Join an actor phrase, its genitive complement, the adjectives right after
    it and one name set off by a comma (محكمة النقض المصرية; رجل الدين الشيعي
    العراقي، مقتدى الصدر; المتحدث باسم الخارجية، نيد برايس)."""
    current, comma_used = arg, False
    while True:
        nxt = next((o for o in args if o.start >= current.end and o.start - current.end <= 1), None)
        if nxt is None or nxt.is_place:
            return current
        gap = [t.text for t in view.tokens[current.end:nxt.start]]
        construct = (current.kind == "AGENT" and not current.name and nxt.kind == "NP"
                     and view.keys[nxt.start].startswith("ال"))  # محكمة + النقض
        if not gap and (nxt.kind == "PERS" or construct or (nxt.kind == "NP" and _adjectival(view, nxt))):
            pass
        elif gap in (["،"], [","]) and not comma_used and view.keys[nxt.start][:1] != "و":
            comma_used = True
        else:
            return current
        end_char = view.tokens[nxt.end - 1].end
        current = Arg(current.start, nxt.end, text[current.char_start:end_char], current.char_start,
                      current.name or nxt.name, current.country or nxt.country,
                      current.sector or nxt.sector, nxt.kind if current.kind == "NP" else current.kind,
                      current.from_dictionary or nxt.from_dictionary)


def _adjectival(view: SentenceView, arg: Arg) -> bool:
    """Definite nisba adjectives only (الشيعي العراقي)."""
    return all(k.startswith("ال") and k.endswith(("ي", "يه")) for k in view.keys[arg.start:arg.end])


def _adjacent(view: SentenceView, end: int, start: int) -> bool:
    """Nothing but a hashtag or a quote mark between token `end` and `start`."""
    return start >= end and all(t.text in '#"«»“”' for t in view.tokens[end:start])


def _is_genitive(view: SentenceView, trig: Match, arg: Arg) -> bool:
    """A word chunk after a nominal trigger is its genitive (هجوم الجيش, تعهد
    ماي), not an adjective (اشتباكات عنيفة, الهجوم الكيماوي): adjectives agree
    in definiteness, and indefinite ones mostly end in ة or the nisba ي."""
    if "ال" in view.keys[trig.start][:4]:
        return False
    first = view.keys[arg.start].lstrip("وفبلك")
    return first.startswith("ال") or first in QUANTIFIERS or not first.endswith(("ه", "ي", "ا"))


def _subject_before(view: SentenceView, before: list[Arg], head: int) -> Arg | None:
    """The nearest named actor before a nominal trigger, with no other trigger
    between them (else it is that trigger's actor)."""
    for x in reversed(before):
        if head - x.end > ARG_WINDOW or any(t.text in ".:؛;" for t in view.tokens[x.end:head]):
            return None
        if any(x.end <= m.start < head for m in view.cues.get("SAY", ())):
            return None  # أفاد المرصد بمقتل 38: the one who reports it did not do it
        if x.strong and not _oblique(view, x) and not any(x.end <= m.start < head for m in view.triggers):
            return x
    return None


def _oblique(view: SentenceView, arg: Arg) -> bool:
    """للنظام, بالجيش: a definite noun behind a preposition is no subject."""
    return view.keys[arg.start].lstrip("وف").startswith(("لل", "بال"))


def _relative_clauses(view: SentenceView, trig: Match) -> set[int]:
    """Token indexes inside relative clauses (…، الذي كان يتحدث أمام مؤتمر، …)
    that do not hold the trigger: their nouns are no arguments of it."""
    inside: set[int] = set()
    for i, k in enumerate(view.keys):
        if k not in RELATIVES:
            continue
        j = i + 1
        while j < len(view.tokens) and view.tokens[j].text not in "،,.؛;":
            j += 1
        if not i <= trig.start < j:
            inside.update(range(i, j))
    return inside


def _coordinated(view: SentenceView, trig: Match) -> bool:
    """A verb with the conjunction و inside a sentence (…، واتهم), not opening it."""
    k = view.keys[trig.start]
    return trig.start > 2 and k[:1] == "و" and not trig.entry.words[0].startswith("و")


def _speaker_is_subject(view: SentenceView, lower: int, head: int) -> bool:
    """The statement opens with إنه/إنها/أنهم and the trigger right after it."""
    k = view.keys[lower - 1] if lower > 0 else ""
    return k in COMPLEMENTIZERS and k.endswith(("ه", "ها", "هم", "هما")) and head - lower <= 1


def _announced(view: SentenceView, head: int) -> bool:
    """A speech verb before the noun reports it as news (أعلن عن مقتل, أكد استعادة)."""
    for say in view.cues.get("SAY", ()):
        if say.entry.pos == "verb" and say.end <= head:
            between = view.keys[say.end:head]
            if any(t.text in ".؛;:" for t in view.tokens[say.end:head]):
                continue
            coordinated = view.keys[head][:1] == "و"  # عن استعادتها ... واستسلام
            if not any(k in COMPLEMENTIZERS for k in between) and (
                    coordinated or not any(say.end <= m.start < head for m in view.triggers)):
                return True
    return False


def _in_a_name(view: SentenceView, trig: Match) -> bool:
    """بلدة الحراك, منظمة حظر الأسلحة, مسؤول نزع السلاح: a trigger word right
    after an indefinite place or institution noun is part of a proper name."""
    if trig.start == 0 or trig.entry.pos in ("verb", "vphrase"):
        return False
    prev = view.variants[trig.start - 1]
    if "ال" in prev[0][:4]:
        return False
    return any(v in PLACE_NOUNS or v in INSTITUTION_NOUNS for v in prev)


def _purpose(view: SentenceView, trig: Match) -> bool:
    """لاستعادة, للتحقيق: a verbal noun after the preposition ل says what for,
    not what happened."""
    if trig.entry.pos not in ("noun", "phrase"):
        return False
    k, first = view.keys[trig.start], trig.entry.words[0]
    # A plural (للاحتجاجات) is no purpose: ل there is "of".
    return k.lstrip("وف")[:1] == "ل" and not first.startswith("ل") and not k.endswith("ات")


def _has_pronoun_suffix(view: SentenceView, trig: Match) -> bool:
    k = view.keys[trig.start]
    return k.endswith(("ها", "هم", "هما")) and not any(w == k for w in trig.entry.words)


def _accusative(view: SentenceView, arg: Arg) -> bool:
    """An indefinite word in tanween alif (شخصاً, قرارا) is an object, never a
    subject; ايا is a broken plural (خلايا, ضحايا), not tanween."""
    raw, k = view.tokens[arg.start].text, view.keys[arg.start]
    if arg.strong or k.startswith("ال") or len(k) <= 3:
        return False
    return "\u064b" in raw or (k.endswith("ا") and not k.endswith("يا"))


def _marker_arg(view: SentenceView, args: list[Arg], lo: int, hi: int, markers,
                targets: bool = False) -> Arg | None:
    """The entity right after a marker phrase (على يد X, ضد X) within [lo, hi)."""
    for i in range(lo, hi):
        if targets and tuple(view.keys[i:i + 2]) == ALA_YAD:
            continue  # على يد marks the doer, not a target
        for marker in markers:
            if tuple(view.keys[i:i + len(marker)]) == marker or (
                    len(marker) == 1 and marker[0] in view.variants[i]):
                after = i + len(marker)
                for a in args:
                    if after <= a.start <= after + 2 and not a.is_place:
                        return a
    return None


@dataclass(slots=True)
class Clause:
    """Where a trigger's arguments are looked for: the statement and clause it
    stands in, its head (a light verb before a nominal trigger), and the named
    or chunked actors around it."""

    trig: Match
    lower: int  # start of the statement (after قال X إن), else 0
    upper: int  # end of the clause
    say_at: int | None  # the speech verb that frames it
    light: Match | None
    head: int
    head_end: int
    role: str
    passive: bool
    nominal: bool
    before: list[Arg]
    after: list[Arg]
    between: list[Arg]  # between a light verb and its noun
    inside: list[Arg]  # inside a gapped phrase (ألقت قوات الأمن القبض)
    near_objects: list[Arg]  # after it within reach, named ones first
    agent_marked: Arg | None  # على يد / من قبل X
    target_marked: Arg | None  # على / ضد X (مع X for meetings, deals, clashes)


def _clause(view: SentenceView, trig: Match, args: list[Arg], lower: int, say_at: int | None,
            light: Match | None, role: str, passive: bool, event_type: str) -> Clause:
    head = light.start if light else trig.start
    head_end = light.end if light else trig.end
    upper = len(view.tokens)
    for j in range(trig.end, len(view.tokens)):
        if view.tokens[j].text in "؛;" or (view.keys[j] in COMPLEMENTIZERS and j > trig.end + 1):
            upper = j
            break
    relative = _relative_clauses(view, trig)
    # Adjectives right after a noun (العملية العسكرية) are no actors, only
    # parts of one; a nisba word heading a phrase (القيادي الكردي) is one.
    modifiers = {x.start for x in args if x.kind == "NP" and _adjectival(view, x)
                 and any(o.end == x.start for o in args)}
    persons = [x for x in args if lower <= x.start < upper and not x.is_place and x.start not in relative
               and x.start not in modifiers]
    after = [x for x in persons if x.start >= trig.end]
    markers = TARGET_MARKERS + ((WITH,) if event_type in PARTNER_TYPES else ())
    return Clause(
        trig=trig, lower=lower, upper=upper, say_at=say_at, light=light, head=head, head_end=head_end,
        role=role, passive=passive, nominal=light is None and trig.entry.pos in ("noun", "phrase"),
        before=[x for x in persons if x.end <= head], after=after,
        between=[x for x in persons if head_end <= x.start and x.end <= trig.start],
        inside=[x for x in persons if trig.start < x.start and x.end <= trig.end],
        near_objects=sorted((x for x in after if x.start - trig.end <= ARG_WINDOW), key=lambda x: not x.strong),
        agent_marked=_marker_arg(view, args, trig.end, upper, AGENT_MARKERS),
        # A target is close to its verb (مؤكدة على أن ... further on is another clause).
        target_marked=_marker_arg(view, args, trig.end, min(upper, trig.end + ARG_WINDOW), markers,
                                  targets=True))


def _nearest_before(c: Clause, reach: int) -> Arg | None:
    return c.before[-1] if c.before and c.head - c.before[-1].end <= reach else None


def _light_arguments(c: Clause) -> tuple[Arg | None, Arg | None]:
    """شن الرئيس الفلبيني هجوما على الكويت: the light verb's subject does it."""
    actor1 = c.between[0] if c.between else _nearest_before(c, 3)
    return actor1, c.target_marked or next((x for x in c.near_objects if x is not actor1), None)


def _nominal_arguments(view: SentenceView, c: Clause) -> tuple[Arg | None, Arg | None]:
    # إدانتها لإيران: a noun that carries a pronoun has its genitive already,
    # and a ل-phrase after a noun is its object.
    trig = c.trig
    genitive = None if _has_pronoun_suffix(view, trig) else next(
        (x for x in c.after if _adjacent(view, trig.end, x.start) and view.keys[x.start][:1] != "ل" and
         (x.strong or c.role == "patient" or _is_genitive(view, trig, x))), None)
    if c.role == "patient":
        # مقتل X, تحرير X: the genitive is the one acted on.
        actor1, actor2 = c.agent_marked, genitive or c.target_marked
    else:
        actor1 = genitive
        actor2 = c.target_marked or next((x for x in c.near_objects if x is not actor1), None)
    if actor1 is None:
        # قوات الجيش، بعد اشتباكات ...: the named subject before it.
        actor1 = _subject_before(view, c.before, c.head)
    return actor1, actor2


def _verb_arguments(view: SentenceView, c: Clause, shared_subject: Arg | None) -> tuple[Arg | None, Arg | None]:
    """VSO, SVO, passives and objects of a verbal trigger."""
    trig, after = c.trig, c.after
    adjacent = [x for x in after if x.start - trig.end <= 2]
    strong_before = [x for x in c.before if x.strong and not _oblique(view, x) and c.head - x.end <= ARG_WINDOW]
    doer_before = strong_before[-1] if strong_before else _nearest_before(c, 4)
    active = c.role == "agent" and not c.passive
    complement_subject = next((x for x in strong_before if x.start >= c.lower > 0), None)
    if active and _coordinated(view, trig) and shared_subject is not None and shared_subject.end <= c.head:
        # أكد المسماري التقدم ... واتهم تركيا: و + verb goes on with the subject
        # of the verb before; what follows is its object.
        return shared_subject, c.target_marked or (c.near_objects[0] if c.near_objects else None)
    if active and c.say_at is not None and complement_subject is not None \
            and not any(complement_subject.end <= m.start < c.head for m in view.triggers):
        # أن قوات التحالف تطالب الأمم المتحدة: after أن the subject comes first.
        return complement_subject, c.target_marked or (c.near_objects[0] if c.near_objects else None)
    if adjacent and (_accusative(view, adjacent[0]) or (not adjacent[0].strong and strong_before)):
        # قتل شخصا / يدعو قرارا: the word after the verb is its object, so the
        # doer is the one named before it.
        return doer_before, adjacent[0]
    if c.inside:
        # ألقت قوات الأمن القبض على X: the doer stands inside the phrase.
        actor1 = c.inside[0]
        return actor1, c.target_marked or next((x for x in c.near_objects if x is not actor1), None)
    reachable = [x for x in after if x.start - trig.end <= ARG_WINDOW]
    if c.role == "patient" and (c.passive or not (adjacent and len(reachable) >= 2)):
        # اعتقل/قتل X: unvocalized, mostly passive or with the doer before.
        return c.agent_marked or _nearest_before(c, 4), adjacent[0] if adjacent else None
    if c.target_marked is not None and adjacent and adjacent[0] is c.target_marked:
        # قوات الأمن ألقت القبض على X: على opens the object; the doer came first.
        return doer_before, c.target_marked
    if adjacent:
        actor1 = adjacent[0]
        rest = sorted((x for x in after if x.start >= actor1.end and x.start - actor1.end <= ARG_WINDOW),
                      key=lambda x: not x.strong)
        target = c.target_marked if c.target_marked is not None and c.target_marked is not actor1 else None
        return actor1, target or (rest[0] if rest else None)
    return _nearest_before(c, ARG_WINDOW), c.target_marked or (reachable[0] if reachable else None)


def _statement_frame(view: SentenceView, c: Clause, actor1: Arg | None, actor2: Arg | None,
                     speaker: Arg | None, event_type: str, announced_future: bool) -> tuple[Arg | None, Arg | None]:
    """What the speaker of a statement (قال X إن ...) takes over."""
    if speaker is not None and c.say_at is not None and _speaker_is_subject(view, c.lower, c.head):
        # قالت الحكومة إنها توصلت إلى اتفاق: "she" is the speaker; in a passive
        # (إنه اعتقل من قبل الشرطة) the speaker is the one it befell.
        if c.passive or c.agent_marked is not None:
            actor2 = actor2 or speaker
        else:
            if actor1 is not None and actor1 is not speaker and actor2 is None:
                actor2 = actor1
            actor1 = speaker
    if speaker is None:
        return actor1, actor2
    if announced_future and c.say_at is not None:
        actor1 = speaker  # a threat or a promise is the speaker's
    if actor1 is None and c.nominal and _has_pronoun_suffix(view, c.trig):
        actor1 = speaker  # أعلنت قسد عن استعادتها السيطرة: "its" is the speaker
    if actor1 is None and event_type in VERBAL and (c.say_at is not None or c.nominal):
        actor1 = speaker
    return actor1, actor2


def _span_limit(view: SentenceView, date: Mention) -> bool:
    """منذ/حتى before a DATE: the start or end of a span, not a time of the event."""
    offset = date.char_start - view.sentence.start
    before = view.sentence.text[max(offset - 6, 0):offset]
    return "منذ" in before or "حتى" in before


class Coder:
    """Codes the sentences of one article into candidates."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()

    def code(self, text: str, pub_date: dt.date, sentences: list[Sentence], tokens: list[Token],
             dates: list[Mention], numbers: list[Mention], entities: list[Mention],
             actors: list) -> list[Candidate]:
        starts = [t.start for t in tokens]
        out: list[Candidate] = []
        last_speaker: Arg | None = None
        for si, sent in enumerate(sentences):
            a = bisect.bisect_left(starts, sent.start)
            b = bisect.bisect_left(starts, sent.end)
            view = _view(si, sent, tokens[a:b], self.lexicon)
            if not view.tokens:
                continue
            sent_dates = [d for d in dates if sent.start <= d.char_start < sent.end]
            # فجر الأربعاء is dawn, not "he blew up": no trigger inside a date.
            view.triggers = [m for m in view.triggers if not any(
                d.char_start < view.tokens[m.end - 1].end and view.tokens[m.start].start < d.char_end
                for d in sent_dates)]
            args = _args_of_sentence(view, actors, entities, sent_dates)
            sent_numbers = [n for n in numbers if sent.start <= n.char_start < sent.end]
            speaker = self._speaker(view, args, text)
            if speaker is not None:
                last_speaker = speaker
            elif view.cues.get("SAY") and view.cues["SAY"][0].start <= 1:
                speaker = last_speaker  # "وأضاف ..." carries on the last speaker
            # The subject a coordinated verb (…، واتهم) shares: the speaker's, then
            # the last verb's that named one.
            shared = speaker
            for trig in view.triggers:
                cand = self._candidate(view, trig, args, speaker, shared, sent_dates, sent_numbers,
                                       pub_date, text)
                if cand is not None:
                    out.append(cand)
                    if trig.entry.pos in ("verb", "vphrase") and cand.actor1 is not None and cand.actor1.strong:
                        shared = cand.actor1
        return out

    def _speaker(self, view: SentenceView, args: list[Arg], text: str) -> Arg | None:
        """The subject of the first speech verb of the sentence, if it names one."""
        for say in view.cues.get("SAY", ()):
            if say.entry.pos != "verb":
                continue
            stop, _ = _complement_start(view, len(view.tokens))
            limit = stop if stop > say.end else min(len(view.tokens), say.end + ARG_WINDOW)
            after = [x for x in args if say.end <= x.start < limit and not x.is_place]
            if after:
                return _extend_apposition(view, after[0], args, text)
            before = [x for x in args if x.end <= say.start and not x.is_place]
            if before and say.start - before[-1].end <= 2:
                return before[-1]
            return None
        return None

    def _filtered(self, view: SentenceView, trig: Match, event_type: str, lower: int) -> str | None:
        """Why this trigger makes no event (negated, denied, hypothetical, questioned)."""
        if _cue_before(view, "NEG", trig.start, NEG_WINDOW, lower):
            return "negated"
        if any(m.end <= trig.start for m in view.cues.get("DENY", ())):
            return "denied"
        if event_type not in FORWARD and _cue_before(view, "HYP", trig.start, HYP_WINDOW, lower):
            return "hypothetical"
        if any(t.text in SENTENCE_QUESTION for t in view.tokens[-2:]):
            return "questioned"
        return None

    def _governed(self, view: SentenceView, trig: Match, lower: int) -> bool:
        """A nominal trigger in the object of a forward-looking verb (دعا إلى وقف
        إطلاق النار, هدد بشن هجمات) is what is asked or threatened, not a happening."""
        if trig.entry.pos in ("verb", "vphrase"):
            return False
        if trig.start > 0 and view.keys[trig.start - 1] in TIME_PREPOSITIONS:
            return False  # طالبت العائلة ... خلال الاحتجاجات: when, not what
        for other in view.triggers:
            if other is trig or other.start >= trig.start or other.start < lower:
                continue
            if other.entry.type in FORWARD and other.entry.pos != "noun":
                between = [t.text for t in view.tokens[other.end:trig.start]]
                # The object runs on past commas, but a relative clause holding
                # the verb (المعلمون، الذين يطالبون بـ…، في مظاهرات) ends at one.
                relative = any(k in RELATIVES for k in view.keys[max(other.start - 2, 0):other.start])
                if not any(t in "؛;." for t in between) and not (relative and "،" in between):
                    return True
        return False

    def _light_verb(self, view: SentenceView, trig: Match, lower: int) -> Match | None:
        """شن/نفذ/أجرى ... + a nominal trigger: the verb heads the event."""
        if trig.entry.pos not in ("noun", "phrase"):
            return None
        for m in view.cues.get("LIGHT", ()):
            if lower <= m.start < trig.start and trig.start - m.end <= LIGHT_WINDOW:
                if any(t.text in ".؛;" for t in view.tokens[m.end:trig.start]):
                    continue
                if not any(o.start < trig.start and o.start > m.start for o in view.triggers if o is not trig):
                    return m
        return None

    def _candidate(self, view: SentenceView, trig: Match, args: list[Arg], speaker: Arg | None,
                   shared_subject: Arg | None, sent_dates: list[Mention], sent_numbers: list[Mention],
                   pub_date: dt.date, text: str) -> Candidate | None:
        entry = trig.entry
        lower, say_at = _complement_start(view, trig.start)
        event_type, mode = entry.type, entry.mode
        # تم اعتقال/قتل X: after a passive auxiliary the next noun is the victim.
        passive = any(k in PASSIVE_AUXILIARIES for k in view.keys[max(trig.start - 3, lower):trig.start])
        # قتل 13 من الحوثيين: a verb followed by a count reports victims.
        if entry.pos == "verb" and trig.end < len(view.tokens):
            nxt = view.tokens[trig.end]
            passive = passive or any(n.char_start == nxt.start for n in sent_numbers)
        role = "patient" if passive else entry.role
        if self._filtered(view, trig, event_type, lower) or self._governed(view, trig, lower) \
                or _in_a_name(view, trig):
            return None
        if event_type == "ASSAULT" and any(lower <= m.start < len(view.tokens) for m in view.cues.get("ACCIDENT", ())):
            return None  # مقتل شخصين جراء الزلزال: no one attacked
        future = trig.future or _cue_before(view, "FUT", trig.start, 2, lower)
        announced_future = future and event_type in FUTURE_OF
        if announced_future:
            if say_at is None and event_type not in ("SUPPORT", "COOPERATE", "AID", "RETREAT"):
                return None
            event_type, mode = FUTURE_OF[event_type]
        light = self._light_verb(view, trig, lower)
        if light is None and event_type not in FORWARD and _purpose(view, trig):
            return None
        c = _clause(view, trig, args, lower, say_at, light, role, passive, event_type)
        if c.light is not None:
            actor1, actor2 = _light_arguments(c)
        elif c.nominal:
            actor1, actor2 = _nominal_arguments(view, c)
        else:
            actor1, actor2 = _verb_arguments(view, c, shared_subject)
        actor1, actor2 = _statement_frame(view, c, actor1, actor2, speaker, event_type, announced_future)
        if actor1 is None:
            # هاجم محتجون ...: a trigger that names its doers is its own actor1.
            actor1 = next((x for x in args if x.start <= trig.start < x.end and not x.is_place), None)
        if actor1 is not None:
            actor1 = _extend_apposition(view, actor1, args, text)
        if actor2 is not None and actor1 is not None and (
                actor1.start <= actor2.start < actor1.end or key(actor1.text) == key(actor2.text)):
            actor2 = None
        # The span: light verb through noun (شن ... هجوما), unless that runs long.
        span_start = view.tokens[c.head].start if light else view.tokens[trig.start].start
        span_end = view.tokens[trig.end - 1].end
        if light and span_end - span_start > 80:
            span_start = view.tokens[trig.start].start
        event_date, date_source = self._date(view, trig, sent_dates, pub_date)
        place = self._place(view, args, trig, lower, c.upper, text)
        killed = injured = None
        if event_type == "ASSAULT":
            killed, injured = self._casualties(view, sent_numbers, lower, c.upper)
            if mode is None:
                mode = self._mode(view, lower, c.upper)
        return Candidate(
            event_type=event_type, event_mode=mode,
            trigger_text=text[span_start:span_end], char_start=span_start, char_end=span_end,
            sentence=view.sentence.text, sentence_index=view.index, prior=entry.prior,
            nominal=c.nominal, announced=c.nominal and _announced(view, c.head),
            old=self._old(view, trig, sent_dates, pub_date),
            background=any(k in RELATIVES for k in view.keys[max(trig.start - 2, 0):trig.start]),
            in_quote=say_at is not None or _in_quotes(view, trig.start),
            event_date=event_date, date_source=date_source, actor1=actor1, actor2=actor2,
            location_text=place.text if place else None, location_strong=place is not None,
            killed=killed, injured=injured)

    def _date(self, view: SentenceView, trig: Match, sent_dates: list[Mention],
              pub_date: dt.date) -> tuple[dt.date, str]:
        """The nearest day-precise DATE of the sentence, else publication."""
        pos = view.tokens[trig.start].start
        best = None
        for d in sent_dates:
            if not d.value or (d.granularity and d.granularity != "day"):
                continue
            if _span_limit(view, d):
                continue  # منذ 20 يناير: when something began, not the day it happened
            try:
                day = dt.date.fromisoformat(d.value[:10])
            except ValueError:
                continue
            if day > pub_date:
                continue
            dist = abs(d.char_start - pos)
            if best is None or dist < best[0]:
                best = (dist, day, d.text)
        if best is None:
            return pub_date, "publication"
        has_digit = any(ch.isdigit() for ch in best[2])
        return best[1], "explicit" if has_digit or not RELATIVE_DATE.search(best[2]) else "relative"

    def _old(self, view: SentenceView, trig: Match, sent_dates: list[Mention], pub_date: dt.date) -> bool:
        """The nearest DATE of the sentence (any precision) puts it more than a
        month before publication: background, not news (منذ X is a span, not a time)."""
        pos = view.tokens[trig.start].start
        near = [d for d in sent_dates if d.value and abs(d.char_start - pos) <= OLD_DATE_REACH]
        if not near:
            return False
        d = min(near, key=lambda d: abs(d.char_start - pos))
        if _span_limit(view, d):
            return False
        try:
            return dt.date.fromisoformat(d.value[:10]) < pub_date - dt.timedelta(days=BACKGROUND_DAYS)
        except ValueError:
            return False

    def _casualties(self, view: SentenceView, numbers: list[Mention], lower: int,
                    upper: int) -> tuple[int | None, int | None]:
        """(killed, injured) of the clause. Each NUMBER goes to the nearest
        casualty word (5 قتلى, مقتل 5, قتيلين) within reach, hedges (ما لا يقل
        عن, أكثر من) not counted; counts joined by و (قتل 13 من الحوثيين و 9
        من الجنود) add up; of several figures the largest stands."""
        cues = [(m, kind) for kind in ("KILLED", "INJURED") for m in view.cues.get(kind, ())
                if lower <= m.start < upper]
        if not cues:
            return None, None
        starts = [t.start for t in view.tokens]
        found: list[tuple[int, int, int]] = []  # (first token, last token, value)
        for n in numbers:
            try:
                value = int(n.value) if n.value is not None else 0
            except ValueError:
                continue
            if 0 < value < 100_000:
                first = bisect.bisect_right(starts, n.char_start) - 1
                last = bisect.bisect_left(starts, n.char_end) - 1
                found.append((first, last, value))
        found.sort()
        figures: dict[str, list[int]] = {"KILLED": [], "INJURED": []}
        previous: tuple[int, str] | None = None  # (last token, kind) of the figure before
        for first, last, value in found:
            best = None
            for m, kind in cues:
                if m.start <= first < m.end or m.start <= last < m.end:
                    gap = 0  # قتيلين, ثلاثة قتلى as one mention
                elif m.end <= first:
                    gap = sum(k not in HEDGES for k in view.keys[m.end:first])
                elif last < m.start:
                    # 13 قتيلا و7 جرحى: a count stands before its noun, so a tie goes there.
                    gap = sum(k not in HEDGES for k in view.keys[last + 1:m.start]) - 0.5
                else:
                    continue
                if gap <= CASUALTY_REACH and (best is None or gap < best[0]):
                    best = (gap, kind)
            if best is not None:
                figures[best[1]].append(value)
                previous = (last, best[1])
            elif previous is not None and first - previous[0] <= 6 and view.keys[first - 1] == "و":
                # ... و 9 من عناصر القوات: one more count of the same toll
                figures[previous[1]][-1] += value
                previous = (last, previous[1])
        return (max(figures["KILLED"], default=None), max(figures["INJURED"], default=None))

    def _mode(self, view: SentenceView, lower: int, upper: int) -> str | None:
        for m in view.cues.get("MODE", ()):
            if lower <= m.start < upper:
                return m.entry.mode
        return None

    def _place(self, view: SentenceView, args: list[Arg], trig: Match, lower: int, upper: int,
               text: str) -> Arg | None:
        """The place of the clause: an NER place or a place-noun chunk (مدينة
        الحسكة); nearest after the trigger first."""
        def specific(a: Arg) -> bool:
            """NER/dictionary places; a chunk only as place noun + name (مدينة
            الحسكة), not an anaphoric المدينة or a bare noun, which the geocoder
            resolves better from the sentence's named places."""
            if a.strong:
                return True
            first = view.keys[a.start].lstrip("وفب")
            if a.kind == "GENERIC_PLACE" or first[:1] == "ل":
                return False  # لمخيم للنازحين: to a camp is a target, not where
            return a.end - a.start >= 2 and not first.startswith("ال")

        # States and capitals of the actor dictionary are left to the geocoder,
        # which finds the most specific place the sentence names.
        places = [a for a in args if lower <= a.start < upper and a.is_place and specific(a)]
        if not places:
            return None
        places.sort(key=lambda a: (a.start < trig.start, abs(a.start - trig.start)))
        p = places[0]
        start = p.start
        if start > 0 and p.kind != "NP" and any(v in PLACE_NOUNS for v in view.variants[start - 1]):
            start -= 1  # مدينة + the NER place
        return Arg(start, p.end, text[view.tokens[start].start:view.tokens[p.end - 1].end],
                   view.tokens[start].start, p.name, p.country, p.sector, p.kind, p.from_dictionary)
