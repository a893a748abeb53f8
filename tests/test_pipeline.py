"""The whole pipeline over the seeds folder: what lands in the warehouse."""
from __future__ import annotations

import datetime as dt

import pytest

from hadath import pipeline
from hadath.warehouse import Warehouse


@pytest.fixture(scope="module")
def seeded(repo, tmp_path_factory):
    root = str(tmp_path_factory.mktemp("wh"))
    result = pipeline.run([str(repo / "seeds")], root)
    return Warehouse(root).connect(), result


def test_every_seed_is_an_article(seeded, repo):
    con, result = seeded
    assert result.commit.articles == len(list((repo / "seeds").glob("*.txt")))
    assert con.execute("SELECT count(*) FROM rejects").fetchone() == (0,)


def test_the_seed_publication_day_is_inferred_from_its_text(seeded):
    con, _ = seeded
    row = con.execute("SELECT pub_date, pub_date_source, source FROM articles "
                      "WHERE doc_id = '000_c0c2ce5c68c2b4f1'").fetchone()
    assert row == (dt.date(2022, 1, 31), "inferred", "شفق نيوز")


def test_every_mention_slices_back_to_its_text(seeded):
    con, _ = seeded
    rows = con.execute("SELECT a.text, m.char_start, m.char_end, m.text, m.entity_type "
                       "FROM mentions m JOIN articles a USING (article_id)").fetchall()
    assert {r[4] for r in rows} >= {"DATE", "NUMBER", "PERS", "ORG", "LOC"}
    bad = [(r[3], r[1], r[2]) for r in rows if r[0][r[1]:r[2]] != r[3]]
    assert bad == []


def test_ner_mentions_carry_the_names_the_dictionaries_know(seeded):
    con, _ = seeded
    rows = con.execute("SELECT entity_type, canonical_name FROM mentions WHERE source = 'ner' "
                       "AND text IN ('برايس', 'داعش', 'الحسكة')").fetchall()
    assert set(rows) == {("PERS", "Ned Price"), ("ORG", "Islamic State"), ("LOC", "Al Hasakah")}


def test_every_event_traces_back_to_its_trigger_and_sentence(seeded):
    con, _ = seeded
    rows = con.execute("SELECT a.text, e.char_start, e.char_end, e.trigger_text, e.sentence, e.event_id "
                       "FROM events e JOIN articles a USING (article_id)").fetchall()
    assert len(rows) >= 20
    for text, start, end, trigger, sentence, _ in rows:
        assert text[start:end] == trigger
        occurrences = [i for i in range(len(text)) if text.startswith(sentence, i)]
        assert any(i <= start and end <= i + len(sentence) for i in occurrences), (trigger, sentence)
    assert len({r[5] for r in rows}) == len(rows)


def test_events_follow_the_contract(seeded):
    con, _ = seeded
    rows = con.execute("SELECT event_type, quad_class, plover_score, confidence, date_source, "
                       "extractor_version, typeof(event_date) FROM events").fetchall()
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    quads = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
    for event_type, quad, score, confidence, date_source, version, date_type in rows:
        assert event_type in types and quad in quads and -10 <= score <= 10 and 0 <= confidence <= 1
        assert date_source in {"explicit", "relative", "publication"}
        assert version == pipeline.extractor_version() and date_type == "DATE"


def test_the_seed_events_are_placed_in_hasakah(seeded):
    con, _ = seeded
    rows = con.execute("SELECT e.country_code, e.admin1, e.latitude FROM events e JOIN articles a "
                       "USING (article_id) WHERE a.doc_id = '000_c0c2ce5c68c2b4f1' "
                       "AND e.event_type = 'ASSAULT'").fetchall()
    assert rows and all(r[0] == "SYR" for r in rows)
    assert any(r[1] and "Hasakah" in r[1] and r[2] is not None for r in rows)


def test_an_article_that_breaks_a_stage_becomes_a_reject_and_the_batch_goes_on(tmp_path, repo, monkeypatch):
    def fragile(x):  # fault injection: a stage that fails on one real article
        if x.article.doc_id == "000_c0c2ce5c68c2b4f1":
            raise ValueError("unexpected token")
    monkeypatch.setattr(pipeline, "EXTRACTION_STAGES", (*pipeline.EXTRACTION_STAGES, ("fragile", fragile)))
    root = str(tmp_path / "wh")
    result = pipeline.run([str(repo / "seeds")], root)
    con = Warehouse(root).connect()
    assert con.execute("SELECT doc_id, reason, detail FROM rejects").fetchall() == [
        ("000_c0c2ce5c68c2b4f1", "extraction_failed", "ValueError: unexpected token")]
    assert result.commit.articles == len(list((repo / "seeds").glob("*.txt"))) - 1
    assert con.execute("SELECT count(*) FROM mentions m JOIN articles a USING (article_id) "
                       "WHERE a.doc_id LIKE '000_%'").fetchone() == (0,)
