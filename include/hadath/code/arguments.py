"""Argument linking: who did it to whom, read off the clause a trigger
stands in. Arabic news puts the doer after a verb (VSO: اتهم لافروف الولايات
المتحدة) or before it (SVO, always after أن), the doer of a nominal trigger in
its genitive (هجوم داعش على السجن), the target after على/ضد, and the doer of
a passive after على يد/من قبل. A statement (قال/أكد/أعلن X إن ...) makes its
speaker the doer of a verbal event in it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from hadath.code.lexicon import is_verb
from hadath.code.plover import VERBAL
from hadath.code.words import (ABOUT, ACTING_AGENCIES, AGENT_MARKERS, ALA_YAD, ANY, ATTRIBUTION, BACKING,
                               BACKING_WITH_FROM, BETWEEN, BORDER_WORDS, CHARGE_NOUNS, CLASH_WORDS, CLAUSE_OPENERS,
                               CLAUSE_PUNCT, COLLECTIVES, COMPARATIVES, COMPLEMENTIZERS, CONTRASTING, COUNTERPART,
                               DOCUMENT_NOUNS, FROM_DOER_TYPES, GENERAL, HEDGES, IN, INSTITUTION_NOUNS, MANNER,
                               MANNER_NOUNS, MASCULINE_TITLES, MAY, MEDIATION, NEWS_OUTLETS, NOUNS_TAKING_L,
                               OBJECT_CARRIERS, ON, PARTNER_TYPES, PASSIVE_AUXILIARIES, PLACE_NOUNS, PREPOSITIONS,
                               QUANTIFIERS, QUOTES, RELATIVES, REPLY_WORDS, RESUMPTIVE, SEATED, SOURCE_WORDS,
                               STOP_WORDS, TARGET_MARKERS, THAT_HE, TIME_PREPOSITIONS, TITLE_ADJECTIVES, WAS, WITH,
                               WITHOUT)
from hadath.records import Mention
from hadath.text.numbers import NUMBER_WORDS
from hadath.text.normalize import key

if TYPE_CHECKING:
    from hadath.code.coder import SentenceView
    from hadath.code.lexicon import Match

ARG_WINDOW = 8
# The verbal types whose subject speaks of someone else's deed: condemns,
# rejects, asks to stop or discusses it (an accused, اتهم X بـ, did it).
JUDGED_BY_WORDS = frozenset({"ACCUSE", "REJECT", "REQUEST", "CONSULT"})
FROM = key("من")
# The cue class of a light verb after its noun, pointing back to it (هجوم شنته المقاومة).
LIGHT_BACK = "LIGHT_BACK"
COMPASS_POINTS = frozenset(key(w) for w in "شمالي جنوبي شرقي غربي".split())
POSITIONS = frozenset(key(w) for w in "وسط شمال جنوب شرق غرب قرب محيط داخل أطراف ضواحي".split())
# Verbal nouns on keys (أ إ folded to ا, ة to ه): تفعيل تفعّل افتعال انفعال
# استفعال افعال مفاعلة; a root letter ends them (تركيا, تونس are names)
# The verbal-noun patterns no broken plural shares (not إفعال: أنصار, أكراد),
# and the bodies and things named by one (تنظيم داعش, الائتلاف الوطني, الاحتلال
# for Israel, تطبيق تليغرام).
ACT_NOUN = re.compile(r"است...+|ا.ت.ا[^اوي]|ان..ا[^اوي]|ت..ي[^اوي]")
OTHERS = frozenset(key(w) for w in "أخرى اخرى".split())
BODY_NOUNS = frozenset(key(w) for w in "تنظيم ائتلاف إئتلاف احتلال تطبيق تقرير".split())
VERBAL_NOUN = re.compile(r"ت..ي[^اوي]|ت[^اوي]..|ا.ت.ا[^اوي]|ان..ا[^اوي]|است...+|ا..ا[^اوي]|م.ا..ه")
# بشدة, بقوة, بموجبه, بضرورة, بفرض, بتهمة: how, under what, on what charge
OBLIQUE_NOUNS = frozenset(key(w) for w in "شدة قوة سرعة موجب موجبه ضرورة فرض تهمة تهم".split())
RESUMED_REACH = 2  # words between the noun and that verb (واسع, الذي)
VICTIM_REACH = 3  # words between مقتل and its victims (23 من)
JUDGE_REACH = 4  # words of title between a verb of judging and its subject's name
CLASH_REACH = 12  # words between a death and the clash it came in (مصرع 6 مسلحين ...، في تبادل)
BETWEEN_REACH = 3  # words between a meeting noun and بين (مفاوضات تجري حاليا بين)
PARTICLE_STARTS = frozenset(key(w) for w in "لطالما طالما أما اما مازال ما زال لازال".split())
CAUSE_WORDS = frozenset(key(w) for w in "بسبب بتهمة بتهم إثر اثر جراء لدوره لدورها على خلفية".split())


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


def args_of_sentence(view: SentenceView, actors: list, entities: list[Mention],
                      dates: list[Mention]) -> list[Arg]:
    """Actor-dictionary matches first, NER mentions that overlap none of them
    next, then noun-phrase chunks of the words no entity covers (so the coder
    still finds "قوات الجيش" or "وزارة الخارجية" when NER finds nothing)."""
    s, e = view.sentence.start, view.sentence.end
    starts = [t.start for t in view.tokens]

    def span(cs: int, ce: int) -> tuple[int, int]:
        return _token_span(starts, cs, ce)

    def nobody_after(i: int) -> bool:
        """طائرة بدون طيار, المرصد ومقره بريطانيا: the pilot or the state named is no one here."""
        return i > 0 and (view.keys[i - 1] in WITHOUT or view.keys[i - 1] in SEATED)

    args: list[Arg] = []
    taken: list[tuple[int, int]] = [(d.char_start, d.char_end) for d in dates]
    # (مؤتمر صحفي مشترك: a phrase's own later words are no one, صحفي no journalist)
    inner = {i for m in view.triggers if m.end - m.start > 1 for i in literal_tokens(view, m) if i != m.start}
    for a in actors:
        if s <= a.char_start and a.char_end <= e and a.kind != "ADJ":
            i, j = span(a.char_start, a.char_end)
            if nobody_after(i) or set(range(i, j)) <= inner:
                continue
            args.append(Arg(i, j, a.text, a.char_start, a.name, a.country, a.sector,
                            kind=a.kind, from_dictionary=True))
            taken.append((a.char_start, a.char_end))
    trigger_words = _trigger_words(view)
    trigger_spans = [(view.tokens[i].start, view.tokens[i].end) for i in trigger_words]
    for m in entities:
        if m.entity_type not in ("PERS", "ORG", "LOC") or not (s <= m.char_start and m.char_end <= e):
            continue
        # An NER span over a dictionary actor or over a trigger word (واستسلام) is not taken.
        if any(m.char_start < te and ts < m.char_end for ts, te in taken + trigger_spans):
            continue
        i, j = span(m.char_start, m.char_end)
        if nobody_after(i):
            continue
        args.append(Arg(i, j, m.text, m.char_start, kind=m.entity_type))
        taken.append((m.char_start, m.char_end))
    blocked = {i for ms in view.cues.values() for m in ms if m.entry.type not in ("MODE", "KILLED", "INJURED")
               for i in range(m.start, m.end)}
    for ts, te in taken:  # tokens an entity or a date already covers
        i, j = span(ts, te)
        blocked.update(range(i, j))
    blocked |= trigger_words
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
        # خلاله, بينهم, وبعد: a stop word under clitics is still one.
        free = (t.text[:1].isalpha() and len(k) > 1 and i not in blocked
                and (not any(v in STOP_WORDS for v in view.variants[i]) or _general(view, i, chunk))
                and k not in COMPLEMENTIZERS
                and (k,) not in AGENT_MARKERS  # برصاص marks the doer after it
                and not is_verb(k)  # مسؤولين أمريكيين | دخلوا كوريا
                and not nobody_after(i)
                and not (i > 0 and view.keys[i - 1] in MANNER)  # استهدفت بشكل خاص بلدات
                and k not in BACKING and k not in BACKING_WITH_FROM  # (مسنودة بطيران التحالف, بدعم من)
                and not _paper_of(view, i, blocked))
        # A preposition glued to a word (بقوات, للجيش) starts an oblique, not an actor.
        if not free or len(chunk) == 4 or (chunk and k[:1] in "بل" and len(k) > 3):
            close()
        if free and not (k[:1] in "بل" and len(k) > 3 and not chunk and k[1:3] in ("ال", "ل")):
            chunk.append(i)
    close()
    args.sort(key=lambda a: a.start)
    return _absorb_aliases(view, _join_heads(view, _absorb_adjectives(view, args)))


def _trigger_words(view: SentenceView) -> set[int]:
    """The tokens of the sentence's triggers, not the words a gap in a phrase
    let stand between (أطلقت المعارضة المسلحة سراحهم: the opposition is a doer)."""
    return {i for m in view.triggers for i in literal_tokens(view, m)}


def literal_tokens(view: SentenceView, m: Match) -> set[int]:
    """The tokens of a match that are its own words (the first and those the entry lists)."""
    literal = set(m.entry.words)
    return {i for i in range(m.start, m.end) if i == m.start or literal & set(view.variants[i])}


def _absorb_aliases(view: SentenceView, args: list[Arg]) -> list[Arg]:
    """وكالة الأنباء الإيرانية (إرنا), الاتحاد الدولي لكرة القدم (فيفا): a name in
    brackets right after an actor is another name of it, neither a second doer
    nor the object of the verb; منظمة "هيومن رايتس ووتش": so is a quoted name
    right after an institution noun, which it names."""
    out: list[Arg] = []
    for a in args:
        prev = out[-1] if out else None
        closed = a.end < len(view.tokens)
        # (not a lone adjective before the brackets, البنك | المركزي الأمريكي (الاحتياطي الفيدرالي),
        # which belongs to the noun before it)
        bracketed = (prev is not None and a.start == prev.end + 1 and view.tokens[prev.end].text == "("
                     and closed and view.tokens[a.end].text == ")"
                     and not prev.is_place and prev.kind != "LOC"
                     and (prev.strong or not _adjectival(view, prev)))
        quoted = (prev is not None and a.start == prev.end + 1 and prev.end - prev.start == 1
                  and view.tokens[prev.end].text in QUOTES and closed and view.tokens[a.end].text in QUOTES
                  and any(v in INSTITUTION_NOUNS for v in view.variants[prev.start]))
        if bracketed or quoted:
            s = view.sentence.start
            out[-1] = replace(prev, end=a.end + 1,
                              text=view.sentence.text[prev.char_start - s:view.tokens[a.end].end - s],
                              name=prev.name or a.name, country=prev.country or a.country,
                              sector=prev.sector or a.sector, from_dictionary=prev.from_dictionary,
                              kind=a.kind if quoted else prev.kind)
            continue
        out.append(a)
    return out


def _general(view: SentenceView, i: int, chunk: list[int]) -> bool:
    """الأمين العام, النائب العام, الأمن العام: العام after a definite word of
    the phrase agrees with it, an adjective ("general", "public"), no year."""
    return view.keys[i] == GENERAL and bool(chunk) and definite(view.keys[chunk[-1]])


def _paper_of(view: SentenceView, i: int, blocked: set[int]) -> bool:
    """قرار ترامب, قرار الأمم المتحدة: a decision or a paper in construct with
    its maker is no actor, the maker is; قرارا, تقريرا (indefinite, in the
    accusative) is an object, so whatever follows it (يدعو) has the subject of
    the verb that took it (أصدرت المنظمة تقريرا يدعو)."""
    k = view.keys[i]
    for clitic in ("و", "ف"):
        if k.startswith(clitic) and k[1:] in DOCUMENT_NOUNS:
            k = k[1:]
    if k not in DOCUMENT_NOUNS:
        return False
    nxt = view.keys[i + 1] if i + 1 < len(view.tokens) else ""
    return k.endswith("ا") or bool(nxt) and (i + 1 in blocked or nxt.startswith("ال"))


def how_or_what(arg: Arg) -> bool:
    """بتقويض النظام, بإرسال قربان, بشدة: a chunk of words that a ب glued to a
    verbal noun or a manner word opens says how or what, never who. Verbal
    nouns go by their patterns (تفعيل, افتعال, استفعال, ...); a one-word name
    some pattern fits (بإيران, بتركيا) is one the dictionary or NER names, and
    is kept."""
    words = arg.text.split()
    named = arg.name is not None or (arg.kind in ("PERS", "ORG", "LOC") and len(words) == 1)
    first = key(words[0]) if words and not named else ""
    if arg.kind == "NP" and key(arg.text) in OTHERS:
        return True  # جاءت هذه الغارات بعد أخرى: another of the things told
    if arg.kind == "NP" and first[:1] != "ب":
        # استنكرت استخدام الأسلحة الكيماوية: a chunk a verbal noun heads is an act
        bare = first[2:] if first.startswith("ال") else first
        return bare not in BODY_NOUNS and ACT_NOUN.fullmatch(bare) is not None
    if first[:1] != "ب" or len(first) < 4:
        return False
    rest = first[3:] if first[1:3] == "ال" else first[1:]
    return rest in OBLIQUE_NOUNS or VERBAL_NOUN.fullmatch(rest) is not None


def _absorb_adjectives(view: SentenceView, args: list[Arg]) -> list[Arg]:
    """A lone adjective names no one: آليات عسكرية, الكلية البحرية widen the
    actor phrase before it; after an event noun (الهجمات الإرهابية), a cue or a
    noun no argument holds (بالأنشطة العسكرية) it goes."""
    held = {i for a in args for i in range(a.start, a.end)}
    verbs = {i for m in view.triggers if m.entry.pos in ("verb", "vphrase") for i in range(m.start, m.end)}
    out: list[Arg] = []
    for a in args:
        if _describes_noun_before(view, a):
            head = out[-1] if out else None
            if head is not None and head.end == a.start and head.kind in ("AGENT", "NP", "ORG"):
                s = view.sentence.start
                out[-1] = replace(head, end=a.end, text=view.sentence.text[head.char_start - s:
                                                                          view.tokens[a.end - 1].end - s])
                continue
            if a.start - 1 not in held and a.start - 1 not in verbs:
                continue
        out.append(a)
    return out


def _describes_noun_before(view: SentenceView, arg: Arg) -> bool:
    """الهجمات الإرهابية, مراسم ترحيب عسكرية: one relative adjective (nisba)
    agreeing in the article with the noun right before it describes that noun
    and names no one (not الحوثيين, a plural; not هجوم الحوثي, a genitive)."""
    if arg.end - arg.start != 1 or arg.name or arg.kind not in ("AGENT", "NP") or arg.start == 0:
        return False
    noun, word = view.keys[arg.start - 1], view.keys[arg.start]
    stem = word.lstrip("وف")
    return (len(stem) > 4 and stem.endswith(("ي", "يه", "يا")) and not stem.endswith(("يي", "ويه"))
            and stem not in NUMBER_WORDS  # مقتل ثمانية مدنيين
            and stem not in COMPASS_POINTS  # جيشها شمالي العراق: "north of", not an adjective
            and view.tokens[arg.start - 1].text[:1].isalpha()
            # the written article: keys fold آليات to اليات
            and definite(view.tokens[arg.start - 1].text) == definite(view.tokens[arg.start].text)
            and not is_verb(noun) and noun not in PREPOSITIONS and noun not in STOP_WORDS)


def _token_span(starts: list[int], char_start: int, char_end: int) -> tuple[int, int]:
    """Tokens [start, end) of a sentence whose tokens start at `starts` that
    chars [char_start, char_end) cover."""
    a = max(bisect.bisect_right(starts, char_start) - 1, 0)
    return a, max(bisect.bisect_left(starts, char_end), a + 1)


def state_adjectives(view: SentenceView, actors: list) -> dict[int, Arg]:
    """The sentence's lone country adjectives (القصف التركي), by first token."""
    out: dict[int, Arg] = {}
    lone = [a for a in actors if a.kind == "ADJ"
            and view.sentence.start <= a.char_start and a.char_end <= view.sentence.end]
    starts = [t.start for t in view.tokens] if lone else []
    for a in lone:
        i, j = _token_span(starts, a.char_start, a.char_end)
        out[i] = Arg(i, j, a.text, a.char_start, a.name, a.country, a.sector, kind="ADJ", from_dictionary=True)
    return out


