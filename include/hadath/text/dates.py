"""DATE mentions: explicit dates in every month-naming system Arabic media
use, Hijri dates, and relative expressions resolved against the publication day.

`value` is an ISO day: the day itself for granularity `day`, otherwise the
first day of the period (Monday of an ISO week, the 1st of a month, 1 January).
It is None when the expression needs a publication day that is unknown.

dateparser was measured on these forms (bench/text.py, `dateparser` section)
and is not used: it returns no offsets, misses Levantine and Maghrebi month
names, `أول أمس`, `الليلة الماضية` and Hijri dates, reads `15 رمضان 1443` as
the year 1443, and takes ~10 ms per article. The rules below match on
`normalize.fold(text)` (same length, so offsets are text offsets), in folded
spelling (ا ي ه); hijridate converts Hijri days.
"""
from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from hadath.records import Mention
from hadath.text.normalize import fold
from hadath.text.numbers import NUMBER_WORDS, SCALES
from hadath.text.spans import alternation, leftmost_longest

# Python weekday numbers (Monday 0).
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
# Gregorian month names: Egyptian/Gulf (transliterated), Levantine/Iraqi
# (Syriac), Maghrebi (French-derived, Moroccan variants).
MONTHS = {
    **dict.fromkeys(("يناير", "كانون الثاني", "كانون ثاني", "جانفي"), 1),
    **dict.fromkeys(("فبراير", "شباط", "فيفري"), 2),
    **dict.fromkeys(("مارس", "اذار"), 3),
    **dict.fromkeys(("ابريل", "نيسان", "افريل"), 4),
    **dict.fromkeys(("مايو", "ايار", "ماي"), 5),
    **dict.fromkeys(("يونيو", "يونيه", "حزيران", "جوان"), 6),
    **dict.fromkeys(("يوليو", "يوليه", "تموز", "جويليه", "يوليوز"), 7),
    **dict.fromkeys(("اغسطس", "اب", "اوت", "غشت"), 8),
    **dict.fromkeys(("سبتمبر", "ايلول", "شتنبر"), 9),
    **dict.fromkeys(("اكتوبر", "تشرين الاول", "تشرين اول"), 10),
    **dict.fromkeys(("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"), 11),
    **dict.fromkeys(("ديسمبر", "كانون الاول", "كانون اول", "دجنبر"), 12),
}
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الثاني": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12,
}
# Relative days: offset from the publication day.
RELATIVE_DAYS = {
    "اليوم": 0, "الليله": 0, "امس": -1, "الامس": -1, "بالامس": -1, "البارحه": -1, "الليله الماضيه": -1,
    "اول امس": -2, "اول من امس": -2, "امس الاول": -2, "غدا": 1, "بعد غد": 2,
}
_PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق")
_NEXT = ("المقبل", "المقبله", "القادم", "القادمه")
_CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")
_PERIODS = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}
# "N units ago" (قبل يومين, منذ ثلاثة أشهر): the unit's granularity by its forms.
_AGO_ONE = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}
_AGO_DUAL = {"يومين": "day", "اسبوعين": "week", "شهرين": "month", "عامين": "year", "سنتين": "year"}
_AGO_PLURAL = {"ايام": "day", "يوما": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month", "شهرا": "month",
               "اعوام": "year", "عاما": "year", "سنوات": "year", "سنه": "year"}
# Parts of a day that may precede a day expression: صباح اليوم, ليلة الجمعة.
DAY_PARTS = ("يوم", "صباح", "مساء", "ظهر", "ظهيره", "عصر", "فجر", "ليل", "ليله", "نهار", "منتصف ليل", "منتصف ليله")


# A conjunction letter may be glued in front (وأمس); it stays outside the
# span. Prepositions are not allowed: لامس is a verb, not ل + أمس.
_START = r"(?<!\w)(?:[وف](?=\w))?"
_END = r"(?!\w)"
_MONTH = rf"(?:{alternation(MONTHS, flexible_spaces=True)}){_END}"
_MONTH_PAIR = rf"(?P<month>{_MONTH})(?:\s*[/-]\s*(?:{_MONTH})|\s*\((?:{_MONTH})\))?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?:\s?م(?!\w))?"
_NUMERIC_YEAR = r"(?P<year>(?:19|20)\d\d)(?:م(?!\w))?"
_YEAR_LEAD = r"(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?"
_HIJRI_YEAR = r"(?P<hyear>1[34]\d\d)(?:\s*هـ?(?!\w))?"
_DAY_NUM = r"(?<!\d)(?P<day>[012]?\d|3[01])(?!\d)"
_MONTH_NUM = r"(?P<month>0?[1-9]|1[0-2])"
_SEP = r"\s*(?P<sep>[/.-])\s*"

