"""The actor dictionary: who acts in Arabic news, as canonical name, country and sector.

`data/actors/actors.tsv` (rebuilt by `scripts/build_actors.py`) holds one alias a
row: named actors (PERS/ORG), states and their capitals (LOC), agent words that
give a sector (AGENT: قوات, شرطة, متظاهرين), country adjectives (ADJ: عراقي) and
sector adjectives (SADJ: عسكري). `find_actors` matches every alias at once with
an Aho-Corasick automaton over a loose per-word form, then joins adjacent
matches the way Arabic builds actor phrases: a head noun with an adjective
(`الجيش العراقي`), a construct chain (`قوات الجيش`, `مسلحي داعش`, `حكومة العراق`)
and a title before a name (`الرئيس الأمريكي دونالد ترامب`).

The loose word form is what lets one alias match every surface form: the
shared `key`, then the proclitics and article stripped (و ف ب ك ل + ال, or لل),
then the nisba endings folded (ية → ي, يين/يون → ي), so `عراقي` matches
`العراقية` and `العراقيين`, and the seed's lemmas (`جيش أميركي`) match
`الجيش الأميركي`. A one-word name must match the text word exactly, article
included (only proclitics may differ), so `الصدر` does not match the verb `صدر`,
`حماس` not the noun `الحماس`, and `السعودية` not the adjective `السعودي`.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

import ahocorasick

from hadath.records import Mention
from hadath.text.normalize import MIN_STEM, key

ACTORS_TSV = Path(__file__).resolve().parents[1] / "data" / "actors" / "actors.tsv"

SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK CVL JRN MED REF REL SOC BUS EDU LAB OPP CRM ELI".split()
)
NAMED_KINDS = frozenset({"PERS", "ORG", "LOC"})
# A word: letters and digits of any script, with the diacritics and tatweel inside it.
WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")
_SPLIT = re.compile(f"({WORD.pattern})")
# The article with the proclitics before it; `لل` is ل + ال. The stem must keep MIN_STEM letters.
_ARTICLE = re.compile(rf"(?:[وف]?[بكل]?ال|[وف]?لل)(?=\w{{{MIN_STEM}}})")
_CLITICS_WITHOUT_ARTICLE = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# Two matches join into one phrase only across spaces, quotes and brackets: مقاتلي (قسد).
_JOINABLE_GAP = re.compile(r"[\s\"'«»“”()]+")
_POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما")
POSSESSIVE = "possessive"  # the source of the agent entries made by _possessive_agents
STATES = "countries"  # the source of the states' names and adjectives (countries.tsv)
_ENTITY_TYPE = {"PERS": "PERS", "ORG": "ORG", "LOC": "LOC", "AGENT": "ORG"}


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: canonical English name (None for an unnamed group such
    as `الجيش العراقي`), ISO3 or IGO code, PLOVER sector."""

    name: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor expression in a text: `text == source_text[char_start:char_end]`.
    kind: PERS, ORG, LOC (a state or its capital acting), AGENT (a group or
    office known by its sector and perhaps country), ADJ (a state's adjective
    standing alone, only when asked for: see `find_actors`)."""

    text: str
    char_start: int
    char_end: int
    name: str | None
    country: str | None
    sector: str | None
    kind: str

    @property
    def actor(self) -> Actor:
        return Actor(self.name, self.country, self.sector)


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of actors.tsv. `exact` is what a one-word name demands of the
    text word: its article status and its keyed form without proclitics (None
    for agent words, adjectives and multi-word aliases)."""

    alias: str
    name: str | None
    country: str | None
    sector: str | None
    kind: str  # PERS ORG LOC AGENT ADJ SADJ
    source: str
    exact: tuple[bool, str] | None = None


@dataclass(frozen=True, slots=True)
class _Word:
    """One text word: its keyed form, where the loose form sits in it, and the
    map from keyed to original character offsets (None when they coincide)."""

    keyed: str
    loose: str
    prefix_len: int  # keyed chars before the loose form (proclitics + article)
    span_offset: int  # keyed chars before where a match's span starts
    article: bool
    plural: bool
    offsets: tuple[int, ...] | None