def definite(k: str) -> bool:
    """الهجوم, بالقصف, للغارات: the article, behind proclitics or not."""
    return k.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


def _state_of_deed(view: SentenceView, trig: Match, adjectives: dict[int, Arg]) -> Arg | None:
    """القصف التركي, الغارات الجوية الإسرائيلية, قصف روسي: a country adjective
    on the trigger noun, agreeing with it in definiteness, names its doer.
    Not the adjective of an object inside the trigger (الانسحاب من الاتفاق
    الإيراني), nor of a deal's subject (الاتفاق النووي الإيراني: a name)."""
    if any(k in PREPOSITIONS for k in view.keys[trig.start + 1:trig.end]):
        return None
    the_deed = definite(view.keys[trig.end - 1])
    reach = 1 if trig.entry.type == "AGREE" else 3
    for i in range(trig.end, min(trig.end + reach, len(view.tokens))):
        k = view.keys[i]
        if definite(k) != the_deed:
            return None
        if i in adjectives:
            return adjectives[i]
        if not k.endswith(("ي", "يه")):  # only nisba adjectives stand between (الجوية, المدفعي)
            return None
    return None


def _perfect_verb(k: str) -> bool:
    """أحرزت, شنت: a word in ت that is no plural in ات reads as a verb, not a head noun."""
    return k.endswith("ت") and not k.endswith("ات")