_PATTERNS = {
    "numeric_dmy": rf"(?<![\d/.-]){_DAY_NUM}{_SEP}{_MONTH_NUM}\s*(?P=sep)\s*{_NUMERIC_YEAR}(?![\d/])",
    "numeric_ymd": rf"(?<![\d/.-])(?P<year>(?:19|20)\d\d){_SEP}{_MONTH_NUM}\s*(?P=sep)\s*{_DAY_NUM}(?![/])",
    "day_month": rf"{_DAY_NUM}\s+(?:من\s+)?(?:شهر\s+)?{_MONTH_PAIR}"
                 rf"(?:\s*،?\s*{_YEAR_LEAD}{_YEAR}|\s+(?P<rel>{alternation(_PAST + _NEXT + _CURRENT, flexible_spaces=True)}){_END})?",
    "hijri": rf"{_DAY_NUM}\s+(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{alternation(HIJRI_MONTHS, flexible_spaces=True)}){_END}"
             rf"(?:\s+{_YEAR_LEAD}{_HIJRI_YEAR})?",
    "hijri_numeric": rf"(?<![\d/.-]){_DAY_NUM}{_SEP}(?P<hmonth>0?[1-9]|1[0-2])\s*(?P=sep)\s*(?P<hyear>1[34]\d\d)\s*هـ",
    "month_year": rf"{_START}(?P<span>(?:شهر\s+)?{_MONTH_PAIR}\s*،?\s*{_YEAR_LEAD}{_YEAR})",
    "month_relative": rf"{_START}(?P<span>(?:شهر\s+)?{_MONTH_PAIR}\s+(?P<rel>{alternation(_PAST + _NEXT + _CURRENT, flexible_spaces=True)}){_END})",
    "month_bare": rf"(?<!\w)(?:[وف]?(?:في|خلال|منذ|حتي|الي|مطلع|اوائل|اواسط|منتصف|اواخر|نهايه|بدايه)\s+)(?P<span>(?:شهر\s+)?{_MONTH_PAIR})",
    "year": rf"{_START}(?P<span>(?:عام|العام|سنه|السنه)\s+{_YEAR})",
    # A bare year after a time preposition (في 2015, منذ 2011), unless a
    # quantity word follows (في 2000 هجوم is not a year; nor 1990 دولارا; an
    # adverb in tanween is no quantity: في 2012 ردا على).
    "year_bare": rf"(?<!\w)[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه)\s+(?P<span>{_YEAR})"
                 rf"(?!\d|[.,٫٬]\d|\s*(?:%|(?!(?:ردا|ايضا|تقريبا|تحديدا|وفقا|طبقا|خصوصا|تزامنا)(?!\w))\w+(?:ا|ات|ين)(?!\w)|{alternation(SCALES, flexible_spaces=True)}|بالمئه|في\s+المئه))",
    "period_relative": rf"{_START}(?P<span>(?P<period>{alternation(_PERIODS, flexible_spaces=True)})\s+(?P<rel>{alternation(_PAST + _NEXT + _CURRENT, flexible_spaces=True)}){_END})",
    "period_this": rf"{_START}(?P<span>(?:هذا|هذه)\s+(?P<period>{alternation(_PERIODS, flexible_spaces=True)}){_END})",
    "ago": rf"{_START}(?P<span>(?:قبل|منذ)\s+(?:(?P<two>{alternation(_AGO_DUAL, flexible_spaces=True)})|(?P<count>\d{{1,2}}|{alternation(NUMBER_WORDS, flexible_spaces=True)})\s+(?P<unit>{alternation(_AGO_PLURAL, flexible_spaces=True)})"
           rf"|(?P<one>{alternation(_AGO_ONE, flexible_spaces=True)})(?!\s+(?:ال\w|\d))(?:\s+واحد)?){_END})",
    # A following weekday joins (اليوم الخميس, أمس الأربعاء); ذلك اليوم is not today.
    "relative_day": rf"(?<!ذلك\s)(?<!تلك\s){_START}(?P<span>(?:(?:{alternation(DAY_PARTS, flexible_spaces=True)})\s+)?(?P<rel>{alternation(RELATIVE_DAYS, flexible_spaces=True)}){_END}"
                    rf"(?P<weekday>\s+(?:{alternation(WEEKDAYS, flexible_spaces=True)}){_END})?)",
    "weekday": rf"{_START}(?P<span>(?:(?:{alternation(DAY_PARTS, flexible_spaces=True)})\s+)?(?P<weekday>{alternation(WEEKDAYS, flexible_spaces=True)}){_END}(?:\s+(?P<rel>{alternation(_PAST + _NEXT, flexible_spaces=True)}){_END})?)(?!\s+عشر)",
}
_COMPILED = {name: re.compile(pattern) for name, pattern in _PATTERNS.items()}
# اليوم/الليلة followed by another ال-word names some day (اليوم العالمي,
# اليوم التالي, اليوم الذي), not today; إلى is no such word.
_NAMED_DAY_AFTER = re.compile(rf"\s+(?:نفسه|ذاته|ال(?!ي{_END})\w)")
# What may stand between a weekday and the explicit date that it introduces.
_WEEKDAY_DATE_GAP = re.compile(r"[\s،,(:-]*(?:الموافق\s*)?")


