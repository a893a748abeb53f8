"""The dateline: what an article's opening says about where and when it was
filed and by whom, before the story starts.

Arabic news opens in a few shapes, each read by one stage:
- `بغداد - …`, `القاهرة 14 أبريل 2018 -`, `بغداد/ المدى`: a place and/or a
  date, closed by a dash, colon, slash, bracket or line break
  (`closes_dateline`). The geocoder takes such a place as where the story was
  filed; `pubdate` such a date as the publication day. (The geocoder's own
  close lacked the slash and line break before the two were one: on every
  10th ANT article that changed no event.)
- `شفق نيوز/ …`: an outlet's name before a slash (`outlet`), the article's
  source when its metadata names none.
- `دبي، الإمارات العربية المتحدة (CNN)--`, `(رويترز) -`: an agency's mark
  (`agency_dateline_end`). Actors and places before it are where the agency
  filed from, not parties to the story.
"""
from __future__ import annotations

import re

# A dateline runs at most this far into the text (place, then a full date);
# its place, first, starts within the first DATELINE_PLACE_CHARS (a place
# named later in an opening line is the story's, not where it was filed).
DATELINE_CHARS = 80
DATELINE_PLACE_CHARS = 40
_CLOSE = re.compile(r"\s*[-–—:/(\n]")
_OUTLET = re.compile(r"^\s*([^\n/:\-–(]{2,30}?)\s*/")
_AGENCY = re.compile(r"^\s*[^\n().]{0,60}\((?:[A-Za-z .]{2,20}|رويترز|[أا] ?ف ?ب|د ?ب ?[أا]|وكالات)\)\s*[—–-]+")


def closes_dateline(text: str, end: int) -> bool:
    """Whether what ends at `end` is followed by a dateline's close, not by
    the running sentence."""
    return _CLOSE.match(text, end) is not None


def outlet(text: str) -> str | None:
    """The outlet a `name/` dateline names, or None."""
    match = _OUTLET.match(text)
    return match.group(1).strip() if match else None


def agency_dateline_end(text: str) -> int:
    """Where an agency dateline (`… (CNN)--`) ends, or 0 when the text has none."""
    match = _AGENCY.match(text)
    return match.end() if match else 0