@lru_cache(maxsize=300_000)
def _word(token: str) -> _Word:
    keyed = key(token)
    offsets = None
    if len(keyed) != len(token):
        chars, index = [], []
        for i, char in enumerate(token):
            for folded in key(char):
                chars.append(folded)
                index.append(i)
        keyed, offsets = "".join(chars), tuple(index)
    prefix = _ARTICLE.match(keyed)
    prefix_len = prefix.end() if prefix else 0
    # The span keeps the article (ال, or the fused لل) but not و ف ب ك ل before it.
    span_offset = max(0, prefix_len - 2) if prefix else 0
    stem, plural = keyed[prefix_len:], False
    if len(stem) - 2 >= MIN_STEM and stem.endswith(("يين", "يون")):
        stem, plural = stem[:-2], True
    elif len(stem) - 1 >= MIN_STEM and stem.endswith("يه"):
        stem = stem[:-1]
    return _Word(keyed, stem, prefix_len, span_offset, prefix is not None, plural, offsets)


def loose_word(word: str) -> str:
    """The loose form of one word (see the module docstring)."""
    return _word(word).loose


def alias_slot(alias: str, kind: str) -> tuple[str, tuple[bool, str] | None]:
    """The loose form an alias is matched by, and what a one-word name demands
    of the text word (see `Entry.exact`)."""
    words = [_word(t) for t in WORD.findall(alias)]
    exact = None
    if len(words) == 1 and kind in NAMED_KINDS:
        exact = (words[0].article, words[0].keyed[words[0].prefix_len :])
    return " ".join(w.loose for w in words), exact


@dataclass(slots=True)
class _Span:
    """A match while phrases are being joined."""

    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    kind: str
    first_article: bool
    last_article: bool
    plural: bool
    source: str = ""  # the entry's, for a span no join made


