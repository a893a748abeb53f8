#!/usr/bin/env python3
"""Build include/hadath/data/triggers/triggers.tsv, the trigger lexicon the
event coder loads, from the hand-curated list beside it and the Arabic CAMEO
verb dictionary in ../shared/data/cameo_ar (override with HADATH_SHARED).

Every form is stored as the normalized key (hadath.text.normalize.key) the
coder matches tokens with; verbs are expanded to their common perfect and
imperfect inflections (unvocalized passives share the active spelling: قتل is
also قُتل). CAMEO lemmas are kept only where their English gloss names a
PLOVER action unambiguously and the lemma is not on the prune list; the
curated list wins every conflict. The script validates types, modes and
priors and fails loudly on a malformed line.

    python scripts/build_triggers.py [--check]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))

from hadath.code.words import MOOD_CUES, STOP_WORDS  # noqa: E402
from hadath.text.normalize import key  # noqa: E402

SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
DATA = REPO / "include" / "hadath" / "data" / "triggers"
CURATED = DATA / "curated.tsv"
OUTPUT = DATA / "triggers.tsv"
CAMEO = SHARED / "data" / "cameo_ar" / "CAMEO.ar.0.5.txt"

PLOVER_MODES = {
    "AGREE": set(), "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(), "CONCEDE": {"ceasefire"}, "COOPERATE": set(), "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege", "sue"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
CUES = {"SAY", "LIGHT", "NEG", "DENY", "HYP", "FUT", "HALT", "KILLED", "INJURED", "MODE", "NONE", "ACCIDENT", "FIRE", "SPORT"}
POS = {"verb", "noun", "vphrase", "phrase", "participle"}
ROLES = {"agent", "patient", "accused", "undergoer", "-"}

# English CAMEO glosses that name one PLOVER action (type, mode).
GLOSS_TYPES = {
    "attack": ("ASSAULT", None), "fight": ("ASSAULT", None), "clash": ("ASSAULT", "firearms"),
    "battle": ("ASSAULT", None), "bomb": ("ASSAULT", "heavy-weapons"),
    "blitz": ("ASSAULT", "heavy-weapons"), "kill": ("ASSAULT", "targeted"),
    "explode": ("ASSAULT", "explosives"), "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"), "surround": ("ASSAULT", None),
    "arrest": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "capture": ("COERCE", "seize"),
    "blockade": ("COERCE", "restrict"), "expel": ("COERCE", "deport"),
    "condemn": ("ACCUSE", "disapprove"), "censure": ("ACCUSE", "disapprove"),
    "denounce": ("ACCUSE", "disapprove"), "accuse": ("ACCUSE", "allege"),
    "blame": ("ACCUSE", "allege"), "criticize": ("ACCUSE", "disapprove"),
    "complain": ("ACCUSE", "disapprove"), "reject": ("REJECT", None), "refuse": ("REJECT", None),
    "rebuff": ("REJECT", None), "veto": ("REJECT", None), "oppose": ("REJECT", None),
    "demand": ("REQUEST", None), "urge": ("REQUEST", None), "appeal": ("REQUEST", None),
    "summon": ("REQUEST", None), "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "praise": ("SUPPORT", None), "commend": ("SUPPORT", None), "endorse": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "appreciate": ("SUPPORT", None),
    "congratulate": ("SUPPORT", None), "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"),
    "consult": ("CONSULT", None), "negotiate": ("CONSULT", None), "agree": ("AGREE", None),
    "pledge": ("AGREE", None), "promise": ("AGREE", None), "cooperate": ("COOPERATE", None),
    "donate": ("AID", None), "rescue": ("AID", None), "withdraw": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"), "surrender": ("RETREAT", "disarm"),
    "resign": ("RETREAT", "resign"), "retreat": ("RETREAT", "withdraw"),
    "apologize": ("CONCEDE", None), "pardon": ("CONCEDE", None), "sanction": ("SANCTION", None),
    "convict": ("SANCTION", "convict"), "mobilize": ("MOBILIZE", "troops"),
    "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
}
# CAMEO lemmas whose Arabic is a bad translation, another word's spelling, or
# an everyday verb far more often than the gloss (checked by hand).
CAMEO_PRUNE = {
    "قاوم", "قتل", "شن", "اغار", "كافح", "صدم", "اصتدم", "عدى", "برز", "تعمل", "عرض", "صطدم",
    "صارع", "عرك", "ضرب", "خاض", "قاتل", "شبك", "تعرض", "اغر", "جاهد", "ضاد", "رطم", "نضل",
    "قوم", "صرع", "اصيب", "وقع", "كفح", "طلق", "سدد", "مسح", "قام", "نصر", "قوه", "ساعد",
    "ائد", "صدق", "تراجع", "سند", "انسحب", "دفع", "عزز", "شجع", "حصر", "حاصر", "طلب", "سال",
    "دعا", "نادي", "ندي", "كلم", "لقب", "وصل", "خاطب", "اتصل", "هتف", "رجا", "خرج", "جذب",
    "سحب", "نزع", "شد", "رجع", "حرر", "فك", "ترك", "عتق", "خلي", "اصدر", "تخلي", "سرح", "تحرر",
    "سلم", "قدم", "لقي", "اسقط", "سقط", "القي", "اعطي", "وفر", "نقل", "خلف", "حتج", "نقش",
    "انشق", "نشق", "اختلف", "جدل", "خصم", "حاجج", "ذمر", "شكي", "شكا", "ناصب", "فصل", "حكم",
    "ملك", "ساد", "شرع", "حرم", "جحد", "ابي", "نكر", "انكر", "نفي", "نفا", "تبرا", "قرر",
    "اعترض", "عارض", "هجن", "منع", "فرض", "اجبر", "ارغم", "جبر", "ضطر", "سوم", "رحل", "هجر",
    "ازح", "ازل", "ازال", "ابعد", "طرد", "اخذ", "تلقي", "حجز", "سد", "نسد", "قيد", "وجه",
    "هدف", "قذف", "اجج", "شعل", "زاد", "جري", "رشق", "انطلق", "اطلق", "قرح", "نذر", "نبه",
    "انتدي", "حق", "لم", "اجتمع", "ربط", "انضم", "لحق", "حشد", "جمع", "كدس", "خرط", "اصبح",
    "رفق", "قطب", "تجمع", "ضم", "نضم", "تكل", "جمهر", "لصق", "امن", "وعد", "التزم", "تعهد",
    "رضي", "وافق", "وفق", "قبل", "اقر", "رحب", "قدر", "احترم", "دعم", "حاكي", "هزا", "هزي",
    "تفق", "امت", "عدي", "قضي", "مات", "اعاق", "اقام", "وضع", "نشر", "استانف", "استرفد",
    "توسل", "دعي", "نشد", "ادن", "استذنب", "اعز", "صادق", "قيمه", "اخطر", "خطر",
}
VERB_SUFFIXES_PERFECT = ("", "ت", "وا", "ا", "تا", "نا")
VERB_SUFFIXES_IMPERFECT = ("", "ون", "ان")
IMPERFECT_PREFIXES = ("ي", "ت")  # نفعل (we) is rare in news and collides with nouns


def verb_forms(perfect: str, imperfect: str | None) -> list[tuple[str, str]]:
    """(form, tense) for the common 3rd-person inflections of one verb.

    Weak-final verbs (دعا, التقى) drop their last letter before ت/وا; an
    imperfect not given is derived: ا-initial stems drop the ا (اعتقل -> يعتقل),
    others take ي (هاجم -> يهاجم); an empty one (written "/-") means the
    perfect alone (اغار: its imperfect يغير reads as "changes")."""
    forms = []
    weak = perfect[-1] in "اي" and len(perfect) > 2
    base = perfect[:-1] if weak else perfect
    for suffix in VERB_SUFFIXES_PERFECT:
        if weak and suffix in ("ت", "وا", "تا"):
            forms.append((base + suffix, "perf"))
        elif weak and suffix == "ا":
            forms.append((base + "يا", "perf"))
        else:
            forms.append((perfect + suffix, "perf"))
    if imperfect == "":
        return forms
    if imperfect is None:
        imperfect = "ي" + (perfect[1:] if perfect.startswith("ا") else perfect)
    stem = imperfect[1:]
    weak_imp = stem[-1] in "وي"
    for prefix in IMPERFECT_PREFIXES:
        for suffix in VERB_SUFFIXES_IMPERFECT:
            if weak_imp and suffix == "ون":
                forms.append((prefix + stem[:-1] + "ون", "imperf"))
            else:
                forms.append((prefix + stem + suffix, "imperf"))
    return forms


def noun_forms(noun: str) -> list[str]:
    """A noun with its accusative tanween spelling and, for a single word in
    teh marbuta, its sound feminine plural and dual."""
    forms = [noun]
    if " " in noun:
        return forms
    if noun.endswith("ه"):
        forms += [noun[:-1] + "ات", noun[:-1] + "تين", noun[:-1] + "تان"]
    elif not noun.endswith(("ا", "ي", "ات", "ين", "ون")):
        forms.append(noun + "ا")
    return forms


def expand(pos: str, form: str, listed_only: bool = False) -> list[tuple[str, str]]:
    """(keyed words joined by spaces, tense) for one form of one entry; a
    noun's derived plural, dual and tanween forms unless `listed_only`."""
    words = form.split()
    if pos == "vphrase" or (pos == "verb" and len(words) == 1):
        perf, _, imperf = words[0].partition("/")
        forms = verb_forms(key(perf), None if not imperf else "" if imperf == "-" else key(imperf))
        rest = "".join(" " + (key(w) if w != "~" else "~") for w in words[1:])
        return [(key(f) + rest, t) for f, t in forms]
    if pos == "participle":
        return [(key(form), "part")]
    if len(words) == 1:
        return [(key(f), "noun") for f in ([words[0]] if listed_only else noun_forms(words[0]))]
    return [(" ".join(key(w) if w != "~" else "~" for w in words), "noun")]


