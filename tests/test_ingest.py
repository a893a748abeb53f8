"""Ingest: every hostile input ends in articles or rejects with its reason."""
from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from hadath import ingest, pipeline
from hadath.records import Article, Reject
from hadath.warehouse import Warehouse

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def arabic(seed_text) -> str:
    return seed_text.split("\n")[1]


def read_one(path, **kwargs) -> Article | Reject:
    records = list(ingest.read_units(ingest.discover([str(path)]), NOW, **kwargs))
    assert len(records) == 1
    return records[0]


def test_utf8_with_sidecar_keeps_the_published_day_in_its_own_zone(tmp_path, arabic):
    (tmp_path / "a1.txt").write_text(arabic, encoding="utf-8")
    # 23:30 in UTC+4 is still the 24th where it was published (the 24th, 19:30 UTC too,
    # but 01:30+04:00 on the 25th would be the 24th in UTC: the day stays the 25th).
    (tmp_path / "a1.json").write_text(json.dumps({
        "source": "العربية", "url": "http://x/1", "title": "عنوان",
        "published": "2018-02-25T01:30:00+04:00"}), encoding="utf-8")
    article = read_one(tmp_path / "a1.txt")
    assert isinstance(article, Article)
    assert (article.doc_id, article.source, article.title, article.url) == ("a1", "العربية", "عنوان", "http://x/1")
    assert article.pub_date == dt.date(2018, 2, 25) and article.pub_date_source == "metadata"
    assert article.encoding == "utf-8" and article.text == arabic


def test_rfc2822_published_and_dateline_source(tmp_path, seed_text):
    (tmp_path / "s.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "s.json").write_text(json.dumps({"published": "Sun, 18 Feb 2018 21:35:43 +0400"}))
    article = read_one(tmp_path / "s.txt")
    assert article.pub_date == dt.date(2018, 2, 18)
    assert article.source == "شفق نيوز"  # from the dateline "شفق نيوز/ …"


def test_windows_1256_is_detected_and_decoded(tmp_path, arabic):
    (tmp_path / "legacy.txt").write_bytes(arabic.encode("cp1256", errors="ignore"))
    article = read_one(tmp_path / "legacy.txt")
    assert isinstance(article, Article), article
    assert article.encoding == "windows-1256"
    assert article.text == arabic.encode("cp1256", errors="ignore").decode("cp1256")


def test_utf16_with_bom_is_decoded(tmp_path, arabic):
    (tmp_path / "wide.txt").write_bytes(arabic.encode("utf-16"))
    article = read_one(tmp_path / "wide.txt")
    assert isinstance(article, Article) and article.encoding == "utf-16" and article.text == arabic


def test_text_is_stored_nfc(tmp_path):
    decomposed = "قال الرئيس إن " + "ا\u0653" * 3 + " الأمر انتهى في بغداد"
    (tmp_path / "nfd.txt").write_text(decomposed, encoding="utf-8")
    article = read_one(tmp_path / "nfd.txt")
    assert "\u0653" not in article.text and "آآآ" in article.text


@pytest.mark.parametrize("name,payload,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n ", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "not_text"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "not_text"),
    ("english.txt", b"The ministry said on Monday that talks would resume in Geneva.", "not_arabic"),
])
def test_hostile_files_are_rejected_with_their_reason(tmp_path, name, payload, reason):
    (tmp_path / name).write_bytes(payload)
    reject = read_one(tmp_path / name)
    assert isinstance(reject, Reject) and reject.reason == reason
    assert reject.doc_id == name[:-4] and reject.detail


def test_too_large_is_rejected_before_decoding(tmp_path, arabic):
    (tmp_path / "big.txt").write_text(arabic * 50, encoding="utf-8")
    reject = read_one(tmp_path / "big.txt", max_bytes=1000)
    assert reject.reason == "too_large" and "1000" in reject.detail


