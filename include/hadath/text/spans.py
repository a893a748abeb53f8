"""Choosing among overlapping candidate mentions."""
from __future__ import annotations

from hadath.records import Mention


def leftmost_longest(candidates: list[Mention]) -> list[Mention]:
    """The non-overlapping subset that an earliest-start, then longest, scan keeps."""
    kept: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (m.char_start, -m.char_end)):
        if not kept or mention.char_start >= kept[-1].char_end:
            kept.append(mention)
    return kept
