"""Building mention patterns and choosing among overlapping candidates."""
from __future__ import annotations

import re

from hadath.records import Mention


def alternation(words, flexible_spaces: bool = False) -> str:
    """A regex alternation of the words, longest first so the longest form wins;
    with `flexible_spaces`, a space inside a phrase matches any run of spaces."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") if flexible_spaces else e for e in escaped)


def leftmost_longest(candidates: list[Mention]) -> list[Mention]:
    """The non-overlapping subset that an earliest-start, then longest, scan keeps."""
    kept: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (m.char_start, -m.char_end)):
        if not kept or mention.char_start >= kept[-1].char_end:
            kept.append(mention)
    return kept