def test_broken_sidecar_is_bad_metadata(tmp_path, arabic):
    (tmp_path / "b.txt").write_text(arabic, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"published": "2018-02-25", ', encoding="utf-8")
    reject = read_one(tmp_path / "b.txt")
    assert reject.reason == "bad_metadata" and "b.json" in reject.detail


def test_feed_with_a_broken_line_keeps_its_other_lines(tmp_path, arabic):
    feed = tmp_path / "feed.jsonl.gz"
    lines = [json.dumps({"docno": "n1", "text": arabic, "time": "Sun, 18 Feb 2018 21:35:43 +0400",
                         "src": "BBC"}, ensure_ascii=False),
             '{"docno": "n2", "text": "broken',
             json.dumps({"id": "n3", "content": arabic + " أمس", "date": "2018-03-01"}, ensure_ascii=False),
             json.dumps({"url": "http://example.org/x", "body": arabic + " اليوم"}, ensure_ascii=False),
             json.dumps({"docno": "n5", "title": "no text"}),
             json.dumps({"docno": "n6", "text": ""}),
             ""]
    with gzip.open(feed, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines))
    records = list(ingest.read_units(ingest.discover([str(feed)]), NOW))
    assert [type(r).__name__ for r in records] == ["Article", "Reject", "Article", "Article", "Reject", "Reject"]
    n1, bad, n3, by_url, no_text, empty_text = records
    assert (n1.doc_id, n1.source, n1.pub_date) == ("n1", "BBC", dt.date(2018, 2, 18))
    assert bad.reason == "bad_metadata" and "line 2" in bad.detail and bad.source_path.endswith("#L2")
    assert (n3.doc_id, n3.pub_date) == ("n3", dt.date(2018, 3, 1))
    assert by_url.doc_id and by_url.doc_id != "None"
    assert no_text.reason == "bad_metadata" and no_text.doc_id == "n5"
    assert empty_text.reason == "empty" and empty_text.doc_id == "n6"


def test_the_real_news_feed_ingests_as_is(shared):
    feed = shared / "data" / "news" / "ant_v2.1.jsonl.gz"
    units = ingest.discover([str(feed)], feed_slice=300)
    records = list(ingest.read_units(units[:1], NOW))
    articles = [r for r in records if isinstance(r, Article)]
    assert len(records) == 300 and len(articles) >= 295
    assert all(a.pub_date_source == "metadata" and a.source for a in articles)
    assert units[-1].last_line == 31525


def test_missing_source_is_a_clear_error(tmp_path, run_hadath):
    result = run_hadath("run", tmp_path / "nowhere", "--warehouse", tmp_path / "wh", check=False)
    assert result.returncode != 0
    assert "source not found" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_duplicate_dated_otherwise_adds_no_rows(tmp_path, seed_text):
    # The same text twice in a feed, published on other days: one article, and
    # its events and mentions once, in the kept copy's partitions; the run
    # counts what it stored.
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"docno": doc, "text": seed_text, "published": day}, ensure_ascii=False)
                            + "\n" for doc, day in (("first", "2022-01-31"), ("again", "2022-03-15"))),
                    encoding="utf-8")
    wh = str(tmp_path / "wh")
    result = pipeline.run([str(feed)], wh)
    con = Warehouse(wh).connect()
    assert con.execute("SELECT doc_id, pub_date FROM articles").fetchall() == [("first", dt.date(2022, 1, 31))]
    for table, id_column in (("events", "event_id"), ("mentions", "mention_id")):
        rows, ids = con.execute(f"SELECT count(*), count(DISTINCT {id_column}) FROM {table}").fetchone()
        assert rows == ids > 0, table
    assert con.execute("SELECT count(*) FROM mentions WHERE pub_date <> DATE '2022-01-31'").fetchone()[0] == 0
    assert sum(result.commit.events.values()) == con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert result.commit.mentions == con.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_every_document_ends_in_articles_or_rejects(tmp_path, arabic, seed_text):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(seed_text, encoding="utf-8")
    (inbox / "copy.txt").write_text(seed_text, encoding="utf-8")  # same text, other doc_id
    (inbox / "legacy.txt").write_bytes(arabic.encode("cp1256", errors="ignore"))
    (inbox / "wide.txt").write_bytes((arabic + " أمس").encode("utf-16"))
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (inbox / "big.txt").write_text(arabic * 100, encoding="utf-8")
    (inbox / "side.txt").write_text(arabic + " اليوم", encoding="utf-8")
    (inbox / "side.json").write_text("not json", encoding="utf-8")
    with gzip.open(inbox / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"docno": "f1", "text": arabic + " غدا"}, ensure_ascii=False) + "\n{oops\n")
    wh = str(tmp_path / "wh")
    result = pipeline.run([str(inbox)], wh, max_bytes=20_000)
    con = Warehouse(wh).connect()
    accepted = {r[0] for r in con.execute("SELECT doc_id FROM articles").fetchall()}
    rejected = dict(con.execute("SELECT coalesce(doc_id, source_path), reason FROM rejects").fetchall())
    assert accepted == {"good", "legacy", "wide", "f1"} or accepted == {"copy", "legacy", "wide", "f1"}
    duplicate = ({"good", "copy"} - accepted).pop()
    assert rejected.pop(duplicate) == "duplicate"
    assert rejected == {"empty": "empty", "binary": "not_text", "big": "too_large",
                        "side": "bad_metadata", f"{inbox}/feed.jsonl.gz#L2": "bad_metadata"}
    assert result.commit.articles == 4 and sum(result.commit.rejects.values()) == 6
