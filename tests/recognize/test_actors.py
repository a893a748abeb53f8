"""The actor dictionary on real sentences: the seed article (شفق نيوز), the
ANT news corpus and the dev articles."""
from pathlib import Path

import pytest

from hadath.recognize.actors import Actor, ActorDictionary, as_mentions

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def found(actors, text):
    return [(m.text, m.name, m.country, m.sector) for m in actors.find_actors(text)]


def test_seed_named_actors(actors):
    text = ('وأعلنت قوات سوريا الديمقراطية "قسد"، يوم الأربعاء (26 / 1 / 2022)، عن استعادتها '
            "السيطرة بالكامل على سجن الصناعة الذي يضم مسلحي داعش في مدينة الحسكة")
    assert found(actors, text)[:3] == [
        ("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SYR", "REB"),
        ("قسد", "Syrian Democratic Forces", "SYR", "REB"),
        ("مسلحي داعش", "Islamic State", "IMG", "REB"),
    ]


def test_seed_spokesman_and_asayish(actors):
    text = "وقال المتحدث الرسمي باسم الخارجية الامريكية، نيد برايس، في بيان ورد لوكالة شفق نيوز"
    assert found(actors, text)[:2] == [
        ("المتحدث الرسمي باسم الخارجية الامريكية", "US State Department", "USA", "GOV"),
        ("نيد برايس", "Ned Price", "USA", "GOV"),
    ]
    text = ('اشتباكات عنيفة بين "قسد" وقوى الأمن الداخلي الكردية (الأسايش) من جانب '
            'و"داعش" من جانب آخر')
    assert [(t, n) for t, n, _, _ in found(actors, text)] == [
        ("قسد", "Syrian Democratic Forces"),
        ("قوى الأمن الداخلي الكردية", "Asayish"),
        ("الأسايش", "Asayish"),
        ("داعش", "Islamic State"),
    ]


def test_clitics_stay_outside_the_span(actors):
    text = "بالتعامل الفعال لقوات سوريا الديمقراطية مع هجوم تنظيم داعش، مؤكدة استمرار واشنطن بدعم هذه القوات."
    assert [(t, n, c) for t, n, c, _ in found(actors, text)] == [
        ("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SYR"),
        ("تنظيم داعش", "Islamic State", "IMG"),
        ("واشنطن", "United States", "USA"),
        ("القوات", None, None),
    ]


def test_agent_with_nisba_gives_country_and_sector(actors):
    text = "وأوضح متحدث باسم الجيش العراقي أن الضربات الجوية التي نفذها العراق على مواقع داعش"
    assert found(actors, text)[0] == ("متحدث باسم الجيش العراقي", "Iraqi army", "IRQ", "MIL")
    text = "قتل 11 مسلحا، مساء الثلاثاء، في تبادل لإطلاق النار مع قوات الشرطة المصرية في شمال سيناء"
    assert ("قوات الشرطة المصرية", None, "EGY", "COP") in found(actors, text)
    text = "وقال وزير خارجية السودان الدرديري محمد أحمد"
    assert found(actors, text)[0] == ("وزير خارجية السودان", None, "SDN", "GOV")


def test_title_joins_the_name(actors):
    text = "بعد ساعات من إعلان الرئيس الأمريكي دونالد ترامب انسحابه من الاتفاق النووي الإيراني"
    assert found(actors, text)[0] == ("الرئيس الأمريكي دونالد ترامب", "Donald Trump", "USA", "GOV")
    text = "أبلغ الزعيم الكوري الشمالي كيم جونغ اون وزير الخارجية الروسي سيرغي لافروف أنه ملتزم"
    names = [n for _, n, _, _ in found(actors, text)]
    assert names == ["Kim Jong-un", "Sergei Lavrov"]


def test_group_adjective_in_every_form(actors):
    text = ("وتمكنت قوات الشرعية في جبهة قانية من أسر عدد من المسلحين الحوثيين، وهو قائد "
            "ميداني حوثي يشرف على المعارك")
    assert found(actors, text)[:2] == [
        ("قوات الشرعية", "Yemeni army", "YEM", "MIL"),
        ("المسلحين الحوثيين", "Houthis", "YEM", "REB"),
    ]


def test_subject_and_object_do_not_merge(actors):
    text = "وحذرت الشرطة المتظاهرين الملثمين، الذين يجمعون الحجارة"
    assert found(actors, text) == [("الشرطة", None, None, "COP"), ("المتظاهرين", None, None, "OPP")]


def test_one_word_names_match_exactly(actors):
    # صدر (issued) is not الصدر, nor the adjective السعودي the state السعودية.
    text = "قبل أن تعود مساء الأربعاء وتصدر بيانا، وصدر بيان عن الدوري السعودي"
    assert found(actors, text) == []
    text = "حيث تجاوز عدد اللاجئين السوريين 5 ملايين، حسب تقارير الأمم المتحدة."
    assert found(actors, text) == [
        ("اللاجئين السوريين", None, "SYR", "REF"), ("الأمم المتحدة", "United Nations", "UNO", "GOV"),
    ]


