"""PLOVER event coding: trigger lexicon, argument linking, filters, merging.

`code_events` is the stage's one entry point. `lexicon` matches the trigger
lexicon (data/triggers) on token keys; `coder.Coder` makes a candidate per
trigger that survives the filters, with its arguments (`arguments`), day,
place and casualties; `merge` makes one row per happening and scores its
confidence; `plover` holds the fixed per-type fields; `words` the closed
word classes the clause reading needs.
"""
from __future__ import annotations

from hadath.code.coder import Candidate, Coder
from hadath.code.lexicon import default_lexicon
from hadath.code.merge import MIN_CONFIDENCE, confidence, merge, to_event
from hadath.records import Article, Event, Mention


def code_events(article: Article, analysis, entities: list[Mention], actors: list,
                min_confidence: float = MIN_CONFIDENCE) -> list[Event]:
    """The PLOVER events of one article, one per happening, in text order.

    `analysis` is hadath.text.analyze(article.text, article.pub_date) (its
    sentences, tokens, dates, numbers); `entities` the NER mentions and
    `actors` the actor-dictionary matches; either may be empty. Events below
    `min_confidence` are dropped (the default is the dev-tuned operating point)."""
    if article.pub_date is None:
        raise ValueError("code_events needs article.pub_date: relative days and the fallback date hang on it")
    candidates = Coder().code(article.text, article.pub_date, analysis.sentences, analysis.tokens,
                              analysis.dates, analysis.numbers, entities, actors)
    return [to_event(c) for c in merge(candidates) if confidence(c) >= min_confidence]


def lexicon_version() -> str:
    """Version of the trigger lexicon, for the pipeline's extractor_version."""
    return default_lexicon().version


__all__ = ["Candidate", "Coder", "code_events", "lexicon_version"]