def _nun_plural(k: str) -> bool:
    """منتقدون, مسؤولون أمريكيون: an indefinite sound plural keeps its ن only
    outside a construct, so a name after it is its object, not its part
    (مسلحي داعش drops it; المعارضين حسين الخولاني is an apposition)."""
    return len(k) > 4 and k.endswith(("ون", "ين")) and not definite(k)


def _headed(view: SentenceView, head: Arg, a: Arg) -> Arg:
    """`head` + the actor `a` right after it, as one actor that is `a`."""
    s = view.sentence.start
    text = view.sentence.text[head.char_start - s:view.tokens[a.end - 1].end - s]
    return Arg(head.start, a.end, text, head.char_start, a.name, a.country, a.sector, a.kind,
               a.from_dictionary)


def _join_heads(view: SentenceView, args: list[Arg]) -> list[Arg]:
    """A lone place noun (محافظة, مدينة) that the dictionary took for an office,
    followed by a name, is a place: محافظة صعدة. A quantifier or a bare noun
    before an actor is part of it: جميع عناصر التنظيم, شركاء أمريكا."""
    out: list[Arg] = []
    for a in args:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "NP" and a.start == prev.end and not a.is_place
                and all(k in QUANTIFIERS for k in view.keys[prev.start:prev.end])):
            out[-1] = _headed(view, prev, a)
            continue
        if (prev is not None and prev.kind == "PLACE_NOUN" and a.start == prev.end
                and not view.keys[prev.start].lstrip("وفب").startswith("ال")):
            last = view.tokens[a.end - 1]
            out[-1] = Arg(prev.start, a.end, view.sentence.text[prev.char_start - view.sentence.start:
                                                                   last.end - view.sentence.start],
                          prev.char_start, kind="LOC")
            continue
        if (prev is not None and prev.kind == "NP" and prev.end - prev.start == 1 and a.start == prev.end
                and a.strong and not a.is_place and view.tokens[prev.start].text[:1].isalpha()
                and not _perfect_verb(view.keys[prev.start]) and not _nun_plural(view.keys[prev.start])
                and not view.keys[prev.start].lstrip("وف").startswith(("ال", "ل", "ب"))):
            # شركاء أمريكا, مسلحي داعش: a bare noun heads the named actor after it.
            out[-1] = _headed(view, prev, a)
            continue
        if a.end - a.start == 1 and not a.name and any(v in PLACE_NOUNS for v in view.variants[a.start]):
            a = Arg(a.start, a.end, a.text, a.char_start, kind="PLACE_NOUN")
        out.append(a)
    return [Arg(a.start, a.end, a.text, a.char_start, kind="GENERIC_PLACE") if a.kind == "PLACE_NOUN" else a
            for a in out]


def in_sentence(view: SentenceView, arg: Arg | None) -> bool:
    """arg was found in this sentence (not carried over from a speaker before it)."""
    return arg is not None and view.sentence.start <= arg.char_start < view.sentence.end


def extend_apposition(view: SentenceView, arg: Arg, args: list[Arg], text: str,
                      into_states: bool = True) -> Arg:
    """Join an actor phrase, its genitive complement, the adjectives right after
    it and one name set off by a comma (محكمة النقض المصرية; رجل الدين الشيعي
    العراقي، مقتدى الصدر; المتحدث باسم الخارجية، نيد برايس). A target stops
    before a state or place name (سكان | الغوطة الشرقية): that is where."""
    if not in_sentence(view, arg):
        return arg  # a speaker carried over from an earlier sentence
    current, comma_used = arg, False
    while True:
        nxt = next((o for o in args if o.start >= current.end and o.start - current.end <= 1), None)
        if nxt is None or nxt.is_place or (not into_states and nxt.kind == "LOC"):
            return current
        gap = [t.text for t in view.tokens[current.end:nxt.start] if t.text != "#"]  # (مايك #بومبيو)
        # محكمة + النقض: an indefinite office noun heads a construct; a definite
        # one (استخدمت الشرطة الهراوات) is followed by an object.
        construct = (current.kind == "AGENT" and not current.name and nxt.kind == "NP"
                     and current.end - current.start == 1
                     and not view.keys[current.start].lstrip("وفبل").startswith("ال")
                     and view.keys[nxt.start].startswith("ال"))
        # مدفعية الجيش اليمني, مسلحي داعش: a bare noun before a named actor is
        # a part of it (منتقدون | الرئيس أردوغان: not one in the plural with ن).
        after_plural = current.kind == "NP" and _nun_plural(view.keys[current.end - 1])
        part_of = (current.kind == "NP" and nxt.strong and current.end - current.start == 1
                   and not view.keys[current.start].lstrip("وفبل").startswith("ال"))
        person = nxt.kind == "PERS" and not _behind_clitic(view, nxt)  # (ماي | للرئيس الأسد: to him)
        # الأمين العام | للأمم المتحدة, المبعوث الخاص | لسوريا: a title that ends
        # in an adjective takes the body it serves with ل.
        # (not المبعوث الخاص | ليبيا, a place he went to)
        body = view.keys[nxt.start]
        of_body = (nxt.strong and view.keys[current.end - 1] in TITLE_ADJECTIVES and body[:1] == "ل"
                   and (body.startswith("لل") or body[1:] in INSTITUTION_NOUNS or nxt.kind in ("ORG", "AGENT")
                        or _behind_clitic(view, nxt)))  # (لسوريا: ل glued to the name, not ليبيا)
        closed = view.tokens[current.end - 1].text == ")"  # (مكتب التحقيقات (إف بي آي) | مكتب كوهين)
        # مقتل أربعة | من مسلحي داعش: the من after a count says who is counted
        counted = (current.end - current.start == 1 and a_count(view, current.start)
                   and [key(g) for g in gap] == [FROM])
        if counted or not gap and not closed and (((person or part_of) and not after_plural) or construct
                                                  or of_body or (nxt.kind == "NP" and _adjectival(view, nxt))):
            pass
        elif gap in (["،"], [","]) and not comma_used and view.keys[nxt.start][:1] != "و" \
                and not glued_preposition(view.keys[nxt.start]) \
                and not view.keys[nxt.start].startswith(COUNTERPART) \
                and view.keys[nxt.start] not in COMPARATIVES:  # (ترمب، بالوزير; ترامب، نظيره; الوزارة، أبرز)
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
    if "ال" in view.keys[trig.start][:4] or "ال" in view.keys[trig.end - 1][:4] or _adjectival(view, arg):
        return False  # (إطلاق الصواريخ البالستية, تسليم السلاح الثقيل: the adjective of the trigger's own noun)
    first = view.keys[arg.start].lstrip("وفبلك")
    # (انسحاب مقاتلي فصيل: a participle's plural in a construct, not a nisba; not
    # قصف جوي ومدفعي كثيف, an adjective joined by و)
    construct = (first[:1] == "م" and first.endswith("ي") and len(first) >= 5 and arg.end - arg.start >= 2
                 and view.keys[arg.start][:1] != "و")
    return first.startswith("ال") or first in QUANTIFIERS or construct or not first.endswith(("ه", "ي", "ا"))


def _condemned_for(view: SentenceView, x: Arg, head: int) -> bool:
    """أدان مجلس الأمن كوريا الشمالية بسبب إطلاق صاروخ, أدان القضاء صلاح عبد
    السلام بتهمة محاولة قتل: x is the one condemned when a word of cause
    stands between it and the deed (not أدانت فرنسا وألمانيا الهجوم)."""
    return any(view.keys[i].lstrip("و") in CAUSE_WORDS for i in range(x.end, head))