def _year_for(month: int, day: int, rel: str | None, pub: dt.date) -> dt.date | None:
    """The day/month in the publication year or a neighbour: the closest to
    `pub`, or the latest before it with الماضي, the first after with المقبل."""
    options = [d for d in (_safe_date(pub.year + shift, month, day) for shift in (-1, 0, 1)) if d]
    if rel in _PAST:
        options = [d for d in options if d < pub]
    elif rel in _NEXT:
        options = [d for d in options if d > pub]
    return min(options, key=lambda d: abs((d - pub).days), default=None)


def _from_hijri(year: int, month: int, day: int) -> dt.date | None:
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # not a day of that month, or out of the converter's range
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_start(day: dt.date, shift: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 + shift
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_start(period: str, rel: str | None, pub: dt.date) -> dt.date:
    shift = -1 if rel in _PAST else 1 if rel in _NEXT else 0
    if period == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        return monday + dt.timedelta(weeks=shift)
    if period == "month":
        return _month_start(pub, shift)
    return dt.date(pub.year + shift, 1, 1)


def _ago(count: int, granularity: str, pub: dt.date) -> dt.date:
    """The start of the day, week, month or year `count` such units before `pub`."""
    if granularity == "day":
        return pub - dt.timedelta(days=count)
    if granularity == "week":
        day = pub - dt.timedelta(weeks=count)
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return _month_start(pub, -count)
    return dt.date(pub.year - count, 1, 1)


def resolve_weekday(weekday: int, pub: dt.date, rel: str | None = None) -> dt.date:
    """The latest such day on or before `pub`; with الماضي strictly before,
    with المقبل/القادم the next one strictly after."""
    if rel in _NEXT:
        return pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and rel in _PAST:
        back = 7
    return pub - dt.timedelta(days=back)


def _month_of(match: re.Match) -> int:
    return MONTHS[" ".join(match.group("month").split())]


def _resolve(name: str, match: re.Match, pub: dt.date | None) -> tuple[dt.date | None, str] | None:
    """The (value, granularity) of one match of pattern `name`; None when the
    match is not a date after all."""
    groups = match.groupdict()
    if name in ("numeric_dmy", "numeric_ymd"):
        return _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"])), "day"
    if name == "day_month":
        month, day = _month_of(match), int(groups["day"])
        if groups["year"]:
            return _safe_date(int(groups["year"]), month, day), "day"
        return (_year_for(month, day, groups["rel"], pub) if pub else None), "day"
    if name in ("hijri", "hijri_numeric"):
        hmonth = groups["hmonth"]
        month = int(hmonth) if hmonth.isdigit() else HIJRI_MONTHS[" ".join(hmonth.split())]
        if groups["hyear"]:
            return _from_hijri(int(groups["hyear"]), month, int(groups["day"])), "day"
        if month == HIJRI_MONTHS["صفر"]:
            return None  # without a year, صفر is as often zero (فاز 2 صفر)
        if pub is None:
            return None, "day"
        year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
        options = [d for d in (_from_hijri(y, month, int(groups["day"])) for y in (year - 1, year, year + 1)) if d]
        return min(options, key=lambda d: abs((d - pub).days), default=None), "day"
    if name == "month_year":
        return dt.date(int(groups["year"]), _month_of(match), 1), "month"
    if name in ("month_relative", "month_bare"):
        if pub is None:
            return None, "month"
        month = _month_of(match)
        return _year_for(month, 1, groups.get("rel"), _month_start(pub)), "month"
    if name in ("year", "year_bare"):
        return dt.date(int(groups["year"]), 1, 1), "year"
    if name in ("period_relative", "period_this"):
        period = _PERIODS[groups["period"]]
        return (_period_start(period, groups.get("rel"), pub) if pub else None), period
    if name == "ago":
        if groups["two"] or groups["one"]:
            count = 2 if groups["two"] else 1
            granularity = _AGO_DUAL.get(groups["two"]) or _AGO_ONE[groups["one"]]
        else:
            count = int(groups["count"]) if groups["count"].isdigit() else NUMBER_WORDS[groups["count"]]
            granularity = _AGO_PLURAL[groups["unit"]]
        return (_ago(count, granularity, pub) if pub else None), granularity
    if name == "relative_day":
        if groups["rel"] in ("اليوم", "الليله") and not groups["weekday"] and _NAMED_DAY_AFTER.match(match.string, match.end()):
            return None
        if match.group("span") == "اليوم" and match.string.endswith("في ", 0, match.start("span")):
            return None  # 450 ألف برميل في اليوم: per day
        offset = RELATIVE_DAYS[" ".join(groups["rel"].split())]
        return (pub + dt.timedelta(days=offset) if pub else None), "day"
    weekday = WEEKDAYS[groups["weekday"]]
    return (resolve_weekday(weekday, pub, groups.get("rel")) if pub else None), "day"


def find_dates(text: str, pub_date: dt.date | None) -> list[Mention]:
    """DATE mentions of `text`, relative ones resolved against `pub_date`."""
    folded = fold(text)
    candidates: list[tuple[Mention, str]] = []
    for name, pattern in _COMPILED.items():
        for match in pattern.finditer(folded):
            start, end = match.span("span") if "span" in pattern.groupindex else match.span()
            try:
                resolved = _resolve(name, match, pub_date)
            except (OverflowError, ValueError):  # off the calendar: قبل مليون سنة, Hijri of a year-1 pub date
                continue
            if resolved is None:
                continue
            value, granularity = resolved
            mention = Mention("DATE", text[start:end], start, end, "dates",
                              value=value.isoformat() if value else None, granularity=granularity)
            candidates.append((mention, name))
    kinds = {id(m): name for m, name in candidates}
    return _attach_weekdays(text, leftmost_longest([m for m, _ in candidates]), kinds)


_EXPLICIT_DAY = ("numeric_dmy", "numeric_ymd", "day_month", "hijri", "hijri_numeric")


def _attach_weekdays(text: str, mentions: list[Mention], kinds: dict[int, str]) -> list[Mention]:
    """A weekday or relative day directly followed by an explicit day (`يوم
    الأربعاء (26 / 1 / 2022)`, `اليوم الخميس 6 جمادى الآخرة 1439هـ`) is one
    mention with the explicit value."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and kinds.get(id(previous)) in ("weekday", "relative_day")
            and kinds.get(id(mention)) in _EXPLICIT_DAY
            and _WEEKDAY_DATE_GAP.fullmatch(text, previous.char_end, mention.char_start)
        ):
            end = mention.char_end
            if text[previous.char_end:mention.char_start].rstrip().endswith("(") and text[end:end + 1] == ")":
                end += 1
            merged[-1] = Mention("DATE", text[previous.char_start:end], previous.char_start, end, "dates",
                                 value=mention.value, granularity="day")
            continue
        merged.append(mention)
    return merged