class ActorDictionary:
    """Aliases compiled into one automaton; see the module docstring."""

    def __init__(self, entries: list[Entry]):
        by_key: dict[str, list[Entry]] = {}
        for entry in entries:
            loose, exact = alias_slot(entry.alias, entry.kind)
            if loose:
                by_key.setdefault(loose, []).append(replace(entry, exact=exact))
        for loose, entry in _possessive_agents(by_key):
            by_key.setdefault(loose, [entry])
        self.entries = entries
        # The state a country adjective names (تركي → Turkey), by country code.
        self._states = {e.country: e.name for e in reversed(entries) if e.kind == "LOC" and e.name}
        self._automaton = ahocorasick.Automaton()
        for loose, candidates in by_key.items():
            # Exact one-word names first, then the first-listed (curated before seed).
            candidates.sort(key=lambda e: e.exact is None)
            self._automaton.add_word(loose, (len(loose), tuple(candidates)))
        self._automaton.make_automaton()

    @classmethod
    def load(cls, path: Path | None = None) -> ActorDictionary:
        """The shipped dictionary (cached), or the one at `path`."""
        return _load(str(path or ACTORS_TSV))

    def find_actors(self, text: str, state_adjectives: bool = False) -> list[ActorMatch]:
        """Every actor expression in `text`, longest match first, phrases joined.
        With `state_adjectives`, also the country adjectives of countries.tsv
        no actor phrase took (القصف التركي, غارات إسرائيلية) as kind ADJ named
        for their state: no actor alone, but the doer of the deed they describe."""
        # pieces = [gap, word, gap, word, …, gap]: split and offsets stay in C.
        # `_` separates words too (hashtags: #الأمم_المتحدة); replacing it keeps offsets.
        pieces = _SPLIT.split(text.replace("_", " "))
        offsets = [0, *accumulate(map(len, pieces))]
        words = list(map(_word, pieces[1::2]))
        looses = [w.loose for w in words]
        # Punctuation between words blocks a multi-word alias across it.
        separators = [" " if g.isspace() else " | " for g in pieces[2:-1:2]]
        interleaved = [""] * (2 * len(looses) - 1) if looses else []
        interleaved[0::2], interleaved[1::2] = looses, separators
        loose_offsets = [0, *accumulate(map(len, interleaved))]
        loose_starts, loose_ends = loose_offsets[0::2], loose_offsets[1::2]
        loose_text = "".join(interleaved)

        candidates: list[tuple[int, int, int, int, Entry, bool]] = []
        for end_index, (length, entries) in self._automaton.iter(loose_text):
            last = bisect_left(loose_ends, end_index + 1)
            if last == len(loose_ends) or loose_ends[last] != end_index + 1:
                continue
            begin = end_index + 1 - length
            first = bisect_right(loose_starts, begin) - 1
            w = words[first]
            clitic = begin - loose_starts[first]
            if clitic and (w.prefix_len or w.loose[:clitic] not in _CLITICS_WITHOUT_ARTICLE):
                continue
            article = w.article and not clitic
            exact = (article, w.keyed[clitic or w.prefix_len :])
            entry = next((e for e in entries if e.exact is None or e.exact == exact), None)
            if entry is None:
                continue
            keyed_start = clitic or w.span_offset
            start = offsets[2 * first + 1] + (w.offsets[keyed_start] if w.offsets else keyed_start)
            candidates.append((start, offsets[2 * last + 2], first, last, entry, article))

        # Longest match wins; ties go to the earlier one.
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = [False] * len(words)
        chosen: list[_Span] = []
        for start, end, first, last, entry, article in candidates:
            if any(taken[first : last + 1]):
                continue
            taken[first : last + 1] = [True] * (last - first + 1)
            # A noun with a possessive pronoun (قواته) is definite: it takes
            # definite adjectives and heads no construct chain.
            possessive = entry.source == POSSESSIVE
            chosen.append(
                _Span(start, end, entry.name, entry.country, entry.sector, entry.kind,
                      article or possessive, words[last].article or possessive, words[last].plural,
                      entry.source)
            )
        chosen.sort(key=lambda s: s.start)

        phrases: list[_Span] = []
        for span in chosen:
            if phrases and _JOINABLE_GAP.fullmatch(text, phrases[-1].end, span.start):
                joined = _join(phrases[-1], span)
                if joined is not None:
                    phrases[-1] = joined
                    continue
            phrases.append(span)
        out = [m for s in phrases if (m := _as_match(text, s)) is not None]
        if state_adjectives:
            out += [ActorMatch(text[s.start : s.end], s.start, s.end, self._states.get(s.country), s.country,
                               None, "ADJ") for s in phrases
                    if s.kind == "ADJ" and s.source == STATES and not s.plural]
            out.sort(key=lambda m: m.char_start)
        return out

    def link(self, surface: str) -> Actor | None:
        """The actor a NER span names when the dictionary knows it (the whole
        span must be one actor expression), else None."""
        return _link(self, surface.strip())

    def link_mentions(self, mentions: list[Mention]) -> None:
        """Fill `canonical_name` of PERS and ORG mentions (NER ones) that name
        an actor the dictionary knows by name (نيد برايس → Ned Price)."""
        for m in mentions:
            if m.entity_type in ("PERS", "ORG") and m.canonical_name is None:
                actor = self.link(m.text)
                if actor is not None and actor.name:
                    m.canonical_name = actor.name


def _possessive_agents(by_key: dict[str, list[Entry]]) -> list[tuple[str, Entry]]:
    """One-word agent words with a possessive pronoun (قواته, حكومتها, ميليشياته):
    the loose form of each, and its agent entry. Teh marbuta turns back to ت;
    a bare ه is only added after ت, since elsewhere it reads as the keyed teh
    marbuta of another word (مساعد + ه = مساعدة, "aid")."""
    variants = []
    for loose, entries in by_key.items():
        agent = next((e for e in entries if e.kind == "AGENT"), None)
        # (ألوية: its أل is no article, and ويتهم is the verb "he is accused")
        if agent is None or " " in loose or loose.endswith("ي") or agent.alias.startswith(("أل", "إل", "آل")):
            continue
        stem = loose[:-1] + "ت" if loose.endswith("ه") else loose
        suffixes = _POSSESSIVE_SUFFIXES if stem.endswith("ت") else _POSSESSIVE_SUFFIXES[1:]
        variants += [(stem + suffix, replace(agent, source=POSSESSIVE)) for suffix in suffixes]
    return variants


