"""The event coder on real sentences: the seed article, then one rule at a time
(negation, denial, hypotheticals, passives, quotation frames, merging).

Sentences are copied from the dev articles (../shared/eval/dev) and the ANT
news corpus (../shared/data/news). The coder runs with no NER mentions and,
where the actor dictionary is built, once more with its matches: it must code
the same events either way.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hadath.code import code_events
from hadath.records import Article
from hadath.text import analyze

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_c0c2ce5c68c2b4f1.txt"
SEED_DATE = dt.date(2022, 1, 31)


def _actor_finders():
    finders = [("no-actors", lambda text: [])]
    try:
        from hadath.recognize.actors import ActorDictionary
        dictionary = ActorDictionary.load()
        finders.append(("actor-dictionary", lambda text: dictionary.find_actors(text, state_adjectives=True)))
    except (ImportError, FileNotFoundError):
        pass
    return finders


def _article(text: str, pub_date: dt.date) -> Article:
    return Article("a", "a", None, None, None, pub_date, "metadata", text, "", "utf-8",
                   dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), "test")


def _pipeline_events(text: str, pub_date: dt.date):
    """The events of the whole pipeline (NER and geocoder included), for what the coder alone cannot show."""
    from hadath.pipeline import extract_article
    return extract_article(_article(text, pub_date)).events


@pytest.fixture(params=_actor_finders(), ids=lambda f: f[0])
def code(request):
    find_actors = request.param[1]

    def run(text: str, pub_date: dt.date = dt.date(2018, 3, 3)):
        return code_events(_article(text, pub_date), analyze(text, pub_date), [], find_actors(text))
    run.with_actors = request.param[0] != "no-actors"
    return run


def _of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def _names(e, slot):
    return f"{getattr(e, slot + '_text') or ''} {getattr(e, slot + '_name') or ''}"


@pytest.fixture
def seed_events(code):
    return code(SEED.read_text(encoding="utf-8"), SEED_DATE)


def test_seed_support_by_state_department_for_sdf(seed_events):
    support = _of_type(seed_events, "SUPPORT")
    assert len(support) == 1, "the praise is told twice: one row"
    e = support[0]
    assert "الخارجية" in _names(e, "actor1") or "برايس" in _names(e, "actor1")
    assert e.event_date == SEED_DATE and e.quad_class == "verbal_cooperation" and e.plover_score == 5.0


def test_seed_request_by_price(seed_events):
    request = _of_type(seed_events, "REQUEST")
    assert request and "برايس" in _names(request[0], "actor1")
    assert "دعا" in request[0].trigger_text


def test_seed_isis_assault_on_the_prison(seed_events):
    assault = [e for e in _of_type(seed_events, "ASSAULT") if "داعش" in _names(e, "actor1") or
               "خلايا" in _names(e, "actor1")]
    assert assault, [(e.trigger_text, e.actor1_text) for e in seed_events]
    assert any("السجن" in (e.location_text or "") or "سجن" in (e.location_text or "") for e in assault)


def test_seed_sdf_retakes_the_prison_on_26_january(seed_events, code):
    if not code.with_actors:
        pytest.skip("without named actors every ASSAULT of the seed is one battle: merged")
    retake = [e for e in seed_events if e.event_type in ("ASSAULT", "COERCE")
              and e.event_date == dt.date(2022, 1, 26)]
    assert retake and retake[0].date_source == "explicit"
    assert "قوات سوريا الديمقراطية" in _names(retake[0], "actor1")
    assert "سجن الصناعة" in retake[0].location_text


def test_seed_isis_members_surrender(seed_events):
    retreat = _of_type(seed_events, "RETREAT")
    assert retreat and "استسلام" in retreat[0].trigger_text
    assert retreat[0].event_date == dt.date(2022, 1, 26)


def test_seed_spans_point_into_the_text(seed_events):
    text = SEED.read_text(encoding="utf-8")
    for e in seed_events:
        assert text[e.char_start:e.char_end] == e.trigger_text
        assert 0 < e.confidence <= 1 and e.sentence in text
    # event_id hashes article, type and trigger start: no two rows may share them
    keys = [(e.event_type, e.char_start) for e in seed_events]
    assert len(keys) == len(set(keys))


def test_a_negation_reaches_over_words_of_existence(code):
    # ANT FR-internationalNews-2680-20180812: لن تكون هناك أي تظاهرة, "there will be no demonstration".
    text = ("ورغم أنه لن تكون هناك أي تظاهرة في شارلوتسفيل، اتخذت السلطات إجراءات أمنية مشددة في "
            "المدينة لتجنب الفلتان.")
    assert not _of_type(code(text, dt.date(2018, 8, 11)), "PROTEST")


def test_a_deal_that_can_be_reached_is_not_made(code):
    # ANT FR-middleEast-228-20180407: "a deal can be reached" with the US.
    text = ('حول مدينة منبج، أكد مسؤول تركي رفيع السبت أنه "يمكن التوصل" لاتفاق مع الولايات المتحدة '
            'لخفض التوتر حول تلك المدينة السورية.')
    assert not _of_type(code(text, dt.date(2018, 4, 7)), "AGREE")


@pytest.mark.parametrize("text, event_type", [
    # ANT FR-middleEast-440-20180510: a right (يحق), not a deed.
    ('واعتبرت أنه "يحق لإسرائيل الدفاع عن نفسها بتدمير مصادر الخطر" في إشارة إلى إيران.', "ASSAULT"),
    # ANT BB-internationalNews-1087-20180912: a wish (تريد), not a deal.
    ("وتقول ماي إنها تريد عقد اتفاق تجاري مع الاتحاد الأوروبي للفترة التالية لمغادرة بريطانيا له.", "AGREE"),
])
def test_a_right_or_a_wish_is_no_deed(code, text, event_type):
    assert not _of_type(code(text, dt.date(2018, 5, 10)), event_type)


def test_negated_accusation_is_no_event(code):
    # ANT corpus: "and he did not accuse anyone of causing the fire"
    events = code("وقال مصدر أمني إن الحادث لم يسفر عن حدوث أي تلفيات، مؤكدا أن الفنان بخير، "
                  "ولم يتهم أحدا بالتسبب في الحريق.")
    assert not _of_type(events, "ACCUSE")


def test_denied_attack_is_no_event(code):
    events = code("وكانت حركة طالبان قد حذرت من المشاركة في العملية الانتخابية ولكنها أصدرت بياناً "
                  "نفت فيه أي تورط لها في هذا الهجوم.")
    assert not _of_type(events, "ASSAULT")


def test_hypothetical_attack_is_no_event(code):
    events = code("كما أبدى استعداده لتسليح بعض الأساتذة في المدارس، وذلك لتأمين حماية أكبر للتلاميذ "
                  "في حال شن هجوم مماثل لما حصل في ثانوية باركلاند الأسبوع الماضي.")
    assert not _of_type(events, "ASSAULT")


def test_passive_killing_names_the_killer_after_ala_yad(code):
    # ANT corpus: "his son was killed at the hands of gunmen of the Houthi militias"
    events = code("وتحدّث فاضل عن حادثة مقتل ولده على يد مسلحين تابعين لميليشيات الحوثي.")
    (e,) = _of_type(events, "ASSAULT")
    assert "مسلحين" in e.actor1_text and "ولده" in e.actor2_text


def test_passive_arrest_names_the_police(code):
    events = code("أكد زعيم المعارضة الروسية أليكسي نافالني إنه اعتقل من قبل الشرطة وأن كبير موظفيه محتجز أيضا.")
    coerce = _of_type(events, "COERCE")
    assert coerce and coerce[0].event_mode == "arrest" and "الشرطة" in coerce[0].actor1_text


def test_passive_casualties_are_counted(code):
    # dev BB-middleEast: "13 Houthis and 9 government troops were killed": one toll of 22
    events = code("وقتل 13 من الحوثيين و 9 من عناصر القوات الحكومية التي يدعمها التحالف، بحسب تقارير من اليمن.")
    (e,) = _of_type(events, "ASSAULT")
    assert e.killed == 22 and "الحوثيين" in (e.actor2_text or "")


def test_counts_go_to_their_casualty_word(code):
    # dev AL-internationalNews: 13 killed and 7 wounded
    events = code("سقط 13 قتيلاً و7 جرحى من عناصر ميليشيات الحوثي الانقلابية إثر المواجهات التي خاضها "
                  "الجيش اليمني بمساندة المقاومة الشعبية.", dt.date(2018, 7, 12))
    (e,) = _of_type(events, "ASSAULT")
    assert (e.killed, e.injured) == (13, 7)


def test_hedged_count(code):
    # dev: "at least 14 people were killed last Tuesday in a series of air strikes"
    events = code("والثلاثاء الماضي، قُتل ما لا يقل عن 14 شخصاً في سلسلة من الغارات الجوية على القرى "
                  "المجاورة في إدلب.", dt.date(2018, 9, 12))
    assert [e.killed for e in _of_type(events, "ASSAULT")] == [14]


def test_quotation_frame_makes_the_speaker_actor1(code):
    # dev BB-middleEast-130: the central government said last Tuesday it reached a deal
    events = code("وقالت الحكومة المركزية الثلاثاء الماضي إنها توصلت إلى اتفاق مع الأكراد على استئناف "
                  "صادرات النفط من مدينة كركوك.", dt.date(2018, 3, 3))
    (e,) = _of_type(events, "AGREE")
    assert "الحكومة المركزية" in e.actor1_text
    assert e.event_date == dt.date(2018, 2, 27) and e.date_source == "relative"


def test_announced_attack_is_a_threat(code):
    # dev BB-internationalNews-391: Sammad said the Houthis will launch missiles daily at Saudi Arabia
    events = code("وصرح الصماد في 9 أبريل/ نيسان 2018 بأن الحوثيين سيدشنون خلال الفترة المقبلة مرحلة "
                  "إطلاق صواريخ بالستية كل يوم باتجاه السعودية.", dt.date(2018, 4, 23))
    (e,) = events
    assert e.event_type == "THREATEN" and "الصماد" in e.actor1_text
    assert e.event_date == dt.date(2018, 4, 9) and e.date_source == "explicit"


def test_promised_support_is_agree(code):
    # dev BB-middleEast-113: Russia will keep supporting the Syrian army
    events = code("وأصر على أن روسيا ستواصل دعم الجيش السوري في جهوده لدحر ما وصفه بالتهديد الارهابي.",
                  dt.date(2018, 2, 28))
    assert [e.event_type for e in events] == ["AGREE"]


def test_a_news_source_is_no_party(code):
    # ANT corpus: the Wall Street Journal reports that Trump urged a strike, then
    # "وأضافت الصحيفة" carries the source over: Trump asks, the paper does not.
    text = ("قالت صحيفة وول ستريت جورنال، إن الرئيس الأميركي دونالد ترامب حض مستشاريه العسكريين على "
            "ضربة شرسة في سوريا، ولم يكن سعيدا بالخيارات التي قدمت له.\n"
            "وأضافت الصحيفة نقلا عن مسؤول في البيت الأبيض، أن ترامب طلب ألا يقتصر الهجوم على النظام "
            "السوري وإنما يجعل رعاته الروس والإيرانيين يدفعون الثمن.")
    events = code(text, dt.date(2018, 4, 12))
    assert [e.event_type for e in events] == ["REQUEST"]  # the strike asked for is no ASSAULT
    assert "ترامب" in events[0].actor1_text


def test_request_in_a_statement_is_not_an_attack(code):
    # A ceasefire called for is asked, not done: REQUEST only.
    events = code("وكان مجلس الأمن التابع للأمم المتحدة أصدر السبت قرارا يدعو الى وقف لاطلاق النار "
                  "في سوريا لمدة 30 يوما.", dt.date(2018, 2, 28))
    assert [e.event_type for e in events] == ["REQUEST"]


def test_one_row_per_happening(code):
    # dev AL-internationalNews-971: the encirclement of Saada, told by the
    # president and again by the army: one ASSAULT.
    text = ("قال الرئيس اليمني، عبدربه منصور هادي، الأربعاء، إن قوات الجيش، طوقت محافظة صعدة، "
            "المعقل الرئيس لميليشيات الحوثي الانقلابية أقصى شمال البلاد، من مختلف الاتجاهات.\n"
            "وأوضح أن العملية العسكرية تم التخطيط لها من قبل الجيش الوطني وقوات التحالف، طوقت "
            "محافظة #صعدة من خمس جبهات.")
    assault = _of_type(code(text, dt.date(2018, 5, 2)), "ASSAULT")
    assert len(assault) == 1 and "صعدة" in assault[0].location_text


def test_last_weeks_toll_is_not_todays(code):
    # ANT corpus: 8 killed and 440 wounded on Friday; the 20 killed belong to
    # last week's protests and must not become Friday's figure.
    text = ("قتل ثمانية فلسطينيين وأصيب أكثر من 440 آخرين، بينهم 25 بجروح خطرة، برصاص الجيش "
            "الإسرائيلي على حدود قطاع غزة الجمعة، إثر تظاهرات فلسطينية حاشدة. وتأتي تلك التظاهرات "
            "للجمعة الثانية على التوالي بعد احتجاجات مماثلة الأسبوع الماضي أسفرت عن مقتل أكثر من 20 "
            "فلسطينيا.")
    assault = _of_type(code(text, dt.date(2018, 4, 7)), "ASSAULT")
    friday = [e for e in assault if e.event_date == dt.date(2018, 4, 6)]
    assert [(e.killed, e.injured) for e in friday] == [(8, 440)]


def test_two_days_are_two_happenings(code):
    # dev CN-middleEast-1366: the Giants Brigades take Kilo 16 on Wednesday, the
    # army storms Sanaa Street on Tuesday: two ASSAULT rows, each on its day.
    text = ("تمكنت قوات ألوية العمالقة اليمنية، الأربعاء، من تحرير الكيلو 16 بمحافظة الحديدة بعد "
            "مواجهات مع الحوثيين، حسبما أفادت وكالة الأنباء اليمنية.\n"
            "في نفس السياق، اقتحم الجيش الوطني اليمني شارع صنعاء وسط الحديدة وبدأ عمليات تمشيط واسعة "
            "بمنطقة كيلو 16، وذلك بإسناد بطيران التحالف العربي الذي تقوده السعودية، الثلاثاء.")
    assault = _of_type(code(text, dt.date(2018, 9, 12)), "ASSAULT")
    assert sorted(e.event_date.day for e in assault) == [11, 12]
    assert all(e.date_source == "relative" for e in assault)


def test_a_toll_belongs_to_the_act_before_it(code):
    # dev SK-middleEast-2798: مما أسفر عن مقتل مدني is the strike's toll; the
    # opposition named as the owner of the districts did not kill.
    text = ("واستهدفت الطائرات الحربية السورية أيضا الأحياء الواقعة تحت سيطرة الفصائل المعارضة في "
            "مدينة درعا، مما أسفر عن مقتل مدني، بحسب المصدر ذاته.")
    assault = _of_type(code(text, dt.date(2018, 7, 8)), "ASSAULT")
    assert assault and all("الطائرات" in _names(e, "actor1") for e in assault)
    assert [e.killed for e in assault] == [1]  # مقتل مدني: one


def test_according_to_names_a_source_not_a_party(code):
    # dev BB-middleEast-646: بحسب الأمم المتحدة reports the toll; the UN shelled no one.
    text = "وبحسب الأمم المتحدة، فإن القصف المدفعي قتل 20 شخصا الأربعاء، بينهم 11 شخصا في مدينة درعا."
    events = code(text, dt.date(2018, 6, 21))
    assert _of_type(events, "ASSAULT")
    assert not any("الأمم المتحدة" in _names(e, "actor1") + _names(e, "actor2") for e in events)


@pytest.mark.parametrize("text, event_type, pub, speaker, addressee", [
    # dev BB-middleEast-622: يتعين على X: the speaker calls on X.
    ('وقال فاسيلي نيبنسيا مندوب روسيا لدى الأمم المتحدة "يتعين على جميع الأطراف الوفاء '
     'بالتزاماتها بموجب القانون الإنساني الدولي".', "REQUEST", dt.date(2018, 6, 15), "نيبنسيا", "الأطراف"),
    # dev AL-internationalNews-856: Trump warns that Damascus will pay a heavy
    # price: the one to pay is threatened, whoever says so threatens.
    ('وقال ترمب إنه سيتم اتخاذ "قرارات مهمة" خلال يوم أو يومين بشأن الرد على الهجوم، محذرا '
     'بأن دمشق "ستدفع ثمنا باهظاً" نظير هذا الهجوم.', "THREATEN", dt.date(2018, 4, 9), "ترمب", "دمشق"),
])
def test_the_speaker_addresses_the_one_the_phrase_names(code, text, event_type, pub, speaker, addressee):
    events = _of_type(code(text, pub), event_type)
    assert len(events) == 1
    assert speaker in _names(events[0], "actor1") and addressee in _names(events[0], "actor2")


def test_a_leader_attacking_a_leader_speaks(code):
    # ANT corpus: هاجم with a person as attacker and no weapon or toll is
    # criticism (ACCUSE); a chemical attack by a government stays an ASSAULT.
    if not code.with_actors:
        pytest.skip("a person is known as one by the actor dictionary or NER")
    text = "هاجم الرئيس الإيراني حسن روحاني نظيره الأمريكي دونالد ترامب محذرا إدارته من اتخاذ سياسة معادية لبلاده."
    events = code(text, dt.date(2018, 7, 23))
    assert [e.event_type for e in events] == ["ACCUSE"] and "روحاني" in _names(events[0], "actor1")
    text = ('وأضافت أمام البرلمان البريطاني أنه يوجد "دليل واضح" على أن حكومة الرئيس السوري بشار الأسد '
            'شنت هجوما كيمياويا في دوما.')
    assert [e.event_type for e in code(text, dt.date(2018, 4, 16))] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    # ANT corpus: هاجم ... في تغريدة, هاجم ... قائلا: an attack made in words.
    'وهاجم الرئيس الأمريكي في تغريدة ثانية منتقديه "الحاقدين" الذين كانوا يتوسلون من أجل السلام.',
    # ANT: the participle comes after the object, its apposition and the day.
    'هاجم البرلماني المصري مصطفى بكري الرئيس التونسي السابق، منصف المرزوقي، الأربعاء، قائلا إنه '
    '"ارتهن نفسه خادما لفرنسا".',
])
def test_an_attack_in_a_tweet_is_words(code, text):
    events = code(text, dt.date(2018, 6, 13))
    assert not _of_type(events, "ASSAULT") and _of_type(events, "ACCUSE")


@pytest.mark.parametrize("text, asker", [
    # dev BB-middleEast-622 and the ANT corpus: بدعوة من X, بطلب من X.
    ("وقد رأى الاجتماع الطارئ الذي عقد الخميس، بدعوة من بريطانيا، أن الأعضاء متفقون على ضرورة إبقاء "
     "الميناء مفتوحا.", "بريطانيا"),
    ("وعقد مجلس الأمن الدولي جلسة طارئة، بطلب من الكويت، لمناقشة العنف الذي وقع على حدود قطاع غزة.", "الكويت"),
])
def test_at_the_request_of_names_who_asked(code, text, asker):
    if not code.with_actors:
        pytest.skip("من marks a named asker only (not اعتراف من نوعه): the dictionary names it")
    request = _of_type(code(text, dt.date(2018, 6, 15)), "REQUEST")
    assert request and asker in _names(request[0], "actor1")


def test_a_speaker_accuses_the_wrongdoer(code):
    # dev BB-middleEast-113: قال للصحفيين: the journalists are spoken to; Wood
    # says Russia broke its obligations: Wood accuses Russia.
    text = ("وكان مسؤول نزع السلاح الأمريكي روبرت وود قال للصحفيين في وقت سابق إن روسيا قد خالفت "
            "التزاماتها بوصفها الدولة الضامنة للقضاء على ترسانة سوريا الكيمياوية.")
    accuse = _of_type(code(text, dt.date(2018, 2, 28)), "ACCUSE")
    assert len(accuse) == 1
    assert "وود" in _names(accuse[0], "actor1") and "روسيا" in _names(accuse[0], "actor2")


def test_a_states_adjective_on_the_deed_names_the_doer(code):
    # ANT corpus: القصف التركي, غارات جوية إسرائيلية: the state did it.
    if not code.with_actors:
        pytest.skip("the state's adjectives come from the actor dictionary")
    text = ("ذكر المرصد السوري لحقوق الإنسان، الخميس، أن أكثر من 30 ألف مدني فروا من عفرين "
            "بسبب القصف التركي العنيف الذي يستهدف المدينة.")
    assault = _of_type(code(text, dt.date(2018, 3, 15)), "ASSAULT")
    assert [(e.actor1_text, e.actor1_name, e.actor1_country) for e in assault] == [("التركي", "Turkey", "TUR")]
    text = "قتل فلسطيني وأصيب 3 آخرون في غارة جوية إسرائيلية على بيت لاهيا شمالي قطاع غزة، الأربعاء."
    assert [e.actor1_name for e in _of_type(code(text, dt.date(2018, 7, 4)), "ASSAULT")] == ["Israel"]


def test_a_states_adjective_elsewhere_names_no_doer(code):
    # The adjective of an object inside the trigger (الانسحاب من الاتفاق
    # الإيراني) or of a deal's subject (الاتفاق النووي الإيراني) is no doer,
    # and the state is no name for a person it describes (القس الأميركي).
    text = "وأعلن الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي الإيراني."
    assert all(e.actor1_name != "Iran" for e in code(text, dt.date(2018, 5, 9)))
    text = "واعتقلت السلطات التركية القس الأميركي أندرو برانسون في أكتوبر 2016."
    coerce = _of_type(code(text, dt.date(2018, 7, 26)), "COERCE")
    assert coerce and coerce[0].actor2_name != "United States"


def test_a_light_verb_after_the_noun_names_the_doer(code):
    # dev AL-internationalNews-450 and the ANT corpus: هجوم شنته X, الغارات
    # التي نفذها X: the light verb's object pronoun is the noun; its subject did it.
    text = ("وفي ذات السياق، لقي 17 مسلحاً حوثيا مصرعهم، الاثنين، في هجوم واسع شنته المقاومة الشعبية، "
            "على مواقعهم في بلاد قيفة بمديرية القريشية محافظة البيضاء.")
    assault = _of_type(code(text, dt.date(2018, 3, 13)), "ASSAULT")
    assert len(assault) == 1 and "المقاومة الشعبية" in _names(assault[0], "actor1")
    text = "وقتل عشرة مدنيين في الغارات التي نفذها التحالف على صعدة."
    assault = _of_type(code(text, dt.date(2018, 3, 13)), "ASSAULT")
    assert len(assault) == 1 and "التحالف" in _names(assault[0], "actor1")
    assert "مدنيين" in _names(assault[0], "actor2")


def test_the_one_who_met_death_is_the_victim(code):
    # لقي X مصرعه, استشهد X, X أصيبوا: the verb's own subject suffers it; the
    # doer is only one marked (برصاص, على يد).
    text = "ولقي ثلاثة جنود مصرعهم في المواجهات."
    assault = _of_type(code(text, dt.date(2018, 3, 13)), "ASSAULT")
    assert len(assault) == 1 and assault[0].actor1_text is None and assault[0].killed == 3
    if code.with_actors:  # (a counted noun is an actor only to the dictionary)
        assert "جنود" in _names(assault[0], "actor2")
    text = "واستشهد ثلاثة فلسطينيين برصاص قوات الاحتلال الإسرائيلي في غزة."
    assault = _of_type(code(text, dt.date(2018, 3, 13)), "ASSAULT")
    assert assault and "قوات الاحتلال" in _names(assault[0], "actor1")
    assert "فلسطينيين" in _names(assault[0], "actor2")


def test_that_came_during_his_meeting_is_the_speakers(code):
    # dev AL-internationalNews-971: جاء ذلك خلال لقائه X goes on with the last
    # speaker; لقائه carries "his", so X is the one met, not the one meeting.
    text = ("قال الرئيس اليمني، عبدربه منصور هادي، الأربعاء، إن قوات الجيش طوقت محافظة صعدة.\n"
            "جاء ذلك خلال لقائه محافظ صعدة، طرشان الوائلي، الذي أبلغه بانتصارات الجيش في المحافظة.")
    consult = _of_type(code(text, dt.date(2018, 5, 2)), "CONSULT")
    assert len(consult) == 1 and "هادي" in _names(consult[0], "actor1")
    assert "محافظ" in _names(consult[0], "actor2")


@pytest.mark.parametrize("text, event_type, not_the_doer", [
    # ANT corpus: في بروكسل is where the minister spoke, not who met.
    ("وقال وزير الدفاع التركي نور الدين جانيكلي للصحفيين في بروكسل بعد يوم واحد من لقائه "
     "بوزير الدفاع الأمريكي جيم ماتيس على هامش اجتماع لوزراء دفاع حلف شمال الأطلسي.", "CONSULT", "بروكسل"),
    # dev SK-middleEast-3727: المدعومة من إيران قامت باستهداف: the Houthis did it.
    ("وأوضح المتحدث الرسمي باسم قوات التحالف العربي أن ميليشيا الحوثي الإرهابية المدعومة من إيران "
     "قامت، الجمعة، باستهداف مدينة جازان بصاروخ باليستي.", "ASSAULT", "إيران"),
])
def test_a_name_behind_a_preposition_is_no_doer(code, text, event_type, not_the_doer):
    for e in _of_type(code(text, dt.date(2018, 3, 3)), event_type):
        assert not_the_doer not in _names(e, "actor1")


def test_the_killed_are_no_doers_of_the_attack_that_killed_them(code):
    # ANT corpus: the victims of مقتل/قتل right before a nominal trigger are
    # not its subject; قتل + a quantity is passive.
    text = 'ناشطون: مقتل 23 من مسلحي "احرار الشام" في هجوم انتحاري بحلب'
    for e in code(text, dt.date(2018, 3, 13)):
        assert "احرار الشام" not in _names(e, "actor1")
    text = "قتل عدد من الأطفال في هجوم على حافلة في شمال اليمن، حسب منظمة الصليب الأحمر."
    for e in code(text, dt.date(2018, 8, 9)):
        assert "الأطفال" not in _names(e, "actor1")


@pytest.mark.parametrize("text, doer, victim", [
    # ANT corpus: قتل + a victim + برصاص X is the passive قُتل; X killed.
    ("قتل شاب فلسطيني برصاص الجيش الإسرائيلي، مساء الجمعة، قرب الحدود بين قطاع غزة وإسرائيل.",
     "الجيش الإسرائيلي", "شاب فلسطيني"),
    ("وفي مديرية دمت بمحافظة الضالع، قتل مدني برصاص ميليشيات الحوثي التي استهدفت حافلة ركاب.",
     "الحوثي", "مدني"),
    # A damma marks the passive: the subject before it suffered it.
    ("وبحسب مصادر محلية، فإن الطفل محمد قُتل على الفور جراء قذيفة صاروخية أطلقتها ميليشيا الحوثي.",
     "الحوثي", "محمد"),
])
def test_a_killing_with_a_marked_doer_is_passive(code, text, doer, victim):
    assault = _of_type(code(text, dt.date(2018, 4, 20)), "ASSAULT")
    assert len(assault) == 1
    assert doer in _names(assault[0], "actor1") and victim in _names(assault[0], "actor2")


def test_the_counted_dead_before_a_verb_with_no_object_are_victims(code):
    # ANT corpus: 31 شخصا قتلوا وأصيب كثيرون: the next clause is no object, so
    # قتلوا is passive and the counted people are no doers.
    text = "وقال عضو ميليشيا محلية إن 31 شخصا قتلوا وأصيب كثيرون بجروح في دامبوا الليلة الماضية."
    for e in _of_type(code(text, dt.date(2018, 6, 17)), "ASSAULT"):
        assert "شخص" not in _names(e, "actor1")


@pytest.mark.parametrize("text, event_type, doer, target", [
    # ANT corpus: a verb in the plural agrees with the subject before it; the
    # noun after it is the object (VSO would keep the verb singular).
    ("أفادت مراسلة في القدس أن أكثر من ألف مستوطن إسرائيلي اقتحموا المسجد الأقصى الأحد، "
     "وسط حماية الشرطة.", "ASSAULT", "مستوطن", "المسجد الأقصى"),
    ("وكان أعضاء الكونغرس الأميركي قد استقبلوا ماكرون بالتصفيق وقوفا لمدة 3 دقائق.",
     "CONSULT", "الكونغرس", "ماكرون"),
])
def test_a_plural_verb_takes_its_subject_before_it(code, text, event_type, doer, target):
    events = _of_type(code(text, dt.date(2018, 4, 25)), event_type)
    assert len(events) == 1
    assert doer in _names(events[0], "actor1") and target in _names(events[0], "actor2")


def test_a_verb_after_its_deed_has_the_deed_for_subject(code):
    # ANT corpus: قصف مدفعي (هاون) استهدف منزلهم: the shelling targeted the
    # house; the house did not do it.
    text = ("ونقلت وسائل إعلام يمنية أن المواطن محمد حميد الشرعي (38 عاما) قتل إثر قصف مدفعي (هاون) "
            "استهدف منزلهم الكائن في حارة بني النعمي جنوب شرق المدينة.")
    for e in _of_type(code(text, dt.date(2018, 6, 1)), "ASSAULT"):
        assert "منزل" not in _names(e, "actor1")


@pytest.mark.parametrize("text", [
    # ANT corpus: the one who replies to an attack did not make it.
    "وكان الجيش الإسرائيلي يرد بذلك على تفجير عبوة ناسفة في وقت سابق السبت قرب السياج مع قطاع غزة.",
    'وقال جنرال أمريكي رفيع، الأسبوع الماضي، إن قواته "سترد بقوة" على أي هجوم يحظى بمساندة تركيا.',
])
def test_the_one_replying_did_not_make_the_attack(code, text):
    for e in _of_type(code(text, dt.date(2018, 7, 14)), "ASSAULT"):
        assert "الجيش الإسرائيلي" not in _names(e, "actor1") and "قوات" not in _names(e, "actor1")


def test_a_plural_with_its_nun_is_no_title_of_the_name_after_it(code):
    # ANT corpus: ويتهم منتقدون الرئيس أردوغان: the critics accuse the
    # president; منتقدون keeps its ن, so it heads no construct with him.
    text = "ويتهم منتقدون الرئيس رجب طيب أردوغان باستغلال محاولة الانقلاب ذريعة لسحق المعارضة."
    accuse = _of_type(code(text, dt.date(2018, 7, 20)), "ACCUSE")
    assert len(accuse) == 1
    assert "أردوغان" not in _names(accuse[0], "actor1")


@pytest.mark.parametrize("text, verb", [
    # dev FR-internationalNews-400 and the ANT corpus: a verb ends the chunk of
    # words an actor is read from (يقودها | انتحاري, تعمل | السلطات العراقية).
    ("انفجرت سيارة مفخخة يقودها انتحاري الثلاثاء في مدينة عدن اليمنية، مستهدفة مقرا أمنيا.", "يقودها"),
    # (adapted: the corpus has على حشد, a verbal noun after a preposition that codes nothing)
    ("تعمل السلطات العراقية على نشر قوات من أفراد القوات الأمنية والوسائل الاستخباراتية لتأمين "
     "الانتخابات النيابية.", "تعمل"),
])
def test_no_verb_in_an_actor(code, text, verb):
    events = code(text, dt.date(2018, 3, 13))
    assert events
    for e in events:
        assert verb not in _names(e, "actor1") and verb not in _names(e, "actor2")


@pytest.mark.parametrize("text, not_the_doer", [
    # ANT corpus: who condemns or meets over an attack did not make it.
    ("وندد نص الجمعية العامة بإطلاق صواريخ من غزة على مناطق مدنية إسرائيلية، لكنه لم يذكر بالاسم "
     "حركة حماس.", "الجمعية العامة"),
    ("في هذه الأثناء، رجح دبلوماسيون أن يجتمع مجلس الأمن الدولي بعد ظهر الاثنين لبحث الهجوم، بناء على "
     "طلب الولايات المتحدة.", "مجلس الأمن"),
    # ANT AL-internationalNews-1484-20180605: a title and commas between the verb and the name.
    ("أدان الرئيس الأفغاني، أشرف عبد الغني، تفجيراً انتحارياً خارج سرادق للسلام اجتمع فيه رجال دين "
     "مسلمون في كابول الاثنين.", "عبد الغني"),
])
def test_who_speaks_of_an_attack_did_not_make_it(code, text, not_the_doer):
    for e in _of_type(code(text, dt.date(2018, 4, 9)), "ASSAULT"):
        assert not_the_doer not in _names(e, "actor1")


def test_a_place_behind_fi_is_no_subject_of_the_verb(code):
    # ANT corpus: تظاهر في الرباط المئات: Rabat is where, not who.
    text = ('تظاهر في الرباط مساء الثلاثاء المئات من عمال شركة "سنترال دانون" احتجاجا على "الضرر" '
            'الذي تلحقه بهم حملة لمقاطعة منتجات الشركة.')
    for e in code(text, dt.date(2018, 6, 5)):
        assert "الرباط" not in _names(e, "actor1")


def test_a_request_after_a_preposition_is_the_noun_whose_genitive_asked(code):
    # ANT corpus: بناء على طلب العاهل الأردني: the king asked.
    text = "وأضاف الجيش أن الخطوتين جاءتا بناء على طلب العاهل الأردني عبد الله الثاني."
    request = _of_type(code(text, dt.date(2018, 6, 13)), "REQUEST")
    assert len(request) == 1 and "العاهل الأردني" in _names(request[0], "actor1")


@pytest.mark.parametrize("text", [
    # ANT corpus: طلب with no من or أن after it is the noun: an application.
    "ويقلص قانون الهجرة الجديد فترة دراسة طلبات اللجوء، كما يقلص فترة تقديم طلب الاستئناف.",
    # (the same article goes on: a من before a count, "from 30 days to 15", asks no one)
    "كما يقلص فترة تقديم طلب الاستئناف من 30 يوما إلى 15 يوما.",
    # وعدة ("and several") is no وعد ("a promise") with a pronoun: its ة is written.
    "وقال دبلوماسيون إن مجلس الأمن سيجتمع الاثنين لبحث الهجوم، بناء على طلب الولايات المتحدة وعدة أعضاء آخرين.",
])
def test_no_request_or_promise_misread(code, text):
    events = code(text, dt.date(2018, 4, 9))
    assert not [e for e in events if e.event_type == "AGREE" or (e.event_type == "REQUEST" and
                                                                 "الاستئناف" in _names(e, "actor1"))]


def test_a_news_source_is_no_doer_and_its_toll_stays_news(code):
    # ANT corpus: أفادت مصادر بمقتل 12 من الحوثيين: the sources report the
    # toll; they killed no one, and a toll is news with no attacker named.
    text = "وأفادت مصادر عسكرية يمنية بمقتل ما لا يقل عن 12 من ميليشيات الحوثي في قصف مدفعي لقوات الجيش اليمني."
    assault = _of_type(code(text, dt.date(2018, 9, 3)), "ASSAULT")
    assert len(assault) == 1 and assault[0].killed == 12
    assert "مصادر" not in _names(assault[0], "actor1") and "الحوثي" not in _names(assault[0], "actor1")


def test_who_faces_criticism_is_its_target(code):
    # ANT corpus: واجه X انتقادات: X is criticised.
    text = "وواجهت إسرائيل انتقادات جراء استخدامها الرصاص الحي بعد 10 أيام من الاحتجاجات عند الحدود مع القطاع."
    accuse = _of_type(code(text, dt.date(2018, 4, 9)), "ACCUSE")
    assert len(accuse) == 1
    assert "إسرائيل" in _names(accuse[0], "actor2") and "إسرائيل" not in _names(accuse[0], "actor1")


@pytest.mark.parametrize("text, doer, dispersed", [
    # dev FR-middleEast-778 and the ANT corpus: dispersing protesters by force
    # is an ASSAULT of the crowd-control mode.
    ("والثلاثاء استخدمت الشرطة الهراوات وخراطيم المياه لتفريق العديد من المحتجين تجمعوا عند المدخل "
     "الرئيسي لحقل الزبير النفطي الضخم.", "الشرطة", "المحتجين"),
    ("أطلقت قوات الأمن التونسية الأحد الغاز المسيل للدموع لتفريق متظاهرين يطالبون بالتنمية وفرص العمل.",
     "قوات الأمن", "متظاهرين"),
])
def test_dispersing_a_protest_is_crowd_control(code, text, doer, dispersed):
    assault = _of_type(code(text, dt.date(2018, 7, 17)), "ASSAULT")
    assert len(assault) == 1 and assault[0].event_mode == "crowd-control"
    if code.with_actors:  # (the words alone leave الشرطة inside the phrase, and متظاهرين is a trigger)
        assert doer in _names(assault[0], "actor1") and dispersed in _names(assault[0], "actor2")


@pytest.mark.parametrize("text, threat", [
    # ANT corpus: a warning of a danger that warns no one threatens no one.
    ("حذرت السلطات بولاية كيرالا الهندية الجمعة من هطول أمطار غزيرة مجددا على مختلف الأقاليم.", False),
    ("وحذرت الأمم المتحدة سابقا من تداعيات التصعيد على نحو 750 ألف شخص في مناطق سيطرة الفصائل.", False),
    # ... while one that says what the speaker will do, or on what condition, does
    ('وقال الجيش إن السياج الأمني، الذي حذر الجيش الإسرائيلي من أنه سيستخدم "كل السبل" لمنع أي تسلل '
     'عبره، شهد مواجهات.', True),
    ('حذرت روسيا الاثنين من "تداعيات خطرة" إذا تعرضت سوريا لضربة عسكرية تهدد دول غربية بتوجيهها.', True),
])
def test_a_warning_is_a_threat_only_with_someone_to_threaten(code, text, threat):
    assert bool(_of_type(code(text, dt.date(2018, 4, 9)), "THREATEN")) is threat


@pytest.mark.parametrize("text, event_type", [
    # ANT corpus: دفع ثمن X is paying the price of X, not ثمّن (praised).
    ("ودفع المنتخب الكرواتي ثمن أخطاء لاعبيه داخل منطقة الجزاء.", "SUPPORT"),
    ('وقالت "ندفع يوميا ثمن غياب السلام".', "SUPPORT"),
    # التفريق بين is telling apart; a hose cools a crowd that is not dispersed.
    ("ولا يمكن التفريق بين وجود المعارضة المسلحة والإرهابيين في المنطقة.", "ASSAULT"),
    ("ورصدت عدسات المصورين لجوء سكان كراتشي إلى خراطيم المياه لتبريد أجسادهم.", "ASSAULT"),
    # The imperfect of استهدف mostly aims at something.
    ("قالت وزارة المالية المصرية إن الحكومة تستهدف تحقيق فائض أولي 2 بالمئة من الناتج المحلي الإجمالي.",
     "ASSAULT"),
    ("وردت بكين على الفور برسوم مضادة تستهدف سلعا زراعية أميركية.", "ASSAULT"),
    # التحقيقات: the investigations under way, none opened.
    ("وأكد جاويش أوغلو أن بلاده ستنشر نتائج التحقيقات للعالم فور التوصل لها.", "ACCUSE"),
    # وهو ما يدعو: "which calls for": a fact prompts, no one calls on anyone.
    ("وأوضح أن المهاجرين يصلون إلى حدود ألمانيا، وهو ما يدعو وزير الداخلية هورست زيهوفر إلى التحرك.",
     "REQUEST"),
    # عشية زيارة: on the eve of a visit, which has not happened yet.
    ("ألغت المحكمة الدستورية العليا في مصر السبت كل الأحكام المتعلقة بالاتفاقية، بحسب ما أوردت صحيفة "
     "الأهرام الرسمية عشية زيارة لولي العهد السعودي.", "CONSULT"),
    # من يرفض, لمن يتبرع: whoever would, no one who did.
    ("وقد هددوا بمعاقبة من يرفض التعاون بالسجن.", "REJECT"),
    ("يشار إلى أن مالطا تمنح جنسيتها لمن يتبرع لصندوق التنمية الوطنية بمبلغ يقدر بحوالي 650 ألف جنيه "
     "إسترليني.", "AID"),
    # أبي: Abiy Ahmed (and "my father"), not the verb أبى.
    ("يأتي هذا بعد أيام من زيارة قام بها أبي إلى إريتريا حيث وقع اتفاقا مع إسياس على استئناف العلاقات.",
     "REJECT"),
    # انفجر في موجة من السباب: a man bursts out (a guided missile, صاروخ موجه,
    # still explodes: test_a_guided_missile_explodes).
    ("وبعد صدور الإدانة، انفجر كوسبي في موجة من السباب تهجما على حكم المحلفين.", "ASSAULT"),
    # قتلاها: "their dead", not the dual verb قتلا with an object.
    ("ووفقا لمصادر طبية وعسكرية فإن الميليشيات نقلت قتلاها إلى مستشفى العلفي.", "ASSAULT"),
    # من شأن: what something would do, not what was done.
    ("ومن شأن تحرير المطار فتح الباب للقوات المشتركة لدحر الحوثيين من الميناء والمدينة، "
     "وهو ما سيشكل ضربة قاصمة للحوثيين.", "ASSAULT"),
    # After a preposition a verb form is a noun: a crowd (ANT FR-internationalNews-1859-20180617),
    # a ladder (AL-sport-1646-20180521), hands (BB-technology-458-20181018), twelve
    # (BB-middleEast-501-20180514).
    ("بعد أن فجر انتحاري نفسه في حشد يضم عناصر من طالبان وقوات الأمن ومدنيين كانوا يحتفلون بهدنة.",
     "MOBILIZE"),
    ("وكشفت وسائل الإعلام الإسبانية أن أنطوان غريزمان سيكون الثاني في سلم الرواتب بعد ليونيل ميسي.",
     "COOPERATE"),
    ("وقالت لويز إن الأشهر الأربعة كانت صعبة للغاية، لكنها كانت تعلم أنها في أيد أمينة.", "SUPPORT"),
    ("وكانت حركة التغيير قد حصلت على اثني عشر مقعداً في الانتخابات البرلمانية السابقة.", "SUPPORT"),
    # ANT BB-middleEast-970-20180904: التزم الصمت, "kept silent", commits to nothing.
    ("وانتقد العودة في السابق النظام السعودي، لكنه في الفترة الأخيرة التزم الصمت، أو أحجم عن تأييد "
     "السياسات السعودية علنا.", "AGREE"),
    # ANT SK-middleEast-3632-20180911: called on to assume its responsibility, not blamed.
    ("وأضاف أن الشكوى دعت المحكمة إلى تحمل مسؤوليتها للتحقيق في الجرائم، التي ترتكبها سلطات "
     "الاحتلال الإسرائيلي في الأراضي الفلسطينية.", "ACCUSE"),
    # ANT AL-internationalNews-1484-20180605: a fatwa forbidding suicide bombings.
    ("وأصدروا فتوى بتحريم التفجيرات الانتحارية وطالبوا متطرفي حركة طالبان بإعادة السلام.", "ASSAULT"),
    # ANT AL-internationalNews-1745-20180623: options that "may include" an operation.
    ("العقيد تركي المالكي، المتحدث باسم تحالف دعم الشرعية، بدوره قال إن الخيارت أما التحالف كثيرة "
     "وقد تشمل عملية عسكرية خاطفة.", "ASSAULT"),
    # ANT FR-internationalNews-2699-20180813: women's emancipation takes no town.
    ("تعد تونس واحدة من أكثر الدول العربية انفتاحا في مجال تحرر المرأة منذ صدور مجلة الأحوال "
     "الشخصية العام 1956.", "ASSAULT"),
])
def test_a_look_alike_of_a_trigger_codes_nothing(code, text, event_type):
    assert not _of_type(code(text, dt.date(2018, 7, 15)), event_type)


def test_an_adjective_is_no_target(code):
    # dev AL-internationalNews-971: بالانتصارات المتوالية: the adjective of a
    # noun behind a preposition is no one praised.
    text = ("وأشاد #هادي، بالانتصارات المتوالية التي يحققها منتسبي الجيش الوطني والمقاومة الشعبية "
            "بدعم وإسناد من تحالف دعم الشرعية بقيادة السعودية.")
    support = _of_type(code(text, dt.date(2018, 5, 2)), "SUPPORT")
    assert support and "المتوالية" not in _names(support[0], "actor2")


@pytest.mark.parametrize("text, event_type, slot, word", [
    # ANT: the adjective of the attacks is not who attacked them.
    ("أدان مجلس الأمن الدولي بأقوى العبارات الهجمات الإرهابية الوحشية والجبانة التي استهدفت "
     "السفارة الفرنسية.", "ASSAULT", "actor1", "الإرهابية"),
    # ANT: آليات عسكرية are vehicles, no military that launched rockets.
    ("وكانت الميليشيات قد نشرت آليات عسكرية ومنصات إطلاق صواريخ في قرية العكدة.",
     "ASSAULT", "actor1", "عسكرية"),
    # ANT: ترحيب عسكرية is a ceremony's kind, not its host.
    ("سوف يقيم حرس الشرف الكوري الجنوبي مراسم ترحيب عسكرية أمام بيت السلام.", "SUPPORT", "actor1", "عسكرية"),
    # ANT: العسكرية describes the activities under ب, not who was condemned.
    ("كما ندد ماتيس بالأنشطة العسكرية لبكين في بحر الصين الجنوبي.", "ACCUSE", "actor2", "العسكرية"),
    # ANT: بقوة says how Turkey rejected, not whom.
    ('رفضت تركيا بقوة، الأربعاء، دعوات غربية لتعليق حملتها في شمال غرب سوريا، قائلة إن الولايات المتحدة '
     'أساءت فهم نطاق قرار للأمم المتحدة لوقف إطلاق النار.', "REJECT", "actor2", "بقوة"),
    # ANT: بفرض عقوبات is what Bolton threatened, not whom.
    ("وكان مستشار الأمن القومي في البيت الأبيض، جون بولتون قد هدد بفرض عقوبات أميركية على الشركات "
     "الأوروبية التي تتعامل مع إيران.", "THREATEN", "actor2", "بفرض"),
])
def test_a_lone_adjective_or_a_verbal_noun_under_bi_names_no_one(code, text, event_type, slot, word):
    events = _of_type(code(text, dt.date(2018, 4, 26)), event_type)
    assert not any((getattr(e, slot + "_text") or "").startswith(word) for e in events)


def test_an_adjective_widens_the_actor_before_it(code):
    # ANT: المحكمة الأميركية العليا is the Supreme Court, not any US court.
    text = ("رفضت المحكمة الأميركية العليا، الاثنين، طلبا قدمته إدارة الرئيس الأميركي دونالد ترامب "
            "للبت على الفور في برنامج حماية نحو 700 ألف مهاجر.")
    reject = _of_type(code(text, dt.date(2018, 2, 26)), "REJECT")
    assert reject and reject[0].actor1_text == "المحكمة الأميركية العليا"


def test_insisting_on_the_need_is_a_request_by_the_speaker(code):
    # ANT: شدد X على ضرورة Y: X demands Y; Y (what is demanded) is no actor.
    text = ('وأكد الزياني على ضرورة تنفيذ "قرار مجلس الأمن 2216 الصادر تحت البند السابع"، الذي يتضمن '
            'انسحاب ميليشيات إيران من المناطق التي تحتلها.')
    request = _of_type(code(text, dt.date(2018, 8, 13)), "REQUEST")
    assert len(request) == 1 and request[0].actor1_text == "الزياني"


def test_a_name_behind_a_glued_preposition_is_no_subject(code):
    # dev BB-middleEast-622 headline: لمجلس الأمن is whom the meeting is asked
    # of; the one asking stands before the verb.
    text = "بريطانيا تطلب اجتماعا لمجلس الأمن لمناقشة الهجوم على ميناء الحديدة اليمني"
    if not code.with_actors:
        pytest.skip("مجلس الأمن is named by the actor dictionary")
    request = _of_type(code(text, dt.date(2018, 6, 15)), "REQUEST")
    assert request and request[0].actor1_text == "بريطانيا" and request[0].actor2_text == "مجلس الأمن"


@pytest.mark.parametrize("text, held", [
    # ANT: الذي عقد says the meeting took place; الذي سيعقد that it is to come.
    ("اختتم الاجتماع الذي عقد الثلاثاء في باريس، بين الأطراف الأربعة الرئيسيين في النزاع الليبي بالإضافة "
     "للرئيس الفرنسي إيمانويل ماكرون.", True),
    ("وتترقب الأوساط السياسية والشعبية في الأردن نتائج الاجتماع الذي سيعقد بين العاهل الأردني والحكومة.",
     False),
])
def test_a_meeting_that_was_held_is_news(code, text, held):
    assert bool(_of_type(code(text, dt.date(2018, 5, 29)), "CONSULT")) == held


def test_a_drone_that_fell_under_fire_was_attacked(code):
    # a drone or warplane that fell in a war was mostly brought down: the fall is no accident
    assert _of_type(code("سقطت طائرة مسيرة تابعة للتحالف الأحد بعد أن أصابتها نيران الحوثيين."), "ASSAULT")


def test_a_consultation_is_a_meeting_of_minds(code):
    # ANT FR-middleEast-448-20180512: "Trump consulted on Friday with British Prime Minister Theresa May"
    [event] = _of_type(code("وتابعت أن ترامب تشاور الجمعة مع رئيسة الوزراء البريطانية تيريزا ماي.",
                            dt.date(2018, 5, 12)), "CONSULT")
    assert "ترامب" in _names(event, "actor1") and "رئيسة الوزراء" in _names(event, "actor2")


def test_the_one_called_on_is_the_object_not_the_call(code):
    # dev BB-middleEast-646: حضت روسيا على استعمال نفوذها: Russia is urged; على
    # opens what it is urged to do.
    text = ('وقالت الولايات المتحدة إنها "لا تزال ملتزمة بالحفاظ على الاستقرار في منطقة خفض التوتر في '
            'الجنوب الغربي، وبوقف إطلاق النار المتفق عليه"، وحضت روسيا على استعمال نفوذها الدبلوماسي '
            'والعسكري على الحكومة السورية لمنعها من الهجوم على المناطق التي تسيطر عليها المعارضة.')
    request = _of_type(code(text, dt.date(2018, 6, 21)), "REQUEST")
    assert len(request) == 1
    assert "الولايات المتحدة" in _names(request[0], "actor1") and "روسيا" in _names(request[0], "actor2")


def test_seed_request_calls_on_americas_partners(seed_events, code):
    # شركاء أمريكا: the bare noun heads the named actor after it.
    if not code.with_actors:
        pytest.skip("أمريكا is named by the actor dictionary")
    request = _of_type(seed_events, "REQUEST")
    assert request and "شركاء أمريكا" in request[0].actor2_text


def test_killed_with_no_object_is_passive(code):
    # ANT corpus: جنديين ... قتلا في القصف: the soldiers were killed, they killed no one.
    text = "وقال المرصد السوري لحقوق الإنسان إن جنديين من القوات الحكومية قتلا في القصف."
    assault = _of_type(code(text, dt.date(2018, 3, 1)), "ASSAULT")
    assert len(assault) == 1 and assault[0].killed == 2
    assert assault[0].actor1_text is None and "جنديين" in assault[0].actor2_text


def test_claims_inside_a_charge_are_its_words(code):
    # dev BB-middleEast-113: the "baseless claims" are what Lavrov charges the
    # US with exploiting: one ACCUSE, Lavrov's.
    text = ('واتهم لافروف، الذي كان يتحدث أمام مؤتمر أممي لنزع السلاح في جنيف، الولايات المتحدة '
            'وحلفاءها بـ "استغلال ادعاءات ليس لها أساس من الصحة تقول إن دمشق استخدمت أسلحة كيمياوية".')
    accuse = _of_type(code(text, dt.date(2018, 2, 28)), "ACCUSE")
    assert len(accuse) == 1 and "لافروف" in _names(accuse[0], "actor1")


def test_a_coordinated_arrest_keeps_the_subject(code):
    # dev SK-middleEast-1777: أحرزت قوات الجيش تقدما ...، وقبضت على: the army
    # advanced and arrested; the extremists it advanced against arrested no one.
    text = ("أحرزت قوات الجيش الليبي تقدما جديدا ضد المتطرفين في مدينة درنة الليبية، وقبضت على "
            "عشرات الإرهابيين الأجانب.")
    coerce = _of_type(code(text, dt.date(2018, 5, 17)), "COERCE")
    assert len(coerce) == 1 and "المتطرفين" not in _names(coerce[0], "actor1")
    assert "الإرهابيين" in _names(coerce[0], "actor2")
    if code.with_actors:  # (a subject carries on when the dictionary names it)
        assert "الجيش" in _names(coerce[0], "actor1")


def test_what_stops_is_no_event_but_what_stopped_it_is(code):
    # ANT FR-middleEast-115-20180307: the aid operation stopped because of air raids.
    text = ("ودخلت أول قافلة مساعدات الغوطة الشرقية الاثنين، إلا أن العملية توقفت بسبب الغارات الجوية "
            "على المنطقة والتي تسببت بمقتل 68 مدنيا على الأقل، وفق المرصد السوري لحقوق الإنسان ومقره لندن.")
    events = code(text, dt.date(2018, 3, 7))
    assert any("الغارات" in e.trigger_text for e in _of_type(events, "ASSAULT"))
    assert not _of_type(events, "COERCE")

def test_a_relative_clause_on_the_subject_leaves_the_object_in_reach(code):
    # ANT news: the object comes after a long clause on the subject (الذي …،).
    text = ("اتهم المدعي الخاص، الذي يحقق في ادعاءات التدخل الروسي لصالح ترامب الجمعة، 12 روسيا "
            "بسرقة وثائق خاصة بالحزب الديمقراطي.")
    (accuse,) = _of_type(code(text, dt.date(2018, 7, 14)), "ACCUSE")
    assert "المدعي الخاص" in _names(accuse, "actor1")
    assert "روسيا" in _names(accuse, "actor2") and "ترامب" not in _names(accuse, "actor2")

def test_a_place_behind_fi_is_where_not_whom(code):
    # dev SK-internationalNews: in the capital Tbilisi, not Tbilisi (Georgia) arrested.
    text = ("وبالاستناد إلى مذكرة الأنتربول، اعتقلت الشرطة الجورجية كورتولوس في العاصمة تبليسي "
            "في 29 يونيو الماضي، وأودعته سجنا على مقربة من المدينة.")
    (arrest,) = _of_type(code(text, dt.date(2018, 7, 20)), "COERCE")
    assert "تبليسي" not in _names(arrest, "actor2") and "Georgia" not in _names(arrest, "actor2")

def test_empty_article_has_no_events(code):
    assert code("") == []


# ---- Precision on text the coder was not tuned on (seeds/ and the ANT corpus)


def test_a_death_sentence_is_a_conviction_not_a_killing(code):
    # seeds/FR-internationalNews-2737-20180816: the 45 were sentenced to death,
    # not killed; the court convicted them (SANCTION, convict).
    text = ("أعلنت وزارة العدل الليبية أن محكمة استئناف طرابلس أدانت 45 شخصا بقتل متظاهرين ضد نظام "
            "معمر القذافي في 21 آب/أغسطس 2011، وحكمت عليهم الأربعاء بالإعدام. كما برأت المحكمة 22 "
            "آخرين من هذه التهمة.")
    events = code(text, dt.date(2018, 8, 16))
    assert not _of_type(events, "ASSAULT")
    assert all(e.killed is None for e in events)
    assert any(e.event_mode == "convict" for e in _of_type(events, "SANCTION"))


@pytest.mark.parametrize("text, convicted", [
    # ANT: بعد إدانته بتهمة: his conviction, not his condemnation of anyone.
    ("بينما يغيب المعارض الرئيسي لبوتين اليكسي نافالني عن سباق الانتخابات بعد إدانته بتهمة الاختلاس.",
     True),
    # ANT: أكد إدانته كافة أشكال العنصرية: his own condemnation; so is one
    # with a manner under ب or its object under ل.
    ('من جهته، أكد ترامب السبت إدانته "كافة أشكال العنصرية".', False),
    ("وأعربت الحكومة عن إدانتها بأشد العبارات للهجوم الذي استهدف السفارة.", False),
])
def test_a_condemnation_done_to_someone_is_a_conviction(code, text, convicted):
    events = code(text, dt.date(2018, 3, 18))
    assert any(e.event_mode == "convict" for e in _of_type(events, "SANCTION")) == convicted
    assert bool(_of_type(events, "ACCUSE")) != convicted


def test_a_guided_missile_explodes(code):
    # Constructed (the corpus has no such sentence): موجه after the subject is
    # "guided", the word a gapped انفجر ~ موجه would have taken for موجة "wave".
    assert _of_type(code("وانفجر صاروخ موجه في حي سكني بمدينة الحديدة.", dt.date(2018, 6, 1)), "ASSAULT")


def test_a_toll_over_the_whole_war_binds_to_no_event(code):
    # seeds/BB-middleEast-896-20180817: a campaign "since March 2015" is
    # background, and UNICEF's count "during the conflict" (2200 children
    # killed, 3400 wounded) is no one day's toll.
    path = SEED.with_name("BB-middleEast-896-20180817.txt")
    events = code(path.read_text(encoding="utf-8"), dt.date(2018, 8, 17))
    assert all(e.killed is None and e.injured is None for e in events)
    assert not any("عملية عسكرية" in e.trigger_text for e in events)
    text = "وقالت هنرييت فور إن 2200 طفل على الأقل قتلوا، وأصيب 3400 آخرون بجروح في اليمن خلال الصراع."
    assert all(e.killed is None for e in code(text, dt.date(2018, 8, 17)))


def test_a_province_is_no_boycott(code):
    # ANT AL-internationalNews-1886-20180711: مقاطعة بنو is Bannu district.
    text = ("ويعد هذا الهجوم الأحدث، حيث تعرض موكب لمرشح مجلس العمل الموحد وهو تحالف يضم عدة أحزاب في "
            "مقاطعة بنو شمال غرب باكستان ملك شيرين لهجوم بقنبلة أسفر عن جرح 6 أشخاص بينهم المرشح الحزبي.")
    events = code(text, dt.date(2018, 7, 11))
    assert not _of_type(events, "PROTEST")
    assert [e.injured for e in _of_type(events, "ASSAULT")] == [6]


@pytest.mark.parametrize("text, boycott", [
    # ANT: مقاطعة after a county's office or من, before a name, is the county.
    ('وقال تيري ميلر، شريف مقاطعة كلاي، لمحطة "كايف تي في" إن ألبرت فوستر توفى مساء السبت.', False),
    ("واشترت تشارلي لاغارد، من مقاطعة كيبيك، بطاقة يانصيب مع زجاجة من الشمبانيا.", False),
    # ANT: the verb names a boycott made (the noun is mostly a county or a standing boycott).
    ("البرلمان قد أقر الميزانية التي طال انتظارها في الثالث من مارس، لكن نواباً أكراد قاطعوا جلسة "
     "التصويت احتجاجاً على خفض مخصصات إقليم كردستان العراق.", True),
])
def test_a_county_after_its_office_is_no_boycott(code, text, boycott):
    assert bool(_of_type(code(text, dt.date(2018, 3, 14)), "PROTEST")) == boycott


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-1814-20180527: a summit looked forward to, and
    # talks held "for holding the summit": neither is a meeting that took place.
    "هذا وذكر الرئيس الأمريكي، السبت، أنه لا يزال يتطلع إلى اجتماع القمة مع الزعيم الكوري الشمالي "
    "في سنغافورة في 12 يونيو، مضيفا أن المحادثات تتقدم بشكل طيب.",
    'وكان ترامب أعلن، الخميس، إلغاء القمة التاريخية، لكن بعد أقل من 24 ساعة، عاد ليكشف أن اللقاء '
    'لا يزال ممكنا انعقاده بعد "محادثات مثمرة جدا مع كوريا الشمالية من أجل عقد القمة".',
])
def test_a_summit_looked_forward_to_or_aimed_at_is_not_held(code, text):
    assert not any("القمة" in e.trigger_text for e in code(text, dt.date(2018, 5, 27)))


def test_a_word_of_a_persons_name_is_no_trigger():
    # ANT SK-internationalNews-2693-20180717: آبي أحمد is Ethiopia's prime
    # minister, not أبى "refused" (the NER names him).
    ner = pytest.importorskip("hadath.recognize.ner")
    try:
        ner.load_tagger()
    except FileNotFoundError:
        pytest.skip("the NER model is not built")
    text = ("وقرر ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، الشيخ محمد بن زايد، أن يقتسم فرحة "
            "عيد الفطر مع الإثيوبيين، عندما زار أديس أبابا يوم العيد، للقاء رئيس وزرائها آبي أحمد.")
    pub = dt.date(2018, 7, 17)
    analysis = analyze(text, pub)
    entities = ner.find_entities(text, analysis.sentences, analysis.tokens)
    assert not _of_type(code_events(_article(text, pub), analysis, entities, []), "REJECT")


def test_reinforcements_sent_after_an_attack_are_a_mobilization(code):
    # the attack noun before a verb of its own sending them: not its target.
    if not code.with_actors:
        pytest.skip("an unnamed sender leaves it under the confidence floor")
    events = code("بعد الهجوم أرسلت الحكومة تعزيزات عسكرية إلى المدينة.", dt.date(2018, 6, 15))
    assert _of_type(events, "MOBILIZE")


@pytest.mark.parametrize("text, event_type, pub", [
    # ANT AL-culture-432-20180530: وهنا is "and here", not هنأ (congratulated).
    ("أخبرته فيه بأنها غيرت اسمها لمديحة يسري، وأنها سترتبط بالمطرب محمد أمين، وهنا أغلق العقاد "
     "الهاتف في وجهها، وانقطعت صلته بها.", "SUPPORT", dt.date(2018, 5, 30)),
    # ANT FR-middleEast-337-20180421: a source asking not to be named requests nothing.
    ("وقال مصدر في المستشفى طلب عدم كشف هويته، إن لحود قتل بعدة طلقات نارية في القلب.", "REQUEST",
     dt.date(2018, 4, 21)),
    # ANT CN-middleEast-1180-20180811: struck by an illness, not by anyone.
    ("وتوفي الشريف في 11 أغسطس/آب من عام 2015، بعد أن أصيب بمرض سرطان الرئة، عن عمر يناهز الـ69 عاما، "
     "إذ ولد في مدينة المنيا في 28 إبريل/نيسان من عام 1946.", "ASSAULT", dt.date(2018, 8, 11)),
    # ANT AL-sport-193-20180223: ثمن النهائي is the round of sixteen, not ثمّن (praised).
    ('بلغ لايبزيغ الألماني الدور ثمن النهائي لمسابقة الدوري الأوروبي "يوروبا ليغ" في كرة القدم، وذلك '
     "رغم خسارته أمام ضيفه نابولي الإيطالي صفر-2 الخميس في اياب الدور الثاني.", "SUPPORT",
     dt.date(2018, 2, 23)),
    # ANT SK-internationalNews-2548-20180709: rescue operations are no attack.
    ("واستأنفت فرق الإنقاذ، الاثنين، عمليات الإنقاذ لإخراج بقية العالقين في عملية محفوفة بالمخاطر، إذ "
     'اعتبرها الخبراء "واحدة من أعظم عمليات الإنقاذ في التاريخ".', "ASSAULT", dt.date(2018, 7, 9)),
    # ANT SK-middleEast-3097-20180725: a vote of confidence is granted, no aid.
    ("منح مجلس النواب المصري، الأربعاء، حكومة مصطفى مدبولي الثقة، وفق ما أورد مراسلنا.", "AID",
     dt.date(2018, 7, 25)),
    # ANT SK-middleEast-809-20180406: توقف is "stopped", not the imperfect of أوقف (detained).
    ("وأدى ذلك الى توقف العمليات ضد الجيوب الرئيسية لداعش في سوريا.", "COERCE", dt.date(2018, 4, 6)),
    # ANT AL-economy-588-20180515: تغير is "changes", not the imperfect of أغار (raided).
    ('وأخيرا، قد تغير الانتخابات الشهر المقبل النظام "النقدي" في تركيا للأبد.', "ASSAULT",
     dt.date(2018, 5, 15)),
    # ANT SK-internationalNews-2415-20180701: a job title (مدير عمليات) is no attack.
    ('وقال فردريك بينار مدير عمليات المنظمة في مؤتمر صحافي عقده في مرسيليا "إن المنظمات غير الحكومية '
     'باتت شماعة سهلة".', "ASSAULT", dt.date(2018, 7, 1)),
    # ANT CN-internationalNews-459-20180810: a combat crew (فريق القتال) is no fighting.
    ('وعبّر الكولونيل لورين كالين، الذي كان يقود فريق القتال الجوي على متن الطائرة: "رؤية مطارات '
     'وسط المحيط كان امرا مفاجئا."', "ASSAULT", dt.date(2018, 8, 10)),
    # ANT FR-middleEast-743-20180708: a derailed train is an accident.
    ("توفي عشرة أشخاص وأصيب آخرون إثر خروج قطار ركاب عن مساره في شمال غرب تركيا الأحد كما أفاد "
     "التلفزيون الرسمي التركي نقلا عن وزارة الصحة.", "ASSAULT", dt.date(2018, 7, 8)),
    # ANT SK-internationalNews-1521-20180511: بأي ثمن is "at any price", not ثمّن (praised).
    ("قد تبعدها على مر الوقت عن سياسة الولايات المتحدة الساعية لنزع السلاح النووي بأي ثمن.",
     "SUPPORT", dt.date(2018, 5, 11)),
    # ANT FR-internationalNews-836-20180421: a summit still to come.
    ("أعلن زعيم كوريا الشمالية كيم جونغ-أون تعليق بلاده كل التجارب النووية والصاروخية، ويأتي ذلك "
     "قبل نحو أسبوع من قمة تاريخية مرتقبة بين الكوريتين.", "CONSULT", dt.date(2018, 4, 21)),
    # ANT SK-internationalNews-2444-20180702 and BB-internationalNews-754-20180706: will visit,
    # will meet (the future prefix).
    ("أعلن البيت الأبيض أن وزير الخارجية الأميركي مايك بومبيو سيزور مجددا كوريا الشمالية الخميس في "
     "5 تموز/يوليو الجاري.", "CONSULT", dt.date(2018, 6, 28)),
    ("وسيلتقي دونالد ترامب رئيس الوزراء البريطانية، تيريزا ماي، في داوننع ستريت، مقر الحكومة "
     "البريطانية، يوم 13 يوليو/ تموز.", "CONSULT", dt.date(2018, 7, 6)),
    # ANT SK-internationalNews-3461-20181013 and BB-internationalNews-565-20180525: planned
    # (مقررة, no article), so not yet held.
    ('وفي مقال نشرته صحيفة الأهرام المصرية الرسمية قبل زيارة مقررة للرئيس المصري عبد الفتاح السيسي '
     'إلى موسكو هذا الأسبوع، أشاد لافروف بما سماه "الشراكة متعددة الأوجه" مع مصر.', "CONSULT",
     dt.date(2018, 10, 13)),
    ('قالت كوريا الشمالية إنها مازالت مستعدة لإجراء محادثات "في أي وقت وبأي شكل"، وذلك بعدما ألغى '
     'الرئيس الأمريكي دونالد ترامب محادثات مقررة مع الزعيم الكوري الشمالي كيم جونغ-أون.', "CONSULT",
     dt.date(2018, 5, 25)),
    # ANT AL-internationalNews-845-20180408: a summit "that will be held" (a relative clause in the future).
    ("قال الرئيس الفلسطيني محمود عباس، إن القمة العربية التي ستعقد في المملكة العربية السعودية بعد "
     "عدة أيام ستكون هامة.", "CONSULT", dt.date(2018, 4, 8)),
    # ANT AL-internationalNews-222-20180226: a cancelled visit.
    ('وأكد مسؤول من #البيت_الأبيض نبأ إلغاء زيارة #الرئيس_المكسيكي، والتي كانت مقررة في مارس '
     'القادم، نقلاً عن موقع شبكة "سي إن إن CNN "', "CONSULT", dt.date(2018, 2, 26)),
    # ANT SK-internationalNews-2733-20180719: a postponed visit.
    ("ذكرت وكالة تاس الروسية للأنباء أن وزير الخارجية، سيرغي لافروف، قرر تأجيل زيارته المقررة "
     "لليونان هذا الخريف، بسبب وقوع خلاف دبلوماسي.", "CONSULT", dt.date(2018, 7, 19)),
    # ANT FR-internationalNews-2569-20180801: migrants drowned in a shipwreck.
    ("والشهر الماضي قتل ما لا يقل عن 82 مهاجرا أغلبهم تونسيون كانوا على متن سفينة مكتظة بالمهاجرين "
     "غرقت قبالة السواحل التونسية الشهر الماضي.", "ASSAULT", dt.date(2018, 8, 1)),
    # ANT SK-internationalNews-1205-20180427: وصفت is "described", not صفّت "liquidated".
    ('وأوضح أن المهام المستمرة للقاذفات "تهدف إلى الحفاظ على جاهزية القوات الأميركية (..) وهي تتم '
     'وفقا للقانون الدولي، فيما وصفت متحدثة باسم سلاح الجو المهمة بـ"الروتينية".',
     "ASSAULT", dt.date(2018, 4, 27)),
    # ANT AL-internationalNews-1440-20180603: the attack of a year ago is history.
    ("أعلنت وزارة #الداخلية_البريطانية، اليوم الأحد، أن من المتوقع أن يبقى الخطر الذي يمثله "
     "المتشددون على البلاد عاليا على مدى العامين المقبلين، بل ربما يزيد، وذلك في الذكرى السنوية "
     "الأولى لهجوم أسفر عن مقتل ثمانية أشخاص في وسط لندن.",
     "ASSAULT", dt.date(2018, 6, 3)),
    # ANT FR-internationalNews-1168-20180510: IS threatened to target voters.
    ('وفرضت القوات الأمنية إجراءات مشددة على مداخل المراكز، بعد تهديدات تنظيم "الدولة الإسلامية" '
     "باستهداف الناخبين ومراكز التصويت.",
     "ASSAULT", dt.date(2018, 5, 10)),
    # ANT FR-internationalNews-836-20180421: North Korea will stop launching missiles.
    ('وصرح كيم بحسب ما نقلت عنه وكالة الأنباء الكورية الشمالية الرسمية إنه "اعتبارا من 21 '
     'نيسان/أبريل ستوقف كوريا الشمالية التجارب النووية وإطلاق الصواريخ البالستية العابرة للقارات".',
     "ASSAULT", dt.date(2018, 4, 21)),
    # ANT FR-internationalNews-1168-20180510: عملية تصويت is a ballot, not an attack.
    ("قبل يومين من انطلاق الانتخابات التشريعية العراقية، بدأ الخميس نحو مليون عسكري في الإدلاء "
     "بأصواتهم في عملية تصويت خاصة بالقوات الأمنية، وسط إجراءات مشددة.",
     "ASSAULT", dt.date(2018, 5, 10)),
    # ANT BB-culture-287-20180821 and SK-internationalNews-1254-20180429: رحل is
    # "passed away", رحلتها "its voyage"; neither is a deportation.
    ("رحل عن عالمنا الأديب والروائي السوري حنا مينه عن عمر يناهز 94 عاما، وذلك بعد معاناة طويلة "
     "مع المرض، حسبما أفادت وكالة الأنباء الرسمية في سوريا (سانا).", "COERCE", dt.date(2018, 8, 21)),
    ("ومن هناك، ستواصل السفينة رحلتها إلى تشوكوتكا، على خط مستقيم مع ألاسكا.", "COERCE", dt.date(2018, 4, 29)),
    # ANT BB-middleEast-826-20180802, FR-middleEast-480-20180515: border control
    # and restraint seize nothing.
    ("ويدلل على ذلك بالتقارب الأمني المصري الملحوظ مع حماس في الشهور الأخيرة سيما في ضبط الحدود "
     "بين مصر وقطاع غزة.", "COERCE", dt.date(2018, 8, 2)),
    ('وقالت الدبلوماسية الأمريكية "لا يوجد أي بلد في هذا المجلس كان سيتصرف بضبط نفس أكثر مما فعلت '
     'إسرائيل".', "COERCE", dt.date(2018, 5, 15)),
    # ANT AL-sport-1312-20180416: a team's points stand still; nothing is frozen.
    ("وفي المقابل، تجمد رصيد ملقا عند 17 نقطة، ليظل قابعا في مؤخرة الترتيب.", "SANCTION",
     dt.date(2018, 4, 16)),
    # ANT BB-internationalNews-529-20180518: an air crash kills, no one attacks.
    ("قتل أكثر من مئة شخص في تحطم طائرة بوينغ 737 تابعة للخطوط الجوية الكوبية قرب مطار هافانا الدولي، "
     "حسب وسائل إعلام حكومة محلية.", "ASSAULT", dt.date(2018, 5, 18)),
    # ANT SK-internationalNews-1647-20180518, SK-middleEast-153-20180228: a plane
    # that fell, trains that collided.
    ("وعقب ذلك، سقطت طائرة إيرانية في رحلة داخلية، بمنطقة جبلية، فأدت الحادثة إلى مقتل 59 راكبا.",
     "ASSAULT", dt.date(2018, 5, 18)),
    ("لقي 58 شخصا مصرعهم وأصيب أكثر من 140 جريحا في تصادم قطارين في مدينة قليوب شمال القاهرة.",
     "ASSAULT", dt.date(2018, 2, 28)),
    ("ولقي 75 شخصا مصرعهم في اصطدام قطارين قرب الإسكندرية.", "ASSAULT", dt.date(2018, 2, 28)),
    # ANT: "there will be a period of consultation of thirty days": the noun, no meeting
    ("وأشارت إلى أنه ستكون هناك فترة تشاور لثلاثين يوما.", "CONSULT", dt.date(2018, 4, 4)),
    # ANT FR-internationalNews-629-20180408: an attack plotted is not carried out.
    ("وأعلنت السلطات الألمانية الأحد، اعتقال ستة أشخاص لاشتباه بتخطيطهم لشن هجوم أثناء سباق نصف "
     "الماراثون في العاصمة برلين.", "ASSAULT", dt.date(2018, 4, 8)),
    # ANT FR-middleEast-933-20180815: "economic attacks" are pressure, not force.
    ('وأضاف أردوغان "إن تركيا تعاني من هجمات اقتصادية" من قبل الولايات المتحدة، داعيا الشعب التركي إلى '
     'التخلي عن الأجهزة الإلكترونية التي تصنعها شركة "أبل".', "ASSAULT", dt.date(2018, 8, 15)),
    # ANT BB-internationalNews-600-20180601: قد before an imperfect is "may".
    ("16 مايو/أيار: تقول كوريا الشمالية إنها قد تنسحب من القمة مُتهمة الولايات المتحدة بالتصريحات "
     "المتهورة والنوايا الشريرة.", "RETREAT", dt.date(2018, 6, 1)),
    # ANT CN-economy-318-20180912: resorting (اللجوء) to the courts gives no asylum.
    ("أكدت شركة موانئ دبي العالمية، الثلاثاء، أنها ستواصل اللجوء إلى كافة الإجراءات القانونية، للدفاع "
     "عن حقوقها.", "AID", dt.date(2018, 9, 12)),
    # ANT FR-internationalNews-2789-20180819: مقاطعات are provinces cut off by floods.
    ("وتعرضت طرق كثيرة و134 جسرا لأضرار وعزلت مقاطعات بأكملها في مناطق تلال كيرالا الأكثر تضررا.",
     "PROTEST", dt.date(2018, 8, 19)),
    # ANT CN-middleEast-1202-20180813: restoring ties retakes no ground.
    ("الولايات المتحدة وتركيا لديهما الكثير من المصالح المشتركة التي تساعد على استعادة علاقاتهما "
     "الدبلوماسية بدلاً من التباعد بين البلدين.", "ASSAULT", dt.date(2018, 8, 13)),
    # ANT CN-internationalNews-655-20181007: a car crash.
    ("مقتل 20 شخصًا في حادث سيارة ليموزين في ولاية نيويورك، حسبما ذكرت شرطة الولاية لشبكتنا.",
     "ASSAULT", dt.date(2018, 10, 7)),
    # ANT SK-internationalNews-2092-20180612: a heart attack.
    ("أعلن الرئيس الأميركي دونالد ترامب في تغريدة على تويتر صباح الثلاثاء أن كبير مستشاريه الاقتصاديين "
     "لاري كودلو أصيب بأزمة قلبية نقل على إثرها إلى مستشفى قرب واشنطن.", "ASSAULT", dt.date(2018, 6, 12)),
    # ANT SK-technology-791-20180530: calories burnt.
    ('كشفت دراسة حديثة أجراها باحثون من جامعة "واسيدا" اليابانية، أن مضغ العلكة أثناء المشي يساعد على '
     "الحركة بسرعة أكبر، ويزيد من حرق السعرات الحرارية.", "ASSAULT", dt.date(2018, 5, 30)),
    # ANT BB-middleEast-150-20180307 and SK-economy-227-20180327: the penal code
    # sanctions no one; a looming trade war threatens no one.
    ("يضاف إلى تعديلات أخرى أقرها البرلمان المصري مؤخرا على قانون العقوبات، بغرض مساعدة الحكومة "
     "المصرية.", "SANCTION", dt.date(2018, 3, 7)),
    ("وقال إن محادثات غير معلنة بين الولايات المتحدة والصين ستمنع حرب تجارية تلوح في الأفق بين أكبر "
     "اقتصادين في العالم.", "THREATEN", dt.date(2018, 3, 27)),
    # ANT AL-internationalNews-377-20180307: a travel warning to one's own citizens.
    ("وحذرت وزارة الخارجية الأميركية الرعايا الأميركيين من احتمال وقوع المزيد من الحوادث ونصحت الرعايا "
     "الموجودين في الجزيرة بمتابعة التطورات على وسائل الإعلام المحلية.", "THREATEN", dt.date(2018, 3, 7)),
    # An attempt foiled was never made; losing control attacks no one.
    ("أعلنت وزارة الداخلية أنها أحبطت محاولة اغتيال كانت تستهدف وزير الدفاع.", "ASSAULT", dt.date(2018, 6, 27)),
    ("ورأت الصحيفة أن ذلك يعكس فقدان حركة حماس سيطرتها على القطاع.", "ASSAULT", dt.date(2018, 3, 14)),
    # seeds/FR-internationalNews-2325-20180716: Ankara threatened an operation.
    ('أعلن "مجلس منبج العسكري"، التابع لقوات سوريا الديمقراطية الأحد، انسحاب آخر دفعة من وحدات '
     'حماية الشعب الكردية من مدينة منبج شمال سوريا، وذلك بموجب اتفاق بين الولايات المتحدة وتركيا '
     'في حزيران/يونيو الماضي حول "خارطة طريق" بشأن منبج القريبة من الحدود التركية، بعد تهديدات '
     'أنقرة المستمرة بشن عملية عسكرية لطرد المقاتلين الأكراد من المنطقة.',
     "ASSAULT", dt.date(2018, 6, 29)),
    # ANT corpus: an operation prepared for, an invitation one is ready to make.
    ('وأكدت صحيفة الوطن، نقلا عن مصدر عسكري قوله: "توجه جميع القوات العاملة في الغوطة الشرقية '
     'استعدادا لبدء عملية عسكرية ضخمة في دوما".', "ASSAULT", dt.date(2018, 4, 3)),
    ("أبدى الرئيس الأميركي دونالد ترامب الخميس استعداده لدعوة الزعيم الكوري الشمالي كيم جونغ-أون "
     "إلى الولايات المتحدة.", "REQUEST", dt.date(2018, 6, 8)),
    # ANT corpus: sanctions still considered; a statement that intersects another.
    ("ولا زالت الحكومة في لندن تدرس فرض المزيد من العقوبات على موسكو.", "SANCTION", dt.date(2018, 3, 20)),
    ("بيان البيت الأبيض تقاطع مع تصريحات لوزارة الدفاع بشأن ما تردد عن الضربات.", "PROTEST",
     dt.date(2018, 4, 10)),
    # ANT corpus: declining to comment or disclose is no rejection.
    ("وقالت لجنة وطنية إن تقاريرها تحتوي على أسرار تجارية رافضة التعليق على الأمر.", "REJECT",
     dt.date(2018, 6, 1)),
    ("ورفضت الشرطة الكشف عن مزيد من التفاصيل.", "REJECT", dt.date(2018, 6, 1)),
    # ANT corpus: the nuclear deal withdrawn from, or acted under, is no deal made.
    ("وأضاف أنه على البنوك الأوروبية القيام بإجراءات لحماية التجارة مع طهران بعد انسحاب الولايات المتحدة "
     "من الاتفاق.", "AGREE", dt.date(2018, 5, 17)),
    ("وذكرت إن المعارضة أطلقت سراح عشرات الرهائن بموجب اتفاق مع الحكومة.", "AGREE", dt.date(2018, 4, 3)),
    # ANT corpus: sanctions that stand (evaded, exempted from) are none imposed.
    ("ستحاول إيران إيجاد طرق بديلة للالتفاف على العقوبات الأميركية خاصة على النظام المصرفي الإيراني.",
     "SANCTION", dt.date(2018, 5, 10)),
    ("أمهل وزير النفط الإيراني مجموعة توتال الفرنسية شهرين للحصول من واشنطن على إعفاء من العقوبات.",
     "SANCTION", dt.date(2018, 5, 16)),
    # ANT corpus: a request for comment is the newsroom's, no party's.
    ("ولم يرد متحدث باسم السفارة التركية في واشنطن على طلب للتعليق.", "REQUEST", dt.date(2018, 8, 10)),
    # ANT corpus: rallying votes is no mobilization; plots are not attacks.
    ("ولم تنجح روسيا الثلاثاء في حشد الأصوات اللازمة لإقرار مشروعي قرارين.", "MOBILIZE", dt.date(2018, 4, 11)),
    ("وجرى الربط بين نيل براكاش المولود في ملبورن ومخططات لهجمات في أستراليا.", "ASSAULT", dt.date(2018, 7, 1)),
    # ANT corpus: حشد من الناس is a crowd, not a mobilization.
    ("وكان الجاني قد قاد الشاحنة ليدهس حشدا من المواطنين خارج مطعم في مدينة منستر.",
     "MOBILIZE", dt.date(2018, 4, 8)),
    # ANT: a crowd gathered (احتشد) at a border or a parliament mobilized no forces.
    ("والجمعة، احتشد عدة آلاف من الفلسطينيين على طول الحدود بين القطاع وإسرائيل.", "MOBILIZE",
     dt.date(2018, 6, 8)),
    ("واحتشد آلاف التونسيين السبت أمام مجلس النواب احتجاجا على تقرير لجنة الحريات الفردية.", "MOBILIZE",
     dt.date(2018, 8, 11)),
    # ANT: reinforcements an air strike hit were not sent by the striker.
    ("وشنت مقاتلات التحالف العربي غارات جوية دقيقة استهدفت تعزيزات وآليات عسكرية تابعة للحوثيين.",
     "MOBILIZE", dt.date(2018, 6, 15)),
    # ANT: the boycotting states, the standing boycott of Qatar, a county.
    ("وقد شددت الدول الأربع المقاطعة لقطر قبيل انعقاد القمة، على أن مطالبها بإغلاق قناة الجزيرة أمور أساسية.",
     "PROTEST", dt.date(2018, 4, 15)),
    ("ولفت تقرير بلومبرغ إلى أن المقاطعة العربية لقطر تلقي بظلالها على الاستثمارات.", "PROTEST",
     dt.date(2018, 2, 21)),
    ("وأقلعت الطائرة من مطار في بلدة بلارديل بمقاطعة بولاكان، ثم تحطمت، وسقطت فوق منزل.", "PROTEST",
     dt.date(2018, 3, 17)),
    # ANT: ل + a verbal noun says what for: a deal to be reached, a summit called for.
    ("وأفاد وفد فلبيني آخر الأربعاء أنهم سيجرون مباحثات مع الكويت الأسبوع المقبل للتوصل الى اتفاق "
     "لحماية العمالة الآتية من الأرخبيل الآسيوي.", "AGREE", dt.date(2018, 2, 21)),
    ("من جانبه، ثمن وزير الخارجية الأردنى، دعوة العاهل السعودي، الملك سلمان بن عبدالعزيز، لعقد قمة "
     "رباعية لدعم الأردن.", "CONSULT", dt.date(2018, 6, 10)),
])
def test_what_did_not_happen_is_no_event(code, text, event_type, pub):
    """Titles, accidents, homonyms, things threatened, planned, called off or
    remembered: real sentences whose trigger word names no event of that type."""
    assert not _of_type(code(text, pub), event_type)


def test_a_collective_of_sanctions_is_imposed(code):
    # a partitive من after a collective (حزمة من العقوبات) governs nothing.
    text = "وأعلنت الولايات المتحدة الأربعاء حزمة من العقوبات على كوريا الشمالية."
    assert _of_type(code(text, dt.date(2018, 2, 23)), "SANCTION")


def test_a_deal_being_made_is_one(code):
    # ANT corpus: تم الاتفاق على: the definite noun after a passive auxiliary is made now.
    text = "وأعلنت وزارة الكهرباء المصرية، الخميس، أنه تم الاتفاق على إرسال وفد فني إلى السودان."
    assert _of_type(code(text, dt.date(2018, 3, 22)), "AGREE")


def test_an_agreement_under_a_condition_is_not_made(code):
    # ANT SK-internationalNews-1521-20180511: "if it agrees to give up": North
    # Korea has agreed to nothing.
    text = ('وصف وزير الخارجية الأميركي مايك بومبيو، الزعيم الكوري الشمالي، كيم جونغ أون، بأنه محاور '
            'عقلاني وشديد التركيز، مؤكدا استعداد واشنطن لمساعدة كوريا الشمالية على إعادة بناء اقتصادها '
            'إذا وافقت على التخلي "سريعا" عن ترسانتها النووية.')
    assert not any(e.trigger_text == "وافقت" for e in code(text, dt.date(2018, 5, 11)))


def test_a_seizure_is_still_coerce_beside_the_blockers(code):
    # ANT AL-internationalNews-1628-20180615: ضبطتها قوات الإمارات, "which the
    # UAE's forces seized", is the sense the ضبط blockers leave alone.
    text = ("كما ذكر غوتيريس أن مسؤولي الأمم المتحدة فحصوا أيضا أسلحة ومواد متعلقة بها ضبطت في البحرين "
            "وفي سفينة لم يكن عليها طاقم كانت محملة بالمتفجرات ضبطتها قوات الإمارات.")
    assert any(e.trigger_text.startswith("ضبط") for e in _of_type(code(text, dt.date(2018, 6, 15)), "COERCE"))


# ANT FR-internationalNews-1978-20180623, its first paragraphs: a game report.
GAME_REPORT = (
    "يخوض المنتخب التونسي ظهر السبت مباراة مصيرية أمام نظيره البلجيكي في الجولة الثانية من منافسات "
    "المجموعة السابعة لمونديال روسيا، إذ أن الخسارة قد تعني بالنسبة إليه الخروج من المنافسة. وشدد مدربه "
    'نبيل معلول على أن فريقه "جاهز ذهنيا وبدنيا" وأن بحوزته "السلاح الهجومي" للفوز على "الشياطين الحمر". '
    "وتجرى المباراة عند الساعة الثانية بتوقيت باريس.\n"
    "والواقع أن نسور قرطاج في نفس وضعية الفراعنة وأسود الأطلس قبل أيام قليلة، إذ أنه خسر مباراته الأولى "
    "أمام إنكلترا بهدف يتيم سجله هاري كاين في الوقت القاتل (1-2)، ما خلق لدى لاعبيه إحباطا شديدا.\n"
)


def test_a_game_report_tells_play_not_battles(code):
    events = code(GAME_REPORT, dt.date(2018, 6, 23))
    assert not _of_type(events, "ASSAULT") and not _of_type(events, "THREATEN")
    # The same sentence alone, out of a game report, still reads يخوض as fighting.
    assert _of_type(code(GAME_REPORT.split(". ")[0] + ".", dt.date(2018, 6, 23)), "ASSAULT")


def test_a_death_in_a_game_report_is_still_an_event(code):
    # ANT SK-internationalNews-2480-20180704: a car ramming in a World Cup host city.
    text = ("قتل شخص وأصيب 3 آخرون، الأربعاء، في حادثة دهس سيارة لمجموعة من المشاة في مدينة سوتشي الروسية، "
            "التي تستضيف مباريات في كأس العالم.\n"
            "ويعد هذا ثاني حادث دهس يقع في روسيا خلال استضافتها لمباريات كأس العالم، إذ أصيب 8 أشخاص على "
            "الأقل، عندما صدمت سيارة أجرة حشدا من المارة في وسط العاصمة الروسية موسكو.\n")
    assert [e.killed for e in _of_type(code(text, dt.date(2018, 7, 4)), "ASSAULT")] == [1]


def test_stealing_the_show_is_no_abduction(code):
    # ANT AL-culture-130-20180305: خطف جائزة, "snatched the award".
    text = ('في حين خطف الممثل غاري أولدمان جائزة أفضل ممثل، عن دوره في "داركست آور" في الحفل التسعين '
            "للأوسكار مساء الأحد في هوليوود.")
    assert not _of_type(code(text, dt.date(2018, 3, 5)), "ASSAULT")


@pytest.mark.parametrize("text, pub", [
    # ANT BB-middleEast-925-20180829 and CN-middleEast-16-20180217: a phone call to a
    # newsroom is how the news was gathered, not a consultation.
    ("وقالت المحامية نهاد أبو القمصان في اتصال هاتفي مع بي بي سي إنها اتصلت بها هاتفيا يوم الثلاثاء "
     "لدعمها وتوعيتها بحقوقها.", dt.date(2018, 8, 29)),
    ("وقال مدير مستشفى عفرين الدكتور جوان محمد عبر مكالمة هاتفية مع CNN، إن مريضين في حالة حرجة "
     "والأربعة الآخرون بوضع مستقر.", dt.date(2018, 2, 17)),
])
def test_a_call_to_a_newsroom_is_no_consultation(code, text, pub):
    assert not _of_type(code(text, pub), "CONSULT")


@pytest.mark.parametrize("text, pub, caller, called", [
    # dev CN-middleEast-1550-20181015 (ANT CN-middleEast-1545-20181015 has the sentence too)
    ("أكد الرئيس الأمريكي دونالد ترامب أنه اتصل بالعاهل السعودي، الملك سلمان بن عبد العزيز، "
     "الذي نفى بدوره علمه بما حدث للصحفي جمال خاشقجي.", dt.date(2018, 10, 15), "Donald Trump", "King Salman"),
    # ANT SK-middleEast-2895-20180714: the call, not the targeting it reports.
    ('وأوضح مصدر بالرئاسة التركية أن أردوغان اتصل ببوتن، وأبلغه أن "استهداف المدنيين في درعا كان '
     'مثيرا للقلق".', dt.date(2018, 7, 14), "Recep Tayyip Erdogan", "Vladimir Putin"),
])
def test_a_call_between_named_parties_is_a_consultation(code, text, pub, caller, called):
    events = code(text, pub)
    calls = _of_type(events, "CONSULT")
    if not code.with_actors:
        assert not calls  # (only named parties make a call news)
        return
    assert [(e.actor1_name, e.actor2_name, e.event_mode) for e in events] == [(caller, called, "phone")]


@pytest.mark.parametrize("text, pub", [
    # ANT SK-internationalNews-3308-20181005: a wife calling the police.
    ("وذكرت أن زوجته اتصلت بالشرطة بعدما لم يتواصل معها منذ سفره إلى الصين.", dt.date(2018, 10, 5)),
    # ANT BB-internationalNews-556-20180523: neighbours calling the emergency line.
    ("وبعد ارتكاب الجريمة، هرع فان دونجين إلى الشارع وهو يصرخ من الألم، واتصل الجيران بخدمة الطوارئ.",
     dt.date(2018, 5, 23)),
    # "as it relates to": the imperfect is no call.
    ("وبحث الوزيران التطورات في ما يتصل بالأزمة السورية.", dt.date(2018, 5, 23)),
])
def test_a_call_to_the_police_is_no_consultation(code, text, pub):
    assert not [e for e in _of_type(code(text, pub), "CONSULT") if "تصل" in e.trigger_text]


def test_asylum_granted_is_aid(code):
    # ANT SK-internationalNews-360-20180315: Britain "gave them asylum".
    text = ('وأضافت "هل تعلمون عدد الروس الذين ننتظر تسلمهم من لندن بطلبات رسمية؟ أكثر من 40 شخصا، بينهم '
            'أشخاص نقلوا معهم فلوساً قذرة، وكذلك سفاحين" رحبت بهم بريطانيا ومنحتهم اللجوء.')
    assert _of_type(code(text, dt.date(2018, 3, 15)), "AID")


@pytest.mark.parametrize("text, event_type, pub", [
    # ANT SK-middleEast-3029-20180721: expected, ten words before its noun.
    ("ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش على عدة محاور.",
     "ASSAULT", dt.date(2018, 7, 21)),
    # ANT SK-internationalNews-2697-20180717: negated three words before its noun.
    ("وفي هلسنكي، لم يصدر ترامب أي إدانة لتدخل روسيا ورفض القول إنه يصدق أجهزة الاستخبارات الأميركية.",
     "ACCUSE", dt.date(2018, 7, 17)),
])
def test_a_light_verbs_mood_is_its_nouns(code, text, event_type, pub):
    assert not _of_type(code(text, pub), event_type)


@pytest.mark.parametrize("text, event_type, pub", [
    # ANT SK-middleEast-3551-20180907 and AL-internationalNews-1772-20180627.
    ('طلبت السفارة الإيرانية لدى بغداد، مساء الجمعة، من رعاياها في البصرة مغادرة المحافظة "فورا"، وذلك '
     "بعدما اقتحم متظاهرون غاضبون مقر قنصليتها وأضرموا فيها النيران.", "ASSAULT", dt.date(2018, 9, 7)),
    ("وطُوي حتى الآن الخلاف مع إيطاليا الذي اندلع بعدما اتهم ماكرون الحكومة الإيطالية الجديدة بالتصرف "
     '"باستخفاف وعدم مسؤولية" لرفضها استقبال سفينة تقل مهاجرين.', "ACCUSE", dt.date(2018, 6, 27)),
    # An attempt on a life was made: the bomb went off.
    ("نجا محافظ عدن من محاولة اغتيال بعبوة ناسفة استهدفت موكبه صباح اليوم.", "ASSAULT", dt.date(2018, 6, 27)),
    # بدون طيار is "unmanned": the drone killed.
    ("قال زعماء قبائل يمنية إن طائرة بدون طيار قتلت أربعة من مسلحي القاعدة في محافظة شبوة.", "ASSAULT",
     dt.date(2018, 6, 27)),
    # غير الحكومية is "non-governmental": the NGOs did ask.
    ("وكانت المنظمات غير الحكومية طالبت السلطات بالإفراج عن الناشطين.", "REQUEST", dt.date(2018, 6, 27)),
    # لا تزال is "still": the clashes go on.
    ("ولا تزال الاشتباكات مستمرة بين الجيش والمسلحين في مدينة درعا.", "ASSAULT", dt.date(2018, 6, 27)),
    # ANT SK-internationalNews-2537-20180709: غير أن is "however", no negation.
    ("غير أن إثيوبيا رفضت حكم اللجنة الدولية، ونشرت الآلاف من الجنود الإضافيين على الحدود مع إريتريا.",
     "REJECT", dt.date(2018, 7, 9)),
])
def test_what_happened_after_is_an_event(code, text, event_type, pub):
    assert _of_type(code(text, pub), event_type)


def test_the_day_after_is_past_not_tomorrow(code):
    # ANT AL-economy-187-20180307: غداة, "the day after", once read as غدا, "tomorrow",
    # which turned a resignation into an announced one.
    text = ("وجاء كلام روس غداة استقالة غاري كون، ابرز مستشار اقتصادي لدى الرئيس دونالد ترامب، الذي كان "
            "يعارض فرض هذه الرسوم.")
    assert [e.event_type for e in code(text, dt.date(2018, 3, 7)) if "استقالة" in e.trigger_text] == ["RETREAT"]


@pytest.mark.parametrize("text, pub", [
    # ANT SK-middleEast-2345-20180613: the raids targeted; مواقع is what they hit.
    ("وشنت طائرات التحالف غارات جوية، استهدفت مواقع لميليشيات الحوثي في مديرية الدريهمي المتاخمة "
     "لمدينة الحديدة.", dt.date(2018, 6, 13)),
    # ANT BB-middleEast-916-20180901: its raids (غاراته) targeted.
    ("وقال التحالف المدعوم من الغرب وقتها إن غاراته استهدفت منصات صواريخ استعملها المتمردون "
     "الحوثيون لضرب مدينة جيزان جنوبي السعودية.", dt.date(2018, 9, 1)),
])
def test_a_verb_describing_a_raid_has_the_raiders_for_subject(code, text, pub):
    assaults = _of_type(code(text, pub), "ASSAULT")
    assert assaults and all("التحالف" in _names(e, "actor1") for e in assaults)
    assert all(_names(e, "actor2").startswith(("مواقع", "منصات")) for e in assaults)


@pytest.mark.parametrize("text, event_type", [
    # ANT CN-internationalNews-295-20180430 and SK-middleEast-868-20180409: عمد إلى قتل, "set
    # out to kill", and لدى تظاهر, "as thousands demonstrated".
    ("الجاني هو شريك والدتها، الذي عمد إلى قتل الصغيرة بعد انتهائه من الاعتداء عليها.", "ASSAULT"),
    ("وازدادت وتيرة العنف مجددا، الجمعة، فاندلعت مواجهات لدى تظاهر الآلاف عند الحدود.", "PROTEST"),
])
def test_killing_and_protest_keep_their_verbal_nouns_after_a_preposition(code, text, event_type):
    assert _of_type(code(text, dt.date(2018, 4, 30)), event_type)


def test_a_meeting_announced_is_an_agreement_to_meet_by_the_meeters(code):
    # ANT SK-internationalNews-2444-20180702: the White House announces Pompeo's visit (GUIDE:
    # promises follow PLOVER; dev gold codes such a visit AGREE).
    text = ("أعلن البيت الأبيض أن وزير الخارجية الأميركي مايك بومبيو سيزور مجددا كوريا الشمالية الخميس "
            "في 5 تموز/يوليو الجاري.")
    events = code(text, dt.date(2018, 6, 28))
    if not code.with_actors:
        assert not events  # (a schedule told by no one known is no one's promise)
        return
    assert [e.event_type for e in events] == ["AGREE"]
    assert "بومبيو" in _names(events[0], "actor1") and "البيت" not in _names(events[0], "actor1")


@pytest.mark.parametrize("text, pub", [
    # ANT AL-internationalNews-1772-20180627: tomorrow (غدا), told by no one as a plan.
    ("لكنه سيكون حاضرا في الأذهان عندما يلتقي مع قادة الاتحاد الأوروبي في بروكسل غدا الخميس لمناقشة "
     "أزمة الهجرة.", dt.date(2018, 6, 27)),
    # ANT FR-internationalNews-2310-20180715: a summit dated after publication.
    ("يعقد الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب قمتهما الثنائية الأولى في هلسنكي "
     "عاصمة فنلندا الاثنين 16 تموز/يوليو.", dt.date(2018, 7, 15)),
])
def test_a_meeting_dated_ahead_has_not_happened(code, text, pub):
    assert not [e for e in code(text, pub) if e.event_type in ("CONSULT", "AGREE")]


def test_a_welcome_done_is_not_pushed_ahead_by_a_later_date(code):
    # ANT FR-internationalNews-1126-20180508: the embassy opens on 14 May (ahead); Israel's
    # welcome was given.
    text = ("والاثنين، نصب عمال في القدس أولى اللافتات التي توضح اتجاه السفارة الأمريكية التي ستفتح أبوابها "
            "في القدس بتاريخ 14 أيار/مايو، امتثالا لقرار الرئيس ترامب نقلها والذي رحبت به إسرائيل.")
    assert _of_type(code(text, dt.date(2018, 5, 7)), "SUPPORT")


def test_qad_before_a_perfect_is_has_not_may(code):
    # قد تلقت ضربة, قد تعرضت لهجوم: "has received", "has come under" (ANT SK-middleEast-3687-20181001).
    text = "وكانت السفارة الأمريكية قد تعرضت لهجوم صاروخي يوم السبت."
    assert _of_type(code(text, dt.date(2018, 9, 29)), "ASSAULT")


def test_a_victim_in_tanween_is_the_object_and_a_city_behind_fi_no_doer(code):
    # ANT SK-internationalNews-1632-20180518: شخصا is accusative (the dictionary's common nouns take tanween too),
    # and باريس, "in central Paris", is where.
    text = ("وقبل أسبوع، قام فرنسي مولود في الشيشان بمهاجمة أشخاص بسكين في وسط باريس فقتل شخصا قبل أن "
            "تقتله الشرطة بالرصاص.")
    (e,) = [e for e in _of_type(code(text, dt.date(2018, 5, 18)), "ASSAULT") if "فقتل" in e.trigger_text]
    assert e.actor1_text != "شخصا"
    if code.with_actors:  # (the words alone know no city: باريس is then the nearest chunk)
        assert "باريس" not in _names(e, "actor1") and e.actor2_text == "شخصا"


@pytest.mark.parametrize("text, event_type", [
    # Past deeds near a date after publication stay deeds: a perfect light verb, an act
    # before a coming match (قبل), and a year-less day long ahead (last year's 11 September).
    ("وقالت دمشق إن إسرائيل شنت غارات على مواقع عسكرية قرب حمص في 7 سبتمبر.", "ASSAULT"),
    ("الشرطة تعتقل 20 مشجعا قبل مباراة السبت المقبل", "COERCE"),
    ("وقال المسؤول إن الإجراءات الأمنية شددت بعد هجمات 11 سبتمبر على نيويورك.", "ASSAULT"),
    # كان ... قد تلقى: "had received", no "may".
    ("وكان الرئيس قد تلقى اتصالا هاتفيا من أمير قطر.", "CONSULT"),
])
def test_deeds_the_future_and_may_rules_leave_alone(code, text, event_type):
    events = code(text, dt.date(2018, 5, 2))
    assert _of_type(events, event_type) and not _of_type(events, "THREATEN")


@pytest.mark.parametrize("text, event_type", [
    # a call among generic people; a meeting that "may be held"; silence kept, apart
    ("واتصل مسؤولو المدرسة بالشرطة بعد الحادث.", "CONSULT"),
    ("مشيراً إلى أن الاجتماع قد يعقد في هلسنكي.", "CONSULT"),
    ("والتزمت الحكومة الصمت حيال الاتهامات.", "AGREE"),
])
def test_calls_meetings_and_silences_that_are_no_events(code, text, event_type):
    assert not _of_type(code(text, dt.date(2018, 5, 2)), event_type)


def test_a_reply_and_a_condemnation_keep_their_own_doers(code):
    # A verb after a named genitive (غارات التحالف) is a new act, by its own subject;
    # the one condemned (a name after the condemner) did the deed.
    if not code.with_actors:
        pytest.skip("the words alone tell no subject from a genitive here")
    (e,) = [e for e in _of_type(code("ردا على غارات التحالف، قصفت قوات الحوثي مواقع سعودية.",
                                     dt.date(2018, 5, 2)), "ASSAULT") if e.trigger_text == "قصفت"]
    assert "الحوثي" in _names(e, "actor1")
    text = "وأدان مجلس الأمن كوريا الشمالية بسبب إطلاق صاروخ باليستي جديد."
    assert any("كوريا" in _names(e, "actor1") for e in _of_type(code(text, dt.date(2018, 5, 2)), "ASSAULT"))


def test_an_unexpected_resignation_has_happened(code):
    # ANT BB-internationalNews-8-20180216: غير متوقعة, "unexpected", is no plan.
    text = ("أُعلنَت حالة الطوارئ في إثيوبيا بعد يوم واحد فقط من استقالة غير متوقعة لرئيس الوزراء "
            "هايلي مريام ديسالين.")
    assert [e.event_type for e in code(text, dt.date(2018, 2, 16)) if "استقالة" in e.trigger_text] == ["RETREAT"]


def test_an_editor_in_chief_frees_nothing(code):
    # ANT FR-internationalNews-1067-20180503: رئيس تحرير is no liberation.
    text = ('وقال رئيس تحرير شبكة "وان تي في" عبدالله خنجاني إن الخميس "يوم حداد" للتلفزيون الذي خسر صحافيا '
            "ومصورا في اعتداء الاثنين.")
    assert not any("تحرير" in e.trigger_text for e in code(text, dt.date(2018, 5, 3)))


@pytest.mark.parametrize("text, event_type, actor1, pub", [
    # ANT: the maker of a decision, a resolution or a report acts, not the paper.
    ("ويطلب قرار الأمم المتحدة من جميع الأطراف وقف الأعمال العدائية لمدة 30 يوما.",
     "REQUEST", "الأمم المتحدة", dt.date(2018, 2, 28)),
    ("انتقدت منظمة هيومان رايتس ووتش، الأربعاء، قرار إيران حظر تطبيق تلغرام للرسائل النصية.",
     "COERCE", "إيران", dt.date(2018, 5, 2)),
    ("والأسبوع الفائت، أصدرت منظمة العفو الدولية تقريرا يدعو للتحقيق في شبكة سجون سرية في جنوب اليمن.",
     "REQUEST", "منظمة العفو الدولية", dt.date(2018, 7, 20)),
])
def test_a_papers_maker_is_the_actor(code, text, event_type, actor1, pub):
    if not code.with_actors:
        pytest.skip("without the dictionary or NER, إيران and منظمة العفو are words like any other")
    events = _of_type(code(text, pub), event_type)
    assert events and events[0].actor1_text == actor1


def test_a_news_source_is_no_subject_a_coordinated_verb_shares(code):
    # ANT: the sources report the kidnapping; the militia they name did it.
    text = ("وذكرت المصادر أن قيادات في ميليشيات الحوثي اجتمعت ببعض شيوخ قبيلة حاشد وطلبت منهم "
            "بالقوة دعم جبهات القتال بأبنائها.")
    events = code(text, dt.date(2018, 6, 6))
    assert events and not any("المصادر" in (e.actor1_text or "") for e in events)


def test_a_deal_concluded_by_someone_is_theirs(code):
    # ANT: اتفاق أبرمته روسيا: the verb that takes the deal back names its maker.
    if not code.with_actors:
        pytest.skip("a deal made by an unnamed doer is below the confidence floor")
    text = "وبدأت، الجمعة، عملية إجلاء المقاتلين والمدنيين إلى شمال البلاد بموجب اتفاق أبرمته روسيا مع الفصائل المسلحة."
    agree = _of_type(code(text, dt.date(2018, 7, 20)), "AGREE")
    assert agree and agree[0].actor1_text == "روسيا"


@pytest.mark.parametrize("text, speaker, called_on", [
    # dev (SK-middleEast-3127): the sentence drops its subject, the speaker of the one before.
    ("وأكد قرقاش أن استهداف الحوثيين ناقلة النفط أمر غير مستغرب. وطالب المجتمع الدولي بموقف قوي "
     "تجاه ما تقوم به ميليشيات الحوثي من أعمال تخريبية.", "قرقاش", "المجتمع الدولي"),
    # ANT: with no speaker before, whoever calls is left open.
    ("ودعت جميع الأطراف إلى اتخاذ التدابير الضرورية لحماية المواطنين.", None, "جميع الأطراف"),
])
def test_one_called_on_right_after_the_verb_is_not_the_caller(code, text, speaker, called_on):
    if speaker and not code.with_actors:
        pytest.skip("قرقاش speaks only when NER or the dictionary names him")
    requests = _of_type(code(text, dt.date(2018, 7, 26)), "REQUEST")
    assert requests and requests[-1].actor2_text == called_on
    assert requests[-1].actor1_text == speaker


def test_a_promise_to_support_keeps_whom_it_supports(code):
    # بدعم after a promise names whom it supports, not a backer.
    if not code.with_actors:
        pytest.skip("أوكرانيا is named by the dictionary")
    agree = _of_type(code("تعهدت الولايات المتحدة بدعم أوكرانيا عسكريا.", dt.date(2018, 8, 19)), "AGREE")
    assert agree and agree[0].actor2_text == "أوكرانيا"


@pytest.mark.parametrize("text, actor1", [
    # ANT: who backs the doer (مسنودة بـ, بإسناد من, مدعومة بـ) takes no part in naming it.
    ("حققت قوات الجيش الوطني اليمني مسنودة بطيران التحالف العربي، اليوم السبت، تقدمًا جديدًا في مديرية "
     "الملاجم بمحافظة البيضاء، بعد معارك عنيفة مع ميليشيا الحوثي الانقلابية.", "قوات الجيش الوطني اليمني"),
    ("بدأ الجيش اليمني، بإسناد من التحالف العربي، الاثنين، عملية عسكرية جديدة في مديرية شدا، غربي "
     "محافظة صعدة.", "الجيش اليمني"),
])
def test_a_backer_is_not_the_doer(code, text, actor1):
    assaults = _of_type(code(text, dt.date(2018, 8, 19)), "ASSAULT")
    expected = {actor1} if code.with_actors else {actor1, None}  # (the words alone may name no one)
    assert assaults and all(e.actor1_text in expected for e in assaults)


def test_he_after_a_feminine_speaker_is_someone_else(code):
    # ANT: Amnesty says "he was arrested": the organisation arrested no one.
    text = "وقالت منظمة العفو الدولية إنه اعتقل، بعد ساعات قليلة من كتابته تغريدة."
    assert not any("منظمة" in (e.actor1_text or "") for e in code(text, dt.date(2018, 9, 4)))
    # "the government said he attacked the positions": he is no one named, the positions were attacked.
    (e,) = _of_type(code("وقالت الحكومة إنه هاجم مواقع المسلحين.", dt.date(2018, 9, 4)), "ASSAULT")
    assert (e.actor1_text, e.actor2_text) == (None, "مواقع المسلحين")
    # A man's name in ة (أسامة) is no feminine speaker: he speaks of himself.
    (e,) = _of_type(code("وقال أسامة حمزة إنه هاجم مواقع المسلحين.", dt.date(2018, 9, 4)), "ASSAULT")
    assert e.actor2_text == "مواقع المسلحين"


@pytest.mark.parametrize("text, actor1, actor2", [
    # ANT: a definite noun opening the clause (after لكن) right before the verb is its subject.
    ("واستضافت السعودية لأول مرة عروض اتحاد المصارعة، لكن السلطات رفضت مشاركة النساء في المنافسات.",
     "السلطات", "مشاركة النساء"),
    ("لكن الاتحاد الأوروبي حذر المنظمة من إمكانية سحب بعض صلاحياتها الخاصة بتنظيم قطاع الشحن البحري.",
     "الاتحاد الأوروبي", "المنظمة"),
    # ANT: after أن the subject comes first, named or not.
    ("بيد أن النيابة المصرية حضت السلطات القبرصية على تسليم مصطفى إليها وفق اتفاق ثنائي.",
     "النيابة المصرية", "السلطات القبرصية"),
    # ANT headlines BB-internationalNews-123-20180310, BB-middleEast-529-20180522 and
    # CN-internationalNews-600-20180911: a name opening the sentence before its verb.
    ('ترامب يدعو كوريا الشمالية إلى "طاولة التفاوض"', "ترامب", "كوريا الشمالية"),
    # (objects unchecked: the coder reads the deed's target, مواقع, and a city is a place)
    ("سوريا تتهم إسرائيل بشن غارات على مواقع عسكرية وإسرائيل تحضر الملاجئ", "سوريا", None),
    ("بريطانيا تقصف بيروت لإرغام محمد علي باشا على ترك الشام.", "بريطانيا", None),
])
def test_a_subject_opening_its_clause_before_the_verb(code, text, actor1, actor2):
    if "حذر" in text and not code.with_actors:
        pytest.skip("a warning naming no one known warns of a danger (_warned_of_a_danger)")
    if text.split()[1][:1] in "يت" and not code.with_actors:
        pytest.skip("only the dictionary or NER tells a name from a noun")
    events = code(text, dt.date(2018, 4, 28))
    assert events and events[0].actor1_text == actor1
    assert actor2 is None or events[0].actor2_text == actor2


def test_who_bears_the_blame_is_accused_by_the_speaker(code):
    # ANT: the minister accuses Putin; Putin "bears responsibility".
    text = ('اعتبر وزير الأمن البريطاني، بين والاس، الخميس أن الرئيس الروسي فلاديمير بوتن يتحمل المسؤولية '
            '"في النهاية" عن محاولة اغتيال الجاسوس السابق.')
    accuse = _of_type(code(text, dt.date(2018, 9, 6)), "ACCUSE")
    assert accuse and "الرئيس الروسي" in (accuse[0].actor2_text or "")
    assert "الرئيس الروسي" not in (accuse[0].actor1_text or "")


def test_who_a_speaker_says_is_responsible_is_accused(code):
    if not code.with_actors:
        pytest.skip("a blame with no named speaker or accused stays under the confidence floor")
    # ANT: "the State Department stressed that Russia is the one responsible for the attack".
    text = 'وشددت الخارجية الأميركية على أن روسيا هي المسؤولة عن "الهجوم الشنيع" في بريطانيا.'
    accuse = _of_type(code(text, dt.date(2018, 3, 29)), "ACCUSE")
    assert accuse and accuse[0].actor2_text == "روسيا" and "الخارجية" in (accuse[0].actor1_text or "")
    text = "ووزارة التجارة العراقية هي المسؤولة عن شراء السلع الاستراتيجية لهذا البرنامج."
    assert not _of_type(code(text, dt.date(2018, 3, 23)), "ACCUSE")  # (a duty, no blame)
    text = "وقال الوزير إن مصطفى هو المسؤول عن ملف المفاوضات."
    assert not _of_type(code(text, dt.date(2018, 3, 23)), "ACCUSE")  # (in charge of a file)


@pytest.mark.parametrize("text, event_type, title", [
    # ANT SK-middleEast-1775-20180517: العام after الأمين is "general", no year, and the
    # League the title serves (للجامعة) is part of it, not the one condemned
    ("من جانبه، دان الأمين العام للجامعة العربية، أحمد أبو الغيط نقل السفارة.", "ACCUSE",
     "الأمين العام للجامعة العربية، أحمد أبو الغيط"),
    # ANT CN-middleEast-229-20180309: the same with التنفيذي and a company
    ("وطالب الرئيس التنفيذي لشركة الطيران الإسرائيلية، جونين أوسيشكين من منظمة الطيران المدني بالمساعدة.",
     "REQUEST", "الرئيس التنفيذي لشركة الطيران الإسرائيلية، جونين أوسيشكين"),
])
def test_a_title_takes_the_body_it_serves(code, text, event_type, title):
    if not code.with_actors:
        pytest.skip("with no names known, the League and the company are words like any other")
    (e,) = _of_type(code(text, dt.date(2018, 5, 17)), event_type)
    assert e.actor1_text == title and e.actor2_text is None


@pytest.mark.parametrize("text, event_type, actor1, not_actor2", [
    # ANT BB-sport-311-20180811: FIFA suspended the player; (فيفا) is FIFA again, not the one suspended
    ("أوقف الاتحاد الدولي لكرة القدم (فيفا) أفضل لاعب أفريقي سابقا، الزامبي كالوشا بواليا، لمدة عامين.",
     "COERCE", "الاتحاد الدولي لكرة القدم (فيفا)", "فيفا"),
    # ANT CN-internationalNews-714-20181016: the news agency (إرنا) reports the abduction; it abducted no one
    ("أعلنت وكالة الأنباء الإيرانية (إرنا) اختطاف عدد من قوات التعبئة وحرس الحدود جنوب شرق البلاد، الثلاثاء.",
     "ASSAULT", None, "إرنا"),
])
def test_a_name_in_brackets_is_another_name_of_the_actor_before_it(text, event_type, actor1, not_actor2):
    events = _pipeline_events(text, dt.date(2018, 8, 11))
    (e,) = _of_type(events, event_type)
    assert e.actor1_text == actor1 and not_actor2 not in (e.actor2_text or "")


def test_a_person_behind_a_preposition_is_not_in_apposition():
    # ANT: Le Drian met (بـ) President Sisi: two people, not one name (NER tags both PERS).
    text = "والتقى لودريان بالرئيس عبد الفتاح السيسي، حيث تناولت المحادثات القضيتين الفلسطينية والسورية."
    events = _pipeline_events(text, dt.date(2018, 4, 29))
    consult = _of_type(events, "CONSULT")
    assert consult and consult[0].actor1_text == "لودريان"


def test_a_statement_tells_of_a_killing_its_issuer_did_not_do(code):
    # dev-like (ANT BBC): the council issued a statement confirming the death; it killed no one.
    text = ("أصدر المجلس السياسي الأعلى في اليمن بيانا أكد فيه مقتل رئيس المجلس صالح الصماد، القيادي في "
            "جماعة الحوثيين اليمنية.")
    assaults = _of_type(code(text, dt.date(2018, 4, 23)), "ASSAULT")
    assert assaults and not any("المجلس السياسي" in (e.actor1_text or "") for e in assaults)


def test_a_place_after_a_preposition_does_not_speak(code):
    # ANT: "after their talks in Brussels, [the statement] stressed": Brussels is where, not who.
    text = ('وأصدر قادة الاتحاد الأوروبي بيانا، عقب محادثاتهم في بروكسل، أكد على أنه من "المرجح جدا" أن روسيا '
            'هي المسؤولة عن محاولة الاغتيال.')
    events = code(text, dt.date(2018, 3, 23))
    assert _of_type(events, "CONSULT") and all(e.actor1_text != "بروكسل" for e in events)


@pytest.mark.parametrize("text, actor1, actor2", [
    # ANT: a verbal noun, its doer in the genitive, then its object after لل.
    ("وتأتي الخطوة كمحاولة للتوصل إلى مخرج من الأزمة بين البلدين، التي تسبب فيها احتجاز تركيا للقس.",
     "تركيا", "للقس"),
    ("أدانت المنظمة اعتقال السلطات المصرية للناشط علاء عبد الفتاح.", "السلطات المصرية", "للناشط"),
])
def test_a_named_genitive_with_an_object_after_it_did_it(code, text, actor1, actor2):
    if not code.with_actors:
        pytest.skip("the doer must be named by the dictionary")
    coerce = _of_type(code(text, dt.date(2018, 8, 14)), "COERCE")
    assert coerce and (coerce[0].actor1_text, coerce[0].actor2_text) == (actor1, actor2)


def test_armed_forces_massing_is_a_mobilization(code):
    # ANT: "government forces and their militia are massing with their armour".
    if not code.with_actors:
        pytest.skip("the dictionary says the forces are armed")
    text = "وأفادت تقارير بأن القوات الحكومية والمليشيا الداعمة لها تحتشد بمدرعاتها قرب مدينة درعا."
    assert _of_type(code(text, dt.date(2018, 6, 21)), "MOBILIZE")


def test_amounting_to_is_no_speech(code):
    # ANT: يبلغ عدد سكانها ("whose population is") reports nothing; أبلغ (informed) does.
    text = ("وكانت أجهزة الدفاع المدني قد أجلت نحو 10 آلاف شخص من المباني الحكومية في مدينة صلالة، التي يبلغ "
            "عدد سكانها 200 ألف نسمة، كما ناشدت المواطنين بالبقاء في منازلهم.")
    assert not any("عدد سكانها" in (e.actor1_text or "") for e in code(text, dt.date(2018, 5, 26)))


def test_an_age_or_a_span_is_no_toll(code):
    # ANT FR-internationalNews-2078-20180629: a boy "aged about 13 years" among
    # the two killed; AL-internationalNews-333-20180303: a farmer "(59 years)".
    events = code("لقي الجمعة فلسطينيان بينهما فتى يبلغ من العمر نحو 13 عاما، حتفهما وأصيب قرابة 400 "
                  "بنيران الجيش الإسرائيلي في اشتباكات قرب حدود غزة مع إسرائيل.")
    assert [e.killed for e in _of_type(events, "ASSAULT")] in ([None], [2])
    events = code("أعلنت وزارة الصحة الفلسطينية، مساء السبت، مقتل مزارع (59 عاماً) متأثراً بإصابته "
                  "برصاص الاحتلال شرق خان يونس.")
    assert [e.killed for e in _of_type(events, "ASSAULT")] in ([None], [1])
    events = code("قتل 5 أشخاص خلال 3 أيام من القصف على مدينة حلب.")
    assert [e.killed for e in _of_type(events, "ASSAULT")] == [5]


@pytest.mark.parametrize("text", [
    # ANT BB-internationalNews-350-20180418: Barbara "regained her energy"
    "استعادت باربرة نشاطها وحيوتها بعد أن ترك زوجها عمله في جهاز المخابرات.",
    # ANT FR-internationalNews-243-20180303: Ouagadougou "regained some calm"
    "وتفقد رئيس الوزراء مكان وقوع الهجومين، فيما استعادت واغادوغو بعض الهدوء.",
    # ANT AL-internationalNews-1936-20180715: "Rowley regained consciousness"
    "وتوفيت ستورغيس الأحد بينما استعاد راولي الوعي ولم يعد في حالة خطرة.",
])
def test_retaking_what_is_no_ground_is_no_attack(code, text):
    assert not any("استعاد" in e.trigger_text for e in code(text))


@pytest.mark.parametrize("text", [
    # ANT AL-internationalNews-595-20180324: the camp retaken comes after the time
    "استعاد الجيش الوطني بدعم من التحالف العربي صباح السبت، معسكر وسلسلة جبال طيبة الاسم في مديرية برط العنان.",
    # ANT SK-middleEast-368-20180318
    "بينما استعادت فصائل المعارضة بلدة حمورية وأجزاء من بلدات سقبا.",
    "واستعادت الحكومة أيضا السيطرة على طرق سريعة محورية.",
])
def test_retaking_ground_or_control_is_an_attack(code, text):
    assert len(_of_type(code(text), "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    # ANT AL-sport-1215-20180410: "when the great meet, everything is possible"
    "كلمة أخيرة عندما يلتقي الكبار فإن كل الاحتمالات تكون ممكنة حتى المستحيلة منها.",
    # ANT SK-middleEast-78-20180226: the truce "will begin when all parties agree on how to carry it out"
    "وقال لافروف إن وقف إطلاق النار سيبدأ عندما تتفق كل الأطراف على كيفية تنفيذه.",
    # ANT BB-technology-306-20180706: "when you agree to the terms and conditions"
    "عندما توافق على الشروط والأحكام، فأنت بذلك لا تمنح حق الحصول على بياناتك لجهة واحدة.",
    # ANT CN-middleEast-917-20180514: "when he makes a promise, he keeps it"
    "وشكر كوشنر الرئيس الأمريكي، مؤكدا أنه عندما يقدم وعدا، فإنه يوفي به.",
])
def test_whenever_it_happens_is_no_deed(code, text):
    assert code(text) == []


def test_whereas_is_no_whenever(code):
    # ANT SK-internationalNews-122-20180225: "Washington imposes sanctions, whereas the Venezuelan president accuses
    # the United States of working with the opposition"
    events = code("وتشهد العلاقات توترا، فواشنطن تفرض عقوبات اقتصادية على كراكاس، في حين يتهم الرئيس "
                  "الفنزويلي الولايات المتحدة بالتعاون مع المعارضة لقلب النظام.")
    assert len(_of_type(events, "ACCUSE")) == 1


def test_a_word_in_a_title_is_no_event(code):
    # ANT AL-internationalNews-1602-20180613: "Reem Al Hashimy, Minister of State for International Cooperation"
    events = code("وأضاف، بحضور ريم الهاشمي وزيرة الدولة لشؤون التعاون الدولي بدولة الإمارات، أن الميليشيات "
                  "حرمت سكان الحديدة من المساعدات.")
    assert _of_type(events, "COOPERATE") == []


def test_a_volcano_kills_no_one_by_attack(code):
    # ANT SK-technology-649-20180511: "its last big eruption was in 2010, when 347 people were killed"
    assert code("وكان آخر ثوران كبير له في عام 2010 حين قتل 347 شخصا.") == []
    assert code("وقال المتحدث إن ستة أشخاص قتلوا بسبب تدفقات الحمم البركانية الحارقة جنوب البركان.") == []


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # ANT SK-internationalNews-1355-20180503: "... criticised the nuclear deal, calling for new measures"
    ("وانتقد الرئيس الأميركي الاتفاق النووي الإيراني، داعيا إلى اتخاذ تدابير جديدة بحق طهران.",
     "REQUEST", "الرئيس الأميركي", None),
    # ANT BB-internationalNews-990-20180817: "cut aid to Pakistan, accusing it of a safe haven"
    ("وكان الرئيس الأميركي دونالد ترامب قطع مؤخرا المساعدات عن باكستان، متهما إياها بتوفير ملاذ آمن للإرهابيين.",
     "ACCUSE", "الرئيس الأميركي دونالد ترامب", None),
    # ANT SK-economy-1164-20180811: "..., threatening Canada with taxes on its car exports"
    ("قال الرئيس الأميركي دونالد ترامب، الجمعة، إن الولايات المتحدة والمكسيك تحققان تقدما بشأن إبرام اتفاق تجاري، "
     "مهددا كندا بفرض ضرائب على صادراتها من السيارات.", "THREATEN", "الرئيس الأميركي دونالد ترامب", "كندا"),
])
def test_a_participle_after_a_comma_is_the_subjects_act(code, text, event_type, actor1, actor2):
    found = _of_type(code(text), event_type)
    assert len(found) == 1 and found[0].actor1_text == actor1
    assert actor2 is None or found[0].actor2_text == actor2


def test_a_participle_with_no_comma_is_a_noun_and_a_call_governs_its_object(code):
    # ANT AL-economy-521-20180507: "Trump was accused during his campaign of hostility to migrants"
    assert _of_type(code("على الرغم من أن الرئيس الأميركي دونالد ترمب كان متهماً خلال حملته الانتخابية "
                         "بمعاداته للمهاجرين."), "ACCUSE") == []
    # ANT CN-internationalNews-350-20180513: "..., threatening economic sanctions against Tehran": threatened, not imposed
    events = code('ويذكر أن ترامب قال في كلمة له، الثلاثاء: "لن نستطيع منع إيران من تصنيع قنبلة نووية بهذا '
                  'الاتفاق،" متوعدا بعقوبات اقتصادية ضد طهران.')
    assert [e.event_type for e in events] == ["THREATEN"]


@pytest.mark.parametrize("text, event_type, actor1", [
    # ANT SK-middleEast-563-20180326: "Bahrain strongly condemned, on Sunday, the launch of several ballistic missiles"
    ("دانت البحرين بشدة، الأحد، إطلاق عدة صواريخ بالستية من قبل ميليشيات الحوثي.", "ACCUSE", "البحرين"),
    # ANT SK-internationalNews-3094-20180903: "a judge in Myanmar convicted two Reuters journalists"
    ("دان قاض في ميانمار صحفيين من وكالة رويترز بخرق قانون أسرار الدولة.", "SANCTION", "قاض"),
])
def test_dan_is_a_condemnation_or_a_conviction(code, text, event_type, actor1):
    found = _of_type(code(text), event_type)
    assert len(found) == 1 and found[0].actor1_text == actor1


def test_an_acre_is_no_condemnation(code):
    # ANT SK-middleEast-2446-20180618: "the fires destroyed more than six thousand feddans"
    assert _of_type(code("وأشارت لجنة بالكنيست إلى أن الحرائق دمرت أكثر من ستة آلاف فدان في الأسابيع الماضية."),
                    "ACCUSE") == []


def test_a_two_letter_verb_takes_wa(code):
    # ANT SK-middleEast-437-20180320: "and the Tunisian president urged the political parties to get ready"
    events = code("وحث الرئيس التونسي الأطراف السياسيين على الاستعداد لهذه الانتخابات.")
    assert [e.event_type for e in events] == ["REQUEST"] and events[0].actor1_text.startswith("الرئيس التونسي")
    # ANT SK-middleEast-2734-20180703: "and the Yemeni army launched a wide attack"
    assert len(_of_type(code("وشن الجيش اليمني هجوما واسعا على مواقع تتمركز فيها المليشيات الحوثية."),
                        "ASSAULT")) == 1


def test_an_attack_launched_by_a_presidents_office_is_in_words(code):
    # dev AL-internationalNews-185-20180224: Duterte "launched an attack on Kuwait" (verbally)
    events = code("وشن الرئيس الفلبيني #رودريغو_دوتيرتي، هجوماً على الكويت بعد الإعلان عن مقتل ديمافيليس.")
    assert [e.event_type for e in events if e.trigger_text.startswith(("هجوم", "وشن"))] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    # ANT SK-middleEast-3201-20180731: "... and threatens security and stability in the region"
    "بما يعمق الأزمة في البلد المنكوب ويهدد الأمن والاستقرار في المنطقة.",
    # ANT SK-middleEast-2473-20180619: "the airport stopped its flights in 2014"
    "ويضم المطار مدرجا طوله 3 كلم، وقد أوقف رحلاته عام 2014 على إثر الانقلاب الحوثي.",
    # ANT SK-middleEast-1258-20180426: "four people whom the floods trapped in some valleys"
    "وفي نفس السياق أنقذ الدفاع المدني في رنية أربعة أشخاص احتجزتهم السيول في بعض الأودية.",
    # ANT BB-middleEast-198-20180315: "in Tahrir Square"
    "عندما كانت مئات الأيادي تمتد للمس النساء في ميدان التحرير، تقول حنا إنها رأت بطلتها.",
])
def test_endangering_stopping_floods_and_squares_are_no_threat_arrest_or_attack(code, text):
    assert [e for e in code(text) if e.event_type in ("THREATEN", "COERCE", "ASSAULT")] == []


def test_a_court_upholding_a_punishment_convicts(code):
    # ANT FR-internationalNews-988-20180429: "the court ... upheld the punishment of 59 others with life imprisonment"
    events = code("وخففت المحكمة حكم الإعدام إلى السجن المؤبد بحق ثلاثة متهمين، كما أيدت معاقبة 59 آخرين بالسجن المؤبد.")
    assert _of_type(events, "SUPPORT") == [] and _of_type(events, "SANCTION")


@pytest.mark.parametrize("text", [
    # ANT CN-middleEast-1204-20180813: "Erdogan called the American sanctions on his country a stab in the back"
    'اعتبر الرئيس التركي رجب طيب أردوغان، العقوبات الأمريكية على بلاده "طعنة بالظهر".',
    # ANT SK-economy-698-20180601: "... failed to get financing because of the economic sanctions on Iran"
    "وذكرت ديلم أن الطلبية أُلغيت مع فشل مشروع تحديث مصفاة أصفهان في الحصول على تمويل بسبب العقوبات الاقتصادية على إيران.",
])
def test_the_sanctions_with_no_verb_to_impose_them_stand(code, text):
    assert _of_type(code(text), "SANCTION") == []


def test_new_sanctions_and_imposed_ones_are_events(code):
    # ANT AL-internationalNews-1279-20180522: "the new sanctions come as part of Trump's pledge to strangle Iran"
    assert _of_type(code("تأتي العقوبات الجديدة في إطار تعهد الرئيس الأميركي دونالد ترمب بخنق إيران اقتصادياً."),
                    "SANCTION")
    assert _of_type(code("وفرضت الولايات المتحدة العقوبات على ثلاثة مسؤولين أتراك."), "SANCTION")


@pytest.mark.parametrize("text", [
    # ANT SK-middleEast-3080: "regime forces retook more than 90 percent of Daraa province"
    "واستعادت قوات النظام أخيرا أكثر من 90 في المئة من محافظة درعا.",
    # ANT SK-middleEast-1090: control after a في inside the backer's name and a day
    "استعادت القوات الشرعية بدعم جوي من تحالف دعم الشرعية في اليمن، الثلاثاء، السيطرة على مواقع جديدة.",
    # ANT SK-middleEast-3465: SVO, the ground right after the verb
    "قال المراسل إن القوات الحكومية استعادت مواقع جديدة في مديرية باقم.",
])
def test_retaking_ground_told_in_other_orders_is_an_attack(code, text):
    assert any("استعاد" in e.trigger_text for e in _of_type(code(text), "ASSAULT"))


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-2850: Brunson "accused of helping a group": he is the accused
    "وكان برانسون يعمل في تركيا منذ ما يزيد على 20 عاما، متهما بمساعدة جماعة يحملها أردوغان مسؤولية الانقلاب.",
    # ANT AL-sport-1670: "Milan ... is threatened with exclusion"
    "وبات ميلان ، بطل أوروبا سبع مرات ، مهددا بالاستبعاد من المسابقات الأوروبية.",
    # a prayer: "calling on God to grant him paradise"
    "ونعى الرئيس الفقيد، داعيا المولى تعالى أن يسكنه فسيح جناته.",
])
def test_a_passive_participle_or_a_prayer_is_no_act(code, text):
    assert not any(e.trigger_text.startswith(("متهم", "مهدد", "داعي")) for e in code(text))


def test_a_feminine_participle_is_its_subjects_act_and_a_weak_speaker_is_none(code):
    # ANT: "Washington decided to reimpose the sanctions, accusing Tehran of being a threat"
    events = code("وقررت واشنطن إعادة فرض العقوبات، متهمة طهران بأنها تشكل تهديدا أمنيا.")
    assert [e.actor2_text for e in _of_type(events, "ACCUSE")] == ["طهران"]
    # ANT SK-internationalNews-2667: "he deemed it a great tournament, praising its success":
    # the tournament is no speaker
    events = code("وكان ترامب قد بدأ الجلسة بتهنئة نظيره الروسي على بطولة كأس العالم، واعتبرها بطولة رائعة، "
                  "مشيدا بنجاحها.")
    assert "بطولة رائعة" not in [e.actor1_text for e in _of_type(events, "SUPPORT")]


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-2938-20180809: "but the proposal needs the approval of the divided Congress"
    "طرح البيت الأبيض خطة لإنشاء قوة الفضاء، لكن المقترح بحاجة لموافقة الكونجرس المنقسم.",
    # ANT BB-internationalNews-387-20180423: "while the country prepares for historic talks with South Korea"
    "وجاء ذلك الإعلان المفاجئ في وقت تستعد فيه البلاد لمحادثات تاريخية مع كوريا الجنوبية.",
])
def test_what_is_needed_or_prepared_for_has_not_happened(code, text):
    assert [e for e in code(text) if e.event_type in ("AGREE", "CONSULT")] == []



def test_a_newsroom_lends_no_actor_to_the_event_it_retells():
    # ANT SK-middleEast-3919-20181017 (the whole pipeline, NER included): the Israeli planes
    # struck; "Sky News Arabia's correspondent reported" the rockets, and struck nothing
    text = ("قال الجيش الإسرائيلي إن طائراته قصفت أهدافا في قطاع غزة، الأربعاء، بعد سقوط صاروخ انطلق من القطاع "
            "على منزل في مدينة بئر السبع داخل إسرائيل.\n"
            "وذكرت وسائل إعلام إسرائيلية أن 3 إسرائيليين أصيبوا من جراء الصاروخ ونقلوا إلى المستشفى. "
            "في المقابل، استهدفت الطائرات الإسرائيلية 3 مواقع في القطاع، لكن لم ترد تقارير أولية عن وقوع ضحايا.\n"
            'وأفاد مراسل "سكاي نيوز عربية" في وقت سابق أن صاروخين أطلقا من قطاع غزة باتجاه إسرائيل، '
            "فأصاب أحدهما مدينة بئر السبع في الجنوب، بينما سقط الآخر في البحر.\n"
            "ويأتي إطلاق الصاروخين في وقت تتجدد التوترات بين إسرائيل والقطاع المحاصر.")
    events = _pipeline_events(text, dt.date(2018, 10, 17))
    assert all("سكاي" not in (e.actor1_text or "") for e in events)


def test_non_proliferation_is_no_ban(code):
    # ANT SK-middleEast-1212-20180423: "the Assistant Secretary of State for International Security and Nonproliferation"
    text = ("وقال مساعد وزير الخارجية الأميركي للأمن الدولي وحظر الانتشار كريستوفر فورد إن البرنامج النووي "
            "الإيراني يبقى مقتربا من تسلح سريع.")
    assert _of_type(code(text), "COERCE") == []


@pytest.mark.parametrize("text", [
    # ANT AL-internationalNews-1077-20180509: "Trump decided on Tuesday to withdraw from the Iranian nuclear deal" (a mode: done)
    "وقرر الرئيس الأميركي، دونالد ترمب، الثلاثاء، الانسحاب من الاتفاق النووي الإيراني.",
    # ANT SK-middleEast-992-20180412: "the European Union extended, on Thursday, the sanctions imposed on Russia"
    "ومدد الاتحاد الأوروبي، الخميس، العقوبات المفروضة على روسيا.",
    # the review's pattern: "the Treasury imposed, on Thursday, the sanctions on ..."
    "فرضت وزارة الخزانة الأمريكية، الخميس، العقوبات على ثلاثة مسؤولين.",
])
def test_sanctions_made_extended_or_a_withdrawal_decided_are_events(code, text):
    if "الانسحاب" in text and not code.with_actors:
        pytest.skip("with no one named, a withdrawal noun is too weak a row")
    assert _of_type(code(text), "SANCTION")


def test_review_cases_of_participles_and_accidents(code):
    # ANT BB-economy-258-20180920: "..., accusing Beijing of unfair treatment": a name after ب is the accused
    events = code("وانتقد الرئيس السياسات التجارية الصينية، متهما بكين بمعاملة غير عادلة.")
    assert any(e.trigger_text.startswith("متهم") or e.event_type == "ACCUSE" for e in events)
    # ANT SK-internationalNews-3487-20181014: في ظل ("amid") is no ظل ("stayed"): the threat stands
    events = code("في ظل توتر متصاعد، اتهمت مبعوثة واشنطن موسكو بانتهاك المعاهدة، مهددة بتدمير هذه الرؤوس الحربية.")
    assert _of_type(events, "THREATEN")
    # ANT SK-internationalNews-3004-20180814: an arrest after a car crash is an arrest
    assert _of_type(code("واعتقل الشاب بعد اصطدام سيارته بحاجز للشرطة."), "COERCE")


def test_a_council_named_for_cooperation_is_no_cooperation(code):
    # ANT CN-middleEast-1222-20180815: "internal and external crises for Saudi Arabia, in the Cooperation Council"
    text = "ونقلت الوكالة قوله: ازمات داخلية وازمات خارجية عند السعودية، في مجلس التعاون والآن الأزمة المعلنة مع قطر."
    assert _of_type(code(text), "COOPERATE") == []


@pytest.mark.parametrize("text, event_type", [
    # ANT SK-internationalNews-1531-20180511: "Russian intelligence foiled terrorist attacks targeting the Victory Day celebrations"
    ("وقال إن الاستخبارات الروسية أحبطت هجمات إرهابية كانت تستهدف الاحتفالية بعيد النصر.", "ASSAULT"),
    # ANT CN-middleEast-878-20180511: "Iraq will run in its fifth general elections"
    ("العراق ستخوض خامس انتخابات عامة في البلاد، السبت.", "ASSAULT"),
    # ANT SK-middleEast-1438-20180504: "Germany and Belgium run in the race unopposed"
    ("وتخوض ألمانيا وبلجيكا السباق بلا منافس لكنهما تحتاجان لأكثر من ثلثي الأصوات.", "ASSAULT"),
])
def test_a_foiled_attack_and_an_election_run_are_no_attacks(code, text, event_type):
    assert _of_type(code(text), event_type) == []


def test_refraining_from_an_attack_is_no_attack(code):
    # ANT AL-internationalNews-1354-20180527: "Israel usually refrains from launching raids on Lebanon"
    assert _of_type(code("وعادة تمتنع إسرائيل عن شن غارات على لبنان خشية تدحرج الأمور إلى حرب جديدة."),
                    "ASSAULT") == []


def test_a_pledge_of_retaliation_threatens(code):
    # ANT SK-middleEast-943-20180411: "Washington vowed a strong response to the attack in Douma"
    events = code('وتعهدت واشنطن برد "قوي" على الهجوم في دوما.')
    assert _of_type(events, "THREATEN") and not _of_type(events, "AGREE")
    assert _of_type(code("وتعهد الرئيس بدعم الحكومة اليمنية."), "AGREE")


def test_a_participle_agrees_with_its_subject(code):
    # review case (ANT pattern): "Turkey warned that the duties President Trump announced would
    # harm relations, vowing to respond": a feminine participle, no man's office its subject
    events = code("حذرت تركيا من أن الرسوم التي أعلنها الرئيس دونالد ترامب ستضر بالعلاقات، متوعدة بالرد.")
    assert all(not (e.actor1_text or "").startswith("الرئيس") for e in events if e.trigger_text == "متوعدة")


@pytest.mark.parametrize("text, actor1, actor2", [
    # ANT BB-middleEast-93-20180225: "the Egyptian authorities had arrested Abu al-Futuh"
    ("وكانت السلطات المصرية قد اعتقلت أبو الفتوح في منتصف شهر فبراير بعد عودته من زيارة للندن.",
     "السلطات المصرية", "أبو الفتوح"),
    # ANT CN-middleEast-839-20180508: "Netanyahu had accused Tehran of trying to bring drones to Syria"
    ('وكان نتنياهو قد اتهم طهران بمحاولة جلب طائرات "درون" إلى سوريا.', "نتنياهو", "طهران"),
    # ANT FR-middleEast-160-20180316: "Sisi had called on the Egyptians to turn out in large numbers"
    ("وكان السيسي قد دعا المصريين أمس الخميس إلى الإقبال بأعداد كبيرة على التصويت.", "السيسي", "المصريين"),
])
def test_after_kana_the_subject_comes_before_the_verb(code, text, actor1, actor2):
    [event] = [e for e in code(text) if e.trigger_text in ("اعتقلت", "اتهم", "دعا")]
    assert actor1 in _names(event, "actor1") and actor2 in _names(event, "actor2")


def test_the_last_time_two_met_is_no_actor(code):
    # ANT SK-internationalNews-2368-20180628: "the last time the two presidents met was in November"
    [event] = _of_type(code("وكانت آخر مرة التقى فيها الرئيسان في نوفمبر الماضي بفيتنام."), "CONSULT")
    assert "مرة" not in _names(event, "actor1")


def test_an_intention_announced_is_no_deed(code):
    # ANT SK-economy-268-20180404: "Trump announced his intention to target Chinese imports"
    assert _of_type(code("وكان ترامب أعلن بنفسه في 22 مارس عزمه على استهداف واردات صينية."), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-933-20180414: "Germany is heading for a deal to buy its first drones able to carry arms"
    "تتجه ألمانيا إلى إبرام اتفاق لشراء أول طائرات بدون طيار قادرة على حمل أسلحة.",
    # ANT CN-technology-34-20180227: "a swarm of drones stole the show on Sunday"
    "وسرق سرب من الطائرات بدون طيار الأنظار يوم الأحد.",
    # ANT AL-culture-144-20180308: "the late artist went blind"
    "أصيب الفنان الراحل بالعمى، وعقب ذلك اكتشف خيانة زوجته له.",
    # ANT BB-technology-101-20180324: "in the last session before her death she had difficulty breathing"
    "لكنها في الجلسة الأخيرة قبل وفاتها أصيبت بضيق في التنفس.",
])
def test_a_drone_named_or_an_illness_is_no_attack(code, text):
    assert _of_type(code(text), "ASSAULT") == []


def test_a_drone_that_strikes_is_an_attack(code):
    # ANT SK-middleEast-1233-20180425: "two drones struck Hmeimim airbase with rockets"
    assert _of_type(code("وقال المرصد إن طائرتين مسيرتين استهدفتا بعدة صواريخ مطار حميميم العسكري."), "ASSAULT")


@pytest.mark.parametrize("text", [
    # ANT SK-technology-1457-20180911: "the new pillow, which costs 123 dollars"
    "وتقول الشركة إن الوسادة الجديدة، التي يبلغ ثمنها 123 دولارا، ستساعد الأشخاص.",
    # ANT SK-middleEast-971-20180412: "some drones cost 70 thousand dollars"
    "ويبلغ ثمن بعض الطائرات 70 ألف دولار أميركي.",
])
def test_a_price_is_no_praise(code, text):
    assert _of_type(code(text), "SUPPORT") == []


def test_those_who_claim_call_for_nothing(code):
    # ANT BB-internationalNews-1217-20181019: "messages from people who claim to be the girls' parents"
    assert _of_type(code('وتلقى الجنود رسائل من أشخاص يدعون أنهم آباء "الفتيات".'), "REQUEST") == []


def test_a_place_after_a_visit_is_where_it_went(code):
    # ANT FR-internationalNews-515-20180319: "Macron pledged, during a visit to Senegal, to raise France's contribution"
    if not code.with_actors:
        pytest.skip("with no names known, السنغال is a word like any other")
    events = _of_type(code("وتعهد ماكرون خلال زيارة السنغال بزيادة المساهمة الفرنسية."), "CONSULT")
    assert all("السنغال" not in _names(e, "actor1") for e in events)
    [event] = _of_type(code("وتأتي زيارة ترامب إلى بريطانيا بعد القمة."), "CONSULT")
    assert "ترامب" in _names(event, "actor1")


@pytest.mark.parametrize("text", [
    # ANT BB-internationalNews-155-20180315: "Britain accused Russia of breaching its obligations under the Chemical Weapons Convention"
    "اتهمت بريطانيا في مجلس الأمن روسيا بخرق التزاماتها باتفاقية حظر الأسلحة الكيماوية.",
    # ANT BB-middleEast-111-20180228: "Syria signed the treaty banning chemical weapons"
    "ووقعت سوريا على معاهدة حظر الأسلحة الكيماوية.",
])
def test_a_treaty_named_for_a_ban_imposes_none(code, text):
    assert _of_type(code(text), "SANCTION") == []
    assert _of_type(code("وفرض مجلس الأمن حظر الأسلحة على ليبيا."), "SANCTION")


def test_what_they_intend_has_not_happened(code):
    # review pattern (plural of يعتزم, a listed cue): "they intend to storm the city"
    assert _of_type(code("ويعتزمون اقتحام المدينة خلال أيام."), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-861-20180408: "justice will take its course under the Vienna Convention"
    'وأوردت باكستان "العدالة ستأخذ مجراها وفقا لقانون البلاد واتفاقية فيينا للعلاقات الدبلوماسية لعام 1961".',
    # ANT FR-internationalNews-1191-20180511: "an act that takes us back to the Oslo accord of ninety-three"
    "عمل يعيدنا إلى اتفاقية أوسلو عام ثلاثة وتسعين.",
])
def test_a_deal_named_for_a_place_stands(code, text):
    if not code.with_actors:
        pytest.skip("with no names known, فيينا and أوسلو are words like any other")
    assert _of_type(code(text), "AGREE") == []


def test_a_deal_signed_with_a_name_after_it_is_made(code):
    # ANT CN-economy-359-20181004: "the signing of an agreement bringing the government together with Saudi Arabia"
    events = code("أعلن في العاصمة الأردنية عمان، الخميس، عن توقيع اتفاقية تجمع حكومة البلاد مع السعودية والإمارات.")
    assert _of_type(events, "AGREE") or _of_type(events, "SUPPORT")


@pytest.mark.parametrize("text, event_type", [
    # ANT CN-middleEast-895-20180512: "the commission announced the closing of the ballot boxes in Baghdad"
    ("أعلنت المفوضية العليا للانتخابات العراقية إغلاق صناديق الاقتراع في جميع المراكز الانتخابية.", "COERCE"),
    # ANT BB-internationalNews-670-20180619: "whoever holds it is punished with up to five years in prison"
    ("ويعني هذا أن من يوجد في حوزته يعاقب بالسجن لفترة قد تصل إلى خمس سنوات.", "SANCTION"),
    # ANT SK-internationalNews-1693-20180521: "the EU began the process of activating a law"
    ("وبدأ الاتحاد الأوروبي، مؤخرا، في عملية تفعيل قانون لا يعترف بأي أحكام قضائية.", "ASSAULT"),
    # ANT AL-economy-544-20180509: "a resolution obliging Iran to suspend uranium enrichment"
    ("أصدر مجلس الأمن الدولي قراراً يجبر إيران على تعليق عمليات تخصيب اليورانيوم.", "ASSAULT"),
    # ANT FR-middleEast-803-20180721: "the distribution of aid is supposed to begin on Saturday"
    ("ومن المفترض أن يبدأ توزيع المساعدات السبت بإشراف مكتب الأمم المتحدة.", "AID"),
    # ANT BB-economy-77-20180322: "he hoped the United States would ease the restrictions on exports"
    ("كما أعرب عن أمله في أن تخفف الولايات المتحدة القيود المفروضة على صادرات السلع إلى الصين.", "RETREAT"),
])
def test_voting_law_processes_and_hopes_are_no_events(code, text, event_type):
    assert _of_type(code(text), event_type) == []


@pytest.mark.parametrize("text, event_type", [
    # ANT SK-internationalNews-70-20180222: "a source who declined to be identified said"
    ('وقال مصدر قريب من السلطات الادارية رفض كشف هويته ان "مقاتلين توغلوا ليلا في أساغاشيا".', "REJECT"),
    # ANT FR-internationalNews-734-20180416: the same, told with نشر and a name
    ('وقال مسؤول أوروبي رفض نشر اسمه "على الاتحاد الأوروبي أن يبقى موحدا".', "REJECT"),
    # ANT FR-internationalNews-1865-20180617: "the opposition tabled a motion of no confidence"
    ("وأودعت المعارضة اليمينية مذكرة حجب للثقة ضد تسيبراس لدى البرلمان.", "COERCE"),
    # ANT SK-middleEast-1135-20180419: "the regime is still able to launch chemical attacks"
    ("قالت وزارة الدفاع الأميركية إن النظام السوري ما يزال قادرا على شن هجمات كيميائية.", "ASSAULT"),
    # ANT FR-internationalNews-726-20180414: "the strikes will reduce the regime's ability to launch attacks"
    ('وأضاف أن هذه الضربات "ستقلص قدرة النظام على شن هجمات أخرى على الشعب السوري".', "ASSAULT"),
])
def test_anonymity_no_confidence_and_ability_are_no_events(code, text, event_type):
    assert _of_type(code(text), event_type) == []


@pytest.mark.parametrize("text, event_type", [
    # ANT SK-internationalNews-218-20180302: "24 people were killed in a fire"
    ("قتل 24 شخصا في حريق اندلع، الجمعة، داخل عيادة لتأهيل المدمنين في باكو.", "ASSAULT"),
    # ANT CN-middleEast-263-20180314: Save the Children is a name, not a rescue
    ('وأظهر الفيديو، الذي جاء كجزء من حملة لمنظمة "أنقذوا الأطفال"، قصفاً على الأحياء السكنية.', "AID"),
    # ANT CN-middleEast-1075-20180602: "a draft resolution Kuwait submitted": no advance
    ("أسقطت الولايات المتحدة مشروع قرار تقدمت به الكويت يطالب بتوفير حماية دولية للفلسطينيين.", "ASSAULT"),
    # ANT AL-internationalNews-1400-20180531: talks "in a bid to settle" the dispute settle nothing yet
    ("يبدأ بومبيو محادثاته في نيويورك مع المسؤول الكوري الشمالي، في مسعى لتسوية الخلافات.", "AGREE"),
    # ANT SK-middleEast-3656-20180912: "settling political scores" kills no one
    ("وأرجعت النقابة هذه الأزمة إلى تصفية حسابات سياسية لا دخل لنا فيها.", "ASSAULT"),
    # ANT SK-middleEast-3827-20181011: Hezbollah's grip on the state arrests no one
    ("وسط إحكام ميليشيات حزب الله قبضتها على مفاصل الدولة.", "COERCE"),
    # ANT CN-middleEast-515-20180408: "the Israeli Defence Forces published videos": no forces deployed
    ("ونشرت قوات الدفاع الإسرائيلي مقاطع فيديو زعمت فيها محاولة الفلسطينيين اختراق الحاجز.", "MOBILIZE"),
])
def test_fires_and_quoted_names_are_no_events(code, text, event_type):
    assert _of_type(code(text), event_type) == []


def test_strikes_that_set_fires_stay_strikes(code):
    # a fire the strike caused names no cause of anything
    text = "وأوضح الجيش الروسي أن الضربات الجوية استهدفت قرية هجين، وأدت إلى حدوث حرائق."
    assert _of_type(code(text), "ASSAULT")
    # (review: بركان is also the Houthis' Burkan missile, no volcano)
    assert _of_type(code("أطلق الحوثيون صاروخا باليستيا من طراز بركان على الرياض."), "ASSAULT")
    # a fire in another clause explains no other killing
    assert _of_type(code("قتل مسلحون خمسة أشخاص في قرية، بينما توفي طفل في حريق منفصل."), "ASSAULT")


def test_a_conjunction_of_time_ends_the_actor_and_a_seizure_takes_what_was_seized(code):
    # ANT AL-internationalNews-1967-20180717: بعدما is no part of the members of Congress
    text = "يلتقي الرئيس الأميركي، الثلاثاء، بأعضاء الكونغرس الأميركي، بعدما انتقد كثير منهم أداءه في القمة."
    assert all("بعدما" not in (e.actor1_text or "") for e in code(text))
    # ANT BB-middleEast-138-20180305: the money was seized, it seized nothing
    text = "أصدرت الهيئة الوطنية العليا للمساءلة والعدالة قراراً بمصادرة أموال الرئيس العراقي السابق صدام حسين."
    (e,) = _of_type(code(text), "COERCE")
    assert "أموال" not in (e.actor1_text or "") and "أموال" in e.actor2_text


@pytest.mark.parametrize("text, event_type", [
    # ANT FR-middleEast-190-20180321: "an Israeli military spokesman declined to answer a question"
    ("ورفض متحدث عسكري إسرائيلي الرد على سؤال حول سبب رفع السرية عن هذه الوثائق.", "REJECT"),
    # ANT SK-middleEast-604-20180328: polling stations closed their doors at the end of the vote
    ("أغلقت مراكز الاقتراع بانتخابات الرئاسة المصرية أبوابها في نهاية اليوم الثاني من التصويت.", "COERCE"),
])
def test_declining_to_answer_and_closing_polls_are_no_events(code, text, event_type):
    assert _of_type(code(text), event_type) == []


def test_we_must_asks_no_one_but_x_must_does(code):
    # ANT SK-middleEast-882-20180409: "the first thing we must look into is why chemical weapons are still used"
    text = 'وقال ماتيس: "أول ما يجب علينا بحثه هو لماذا ما زالت الأسلحة الكيماوية تستخدم في سوريا".'
    assert _of_type(code(text), "REQUEST") == []
    # ANT CN-middleEast-713-20180424 (adapted): "Qatar must send its forces to Syria"
    (e,) = _of_type(code("وقال الجبير: يجب على قطر أن ترسل قواتها إلى سوريا."), "REQUEST")
    assert e.actor2_text == "قطر"


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # ANT FR-internationalNews-24-20180218: "talks now under way between the regime's forces and the factions"
    ("وأشار إلى مفاوضات تجري حاليا بين قوات النظام والفصائل المعارضة لإخراج هيئة تحرير الشام.",
     "CONSULT", "قوات النظام", "الفصائل المعارضة"),
    # ANT SK-middleEast-2567-20180624: "clashes between the Giants Brigade and the Houthi rebels"
    ("وفي نفس السياق، شهدت منطقة ساحل الدوار والمنصة اشتباكات بين لواء العمالقة والمتمردين الحوثيين.",
     "ASSAULT", "لواء العمالقة", "المتمردين الحوثيين"),
], ids=["talks", "clashes"])
def test_a_meeting_or_clash_between_two_sides_names_both(code, text, event_type, actor1, actor2):
    if not code.with_actors:
        pytest.skip("the words alone read both sides as one phrase")
    (e,) = _of_type(code(text), event_type)
    assert e.actor1_text == actor1 and actor2 in e.actor2_text


def test_what_follows_a_trigger_after_the_speech_verb_does_not_speak(code):
    # ANT AL-internationalNews-1266-20180521: "the statement stressed the need for Iran to respond": Iran is asked, it asks nothing
    (e,) = _of_type(code("وشدد البيان على ضرورة تجاوب إيران مع كل المساعي المبذولة لاستتباب السلام."), "REQUEST")
    assert e.actor1_text is None and "إيران" in e.actor2_text


def test_a_deal_that_must_be_reached_is_not_made(code):
    text = "وأشار إلى أنه يجب التوصل لاتفاق بين البنك المركزي المصري والمنصتين وتفعيله."
    assert _of_type(code(text), "AGREE") == []


def test_the_words_a_phrase_lets_stand_between_name_its_doer(code):
    # ANT BB-middleEast-246-20180325: "captives the armed opposition released": the doer stands in the gap
    text = "كما عرض التلفزيون السوري صورة أسرى أطلقت المعارضة المسلحة سراحهم وهم يستقلون حافلات."
    (e,) = _of_type(code(text), "RETREAT")
    assert e.actor1_text == "المعارضة المسلحة"
    # ANT AL-internationalNews-1455-20180604: حمّل X Y مسؤولية: the one who holds another responsible is the subject
    if code.with_actors:
        text = "وحمّل الطراونة الحكومة الأردنية مسؤولية غضب الشارع والاحتجاجات العامة."
        (e,) = _of_type(code(text), "ACCUSE")
        assert e.actor1_text == "الطراونة"
    # (a quantity in the gap is no doer: فرض أكبر مجموعة من العقوبات)
    text = "أعلنت الولايات المتحدة فرض أكبر مجموعة من العقوبات حتى الآن على كوريا الشمالية."
    (e,) = _of_type(code(text), "SANCTION")
    assert "مجموعة" not in (e.actor1_text or "")


def test_a_blocker_with_a_gap_does_not_swallow_the_verbs_inside_it(code):
    # ANT CN-middleEast-1615-20181019: "Saudi Arabia affirms its rejection of threats and vows to
    # respond" (رفضها … بالرد على is no "declined to answer")
    events = code('السعودية تؤكد رفضها للتهديدات وتتوعد بالرد على أي إجراء ضدها بـ"إجراء أكبر"')
    assert _of_type(events, "REJECT") and _of_type(events, "THREATEN")


def test_what_one_described_names_no_one_and_a_hashtag_joins_a_name(code):
    # ANT AL-internationalNews-1572-20180612: "he praised what he called the historic meeting"
    (e,) = _of_type(code("وأشاد بما وصفه باللقاء التاريخي مع ترمب."), "SUPPORT")
    assert e.actor1_text is None
    # ANT AL-internationalNews-1842-20180707: the name after the title is written as a hashtag
    text = ("أكد وزير الخارجية الأميركي، مايك #بومبيو، السبت، أن المحادثات التي أجراها ليومين مع نظيره "
            "كانت مثمرة جداً.")
    if code.with_actors:
        (e,) = _of_type(code(text), "CONSULT")
        assert e.actor1_text.endswith("#بومبيو")


def test_the_one_named_before_the_charge_is_accused(code):
    # ANT FR-internationalNews-508-20180318: "accusing Moscow of poisoning him is nonsense"
    (e,) = _of_type(code("مؤكدا أن اتهام موسكو بتسميمه على الأراضي البريطانية هراء."), "ACCUSE")
    assert e.actor1_text is None and e.actor2_text == "موسكو"
    if not code.with_actors:
        return  # (the words alone read بريطانيا روسيا as one phrase)
    # (an accuser then the accused: both are named)
    (e,) = _of_type(code("طرد عشرات الدبلوماسيين بعد اتهام بريطانيا روسيا بالتورط في تسميم جاسوس."), "ACCUSE")
    assert e.actor1_text == "بريطانيا" and e.actor2_text == "روسيا"


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # ANT SK-internationalNews-1045-20180420: (ايتا), tagged a place, is ETA again
    ("اعتذرت حركة أرض الباسكو الحرية (ايتا) الجمعة، عن الضرر الذي لحق بالضحايا.", "CONCEDE",
     "حركة أرض الباسكو الحرية (ايتا)", "الضرر"),
    # ANT AL-internationalNews-960-20180503: بالوزير after a comma is whom he praised, no name of his
    ("وأشاد ترمب، بالوزير الجديد، معتبراً أنه سيبث روحاً جديدة في وزارة الخارجية.", "SUPPORT", "ترمب", "الوزير"),
    # ANT CN-middleEast-625-20180416: كلا من ("both") is no part of May
    ("واتهمت ماي كلاً من النظام السوري وروسيا بمنع دخول المفتشين إلى دوما.", "ACCUSE", "ماي", "النظام السوري"),
    # ANT SK-internationalNews-54-20180220: with "her" for its object, the verb's subject follows it
    ("وواصلت ترديد عبارات مناهضة للأجانب في وجهها، قبل أن تحتجزها الشرطة.", "COERCE", "الشرطة", None),
    # ANT BB-internationalNews-840-20180720: "his counterpart" after a comma is the one invited, no name of the inviter
    ("دعا الرئيس الأمريكي دونالد ترامب، نظيره الروسي فلاديمير بوتين، لزيارة الولايات المتحدة في الخريف.",
     "REQUEST", "الرئيس الأمريكي دونالد ترامب", "فلاديمير بوتين"),
], ids=["alias", "praised", "both", "object-pronoun", "counterpart"])
def test_actor_phrases_after_the_verb(text, event_type, actor1, actor2):
    events = _pipeline_events(text, dt.date(2018, 4, 20))
    (e,) = _of_type(events, event_type)
    assert (e.actor1_text, e.actor2_text) == (actor1, actor2)


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # review cases (adapted from ANT sentences): a strike that set fires stays a strike
    ("قصفت الطائرات الروسية بلدة سراقب، وأصيب عشرة مدنيين جراء الحرائق.", "ASSAULT", "الطائرات الروسية", None),
    # the killed stay the victims of a clash between two sides
    ("أعلن الجيش مقتل جنديين في اشتباكات بين الجيش والمسلحين.", "ASSAULT", "الجيش", "جنديين"),
    # a phrase's own word (دبلوماسيين) is no doer inside it
    ("إيطاليا: طردت روما دبلوماسيين اثنين.", "SANCTION", None, None),
    # a title's ل-word that is a place is where he went, no body he serves
    ("زار المبعوث الخاص ليبيا الأسبوع الماضي.", "CONSULT", "المبعوث الخاص", "ليبيا"),
    # بنيامين after the genitive is the rest of a name, no charge
    ("أثارت اتهامات رئيس الوزراء الإسرائيلي بنيامين نتانياهو غضب عدة دول أوروبية.", "ACCUSE",
     "رئيس الوزراء الإسرائيلي بنيامين نتانياهو", None),
    # second review: a deal reached (تم التوصل) between two sides names both
    ("تم التوصل إلى اتفاق بين الحكومة والمتمردين في جوبا.", "AGREE", "الحكومة", "المتمردين"),
    # a claim (ادعاءات X بأن) is X's, and a form-I charge (بدعم) makes the one before it accused
    ("ادعاءات السعودية بأن إيران تسعى إلى السيطرة على المنطقة باطلة.", "ACCUSE", "السعودية", None),
    ("تكرر اتهام إيران بدعم الحوثيين.", "ACCUSE", None, "إيران"),
    # ANT SK-middleEast-585-20180327: the side the dead clashed with killed them
    ("وقالت مصادر ميدانية إن 4 متمردين حوثيين على الأقل لقوا مصرعهم في مواجهات مع الجيش اليمني.", "ASSAULT",
     "الجيش اليمني", "متمردين حوثيين"),
    # the envoy to Syria (لسوريا, ل glued on) is one title
    ("التقى المبعوث الخاص لسوريا ستافان دي ميستورا وزير الخارجية.", "CONSULT",
     "المبعوث الخاص لسوريا ستافان دي ميستورا", None),
], ids=["fire-set", "clash-victims", "own-word", "title-place", "name-no-charge", "deal-reached", "claim",
        "form-i-charge", "clash-side", "envoy-to"])
def test_review_cases_of_the_new_rules(text, event_type, actor1, actor2):
    events = _of_type(_pipeline_events(text, dt.date(2018, 4, 20)), event_type)
    assert events
    e = events[0]
    if actor1 is not None:
        assert e.actor1_text == actor1
    else:  # (the own-word case: who expelled is not in the sentence)
        assert "دبلوماسيين" not in (e.actor1_text or "")
    if actor2 is not None:
        assert e.actor2_text == actor2


def test_capabilities_without_an_ability_leave_the_attack(code):
    # ANT SK-middleEast-2398-20180615: قدرات is "capabilities" here, no "able to"
    text = ("وسط استنزاف قدرات الحوثيين البشرية والعسكرية وذلك ضمن عملية عسكرية كبرى لاستعادة الحديدة "
            "من قبضة ميليشيات الحوثي.")
    assert _of_type(code(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    # ANT AL-sport-948-20180329: "the government lifted the ban on Tuesday"
    "ورفعت الحكومة الحظر يوم الثلاثاء وستستأنف مباريات الدوري في مطلع الأسبوع الجديد.",
    # review case (ANT pattern): "the United States lifted sanctions on Sudan"
    "ورفعت الولايات المتحدة عقوبات على السودان.",
])
def test_a_ban_or_sanctions_lifted_by_someone_de_escalate(code, text):
    events = code(text)
    assert _of_type(events, "RETREAT") and not [e for e in events if e.event_type in ("COERCE", "SANCTION")]


def test_a_lifting_called_for_is_no_event(code):
    # review case (ANT pattern): "he called for lifting the travel ban"
    assert [e for e in code("ودعا الوزير إلى رفع الحظر عن السفر.")
            if e.event_type in ("RETREAT", "COERCE", "SANCTION")] == []


def test_sanctions_named_for_their_maker_stand_unless_imposed(code):
    if not code.with_actors:
        pytest.skip("with no names known, واشنطن is a word like any other")
    # ANT SK-internationalNews-1693-20180521: "rulings that put Washington's sanctions into effect"
    assert _of_type(code("لا يعترف بأي أحكام قضائية تضع عقوبات واشنطن موضع التنفيذ."), "SANCTION") == []
    assert _of_type(code("وأعلنت الحكومة فرض عقوبات واشنطن على طهران."), "SANCTION")


def test_a_date_in_a_phrases_gap_keeps_the_phrase(code):
    # ANT FR-internationalNews-577-20180406: "the German authorities released on Friday the former president"
    events = code("أطلقت السلطات الألمانية الجمعة سراح الرئيس السابق لإقليم كاتالونيا كارلس بيغديمونت.")
    assert _of_type(events, "RETREAT")
    assert _of_type(code("وفرضت الحكومة الأمريكية أمس عقوبات على الشركات الروسية."), "SANCTION")


@pytest.mark.parametrize("text", [
    # ANT FR-internationalNews-266-20180305: "a second person had been arrested yesterday, Sunday, and was also questioned"
    "وكان شخص ثان قد أوقف أمس الأحد وتم استجوابه أيضا من دون ذكر تفاصيل إضافية.",
])
def test_an_arrest_verb_with_only_a_day_after_it_is_passive(code, text):
    [event] = _of_type(code(text), "COERCE")
    assert event.actor1_text is None and "شخص" in _names(event, "actor2")


def test_those_who_protest_in_thousands_do_it_themselves(code):
    # ANT SK-internationalNews-2973-20180812: "tens of thousands protested against corruption in Bucharest"
    [event] = _of_type(code("تظاهر عشرات الآلاف من المحتجين ضد الفساد في العاصمة بوخارست يوم السبت."), "PROTEST")
    assert "الآلاف" in _names(event, "actor1") or "المحتجين" in _names(event, "actor1")


def test_a_state_protests_in_words_and_marches_in_no_street(code):
    if not code.with_actors:
        pytest.skip("with no names known, موسكو and إسرائيل are words like any other")
    # ANT AL-internationalNews-1922-20180713: "Moscow protested strongly against the expulsion"
    events = code('وأفادت وزارة الخارجية الروسية في بيان أن موسكو "احتجت بشدة على طرد دبلوماسيين روسيين".')
    assert _of_type(events, "ACCUSE") and not _of_type(events, "PROTEST")
    # ANT SK-middleEast-685-20180331: "tens of thousands flocked to the border between Gaza and Israel in a protest march"
    for e in _of_type(code("تدفق عشرات الآلاف من الفلسطينيين على المنطقة المحاذية للحدود بين غزة وإسرائيل، "
                           "في مسيرة احتجاجية."), "PROTEST"):
        assert "إسرائيل" not in _names(e, "actor1")
    # ANT SK-internationalNews-3459-20181013: "the Turkish authorities arrested dozens of hundreds who were protesting"
    for e in _of_type(code("اعتقلت السلطات التركية عشرات من بين مئات كانوا يحتجون على ظروف العمل في المطار."),
                      "PROTEST"):
        assert "السلطات" not in _names(e, "actor1")


@pytest.mark.parametrize("text, trigger, actor1", [
    # ANT SK-internationalNews-449-20180319: "at least four people attacked the Turkish embassy in Copenhagen with firebombs"
    ("هاجم أربعة أشخاص على الأقل السفارة التركية في العاصمة الدنماركية كوبنهاغن بزجاجات حارقة.", "هاجم", "أشخاص"),
    # ANT BB-internationalNews-418-20180426: "dozens of activists criticized the ruling inside the courtroom"
    ("وانتقد عشرات الناشطين الحكم داخل قاعة المحكمة ورددوا هتافات غاضبة.", "وانتقد", "الناشطين"),
])
def test_the_counted_before_an_object_did_it(code, text, trigger, actor1):
    if not code.with_actors:
        pytest.skip("with no names known, a chunk of words may run the counted into the object")
    [event] = [e for e in code(text) if e.trigger_text == trigger]
    assert actor1 in _names(event, "actor1")


def test_the_counted_after_a_killing_verb_were_killed(code):
    # ANT SK-middleEast-2009-20180528: "three activists of Saraya al-Quds were killed on Sunday in Israeli tank fire"
    [event] = [e for e in code('والأحد، قتل ثلاثة ناشطين في "سرايا القدس" في قصف دبابة إسرائيلية.')
               if e.event_type == "ASSAULT" and e.killed == 3]
    assert "ناشطين" not in _names(event, "actor1")


def test_a_name_before_whereas_is_another_clauses_subject(code):
    if not code.with_actors:
        pytest.skip("with no names known, the subject after بينما is a word like any other")
    # ANT SK-middleEast-3486-20180903: "...fighting between armed groups, while the UN called on the warring parties"
    [event] = _of_type(code("بعدما اشتد القتال بين جماعات مسلحة متناحرة بينما دعت الأمم المتحدة الأطراف المتحاربة "
                            "إلى وقف القتال."), "REQUEST")
    assert "الأمم المتحدة" in _names(event, "actor1")
    # ANT SK-middleEast-2874-20180714: "where the Houthis moved equipment, while they fire rockets from it"
    [event] = _of_type(code("حيث نقل الحوثيون معدات عسكرية، فيما يطلقون قذائف صاروخية منها باتجاه التحيتا."), "ASSAULT")
    assert "الحوثيون" in _names(event, "actor1")


@pytest.mark.parametrize("text, event_type", [
    # ANT SK-middleEast-775-20180404: "Trump expressed his wish for a quick withdrawal of US troops"
    ("وأعرب الرئيس دونالد ترامب مرارا عن رغبته في انسحاب سريع لنحو ألفي جندي أميركي من سوريا.", "RETREAT"),
])
def test_a_wish_has_not_happened(code, text, event_type):
    assert _of_type(code(text), event_type) == []


@pytest.mark.parametrize("text, trigger, actor1", [
    # ANT AL-economy-698-20180603: "King Abdullah II, who chaired a meeting of the policy council, and urged in it the government"
    ("وبعد حديث العاهل الأردني الملك عبدالله الثاني، الذي ترأس اجتماعا لمجلس السياسات، وحث فيه الحكومة "
     "ومجلس الأمة على قيادة حوار.", "وحث", "عبدالله"),
    # ANT AL-internationalNews-1580-20180612: "the government Netanyahu heads, the most right-wing in Israel's history, approved earlier"
    ("وكانت الحكومة التي يترأسها بنيامين نتنياهو وهي الأكثر يمينية في تاريخ إسرائيل، وافقت في وقت سابق على بناء "
     "وحدات استيطانية.", "وافقت", "الحكومة"),
])
def test_the_name_a_relative_clause_describes_acts_after_it(code, text, trigger, actor1):
    if not code.with_actors and actor1 == "عبدالله":
        pytest.skip("with no names known, عبدالله الثاني is no definite noun")
    [event] = [e for e in code(text) if e.trigger_text == trigger]
    assert actor1 in _names(event, "actor1")


@pytest.mark.parametrize("text", [
    # ANT AL-internationalNews-701-20180331: "4 million male and female students dropped out of school"
    "كشفت احصائية يمنية حديثة، عن تسرب 4 ملايين طالب وطالبة خارج الصفوف الدراسية.",
    # ANT FR-internationalNews-933-20180426: "George Washington University, where 36 thousand students are enrolled"
    "تقع جامعة جورج واشنطن، حيث 36 ألف طالب مسجل، في قلب العاصمة الأمريكية.",
    # ANT CN-internationalNews-560-20180901: "Chechen rebels hold more than 1200 students inside a school in Beslan"
    "متمردون شيشان يحتجزون أكثر من 1200 طالب داخل مدرسة في بيسلان بروسيا.",
])
def test_students_counted_demand_nothing(code, text):
    assert _of_type(code(text), "REQUEST") == []
    assert _of_type(code("وفي تقرير عام 2017 طالب النيابة العامة بتوسيع التحقيق."), "REQUEST")


def test_review_cases_of_counts_protests_drones_and_calls(code):
    # review cases (ANT patterns): who the counted are is no second actor; a demonstration is
    # no state's protest in words; a drone's missing pilot is no one; what is called for is no caller
    [event] = _of_type(code("احتج آلاف من طالبي اللجوء أمام البرلمان."), "PROTEST")
    assert event.actor2_text is None
    assert _of_type(code("وفي العاصمة بغداد، تظاهر العشرات في ساحة التحرير."), "ACCUSE") == []
    assert all("طيار" not in _names(e, "actor2") for e in code("أسقط الجيش الروسي طائرة بدون طيار."))
    [event] = _of_type(code("ودعا إلى الهدوء."), "REQUEST")
    assert event.actor1_text is None


def test_a_protest_with_no_one_named_is_still_news(code):
    # ANT BB-middleEast-508-20180517, late in an article: "a demonstration also went out in the
    # Iraqi capital Baghdad, of men of the Shammar tribe, demanding his release"
    background = "وكان الطقس معتدلا في المدينة. " * 6
    assert _of_type(code(background + "كما خرجت مظاهرة في العاصمة العراقية بغداد ضمت مجموعة من أبناء قبيلة شمر "
                                      "طالبت بإطلاق سراحه."), "PROTEST")


def test_a_ministry_with_a_pronoun_is_no_visit(code):
    # ANT FR-middleEast-811-20180723: "Jordan said through the spokesman of its ministry of foreign affairs"
    events = code("أكدت الأردن على لسان المتحدث الرسمي باسم وزارتها للخارجية محمد الكايد مساء الأحد أن المملكة "
                  "استقبلت وفدا بريطانيا.")
    assert all(e.trigger_text != "وزارتها" for e in events)


def test_who_gathers_to_demand_asks_the_one_named_after_the_demand(code):
    if not code.with_actors:
        pytest.skip("with no names known, the residents and the militias are too weak a row")
    # ANT AL-internationalNews-1767-20180623: "dozens of residents gathered ... to demand that the
    # Houthi militias remove the heavy weapons"
    [event] = _of_type(code("احتشد عشرات السكان في حي بمدينة الحديدة غرب اليمن، السبت، لمطالبة ميليشيات الحوثي "
                            "الانقلابية بإخراج الأسلحة الثقيلة."), "REQUEST")
    assert "السكان" in _names(event, "actor1")
    assert "الحوثي" in _names(event, "actor2")


@pytest.mark.parametrize("text, event_type", [
    # ANT BB-middleEast-683-20180630: "the organisation aims to liberate the continent from colonialism"
    ("وتهدف المنظمة إلى تحرير القارة نهائيا من الاستعمار.", "ASSAULT"),
    # ANT CN-middleEast-525-20180408: "and a pretext to launch military operations against Syria"
    ("واعتبر قاسمي الاتهام مكيدة جديدة وذريعة لشن عمليات عسكرية ضد سوريا.", "ASSAULT"),
    # ANT SK-middleEast-2756-20180704: "the talks failed to reach an agreement to end the fighting"
    ("وقال متحدث باسم المعارضة إن المحادثات مع الضباط الروس فشلت في التوصل إلى اتفاق.", "AGREE"),
    # ANT SK-middleEast-3125-20180726: "Hodeidah suffers as a result of the Houthis' control of the port"
    ("وتعاني الحديدة أوضاعا إنسانية صعبة نتيجة سيطرة الحوثيين على أهم منفذ بحري في اليمن.", "ASSAULT"),
    # ANT SK-internationalNews-1634-20180518: "a statement issued by the Turkish chief of staff"
    ("وأفاد بيان صادر عن رئاسة الأركان التركية أن الطائرات دمرت مخابئ.", "COERCE"),
])
def test_an_aim_a_pretext_a_failure_or_a_standing_control_is_no_event(code, text, event_type):
    assert _of_type(code(text), event_type) == []


def test_a_confiscation_is_coercion(code):
    if not code.with_actors:
        pytest.skip("with no names known, the militias are no subject a coordinated verb shares")
    # ANT AL-internationalNews-1767-20180623: "the militias threatened the crowd and confiscated their phones"
    [event] = _of_type(code("وقالت مصادر إن الميليشيات هددت المتجمهرين بالقتل، وصادرت هواتف عدد منهم."), "COERCE")
    assert "الميليشيات" in _names(event, "actor1")


def test_a_coordinated_verb_after_a_comma_has_the_first_verbs_subject(code):
    if not code.with_actors:
        pytest.skip("with no names known, the army forces are a word like any other")
    # ANT AL-internationalNews-1609-20180614: "the army forces achieved victories ..., and liberated wide areas"
    [event] = _of_type(code("أحرزت قوات الجيش اليمني، الأربعاء، انتصارات نوعية على مشارف مدينة الحديدة، وحررت "
                            "مناطق واسعة في مديرية الدريهمي ومحيط مطار الحديدة."), "ASSAULT")
    assert "قوات الجيش" in _names(event, "actor1")
    assert not {"محيط", "مشارف"} & set((event.actor2_text or "").split())


def test_an_attacks_partner_or_instrument_or_manner_is_no_target(code):
    if not code.with_actors:
        pytest.skip("with no names known, the aircraft and the fighters are words like any other")
    # ANT FR-middleEast-275-20180414: "France's part in the military operation with the United States"
    for e in code("أكد ماكرون أن مشاركة فرنسا في العملية العسكرية مع الولايات المتحدة وبريطانيا تقتصر على قدرات "
                  "النظام السوري."):
        assert "الولايات المتحدة" not in _names(e, "actor2") and "بريطانيا" not in _names(e, "actor2")
    # ANT SK-middleEast-3563-20180908: "Russian aircraft took part in bombing the opposition fighters ... on a wide scale"
    [event] = _of_type(code("وشاركت طائرات روسية في قصف مقاتلي المعارضة هناك في تمهيد لهجوم متوقع على نطاق واسع."),
                       "ASSAULT")
    assert "المعارضة" in _names(event, "actor2")
    # BB-middleEast-113 (dev): "the government forces struck with aircraft and barrel bombs the areas of"
    [event] = _of_type(code("وأضاف أن القوات الحكومية استهدفت بالطائرات والبراميل المتفجرة مناطق الشيفونية."), "ASSAULT")
    assert "الطائرات" != event.actor2_text
    # the other side of a clash is still named after مع
    [event] = _of_type(code("قتل 3 جنود في اشتباكات مع مسلحين في سيناء."), "ASSAULT")
    assert "مسلحين" in _names(event, "actor1") + _names(event, "actor2")


def test_an_act_or_another_is_no_actor(code):
    # ANT CN-middleEast-525-20180408: "and condemned the use of chemical weapons"
    [event] = _of_type(code("واعتبرت إيران أن المعلومات غير مطابقة للواقع، واستنكرت استخدام الأسلحة الكيماوية."),
                       "ACCUSE")
    assert event.actor2_text is None
    # ANT SK-middleEast-333-20180316: "these raids came after others that targeted the town of Saqba"
    for e in code("وجاءت هذه الغارات بعد أخرى استهدفت بلدة سقبا في وقت سابق الجمعة."):
        assert e.actor1_text != "أخرى"


def test_an_ambush_is_an_attack_by_the_one_who_laid_it(code):
    # ANT BB-middleEast-994-20180911: "at least 21 pro-government fighters were killed in an ambush laid by IS"
    events = code("قال المرصد إن 21 على الأقل من المقاتلين الموالين للحكومة قتلوا، في كمين نصبه تنظيم الدولة في "
                  "بلدة تلول الصفا.")
    assert any("تنظيم الدولة" in _names(e, "actor1") for e in _of_type(events, "ASSAULT"))


def test_a_seat_or_a_manner_names_no_one(code):
    # ANT BB-middleEast-994-20180911: "the Observatory, whose seat is Britain, described the bombardment"
    for e in code("ووصف المرصد السوري، ومقره بريطانيا، القصف الجوي على مواقع تنظيم الدولة في هجين بأنه الأعنف."):
        assert "بريطانيا" not in _names(e, "actor1") and e.location_name != "United Kingdom"
    # ANT FR-middleEast-734-20180705: "more than 600 strikes ... that targeted in particular the towns of"
    for e in code("وأحصى المرصد تنفيذ أكثر من 600 ضربة جوية، استهدفت بشكل خاص بلدات الطيبة والنعيمة."):
        assert e.actor1_text != "خاص"


def test_a_quoted_name_after_an_institution_noun_is_one_actor(code):
    # ANT SK-internationalNews-104-20180223: "Human Rights Watch criticised the way Turkey conducts its offensive"
    [event] = _of_type(code('انتقدت منظمة "هيومان رايتس ووتش" الطريقة التي تنفذ بها تركيا هجومها في شمال سوريا.'),
                       "ACCUSE")
    assert "هيومان رايتس ووتش" in _names(event, "actor1")
    assert "هيومان" not in _names(event, "actor2")


def test_the_other_side_of_a_clash_verb_or_a_battle_waged_is_named_after_with(code):
    # ANT SK-internationalNews-1557-20180513: "the Afghan forces clashed for hours with a terrorist group"
    [event] = _of_type(code("إن قوات الأمن الأفغانية اشتبكت لساعات مع مجموعة إرهابية في مدينة جلال أباد."), "ASSAULT")
    assert "مجموعة" in _names(event, "actor2")
    # ANT SK-middleEast-1351-20180430: "the regime forces are now waging fierce battles with the militants"
    [event] = _of_type(code("وأفادت مصادر من المعارضة بأن قوات النظام تخوض حاليا معارك ضارية مع المتشددين."), "ASSAULT")
    assert "المتشددين" in _names(event, "actor2")


@pytest.mark.parametrize("text, event_type, actor1", [
    # ANT AL-internationalNews-1664-20180617: "President Hadi expressed his appreciation for the media's efforts"
    ("عبر الرئيس اليمني، عبدربه منصور هادي، الأحد، عن تقديره للجهود الإعلامية الميدانية.", "SUPPORT", "هادي"),
    # ANT CN-middleEast-1192-20180813 pattern: "the king expressed his thanks to"
    ("وأعرب الملك عن شكره لخادم الحرمين الشريفين.", "SUPPORT", "الملك"),
    # "the government voiced its anger at the American decision"
    ("عبرت الحكومة عن غضبها من القرار الأمريكي.", "ACCUSE", "الحكومة"),
    # ANT SK-middleEast-1378-20180501: "the UAE voiced its support for Morocco against Iranian meddling"
    ("كما عبرت دولة الإمارات العربية المتحدة عن دعمها للمغرب ضد التدخلات الإيرانية.", "SUPPORT", "الإمارات"),
])
def test_esteem_or_anger_voiced_is_praise_or_blame(code, text, event_type, actor1):
    if not code.with_actors and actor1 != "الملك":
        pytest.skip("with no names known, the president and the government are too weak a row")
    [event] = _of_type(code(text), event_type)
    assert actor1 in _names(event, "actor1")


@pytest.mark.parametrize("text", [
    # ANT SK-internationalNews-2906-20180807: sanctions "to make Tehran back away from its support for terrorism"
    "إن العقوبات تستهدف الضغط على طهران لتتراجع عن دعمها للإرهاب الدولي.",
    "وتراجعت واشنطن عن دعمها للمقاتلين الأكراد.",
    "وتسعى الحكومة بحثا عن دعم دولي لخطتها.",
    "ودعا المجلس إيران إلى التوقف عن دعمها للميليشيا الحوثية.",
])
def test_support_withdrawn_or_sought_is_none_voiced(code, text):
    assert not _of_type(code(text), "SUPPORT")


def test_an_approval_given_in_the_passive_is_made(code):
    # ANT FR-middleEast-811-20180723: "the request was approved for purely humanitarian reasons"
    assert _of_type(code("وقال الوزير إن الأردن قدم تعهدا، مؤكدا أنه تمت الموافقة على طلب بريطانيا."), "AGREE")


def test_hundreds_received_are_given_refuge(code):
    # ANT FR-middleEast-811-20180723: "the kingdom received 422 members of the White Helmets"
    events = code("أكدت الأردن أن المملكة استقبلت 422 من عناصر الخوذ البيضاء عبر حدودها مع إسرائيل.")
    assert _of_type(events, "AID") and not _of_type(events, "CONSULT")
    assert _of_type(code("استقبل الرئيس وزير الخارجية الأمريكي في القصر."), "CONSULT")


def test_a_participles_plural_in_a_construct_is_the_genitive_doer(code):
    # ANT SK-middleEast-333-20180316: "after fighters of an opposition faction withdrew from the town of Hammouriyeh"
    [event] = _of_type(code("وجاء ذلك بعد انسحاب مقاتلي فصيل من المعارضة من بلدة حمورية."), "RETREAT")
    assert "مقاتلي" in _names(event, "actor1")


def test_the_adjective_of_a_phrases_own_noun_is_no_doer(code):
    # ANT SK-middleEast-2756-20180704: "because of their insistence on handing over the heavy weapons"
    for e in code("وقالت غرفة العمليات إن المفاوضات فشلت مع الروس، وذلك بسبب إصرارهم على تسليم السلاح الثقيل."):
        assert e.actor1_text != "الثقيل"


def test_the_counted_victims_include_who_they_are(code):
    # ANT SK-middleEast-168-20180302: "the PMF announced the killing of four IS militants"
    [event] = _of_type(code("ويأتي هذا التطور بعد يوم من إعلان ميليشيات الحشد الشعبي مقتل أربعة من مسلحي داعش."),
                       "ASSAULT")
    assert "أربعة من مسلحي داعش" in _names(event, "actor2")


def test_the_killed_before_whereas_did_not_kill_the_ones_after(code):
    # ANT CN-middleEast-1192-20180813: "killing 4 members of the public security, while 3 of the terrorists were killed in it"
    for e in code("وقالت الحكومة إن العملية أسفرت عن مقتل 4 عناصر من مرتبات الأمن العام والدرك، فيما قتل فيها 3 من "
                  "الإرهابيين."):
        assert "مرتبات" not in _names(e, "actor1")


def test_a_coordinated_verb_with_no_one_after_it_has_the_first_verbs_subject(code):
    # ANT CN-middleEast-1192-20180813: "the Saudi foreign ministry reviewed the most prominent Iranian
    # violations of UN resolutions and defended in it the legitimacy of the operation"
    if not code.with_actors:
        pytest.skip("with no names known, the ministry is a word like any other")
    [event] = _of_type(code('استعرضت وزارة الخارجية السعودية، أبرز الانتهاكات الإيرانية لقرارات الأمم المتحدة ودافعت فيه '
                            'عن "شرعية" العملية.'), "SUPPORT")
    assert event.actor1_text == "وزارة الخارجية السعودية"


def test_giving_oneself_up_is_a_retreat_by_the_one_inside_the_phrase(code):
    # ANT AL-internationalNews-1609-20180614: "and a number of them gave themselves up to the army forces"
    assert _of_type(code("وأكد موقع الجيش مقتل العشرات من عناصر الحوثيين، وتسليم عدد منهم أنفسهم لقوات الجيش."),
                    "RETREAT")
    [event] = _of_type(code("وسلم المشتبه به نفسه للشرطة صباح اليوم."), "RETREAT")
    assert "المشتبه" in _names(event, "actor1")


@pytest.mark.parametrize("text, event_type, slot, name", [
    # review cases (ANT sentences of the review sample): an actor kept
    # "Griffiths called on all the parties": the parties are no place
    ("وخلال إفادة لمجلس الأمن دعا غريفيث كل الأطراف لتهيئة أجواء مواتية.", "REQUEST", "actor2", "الأطراف"),
    # "the occupation" names Israel, no act
    ("وانتقدت الحكومة الفلسطينية الاحتلال بسبب هدم المنازل.", "ACCUSE", "actor2", "الاحتلال"),
    # على before a demonstrative still marks the target
    ("وفرضت الأمم المتحدة عقوبات على هؤلاء الأشخاص.", "SANCTION", "actor2", "الأشخاص"),
    # the one whose call is welcomed calls (دعمها لمطالبة: the ل is the noun's)
    ("أعلنت الحكومة دعمها لمطالبة البرلمان بإقالة الوزير.", "REQUEST", "actor1", "البرلمان"),
    # a person named right after a coordinated verb is its own subject
    ("وعمدت بعض الدول إلى استدعاء سفراء إسرائيل لديها، ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريس "
     "الاتحاد الأوروبي إلى إجراء تحقيق مستقل.", "REQUEST", "actor1", "غوتيريس"),
    ("أعلنت روسيا وقف القصف على الغوطة، وانتقد الرئيس الفرنسي إيمانويل ماكرون الهجوم.", "ACCUSE", "actor1",
     "ماكرون"),
    # the one admired is the ب-object, not the admirer
    ("عبر وزير الخارجية الأمريكي، مايك بومبيو، الجمعة، عن إعجابه بالرئيس الكوري الجنوبي.", "SUPPORT", "actor1",
     "بومبيو"),
])
def test_review_cases_of_session_20(code, text, event_type, slot, name):
    if not code.with_actors:
        pytest.skip("with no names known, these actors are words like any other")
    assert any(name in _names(e, slot) for e in _of_type(code(text), event_type))


@pytest.mark.parametrize("text, event_type", [
    # "the army said in a statement issued today that its forces killed 5 militants"
    ("وأكد الجيش في بيان صادر اليوم أن قواته قتلت 5 مسلحين.", "COERCE"),
    # "a prison sentence issued against him"
    ("تقدم الرئيس الأسبق بمراجعة لإرجاء تنفيذ حكم بالسجن صادر بحقه.", "COERCE"),
    # "the City's net received six goals"
    ("واستقبلت شباك السيتي ستة أهداف في المباراة.", "AID"),
])
def test_review_cases_of_session_20_that_are_no_event(code, text, event_type):
    assert _of_type(code(text), event_type) == []


def test_an_adjective_joined_by_and_is_no_construct(code):
    # review case: "the battles go on with heavy air and artillery shelling"
    for e in code("وتترافق المعارك المستمرة في جنوب دمشق مع قصف جوي ومدفعي كثيف."):
        assert "مدفعي" not in _names(e, "actor1")


def test_the_fronts_of_battle_tell_no_fight(code):
    # ANT SK-middleEast-1688-20180514: "the resistance liberated al-Hima port, amid the flight and
    # collapse of the Houthi militias from the fronts of battle" (no collapse is an accident either)
    events = _of_type(code("فقد تمكنت المقاومة من تحرير ميناء الحيمة شمالي الخوخة، وسط فرار وانهيار لميليشيات الحوثي "
                           "الانقلابية من جبهات القتال."), "ASSAULT")
    assert [e.trigger_text for e in events] == ["تمكنت المقاومة من تحرير"]


def test_reinforcements_destroyed_were_not_sent(code):
    # ANT AL-internationalNews-782-20180404: "the coalition aviation destroyed 5 military vehicles and
    # reinforcements of the militias"
    events = code("كما دمر طيران التحالف 5 مركبات عسكرية وتعزيزات للميليشيات في نقطة اليسبل.")
    assert _of_type(events, "ASSAULT") and not _of_type(events, "MOBILIZE")


@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    # ANT CN-middleEast-565-20180410: "Macron held a press conference with the Saudi crown prince"
    ("عقد الرئيس الفرنسي إيمانويل ماكرون مؤتمراً صحفياً مع ولي العهد السعودي الأمير محمد بن سلمان في باريس.",
     "CONSULT", "ماكرون", "ولي العهد"),
    # ANT CN-middleEast-565-20180410: "Macron mentioned his agreement with the crown prince to hold a conference"
    ("ذكر ماكرون اتفاقه مع ولي العهد السعودي على عقد مؤتمر إنساني بباريس.", "AGREE", "ماكرون", "ولي العهد"),
    # ANT FR-middleEast-363-20180427: "during a press conference with his American counterpart Donald Trump"
    ("وكان الرئيس الفرنسي إيمانويل ماكرون اكتفى خلال مؤتمر صحافي مع نظيره الأمريكي دونالد ترامب في البيت "
     "الأبيض.", "CONSULT", "ماكرون", "ترامب"),
])
def test_the_one_side_before_and_the_other_after_with(code, text, event_type, actor1, actor2):
    if not code.with_actors:
        pytest.skip("with no names known, the crown prince is a word like any other")
    [event] = _of_type(code(text), event_type)
    assert actor1 in _names(event, "actor1") and actor2 in _names(event, "actor2")


def test_if_need_be_and_pointed_fingers(code):
    # ANT CN-middleEast-565-20180410: "the kingdom will decide on intervening in Syria if need be"
    assert _of_type(code('إن المملكة ستتخذ قرارا بشأن التدخل في سوريا "إن دعت الحاجة لذلك".'), "REQUEST") == []
    # same article: "in which the fingers of accusation were pointed at Russia"
    for e in code("والتي وجهت فيها أصابع الاتهام نحو روسيا، في وقت نفت فيه روسيا تلك الاتهامات."):
        assert e.actor1_text != "أصابع"


def test_a_speech_participle_or_unlike_names_no_one(code):
    # ANT SK-middleEast-3536-20180906: "..., stressing that the government is ready to engage in
    # the UN consultations, unlike the putschists"
    for e in code("أكد وزير الخارجية اليمني، الخميس، أن صراعات داخل ميليشيات الحوثي تعرقل المشاورات، مشددا على أن "
                  "الحكومة اليمنية جاهزة للانخراط في المشاورات الأممية، بخلاف الانقلابيين."):
        assert "مشددا" not in _names(e, "actor2") and "بخلاف" not in _names(e, "actor1")


def test_the_stand_praised_is_no_praiser(code):
    # ANT AL-internationalNews-1470-20180604: "and he praised the principled British position"
    [event] = _of_type(code("وأكد وزير الخارجية خالد اليماني دعم الحكومة لجهود المبعوث. وثمن الموقف البريطاني المبدئي في "
                            "دعم الحكومة الشرعية."), "SUPPORT")
    assert "الموقف" not in _names(event, "actor1") and "الموقف" in _names(event, "actor2")


def test_cooperation_asked_orders_issued_and_a_deal_left(code):
    # ANT CN-middleEast-1443-20181008: "Turkey summoned the Saudi ambassador and asked for 'full cooperation'"
    events = code('كانت تركيا قد استدعت السفير السعودي لديها للمرة الثانية، وطلبت "تعاونا كاملا" من المملكة.')
    assert _of_type(events, "COOPERATE") == []
    # ANT AL-internationalNews-1517-20180608: "Bassil issued instructions to freeze the residence applications"
    for e in code("وأصدر وزير الخارجية جبران باسيل تعليمات بتجميد طلبات الإقامة المقدمة للمفوضية."):
        assert e.actor1_text != "تعليمات"
    # ANT AL-internationalNews-1111-20180511: "Trump announced his country's withdrawal from the nuclear deal"
    events = code("بعد يومين من إعلان الرئيس الأميركي، دونالد ترمب، انسحاب بلاده من الاتفاق النووي.")
    assert not _of_type(events, "RETREAT")
    assert _of_type(events, "SANCTION") or not code.with_actors  # (with no names known, too weak a row)


def test_an_announcement_is_no_part_of_who_announced(code):
    # ANT SK-economy-509-20180509: "after US President Donald Trump's announcement of his
    # country's withdrawal from the nuclear deal"
    for e in code("ارتفعت أسعار النفط بعد إعلان الرئيس الأميركي دونالد ترامب، انسحاب بلاده من الاتفاق النووي مع إيران."):
        assert "إعلان" not in _names(e, "actor1")


@pytest.mark.parametrize("text, event_type, slot, name", [
    # second review of session 20 (ANT sentences of its sample)
    # "Pompeo said during a press conference with his Saudi counterpart Adel al-Jubeir"
    ("وأضاف بومبيو خلال مؤتمر صحفي مع نظيره السعودي عادل الجبير في الرياض إن بلاده تدعم التحالف.", "CONSULT",
     "actor2", "الجبير"),
    # "the US will reimpose a large set of sanctions on Iran": a collective is no doer inside the phrase
    ("وقالت الخارجية إن الولايات المتحدة ستعيد فرض مجموعة كبيرة من العقوبات المتعلقة بإيران.", "SANCTION",
     "actor1", "الولايات المتحدة"),
])
def test_review_cases_of_session_20_round_2(code, text, event_type, slot, name):
    if not code.with_actors:
        pytest.skip("with no names known, these actors are words like any other")
    assert any(name in _names(e, slot) for e in _of_type(code(text), event_type))


def test_review_cases_of_session_20_round_2_no_actor(code):
    # "in a joint press conference with ...": صحفي inside the phrase is no journalist
    for e in code('حذر الرئيس الفرنسي ماكرون في مؤتمر صحفي مشترك مع رئيس الوزراء الإسرائيلي، جميع الأطراف من "تصعيد".'):
        assert "صحفي" not in _names(e, "actor2")
    # "after his agreement with Real Madrid was revealed, ... in Russia": no one behind a glued ب
    for e in code("وكأس العالم 2018 بروسيا وذلك بعد الكشف عن اتفاقه مع ريال مدريد."):
        assert "روسيا" not in _names(e, "actor1")
    # "sending them to the fronts of battle, more than 400 of them were killed"
    for e in code("وأكد أن الحوثيين يجندون الأطفال وإرسالهم إلى جبهات القتال، قتل منهم أكثر من 400 طفل في المعارك."):
        assert "جبهات" not in _names(e, "actor1")
    # "in a statement from the Blue House issued, Tuesday, ..."
    assert _of_type(code("وفي بيان من البيت الأزرق صادر، الثلاثاء، قال المتحدث إن الزعيمين سيلتقيان."), "COERCE") == []
    # "great demonstrations demanding their release": those who arrested them ask nothing
    for e in _of_type(code("وشهدت البلاد تظاهرات كبرى للمطالبة بإطلاق سراحهما بعد أن اعتقلتهما السلطات."), "REQUEST"):
        assert "السلطات" not in _names(e, "actor1")
    # "200 people were killed when one of the tunnels collapsed"
    assert _of_type(code("قتل 200 شخص نتيجة انهيار أحد الأنفاق في المنجم."), "ASSAULT") == []
