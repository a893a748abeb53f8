"""Publication day of an article whose metadata has none, from its own text.

1. `text`: a dateline, a full explicit date within the first
   `DATELINE_CHARS` that closes the dateline (`القاهرة 14 أبريل 2018 -`).
2. `inferred`: news dates recent days by weekday, and writes the calendar
   date next to a weekday (`يوم الأربعاء (26 / 1 / 2022)`) for a recent day,
   while bare dates are as often history. So the anchor is the latest date
   whose attached weekday agrees with the calendar, and the publication day
   is the first day on or after it by which every other weekday the text
   names has come round (then `يوم الاثنين` gives Monday 31 January 2022).
3. None: the pipeline falls back to the ingest day.
"""
from __future__ import annotations

import datetime as dt
import re

from hadath.text.dates import WEEKDAYS, find_dates
from hadath.text.normalize import fold

DATELINE_CHARS = 80
_WEEKDAY = re.compile("|".join(WEEKDAYS))
_FORWARD = re.compile("المقبل|القادم")
# A dateline date closes the dateline: a dash, colon, slash, bracket or line
# break follows it, not the running sentence.
_DATELINE_END = re.compile(r"\s*[-–—:/(\n]")


def _named_weekday(mention_text: str) -> int | None:
    """The weekday a DATE mention names, unless it points forward (المقبل)."""
    folded = fold(mention_text)
    named = _WEEKDAY.search(folded)
    return None if named is None or _FORWARD.search(folded) else WEEKDAYS[named.group()]


def infer_pub_date(text: str) -> tuple[dt.date, str] | None:
    """(day, "text") from a dateline, (day, "inferred") from weekday-dated
    references and the weekdays after them, or None when the text fixes no day."""
    mentions = find_dates(text, None)
    for mention in mentions:
        if mention.char_start >= DATELINE_CHARS:
            break
        if mention.granularity == "day" and mention.value and _DATELINE_END.match(text, mention.char_end):
            return dt.date.fromisoformat(mention.value), "text"
    anchors = [
        day
        for mention in mentions
        if mention.value and mention.granularity == "day"
        and _named_weekday(mention.text) == (day := dt.date.fromisoformat(mention.value)).weekday()
    ]
    if not anchors:
        return None
    anchor = max(anchors)
    latest = anchor
    for mention in mentions:
        weekday = _named_weekday(mention.text) if mention.value is None and mention.granularity == "day" else None
        if weekday is not None:
            latest = max(latest, anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7))
    return latest, "inferred"
