import datetime as dt
from pathlib import Path

from hadath.text import analyze
from hadath.text.dates import find_dates, resolve_weekday
from hadath.text.numbers import find_numbers
from hadath.text.pubdate import infer_pub_date

REPO_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = "000_c0c2ce5c68c2b4f1"


def test_seed_pub_date_is_inferred_from_weekdays(seed_texts):
    assert infer_pub_date(seed_texts[SEED]) == (dt.date(2022, 1, 31), "inferred")


def test_seed_dates_and_numbers(seed_texts):
    analysis = analyze(seed_texts[SEED], dt.date(2022, 1, 31))
    assert [(m.text, m.value, m.granularity) for m in analysis.dates] == [
        ("يوم الاثنين", "2022-01-31", "day"),
        ("يوم الأربعاء (26 / 1 / 2022)", "2022-01-26", "day"),
        ("عام 2019", "2019-01-01", "year"),
    ]
    assert [(m.text, m.value) for m in analysis.numbers] == [("نحو 3500", "3500")]


def test_offsets_exact_over_every_seed(seed_texts):
    texts = list(seed_texts.values()) + [p.read_text(encoding="utf-8") for p in sorted(REPO_SEEDS.glob("*.txt"))]
    assert texts
    for text in texts:
        analysis = analyze(text, infer_pub_date(text)[0] if infer_pub_date(text) else None)
        for span in analysis.sentences + analysis.tokens:
            assert text[span.start:span.end] == span.text
        for mention in analysis.dates + analysis.numbers:
            assert text[mention.char_start:mention.char_end] == mention.text
            assert mention.source in ("dates", "numbers")


def test_weekday_names_latest_such_day_on_or_before_publication():
    monday = dt.date(2022, 1, 31)
    assert resolve_weekday(0, monday) == monday  # يوم الاثنين on a Monday
    assert resolve_weekday(2, monday) == dt.date(2022, 1, 26)
    assert resolve_weekday(0, monday, "الماضي") == dt.date(2022, 1, 24)
    assert resolve_weekday(4, monday, "المقبل") == dt.date(2022, 2, 4)


def test_without_publication_day_only_self_contained_dates_resolve(seed_texts):
    found = {m.text: m.value for m in find_dates(seed_texts[SEED], None)}
    assert found == {"يوم الاثنين": None, "يوم الأربعاء (26 / 1 / 2022)": "2022-01-26", "عام 2019": "2019-01-01"}


def test_no_pub_date_for_text_without_dated_weekday():
    # A real lead paragraph: weekdays but no calendar date to anchor them.
    assert infer_pub_date("توقع مسؤول كوري جنوبي، الأربعاء، أن يعود وزير الخارجية") is None


def test_dateline_gives_text_source(seed_texts):
    # The news corpus has no datelines; this puts the wire-copy form (place,
    # date, dash) in front of the seed's real first sentence.
    lead = seed_texts[SEED].split("/", 1)[1].split("،")[0]
    assert infer_pub_date("الحسكة 31 / 1 / 2022 -" + lead) == (dt.date(2022, 1, 31), "text")
    assert infer_pub_date(lead) is None


def test_numbers_in_arabic_indic_digits_and_separators():
    # Real phrases (news corpus) with their digits written in the Arabic-Indic script.
    indic = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
    for phrase, value in (("وأصيب في هذه المسيرات أكثر من 12 ألف فلسطيني", "12000"),
                          ("على ملعب ميتلايف الذي يتسع لـ 84,953 متفرجا", "84953")):
        assert [m.value for m in find_numbers(phrase.translate(indic))] == [value]


def test_pub_date_from_real_leads():
    # ANT AL-sport-2374-20180716 (feed: 16 July 2018): "yesterday, Sunday 15 July".
    lead = ("أعلنت المؤسسة العربية للاتصالات الفضائية (عرب سات) أنها أبلغت الاتحاد الدولي لكرة القدم (فيفا)، "
            "أمس الأحد 15 يوليو 2018، بنتائج تحقيقات")
    assert infer_pub_date(lead) == (dt.date(2018, 7, 16), "inferred")
    # ANT FR-culture-25-20180312 (feed: Monday 12 March 2018): the lead's Monday
    # comes after the dated Saturday.
    text = ('أعلن مصمم الأزياء فيليب فينيه الاثنين، أن المصمم الشهير أوبير دو جيفنشي والذي أسس دارا تحمل اسمه، '
            'توفي السبت "خلال نومه" عن 91 عاما.\nوقال مصمم الأزياء فيليب فينيه إن "السيد جيفنشي توفي أثناء نومه '
            'يوم السبت 10 آذار/مارس 2018 وأولاد أشقائه')
    assert infer_pub_date(text) == (dt.date(2018, 3, 12), "inferred")


def test_off_calendar_expressions_do_not_break_the_article():
    # ANT SK-technology-582-20180505: "a million years ago" is no calendar day.
    phrase = "د القطع الحجرية لسلسلة فرعية من الإنسان، الذي عاش قبل مليون سنة في الصين وجنوب شرق"
    assert find_dates(phrase, dt.date(2018, 5, 5)) == []


def test_analyze_runs_on_real_news_with_and_without_a_publication_day(news_texts):
    for text in news_texts:
        for pub_date in (None, dt.date(2018, 5, 5)):
            analysis = analyze(text, pub_date)
            for mention in analysis.dates + analysis.numbers:
                assert text[mention.char_start:mention.char_end] == mention.text
