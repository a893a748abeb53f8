"""Rebuild include/hadath/data/actors/actors.tsv: one alias a row.

Sources, in order of trust (a later alias whose loose key an earlier one holds
is dropped):
1. `curated.tsv` (hand-written: today's conflicts, leaders, IGOs, agent words),
2. `countries.tsv` (hand-written: state names and capitals → LOC, nisba → ADJ),
   then pycountry's Arabic names of the other states,
3. UniversalPetrarch's Arabic `actor_dict_ar_v4.txt` and `agents.all.ar_v3.txt`
   (MIT; `$HADATH_SHARED/data/cameo_ar`), pruned: CAMEO codes are split into
   country + PLOVER sector, the latest dated role is kept, and aliases that
   are too short, stopwords, clitic-split lemmas, Latin or unmappable are dropped.

Usage: python scripts/build_actors.py  (prints what it kept and pruned, and why)
"""
from __future__ import annotations

import collections
import csv
import gettext
import gzip
import itertools
import json
import os
import re
import sys
from pathlib import Path

import pycountry

from hadath.recognize.actors import ACTORS_TSV, SECTORS, STATES, WORD, alias_slot, loose_word
from hadath.text.normalize import key

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
CAMEO_DIR = SHARED / "data" / "cameo_ar"
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
DATA_DIR = ACTORS_TSV.parent
COLUMNS = ("alias", "name", "country", "sector", "kind", "source")

# CAMEO "country" slots that are not ISO 3166 states.
CAMEO_PSEUDO_COUNTRIES = {"IGO": ("IGO", None), "NGO": (None, "SOC"), "IMG": ("IMG", "REB"),
                          "MNC": (None, "BUS"), "KSV": ("XKX", None)}
# CAMEO role codes whose PLOVER sector has another name (CAMEO MED is media; PLOVER MED is health).
CAMEO_ROLES = {"MED": "JRN", "HLH": "MED", "HRI": "SOC", "ENV": "SOC", "DEV": "SOC", "NGO": "SOC",
               "AGR": "CVL", "SET": "CVL", "INS": "REB", "SEP": "REB", "RAD": "REB", "IMG": "REB",
               "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "SHI": "REL",
               "SUN": "REL", "CTH": "REL", "ORT": "REL", "MOS": "REL"}
ORG_HEADS = set("وزارة حزب حركة جيش قوة قوات مجلس منظمة جامعة اتحاد وكالة جبهة شركة بنك جريدة صحيفة "
                "هيئة لجنة محكمة حكومة تنظيم جماعة ديوان رئاسة مؤسسة مركز قناة تلفزيون إذاعة".split())
# Compared on the key, which folds hamza: إمام is أمام ("in front of").
STOPWORDS = set("في من على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين هو هي هم كان قد "
                "لا ما لم لن كل بعض غير بين عند بعد قبل حتى ثم أو او أي اي يوم عام ألف الف مثل "
                "قال أكد أعلن دولة بلد منطقة أمام".split()) | {"الشرق الأوسط"}
STOPWORD_KEYS = {key(w) for w in STOPWORDS}
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_CODE_LINE = re.compile(r"\[~?([A-Z]+)\s*([<>]?\s*\d{8})?(?:-(\d{8}))?\s*\]")


