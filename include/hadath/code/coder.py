"""The rule engine: triggers in each sentence, the filters that make no event
of some (negated, denied, hypothetical, asked for, in a name), and each
trigger's arguments (arguments.py), day, place, casualties and mode: one
`Candidate` per trigger (merge.py makes rows of them).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from hadath.code.arguments import (ARG_WINDOW, FROM, LIGHT_BACK, Arg, Clause, a_count, args_of_sentence, casualty_word,
                                   clash_partner, clause_of, deed_before, definite, extend_apposition,
                                   glued_preposition, governed_by, has_pronoun_suffix, how_or_what, in_sentence,
                                   is_reporter, light_arguments, nominal_arguments, plausible_subject,
                                   plural_agreement, purpose_noun, state_adjectives, statement_frame, verb_arguments)
from hadath.code.lexicon import GAP, Lexicon, Match, default_lexicon, is_verb, token_variants
from hadath.code.plover import FORWARD, FUTURE_OF, TYPES, VERBAL
from hadath.code.words import (ADDRESSEES, ANNIVERSARY, ANTICIPATED, ATTACK_WORDS, CLAUSE_OPENERS, CLAUSE_PUNCT,
                               COLLECTIVES, COMPLEMENTIZERS, CONDITIONALS, CONTROL, COUNTERPART, COURT_WORDS,
                               DEAL_MAKING, DEAL_NOUNS, DURATIONS, DURING, EXECUTION, FORBIDDING, GOVERNORS, GROUND,
                               HEDGES, IN, INSTITUTION_NOUNS, JUDGED_THINGS, MAY, MOOD_CUES, NOUN_BEFORE_VERB_FORM,
                               NO_OBJECT, OBJECT_PRONOUNS, PASSIVE_AUXILIARIES, PERSON_TITLES, PLACE_NOUNS,
                               PREPOSITIONS, PROVINCE_HEADS, PURPOSE_WORDS, QUANTIFIERS, QUOTES, RELATIVES,
                               RELATIVE_DATE, REQUEST_COMPLEMENTS, REQUEST_REACH, RESULT_VERBS, RESUMPTIVE, SAID_WHERE,
                               SELF_COMPLEMENTS, SENTENCE_QUESTION, SENTENCING, SIGNING_NOUNS, SINCE, SINGLE_PERSONS,
                               SPAN_AFTER_DURING, SPAN_AFTER_SINCE, SPEECH_MEDIA, SPEECH_PARTICIPLES, STOP_WORDS,
                               TIME_PREPOSITIONS, UNDER_A_DEAL, WARN, WARNED_REACH, WAS, WHOEVER)
from hadath.records import Mention, Sentence, Token
from hadath.text.dateline import agency_dateline_end
from hadath.text.normalize import key
from hadath.text.numbers import NUMBER_WORDS

NEG_WINDOW = 2
HALT_WINDOW = 6  # tokens from a verb of stopping to the act it stops
# An article is a game report when at least two of its sentences, and a fifth
# of them, hold words of a game (مباراة, الشوط, ركلة جزاء): 77 % of the ANT
# corpus' sport articles, 0.3 % of its Middle East news.
GAME_REPORT_SENTENCES = 2
GAME_REPORT_SHARE = 0.2
# What a game report calls an attack, a battle or a meeting is play (خاض
# المباراة, بقي وحيدا في الهجوم, يلتقي أرسنال مع بيرنلي), unless its sentence
# counts dead or wounded.
PLAY_TYPES = ("ASSAULT", "CONSULT")
# The GUIDE's line between news and background: about a month before publication.
BACKGROUND_DAYS = 30
OLD_DATE_REACH = 60  # characters between a trigger and a DATE that dates it
HYP_WINDOW = 6
COUNTED_REACH = 3  # هاجم أربعة أشخاص على الأقل السفارة: words between the counted and the object
HOPED_REACH = 3  # أمله في أن: tokens from a mood word to the statement it governs
CASUALTY_REACH = 2
LIGHT_WINDOW = 8
ANNIVERSARY_WINDOW = 7  # الذكرى السنوية الأولى لهجوم أسفر عن مقتل
SENTENCE_WINDOW = 5  # وحكمت عليهم الأربعاء بالإعدام
EVE = key("عشية")
RECEIVED = key("ستقبل")  # استقبل, يستقبل, تستقبل
COUNTED_PEOPLE = tuple(key(w) for w in "لاجئ نازح مهاجر شخص أشخاص مدني طفل أطفال عائل أسر مواطن".split())
EXISTENCE = frozenset(key(w) for w in "هناك هنالك ثمة أي أية يكون تكون كان كانت يوجد توجد تقع يقع وقعت وقع".split())
UN = key("غير")  # غير متوقعة, "unexpected"
AHEAD_WORDS = re.compile("غدا|المقبل|القادم|الجاري")  # a date the text itself puts ahead
YEAR = re.compile(r"\d{4}")
NEAR_AHEAD_DAYS = 45  # a year-less day this close after a noun is this year's, still to come
ABOUT = key("بشأن")
TO = frozenset(key(w) for w in "إلى الى".split())
# يمكن التوصل لاتفاق, تريد عقد اتفاق, يجب التوصل لاتفاق, بحاجة لموافقة الكونجرس: a deal
# possible, wished for or needed, not made (not all the mood cues: توقع is also "signs",
# توقع الحكومة اتفاقا)
UNMADE_DEAL = frozenset(key(w) for w in ("يمكن ممكن إمكانية امكانية احتمال محتمل ربما لعل يريد تريد يرغب ترغب "
                                         "بحاجة يحتاج تحتاج يتطلب تتطلب يجب ينبغي يتعين لابد").split())
TOOK_PLACE = key("تم")
TAKING_PLACE = frozenset(key(w) for w in "يعقد تعقد يتم تتم يحدث تحدث يقع تقع يجري تجري".split())
WAS_REACH = 8  # words between كان and قد (وكان الرئيس الأمريكي دونالد ترامب قد)
BEFORE_A_DATE = frozenset(key(w) for w in "قبل قبيل عشية حتى".split())
CONDEMNATION = key("إدانة")[:4]  # ادان: إدانة, إدانات, not تنديد or انتقاد
CONVICTED_AFTER = frozenset(key(w) for w in "بعد عقب إثر تمت تم".split())
MEDIA_REACH = 6  # هاجم الرئيس الأمريكي في تغريدة: words from an attack verb to where it was said
# احتشد/يحتشد/تحتشد: gathered, of a crowd as of troops; only armed actors mobilize.
CROWDED = tuple(key(w) for w in ("احتشد", "يحتشد", "تحتشد"))
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})
GOVERNING_SECTORS = frozenset({"GOV", "MIL", "COP"})  # who rules, fights or polices does not take to the streets
ACCIDENT_REACH = 1  # احتجزتهم السيول: an accident holds only right by the verb
FIRE_REACH = 14  # words between deaths and the fire that caused them (، بينهم 4 رجال إطفاء، جراء حريق)
NEW = frozenset(key(w) for w in "الجديدة الجديد جديدة جديد".split())
PROTESTED = key("حتج")  # احتج, يحتج, تحتج: the root of protesting in words
AGE_WORDS = frozenset(key(w) for w in "العمر عمر".split())  # البالغ من العمر 42
SANCTIONS_NOUN = (key("عقوبات"),)  # the lexicon's bare sanctions noun
NEW_REACH = 4  # العقوبات الأمريكية الاقتصادية الجديدة: words to the adjective
# Stems of making, renewing, extending, tightening or widening sanctions (فرضت,
# أعادت, مدد, تمديد, شدد, تشديد, وسع, أقر, اتخذ, أعلن, تفعيل, استئناف).
SANCTION_MAKING = tuple(key(w) for w in (
    "فرض يفرض تفرض أعاد يعيد تعيد إعادة مدد يمدد تمدد تمديد شدد يشدد تشدد تشديد وسع يوسع توسيع "
    "أقر يقر تقر اتخذ يتخذ تتخذ أعلن يعلن تعلن تفعيل استئناف").split())
MADE_REACH = 7  # فرضت وزارة الخزانة الأمريكية، الخميس، العقوبات: words from the verb to the noun
BECAME = frozenset(key(w) for w in "بات باتت وبات وباتت أصبح أصبحت وأصبح وأصبحت ظل ظلت".split())
BECAME_REACH = 10  # وبات ميلان ، بطل أوروبا سبع مرات ، مهددا: words from بات to the participle
GOD = frozenset(key(w) for w in "الله المولى ربه ربها".split())
WHENEVER = frozenset(key(w) for w in "عندما حينما كلما".split())  # before an imperfect (في حين: whereas)
OFFICES = frozenset(key(w) for w in "شؤون شئون وزير وزيرة".split())  # مساعده لشؤون المفاوضات
RETAKEN_REACH = 16  # استعاد الجيش بدعم من التحالف صباح السبت، معسكر: words to the ground retaken
PERCENT = frozenset(key(w) for w in "المئة المائة".split())  # 90 في المئة
STRUCK_REACH = 6  # استهدفت مواقع وآليات وتعزيزات: words from an attack to what it hit


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
    period: tuple[dt.date, dt.date] | None = None  # a week, month or year that dates it
    verb_headed: bool = False  # a verb or a light verb (أحرزت تقدما) heads it: its subject carries on


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


def _light_with_object(variants: tuple[str, ...], lexicon: Lexicon) -> Match | None:
    """شنته, نفذها, نفذوه: a light verb whose object pronoun points back to a
    noun before it (a match at token 0 of `variants`)."""
    k = variants[0]
    for suffix in OBJECT_PRONOUNS:
        if k.endswith(suffix) and len(k) - len(suffix) >= 2:
            stem = k[:-len(suffix)]
            stems = (stem, stem + "ا") if stem.endswith("و") else (stem,)  # نفذوه: نفذوا + ه
            light = next((m for m in lexicon.matches_at([stems], 0) if m.entry.type == "LIGHT"), None)
            if light is not None:
                return light
    return None


def _view(index: int, sentence: Sentence, tokens: list[Token], lexicon: Lexicon) -> SentenceView:
    variants = [token_variants(t.text) for t in tokens]
    keys = [v[0] for v in variants]
    triggers: list[Match] = []
    cues: dict[str, list[Match]] = {}
    covered_until = 0
    for i in range(len(tokens)):
        found = lexicon.matches_at(variants, i)
        # A blocker covers mood and accident cues too (غير أن, "however", is no
        # negation; سقطت طائرة مسيرة, a drone that fell, was mostly downed).
        blocked_to = max((m.end for m in found if m.entry.type == "NONE"), default=i)
        for m in found:
            t = m.entry.type
            if t in TYPES or t == "NONE" or ((t in MOOD_CUES or t == "ACCIDENT") and m.end <= blocked_to):
                continue
            cues.setdefault(t, []).append(m)
        light = _light_with_object(variants[i], lexicon)
        if light is not None:
            cues.setdefault(LIGHT_BACK, []).append(Match(light.entry, i, i + 1))
        if i < covered_until:
            continue
        best = next((m for m in found if m.entry.type in TYPES or m.entry.type == "NONE"), None)
        if best is not None and best.entry.pos == "verb":
            best = _noun_reading(keys, i, best, found)
        if best is not None:
            covered_until = best.end
            if best.entry.type != "NONE":
                triggers.append(best)
    return SentenceView(index, sentence, tokens, variants, keys, triggers, cues)


def _struck(view: SentenceView, trig: Match) -> bool:
    """دمر طيران التحالف 5 مركبات وتعزيزات, استهدفت مواقع وتعزيزات: the noun
    is the object of an attack a few words before it, in the same clause (no
    verb of its own between: بعد الهجوم أرسلت الحكومة تعزيزات)."""
    return any(m.entry.type == "ASSAULT" and m.end <= trig.start <= m.end + STRUCK_REACH
               and not any(t.text in CLAUSE_PUNCT or t.text == "." for t in view.tokens[m.end:trig.start])
               and not any(is_verb(k) for k in view.keys[m.end:trig.start])
               and not any(m.end <= o.start < trig.start for o in view.triggers)
               and not any(m.end <= c.start < trig.start for c in view.cues.get("LIGHT", ()))
               for m in view.triggers)


def _right_after_verb(view: SentenceView, trig: Match, arg: Arg | None) -> bool:
    """arg, of this sentence, stands right after the verb trigger or one word on:
    where a verb whose subject was dropped has its object."""
    return trig.entry.pos == "verb" and in_sentence(view, arg) and 0 <= arg.start - trig.end <= 1


def _called_on(view: SentenceView, trig: Match, cand: Candidate) -> bool:
    """ودعت جميع الأطراف إلى, وطالب المجتمع الدولي بـ: the one right after a
    call verb is one called on (the subject is dropped: whoever spoke before).
    Not when a named object follows it (وطالب السكان الحكومة: they call on it)."""
    a, b = cand.actor1, cand.actor2
    if cand.event_type != "REQUEST" or not _right_after_verb(view, trig, a):
        return False
    if in_sentence(view, b) and b.start == a.end:
        return False
    keys = view.keys[a.start:a.end]
    head = keys[1] if len(keys) > 1 and keys[0] in QUANTIFIERS else keys[0]
    return head in ADDRESSEES


def _judged_thing(view: SentenceView, trig: Match, cand: Candidate) -> bool:
    """وثمن الموقف البريطاني, وانتقد القرار الأمريكي: what a verb of praise or
    blame names right after it is the thing judged, whose owner is its target
    (the subject is dropped: whoever spoke before)."""
    a = cand.actor1
    return (cand.event_type in ("SUPPORT", "ACCUSE") and _right_after_verb(view, trig, a)
            and view.keys[a.start].removeprefix("و").removeprefix("ال") in JUDGED_THINGS)


def _warned_of_a_danger(view: SentenceView, c: Clause) -> bool:
    """حذر غوتيريش من خطر كارثة إنسانية, حذرت السلطات من هطول أمطار: a warning
    of a danger that warns no one threatens no one. A threat names who is warned
    (حذر بولتون النظام الإيراني من, وحذرهم من), what the speaker will do
    (حذر الجيش من أنه سيستخدم كل السبل) or on what condition."""
    trig = c.trig
    if WARN not in view.keys[trig.start] or has_pronoun_suffix(view, trig):
        return False
    of = next((j for j in range(trig.end, min(trig.end + WARNED_REACH, c.upper)) if view.keys[j] == FROM), None)
    if of is None or (of + 1 < len(view.keys) and view.keys[of + 1] in SELF_COMPLEMENTS):
        return False
    if any(k in CONDITIONALS for k in view.keys[of:c.upper]):
        return False  # حذرت روسيا من تداعيات خطرة إذا تعرضت سوريا لضربة: consequences, on a condition
    named = [x for x in c.after if x.end <= of and x.strong]
    subject_before = any(x.strong and c.head - x.end <= 4 for x in c.before)
    return not (len(named) >= 2 or (named and subject_before))


def _a_range(keys: list[str], j: int) -> bool:
    """من 30 يوما إلى 15: من before a count with إلى after it opens a range."""
    return (j + 1 < len(keys) and keys[j + 1][:1].isdigit()
            and any(k in TO for k in keys[j + 2:j + 5]))


def _noun_reading(keys: list[str], i: int, verb: Match, found: list[Match]) -> Match:
    """طلب, قصف, تعهد are verbs and verbal nouns alike: after a preposition
    (بناء على طلب, بعد قصف) the noun is meant, and طلب asks a verb's من or أن
    (طلب من الشرطة) where the noun (طلب إصدار مذكرة) has none. The noun reading
    links its arguments as a noun's (its genitive is the doer)."""
    noun = next((m for m in found if m.entry.pos == "noun" and m.entry.type == verb.entry.type
                 and m.end == verb.end), None)
    if noun is None:
        return verb
    after_preposition = i > 0 and (keys[i - 1] in PREPOSITIONS or keys[i - 1] in TIME_PREPOSITIONS)
    # (طلب الاستئناف من 30 يوما إلى 15: a range, "from ... to", asks no one)
    asks = verb.entry.type == "REQUEST" and not any(
        keys[j] in REQUEST_COMPLEMENTS and not _a_range(keys, j) for j in range(i + 1, min(i + 1 + REQUEST_REACH,
                                                                                             len(keys))))
    if after_preposition:
        # The same written word, so as often a real event as when read as the verb.
        return Match(replace(noun.entry, prior=verb.entry.prior), noun.start, noun.end, noun.future)
    return noun if asks else verb  # (طلب الحصول, طلب اللجوء: an application, seldom news)


