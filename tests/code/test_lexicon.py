"""The trigger lexicon: built file up to date, well-formed, and matching the
forms Arabic news writes (clitics, inflections, passives, the future)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from hadath.code.lexicon import TRIGGERS_TSV, VERBS_TXT, Lexicon, default_lexicon, is_verb, token_variants
from hadath.code.plover import QUAD_CLASS

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "scripts" / "build_triggers.py"
BUILD_VERBS = REPO / "scripts" / "build_verbs.py"


def _build_module(path=BUILD):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_built_verb_list_is_up_to_date():
    build = _build_module(BUILD_VERBS)
    if not build.NEWS.exists():
        pytest.skip("../shared/data/news is not here to rebuild from")
    assert VERBS_TXT.read_text(encoding="utf-8") == build.render(build.verbs(build.NEWS)), \
        "rerun scripts/build_verbs.py"


@pytest.mark.parametrize("word, verb", [
    ("دخلوا", True), ("ودعا", True), ("يقودها", True), ("شملت", True), ("ستضرب", True),
    # nouns, names, and a verbal noun the news also writes with the article
    ("الرئيس", False), ("قوات", False), ("محمد", False), ("تعرض", False), ("سلطات", False),
    # keyed ة is ه: إدارة is no أدار with an object pronoun
    ("اداره", False),
])
def test_known_verbs(word, verb):
    assert is_verb(word) is verb


def test_built_lexicon_is_up_to_date():
    build = _build_module()
    if not build.CAMEO.exists():
        pytest.skip("../shared/data/cameo_ar is not here to rebuild from")
    assert TRIGGERS_TSV.read_text(encoding="utf-8") == build.build(), "rerun scripts/build_triggers.py"


@pytest.mark.parametrize("form", ["اعرب/يعرببين/يبين", "طلب عدم/نشر"])
def test_a_form_with_a_stray_slash_stops_the_build(tmp_path, form):
    """A lost '|' once merged two speech verbs into one bad imperfect, silently."""
    curated = tmp_path / "curated.tsv"
    curated.write_text(f"SAY\t-\tvphrase\t-\t0\t{form}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="one '/' at most"):
        _build_module().read_curated(curated)


def test_every_entry_is_a_plover_type_or_a_cue():
    lexicon = Lexicon.load()
    assert lexicon.version
    types = {e.type for bucket in lexicon.by_first.values() for e in bucket}
    assert set(QUAD_CLASS) <= types, "all 16 PLOVER types have triggers"
    assert types - set(QUAD_CLASS) <= _build_module().CUES


def _types_in(sentence: str) -> list[str]:
    variants = [token_variants(w) for w in sentence.split()]
    lexicon = default_lexicon()
    found = []
    for i in range(len(variants)):
        found += [m.entry.type for m in lexicon.matches_at(variants, i)]
    return found


@pytest.mark.parametrize("sentence, event_type", [
    ("واعتقلت الشرطة ثلاثة أشخاص", "COERCE"),       # و + feminine perfect
    ("وأطلقت السلطات سراح المعتقلين", "RETREAT"),     # phrase with a gap
    ("فيما تظاهر المئات أمام البرلمان", "PROTEST"),
    ("وشنت الطائرات غاراتها على المدينة", "ASSAULT"),  # plural noun + pronoun suffix
    ("سيهاجمون المواقع", "ASSAULT"),                   # future prefix س
    ("وأشادت الوزارة بالتعامل الفعال", "SUPPORT"),
])
def test_news_forms_match(sentence, event_type):
    assert event_type in _types_in(sentence)


def test_feminine_nouns_are_not_read_as_verbs_with_a_pronoun():
    # وزارة = و + زار + ه ("and he visited him") and إصابة = أصاب + ه, on keys.
    assert "CONSULT" not in _types_in("وزارة الخارجية")
    assert "ASSAULT" not in _types_in("نسبة الإصابة")


def test_a_blocker_beats_a_trigger_of_its_length():
    """بالضبط ("exactly") is a blocker of one word; ضبط (seized) matches the
    same token once ب and ال are stripped, with a higher prior."""
    first = default_lexicon().matches_at([token_variants("بالضبط")], 0)[0]
    assert first.entry.type == "NONE"


def test_after_is_no_negation():
    """بعدما ("after") once read as ب + عدما, a tanween form the build derived
    from the negation cue عدم; mood cues keep only the forms they list."""
    assert "NEG" not in _types_in("بعدما اقتحم متظاهرون القنصلية")
    assert "NEG" in _types_in("عدم اقتحام القنصلية")


@pytest.mark.parametrize("word", ["الطلبة", "الطلب", "والطلب"])
def test_students_and_demand_are_no_request(word):
    """الطلبة (the students) keys to الطلبه, which ال + طلب + ه would also spell;
    الطلب with the article is demand (العرض والطلب) far more than a request."""
    assert default_lexicon().matches_at([token_variants(word)], 0)[0].entry.type == "NONE"