def test_lone_state_adjectives_only_when_asked(actors):
    text = "وقتل مدنيان بسبب القصف التركي على عفرين، فيما ردت القوات التركية. وفي هجمات مومباي"
    assert found(actors, text) == [("القوات التركية", "Turkish army", "TUR", "MIL")]
    lone = [m for m in actors.find_actors(text, state_adjectives=True) if m.kind == "ADJ"]
    # A state's adjective from countries.tsv, not a city the CAMEO seed lists as one (مومباي).
    assert [(m.text, m.name, m.country) for m in lone] == [("التركي", "Turkey", "TUR")]
    assert [m.text for m in as_mentions(actors.find_actors(text, state_adjectives=True))] == ["القوات التركية"]


def test_ner_mentions_get_the_dictionarys_name(actors):
    from hadath.records import Mention
    mentions = [Mention("PERS", "نيد برايس", 0, 9, "ner"), Mention("ORG", "شفق نيوز", 10, 18, "ner"),
                Mention("LOC", "واشنطن", 19, 25, "ner")]
    actors.link_mentions(mentions)
    assert [m.canonical_name for m in mentions] == ["Ned Price", None, None]


def test_link(actors):
    assert actors.link("نيد برايس") == Actor("Ned Price", "USA", "GOV")
    assert actors.link("وزارة الخارجية الأمريكية") == Actor("US State Department", "USA", "GOV")
    assert actors.link("الجيش العراقي") == Actor("Iraqi army", "IRQ", "MIL")
    assert actors.link("شفق نيوز") is None
    assert actors.link("برايس في بيان") is None


def test_offsets_and_mentions_on_real_articles(actors):
    paths = sorted(SEEDS.glob("*.txt")) + sorted((SHARED / "eval/dev/articles").glob("*.txt"))[:10]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        matches = actors.find_actors(text)
        assert matches, path
        for m in matches:
            assert text[m.char_start : m.char_end] == m.text
        for mention, m in zip(as_mentions(matches), matches):
            assert mention.source == "actors"
            assert mention.entity_type in {"PERS", "ORG", "LOC"}
            assert (mention.text, mention.canonical_name) == (m.text, m.name)


def test_diacritics_hashtags_and_possessives(actors):
    text = ("توصّل فصائل من المعارضة المسحلة مع الجانب الروسي إلى اتفاق يقضي بانسحاب قوّات "
            "النظام السوري من بلدة أم المياذن شرق درعا")
    assert ("قوّات النظام السوري", "Syrian army", "SYR", "MIL") in found(actors, text)
    assert ("الجانب الروسي", None, "RUS", None) in found(actors, text)
    text = "أكد رئيس حزب \"القوّات اللبنانية، #سمير_جعجع، أن التحوّل"
    assert found(actors, text)[0] == ('رئيس حزب "القوّات اللبنانية', "Lebanese Forces", "LBN", "PTY")
    text = "تقارير #الأمم_المتحدة."
    assert found(actors, text) == [("الأمم_المتحدة", "United Nations", "UNO", "GOV")]
    text = "وذكرت الشرطة أن قواتها هرعت لموقع أحد #الانفجارات قرب مركز للشرطة في وسط المدينة"
    assert found(actors, text) == [
        ("الشرطة", None, None, "COP"), ("قواتها", None, None, "MIL"), ("للشرطة", None, None, "COP"),
    ]


def test_a_possessive_is_made_only_from_a_real_article(actors):
    # ANT corpus: ألوية's أل is part of the word, so ويتهم (he is accused) is
    # no "their brigades"; ألويتهم with its own article still is.
    text = "ويتهم منتقدون الرئيس رجب طيب أردوغان باستغلال محاولة الانقلاب."
    assert "ويتهم" not in [m.text for m in actors.find_actors(text)]


def test_a_place_noun_before_a_name_is_no_actor(actors):
    # Dev article AL-internationalNews-971-20180502, line 1: the army is the actor, the governorate its target.
    text = ("قال الرئيس اليمني، عبدربه منصور هادي، الأربعاء، إن قوات الجيش، طوقت محافظة صعدة، المعقل "
            "الرئيس لميليشيات الحوثي الانقلابية أقصى شمال البلاد، من مختلف الاتجاهات.")
    texts = [m.text for m in actors.find_actors(text)]
    assert "قوات الجيش" in texts and not any("محافظة" in t or "صعدة" in t for t in texts)


def test_bolton_in_both_spellings(actors):
    # Dev article CN-middleEast-1366-20180912: "جون بولتن", the ANT corpus mostly "جون بولتون".
    text = "إن التصريحات التي أدلى بها جون بولتن، مستشار الأمن القومي الأمريكي"
    assert found(actors, text)[:2] == [("جون بولتن", "John Bolton", "USA", "GOV"),
                                       ("مستشار الأمن القومي الأمريكي", None, "USA", "GOV")]