def _cue_before(view: SentenceView, kind: str, pos: int, window: int, lower: int = 0) -> bool:
    """A cue of `kind` ending within `window` tokens before `pos`, no clause break between."""
    for m in view.cues.get(kind, ()):
        if lower <= m.start and m.end <= pos and pos - m.end <= window:
            between = view.tokens[m.end:pos]
            if not any(t.text in CLAUSE_PUNCT for t in between):
                return True
    return False


def _existence_start(view: SentenceView, pos: int) -> int:
    """لن تكون هناك أي تظاهرة, لم تقع أية هجمات: where the words that say a
    noun is (or is not) there begin, so a negation before them reaches it."""
    while pos > 0 and view.keys[pos - 1] in EXISTENCE:
        pos -= 1
    return pos


def _cue_words_before(view: SentenceView, words: frozenset[str], pos: int, window: int) -> bool:
    """A word of `words` (clitics aside) within `window` tokens before `pos`, no clause break between."""
    for i in range(pos - 1, max(pos - window, 0) - 1, -1):
        if view.tokens[i].text in CLAUSE_PUNCT or view.tokens[i].text == ".":
            return False
        if any(v in words for v in view.variants[i]):
            return True
    return False


def _hoped(view: SentenceView, trig: Match, lower: int) -> bool:
    """أعرب عن أمله في أن تخفف الولايات المتحدة القيود: a mood word ending
    within HOPED_REACH tokens before a statement governs the statement's first
    clause (not what a comma, a quote, لكن or a relative pronoun opens after it)."""
    if lower == 0 or not _cue_before(view, "HYP", lower, HOPED_REACH):
        return False
    return not any(view.tokens[i].text in CLAUSE_PUNCT or view.tokens[i].text in QUOTES
                   or view.keys[i] in CLAUSE_OPENERS or view.keys[i] in RELATIVES for i in range(lower, trig.start))


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


