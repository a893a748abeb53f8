"""Sentences and tokens as exact character spans of the article text.

Tokens follow camel-tools `simple_word_tokenize` (split on whitespace, every
Unicode punctuation/symbol/emoji its own token) but keep their offsets. The
tokenizer walks each word character by character in Python; an equivalent
single regex does the same in one C-level pass for any text without emoji
sequences, and the few texts with them go through camel-tools itself.
"""
from __future__ import annotations

import re

from camel_tools.tokenizers.word import _SYMBOLS_ALL, simple_word_tokenize

from hadath.records import Sentence, Token


# Single characters camel-tools splits off. Texts with a character outside the
# BMP (where emoji live) or one that can continue a multi-character emoji
# (variation selector, ZWJ, keycap) take the exact camel-tools path; keeping the
# fast class within the BMP lets `re` compile it to a constant-time lookup.
_SPLIT_BMP = "".join(re.escape(s) for s in sorted(_SYMBOLS_ALL) if len(s) == 1 and s <= "\uffff")
_CONTINUATION_BMP = {c for s in _SYMBOLS_ALL if len(s) > 1 for c in s[1:] if c <= "\uffff"}
_FAST_TOKEN = re.compile(rf"[^\s{_SPLIT_BMP}]+|[{_SPLIT_BMP}]")
_NEEDS_CAMEL = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_CONTINUATION_BMP)) + "\U00010000-\U0010ffff]"
)
_WORD = re.compile(r"\S+")


def tokens(text: str) -> list[Token]:
    """camel-tools `simple_word_tokenize(text)` as Token spans of `text`."""
    if not _NEEDS_CAMEL.search(text):
        return [Token(m.group(), m.start(), m.end()) for m in _FAST_TOKEN.finditer(text)]
    found: list[Token] = []
    for word in _WORD.finditer(text):
        pos = word.start()
        for piece in simple_word_tokenize(word.group()):
            start = text.index(piece, pos)
            found.append(Token(piece, start, start + len(piece)))
            pos = start + len(piece)
    return found


# A sentence ends at a run of terminators, with any closing quotes or brackets
# that follow it; a line break always ends one.
_CLOSERS = "\"'»”’)]}"
_BOUNDARY = re.compile(rf"[.؟?!؛…]+[{re.escape(_CLOSERS)}]*")
# Balanced quotes and brackets within one line: no sentence ends inside them,
# so a quoted statement stays in the sentence of its speaker. Longer spans are
# left open: a long speech is better cut, and a stray quote mark would
# otherwise pair with the wrong one and glue a whole paragraph.
MAX_PROTECTED = 400
_PROTECTED = re.compile(
    rf'"[^"\n]{{0,{MAX_PROTECTED}}}"|«[^»\n]{{0,{MAX_PROTECTED}}}»|“[^”\n]{{0,{MAX_PROTECTED}}}”'
    rf"|\([^()\n]{{0,{MAX_PROTECTED}}}\)|\[[^\]\n]{{0,{MAX_PROTECTED}}}\]"
)
# A period right after a one-letter word is an initial or an abbreviation
# (د. م. أ.ف.ب U.S.).
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.(\"«])[^\W\d]$")


def _is_boundary(text: str, start: int, end: int) -> bool:
    head = text[start:end].rstrip(_CLOSERS)
    after = text[end] if end < len(text) else " "
    if head != ".":
        # ؟ ! ؛ … and runs like "..." or "?!" end a sentence, unless an
        # ellipsis is glued to the next word.
        return not (head[0] in ".…" and after.isalnum())
    if after.isalnum():
        # Glued to the next word: العربية.نت, سي.إن.إن, 3.5, 26.1.2022 (a
        # sentence run on without a space is far rarer in news text).
        return False
    return not _INITIAL_BEFORE.search(text[max(0, start - 2):start])


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of `text`, whitespace trimmed, in order."""
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    cuts: list[int] = []
    region = 0
    for match in _BOUNDARY.finditer(text):
        start, end = match.span()
        while region < len(protected) and protected[region][1] <= start:
            region += 1
        inside = region < len(protected) and protected[region][0] < start and end < protected[region][1]
        if not inside and _is_boundary(text, start, end):
            cuts.append(end)
    found: list[Sentence] = []
    pos = 0
    for cut in cuts + [len(text)]:
        for line in re.finditer(r"[^\n]+", text[pos:cut]):
            stripped = line.group().strip()
            if stripped:
                offset = pos + line.start() + line.group().index(stripped)
                found.append(Sentence(stripped, offset, offset + len(stripped)))
        pos = cut
    return found