def _subject_before(view: SentenceView, before: list[Arg], head: int) -> Arg | None:
    """The nearest named actor before a nominal trigger, with no other trigger
    between them (else it is that trigger's actor)."""
    for x in reversed(before):
        if head - x.end > ARG_WINDOW or any(t.text in ".:؛;" for t in view.tokens[x.end:head]):
            return None
        if any(x.end <= m.start < head for m in view.cues.get("SAY", ())):
            return None  # أفاد المرصد بمقتل 38: the one who reports it did not do it
        if any(m.entry.role == "undergoer" and m.start <= x.start < m.end for m in view.triggers):
            return None  # لقي ثلاثة جنود مصرعهم في المواجهات: the dead did not fight
        if any((m.entry.role == "patient" or casualty_word(view, m)) and m.end <= x.start
               and sum(k not in HEDGES for k in view.keys[m.end:x.start]) <= VICTIM_REACH for m in view.triggers):
            return None  # مقتل 23 من مسلحي أحرار الشام في هجوم, قتل عدد من الأطفال في هجوم: nor did the killed
        if any(m.entry.type in JUDGED_BY_WORDS and m.entry.mode != "allege" and m.entry.pos in ("verb", "vphrase")
               and m.end <= x.start <= m.end + JUDGE_REACH
               and not any(t.text in ".:؛;" for t in view.tokens[m.end:x.start])
               and not _condemned_for(view, x, head) for m in view.triggers):
            # واستنكر ترمب ما وصفه بالهجوم, أدان الرئيس الأفغاني، أشرف عبد الغني، تفجيرا: who
            # condemns an attack, titled or not, did not make it (but in أدان مجلس الأمن
            # كوريا الشمالية, a name before x is the subject, and x the condemned)
            return None
        if x.strong and not _oblique(view, x) and not _after_preposition(view, x) and not is_reporter(x) \
                and not any(x.end <= m.start < head for m in view.triggers):
            return x  # (أفاد المرصد بدوي انفجارات: a news source made none)
    return None


def _attributed(view: SentenceView, arg: Arg) -> bool:
    """بحسب الأمم المتحدة, وفقا لما نقله الكرملين: a source, no party;
    مسنودة بطيران التحالف, بإسناد من التحالف: a backer, no doer."""
    before = view.keys[max(arg.start - 2, 0):arg.start]
    after_from = bool(before) and before[-1] == FROM
    if before and before[-1] in ("لما", "ما", FROM):
        before = before[:-1]
    if not before:
        return False
    if before[-1] in BACKING_WITH_FROM:
        # بدعم من التحالف, بدعم روسي back the doer; تعهدت (فيه) بدعم أوكرانيا is a promise's object.
        at = arg.start - 1 - after_from
        return after_from or not any(at - 2 <= m.end <= at for m in view.triggers)
    return before[-1] in ATTRIBUTION or before[-1] in BACKING


def _locative(view: SentenceView, arg: Arg) -> bool:
    """في العاصمة تبليسي, في اليمن, في وسط باريس: a place behind في is where, not whom."""
    i = arg.start - 1
    if i >= 0 and (view.keys[i] in PLACE_NOUNS or view.keys[i] in POSITIONS):
        i -= 1
    return i >= 0 and view.keys[i].removeprefix("و") == IN


def _clitic_before(view: SentenceView, arg: Arg) -> str:
    """The preposition glued to a name's first word (ب in بالرئيس), or ""."""
    token = view.tokens[arg.start]
    return token.text[:max(arg.char_start - token.start, 0)].removeprefix("و").removeprefix("ف")


def _behind_clitic(view: SentenceView, arg: Arg) -> bool:
    """لمجلس الأمن, بالرئيس: a name matched after the ل or ب glued to its
    first word stands behind a preposition."""
    return _clitic_before(view, arg) in ("ل", "ب")


def plausible_subject(x: Arg | None, trig: Match | None = None) -> bool:
    """A name or a definite noun phrase, no newsroom: one a participle or a
    verb after it can have as subject (not بطولة رائعة, قريبا). A participle
    agrees in gender: a feminine one (متوعدة) has no man's office for subject
    (الرئيس ترامب), a masculine one (متوعدا) no state or feminine noun
    (تركيا, الوزارة)."""
    if x is None or is_reporter(x):
        return False
    head = key(x.text.split()[0])
    if not (x.strong or definite(head)):
        return False
    if trig is None or trig.entry.tense != "part":
        return True
    if trig.entry.words[0].endswith("ه"):
        return head not in MASCULINE_TITLES
    return not (head.endswith("ه") or x.kind == "LOC")


def _verbs_before(view: SentenceView, c: Clause) -> list[int]:
    """The verbs before the trigger outside quotes: a trigger's or a cue's, كان,
    or a word the news writes only as a verb (not one with the article or ب:
    بشكل; not one that introduces a statement: يذكر أن, أكد أن)."""
    verb_starts = {m.start for ms in (view.triggers, *view.cues.values()) for m in ms if m.entry.pos == "verb"}
    found, quoted = [], False
    for j in range(c.trig.start):
        quoted ^= view.tokens[j].text in QUOTES  # (not a verb the quotation holds)
        k = view.keys[j]
        introduces = j + 1 < len(view.keys) and view.keys[j + 1] in COMPLEMENTIZERS
        if not quoted and not introduces and (j in verb_starts or k in WAS or (
                is_verb(k) and not k.startswith(("ال", "ب")) and k not in STOP_WORDS)):
            found.append(j)
    return found


def _first_verbs_subject(view: SentenceView, c: Clause) -> Arg | None:
    """وكان الرئيس الأميركي قطع المساعدات، متهما إياها: the subject of the
    sentence's first verb, named right before it (SVO) or right after it (VSO)."""
    verbs = _verbs_before(view, c)
    return _subject_of_verb(view, c, verbs[0]) if verbs else None


def _subject_of_verb(view: SentenceView, c: Clause, verb: int) -> Arg | None:
    """The actor named right before the verb at `verb`, or right after it."""
    subject = next((x for x in c.before if x.end == verb and not x.is_place), None) or next(
        (x for x in c.before if verb < x.start <= verb + 2 and not x.is_place and not _oblique(view, x)), None)
    return subject if plausible_subject(subject, c.trig) else None


def _oblique(view: SentenceView, arg: Arg) -> bool:
    """للنظام, بالجيش: a definite noun behind a preposition is no subject."""
    return glued_preposition(view.keys[arg.start])


def glued_preposition(k: str) -> bool:
    """للنظام, بالعقوبات: a definite word with ل or ب glued on."""
    return k.lstrip("وف").startswith(("لل", "بال"))


def _after_preposition(view: SentenceView, arg: Arg) -> bool:
    """في بروكسل, إلى لندن, المدعومة من إيران: no subject of what follows."""
    return governed_by(view, arg.start, PREPOSITIONS)


def governed_by(view: SentenceView, i: int, words: frozenset[str]) -> bool:
    """Token i stands right after one of `words` (prepositions and the like);
    a partitive من after a count or quantifier (عدد من مسلحي داعش, 13 من
    الحوثيين, مجموعة من العقوبات) governs nothing."""
    j = i - 1
    if j < 0 or view.keys[j] not in words:
        return False
    return not (view.keys[j] == FROM and j > 0 and partitive_head(view, j - 1))


def partitive_head(view: SentenceView, i: int) -> bool:
    """13 من, عدد من, مجموعة من: token i counts what the من after it picks from."""
    k = view.keys[i].lstrip("و")
    return view.tokens[i].text.isdigit() or k in QUANTIFIERS or k in COLLECTIVES


def a_count(view: SentenceView, i: int) -> bool:
    """Token i counts (آلاف, 30, العديد, عشرات): a number or a quantifier."""
    return partitive_head(view, i) or view.keys[i] in NUMBER_WORDS


def relative_clauses(view: SentenceView, trig: Match) -> set[int]:
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


def _other_than(view: SentenceView, lower: int, speaker: Arg) -> bool:
    """قالت منظمة العفو إنه اعتقل: a masculine "he" after a feminine speaker
    (منظمة, الحكومة, الوزارة; not a man's name such as أسامة, nor the "it" of
    an impersonal passive) is someone else."""
    words = speaker.text.split()
    impersonal = lower < len(view.keys) and view.keys[lower] in PASSIVE_AUXILIARIES  # أنه تم الاتفاق
    return (view.keys[lower - 1].endswith("نه") and not impersonal and speaker.kind != "PERS" and bool(words)
            and key(words[0]).endswith("ه"))


def has_pronoun_suffix(view: SentenceView, trig: Match) -> bool:
    """إدانتها, لقائه, زيارته: the trigger word carries a possessive or object
    pronoun. A bare ه counts only past the listed form (لقاء+ه, زيارة → زيارته),
    since keyed ة is ه too."""
    k, word = view.keys[trig.start], trig.entry.words[0]
    if any(w == k for w in trig.entry.words):
        return False
    return k.endswith(("ها", "هم", "هما")) or k.endswith(word + "ه") or (
        word.endswith("ه") and k.endswith(word[:-1] + "ته"))


def casualty_word(view: SentenceView, trig: Match) -> bool:
    """قتل, أصيب: the trigger is itself a word for the killed or wounded."""
    return any(m.start <= trig.start < m.end for kind in ("KILLED", "INJURED") for m in view.cues.get(kind, ()))