def _carried_out(view: SentenceView, trig: Match) -> bool:
    """الاجتماع الطارئ الذي عقد الخميس, الهجمات التي ينفذها النظام: a relative
    clause on the noun (after one adjective at most) whose light verb says the
    deed was held or carried out tells it as news (not سيعقد, still to come)."""
    i = trig.end
    # (on the written article: keys fold آليات to اليات)
    if i < len(view.keys) and view.keys[i] not in RELATIVES and definite(view.tokens[i].text) == definite(
            view.tokens[trig.end - 1].text):
        i += 1  # الطارئ, الوحشية
    if i + 1 >= len(view.keys) or view.keys[i] not in RELATIVES:
        return False
    return any(m.start == i + 1 and not m.future for m in view.cues.get("LIGHT", ()))


def _in_a_name(view: SentenceView, trig: Match) -> bool:
    """بلدة الحراك, منظمة حظر الأسلحة, مسؤول نزع السلاح, وزيرة الدولة لشؤون
    التعاون الدولي: a trigger word right after an indefinite place,
    institution or office noun is part of a proper name or a title; so is a
    quoted verb (منظمة "أنقذوا الأطفال")."""
    quoted = trig.start > 1 and view.tokens[trig.start - 1].text in QUOTES
    if trig.start == 0 or trig.entry.pos in ("verb", "vphrase") and not quoted:
        return False
    prev = view.variants[trig.start - 2 if quoted else trig.start - 1]
    if "ال" in prev[0][:4]:
        return False
    return any(v in PLACE_NOUNS or v in INSTITUTION_NOUNS or v in OFFICES for v in prev)


def _whoever(view: SentenceView, trig: Match) -> bool:
    """بمعاقبة من يرفض, في أيدي من يهددون, لمن يتبرع: an imperfect verb right
    after the relative من tells of whoever would do it, no one who did (a
    perfect, كشف من اختطف, is a deed)."""
    return (trig.start > 0 and trig.entry.pos == "verb" and trig.entry.tense == "imperf"
            and view.keys[trig.start - 1] in WHOEVER)


def _a_noun_after_preposition(view: SentenceView, trig: Match) -> bool:
    """فجر نفسه في حشد (a crowd), في سلم الرواتب (a ladder), على طالب لجوء (a
    student): no verb follows a preposition, so a verb form there is a noun,
    rarely the act's (من, also "who", is no preposition here). Killing (عمد إلى
    قتل الصغيرة) and protest (لدى تظاهر الآلاف) keep their verbal nouns; other
    verbal nouns spelled as verbs (حجب, حرق) are given up with the homographs."""
    return (trig.start > 0 and trig.end - trig.start == 1 and trig.entry.pos == "verb"
            and view.keys[trig.start - 1] in PREPOSITIONS and view.keys[trig.start - 1] != FROM
            and trig.entry.type != "PROTEST" and not casualty_word(view, trig))


def _named_standing(view: SentenceView, trig: Match, light: Match | None, args: list[Arg]) -> bool:
    """اتفاق باريس للمناخ, اتفاقية فيينا, عقوبات واشنطن: a deal noun (not a
    promise or an approval: موافقة أنقرة على تشكيل فريق) or عقوبات with a name
    for genitive is definite, so, like الاتفاق and العقوبات, it names what
    stands unless it is being made (تم الاتفاق, اتفاق تم التوصل إليه, توقيع
    اتفاقية; فرض عقوبات واشنطن, عقوبات واشنطن الجديدة). The standing of bare
    definite nouns is `_filtered`'s; this one needs the sentence's names."""
    if light is not None or not any(x.start == trig.end and x.strong for x in args):
        return False
    if trig.entry.type == "AGREE" and trig.entry.words[0] in DEAL_NOUNS:
        signed = any(stem.startswith(DEAL_MAKING) or stem in SIGNING_NOUNS
                     for k in view.keys[max(trig.start - 2, 0):trig.start]
                     for stem in ((k, k[1:]) if k[:1] in "وبل" else (k,)))  # (وقعت: the و is the root's)
        return not signed and not _deal_made(view, trig)
    if trig.entry.type == "SANCTION" and trig.entry.words == SANCTIONS_NOUN:
        return not _made(view, trig) and not _new(view, trig)  # (تجميد الولايات المتحدة لمساعدتها: a freeze done)
    return False


def _word_tokens(m: Match) -> list[int]:
    """The tokens a match's own words stand on: all of them, or those around a gap."""
    words = m.entry.words
    if GAP not in words:
        return list(range(m.start, m.end))
    before = words.index(GAP)
    return list(range(m.start, m.start + before)) + list(range(m.end - (len(words) - before - 1), m.end))


def _near_the_deaths(view: SentenceView, trig: Match, fire: Match) -> bool:
    """قتل 24 شخصا في حريق, أسفر حريق عن مقتل: a fire within FIRE_REACH words of
    the deaths, with no new clause (بينما توفي طفل في حريق) between."""
    lo, hi = (trig.end, fire.start) if fire.start >= trig.end else (fire.end, trig.start)
    return hi - lo <= FIRE_REACH and not any(view.keys[i] in CLAUSE_OPENERS for i in range(lo, hi))


def _counted_noun(view: SentenceView, trig: Match) -> bool:
    """20 ألف طالب, 14 طالبا, 1200 طالب داخل مدرسة: a bare verb form right
    after a count is the noun it counts (طالب: a student), not a deed; a year
    (في عام 2017 طالب) or an age is no count."""
    if trig.entry.pos != "verb" or trig.end - trig.start != 1 or trig.start == 0:
        return False
    if view.keys[trig.start] not in (trig.entry.words[0], trig.entry.words[0] + "ا"):
        return False
    prev = view.tokens[trig.start - 1].text.lstrip("لـو")
    if trig.start >= 2 and view.keys[trig.start - 2] in AGE_WORDS:
        return False  # الرجل البالغ من العمر 42 اتهم: an age, then the verb
    if prev.isdigit():
        return not (len(prev) == 4 and 1900 <= int(prev) <= 2100)
    return view.keys[trig.start - 1] in NUMBER_WORDS


def _a_place(view: SentenceView, trig: Match, args: list[Arg]) -> bool:
    """في مقاطعة بنو, حاكم المقاطعة, شريف مقاطعة كلاي: a trigger word that is
    also a place noun (مقاطعة: boycott and province) names a place after في or
    a governor, or after a province's office, من or a count before a name."""
    if trig.end - trig.start != 1 or not any(v in PLACE_NOUNS for v in view.variants[trig.start]):
        return False
    prev = view.keys[trig.start - 1] if trig.start else ""
    if prev == IN or prev in GOVERNORS:
        return True
    after = view.tokens[trig.end].text.lstrip("(\"«") if trig.end < len(view.tokens) else ""
    # (من مقاطعة إسرائيل: a state the dictionary knows is boycotted, no county)
    named_state = any(x.start == trig.end and x.from_dictionary for x in args)
    return ((prev in PROVINCE_HEADS or prev.isdigit() or prev in NUMBER_WORDS)
            and after[:1].isalpha() and not definite(after) and not named_state)


def _retook_no_ground(view: SentenceView, trig: Match, args: list[Arg]) -> bool:
    """استعادت نشاطها, استعاد الوعي, استعادة الوحدة: a retaking with no ground
    or control after it in the sentence; past في only control counts (what
    follows في is where: استعاد نشاطه في الموصل; في المئة is no place). A
    named place right after the verb is its subject (استعادت واغادوغو بعض
    الهدوء); a sentence the line break cuts (استعاد الجيش الوطني صباح السبت،)
    keeps its event."""
    retaking = next((i for i, w in enumerate(trig.entry.words) if "ستعاد" in w or "ستعيد" in w), None)
    if trig.entry.type != "ASSAULT" or retaking is None or has_pronoun_suffix(view, trig) \
            or view.tokens[-1].text in CLAUSE_PUNCT:
        return False
    after = trig.start + retaking + 1
    subject_at = after if trig.entry.pos in ("verb", "vphrase") else None
    inside_args = {i for x in args for i in range(x.start + 1, x.end)}  # (تحالف دعم الشرعية في اليمن)
    where = False  # past في only control counts (استعادة الجيش في أبريل السيطرة على)
    for i in range(after, min(len(view.tokens), trig.end + RETAKEN_REACH)):
        k = view.keys[i]
        if view.tokens[i].text in ".؛":
            break
        where = where or (k == IN and i not in inside_args and not (
            i + 1 < len(view.keys) and view.keys[i + 1] in PERCENT))
        if CONTROL in k or not where and (any(v in GROUND for v in view.variants[i]) or (
                i != subject_at and any(x.start == i and (x.is_place or x.kind == "LOC") for x in args))):
            return False
    return True