def read_curated(path: Path) -> list[tuple]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            raise SystemExit(f"{path.name}:{n}: expected 6 tab-separated columns, got {len(cols)}")
        typ, mode, pos, role, prior, forms = cols
        if typ not in PLOVER_MODES and typ not in CUES:
            raise SystemExit(f"{path.name}:{n}: unknown type {typ}")
        if typ in PLOVER_MODES and mode != "-" and mode not in PLOVER_MODES[typ]:
            raise SystemExit(f"{path.name}:{n}: mode {mode} is not a PLOVER mode of {typ}")
        if pos not in POS or role not in ROLES:
            raise SystemExit(f"{path.name}:{n}: bad pos {pos} or role {role}")
        if not 0 <= float(prior) <= 1:
            raise SystemExit(f"{path.name}:{n}: prior {prior} outside 0..1")
        for form in forms.split("|"):
            if not form.strip():
                raise SystemExit(f"{path.name}:{n}: empty form")
            if form.split()[0].count("/") > (pos in ("verb", "vphrase")) or "/" in "".join(form.split()[1:]):
                raise SystemExit(f"{path.name}:{n}: {form.strip()!r}: one '/' at most, in a verb's first word")
            # Mood cues keep the forms listed: عدم must not grow a tanween form عدما,
            # which بعدما ("after") holds once ب is stripped.
            for keyed, tense in expand(pos, form.strip(), typ in MOOD_CUES):
                # (a participle is coded as a verb whose subject is the clause's)
                rows.append((keyed, typ, mode, "verb" if pos == "participle" else pos, role,
                             f"{float(prior):.2f}", tense, "curated"))
    return rows