def _vocalized_passive(view: SentenceView, trig: Match) -> bool:
    """قُتل, اُعتقل, وقُتلوا: a damma on the verb's first letter marks the passive."""
    raw = view.tokens[trig.start].text
    raw = raw[1:] if raw[:1] in "وف" and len(raw) > 3 else raw
    return trig.entry.pos == "verb" and raw[1:2] == "\u064f"


def is_reporter(arg: Arg) -> bool:
    """A news source (وكالة فرانس برس, مراسل قناة الحدث, بي بي سي), judged by its
    own text: a speaker carried over from an earlier sentence has token offsets
    of that sentence."""
    text = key(arg.text).lower()
    words = text.split()
    # (الوكالة الدولية للطاقة الذرية, وكالة المخابرات المركزية: agencies that act)
    acting_agency = len(words) > 1 and words[1] in ACTING_AGENCIES
    return (arg.sector == "JRN" or bool(words) and words[0].lstrip("و") in SOURCE_WORDS and not acting_agency
            or text.lstrip("و").startswith(NEWS_OUTLETS))


def _accusative(view: SentenceView, arg: Arg) -> bool:
    """An indefinite word in tanween alif (شخصاً, قرارا) is an object, never a
    subject; ايا is a broken plural (خلايا, ضحايا), not tanween. A name in alif
    (روسيا, أمريكا) is no tanween either, but the dictionary's common nouns
    (شخصا, مدنيا) take it, except after a count (14 شخصا: what is counted)
    or with ها, "its" (قواتها)."""
    raw, k = view.tokens[arg.start].text, view.keys[arg.start]
    if k.startswith("ال") or len(k) <= 3:
        return False
    if arg.strong:
        counted = arg.start > 0 and (view.tokens[arg.start - 1].text.isdigit()
                                     or view.keys[arg.start - 1] in NUMBER_WORDS)
        return (arg.kind == "AGENT" and not counted and ("\u064b" in raw or k.endswith("ا"))
                and not k.endswith(("ايا", "ها")))
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
                if after < len(view.keys) and not MANNER_NOUNS.isdisjoint(view.variants[after]):
                    continue  # على نطاق واسع, على الرغم: a phrase of manner, no one marked
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
    relative: set[int]  # tokens of relative clauses that do not hold the trigger
    agent_marked: Arg | None  # على يد / من قبل X; بدعوة من X for the types of FROM_DOER_TYPES
    resumed_by: Arg | None  # هجوم شنته X, الغارات التي نفذها X
    target_marked: Arg | None  # على / ضد X (مع X for meetings, deals, clashes)


def clause_of(view: SentenceView, trig: Match, args: list[Arg], lower: int, say_at: int | None,
            light: Match | None, role: str, passive: bool, event_type: str) -> Clause:
    head = light.start if light else trig.start
    head_end = light.end if light else trig.end
    upper = len(view.tokens)
    for j in range(trig.end, len(view.tokens)):
        if view.tokens[j].text in "؛;" or (view.keys[j] in COMPLEMENTIZERS and j > trig.end + 1):
            upper = j
            break
    relative = relative_clauses(view, trig)
    # Adjectives right after a noun (العملية العسكرية) are no actors, only
    # parts of one; a nisba word heading a phrase (القيادي الكردي) is one.
    # (so is one after any definite word: بالانتصارات المتوالية, بالتهديد الإرهابي)
    modifiers = {x.start for x in args if x.kind == "NP" and _adjectival(view, x)
                 and (any(o.end == x.start for o in args) or x.start > 0 and definite(view.keys[x.start - 1]))}
    # جريمة جديدة, اشتباكات عنيفة: the word after a nominal trigger that is no
    # genitive is its adjective.
    modifiers |= {x.start for x in args for m in view.triggers
                  if x.kind == "NP" and m.end == x.start and m.entry.pos in ("noun", "phrase")
                  and m.entry.role != "patient" and not _is_genitive(view, m, x)
                  and m.entry.words[-1] != WITH[0]}  # (مؤتمر صحفي مع نظيره: the partner)
    persons = [x for x in args if lower <= x.start < upper and not x.is_place and x.start not in relative
               and x.start not in modifiers and not _attributed(view, x)]
    # مع names the other side of a meeting, a deal or a clash, but a partner
    # in an attack (العملية العسكرية مع الولايات المتحدة, بالتنسيق مع بريطانيا),
    # unless a clash word stands right before it (تخوض معارك ضارية مع المتشددين).
    partnered = event_type in PARTNER_TYPES and (
        event_type != "ASSAULT" or any(v in CLASH_WORDS for v in view.variants[trig.start]))
    partners: set[int] = set()
    for x in persons if event_type == "ASSAULT" and not partnered else ():
        if x.start > 1 and (WITH[0] in view.variants[x.start - 1] and not any(
                v in CLASH_WORDS for j in range(max(x.start - 4, 0), x.start - 1) for v in view.variants[j]) or (
                view.keys[x.start][:1] == "و" and any(p.end == x.start and p.start in partners for p in persons))):
            partners.add(x.start)  # (بالتنسيق مع بريطانيا وفرنسا: both)
    after = [x for x in persons if x.start >= trig.end and x.start not in partners]
    # حث/دعا X على/إلى Y: after a call, على opens what is asked, not whom.
    markers = () if event_type == "REQUEST" else TARGET_MARKERS + ((WITH,) if partnered else ())
    own_words = literal_tokens(view, trig)
    return Clause(
        trig=trig, lower=lower, upper=upper, say_at=say_at, light=light, head=head, head_end=head_end,
        role=role, passive=passive, nominal=light is None and trig.entry.pos in ("noun", "phrase"),
        before=[x for x in persons if x.end <= head], after=after,
        between=[x for x in persons if head_end <= x.start and x.end <= trig.start],
        # (طردت روما دبلوماسيين: the phrase's own word is no one inside it)
        inside=[x for x in persons if trig.start < x.start and x.end <= trig.end
                and not own_words & set(range(x.start, x.end))],
        # (استهدفت بالطائرات مناطق الشيفونية: what an attack uses is no target)
        near_objects=sorted((x for x in after if x.start - trig.end <= ARG_WINDOW
                             and not (event_type == "ASSAULT" and _clitic_before(view, x) == "ب")),
                            key=lambda x: not x.strong),
        relative=relative,
        agent_marked=_marker_arg(view, persons, trig.end, upper, AGENT_MARKERS) or (
            _from_doer(view, trig, persons) if event_type in FROM_DOER_TYPES else None),
        resumed_by=_resumed_doer(view, trig, args),
        # A target is close to its verb (مؤكدة على أن ... further on is another clause).
        target_marked=_marker_arg(view, persons, trig.end, min(upper, trig.end + ARG_WINDOW), markers,
                                  targets=True))


def _from_doer(view: SentenceView, trig: Match, persons: list[Arg]) -> Arg | None:
    """بدعوة من بريطانيا, بطلب من موسكو: the named actor right after من that
    follows a nominal trigger (not اعتراف من نوعه, "of its kind")."""
    if trig.entry.pos not in ("noun", "phrase") or trig.end >= len(view.keys) or view.keys[trig.end] != FROM:
        return None
    return next((x for x in persons if x.start == trig.end + 1 and x.strong), None)


def _resumed_doer(view: SentenceView, trig: Match, args: list[Arg]) -> Arg | None:
    """هجوم واسع شنته المقاومة الشعبية, الغارات التي نفذها التحالف: the
    subject of a light verb that takes the noun back as its object pronoun."""
    for m in view.cues.get(LIGHT_BACK, ()):
        if trig.end <= m.start <= trig.end + RESUMED_REACH and not any(
                t.text in CLAUSE_PUNCT or t.text in ".؛" for t in view.tokens[trig.end:m.start]):
            return next((a for a in args if m.end <= a.start <= m.end + 1 and not a.is_place), None)
    return None


def _contrast_between(view: SentenceView, start: int, end: int) -> bool:
    """A word that opens another clause with a subject of its own (فيما, بينما,
    لكن) stands in tokens [start, end)."""
    return any(k in CONTRASTING for k in view.keys[start:end])


def _nearest_before(view: SentenceView, c: Clause, reach: int) -> Arg | None:
    """The actor named last before the head, within reach and not before a
    word that opens another clause (فيما قتل فيها 3: not the ones before فيما)."""
    if not c.before or c.head - c.before[-1].end > reach:
        return None
    return None if _contrast_between(view, c.before[-1].end, c.head) else c.before[-1]


