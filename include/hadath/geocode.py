"""Places in Arabic text: gazetteer matching, disambiguation and event geocoding.

The compiled gazetteer (``data/gazetteer/gazetteer.parquet``, built by
``scripts/build_gazetteer.py``) holds every place with its Arabic aliases keyed
by ``hadath.text.normalize.key``. Matching runs one Aho-Corasick pass over the
keyed tokens of the text; an alias may start inside a token only after a valid
proclitic chain (``clitic_variants``), so بالحسكة and للحسكة find الحسكة. Words
before a name qualify it: محافظة/مدينة pick the unit or the town, ريف X is X's
countryside (admin precision) and شمال/جنوب/شرق/غرب X is that place at a lower
precision. A name inside an organisation's name (قوات سوريا الديمقراطية: the
actor dictionary's named organisations are in the automaton too, and win as the
longer match) and a word with tanween (دوماً) name no place.

A name several places share is resolved against the article: the countries and
governorates its other places name (the dateline counts double), then the
population prior; a town beats the district or governorate it heads.
"""
from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pyarrow.parquet as pq

from hadath.code.words import BACKING, SEATED
from hadath.records import Article, Event, Mention
from hadath.recognize.actors import ActorDictionary, ActorMatch
from hadath.text.dateline import DATELINE_PLACE_CHARS, closes_dateline
from hadath.text.normalize import clitic_variants, key

GAZETTEER_FILE = Path(__file__).parent / "data" / "gazetteer" / "gazetteer.parquet"

# Finest first; an event takes the most specific place its sentence names.
PRECISIONS = ("point", "admin2", "admin1", "country")
# One step coarser, for "north of X": a town's north is its district's scale.
COARSER = {"point": "admin2", "admin2": "admin1", "admin1": "admin1", "country": "country"}

# Words that qualify the name after them, keyed; the value says what they ask for.
QUALIFIERS = {
    "دوله": "country", "جمهوريه": "country",
    "محافظه": "admin1", "ولايه": "admin1", "اقليم": "admin1",
    "مديريه": "admin2", "قضاء": "admin2", "ناحيه": "admin2",
    "مدينه": "town", "بلده": "town", "قريه": "town", "بلدات": "town", "قري": "town", "العاصمه": "town",
    "ريف": "countryside", "ارياف": "countryside",
    "شارع": "street", "طريق": "street", "اوتوستراد": "street",
    **{k: "direction" for k in ("شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي",
                                "اطراف", "محيط", "ضواحي")},
    "وسط": "centre",  # inside the place: its precision stays
}
# "ريف درعا الجنوبي الشرقي": directions after a countryside belong to it.
TRAILING_DIRECTIONS = {"الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط"}
MAX_QUALIFIERS = 3
# A keyed nisba adjective with the article (الاردنيه, العراقي).
NISBA = re.compile(r"ال\w{2,}يه?")
QUALIFIER_FEATURES = {
    "country": (("country",),),
    "admin1": (("admin1",), ("city",)),
    "admin2": (("admin2", "admin3"), ("city",)),
    "town": (("city", "poi", "neighbourhood"),),
    "countryside": (("admin1",), ("admin2", "admin3"), ("city",)),
}
FEATURE_RANK = {"city": 0, "poi": 0, "neighbourhood": 0, "admin3": 1, "admin2": 2, "region": 2,
                "admin1": 3, "country": 4}
UNIT_FEATURES = ("admin1", "admin2", "admin3")
# A town named once, of fewer people than this, in an article that names another
# country at least this often, is a namesake (see _locate_uncached).
STRAY_POPULATION = 100_000
STRAY_TOP_VOTES = 3
# Definite common nouns that refer back to a place ("المدينة الساحلية").
REFERENCE_NOUNS = {"المدينه", "المنطقه", "البلده", "القريه", "العاصمه", "المطار", "الميناء", "المخيم",
                   "الحي", "السجن", "القاعده", "المحافظه", "الاقليم", "الولايه", "البلاد", "الساحل",
                   "الحقل", "الحقول", "المعبر", "المديريه", "الجبهه", "المواقع", "الموقع"}