def split_cameo(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code (SYRGOV, IRQMIL, IGOGOV, PSECVLELI, IMGREB) → (country, PLOVER sector)."""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = sector = None
    if chunks and chunks[0] in CAMEO_PSEUDO_COUNTRIES:
        country, sector = CAMEO_PSEUDO_COUNTRIES[chunks.pop(0)]
    elif chunks and pycountry.countries.get(alpha_3=chunks[0]):
        country = chunks.pop(0)
    for chunk in chunks:
        role = chunk if chunk in SECTORS else CAMEO_ROLES.get(chunk)
        if role and (sector is None or sector in ("CVL", "SOC")):
            sector = role  # PSECVLELI: the specific role after a generic one
    return country, sector


def parse_actor_dict(path: Path) -> list[tuple[str, str, bool]]:
    """(alias with spaces, CAMEO code of its latest role, whether it was a dated block)."""
    entries: list[tuple[str, list[tuple[str, str]], bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = [(m.group(1), (m.group(2) or "").lstrip("<> ")) for m in _CODE_LINE.finditer(line)]
        head = _CODE_LINE.sub("", line).strip()
        if head:
            entries.append((head, codes, False))
        elif entries:
            entries[-1][1].extend(codes)
            entries[-1] = (entries[-1][0], entries[-1][1], True)
    return [(name.replace("_", " ").strip(), max(codes, key=lambda c: c[1])[0] if codes else "", dated)
            for name, codes, dated in entries]


def parse_agents(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _CODE_LINE.search(line)
        if m and not line.startswith("#"):
            rows.append((_CODE_LINE.sub("", line).replace("_", " ").strip(), m.group(1)))
    return rows


def prune_reason(alias: str) -> str | None:
    """Why a seed alias is not kept, or None."""
    words = alias.split()
    if _LATIN_OR_DIGIT.search(alias):
        return "latin or digits"
    if any(len(w) == 1 for w in words):
        return "clitic split off a lemma (ل أمة)"
    loose, _ = alias_slot(alias, "AGENT")
    if len(loose.replace(" ", "")) < 3:
        return "shorter than 3 letters"
    if key(alias) in STOPWORD_KEYS or all(key(w) in STOPWORD_KEYS for w in words):
        return "stopword"
    return None


def common_phrases(sample_size: int = 3000, min_share: float = 0.003) -> set[str]:
    """Loose forms of the words and word pairs found in at least `min_share` of
    the first `sample_size` news articles: a one- or two-word seed lemma this
    common (مدينة, عالم, عمل, عبد العزيز) is a common noun or name part far more
    often than the actor the seed meant, and the frequent real actors are curated."""
    document_frequency: collections.Counter = collections.Counter()
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in itertools.islice(f, sample_size):
            words = [loose_word(w) for w in WORD.findall(json.loads(line)["text"])]
            document_frequency.update(set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])})
    return {w for w, n in document_frequency.items() if n >= min_share * sample_size}


def agent_kind(alias: str) -> str:
    """A seed agent of one nisba word (عسكري, إرهابي, دبلوماسي) is an adjective
    giving a sector, not a group on its own."""
    return "SADJ" if " " not in alias and key(alias).endswith("ي") else "AGENT"


def seed_rows(pruned: collections.Counter) -> list[dict[str, str]]:
    rows = []
    common = common_phrases()
    agent_sectors = {alias_slot(r["alias"], "AGENT")[0]: r["sector"] for r in curated_rows()
                     if r["kind"] == "AGENT" and r["sector"]}

    def reason_to_prune(alias: str) -> str | None:
        if alias_slot(alias, "AGENT")[0] in common:
            return "one or two words common in the news (مدينة, عالم, عبد العزيز)"
        return prune_reason(alias)

    for alias, code, dated in parse_actor_dict(CAMEO_DIR / "actor_dict_ar_v4.txt"):
        country, sector = split_cameo(code)
        reason = reason_to_prune(alias) or (None if country or sector else "no usable CAMEO code")
        if reason:
            pruned[f"actors: {reason}"] += 1
            continue
        head_sector = agent_sectors.get(loose_word(alias.split()[0]))
        if not country:
            kind = agent_kind(alias)
        elif head_sector and " " in alias and not dated:  # وزير خارجية روسي [RUSGOV]: an office
            kind, sector = "AGENT", sector or head_sector
        elif not sector and " " not in alias and alias.endswith("ي"):
            kind = "ADJ"
        elif not sector:
            pruned["actors: a place or thing (a country code, no sector)"] += 1
            continue
        elif alias.split()[0] in ORG_HEADS or not dated:
            kind = "ORG"
        else:
            kind = "PERS"
        rows.append(dict(alias=alias, name="", country=country or "", sector=sector or "",
                         kind=kind, source="seed_actors"))
    for alias, code in parse_agents(CAMEO_DIR / "agents.all.ar_v3.txt"):
        _, sector = split_cameo(code)
        reason = reason_to_prune(alias) or (None if sector else "no usable CAMEO code")
        if reason:
            pruned[f"agents: {reason}"] += 1
            continue
        rows.append(dict(alias=alias, name="", country="", sector=sector, kind=agent_kind(alias),
                         source="seed_agents"))
    return rows


def curated_rows() -> list[dict[str, str]]:
    rows = []
    for line in (DATA_DIR / "curated.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, sector, kind, aliases = line.split("\t")
        assert kind in ("PERS", "ORG", "LOC", "AGENT", "ADJ", "SADJ"), line
        assert not sector or sector in SECTORS, line
        rows += [dict(alias=a, name=name, country=country, sector=sector, kind=kind,
                      source="curated") for a in aliases.split("|")]
    for line in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, name, names, nisbas, capitals = (line.split("\t") + [""] * 5)[:5]
        assert pycountry.countries.get(alpha_3=iso3), line
        for alias in filter(None, names.split("|") + capitals.split("|")):
            rows.append(dict(alias=alias, name=name, country=iso3, sector="GOV", kind="LOC",
                             source=STATES))
        for alias in filter(None, nisbas.split("|")):
            rows.append(dict(alias=alias, name="", country=iso3, sector="", kind="ADJ",
                             source=STATES))
    return rows


def pycountry_rows(listed: set[str]) -> list[dict[str, str]]:
    """Arabic names of the states countries.tsv leaves out, from pycountry's
    iso3166-1 Arabic translation ("إيران، الجمهورية …" gives "إيران")."""
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows = []
    for country in pycountry.countries:
        if country.alpha_3 in listed:
            continue
        english = [getattr(country, "common_name", None), country.name]
        names = {arabic.gettext(n).split("،")[0].strip() for n in english if n}
        rows += [dict(alias=a, name=english[0] or english[1], country=country.alpha_3, sector="GOV",
                      kind="LOC", source="pycountry")
                 for a in sorted(names) if not _LATIN_OR_DIGIT.search(a)]
    return rows


def main() -> int:
    pruned: collections.Counter = collections.Counter()
    kept: list[dict[str, str]] = []
    seen: set[tuple[str, bool | None]] = set()
    curated = curated_rows()
    listed = {r["country"] for r in curated if r["source"] == STATES}
    for row in curated + pycountry_rows(listed) + seed_rows(pruned):
        slot = alias_slot(row["alias"], row["kind"])
        if slot in seen:
            pruned[f"{row['source']}: alias already listed"] += 1
            continue
        seen.add(slot)
        kept.append(row)
    with ACTORS_TSV.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE,
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    by_source = collections.Counter(r["source"] for r in kept)
    named = {(r["name"], r["country"], r["sector"]) for r in kept if r["name"]}
    print(f"wrote {ACTORS_TSV.relative_to(REPO)}: {len(kept)} aliases; {len(named)} actors with "
          f"an English name, {sum(not r['name'] for r in kept)} aliases without one")
    for kind, n in sorted(collections.Counter(r["kind"] for r in kept).items()):
        print(f"  {kind:12s} {n:5d} aliases")
    for source, n in sorted(by_source.items()):
        print(f"  {source:12s} {n:5d} aliases")
    for reason, n in sorted(pruned.items()):
        print(f"  pruned {n:5d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