def light_arguments(view: SentenceView, c: Clause) -> tuple[Arg | None, Arg | None]:
    """شن الرئيس الفلبيني هجوما على الكويت: the light verb's subject does it;
    تتعرض الغوطة لقصف القوات: the subject of تعرض suffers it, the noun's
    genitive does it."""
    subject = c.between[0] if c.between else _nearest_before(view, c, 3)
    if subject is not None and subject.end <= c.head and _after_preposition(view, subject):
        subject = None  # الحوثيين المدعومين من إيران قاموا بـ: Iran did not
    if c.light.entry.role == "patient":
        doer = next((x for x in c.after if _adjacent(view, c.trig.end, x.start)), None)
        return doer or c.agent_marked, subject
    # (عقد الاجتماع بدعوة من بريطانيا: a marked doer outranks the verb's subject)
    actor1 = c.agent_marked or subject
    return actor1, c.target_marked or next((x for x in c.near_objects if x is not actor1), None)


def nominal_arguments(view: SentenceView, c: Clause, adjectives: dict[int, Arg]) -> tuple[Arg | None, Arg | None]:
    # إدانتها لإيران: a noun that carries a pronoun has its genitive already,
    # and a ل-phrase after a noun is its object.
    trig = c.trig
    if c.role == "undergoer":
        # دمشق ستدفع ثمنا باهظا: the one to pay is threatened; whoever says so threatens.
        return c.agent_marked, _subject_before(view, c.before, c.head) or _nearest_before(view, c, 2)
    genitive = None if has_pronoun_suffix(view, trig) else next(
        (x for x in c.after if _adjacent(view, trig.end, x.start) and view.keys[x.start][:1] != "ل" and
         (x.strong or c.role == "patient" or _is_genitive(view, trig, x))), None)
    object_after = None if genitive is None or not genitive.strong else next(
        (x for x in c.after if x.start == genitive.end and view.keys[x.start].startswith("لل")
         and view.keys[x.start][2:] not in INSTITUTION_NOUNS), None)  # (القائد العسكري للمنظمة: its commander)
    if trig.entry.pos == "phrase" and trig.entry.words[-1] == WITH[0]:
        # اتفاقه مع ولي العهد, مؤتمرا صحفيا مع ولي العهد: the one named after مع is
        # the other side; the subject before is the one side.
        # (مؤتمر صحافي مع نظيره الأمريكي دونالد ترامب: the counterpart named after it)
        counterpart = trig.end < len(view.keys) and view.keys[trig.end].startswith(COUNTERPART)
        # (بعد الكشف عن اتفاقه مع ريال مدريد، بروسيا: no one behind a glued preposition)
        unglued = [x for x in c.before if not _behind_clitic(view, x)]
        return (c.agent_marked or _subject_before(view, unglued, c.head),
                next((x for x in c.after if x.start == trig.end or counterpart and x.strong
                      and x.start <= trig.end + 2), None))
    if trig.entry.words[0] == ABOUT and trig.entry.pos == "phrase":
        # أعرب الوزير عن تقديره للجهود, عن إعجابه بالرئيس, عن غضبه لمقتل المدنيين:
        # the one who voices it is the subject before; the one it is for is
        # named right after it (not a deed's genitive further on).
        actor1 = c.agent_marked or _subject_before(view, c.before, c.head)
        actor2 = next((x for x in c.after if x.start <= trig.end + 1 and x.strong), None)
    elif trig.entry.type == "REQUEST" and purpose_noun(view, trig) and any(
            m.entry.type == "PROTEST" and 0 <= trig.start - m.end <= 2 for m in view.triggers):
        # تظاهرات كبرى للمطالبة بإطلاق سراحهما: the protesters ask, whoever they are
        return None, genitive or c.target_marked
    elif trig.entry.type == "REQUEST" and purpose_noun(view, trig) and not (
            trig.start > 0 and not NOUNS_TAKING_L.isdisjoint(view.variants[trig.start - 1])):
        # احتشد السكان لمطالبة الميليشيات بإخراج الأسلحة: the subject of the last
        # verb, whose purpose it is, asks (خرجت مسيرة، للمطالبة: not the ones who
        # attacked the march); the one named after the noun is asked (not
        # دعمها لمطالبة البرلمان, whose ل is the noun's).
        verbs = _verbs_before(view, c)
        return c.agent_marked or (_subject_of_verb(view, c, verbs[-1]) if verbs
                                  else _subject_before(view, c.before, c.head)), genitive or c.target_marked
    elif c.role == "patient" and object_after is not None:
        # توقيف لبنان للمواطن, اعتقال السلطات للناشط: a named genitive with a
        # ل-object after it did it; the ل-object suffered it.
        actor1, actor2 = genitive, object_after
    elif c.role == "patient":
        # مقتل X, تحرير X: the genitive is the one acted on.
        actor1, actor2 = c.agent_marked, genitive or c.target_marked
    elif trig.entry.mode == "allege" and genitive is not None and _charge_at(view, genitive.end):
        # اتهام موسكو بتسميمه, التوصية باتهام نتانياهو بالفساد: the one named
        # right before the charge is the accused (اتهام بريطانيا روسيا بالتورط
        # names the accuser first).
        actor1, actor2 = c.agent_marked, genitive
    elif trig.entry.mode == "visit" and genitive is not None and genitive.kind in ("LOC", "GENERIC_PLACE") and (
            genitive.from_dictionary or genitive.end - genitive.start == 1):
        # خلال زيارة السنغال: a place after a visit is where it went, not who went
        # (an NER span of more words may hold the visitor: زيارة كيم لبكين).
        actor1 = c.agent_marked or c.resumed_by or _state_of_deed(view, trig, adjectives)
        actor2 = genitive
    else:
        # العدوان من قبل الميليشيات: a marked doer outranks the genitive.
        actor1 = c.agent_marked or c.resumed_by or genitive or _state_of_deed(view, trig, adjectives)
        actor2 = c.target_marked or next((x for x in c.near_objects if x is not actor1), None)
    if actor1 is None and trig.entry.type == "ASSAULT" and trig.entry.role == "agent" and actor2 is not None \
            and actor2.strong and not actor2.is_place and actor2.start - trig.end <= 2 \
            and _clitic_before(view, actor2) == "ل":
        # في غارة جوية للتحالف العربي: the ل after an attack names whose it is
        actor1, actor2 = actor2, None
    if actor1 is None and trig.entry.type in PARTNER_TYPES - {"COOPERATE"} and trig.entry.role != "patient":
        actor1, actor2 = _between(view, c) or (actor1, actor2)
    after_time_word = trig.start > 0 and view.keys[trig.start - 1] in TIME_PREPOSITIONS
    if actor1 is None and not after_time_word and not _replied_to(view, trig):
        # قوات الجيش حررت ... (not: قتل ... إثر تظاهرات, whose doers are others).
        actor1 = _subject_before(view, c.before, c.head)
    return actor1, actor2


def _between(view: SentenceView, c: Clause) -> tuple[Arg, Arg] | None:
    """مفاوضات تجري حاليا بين قوات النظام والفصائل المعارضة, اشتباكات بين X وY:
    the two sides a meeting, a deal or a clash was between (not أي اتفاق بين,
    any deal; not وساطة بين, whose mediator is a third; not مواجهات على السياج
    الفاصل بين, where بين tells what a border divides)."""
    k = view.keys[c.trig.start]
    if MEDIATION in k or c.trig.start > 0 and view.keys[c.trig.start - 1] in ANY:
        return None
    for x in c.after:
        at = x.start - 1
        if at - c.trig.end > BETWEEN_REACH:
            return None
        if at > 0 and view.keys[at - 1] in BORDER_WORDS:
            return None
        if at >= c.trig.end and view.keys[at] == BETWEEN:
            y = next((o for o in c.after if o.start == x.end and view.keys[o.start][:1] == "و"), None)
            return (x, y) if y is not None else None
    return None


def purpose_noun(view: SentenceView, trig: Match) -> bool:
    """لاستعادة, للتحقيق, لمطالبة: a verbal noun after the preposition ل says
    what for, not what happened (a plural, للاحتجاجات, is no purpose: ل there
    is "of")."""
    if trig.entry.pos not in ("noun", "phrase"):
        return False
    k, first = view.keys[trig.start], trig.entry.words[0]
    return k.lstrip("وف")[:1] == "ل" and not first.startswith("ل") and not k.endswith("ات")


def _inside_doer(c: Clause, actor1: Arg) -> tuple[Arg, Arg | None]:
    """The doer inside a phrase and the one it was done to."""
    return actor1, c.target_marked or next((x for x in c.near_objects if x is not actor1), None)


def clash_partner(view: SentenceView, trig: Match, args: list[Arg]) -> Arg | None:
    """مقتل 6 مسلحين في تبادل لإطلاق النار مع قوات الأمن, لقي جنديان مصرعهما في
    اشتباكات مع مسلحين: the side the dead clashed with, named after مع."""
    for j in range(trig.end, min(trig.end + CLASH_REACH, len(view.tokens))):
        if view.tokens[j].text in ".؛;:":
            return None
        if any(v in CLASH_WORDS for v in view.variants[j]):
            at = next((k for k in range(j + 1, min(j + 5, len(view.tokens))) if view.keys[k] == WITH[0]), None)
            return None if at is None else next((x for x in args if x.start == at + 1 and not x.is_place), None)
    return None