# Kinds of place a name can follow ("مخيم الهول"), besides the qualifiers.
PLACE_KINDS = {"مخيم", "منطقه", "حي", "سجن", "مطار", "ميناء", "قاعده", "معبر", "حقل", "جبل", "جسر"}
PREPOSITIONS = {"في", "من", "علي", "الي", "عن", "قرب", "داخل"}
# Prepositions that put an event at the place after them.
LOCATIVES = {"في", "قرب", "بالقرب", "داخل", "عند", "الي", "من"}
FROM = key("من")  # المدعومة من إيران: the backer after it
ACTOR_VOTE = 0.5  # an actor's state, against one mention of a place
MAX_CLITICS = 2  # و ب, ف ل ...: letters a word may carry before a name
QUOTE_MARKS = '"«»“”'


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row."""

    place_id: str
    name: str
    feature: str  # country admin1 admin2 admin3 region city neighbourhood poi
    precision: str  # point admin2 admin1 country: what an event placed here gets
    admin1: str | None
    country: str
    latitude: float
    longitude: float
    population: int
    source: str


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place named in a text, qualifiers included in the span."""

    text: str
    start: int
    end: int
    qualifier: str | None  # country admin1 admin2 town countryside (street: no match)
    directional: bool  # شمال/جنوب/شرق/غرب... before it
    candidates: tuple[Place, ...]
    located_after: bool = False  # a locative preposition or clitic ب/في precedes it


@dataclass(frozen=True, slots=True)
class Located:
    """A match resolved to one place, with the precision the text allows."""

    match: PlaceMatch
    place: Place
    precision: str


def _precision_rank(precision: str | None) -> int:
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


def _specificity(loc: Located) -> tuple[int, int]:
    """Finest first: a prison or a neighbourhood before the town that holds it."""
    return _precision_rank(loc.precision), FEATURE_RANK[loc.place.feature] - (loc.place.feature != "city")


# Words (with their diacritics and tatweel) and single punctuation marks: a name
# never spans punctuation, but hashtag marks and underscores read as spaces
# (بريف #دمشق, #ريف_دمشق). One C-level regex pass; the project tokenizer's Token
# objects cost a third of the matching time and offer nothing more here.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])*|[^\w\s#]")


TANWEEN = re.compile("[\u064b-\u064d]")


@lru_cache(maxsize=200_000)
def _token_key(word: str) -> str:
    return key(word)


@lru_cache(maxsize=200_000)
def _name_key(word: str) -> str:
    """The key a word is matched by; a word with tanween (دوماً "always",
    تماماً) is indefinite, never a name, and matches nothing."""
    return "0" if TANWEEN.search(word) else key(word)


def _char_offset(word: str, keyed_chars: int) -> int:
    """Index in `word` where its first `keyed_chars` key characters end."""
    seen = 0
    for i, ch in enumerate(word):
        if seen >= keyed_chars:
            return i
        seen += len(key(ch))
    return len(word)


