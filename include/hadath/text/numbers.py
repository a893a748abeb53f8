"""NUMBER mentions: digits in both scripts, Arabic number words, duals of
counted nouns, vague quantities.

Patterns run on `normalize.fold(text)` (same length as the text, so match
offsets are text offsets) and are written in folded spelling (ا ي ه).
No library reads Arabic number words with offsets, hence the rules.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from hadath.records import Mention
from hadath.text.normalize import fold
from hadath.text.spans import alternation, leftmost_longest

_UNITS = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    # accusative with tanween: خمسا وثلاثين
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "تسعا": 9, "عشرا": 10,
}
# 11 and 12 have their own first words, valid only before عشر/عشره.
_TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
_TENS = {
    stem + ending: value
    for stem, value in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50),
                        ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90))
    for ending in ("ون", "ين")
}
_HUNDREDS = {
    "مئه": 100, "مائه": 100,
    **{two: 200 for two in ("مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي")},
    **{unit + hundred: value * 100
       for unit, value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6),
                           ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9))
       for hundred in ("مئه", "مائه")},
}
# Multipliers: a preceding quantity is multiplied, a bare one means one of them.
SCALES = {
    "الف": 1000, "الفا": 1000, "الاف": 1000,
    "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9, "بليون": 10**9,
    "تريليون": 10**12, "تريليونا": 10**12,
}
_DUAL_SCALES = {"الفان": 2000, "الفين": 2000, "الفي": 2000, "مليونان": 2 * 10**6,
                "مليونين": 2 * 10**6, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9}
_PLURAL_SCALES = {"الاف", "ملايين", "مليارات"}
NUMBER_WORDS = {**_UNITS, **_TENS, **_HUNDREDS, **SCALES, **_DUAL_SCALES}

# Duals of counted nouns whose plural has another shape, so the -ين/-ان
# ending can only mean two (مدنيين, a plural, is not here).
_DUALS = (
    "قتيلين قتيلان جريحين جريحان شخصين شخصان طفلين طفلان رجلين رجلان امراتين امراتان "
    "جنديين جنديان عنصرين عنصران ضابطين ضابطان يومين يومان اسبوعين اسبوعان شهرين شهران "
    "عامين عامان سنتين سنتان مرتين مرتان ساعتين ساعتان دقيقتين دقيقتان صاروخين صاروخان "
    "طائرتين طائرتان سيارتين سيارتان منزلين منزلان قذيفتين قذيفتان هجومين هجومان"
).split()
_VAGUE = ("العشرات", "عشرات", "المئات", "مئات", "الالاف", "الاف", "الملايين", "ملايين",
          "المليارات", "مليارات", "بضعه", "بضع")
_QUALIFIERS = ("نحو", "حوالي", "قرابه", "زهاء", "اكثر من", "اقل من", "ازيد من", "ما يقارب",
               "يقارب", "ما يزيد عن", "ما يزيد علي", "ما لا يقل عن", "لا يقل عن", "ما يربو علي")


# A word may carry one proclitic letter (و ب ل ف ك) that stays outside the span.
_START = r"(?<!\w)(?:[وبلفك](?=\w))?"
_END = r"(?!\w)"
_QUALIFIER = rf"(?:(?:{alternation(_QUALIFIERS)})\s+)?"
_WORD = rf"(?:(?:{alternation(_TEEN_HEADS)})\s+عشره?|{alternation(NUMBER_WORDS)}){_END}"
_DIGITS = r"(?<![A-Za-z\d.,٫٬:/])(?<![A-Za-z]-)(?:\d{1,3}(?:[,٬]\d{3})+|\d+)(?:[.٫]\d+)?(?![\d:])(?![.,]\d)"
_SCALE_AFTER = rf"(?:\s*(?:{alternation(SCALES)}){_END})?"

# Digits may be glued to a word in front (و1500, بـ3.6, في18); a qualifier
# may carry a proclitic (بنحو 3.4 مليار).
_DIGIT_NUMBER = re.compile(
    rf"(?:{_START}(?=(?:{alternation(_QUALIFIERS)})\s)|(?<!\w)|(?<=\w)(?=\d))(?P<span>{_QUALIFIER}{_DIGITS}{_SCALE_AFTER})"
)
_WORD_NUMBER = re.compile(rf"{_START}(?P<span>{_QUALIFIER}{_WORD}(?:\s+و?{_WORD}|\s*و{_WORD})*)")
_DUAL = re.compile(rf"{_START}(?P<span>{alternation(_DUALS)}){_END}")
_VAGUE_RE = re.compile(rf"{_START}(?P<span>(?:{alternation(_VAGUE)})(?:\s+(?:من\s+)?(?:{alternation(_VAGUE)}))?){_END}")
_QUALIFIER_HEAD = re.compile(rf"(?:{alternation(_QUALIFIERS)})\s+")
_NUMBER_TOKEN = re.compile(rf"(و?)((?:{alternation(_TEEN_HEADS)})\s+عشره?|{alternation(NUMBER_WORDS)}|[\d.,٫٬]+)")
# Read with و, these are other words: وأحد (and one of, folded like واحد),
# وست (West, as in وست هام).
_CLITIC_MISREAD = re.compile(r"\W?و[أإ]حد|(?<!\w)وست")
# عشر after an ال-word is part of an ordinal or a definite number:
# القرن التاسع عشر, دور الستة عشر.
_ORDINAL_BEFORE = re.compile(r"ال\w+\s+$")


def _digits_value(digits: str) -> Decimal | None:
    try:
        return Decimal(digits.replace(",", "").replace("٬", "").replace("٫", "."))
    except InvalidOperation:
        return None


def value_of(folded_span: str) -> int | None:
    """The integer a folded number phrase denotes (qualifier allowed in front:
    `نحو 3500` -> 3500, `خمسه وعشرون` -> 25, `2.8 مليون` -> 2800000), or None
    when it is not a whole number."""
    phrase = _QUALIFIER_HEAD.sub("", folded_span, count=1)
    total = Decimal(0)
    group = Decimal(0)
    for waw, word in _NUMBER_TOKEN.findall(phrase):
        word = " ".join(word.split())
        if word[0].isdigit():
            number = _digits_value(word)
            if number is None:
                return None
            group += number
        elif " " in word:  # احد عشر, اثنا عشر
            group += _TEEN_HEADS[word.split()[0]] + 10
        elif word in SCALES:
            total += (group or 1) * SCALES[word]
            group = Decimal(0)
        elif word in _HUNDREDS and not waw and 1 <= group <= 9 and word in ("مئه", "مائه"):
            group *= 100  # ثلاث مئه
        elif word in ("عشر", "عشره") and not waw and 1 <= group <= 9:
            group += 10  # خمسه عشر
        else:
            group += NUMBER_WORDS[word]
    total += group
    return int(total) if total == total.to_integral_value() else None


def _rank(word: str) -> int:
    """1 unit, 2 tens (or a teen), 3 hundreds, 4 multiplier."""
    if word in SCALES or word in _DUAL_SCALES:
        return 4
    if word in _HUNDREDS:
        return 3
    return 2 if word in _TENS or " " in word else 1


def _separate_numbers(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run of number words into the numbers it lists (خمسة وتسعين
    وستة وتسعين is 95 and 96). Arabic writes a number from its largest part
    down, the unit before the tens (خمسة وتسعون), so a part continues the
    number only when it is smaller than the last, a multiplier (ألف, the مئة
    of ثلاث مئة, the عشر of خمسة عشر), or the tens after a unit."""
    spans: list[tuple[int, int]] = []
    part_start, last_rank, last_end = start, None, start
    for token in _NUMBER_TOKEN.finditer(folded, start, end):
        waw, word = token.group(1), " ".join(token.group(2).split())
        rank = _rank(word)
        if last_rank is not None:
            multiplies = rank == 4 or (not waw and last_rank == 1 and word in ("مئه", "مائه", "عشر", "عشره"))
            if multiplies and rank == 1:
                rank = 2  # خمسة عشر is complete, like a tens
            continues = multiplies or (last_rank == 1 and rank == 2 and waw) or (last_rank >= 3 and rank < last_rank)
            if not continues:
                spans.append((part_start, last_end))
                part_start = token.start(2)
        last_rank, last_end = rank, token.end()
    spans.append((part_start, end))
    return spans