def _charge_at(view: SentenceView, i: int) -> bool:
    """بتسميم, بالفساد, بأنها, بقصف, بدعم: a ب at token i glued to a definite
    word, a verbal noun, أنه/أنها or a trigger names what one is accused of (not
    بنيامين, بوتين, بشدة; not a bare بأن, which says what the one named claims)."""
    k = view.keys[i] if i < len(view.keys) else ""
    rest = k[1:]
    return k[:1] == "ب" and (rest.startswith("ال") or rest in THAT_HE
                             or VERBAL_NOUN.match(rest) is not None  # (بتسميمه: with its pronoun)
                             or rest in CHARGE_NOUNS or any(m.start == i for m in view.triggers))


def _replied_to(view: SentenceView, trig: Match) -> bool:
    """ردا على هجوم, سترد بقوة على أي هجوم: the one replying suffered the
    deed named after على; the actor before the reply did not do it."""
    for j in range(max(trig.start - 2, 0), trig.start):
        if view.keys[j] in ON:
            return any(k.lstrip("وف") in REPLY_WORDS for k in view.keys[max(j - 3, 0):j])
    return False


def verb_arguments(view: SentenceView, c: Clause, shared_subject: Arg | None) -> tuple[Arg | None, Arg | None]:
    """VSO, SVO, passives and objects of a verbal trigger."""
    trig, after = c.trig, c.after
    # (تظاهر في الرباط المئات, قتل في القنصلية: what stands behind في is
    # neither subject nor object)
    # (تطلب اجتماعا لمجلس الأمن: a name behind a glued preposition neither)
    adjacent = [x for x in after if x.start - trig.end <= 2 and not _behind_clitic(view, x)
                and not (x.start > trig.end and view.keys[x.start - 1] == IN)]
    # (ووصف بوتين الاتهامات بأنها هراء فيما طالب الناطق باسمه لندن: a name
    # before فيما, بينما or لكن right before the verb is another clause's when
    # the verb's own subject follows it; not فيما يطلقون قذائف, whose verb
    # carries its subject, nor بينما أفرجت عن فرنسية, nor a killing, maybe passive)
    contrast = (c.head > 0 and view.keys[c.head - 1] in CONTRASTING and not _plural_verb(view.keys[trig.start])
                and not casualty_word(view, trig) and any(x.start == trig.end for x in after))
    named_before = [x for x in c.before if x.strong and not _oblique(view, x) and c.head - x.end <= ARG_WINDOW
                    and not contrast and not (casualty_word(view, trig)  # (…، فيما قتل فيها 3: passive)
                                              and _contrast_between(view, x.end, c.head))]
    # (في وسط باريس فقتل شخصا, خطابا في الأمم المتحدة دعا فيه: a name behind في is
    # where, no doer; it still tells that the word after the verb is its object)
    strong_before = [x for x in named_before if not _locative(view, x)]
    doer_before = strong_before[-1] if strong_before else None if named_before else _nearest_before(view, c, 4)
    active = c.role == "agent" and not c.passive
    # إن/أن + noun: the noun right after the complementizer is the subject,
    # named or not (إن الرئيس الأميركي دونالد ترامب حض ...).
    complement_subject = next((x for x in c.before if c.lower > 0 and c.lower <= x.start <= c.lower + 1),
                              None) or next((x for x in strong_before if x.start >= c.lower > 0), None)
    if c.role == "undergoer":
        # لقي 17 مسلحا مصرعهم, استشهد جنديان, الجنود أصيبوا: the verb's subject
        # suffers it; only a marked doer (على يد) did it. A verb in the plural
        # or dual (أصيبوا, لقيا) agrees with a subject before it; one after it
        # is no ب-phrase (أصيب بجروح).
        after_verb = [x for x in adjacent if x.strong or view.keys[x.start][:1] != "ب"]
        subject_first = view.keys[trig.start].endswith("ا")
        victim = c.inside[0] if c.inside else (
            after_verb[0] if after_verb and not subject_first else _nearest_before(view, c, 4))
        return c.agent_marked, victim
    if _vocalized_passive(view, trig) or (casualty_word(view, trig) and c.agent_marked is not None):
        # قُتل الطفل, قتل شاب فلسطيني برصاص الجيش: a passive; the marked one
        # did it, the verb's subject (after it, or before it) suffered it.
        victim = next((x for x in adjacent if x is not c.agent_marked and not _after_preposition(view, x)),
                      None) or _nearest_before(view, c, 4)
        return c.agent_marked, victim
    if trig.entry.tense == "part":
        # أدان الرئيس الهجوم، داعيا إلى: a participle's subject is the clause's,
        # the speaker's or the last verb's; what follows is its object.
        subject = shared_subject if plausible_subject(shared_subject, trig) and shared_subject.end <= c.head else None
        subject = subject or _first_verbs_subject(view, c)
        # (مهددا كندا بفرض ضرائب على صادراتها: the one right after is threatened;
        # مطالبا بفتح تحقيق, داعيا إلى تعزيز التعاون: what is asked is no actor)
        right_after = next((x for x in c.after if x.start == trig.end and not _behind_clitic(view, x)), None)
        if right_after is not None and key(right_after.text) in OBJECT_CARRIERS:
            return subject, None  # متهما إياها: whom "her" means is elsewhere
        unmarked = next((x for x in c.near_objects if not _behind_clitic(view, x)
                         and view.keys[x.start - 1] not in PREPOSITIONS), None)
        return subject, right_after or c.target_marked or unmarked
    doers_inside = [x for x in c.inside if view.keys[x.start] not in QUANTIFIERS | COMPARATIVES | COLLECTIVES]
    if doers_inside and (c.role == "patient" or trig.entry.pos == "vphrase"):
        # ألقت قوات الأمن القبض على X, أطلقت المعارضة المسلحة سراحهم, سلم المشتبه
        # به نفسه: between the verb and the word the phrase fixes stands the doer
        # (not a count, طردت أكبر عدد من الدبلوماسيين).
        return _inside_doer(c, doers_inside[0])
    if not c.passive and _coordinated(view, trig):
        # أكد المسماري التقدم ... واتهم تركيا: what follows is the object.
        subject = _coordinated_subject(view, c, adjacent, shared_subject)
        if subject is not None:
            return subject, c.target_marked or (c.near_objects[0] if c.near_objects else None)
    if active and c.say_at is not None and complement_subject is not None \
            and not any(complement_subject.end <= m.start < c.head for m in view.triggers):
        # أن قوات التحالف تطالب الأمم المتحدة: after أن the subject comes first.
        return complement_subject, c.target_marked or (c.near_objects[0] if c.near_objects else None)
    head_of_relative = _head_before_relative(view, c)
    if active and head_of_relative is not None and not casualty_word(view, trig):
        # ولي العهد السعودي، الذي يزور الولايات المتحدة حاليا، دعا الأمريكيين:
        # the name a relative clause describes, right before the verb, is its
        # subject (not of قتلت, which may be passive: كامبل، التي ...، قتلت).
        return head_of_relative, c.target_marked or (adjacent[0] if adjacent else None)
    deed = deed_before(view, trig)
    if adjacent and not c.inside and deed is not None:
        # الحوثيون نفذوا حملات اختطاف استهدفت المئات: the deed named just
        # before is the subject, so its doer did this; what follows is the object.
        doer = _subject_before(view, [x for x in c.before if x.end <= deed.start], deed.start)
        return doer, c.target_marked or adjacent[0]
    if adjacent and not c.inside and plural_agreement(view, trig):
        # المحتجون اقتحموا مقر القنصلية: a verb in the plural agrees with a
        # subject before it (VSO keeps the verb singular), or with a pronoun
        # after و (يشككون في قدراته ويطالبون); what follows is the object.
        doer = doer_before
        if doer is not None and (_oblique(view, doer) or governed_by(view, doer.start, PREPOSITIONS - {FROM})
                                 or (_coordinated(view, trig) and not doer.strong)):
            doer = None  # (عدد كبير من الملثمون اقتحموا: a partitive من still heads the subject)
        return doer, c.target_marked or adjacent[0]
    if adjacent and (_accusative(view, adjacent[0]) or (not adjacent[0].strong and named_before)):
        # قتل شخصا / يدعو قرارا: the word after the verb is its object, so the
        # doer is the one named before it.
        return doer_before, adjacent[0]
    if any(x.strong for x in c.inside):
        # فرض واشنطن عقوبات, حمّل الطراونة الحكومة مسؤولية: with a name inside the
        # phrase, the first word group inside does it (not فرض أكبر مجموعة من العقوبات).
        return _inside_doer(c, c.inside[0])
    reachable = [x for x in after if x.start - trig.end <= ARG_WINDOW]
    if c.role == "patient" and adjacent and not c.passive and has_pronoun_suffix(view, trig) \
            and not _accusative(view, adjacent[0]):
        # قبل أن تحتجزها الشرطة: with a pronoun for its object, the verb's subject follows it.
        return adjacent[0], c.target_marked
    if c.role == "patient" and (c.passive or not (adjacent and len(reachable) >= 2)):
        # اعتقل/قتل X: unvocalized, mostly passive or with the doer before.
        return c.agent_marked or _nearest_before(view, c, 4), adjacent[0] if adjacent else None
    if c.target_marked is not None and adjacent and adjacent[0] is c.target_marked:
        # قوات الأمن ألقت القبض على X: على opens the object; the doer came first.
        return doer_before, c.target_marked
    if adjacent and doer_before is not None and _opens_the_clause(view, doer_before, c):
        # لكن السلطات رفضت مشاركة النساء: a definite noun opening the clause
        # right before the verb is its subject; what follows is the object.
        return doer_before, c.target_marked or adjacent[0]
    if adjacent and governed_by(view, adjacent[0].start, PREPOSITIONS):
        # ودعا إلى الهدوء: what stands behind a preposition is no subject.
        return None, c.target_marked or adjacent[0]
    if adjacent:
        actor1 = adjacent[0]
        # اتهم لافروف، الذي كان يتحدث أمام مؤتمر …، الولايات المتحدة: a relative
        # clause on the subject does not push its object out of reach.
        rest = sorted((x for x in after if x.start >= actor1.end and not _locative(view, x) and
                       sum(i not in c.relative for i in range(actor1.end, x.start)) <= ARG_WINDOW),
                      key=lambda x: not x.strong)
        target = c.target_marked if c.target_marked is not None and c.target_marked is not actor1 else None
        return actor1, target or (rest[0] if rest else None)
    return _nearest_before(view, c, ARG_WINDOW), c.target_marked or (reachable[0] if reachable else None)