class Gazetteer:
    """The compiled gazetteer with its matcher; `load()` gives the shared one."""

    def __init__(self, places: list[Place], keys: list[list[str]], weak_keys: list[set[str]],
                 clitic_blocked: set[str] = frozenset()):
        """`weak_keys[i]`: the keys of place i that are also ordinary words; they
        name it only after a qualifier (مدينة الباب, not الباب). `clitic_blocked`:
        keyed words never split into proclitic + place (بلاد is not ب + لاد)."""
        self.places = places
        self.clitic_blocked = clitic_blocked
        self.keys: dict[str, tuple[Place, ...]] = {}
        self.strong_keys: dict[str, tuple[Place, ...]] = {}
        for place, place_keys, weak in zip(places, keys, weak_keys):
            for k in place_keys:
                self.keys[k] = self.keys.get(k, ()) + (place,)
                if k not in weak:
                    self.strong_keys[k] = self.strong_keys.get(k, ()) + (place,)
        self.admin1_units = {(p.country, p.admin1): p for p in places if p.feature == "admin1"}
        automaton = ahocorasick.Automaton()
        for k in self.keys:
            automaton.add_word(k, (k, k))
            # للحسكة keeps no alef of the article: its alias is found as حسكه after لل.
            if k.startswith("ال") and len(k) > 4:
                automaton.add_word(k[2:], (k[2:], k))
        automaton.make_automaton()
        self._automaton = automaton
        self._locate = lru_cache(maxsize=256)(self._locate_uncached)

    def add_non_places(self, phrases: list[str]) -> None:
        """Teach the matcher phrases that hold a place name but name no place: an
        organisation (قوات سوريا الديمقراطية), an idiom (مسقط رأسه, birthplace).
        Matched as the longest name there, they leave no place inside them."""
        for phrase in phrases:
            k = " ".join(_name_key(m.group()) for m in _WORD.finditer(phrase))
            self._automaton.add_word(k, (k, None))
        self._automaton.make_automaton()

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: Path = GAZETTEER_FILE) -> Gazetteer:
        arrow = pq.read_table(path)
        blocked = set(json.loads(arrow.schema.metadata[b"clitic_blocked_words"]))
        table = arrow.to_pylist()
        places = [Place(**{f: row[f] for f in Place.__slots__}) for row in table]
        gazetteer = cls(places, [row["keys"] for row in table], [set(row["weak_keys"]) for row in table], blocked)
        organisations = [e.alias for e in ActorDictionary.load().entries if e.kind == "ORG" and e.name]
        gazetteer.add_non_places(json.loads(arrow.schema.metadata[b"non_place_phrases"]) + [
            name for name in organisations if any(m.end - m.start < len(name.strip()) for m in gazetteer.matches(name))])
        return gazetteer

    # -- matching -----------------------------------------------------------
    def matches(self, text: str) -> list[PlaceMatch]:
        """Every gazetteer name in `text`, longest first where they overlap."""
        toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        keys = [_name_key(t[0]) for t in toks]
        starts = [0, *accumulate(len(k) + 1 for k in keys)][:-1]
        token_ending = {start + len(k) - 1: i for i, (start, k) in enumerate(zip(starts, keys))}
        joined = " ".join(keys)
        found = []
        for end, (entry, alias) in self._automaton.iter(joined):
            last = token_ending.get(end)
            if last is None:
                continue  # ends inside a word
            begin = end - len(entry) + 1
            first = bisect.bisect_right(starts, begin) - 1
            if begin != starts[first] or (alias is not None and entry != alias):
                # A name inside a word: only after a proclitic chain.
                head = (alias or entry).split(" ", 1)[0]
                if (begin == starts[first] or keys[first] in self.clitic_blocked
                        or head not in clitic_variants(keys[first], suffixes=False)[1:]):
                    continue
            prefix = begin - starts[first]
            if (prefix and entry == alias and not alias.startswith("ال") and "ال" + alias not in self.strong_keys
                    and keys[first][:prefix].endswith(("ال", "لل"))):
                continue  # a bare name takes no article: السلمية "peaceful" is not سلمية, السيول not Seoul
            found.append((first, last, prefix, alias))
        found.sort(key=lambda f: (f[0] - f[1], f[3] is not None, -len(f[3] or ""), f[0]))
        taken: set[int] = set()
        out = []
        for first, last, prefix, alias in found:
            if taken.intersection(range(first, last + 1)):
                continue
            if alias is None:  # an organisation's name
                taken.update(range(first, last + 1))
                continue
            match, lead = self._qualified(text, toks, keys, first, last, prefix, alias, taken)
            if match.qualifier is None:  # "جنوب البلاد" is no place: a direction unlocks nothing
                match = replace(match, candidates=self.strong_keys.get(alias, ()))
            elif match.qualifier == "street":  # شارع صنعاء is a street, wherever it runs
                taken.update(range(lead, last + 1))
                continue
            if match.candidates:
                taken.update(range(lead, last + 1))
                out.append(match)
        return sorted(out, key=lambda m: m.start)

    def _qualified(self, text, toks, keys, first, last, prefix, alias, taken) -> tuple[PlaceMatch, int]:
        """The match widened over the qualifiers before it (and a countryside's
        trailing directions); the nearest non-direction qualifier is the one kept."""
        start, end = toks[first][1] + _char_offset(toks[first][0], prefix), toks[last][2]
        lead, clitic = first, keys[first][:prefix]
        qualifier, directional = None, False
        i = first - 1
        while not prefix and i >= 0 and first - i <= MAX_QUALIFIERS and i not in taken:
            # A qualifier takes no article: الجنوبي closes a phrase, it never opens one.
            word = next((v for v in clitic_variants(keys[i], suffixes=False)
                         if v in QUALIFIERS and not keys[i][: len(keys[i]) - len(v)].endswith("ال")), None)
            if word is None and i == first - 1 and i > 0 and NISBA.fullmatch(keys[i]) \
                    and "العاصمه" in clitic_variants(keys[i - 1], suffixes=False):
                i -= 1  # العاصمة الأردنية عمان: the capital, whose country the adjective names
                continue
            if word is None:
                break
            if QUALIFIERS[word] in ("direction", "centre"):
                directional = directional or QUALIFIERS[word] == "direction"
            elif qualifier is None:
                qualifier = QUALIFIERS[word]
            start, lead, clitic = toks[i][1], i, keys[i][: len(keys[i]) - len(word)]
            i -= 1
        if qualifier == "countryside":
            j = last + 1
            while j < len(keys) and keys[j] in TRAILING_DIRECTIONS and j not in taken:
                end, j = toks[j][2], j + 1
        start += _char_offset(toks[lead][0], len(clitic)) if lead != first else 0
        before = keys[lead - 1] if lead > 0 else ""
        located_after = "ب" in clitic or before in LOCATIVES or (before[:1] in "وف" and before[1:] in LOCATIVES)
        match = PlaceMatch(text[start:end], start, end, qualifier, directional, self.keys[alias], located_after)
        return match, lead

    # -- disambiguation -----------------------------------------------------
    def _resolve(self, matches: list[PlaceMatch], context: Counter | None = None) -> list[Located]:
        """Each match's best place given the others (and `context` country votes)."""
        countries = Counter(context or {})
        admin1s: Counter = Counter()
        for m in matches:
            weight = 2.0 if m.start < DATELINE_PLACE_CHARS else 1.0
            in_countries = {p.country for p in m.candidates}
            for c in in_countries:
                countries[c] += weight / len(in_countries)
            units = {(p.country, p.admin1) for p in m.candidates if p.admin1}
            for u in units:
                admin1s[u] += weight / len(units)
        total = sum(countries.values()) or 1.0
        located = []
        for m in matches:
            candidates = self._qualifier_filter(m)
            best = max(candidates, key=lambda p: self._score(p, countries, total, admin1s))
            # A name a town shares with the unit it heads means the town.
            towns = [p for p in candidates if FEATURE_RANK[p.feature] == 0
                     and p.country == best.country and p.admin1 == best.admin1]
            if best.feature in UNIT_FEATURES and towns and m.qualifier not in ("admin1", "admin2", "countryside"):
                best = max(towns, key=lambda p: p.population)
            located.append(self._with_qualifier(m, best))
        return located

    @staticmethod
    def _score(p: Place, countries: Counter, total: float, admin1s: Counter) -> float:
        share = countries[p.country] / total
        in_admin1 = 1.0 if admin1s[(p.country, p.admin1)] >= 1 and p.admin1 else 0.0
        prior = math.log10(p.population + 1) / 2 + (1.0 if p.source.startswith("curated") else 0.0)
        return 4 * share + in_admin1 + prior + (2 if p.feature in ("country", "admin1") else 0)

    @staticmethod
    def _qualifier_filter(m: PlaceMatch) -> tuple[Place, ...]:
        """The candidates of the kind the qualifier asks for, in tiers: محافظة X is
        a governorate, else the town that heads one (never a subdistrict)."""
        for wanted in QUALIFIER_FEATURES.get(m.qualifier, ()):
            chosen = tuple(p for p in m.candidates if p.feature in wanted)
            if chosen:
                return chosen
        return m.candidates

    def _with_qualifier(self, m: PlaceMatch, place: Place) -> Located:
        """The precision the qualifiers allow: محافظة X is X's governorate, ريف X
        its countryside, مديرية X its district, شمال X one step coarser than X."""
        precision = place.precision
        if place.feature != "country":
            if m.qualifier == "admin1" and place.feature != "admin1":
                place = self.admin1_units.get((place.country, place.admin1), place)
                precision = "admin1"
            elif m.qualifier == "countryside":
                precision = "admin1" if place.feature == "admin1" else "admin2"
            elif m.qualifier == "admin2" and precision == "point":
                precision = "admin2"
        if m.directional:
            precision = COARSER[precision]
        return Located(m, place, precision)

    def _locate_uncached(self, text: str) -> tuple[Located, ...]:
        located = self._resolve(self.matches(text))
        votes = Counter(loc.place.country for loc in located)
        top = max(votes.values(), default=0)
        # A lone small town abroad in an article about another country is most
        # likely a local place the gazetteer lacks that happens to share its name.
        return tuple(loc for loc in located if not (
            votes[loc.place.country] == 1 and top >= STRAY_TOP_VOTES and loc.place.precision == "point"
            and loc.place.population < STRAY_POPULATION and not loc.place.source.startswith("curated")))

    # -- the stage's interface ----------------------------------------------
    def find_places(self, text: str) -> list[Mention]:
        """Every place named in `text` as a LOC mention with its canonical name."""
        return [Mention("LOC", loc.match.text, loc.match.start, loc.match.end, "gazetteer",
                        canonical_name=loc.place.name) for loc in self._locate(text)]

    def link_mentions(self, mentions: list[Mention], context: str = "") -> None:
        """Fill `canonical_name` of LOC mentions (NER ones) that name a known place,
        read in the article text `context` when given. The recognizer has already
        judged the span a place, so a name that is also an ordinary word (الباب)
        counts here too."""
        votes = _country_votes(self._locate(context))
        for m in mentions:
            if m.entity_type != "LOC" or m.canonical_name is not None:
                continue
            found = self._resolve_judged(m.text, votes)
            if found:
                m.canonical_name = found.place.name

    def _resolve_judged(self, phrase: str, votes: Counter) -> Located | None:
        """The place a span already judged a place names (a NER LOC, the coder's
        location): as `_resolve_phrase`, or the whole span past its clitics as
        any key, a name that is also an ordinary word included (الباب, ومالي)."""
        found = self._resolve_phrase(phrase, votes)
        if found is None:
            whole = next((k for k in clitic_variants(_token_key(phrase.strip()), suffixes=False)
                          if k in self.keys), None)
            match = PlaceMatch(phrase, 0, len(phrase), None, False, self.keys[whole]) if whole else None
            found = self._resolve([match], votes)[0] if match else None
        return found

    def geocode_events(self, article: Article, events: list[Event], places: list[Mention],
                       actors: list[ActorMatch] | None = None) -> None:
        """Place each event and set `location_text` to the place's surface form.
        `actors` are the article's actor-dictionary matches (found here when
        the caller has none at hand).

        The sentence's places exclude those that are the event's actors (واشنطن
        acting); a quoted event prefers the quotation's places, the speaking
        the places outside it.
        - The coder's `location_text` overlapping a name of the sentence: that
          name, whole (قصر -> قصر اليمامة); else the phrase naming a known place.
        - A phrase from outside the sentence, or a bare unknown word, yields to a
          place below country level the sentence puts the event at (في X).
        - One naming an unknown place ("قرية الطهوت"): kept, placed in the
          governorate of its sentence's most specific place (or nowhere).
        - One that only refers back ("المدينة الساحلية", "مدينة رئيسية"), or none
          at all: the most specific place of the event's sentence; else an
          unknown place the NER found there (null coordinates); else, for a
          statement, a place in its speaker's state; else the article's main place.
        Without coordinates an event still gets the article's country."""
        located = self._locate(article.text)
        votes = _country_votes(located)
        # (المدعومة من إيران, ومقره بريطانيا: a backer or a seat named is no place, here or the article's)
        places_of_events = tuple(loc for loc in located if not _backer_or_seat(article.text, loc))
        if actors is None:
            actors = ActorDictionary.load().find_actors(article.text)
        main = self._main_place(article.text, places_of_events, actors)
        unknown = [m for m in places if m.entity_type == "LOC" and m.source != "gazetteer"
                   and not any(loc.match.start < m.char_end and m.char_start < loc.match.end for loc in located)]
        for event in events:
            start, end = _sentence_span(article.text, event)
            actors = [_token_key(a) for a in (event.actor1_text, event.actor2_text) if a]
            in_sentence = [loc for loc in places_of_events if start <= loc.match.start and loc.match.end <= end
                           and not _is_an_actor(loc, actors)]
            quoted = _in_quotes(article.text, start, event.char_start)
            nearest = min(in_sentence, default=None, key=lambda loc: (
                _in_quotes(article.text, start, loc.match.start) != quoted,
                _specificity(loc), not loc.match.located_after, abs(loc.match.start - event.char_start)))
            if nearest and main and nearest.precision == "country" and main.place.country == nearest.place.country:
                nearest = main  # "reports from Yemen": the article's own place in Yemen says more
            phrase = event.location_text
            at = _phrase_at(article.text, phrase, start, end, event.char_start) if phrase else -1
            # The text's own name over the coder's cut of it (قصر for قصر اليمامة).
            named = next((loc for loc in in_sentence
                          if 0 <= at and loc.match.start < at + len(phrase) and at < loc.match.end), None)
            named = named or (self._resolve_judged(phrase, votes) if phrase else None)
            # A phrase from outside the sentence, or a bare unknown word, yields to
            # a place below country level the sentence puts the event at (في الغوطة الشرقية).
            if (phrase and nearest and nearest.match.located_after and nearest.precision != "country"
                    and (at < 0 or not (named or _refers_back(phrase) or _has_kind_head(phrase)))):
                self._fill(event, nearest.match.text, nearest, main)
            elif named:
                self._fill(event, named.match.text, named, main)
            elif phrase and not _refers_back(phrase):
                self._fill(event, phrase, self._around(nearest) if nearest else None, main)
            elif nearest:
                self._fill(event, nearest.match.text, nearest, main)
            elif unknown_here := [m.text for m in unknown if start <= m.char_start and m.char_end <= end]:
                self._fill(event, unknown_here[0], None, main)
            elif home := self._speakers_home(event, places_of_events, main):
                self._fill(event, home.match.text, home, main)
            elif main:
                self._fill(event, main.match.text, main, main)
            elif phrase:
                self._fill(event, phrase, None, main)

    def _around(self, loc: Located) -> Located:
        """Where an unknown place near `loc` lies, as far as known: `loc`'s
        governorate, else `loc` itself one step coarser."""
        unit = self.admin1_units.get((loc.place.country, loc.place.admin1))
        if unit and loc.precision != "country":
            return Located(loc.match, unit, "admin1")
        return replace(loc, precision=COARSER[loc.precision])

    def locate(self, text: str) -> tuple[Located, ...]:
        """Every place named in `text`, resolved in its context (cached per text)."""
        return self._locate(text)

    def resolve(self, phrase: str, context: str = "") -> Located | None:
        """The most specific place `phrase` names, read in the article text `context`."""
        return self._resolve_phrase(phrase, _country_votes(self._locate(context)))

    def _resolve_phrase(self, phrase: str, votes: Counter) -> Located | None:
        """The most specific place a location phrase names, against the article's
        country votes. A name the phrase opens with (past a clitic: "بمدينة دوما
        السورية") is its head; a name further in ("نجد القرين") must lie in the
        country the article names most, or it is a coincidence."""
        top = votes.most_common(1)[0][0] if votes else None
        head = len(phrase) - len(phrase.lstrip())
        found = [loc for loc in self._resolve(self.matches(phrase), votes)
                 if loc.match.start <= head + 3 or loc.place.country == top]
        return min(found, default=None, key=lambda loc: _precision_rank(loc.precision))

    @classmethod
    def _speakers_home(cls, event: Event, located: tuple[Located, ...], main: Located | None) -> Located | None:
        """For a statement whose sentence names no place: the place the article
        names in its speaker's state, when that is not the article's main
        country (Bouteflika's call, in a review of the world's papers)."""
        country = event.actor1_country
        if not event.quad_class.startswith("verbal") or not country or (main and main.place.country == country):
            return None
        home = [loc for loc in located if loc.place.country == country and loc.precision != "country"]
        return cls._most_named(home) if home else None

    @staticmethod
    def _most_named(located: list[Located]) -> Located:
        """The most named place below country level (the country itself when none is)."""
        specific = [loc for loc in located if loc.precision != "country"] or located
        named = Counter(loc.place.place_id for loc in specific)
        return next(loc for loc in specific if loc.place.place_id == named.most_common(1)[0][0])

    @classmethod
    def _main_place(cls, text: str, located: tuple[Located, ...], actors: list[ActorMatch]) -> Located | None:
        """The dateline's place, else the most named place below country level in
        the most named country (the country itself when it has none); the
        article's actors of a named state count half a mention each."""
        if not located:
            return None
        first = located[0]
        if first.match.start < DATELINE_PLACE_CHARS and closes_dateline(text, first.match.end):
            return first
        countries = Counter(loc.place.country for loc in located)
        # Actors of a named state (المحكمة العليا الباكستانية) speak for it too.
        for a in actors:
            if a.kind not in ("LOC", "ADJ") and a.country in countries:
                countries[a.country] += ACTOR_VOTE
        top = countries.most_common(1)[0][0]
        return cls._most_named([loc for loc in located if loc.place.country == top])

    @staticmethod
    def _fill(event: Event, text: str, loc: Located | None, main: Located | None) -> None:
        event.location_text = text
        if loc is None:
            event.country_code = main.place.country if main else None
            return
        event.location_name = loc.place.name
        event.admin1 = loc.place.admin1 or (loc.place.name if loc.place.feature == "admin1" else None)
        event.country_code = loc.place.country
        event.latitude = loc.place.latitude
        event.longitude = loc.place.longitude
        event.geo_precision = loc.precision