def find_numbers(text: str) -> list[Mention]:
    """NUMBER mentions of `text`; `value` is the integer, None for vague
    quantities (عشرات, المئات) and non-integers (13.6)."""
    folded = fold(text)
    candidates: list[Mention] = []

    def add(start: int, end: int, value: int | None) -> None:
        candidates.append(Mention("NUMBER", text[start:end], start, end, "numbers", value=None if value is None else str(value)))

    for match in _DIGIT_NUMBER.finditer(folded):
        add(*match.span("span"), value_of(match.group("span")))
    for match in _WORD_NUMBER.finditer(folded):
        for start, end in _separate_numbers(folded, *match.span("span")):
            span = folded[start:end]
            if _CLITIC_MISREAD.fullmatch(text, max(0, start - 1), end):
                continue
            if _QUALIFIER_HEAD.sub("", span, count=1) in _PLURAL_SCALES:
                continue  # bare الاف / ملايين is vague, found below
            if span.startswith("عشر") and _ORDINAL_BEFORE.search(folded, max(0, start - 12), start):
                continue
            add(start, end, value_of(span))
    for match in _DUAL.finditer(folded):
        add(*match.span("span"), 2)
    for match in _VAGUE_RE.finditer(folded):
        add(*match.span("span"), None)
    return leftmost_longest(candidates)
