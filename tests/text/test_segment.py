from camel_tools.tokenizers.word import simple_word_tokenize

from hadath.text.segment import sentences, tokens


def test_tokens_equal_camel_tools_on_real_news(news_texts):
    for text in news_texts:
        found = tokens(text)
        assert [t.text for t in found] == simple_word_tokenize(text)
        assert all(text[t.start:t.end] == t.text for t in found)


def test_tokens_with_emoji_sequences_take_the_camel_path():
    # Real lines from the news corpus: flags, skin tones, a variation selector, a ZWJ.
    for text in (
        "الفتنة من قبل الجمهور #شارك_المقطع_ليرى_الجميع #كرامة_البلد🇮🇶🦅🇮🇶 يوتيوب👈 https://youtu.be",
        "على فكرة انا مع صلاح بس بقول كده عشان تعندو وتغيرو الاتحاد 😎👍🏻",
        "مثل رأيهم في أغنية جديدة لأحد الفنانين أو️ كيف يفضلون طعامهم.",
        "في محيط تلال حمرين شمال شرقي ب\u200dعقوبة، مركز محافظة ديالى",
    ):
        found = tokens(text)
        assert [t.text for t in found] == simple_word_tokenize(text)
        assert all(text[t.start:t.end] == t.text for t in found)


def test_tokens_split_punctuation_keep_words():
    text = 'يوم الأربعاء (26 / 1 / 2022)، عن'
    assert [t.text for t in tokens(text)] == ["يوم", "الأربعاء", "(", "26", "/", "1", "/", "2022", ")", "،", "عن"]


def test_seed_sentences(seed_texts):
    text = seed_texts["000_c0c2ce5c68c2b4f1"]
    found = sentences(text)
    assert all(text[s.start:s.end] == s.text for s in found)
    assert len(found) == 10
    # The quoted statement with an inner period stays with its speaker.
    assert found[2].text.startswith('وأضاف "نبعث') and found[2].text.endswith('من دحره".')
    assert found[6].text.startswith("وأعلنت قوات سوريا الديمقراطية")


def test_sentences_keep_abbreviations_decimals_and_urls():
    # Real sentences from the news corpus.
    text = (
        "وأشار د. فيصل حسن إبراهيم، مساعد رئيس الجمهورية نائب رئيس الحزب، إلى أن التعديل الوزاري سيعلن عنه رسمياً. "
        "يوم الخميس الماضي، التي استعان فيها بنحو 13.6 كغ من مسحوق الذهب القابل للأكل. "
        'وقال عاصي في حديث لـ"العربية.نت"، إنه بدأ يستمع لأغنيات ألبوم جديد.'
    )
    found = [s.text for s in sentences(text)]
    assert len(found) == 3
    assert found[0].startswith("وأشار د. فيصل")
    assert "13.6 كغ" in found[1]


def test_sentences_question_exclamation_semicolon_and_newline():
    text = "لماذا كرة القدم؟\nتأليف: أيمن جادَه الناشر: الدار العربية للعلوم ناشرون، 2017م\nلماذا هي اللعبة الأكثر شعبية؟ ولماذا هي الأكثر تشويقاً!"
    assert [s.text for s in sentences(text)] == [
        "لماذا كرة القدم؟",
        "تأليف: أيمن جادَه الناشر: الدار العربية للعلوم ناشرون، 2017م",
        "لماذا هي اللعبة الأكثر شعبية؟",
        "ولماذا هي الأكثر تشويقاً!",
    ]


def test_sentence_offsets_on_real_news(news_texts):
    for text in news_texts:
        found = sentences(text)
        assert all(text[s.start:s.end] == s.text and s.text == s.text.strip() for s in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        # Every non-space character is inside exactly one sentence.
        covered = [False] * len(text)
        for s in found:
            covered[s.start:s.end] = [True] * (s.end - s.start)
        assert all(covered[i] for i, c in enumerate(text) if not c.isspace())