def _no_participle_act(view: SentenceView, trig: Match, args: list[Arg]) -> bool:
    """متهما, مهددا: an active participle tells what the clause's subject did
    only as a حال after a comma (، داعيا إلى); elsewhere it is mostly a noun or
    a passive (بصفته متهما, بات مهددا بالانهيار), as is an accusing one with
    no one accused (، متهما بمساعدة جماعة: accused of), and a call on God is
    a prayer (داعيا المولى أن يسكنه فسيح جناته)."""
    if trig.entry.tense != "part":
        return False
    before = trig.start - 1
    while before >= 0 and view.tokens[before].text in QUOTES:
        before -= 1  # (الاتفاق ذو البنية الضعيفة،" متوعدا بعقوبات)
    if not (before >= 0 and view.tokens[before].text in CLAUSE_PUNCT):
        return True
    nxt = view.keys[trig.end] if trig.end < len(view.keys) else ""
    # (متهما بكين بمعاملة غير عادلة: a name after ب is the one accused)
    of_a_deed = nxt[:1] == "ب" and not any(x.start == trig.end and x.strong for x in args)
    if trig.entry.type == "ACCUSE" and trig.entry.mode == "allege" and of_a_deed:
        return True
    became = [i for i in range(max(trig.start - BECAME_REACH, 0), trig.start) if view.keys[i] in BECAME
              and not (i > 0 and view.keys[i - 1] == IN)]  # (في ظل: in the shadow of)
    if became and of_a_deed and not any(t.text in QUOTES for t in view.tokens[became[-1]:trig.start]):
        return True  # وبات ميلان، بطل أوروبا، مهددا بالاستبعاد
    return trig.entry.type == "REQUEST" and nxt.lstrip("ل") in GOD


def _result_of(view: SentenceView, trig: Match) -> bool:
    """مما أسفر عن مقتل, أدى إلى إصابة, تسبب بمقتل: a noun told as the result of
    the act before it."""
    return any(k.lstrip("وف") in RESULT_VERBS or k in RESULT_VERBS
               for k in view.keys[max(trig.start - 2, 0):trig.start])


def _describes(view: SentenceView, trig: Match, cause: Candidate | None, args: list[Arg]) -> bool:
    """غارات جوية، استهدفت مواقع, إن غاراته استهدفت: a verb right after the act
    noun the sentence told last (its adjectives and a comma between, or its
    pronoun for the doer), whose doer is known, describes that act. Not after
    a definite noun or a named genitive (ردا على الغارات الإسرائيلية، قصفت
    الفصائل: a new act), nor with خلالها after it (زيارة، يلتقي خلالها: the
    visitor meets)."""
    if cause is None or cause.actor1 is None:
        return False
    deed = deed_before(view, trig, comma=True)
    if deed is None or trig.start - deed.end > 2 or view.tokens[deed.end - 1].end != cause.char_end:
        return False
    noun = view.keys[deed.start]
    comma = view.tokens[trig.start - 1].text in ("،", ",")
    if not (comma and not definite(noun) or has_pronoun_suffix(view, deed)):
        return False
    if any(view.keys[i] in STOP_WORDS or view.keys[i].startswith("ال")
           or any(x.start <= i < x.end and x.strong for x in args) for i in range(deed.end, trig.start)):
        return False  # (غارات التحالف، قصفت: a genitive, definite or named, did the raids)
    return trig.end == len(view.tokens) or view.keys[trig.end] not in RESUMPTIVE


def _may_verb(view: SentenceView, i: int, happening: bool = False) -> bool:
    """Token i is an imperfect verb after قد, "may" (قد تشمل, قد يعقد); not a
    perfect (قد تلقت, قد تم, قد تعرضوا: "has"), nor after كان in the clause
    (وكان الرئيس الأمريكي دونالد ترامب قد تلقى: "had"). `happening`: only a
    verb of taking place (الاجتماع قد يعقد, not الهجوم قد يؤدي إلى: a deed done
    whose outcome may follow)."""
    if not 1 <= i < len(view.tokens) or MAY not in view.variants[i - 1]:
        return False
    k = view.keys[i]
    if happening and k.lstrip("و") not in TAKING_PLACE:
        return False
    imperfect = k[:1] == "ي" or (k[:1] == "ت" and not k.endswith(("ت", "وا")) and k != TOOK_PLACE)
    return is_verb(k) and imperfect and not _cue_words_before(view, WAS, i - 1, WAS_REACH)


def _call_party(x: Arg | None, called: bool = False) -> bool:
    """A named party to a phone call (a title of a state counts: الرئيس
    الأمريكي): not a newsroom, nor a generic one (مسؤولو المدرسة); the one
    called may be a counterpart (اتصل ماكرون بنظيره الإيراني)."""
    if x is None or is_reporter(x):
        return False
    return (x.strong and (x.kind != "AGENT" or x.country is not None)) or (called and COUNTERPART in key(x.text))


def _addressee(view: SentenceView, arg: Arg) -> bool:
    """A phrase under a preposition (للصحفيين, لشبكة CNN, في جنيف); a name that
    starts with ل (لافروف) is one only when the dictionary or NER knows it."""
    k = view.keys[arg.start].lstrip("و")
    if arg.start > 0 and view.keys[arg.start - 1] in PREPOSITIONS:
        return True  # قال في جنيف: where, not who
    return k.startswith("لل") or (k.startswith("ل") and not arg.strong)


def _said_in(view: SentenceView, trig: Match) -> bool:
    """اتهم X بـ"استغلال ادعاءات", رفض ما وصفها بالمزاعم: a charge or a claim
    named inside the clause of a verb of saying (a verbal event) is its words,
    not a second event (a visit or a deal named there still happened)."""
    if trig.entry.pos not in ("noun", "phrase") or trig.entry.type != "ACCUSE":
        return False
    verbs = [m for m in view.triggers if m.end <= trig.start and m.entry.pos in ("verb", "vphrase")]
    if not verbs:
        return False
    verb = verbs[-1]
    return (verb.entry.type in VERBAL
            and not any(t.text in ".؛;" for t in view.tokens[verb.end:trig.start])
            and not any(k in COMPLEMENTIZERS for k in view.keys[verb.end:trig.start]))


def _object_after_count(view: SentenceView, trig: Match, args: list[Arg]) -> bool:
    """هاجم أربعة أشخاص على الأقل السفارة التركية: the first argument within
    COUNTED_REACH tokens after the counted ones, named or definite, not behind a
    preposition and with no comma between, is the verb's object, so the counted
    are its subject."""
    counted = next((x for x in args if trig.end <= x.start <= trig.end + 1), None)
    if counted is None:
        return False
    for x in args:
        if counted.end <= x.start <= counted.end + COUNTED_REACH:
            between = view.tokens[counted.end:x.start]
            return (not any(t.text in CLAUSE_PUNCT or t.text == "." for t in between)
                    and not governed_by(view, x.start, PREPOSITIONS) and not glued_preposition(view.keys[x.start])
                    and (x.strong or definite(view.keys[x.start])))
    return False


def _has_object(view: SentenceView, trig: Match) -> bool:
    """Anything but a comma, a time or a في-phrase right after the verb (قتل،
    اليوم; قتل في غارة: no object, so passive); day words followed by the end
    of the clause are none either (أوقف أمس الأحد وتم استجوابه)."""
    if has_pronoun_suffix(view, trig):
        return True  # منعتها: the object is the pronoun
    if trig.end >= len(view.tokens):
        return False
    at = trig.end
    while at < len(view.tokens) and RELATIVE_DATE.fullmatch(view.tokens[at].text):
        at += 1
    if at > trig.end and (at == len(view.tokens) or view.tokens[at].text in CLAUSE_PUNCT
                          or view.tokens[at].text in ".)" or view.keys[at][:1] == "و" and (
                              is_verb(view.keys[at]) or view.keys[at] in PASSIVE_AUXILIARIES)):
        return False
    nxt, k = view.tokens[trig.end].text, view.keys[trig.end]
    if nxt in CLAUSE_PUNCT or nxt in ".)" or k == IN or k in TIME_PREPOSITIONS or k in NO_OBJECT:
        return False  # (اعتدى على X: على opens an object)
    # قتل بقصف, اعتقل بتهمة: a ب-phrase; قتلوا وأصيب آخرون: the next clause.
    starts_clause = k[:1] == "و" and any(m.start == trig.end for ms in (view.triggers, *view.cues.values())
                                        for m in ms)
    return not ((k[:1] == "ب" and len(k) > 3) or starts_clause)


def _judicial(arg: Arg | None) -> bool:
    return arg is not None and (arg.sector == "JUD" or any(w in key(arg.text) for w in COURT_WORDS))


def _convicted(view: SentenceView, trig: Match) -> bool:
    """بعد إدانته بالاختلاس, تمت إدانتهم: a condemnation whose pronoun is the
    one condemned, told with a charge or as what was done to them, is a
    conviction (أكد إدانته كافة أشكال العنصرية, إدانتها بأشد العبارات
    للهجوم, بعد إدانته للهجوم: the pronoun's own condemnation)."""
    if trig.entry.pos != "noun" or trig.end - trig.start != 1 \
            or not trig.entry.words[0].startswith(CONDEMNATION) or not has_pronoun_suffix(view, trig):
        return False
    before = view.keys[trig.start - 1] if trig.start else ""
    after = view.keys[trig.end] if trig.end < len(view.keys) else ""
    return after.startswith(("بته", "بال")) or (before in CONVICTED_AFTER and not after.startswith("ل"))


