"""The shipped NER model on real text: offline loading, known entities, CoNLL
round trip, offsets that slice back to the mention text."""
from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from hadath.recognize import ner
from hadath.recognize import ner_features as nf
from hadath.recognize.crf import CrfWeights
from hadath.text.segment import sentences, tokens

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
# ANT corpus (news/ant_v2.1.jsonl.gz), AL-economy-713-20180601 (alarabia), two paragraphs.
NEWS_TEXT = (
    "وأبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأميركي دونالد ترامب في اتصال هاتفي ليل أمس "
    "الخميس بأن قراره فرض رسوم على استيراد الصلب والألمنيوم من الاتحاد الأوروبي \"غير شرعي\" "
    "و\"خطأ\"، مشددا على أن الاتحاد الأوروبي سيرد على قرار ترمب \"بطريقة حازمة ومتناسبة\" بحسب "
    "بيان صادر عن الإليزيه.\nكما وجه الرئيس الفرنسي دعوة لترمب إلى المشاركة في مفاوضات مع الاتحاد "
    "الأوروبي والصين واليابان من أجل تعزيز قواعد منظمة التجارة العالمية، وفق الإليزيه الذي لم "
    "يُحدد ما كان رد ترمب."
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: the model is local."""

    def refuse(*args, **kwargs):
        raise AssertionError("the NER tagger tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_model_loads_offline_and_tags_same_shape():
    tagger = ner.load_tagger()
    batch = [["قال", "الرئيس", "الأميركي", "دونالد", "ترامب"], [], ["."]]
    tags = tagger.tag(batch)
    assert [len(t) for t in tags] == [5, 0, 1]
    assert all(t == "O" or t[:2] in ("B-", "I-") for sentence in tags for t in sentence)


def test_tagging_needs_neither_crfsuite_nor_gensim():
    """They train the model (the train and test extras); the shipped weight tables do the tagging."""
    code = (
        "import sys; sys.modules['pycrfsuite'] = sys.modules['gensim'] = None\n"
        "from hadath.recognize import ner\n"
        "print(ner.load_tagger().tag([['زار', 'ماكرون', 'باريس']]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "B-LOC" in out


def test_known_sentence_entities():
    found = {(m.entity_type, m.text) for m in ner.find_entities(NEWS_TEXT, sentences(NEWS_TEXT), tokens(NEWS_TEXT))}
    # Tokens are tagged whole, conjunction included, as ANERcorp annotates them.
    assert {
        ("PERS", "إيمانويل ماكرون"), ("PERS", "دونالد ترامب"), ("ORG", "الاتحاد الأوروبي"), ("LOC", "والصين"),
    } <= found


def test_mentions_slice_back_to_text():
    mentions = ner.find_entities(NEWS_TEXT, sentences(NEWS_TEXT), tokens(NEWS_TEXT))
    assert mentions
    for m in mentions:
        assert NEWS_TEXT[m.char_start : m.char_end] == m.text
        assert m.source == "ner" and m.entity_type in ner.ENTITY_TYPES


def test_a_bidi_mark_on_a_name_neither_hides_it_nor_joins_the_mention():
    """ANERcorp and web copy write \u200fلبنان: the mark is dropped from the
    word's key, so the name is known, and left out of the mention's span."""
    text = "وزار الرئيس \u200fلبنان\u200f أمس."
    mentions = ner.find_entities(text, sentences(text), tokens(text))
    assert [(m.entity_type, m.text) for m in mentions] == [("LOC", "لبنان")]
    assert text[mentions[0].char_start : mentions[0].char_end] == "لبنان"


def test_tag_conll_round_trips_tokens_and_sentence_breaks(tmp_path):
    lines = (SHARED / "data" / "anercorp" / "train.conll").read_text(encoding="utf-8").splitlines()
    gold = tmp_path / "gold.conll"
    gold.write_text("\n".join(lines[:200]).rstrip("\n") + "\n\n", encoding="utf-8")
    pred = tmp_path / "pred.conll"
    count = ner.tag_conll(str(gold), str(pred))
    gold_lines = gold.read_text(encoding="utf-8").splitlines()
    pred_lines = pred.read_text(encoding="utf-8").splitlines()
    assert count == sum(1 for line in gold_lines if not line.strip())
    assert [line.split()[0] if line else "" for line in pred_lines] == [
        line.split()[0] if line else "" for line in gold_lines
    ]
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "ner", "--gold", str(gold), "--pred", str(pred)],
        capture_output=True, text=True,
    )
    assert scored.returncode == 0, scored.stderr


def test_second_pass_sees_the_same_name_elsewhere_in_the_article():
    """The first pass's type for a stem in nearby sentences reaches every other
    occurrence (clitics stripped), but never a token's own tag, and not past
    the window."""
    lexicons = ner.load_tagger().lexicons
    far = [["و"]] * (nf.CONTEXT_WINDOW + 1)
    sentences = [["قال", "ألونسو", "إن"], ["وهاجم", "وألونسو", "السباق"], *far, ["ألونسو"]]
    first_tags = [["O", "B-PERS", "O"], ["O", "O", "O"], *[["O"]] * len(far), ["O"]]
    context = nf.context_features(sentences, first_tags, lexicons)
    assert "dt=PERS" in context[1][1] and "s1=O" in context[1][1]  # told by sentence 0
    assert "dt=PERS" not in context[0][1]  # its own tag is not evidence
    assert "dtO" in context[0][1]  # the other occurrence was left O
    assert not any(f.startswith("dt=") for f in context[-1][0])  # sentence 0 is out of reach
    assert "-1dt=PERS" in context[1][2]  # the neighbour's evidence is seen too


def test_lemma_gazetteer_meets_cameo_lemmas_and_surface_words():
    """CAMEO lists the World Bank as بنك_دولي_ and the Arab League as
    جامعة_عربي_; text writes للبنك الدولي and الجامعة العربية."""
    assert nf.lemma_fold(nf.word_key("العربية")) == nf.lemma_fold(nf.word_key("عربي")) == "عربي"
    assert nf.lemma_fold(nf.word_key("الفلسطينيين")) == nf.lemma_fold(nf.word_key("فلسطيني"))
    lexicons = ner.load_tagger().lexicons
    tokens = ["وقال", "رئيس", "للبنك", "الدولي", "إن", "الجامعة", "العربية", "اجتمعت"]
    hits = nf.sentence_features(tokens, lexicons)
    lemma_hits = [[f for f in feats if f.startswith("gl=")] for feats in hits]
    assert lemma_hits[2] == ["gl=B-ACT"] and lemma_hits[3] == ["gl=I-ACT"]
    assert lemma_hits[5] == ["gl=B-ACT"] and lemma_hits[6] == ["gl=I-ACT"]
    assert lemma_hits[0] == lemma_hits[4] == lemma_hits[7] == []


def test_corpus_phrases_in_bands():
    # tagged as one ORG in 60 of 100 occurrences, LOC in 15: ORG is its usual reading
    assert nf.corpus_phrase_types((25, 0, 15, 60, 0)) == {"ORG:hi", "LOC:lo"}
    assert nf.corpus_phrase_types((70, 30, 0, 0, 0)) == {"PERS:mid"}
    assert nf.corpus_phrase_types((400, 1, 5, 0, 0)) == frozenset()  # noise
    lexicons = nf.Lexicons(corpus_phrases={("البنك", "الدولي"): (30, 0, 0, 60, 0)})
    assert lexicons.corpus_phrase_tags(["ان", "البنك", "الدولي", "البنك"]) == [
        [], ["cp=B-ORG:hi"], ["cp=I-ORG:hi"], []
    ]


def test_corpus_type_shares_in_bands():
    assert nf.corpus_type_features(None) == ("ct=unseen",)
    assert nf.corpus_type_features((2, 8, 0, 0, 0)) == ("ct=PERS:hi", "ctn=PERS:0")
    # ترامب in the 2018 news: mostly missed by the first pass, caught 2,326 times;
    # the odd LOC/ORG/MISC tag is noise and says nothing.
    assert nf.corpus_type_features((11375, 2326, 3, 19, 18)) == (
        "ct=PERS:lo", "ctn=PERS:3", "ctn=LOC:0", "ctn=ORG:1", "ctn=MISC:1",
    )
    assert nf.corpus_type_features((60, 0, 30, 1, 0)) == ("ct=LOC:mid", "ctn=LOC:1")
    assert nf.corpus_type_features((100, 0, 0, 0, 0)) == ("ct=O",)


def test_second_pass_retypes_and_adds_but_never_drops_a_first_pass_entity():
    first = ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]
    final = ["B-ORG", "O", "O", "O", "B-ORG", "O"]
    assert ner.keep_first_entities(first, final) == ["B-ORG", "B-PERS", "I-PERS", "O", "B-ORG", "O"]


def test_bioes_marks_one_word_and_last_words_and_bio_undoes_it():
    tags = ["B-PERS", "O", "B-LOC", "I-LOC", "I-LOC", "B-ORG", "I-ORG", "B-ORG", "I-MISC"]
    assert ner.bioes(tags) == ["S-PERS", "O", "B-LOC", "I-LOC", "E-LOC", "B-ORG", "E-ORG", "S-ORG", "S-MISC"]
    assert ner.bio(ner.bioes(tags)) == ["B-PERS", "O", "B-LOC", "I-LOC", "I-LOC", "B-ORG", "I-ORG", "B-ORG", "B-MISC"]
    assert ner.bio(tags[:8]) == tags[:8]


def test_the_shipped_final_pass_learned_bioes_and_the_tagger_answers_in_bio():
    assert {"S-PERS", "E-ORG"} <= set(CrfWeights.load(ner.DATA_DIR / ner.MODEL_FILE).labels)
    tags = ner.load_tagger().tag([[t.text for t in tokens("قال الرئيس الفرنسي إيمانويل ماكرون في باريس")]])[0]
    assert tags[-1] == "B-LOC" and {t[:2] for t in tags} <= {"B-", "I-", "O"}


def test_names_the_geocoder_and_actor_dictionary_know_reach_the_tagger():
    """قسد is a hand-typed group of the actor dictionary and بوغوتا a world city
    of the geocoder's gazetteer; neither is in ANERGazet, GeoNames' Middle East
    or CAMEO, and ANERcorp never shows them."""
    text = "وقالت قوات سوريا الديمقراطية (قسد) إن وفدا وصل إلى كوالالمبور قادما من بوغوتا."
    words = tokens(text)
    features = nf.sentence_features([w.text for w in words], ner.load_tagger().lexicons)
    hits = {w.text: [f for f in feats if f.startswith("gz=B-")] for w, feats in zip(words, features)}
    assert hits["قسد"] == ["gz=B-ORG"] and hits["بوغوتا"] == ["gz=B-LOC"]
    found = {(m.entity_type, m.text) for m in ner.find_entities(text, sentences(text), words)}
    assert {("ORG", "قسد"), ("LOC", "بوغوتا"), ("LOC", "كوالالمبور")} <= found


def test_affix_forms_are_what_common_nouns_take():
    assert nf.affix_forms("شركه") == (
        ("الشركه",), ("شركتها", "شركتهم", "شركتهما", "شركتكم", "شركتنا", "شركته"), ("شركات",)
    )
    assert nf.affix_forms("الرئيس")[0] == ()
    assert nf.affix_forms("لاعب")[2] == ("لاعبات", "لاعبون", "لاعبين")
    # ترامب in the 2018 news: 13,178 times, never with the article, a suffix or a plural ending
    assert nf.affix_features((13178, 0, 0, 0)) == ("afd=0", "afs=0", "afp=0", "afall=0")
    assert nf.affix_features((9674, 15647, 150, 10)) == ("afd=hi", "afs=lo", "afp=lo", "afall=x")
    assert nf.affix_features(None) == ()


def test_shipped_affix_counts_tell_a_name_from_a_noun():
    affixes = ner.load_tagger().lexicons.affixes
    assert affixes[nf.word_key("ترامب")][1:] == (0, 0, 0)
    assert nf.affix_features(affixes[nf.word_key("شركة")])[:3] == ("afd=hi", "afs=lo", "afp=mid")


def test_a_token_sees_its_stems_affix_bands_and_its_neighbours_do_not():
    lexicons = nf.Lexicons(clusters={"رئيس": ()}, affixes={"رئيس": (100, 150, 2, 1)})
    features = nf.sentence_features(["قال", "الرئيس", "ترامب"], lexicons)
    assert {"afd=hi", "afs=lo", "afp=lo", "afall=x"} <= set(features[1])  # the stem of الرئيس
    assert "1s=رئيس" in features[0] and "-1s=رئيس" in features[2]
    assert not any("af" in f for f in features[0] + features[2])  # ترامب: not in this table


def test_second_pass_reads_labeled_words_and_phrases():
    lexicons = nf.Lexicons(
        labeled_types={"محفوظ": (1, 9, 0, 0, 0)},
        labeled_phrases={("نجيب", "محفوظ"): (0, 3, 0, 0, 0)},
    )
    tokens = ["قال", "الروائي", "نجيب", "محفوظ"]
    context = nf.context_features([tokens], [["O"] * len(tokens)], lexicons)[0]
    assert "lt=unseen" in context[1] and "lt=PERS:hi" in context[3]
    assert "lp=B-PERS:hi" in context[2] and "lp=I-PERS:hi" in context[3]
    assert {"-1lt=unseen", "1lt=PERS:hi"} <= set(context[2]) and "-1lp=B-PERS:hi" in context[3]


@pytest.fixture
def train_ner(monkeypatch):
    """The training script, imported as a module."""
    monkeypatch.setenv("PYTHONHASHSEED", "0")  # else the script re-executes itself
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    spec = importlib.util.spec_from_file_location("train_ner", REPO / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labeled_counts_type_words_and_phrases_by_the_gold_tags(train_ner):
    sentences = [
        [("قال", "O"), ("نجيب", "B-PERS"), ("محفوظ", "I-PERS")],
        [("محفوظ", "B-PERS"), ("في", "O"), ("القاهرة", "B-LOC")],
        [("ملف", "O"), ("نجيب", "O"), ("محفوظ", "O")],
    ]
    words, phrases = train_ner.labeled_counts(sentences)
    assert words["محفوظ"] == (1, 2, 0, 0, 0) and words["القاهره"] == (0, 0, 1, 0, 0)
    assert phrases == {("نجيب", "محفوظ"): (1, 1, 0, 0, 0)}  # one entity, one plain occurrence


def test_shipped_files_are_byte_for_byte_the_same_on_a_rewrite(train_ner, tmp_path):
    path = tmp_path / "counts.tsv.gz"
    rows = [("ترامب", 1, 2), ("شركه", 3, 0)]
    train_ner.write_tsv_gz(path, rows)
    first = path.read_bytes()
    assert first[4:8] == bytes(4)  # the gzip header's time stamp is zero
    train_ner.write_tsv_gz(path, rows)
    assert path.read_bytes() == first
    assert list(ner._tsv_rows(path)) == [["ترامب", "1", "2"], ["شركه", "3", "0"]]


def test_a_finished_build_replaces_the_shipped_files_and_leaves_the_others(train_ner, tmp_path):
    staged, shipped = tmp_path / "staged", tmp_path / "shipped"
    staged.mkdir()
    shipped.mkdir()
    for name, text in (("model", "new"), ("counts", "new")):
        (staged / name).write_text(text)
    for name in ("model", "notes"):
        (shipped / name).write_text("old")
    train_ner.publish(staged, shipped)
    assert {p.name: p.read_text() for p in shipped.iterdir()} == {"model": "new", "counts": "new", "notes": "old"}
    assert not any(staged.iterdir())