def _join(head: _Span, tail: _Span) -> _Span | None:
    """The phrase `head tail` when Arabic grammar makes it one actor, else None."""
    kind, name, country, sector = head.kind, head.name, head.country, head.sector
    if head.kind not in ("AGENT", "ORG"):
        return None
    construct = not head.last_article  # head is the first term of an idafa
    if tail.kind == "ADJ":
        if tail.name:  # a group adjective, also a noun: الميليشيات الحوثية, ميليشيات الحوثي
            if head.last_article and not tail.first_article:
                return None
            kind, name, country = "ORG", tail.name, tail.country
            sector = tail.sector or sector
        else:  # a country adjective agrees with its head on the article
            if head.last_article != tail.first_article or (country and country != tail.country):
                return None
            country = tail.country
    elif tail.kind == "SADJ":
        if head.last_article != tail.first_article:
            return None
        if head.kind == "AGENT" and not head.name and (sector is None or tail.sector != "GOV"):
            sector = tail.sector
    elif head.kind != "AGENT" or head.name:
        return None
    elif tail.kind == "PERS":  # a title before a name: الرئيس الأمريكي دونالد ترامب
        if country and tail.country and country != tail.country:
            return None
        kind, name = "PERS", tail.name
        country, sector = tail.country or country, tail.sector or sector
    elif not construct:
        return None
    elif tail.kind == "LOC":  # حكومة العراق, وزير خارجية روسيا
        country = tail.country
    elif tail.kind == "ORG":  # مسلحي داعش, قوات التحالف
        kind, name, country = "ORG", tail.name, tail.country or country
        sector = tail.sector or sector
    else:  # AGENT: قوات الشرطة, عناصر الجيش, المتحدث باسم الجيش: the one owned names the sector
        if tail.name or (country and tail.country and country != tail.country):
            return None
        sector = tail.sector or sector
        country = country or tail.country
    return _Span(head.start, tail.end, name, country, sector, kind,
                 head.first_article, tail.last_article, tail.plural)


def _as_match(text: str, span: _Span) -> ActorMatch | None:
    """The public match for a joined span, or None for what is no actor alone:
    a bare adjective (except a group's, or a plural people: السوريين), an
    agent word that gives neither sector nor country."""
    kind = span.kind
    if kind == "SADJ":
        return None
    if kind == "ADJ":
        if not span.first_article or not (span.name or span.plural):
            return None
        kind = "ORG" if span.name else "AGENT"
    if kind == "AGENT" and not (span.sector or span.country or span.name):
        return None
    return ActorMatch(text[span.start : span.end], span.start, span.end,
                      span.name, span.country, span.sector, kind)


@cache
def _load(path: str) -> ActorDictionary:
    return ActorDictionary(read_entries(Path(path)))


def read_entries(path: Path) -> list[Entry]:
    """The rows of an actors.tsv file."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Entry(r["alias"], r["name"] or None, r["country"] or None, r["sector"] or None,
                  r["kind"], r["source"])
            for r in rows
        ]


@lru_cache(maxsize=50_000)
def _link(dictionary: ActorDictionary, surface: str) -> Actor | None:
    matches = dictionary.find_actors(surface)
    if len(matches) != 1:
        return None
    match = matches[0]
    before = WORD.findall(surface[: match.char_start])
    if WORD.search(surface, match.char_end) or any(
        w not in _CLITICS_WITHOUT_ARTICLE for w in before
    ):
        return None
    return match.actor


def as_mentions(matches: list[ActorMatch]) -> list[Mention]:
    """Actor matches as mention rows (source "actors"; an agent phrase is an
    ORG; a state adjective is no mention)."""
    return [
        Mention(entity_type=_ENTITY_TYPE[m.kind], text=m.text, char_start=m.char_start,
                char_end=m.char_end, source="actors", canonical_name=m.name)
        for m in matches if m.kind != "ADJ"
    ]