def _span_limit(view: SentenceView, date: Mention) -> bool:
    """منذ/حتى before a DATE: the start or end of a span, not a time of the event."""
    offset = date.char_start - view.sentence.start
    before = view.sentence.text[max(offset - 6, 0):offset]
    return "منذ" in before or "حتى" in before


def _nearest_date(pos: int, dates: list[Mention]) -> Mention | None:
    """The resolved DATE nearest character `pos`, within OLD_DATE_REACH of it."""
    near = [d for d in dates if d.value and abs(d.char_start - pos) <= OLD_DATE_REACH]
    return min(near, key=lambda d: abs(d.char_start - pos)) if near else None


def _dated_ahead(view: SentenceView, trig: Match, light: Match | None, sent_dates: list[Mention],
                 pub_date: dt.date) -> bool:
    """يلتقي مع قادة الاتحاد غدا, قمة الاثنين المقبل, زيارة في 5 أيار 2019: the
    day-precise date nearest a noun or imperfect trigger (no stop, colon or
    semicolon between) is after publication: said so (غدا, المقبل, الجاري, or a
    year), told by a verb, or, after a noun, a year-less day within weeks (a far
    one, بعد هجمات 11 سبتمبر, is last year's). A
    perfect (رحبت, شنت غارات) told what was done, and an act before a date
    (اعتقال 20 مشجعا قبل مباراة السبت المقبل) is not on it."""
    if trig.entry.tense == "perf" or (light is not None and light.entry.tense == "perf" and not (
            light.start > 0 and (view.keys[light.start - 1] in PREPOSITIONS or view.keys[light.start - 1] == ABOUT))):
        return False  # (عن عقد القمة يوم 12 يونيو: عقد there is a verbal noun, no perfect)
    pos = view.tokens[trig.start].start
    nearest = _nearest_date(pos, [d for d in sent_dates if d.granularity in (None, "day")
                                  and not _span_limit(view, d)])
    if nearest is None:
        return False
    lo, hi = sorted((pos, nearest.char_start))
    between = view.sentence.text[lo - view.sentence.start:hi - view.sentence.start]
    if any(p in between for p in ".؛;:") or any(key(w).lstrip("و") in BEFORE_A_DATE for w in between.split()):
        return False
    try:
        day = dt.date.fromisoformat(nearest.value[:10])
    except ValueError:
        return False
    explicit = AHEAD_WORDS.search(nearest.text) or YEAR.search(nearest.text)
    told_by_a_verb = trig.entry.tense == "imperf" or light is not None  # (a schedule, however far)
    return day > pub_date and (explicit or told_by_a_verb or (day - pub_date).days <= NEAR_AHEAD_DAYS)


def _death_sentence(view: SentenceView, trig: Match) -> bool:
    """حكمت عليهم الأربعاء بالإعدام, أحكام الإعدام: a court's sentence, not an execution."""
    return (any(EXECUTION in v for v in view.variants[trig.start])
            and _cue_words_before(view, SENTENCING, trig.start, SENTENCE_WINDOW))


def _span_since(view: SentenceView, sent_dates: list[Mention], pub_date: dt.date, lower: int) -> bool:
    """The clause counts over a war or years (خلال الصراع, منذ بدء الحرب, منذ
    عام 2015, منذ ثلاث سنوات, منذ <a day over a month back>): a running total
    or an ongoing campaign told as background, not today's happening."""
    n = len(view.tokens)
    for i in range(lower, n - 1):
        k = view.keys[i].lstrip("و")
        if k == SINCE and any(v in SPAN_AFTER_SINCE for j in range(i + 1, min(i + 3, n)) for v in view.variants[j]):
            return True
        if k == DURING and any(v in SPAN_AFTER_DURING for v in view.variants[i + 1]):
            return True
    limit = pub_date - dt.timedelta(days=BACKGROUND_DAYS)
    for d in sent_dates:
        offset = d.char_start - view.sentence.start
        if (d.value and d.char_start >= view.tokens[lower].start and d.value[:10] < limit.isoformat()
                and "منذ" in view.sentence.text[max(offset - 12, 0):offset + 4]):  # منذ (أواخر) مارس
            return True
    return False


def _anticipated(view: SentenceView, trig: Match) -> bool:
    """قمة تاريخية مرتقبة, زيارته المقبلة: a noun whose adjective puts it
    ahead (not استقالة غير متوقعة, unexpected); عشية اجتماع مجلس الأمن: on its eve."""
    if trig.entry.pos not in ("noun", "phrase"):
        return False
    if trig.start > 0 and view.keys[trig.start - 1].lstrip("وف") == EVE:
        return True
    seen = 0
    for i in range(trig.end, len(view.tokens)):
        if view.tokens[i].text in QUOTES:
            continue
        if view.keys[i] in ANTICIPATED and view.keys[i - 1] != UN:
            return True
        seen += 1
        if seen >= 2 or view.tokens[i].text in CLAUSE_PUNCT:
            return False
    return False


def _told_ahead(view: SentenceView, trig: Match) -> bool:
    """القمة العربية التي ستعقد, الاجتماع الذي سيعقد في 7 أكتوبر: a noun a
    relative clause in the future describes is told as still to come (said by
    one who takes part, an agreement to meet)."""
    keys = view.keys
    return trig.entry.pos in ("noun", "phrase") and any(
        keys[i] in RELATIVES and keys[i + 1][:2] in ("سي", "ست", "سن") and is_verb(keys[i + 1])
        for i in range(trig.end, min(trig.end + 3, len(keys) - 1)))


def _in_words(view: SentenceView, trig: Match, actor1: Arg | None) -> bool:
    """هاجم روحاني نظيره, هاجم الرئيس في تغريدة منتقديه, هاجم المملكة قائلا:
    a person attacks with words, and so does anyone whose attack the words
    right after the verb put in a tweet, a speech or a statement, or a speech
    participle before the next trigger tells."""
    if trig.entry.pos == "verb":
        if any(k in SPEECH_MEDIA for k in view.keys[trig.end:trig.end + MEDIA_REACH]):
            return True
        next_trigger = min((m.start for m in view.triggers if m.start >= trig.end), default=len(view.keys))
        if any(k in SPEECH_PARTICIPLES for k in view.keys[trig.end:next_trigger]):
            return True
    return actor1 is not None and (actor1.kind == "PERS" or (
        actor1.kind in ("AGENT", "NP") and key(actor1.text.split()[0]) in PERSON_TITLES))  # (شن الرئيس الفلبيني هجوما)


def _new(view: SentenceView, trig: Match) -> bool:
    """العقوبات الأمريكية الجديدة, حزمة من العقوبات: sanctions an adjective
    says are new, or a package of them (announced, so made now)."""
    package = trig.start >= 2 and view.keys[trig.start - 1] == FROM and any(
        v in COLLECTIVES for v in view.variants[trig.start - 2])
    return package or any(k.lstrip("و") in NEW for k in view.keys[trig.start + 1:trig.end + NEW_REACH])


def _made(view: SentenceView, trig: Match) -> bool:
    """فرضت وزارة الخزانة، الخميس، العقوبات; مدد الاتحاد العقوبات; تمديد
    العقوبات: a verb or verbal noun of making, extending or tightening a few
    words before (no clause break between)."""
    for i in range(trig.start - 1, max(trig.start - MADE_REACH, 0) - 1, -1):
        if view.tokens[i].text in ".؛":
            return False
        if any(v.startswith(SANCTION_MAKING) for v in view.variants[i]):
            return True
    return False


def _deal_made(view: SentenceView, trig: Match) -> bool:
    """تم الاتفاق على, بموجب اتفاق تم التوصل إليه, اتفاق توسطت فيه روسيا: the
    deal named is one being made, not one that stands."""
    before = view.keys[max(trig.start - 2, 0):trig.start]
    after = view.keys[trig.end:trig.end + 2]
    return any(k in PASSIVE_AUXILIARIES for k in before) or any(
        k in PASSIVE_AUXILIARIES or k.lstrip("و").startswith(DEAL_MAKING) for k in after)


def _people_counted(view: SentenceView, trig: Match, numbers: list[Mention]) -> bool:
    """استقبلت 422 من عناصر الخوذ, 3 ملايين لاجئ: a count of people right after
    the verb (its subject between), not of goals or of cargo (ستة أهداف)."""
    starts = [t.start for t in view.tokens]
    for n in numbers:
        at = bisect.bisect_left(starts, n.char_start)
        if trig.end <= at <= trig.end + 2:
            after = bisect.bisect_left(starts, n.char_end)
            nxt = view.keys[after] if after < len(view.keys) else ""
            return nxt == FROM or nxt.startswith(COUNTED_PEOPLE)
    return False