def _refers_back(phrase: str) -> bool:
    """Whether a location phrase describes a place instead of naming one: it opens
    with a definite common noun (المدينة الساحلية, بالمنطقة), or with a kind of
    place followed by a preposition ("لمخيم للنازحين", not "مخيم الهول") or by an
    indefinite adjective (مدينة رئيسية, منطقة قريبة)."""
    words = [_token_key(w) for w in phrase.split()]
    if not words:
        return False
    first = clitic_variants(words[0], suffixes=False)
    if any(v in REFERENCE_NOUNS for v in first):
        return True
    kind = any(v in QUALIFIERS or v in PLACE_KINDS for v in first)
    return kind and len(words) > 1 and (words[1] in PREPOSITIONS or words[1].startswith(("لل", "بال"))
                                        or (len(words) == 2 and words[1].endswith("ه")
                                            and not words[1].startswith("ال")))


def _has_kind_head(phrase: str) -> bool:
    """Whether a location phrase opens with a kind of place (قرية الطهوت): a
    place of its own even when the gazetteer lacks it."""
    first = clitic_variants(_token_key(phrase.split()[0]), suffixes=False) if phrase.split() else ()
    return any(v in QUALIFIERS or v in PLACE_KINDS for v in first)


def _is_an_actor(loc: Located, actor_keys: list[str]) -> bool:
    """Whether the place is one of the event's actors, a state or a capital
    acting (واشنطن, وروسيا); a place inside a longer actor (سكان الغوطة
    الشرقية) still places the event."""
    place = _token_key(loc.match.text)
    return any(a.endswith(place) and len(a) - len(place) <= MAX_CLITICS for a in actor_keys)


