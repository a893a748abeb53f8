from hadath.text.normalize import clitic_variants, key


def test_key_folds_spelling_variants_of_real_words():
    # Forms as they occur in the news corpus and the seed article.
    assert key("الأمريكية") == key("الامريكية") == "الامريكيه"
    assert key("إلى") == key("الى") == "الي"
    assert key("مُعَقَّد") == "معقد"
    assert key("آخر") == "اخر"
    assert key("الــعراق") == "العراق"


def test_key_digits_whitespace_and_presentation_forms():
    assert key("٢٦ / ١ / ٢٠٢٢") == "26 / 1 / 2022"
    assert key("۱۴۰۰") == "1400"
    assert key("  قوات \n سوريا\t الديمقراطية ") == "قوات سوريا الديمقراطيه"
    assert key("\ufefb") == "لا"  # lam-alef ligature presentation form (NFKC)
    assert key("") == ""


def test_key_drops_invisible_format_characters():
    # ANERcorp writes "\u200fلبنان" and "كوت ديفوار\u200f" (a right-to-left mark);
    # web copy carries zero-width joiners and byte-order marks.
    assert key("\u200fلبنان") == key("لبنان\u200e") == key("\ufeffلبنان") == "لبنان"
    assert key("كوت ديفوار\u200f") == "كوت ديفوار"
    assert key("عبد\u200cالله") == "عبدالله"
    assert key("\u202bبغداد\u202c \u200f") == "بغداد"


def test_key_is_idempotent_on_real_text(news_texts):
    for text in news_texts[:50]:
        once = key(text)
        assert key(once) == once


def test_clitic_variants_strip_proclitic_chains_longest_first():
    assert clitic_variants(key("وبالجيش")) == ["وبالجيش", "بالجيش", "الجيش", "جيش"]
    assert clitic_variants(key("والحسكة"), suffixes=False) == ["والحسكه", "الحسكه", "حسكه"]
    assert clitic_variants(key("للجيش"))[:2] == ["للجيش", "الجيش"]
    # ل + a stem that itself starts with ل: both readings are offered.
    assert "لبنان" in clitic_variants(key("للبنان"))
    assert clitic_variants(key("لقسد"), suffixes=False) == ["لقسد", "قسد"]


def test_clitic_variants_pronoun_suffixes_and_teh_marbuta():
    assert clitic_variants(key("وقواتها")).index("قوات") < clitic_variants(key("وقواتها")).index("قواه")
    assert "حكومه" in clitic_variants(key("حكومته"))
    assert clitic_variants(key("حكومته"), suffixes=False) == ["حكومته"]


def test_clitic_variants_word_first_and_short_stems_not_offered():
    for word in ("مصر", "وزير", "الجيش", "بغداد"):
        assert clitic_variants(key(word))[0] == key(word)
    assert clitic_variants("مصر") == ["مصر"]
    assert "زر" not in clitic_variants(key("وبزر"))
