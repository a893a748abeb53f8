"""The one matching key every lexicon and gazetteer is built and looked up with.

The stored article text is never changed; lookups compare `key(...)` of both
sides, so spelling variants that Arabic media mix freely (hamza on alef, alef
maksura for yeh, teh marbuta for heh, diacritics, tatweel, the three digit
scripts) meet on one form.
"""
from __future__ import annotations

import re
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_unicode

# Single-character rewrites that keep the length, so offsets found in the
# folded text are offsets of the original (see `fold`).
_FOLD = {
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
}
_FOLD_MAP = str.maketrans(_FOLD)
# Invisible format characters: bidi marks and embeddings (web and wire copy, and
# ANERcorp, put U+200F before or after names), zero-width (non-)joiners, BOM,
# soft hyphen.
INVISIBLE = "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_KEY_MAP = str.maketrans({**_FOLD, "\u0640": None, **dict.fromkeys(INVISIBLE)})  # tatweel and those dropped
_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """The normalized matching form of `text` (camel-tools NFKC and dediac, then
    alef/yeh/teh-marbuta/tatweel/digit folding, invisible format characters
    dropped, whitespace collapsed)."""
    if len(text) <= _CACHED_LENGTH:
        return _cached_key(text)
    return _key(text)


def _key(text: str) -> str:
    folded = dediac_ar(normalize_unicode(text)).translate(_KEY_MAP)
    if " " in folded or not folded.isprintable():
        folded = _SPACES.sub(" ", folded).strip()
    return folded


# Words repeat across articles; caching short strings makes key() of a token
# a dictionary lookup.
_CACHED_LENGTH = 40
_cached_key = lru_cache(maxsize=500_000)(_key)


def fold(text: str) -> str:
    """`text` with the letter and digit folding of `key` but the same length,
    for regex matching whose offsets must point into the original text
    (diacritics and tatweel stay, so patterns see them)."""
    return text.translate(_FOLD_MAP)


# Proclitic chains in the order Arabic stacks them: conjunction, preposition,
# article. `لل` is ل + ال with the alef dropped, so its stem gets ال back.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
# Possessive/object pronoun suffixes worth stripping for lexicon lookups; yeh is
# left out on purpose (it is mostly the nisba ending: عراقي is not عراق + ي).
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
# A candidate stem shorter than this (not counting ال) matches too much.
MIN_STEM = 3


def _proclitic_stems(word: str) -> list[str]:
    """Every stem left after stripping a valid proclitic chain, with and without ال."""
    stems: list[str] = []
    for conj in _CONJUNCTIONS:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
            stems += ["ال" + rest[2:], rest[2:]]
        for prep in _PREPOSITIONS:
            if prep and not rest.startswith(prep):
                continue
            bare = rest[len(prep):]
            if bare != word and len(bare) >= MIN_STEM:
                stems.append(bare)
            if bare.startswith("ال") and len(bare) - 2 >= MIN_STEM:
                stems.append(bare[2:])
    return stems


def _suffix_stems(word: str) -> list[str]:
    """Stems left after stripping one pronoun suffix; a stem ending in ت gets
    its teh marbuta back (حكومته -> حكومه, the key of حكومة)."""
    stems: list[str] = []
    for suffix in _PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            stem = word[: -len(suffix)]
            stems.append(stem)
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ه")
    return stems


@lru_cache(maxsize=200_000)
def _variants(word_key: str, suffixes: bool) -> tuple[str, ...]:
    prefixed = [word_key, *_proclitic_stems(word_key)]
    candidates = list(prefixed)
    if suffixes:
        for stem in prefixed:
            candidates += _suffix_stems(stem)
    unique = list(dict.fromkeys(candidates))
    # Stable sort: the word itself stays first, then longest stem first, so the
    # least-stripped reading wins whenever a lexicon knows it.
    return (word_key, *sorted(unique[1:], key=len, reverse=True))


def clitic_variants(word_key: str, suffixes: bool = True) -> list[str]:
    """Lookup candidates of one keyed word: the word itself first, then the
    stems left by stripping proclitics (و ف, then ب ل ك, then ال; or لل which
    yields both ال+stem and the bare stem) and, when `suffixes`, one pronoun
    suffix. Ordered longest first (ties keep generation order: article kept
    before article stripped); stems shorter than MIN_STEM letters are not offered.

    >>> clitic_variants("وبالجيش")
    ['وبالجيش', 'بالجيش', 'الجيش', 'جيش']
    """
    return list(_variants(word_key, suffixes))