def _coordinated_subject(view: SentenceView, c: Clause, adjacent: list[Arg],
                         shared_subject: Arg | None) -> Arg | None:
    """The subject a coordinated verb (و + verb) goes on with: the verb's before
    it (أكد المسماري التقدم ... واتهم تركيا), else the sentence's first verb's
    after a comma or when no one stands right after the verb (أحرزت قوات الجيش
    انتصارات، وحررت مناطق; ودافعت فيه عن). None when a person is named right
    after it (...، ودعا الأمين العام غوتيريس) or, with no verb before, a name."""
    unmarked = [x for x in adjacent if not governed_by(view, x.start, PREPOSITIONS)]
    if unmarked and unmarked[0].kind == "PERS":
        return None
    if shared_subject is not None and shared_subject.end <= c.head:
        return shared_subject
    after_comma = view.tokens[c.trig.start - 1].text in CLAUSE_PUNCT
    if (after_comma or not unmarked) and not (unmarked and unmarked[0].strong):
        return _first_verbs_subject(view, c)
    return None


def _head_before_relative(view: SentenceView, c: Clause) -> Arg | None:
    """The name or definite noun right before a relative clause that ends with
    a comma right before the verb (X، الذي ...، دعا), else None."""
    comma = c.head - 1
    if comma < 1 or view.tokens[comma].text not in CLAUSE_PUNCT or comma - 1 not in c.relative:
        return None
    i = comma - 1
    while i >= 0 and i in c.relative:
        i -= 1
    if view.keys[i + 1] not in RELATIVES:
        return None
    end = i if i >= 0 and view.tokens[i].text in CLAUSE_PUNCT else i + 1
    if has_pronoun_suffix(view, c.trig):
        return None  # نورا حسين، التي …، زارتها أمها: ها points back to her, the object
    return next((x for x in c.before if x.end == end and (x.strong or definite(view.keys[x.start]))
                 and not x.is_place and not _oblique(view, x) and not _after_preposition(view, x)
                 and not (x.start > 0 and glued_preposition(view.keys[x.start - 1]))), None)  # (للقاضي X)


def _opens_the_clause(view: SentenceView, x: Arg, c: Clause) -> bool:
    """x stands right before the verb (or before قد and the verb) and either
    right after أن or كان, whose noun is the subject of a verb right after it
    (أصر على أن روسيا ستواصل دعم الجيش, after a speech verb done already by
    `complement_subject`; وكانت السلطات قد اعتقلت أبو الفتوح), or is definite
    or a name (سوريا تتهم إسرائيل; not an NER span that starts with a
    particle, ولطالما) right after the clause's start (the sentence's, a
    comma's or a word such as لكن)."""
    if view.keys[x.end:c.head] not in ([], [MAY]) or _oblique(view, x):
        return False
    if x.start > 0 and view.keys[x.start - 1] in COMPLEMENTIZERS:
        return True
    if x.start > 0 and view.keys[x.start - 1] in WAS:
        # (but in وكانت آخر مرة التقى فيها الرئيسان x is what فيها points back
        # to, and in كانت غامضة واتفق الزعماء a new clause starts at و)
        return (view.keys[c.head][:1] != "و" or c.trig.entry.words[0][:1] == "و") and (
            c.trig.end == len(view.keys) or view.keys[c.trig.end] not in RESUMPTIVE)
    opener = view.keys[x.start].lstrip("وف")
    return (opener.startswith("ال") or (x.strong and opener not in PARTICLE_STARTS)) and (
        x.start in (0, c.lower) or view.tokens[x.start - 1].text in CLAUSE_PUNCT
        or view.keys[x.start - 1] in CLAUSE_OPENERS)


def plural_agreement(view: SentenceView, trig: Match) -> bool:
    """اقتحموا, يطالبون: a one-word verb trigger that carries its plural subject."""
    return trig.entry.pos == "verb" and trig.end - trig.start == 1 and _plural_verb(view.keys[trig.start])


def _plural_verb(k: str) -> bool:
    """اقتحموا, يطالبون, يطلقون (قذائف): a verb form with a plural subject in
    it (not يتعاون, whose root ends in ون)."""
    k = k.lstrip("وف")
    return k.endswith("وا") or (k[:1] in "يت" and k.endswith("ون") and not k.endswith("اون") and len(k) > 4)


def deed_before(view: SentenceView, trig: Match, comma: bool = False) -> Match | None:
    """غارة استهدفت, قصف مدفعي (هاون) استهدف: a nominal trigger of the same
    type at most four words before the verb (adjectives, a bracket), no
    punctuation between but, with `comma`, one right before the verb (غارات
    جوية، استهدفت: the coder then knows the raids' doer). A verb under و
    (…، واستهدفت) is one of its own."""
    first = view.keys[trig.start]
    if first[:1] in ("و", "ف") and is_verb(first[1:]):
        return None
    return next((m for m in reversed(view.triggers)
                 if m.entry.pos in ("noun", "phrase") and m.entry.type == trig.entry.type
                 and m.end <= trig.start <= m.end + 4
                 and not any((t.text in CLAUSE_PUNCT or t.text in ".؛") and not (comma and i == trig.start - 1
                                                                                and t.text in ("،", ","))
                             for i, t in enumerate(view.tokens[m.end:trig.start], m.end))),
                None)


def statement_frame(view: SentenceView, c: Clause, actor1: Arg | None, actor2: Arg | None,
                    speaker: Arg | None, event_type: str,
                    announced_future: bool) -> tuple[Arg | None, Arg | None]:
    """What the speaker of a statement (قال X إن ...) takes over; a news source
    (أفادت التقارير, قالت مصادر) reports the events it tells, it is no party."""
    if speaker is not None and is_reporter(speaker):
        speaker = None
    if speaker is not None and c.say_at is not None and c.trig.entry.role == "accused" \
            and actor1 is not speaker:
        # قال وود إن روسيا خالفت التزاماتها: Wood accuses Russia.
        return speaker, actor1 or actor2
    if speaker is not None and c.say_at is not None and _speaker_is_subject(view, c.lower, c.head) \
            and _other_than(view, c.lower, speaker):
        return None, actor1 or actor2  # (قالت الحكومة إنه هاجم المواقع: "he" is no one named)
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
    if actor1 is None and c.nominal and has_pronoun_suffix(view, c.trig):
        actor1 = speaker  # أعلنت قسد عن استعادتها السيطرة: "its" is the speaker
    if actor1 is None and event_type in VERBAL and (c.say_at is not None or c.nominal):
        actor1 = speaker
    return actor1, actor2
