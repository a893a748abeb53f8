"""The Arabic text layer: matching keys, sentences and tokens with offsets,
DATE and NUMBER mentions, publication-day inference.

Every span is a span of the text as received: `text[start:end]` is the
token, sentence or mention text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hadath.records import Mention, Sentence, Token
from hadath.text.dates import find_dates
from hadath.text.numbers import find_numbers
from hadath.text.segment import sentences, tokens


@dataclass(slots=True)
class TextAnalysis:
    """What the text stage hands to recognition and event coding."""

    sentences: list[Sentence]
    tokens: list[Token]
    dates: list[Mention]
    numbers: list[Mention]


def analyze(text: str, pub_date: dt.date | None) -> TextAnalysis:
    """Sentences, tokens, DATE and NUMBER mentions of one article; a number
    inside a date (the 2022 of 26 / 1 / 2022) is part of the date only."""
    dates = find_dates(text, pub_date)
    numbers = [n for n in find_numbers(text) if not _inside_any(n, dates)]
    return TextAnalysis(sentences(text), tokens(text), dates, numbers)


def _inside_any(mention: Mention, spans: list[Mention]) -> bool:
    return any(s.char_start < mention.char_end and mention.char_start < s.char_end for s in spans)