class Coder:
    """Codes the sentences of one article into candidates."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()

    def code(self, text: str, pub_date: dt.date, sentences: list[Sentence], tokens: list[Token],
             dates: list[Mention], numbers: list[Mention], entities: list[Mention],
             actors: list) -> list[Candidate]:
        starts = [t.start for t in tokens]
        dateline_end = agency_dateline_end(text)
        out: list[Candidate] = []
        last_speaker: Arg | None = None
        views = [_view(si, sent, tokens[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)],
                       self.lexicon) for si, sent in enumerate(sentences)]
        game_sentences = sum(1 for v in views if "SPORT" in v.cues)
        game_report = game_sentences >= max(GAME_REPORT_SENTENCES, GAME_REPORT_SHARE * len(views))
        for sent, view in zip(sentences, views):
            if not view.tokens:
                continue
            sent_dates = [d for d in dates if sent.start <= d.char_start < sent.end]
            # فجر الأربعاء is dawn, not "he blew up": no trigger word inside a date
            # (a date in a phrase's gap, فرضت الحكومة أمس عقوبات, is the deed's).
            view.triggers = [m for m in view.triggers if not any(
                d.char_start < view.tokens[i].end and view.tokens[i].start < d.char_end
                for i in _word_tokens(m) for d in sent_dates)]
            # آبي أحمد: a verb form inside a person's name (أبى, refused) is no
            # trigger (NER also tags nouns such as هجوم كيمياوي PERS: they stay).
            names = [(m.char_start, m.char_end) for m in entities if m.entity_type == "PERS"
                     and sent.start <= m.char_start < sent.end and " " in m.text.strip()]
            view.triggers = [m for m in view.triggers if m.entry.pos != "verb" or not any(
                ns <= view.tokens[m.start].start and view.tokens[m.end - 1].end <= ne for ns, ne in names)]
            args = [x for x in args_of_sentence(view, actors, entities, sent_dates)
                    if x.char_start >= dateline_end]
            adjectives = state_adjectives(view, actors)
            sent_numbers = [n for n in numbers if sent.start <= n.char_start < sent.end]
            speaker = self._speaker(view, args, text)
            if speaker is not None:
                last_speaker = speaker
            elif view.cues.get("SAY") and view.cues["SAY"][0].start <= 1 or tuple(view.keys[:2]) in SAID_WHERE:
                speaker = last_speaker  # "وأضاف ...", "جاء ذلك خلال ..." carry on the last speaker
            # The subject a coordinated verb (…، واتهم) shares: the speaker's, then
            # the last verb's that named one.
            shared = speaker if speaker is None or not is_reporter(speaker) else None
            cause: Candidate | None = None  # the last act the sentence told, for its toll
            for trig in view.triggers:
                cand = self._candidate(view, trig, args, adjectives, speaker, shared, sent_dates,
                                       sent_numbers, pub_date, text, cause, game_report)
                if cand is not None:
                    if _called_on(view, trig, cand) or _judged_thing(view, trig, cand):
                        carried = speaker or last_speaker
                        cand.actor1, cand.actor2 = (None if carried is None or is_reporter(carried)
                                                    else carried), cand.actor1
                    out.append(cand)
                    cause = cand
                    if cand.verb_headed and cand.actor1 is not None and cand.actor1.strong:
                        shared = cand.actor1
        return out

    def _speaker(self, view: SentenceView, args: list[Arg], text: str) -> Arg | None:
        """The subject of the first speech verb of the sentence, if it names one."""
        for say in view.cues.get("SAY", ()):
            if say.entry.pos != "verb":
                continue
            stop, _ = _complement_start(view, len(view.tokens))
            limit = stop if stop > say.end else min(len(view.tokens), say.end + ARG_WINDOW)
            # شدد البيان على ضرورة تجاوب إيران: what a trigger after the verb governs is said, no speaker
            limit = min([limit] + [m.start for m in view.triggers if m.start >= say.end])
            # قال للصحفيين, صرح لوكالة: the one spoken to is no speaker.
            after = [x for x in args if say.end <= x.start < limit and not x.is_place
                     and not _addressee(view, x)]
            before = [x for x in args if x.end <= say.start and not x.is_place
                      and not governed_by(view, x.start, PREPOSITIONS)]  # (محادثاتهم في بروكسل، أكد: no speaker)
            named_before = before[-1] if before and say.start - before[-1].end <= 2 else None
            relative = None if named_before is None else next(
                (r for r in range(named_before.start - 1, max(named_before.start - 4, 0) - 1, -1)
                 if view.keys[r] in RELATIVES), None)
            if relative is not None:
                # وكالة سبأ التي يسيطر عليها المتمردون، فقالت; ترامب، الذي عارض الاتفاق، قال:
                # the head before the relative clause speaks, not the clause's subject
                named_before = next((x for x in before if 0 <= relative - x.end <= 1), None)
            if after and not (named_before is not None and named_before.strong and not after[0].strong):
                return extend_apposition(view, after[0], args, text)
            # المسماري أكد التقدم: a named subject right before the verb speaks.
            return named_before
        return None

    def _filtered(self, view: SentenceView, trig: Match, event_type: str, lower: int,
                  light: Match | None = None) -> str | None:
        """Why this trigger makes no event (negated, denied, hypothetical,
        questioned); a light verb's mood is its noun's (من المتوقع أن يشن النظام،
        مدعوما بغطاء جوي روسي، معارك)."""
        heads = (trig.start,) if light is None else (trig.start, light.start)
        if trig.entry.pos in ("noun", "phrase"):
            heads += (_existence_start(view, trig.start),)
        if any(_cue_before(view, "NEG", at, NEG_WINDOW, lower) for at in heads):
            return "negated"
        if any(m.end <= trig.start for m in view.cues.get("DENY", ())):
            return "denied"
        if event_type not in FORWARD and (any(_cue_before(view, "HYP", at, HYP_WINDOW, lower) for at in heads)
                                          or _hoped(view, trig, lower)):
            return "hypothetical"
        if event_type == "AGREE" and trig.entry.pos == "noun" and _cue_words_before(
                view, UNMADE_DEAL, trig.start, HYP_WINDOW):
            return "hypothetical"  # يمكن التوصل لاتفاق: a deal that can be reached is not made
        if _cue_words_before(view, CONDITIONALS, trig.start, NEG_WINDOW + 1):
            return "conditional"  # إذا وافقت على التخلي
        if any(m is not None and m.entry.tense == "imperf" and m.start > 0
               and any(v in WHENEVER for v in view.variants[m.start - 1]) for m in (trig, light)):
            return "whenever"  # عندما يلتقي الكبار, عندما يقدم وعدا: a habit or a condition, no deed
        if trig.entry.tense == "imperf" and trig.start > 0 and MAY in view.variants[trig.start - 1]:
            return "possible"  # الهجمات التي قد تستهدف المنشآت
        if trig.entry.pos in ("noun", "phrase") and (_may_verb(view, trig.start - 1)
                                                    or _may_verb(view, trig.end + 1, happening=True)):
            return "possible"  # الخيارات قد تشمل عملية عسكرية, الاجتماع قد يعقد في هلسنكي
        if any(t.text in SENTENCE_QUESTION for t in view.tokens[-2:]):
            return "questioned"
        if trig.entry.pos == "verb" and next(
                (view.keys[j] for j in range(trig.start - 1, -1, -1) if view.tokens[j].text not in QUOTES),
                "").removeprefix("و") in NOUN_BEFORE_VERB_FORM:
            return "a noun"  # بأي ثمن: price, not ثمّن (praised); وطلبت "تعاونا كاملا": cooperation asked
        if trig.entry.pos in ("noun", "phrase") and any(
                k in PURPOSE_WORDS for k in view.keys[max(trig.start - 2, 0):trig.start]):
            return "aimed at"  # من أجل (عقد) القمة: what for, not what happened
        if trig.entry.pos in ("noun", "phrase") and any(
                k in FORBIDDING for k in view.keys[max(trig.start - 2, 0):trig.start]):
            return "forbidden"  # فتوى بتحريم التفجيرات: a ban, not a bombing
        k = view.keys[trig.start]
        made_before = event_type == "AGREE" or (
            trig.entry.mode is None and not _new(view, trig) and not _made(view, trig))
        if event_type in ("AGREE", "SANCTION") and light is None and trig.entry.pos == "noun" and not _deal_made(
                view, trig) and (governed_by(view, trig.start, UNDER_A_DEAL) or glued_preposition(k)
                                 or definite(k) and made_before):
            # انسحاب واشنطن من الاتفاق النووي, بموجب اتفاق, الالتفاف على العقوبات,
            # إعفاء من العقوبات, تأثير العقوبات الأميركية: the deal or the sanctions
            # that stand, not ones made (with no verb to make, extend or tighten
            # them, the definite noun names ones made before; a withdrawal or a
            # sentence, which have a mode, is told as done)
            return "standing"
        return None

    def _governed(self, view: SentenceView, trig: Match, lower: int) -> bool:
        """A nominal trigger in the object of a forward-looking or future verb
        (دعا إلى وقف إطلاق النار, هدد بشن هجمات, ستوقف إطلاق الصواريخ) or in the
        ب-complement of a threat or call noun is what is asked or threatened,
        not a happening."""
        masdar = trig.start > 0 and view.keys[trig.start - 1] in PREPOSITIONS  # دعت إلى تحمل مسؤوليتها
        if trig.entry.pos == "verb" or (trig.entry.pos == "vphrase" and not masdar):
            return False
        if trig.start > 0 and view.keys[trig.start - 1] in TIME_PREPOSITIONS:
            return False  # طالبت العائلة ... خلال الاحتجاجات: when, not what
        for other in view.triggers:
            if other is trig or other.start >= trig.start or other.start < lower:
                continue
            if other.entry.type in FORWARD and other.entry.pos == "noun":
                # تهديدات التنظيم باستهداف الناخبين, دعوات بوقف القصف: the noun's
                # ب-complement is what is threatened or asked.
                # (a verbal noun may stand first: تهديدات أنقرة بشن عملية عسكرية)
                head = next((j for j in (trig.start, trig.start - 1) if j >= other.end
                             and view.keys[j][:1] == "ب"), None)
                between = [t.text for t in view.tokens[other.end:trig.start] if t.text not in QUOTES]
                if (head is not None and len(between) <= 5
                        and not any(t in CLAUSE_PUNCT or t in ".؛" for t in between)):
                    return True
            elif other.entry.type in FORWARD or other.future:  # ستعقد قمة, دعا إلى وقف القصف
                if self._in_object(view, other, trig):
                    return True
        # ستوقف كوريا الشمالية التجارب وإطلاق الصواريخ, توقف القتال: what stops
        # does not happen. Its object is near, with no preposition (توقفت بسبب
        # الغارات) or comma (بعد توقف دام عامين، استأنفت القصف) before it.
        return any(lower <= m.start and m.end <= trig.start <= m.end + HALT_WINDOW
                   and not any(view.tokens[i].text == "،" or not STOP_WORDS.isdisjoint(view.variants[i])
                               for i in range(m.end, trig.start))
                   and self._in_object(view, m, trig) for m in view.cues.get("HALT", ()))

    @staticmethod
    def _in_object(view: SentenceView, verb: Match, trig: Match) -> bool:
        """`trig` stands in the object of `verb`, which comes before it."""
        between = [t.text for t in view.tokens[verb.end:trig.start]]
        # The object runs on past commas, but a relative clause holding
        # the verb (المعلمون، الذين يطالبون بـ…، في مظاهرات) ends at one.
        relative = any(k in RELATIVES for k in view.keys[max(verb.start - 2, 0):verb.start])
        return not any(t in "؛;." for t in between) and not (relative and "،" in between)

    def _light_verb(self, view: SentenceView, trig: Match, lower: int) -> Match | None:
        """شن/نفذ/أجرى ... + a nominal trigger: the verb heads the event."""
        if trig.entry.pos not in ("noun", "phrase"):
            return None
        for m in view.cues.get("LIGHT", ()):
            if lower <= m.start < trig.start and trig.start - m.end <= LIGHT_WINDOW:
                if any(t.text in ".؛;" for t in view.tokens[m.end:trig.start]):
                    continue
                if any(m.end <= say.start < trig.start and say.entry.pos == "verb"
                       for say in view.cues.get("SAY", ())):
                    continue  # أصدر بيانا أكد فيه مقتل: the statement tells of it, the issuer did not do it
                if not any(m.start <= o.start < trig.start for o in view.triggers if o is not trig):
                    return m  # (a light verb that starts a trigger phrase is taken)
        return None

    def _candidate(self, view: SentenceView, trig: Match, args: list[Arg], adjectives: dict[int, Arg],
                   speaker: Arg | None,
                   shared_subject: Arg | None, sent_dates: list[Mention], sent_numbers: list[Mention],
                   pub_date: dt.date, text: str, cause: Candidate | None = None,
                   game_report: bool = False) -> Candidate | None:
        entry = trig.entry
        lower, say_at = _complement_start(view, trig.start)
        event_type, mode = entry.type, entry.mode
        # تم اعتقال/قتل X: after a passive auxiliary the next noun is the victim.
        passive = any(k in PASSIVE_AUXILIARIES for k in view.keys[max(trig.start - 3, lower):trig.start])
        # قتل 13 من الحوثيين, قتل عدد من الأطفال, اعتقل 20 شخصا: a verb followed
        # by a count or a quantity reports victims (but تظاهر آلاف الإيرانيين,
        # هاجم أربعة أشخاص السفارة: those counted protest, or did it to what
        # follows them, unless the verb kills or arrests).
        if entry.pos == "verb" and trig.end < len(view.tokens) and event_type != "PROTEST":
            nxt = view.tokens[trig.end]
            casualty = casualty_word(view, trig)
            counted = any(n.char_start == nxt.start for n in sent_numbers)
            passive = passive or (counted and (casualty or event_type == "COERCE"
                                               or not _object_after_count(view, trig, args))) or (
                casualty and view.keys[trig.end] in QUANTIFIERS)
            if event_type == "CONSULT" and RECEIVED in view.keys[trig.start] and _people_counted(
                    view, trig, sent_numbers):
                # استقبلت المملكة 422 من عناصر الخوذ البيضاء: hundreds received are given
                # refuge, not a visit
                event_type, mode, passive = "AID", None, False
        role = ("patient" if passive and entry.role != "undergoer" else
                "agent" if entry.role == "accused" else entry.role)
        light = self._light_verb(view, trig, lower)
        if self._filtered(view, trig, event_type, lower, light) or self._governed(view, trig, lower) \
                or _in_a_name(view, trig) or _said_in(view, trig) or _a_place(view, trig, args) \
                or _whoever(view, trig) or _a_noun_after_preposition(view, trig) \
                or _retook_no_ground(view, trig, args) or _no_participle_act(view, trig, args) \
                or _named_standing(view, trig, light, args) or _counted_noun(view, trig):
            return None
        deaths = casualty_word(view, trig) or entry.role == "undergoer"
        if any(m.start >= lower and (event_type == "ASSAULT" or event_type == "COERCE" and abs(
                m.start - trig.start) <= ACCIDENT_REACH) for m in view.cues.get("ACCIDENT", ())) or (
                deaths and any(m.start >= lower and _near_the_deaths(view, trig, m)
                               for m in view.cues.get("FIRE", ()))):
            # مقتل شخصين جراء الزلزال, احتجزتهم السيول, قتل 24 شخصا في حريق: no one attacked
            # or held them (a strike that set a fire, تسبب القصف في حرائق, is still one)
            return None
        if entry.role == "accused" and entry.pos == "phrase" and not any(
                trig.end <= o.start <= trig.end + 2
                and (o.entry.type in ("ASSAULT", "COERCE") or o.entry.role == "accused") for o in view.triggers):
            return None  # هو المسؤول عن ملف المفاوضات: in charge of a file, not to blame for a deed
        if event_type == "MOBILIZE" and entry.pos == "noun" and _struck(view, trig):
            return None  # استهدفت الغارات تعزيزات للحوثيين: reinforcements hit, not sent
        if game_report and event_type in PLAY_TYPES and not ("KILLED" in view.cues or "INJURED" in view.cues):
            return None
        dated_ahead = _dated_ahead(view, trig, light, sent_dates, pub_date)
        anticipated = _anticipated(view, trig)
        if anticipated and event_type == "CONSULT":
            return None  # قمة مرتقبة, عشية اجتماع: a meeting looked forward to, not one agreed
        future = (trig.future or _cue_before(view, "FUT", trig.start, 2, lower) or anticipated or dated_ahead
                  or _told_ahead(view, trig))
        if future and event_type not in FUTURE_OF and event_type not in FORWARD:
            return None  # ستندد المنظمة, سيتظاهرون: what is still to come has not happened
        announced_future = future and event_type in FUTURE_OF
        if announced_future:
            if say_at is None and event_type not in ("SUPPORT", "COOPERATE", "AID", "RETREAT"):
                return None
            if event_type == "CONSULT" and (speaker is None or not speaker.strong or speaker.kind == "AGENT"
                                            or is_reporter(speaker)):
                return None  # قال دبلوماسيون إن مجلس الأمن سيجتمع: a schedule told, no one's promise
            event_type, mode = FUTURE_OF[event_type]
        if light is None and event_type not in FORWARD and purpose_noun(view, trig):
            return None
        c = clause_of(view, trig, args, lower, say_at, light, role, passive, event_type)
        if event_type == "THREATEN" and _warned_of_a_danger(view, c):
            return None
        if c.light is not None:
            actor1, actor2 = light_arguments(view, c)
        elif c.nominal:
            actor1, actor2 = nominal_arguments(view, c, adjectives)
        else:
            if entry.tense == "part" and plausible_subject(speaker, trig) and any(
                    m.entry.pos == "verb" and m.end <= trig.start for m in view.cues.get("SAY", ())):
                shared_subject = speaker  # قال الوزير إن الميليشيات قتلت …، محذرا: the one who speaks warns
            actor1, actor2 = verb_arguments(view, c, shared_subject)
            if (actor1 is not None and actor1.end <= trig.start and actor1 is not shared_subject
                    and (event_type == "COERCE" or casualty_word(view, trig)) and not _has_object(view, trig)):
                # إن أحد القيادات قتل، اليوم: a killing or arresting verb with no
                # object is passive (قُتل); its subject is the victim.
                actor1, actor2 = c.agent_marked, actor1
        # (a meeting announced is the meeters' promise: أعلن البيت الأبيض أن بومبيو سيزور)
        actor1, actor2 = statement_frame(view, c, actor1, actor2, speaker, event_type,
                                         announced_future and entry.type != "CONSULT")
        partner = clash_partner(view, trig, args) if deaths and event_type == "ASSAULT" else None
        if partner is not None and (actor1 is None or actor1.end <= trig.start):
            # أعلنت تركيا مقتل أربعة من جنودها في اشتباكات مع الحزب: the side they clashed
            # with killed them, not the one who tells it
            actor1, actor2 = partner, (None if actor2 is partner else actor2)
        # هاجم محتجون, تفريق المحتجين: a trigger that names its doers is its own actor1.
        actor1 = next((x for x in args if x.start <= trig.start < x.end and not x.is_place), actor1)
        if actor1 is not None:
            actor1 = extend_apposition(view, actor1, args, text)
        if actor2 is not None:
            actor2 = extend_apposition(view, actor2, args, text, into_states=False)  # مواقع + الإرهابيين
        actor1, actor2 = (None if x is not None and how_or_what(x) else x for x in (actor1, actor2))
        if actor1 is not None and actor2 is not None and actor2.start >= 2 and view.keys[actor2.start - 1] == FROM \
                and view.tokens[actor2.start - 2].end == actor1.char_start + len(actor1.text) \
                and view.tokens[actor2.start - 2].start == actor1.char_start and a_count(view, actor2.start - 2):
            actor2 = None  # احتج آلاف من طالبي اللجوء: the من says who the counted are (not طلب X من Y)
        if (c.nominal and event_type == "ASSAULT" and cause is not None and cause.event_type == "ASSAULT"
                and cause.actor1 is not None and _result_of(view, trig)):
            actor1 = cause.actor1  # غارات ... مما أسفر عن مقتل مدني: the raiders killed
        if not c.nominal and c.light is None and _describes(view, trig, cause, args):
            # شنت طائرات التحالف غارات جوية، استهدفت مواقع: the raids targeted; what
            # follows the verb is its object
            actor1, actor2 = cause.actor1, actor1 if actor1 is not None and actor1.start >= trig.end else actor2
        if event_type == "MOBILIZE" and view.keys[trig.start].lstrip("وف").startswith(CROWDED) and not (
                actor1 is not None and actor1.sector in ARMED_SECTORS):
            return None  # احتشد آلاف التونسيين, احتشدت الجماهير: a crowd gathered; القوات تحتشد masses
        if event_type == "PROTEST" and actor1 is not None and actor1.sector in GOVERNING_SECTORS:
            if actor1.sector == "GOV" and entry.pos == "verb" and PROTESTED in view.keys[trig.start] \
                    and not plural_agreement(view, trig):
                # احتجت موسكو بشدة, تركيا تحتج, احتج رئيس البلاد: a state or its
                # officer protests in words (not تظاهر, اعتصم: in the streets)
                event_type, mode = "ACCUSE", "disapprove"
            else:
                # مسيرة احتجاجية قرب إسرائيل, احتجاجات الأردن, اعتقلت الشرطة من كانوا
                # يحتجون: no state or police marches (a state's own protest, احتجاج
                # إيران الشديد, reads like the protests in it, and is left without actor1)
                actor1 = None
        if event_type == "ASSAULT" and _death_sentence(view, trig):
            event_type, mode = "SANCTION", "convict"  # حكمت عليهم بالإعدام: sentenced, not killed
        if event_type == "ACCUSE" and mode == "disapprove" and (_judicial(actor1) or _convicted(view, trig)):
            event_type, mode = "SANCTION", "convict"  # أدانت المحكمة 45 شخصا: a conviction
        # (by characters: a speaker carried over has token offsets of its own sentence)
        if actor2 is not None and actor1 is not None and (
                actor1.char_start <= actor2.char_start < actor1.char_start + len(actor1.text)
                or key(actor1.text) == key(actor2.text)):
            actor2 = None
        if mode == "phone" and actor2 is not None and is_reporter(actor2):
            return None  # قال في اتصال هاتفي مع وكالة فرانس برس: how the news was gathered
        if mode == "phone" and entry.pos == "verb" and not (_call_party(actor1) and _call_party(actor2, called=True)):
            return None  # اتصل بالشرطة, اتصلت بي بي سي بناشر: a call is news between named parties
        # The span: light verb through noun when they stand close (نفذت غارات,
        # شن هجوما), else the noun alone (not the subject and date between).
        near_light = light is not None and trig.start - light.end <= 2
        span_start = view.tokens[c.head if near_light else trig.start].start
        span_end = view.tokens[trig.end - 1].end
        event_date, date_source = self._date(view, trig, sent_dates, pub_date)
        period = self._period(view, trig, sent_dates)
        place = self._place(view, args, trig, lower, c.upper, text)
        killed = injured = None
        # A running total or an anniversary recalls: its toll is no single
        # happening's, and the event is background.
        recap = _span_since(view, sent_dates, pub_date, lower) or _cue_words_before(
            view, ANNIVERSARY, trig.start, ANNIVERSARY_WINDOW)
        if event_type == "ASSAULT":
            if not recap:
                killed, injured = self._casualties(view, sent_numbers, lower, c.upper)
            if mode is None:
                mode = self._mode(view, lower, c.upper)
            if (mode is None and killed is None and injured is None
                    and view.keys[trig.start].lstrip("وف") in ATTACK_WORDS and _in_words(view, trig, actor1)):
                event_type, mode = "ACCUSE", "disapprove"  # words, not weapons
        return Candidate(
            event_type=event_type, event_mode=mode,
            trigger_text=text[span_start:span_end], char_start=span_start, char_end=span_end,
            sentence=view.sentence.text, sentence_index=view.index, prior=entry.prior,
            nominal=c.nominal, announced=c.nominal and (_announced(view, c.head) or _carried_out(view, trig)),
            old=recap or (period is not None and period[1] < pub_date - dt.timedelta(days=BACKGROUND_DAYS)),
            period=period[:2] if period is not None and period[2] != "day" else None,
            background=any(k in RELATIVES for k in view.keys[max(trig.start - 2, 0):trig.start]),
            in_quote=say_at is not None or _in_quotes(view, trig.start),
            event_date=event_date, date_source=date_source, actor1=actor1, actor2=actor2,
            location_text=place.text if place else None, location_strong=place is not None,
            killed=killed, injured=injured, verb_headed=c.light is not None or not c.nominal)

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

    def _period(self, view: SentenceView, trig: Match, sent_dates: list[Mention]
                ) -> tuple[dt.date, dt.date, str] | None:
        """(first day, last day, granularity) of the nearest DATE within reach of
        the trigger in its time frame (منذ/حتى X bound a span, they do not date it)."""
        pos = view.tokens[trig.start].start
        d = _nearest_date(pos, sent_dates)
        if d is None or _span_limit(view, d):
            return None
        # A time word between them opens another time frame (تلك التظاهرات ...
        # بعد احتجاجات مماثلة الأسبوع الماضي: last week is the other protests'),
        # unless it governs the date itself (خلال الأسبوع الماضي).
        lo, hi = sorted((pos, d.char_start))
        between = [i for i, t in enumerate(view.tokens) if lo <= t.start < hi and i != trig.start]
        if any(view.keys[i] in TIME_PREPOSITIONS and view.tokens[i].end < d.char_start - 1
               and not (i + 1 < len(view.tokens) and view.tokens[i + 1].start >= d.char_start)
               for i in between):
            return None
        try:
            first = dt.date.fromisoformat(d.value[:10])
        except ValueError:
            return None
        granularity = d.granularity or "day"
        if granularity == "week":
            return first, first + dt.timedelta(days=6), granularity
        if granularity == "month":
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, following - dt.timedelta(days=1), granularity
        if granularity == "year":
            return first, first.replace(month=12, day=31), granularity
        return first, first, granularity

    def _casualties(self, view: SentenceView, numbers: list[Mention], lower: int,
                    upper: int) -> tuple[int | None, int | None]:
        """(killed, injured) of the clause. Each NUMBER goes to the nearest
        casualty word (5 قتلى, مقتل 5, قتيلين) within reach, hedges (ما لا يقل
        عن, أكثر من) not counted; counts joined by و (قتل 13 من الحوثيين و 9
        من الجنود) add up; of several figures the largest stands; a casualty
        word before one indefinite person (مقتل مدني) counts one. A number
        before a unit of time (13 عاما) is an age or a span."""
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
                if last + 1 < len(view.keys) and view.keys[last + 1] in DURATIONS:
                    continue
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
        for m, kind in cues:
            # مقتل مدني, إصابة طفل: no count, one person.
            if not figures[kind] and m.end < len(view.tokens) and view.keys[m.end] in SINGLE_PERSONS:
                figures[kind].append(1)
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
        char_start = view.tokens[start].start
        first = view.tokens[start].text
        for clitics in ("وب", "ب", "و", "ف"):  # بمحافظة الحديدة -> محافظة الحديدة
            if first.startswith(clitics) and key(first[len(clitics):]) in PLACE_NOUNS:
                char_start += len(clitics)
                break
        return Arg(start, p.end, text[char_start:view.tokens[p.end - 1].end], char_start,
                   p.name, p.country, p.sector, p.kind, p.from_dictionary)