def read_cameo(path: Path) -> list[tuple]:
    """Single-word verb lemmas of the CAMEO verb blocks whose gloss maps to PLOVER."""
    rows = []
    text = path.read_text(encoding="utf-8")
    verbs = text[text.index("VERB PATTERNS"):]
    lemma_line = re.compile(r"^([^\s\-#\[]+)\s*(?:\[[^\]]*\])?\s*#\s*(.+)$")
    for line in verbs.splitlines():
        m = lemma_line.match(line.strip())
        if not m or "+" in m.group(1) or "_" in m.group(1):
            continue
        lemma = key(m.group(1))
        glosses = [g.strip().lower() for g in m.group(2).split(",")]
        mapped = {GLOSS_TYPES[g] for g in glosses if g in GLOSS_TYPES}
        if len(mapped) != 1 or lemma in CAMEO_PRUNE or len(lemma) < 3:
            continue
        typ, mode = mapped.pop()
        for keyed, tense in verb_forms(lemma, None):
            rows.append((keyed, typ, mode or "-", "verb", "agent", "0.50", tense, "cameo"))
    return rows


def build(use_cameo: bool = True) -> str:
    curated = read_curated(CURATED)
    taken = {r[0] for r in curated}
    rows = list(dict.fromkeys(curated))
    if use_cameo and CAMEO.exists():
        rows += [r for r in dict.fromkeys(read_cameo(CAMEO)) if r[0] not in taken]
    # A trigger word that keys to a function word is that word far more often:
    # هنأ (congratulated) keys to هنا (here), which the news writes 17 times
    # in 18; the few هنأ go with it (هنأت, هنأوا stay).
    rows = [r for r in rows if r[1] in CUES or r[0] not in STOP_WORDS]
    rows.sort(key=lambda r: (r[1], r[0], r[7]))
    body = "".join("\t".join(r) + "\n" for r in rows)
    version = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    header = ("# Built by scripts/build_triggers.py from curated.tsv and cameo_ar; do not edit.\n"
              f"# version\t{version}\n"
              "# key\ttype\tmode\tpos\trole\tprior\ttense\tsource\n")
    return header + body


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if triggers.tsv is stale")
    ap.add_argument("--no-cameo", action="store_true", help="curated entries only")
    args = ap.parse_args(argv)
    out = build(use_cameo=not args.no_cameo)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != out:
            print(f"{OUTPUT} is stale: rerun scripts/build_triggers.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(out, encoding="utf-8")
    n = out.count("\n") - 3
    print(f"wrote {OUTPUT.relative_to(REPO)}: {n} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