def _backer_or_seat(text: str, loc: Located) -> bool:
    """المدعومة من إيران, مدعومة بروسيا, المرصد ومقره بريطانيا: a state named
    as the doer's backer, or as the seat of a body, is not where the event
    happened."""
    word_start = max(text.rfind(" ", 0, loc.match.start), text.rfind("\n", 0, loc.match.start)) + 1
    glued = text[word_start:loc.match.start]  # (a glued ب: بروسيا)
    before = [key(w) for w in text[max(word_start - 40, 0):word_start].split()[-2:]]
    if glued not in ("", "ب", "وب") or not before:
        return False
    if before[-1] in SEATED and not glued:
        return True
    if before[-1] == FROM and not glued:
        before = before[:-1]
    return bool(before) and before[-1] in BACKING


def _in_quotes(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened after `start` (its sentence's
    start): a place quoted belongs to the quoted events, not to the speaking."""
    return sum(text.count(q, start, pos) for q in QUOTE_MARKS) % 2 == 1


def _phrase_at(text: str, phrase: str, start: int, end: int, trigger: int) -> int:
    """Where the coder's location phrase lies in the sentence [start, end), the
    occurrence nearest the trigger; -1 when the sentence does not hold it."""
    found, at = [], text.find(phrase, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(phrase, at + 1, end)
    return min(found, default=-1, key=lambda a: abs(a - trigger))


def _country_votes(located: tuple[Located, ...]) -> Counter:
    """How much the article's places speak for each country (the dateline twice)."""
    votes = Counter()
    for loc in located:
        votes[loc.place.country] += 2.0 if loc.match.start < DATELINE_PLACE_CHARS else 1.0
    return votes


def _sentence_span(text: str, event: Event) -> tuple[int, int]:
    """Where the event's sentence lies in the article (the occurrence holding its trigger)."""
    start = text.rfind(event.sentence, 0, event.char_start + len(event.sentence)) if event.sentence else -1
    if start < 0 or start + len(event.sentence) < event.char_end:
        return event.char_start, event.char_end
    return start, start + len(event.sentence)
