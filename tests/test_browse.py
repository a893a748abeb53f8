"""The event browser: filters reach the right rows, every event is shown with
its trigger marked in its sentence and in its article, hostile input is
refused or escaped, and the page is served by `hadath browse` to a real
browser and by Airflow's own API server through the plugin."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath import pipeline
from hadath.browse import create_app, marked
from hadath.warehouse import Warehouse

HOSTILE = ("<script>alert('x')</script> هاجم مسلحون مركزا للشرطة في مدينة درنة الليبية، "
           "الأحد، وقتلوا ثلاثة من عناصره & فروا.")


@pytest.fixture(scope="module")
def warehouse(repo, tmp_path_factory) -> str:
    inbox = tmp_path_factory.mktemp("inbox")
    for path in (repo / "seeds").glob("*"):
        if path.suffix in (".txt", ".json"):
            shutil.copy(path, inbox)
    (inbox / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    root = str(tmp_path_factory.mktemp("browse") / "wh")
    pipeline.run([str(inbox)], root)
    return root


@pytest.fixture(scope="module")
def client(warehouse) -> TestClient:
    return TestClient(create_app(warehouse))


@pytest.fixture(scope="module")
def all_events(warehouse) -> list[dict]:
    con = Warehouse(warehouse).connect()
    cursor = con.execute("SELECT * FROM events ORDER BY event_date DESC, article_id, char_start")
    return [dict(zip([d[0] for d in cursor.description], row)) for row in cursor.fetchall()]


def _events(client, **params) -> dict:
    response = client.get("/events.json", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_json_lists_every_event_in_order(client, all_events):
    got = _events(client, limit=500)
    assert got["total"] == len(all_events) > 20
    assert [e["event_id"] for e in got["events"]] == [e["event_id"] for e in all_events]


def test_each_filter_keeps_exactly_its_events(client, all_events):
    assault = _events(client, type="assault", limit=500)
    assert assault["total"] == sum(e["event_type"] == "ASSAULT" for e in all_events) > 0
    assert {e["event_type"] for e in assault["events"]} == {"ASSAULT"}

    dated = [e for e in all_events if e["event_date"] is not None]
    day = dated[len(dated) // 2]["event_date"]
    window = _events(client, start=day.isoformat(), end=day.isoformat(), limit=500)
    assert {e["event_id"] for e in window["events"]} == {e["event_id"] for e in dated if e["event_date"] == day}

    country = next(e["country_code"] for e in all_events if e["country_code"])
    by_country = _events(client, country=country.lower(), limit=500)
    assert by_country["total"] == sum(e["country_code"] == country for e in all_events)

    sure = _events(client, min_confidence=0.9, limit=500)
    assert sure["total"] == sum(e["confidence"] >= 0.9 for e in all_events)

    word = "داعش"
    found = _events(client, q=word, limit=500)
    fields = ("actor1_text", "actor1_name", "actor2_text", "actor2_name", "location_text",
              "location_name", "sentence")
    assert found["total"] == sum(any(word in (e[f] or "") for f in fields) for e in all_events) > 0


def test_pages_follow_each_other(client, all_events):
    first, second = _events(client, limit=3), _events(client, limit=3, offset=3)
    assert [e["event_id"] for e in first["events"] + second["events"]] == \
        [e["event_id"] for e in all_events[:6]]
    page = client.get("/", params={"type": "ASSAULT", "limit": 2}).text
    assert 'href="?type=ASSAULT&amp;limit=2&amp;offset=2" rel="next"' in page and 'rel="prev"' not in page


def test_each_event_is_placed_in_its_article(client, warehouse):
    con = Warehouse(warehouse).connect()
    texts = dict(con.execute("SELECT article_id, text FROM articles").fetchall())
    for e in _events(client, limit=500)["events"]:
        start = e["sentence_start"]
        assert texts[e["article_id"]][start:start + len(e["sentence"])] == e["sentence"]
        assert start <= e["char_start"] < e["char_end"] <= start + len(e["sentence"])


def test_each_sentence_marks_its_own_trigger(client, all_events):
    page = client.get("/", params={"limit": 500}).text
    assert page.count('<tr class="event"') == len(all_events)
    for e in all_events:
        row = page.split(f'data-event-id="{e["event_id"]}"', 1)[1].split("</tr>", 1)[0]
        assert f'<mark title="{e["event_type"]}">{e["trigger_text"]}</mark>' in row


def test_the_article_page_marks_every_event(client, all_events):
    article_id = max({e["article_id"] for e in all_events},
                     key=lambda a: sum(e["article_id"] == a for e in all_events))
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200
    for e in (e for e in all_events if e["article_id"] == article_id):
        assert f'<mark title="{e["event_type"]} {e["event_id"]}">' in page.text
    assert client.get("/articles/no-such-article").status_code == 404


def test_hostile_text_is_shown_escaped(client, warehouse):
    con = Warehouse(warehouse).connect()
    article_id, = con.execute("SELECT article_id FROM articles WHERE contains(text, '<script>')").fetchone()
    page = client.get(f"/articles/{article_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&amp; فروا" in page


def test_bad_parameters_are_refused_with_a_reason(client, all_events):
    wrong_type = client.get("/events.json", params={"type": "BOMBING"})
    assert wrong_type.status_code == 422 and "ASSAULT" in wrong_type.json()["detail"]
    for params in ({"start": "2018-13-40"}, {"limit": 0}, {"limit": 100_000}, {"min_confidence": 2},
                   {"offset": -1}):
        assert client.get("/", params=params).status_code == 422, params
    injected = _events(client, q="'; DROP VIEW events; --")
    assert injected["total"] == 0 and _events(client)["total"] == len(all_events)


def test_an_empty_warehouse_shows_no_events(tmp_path):
    empty = TestClient(create_app(str(tmp_path / "nothing yet")))
    assert empty.get("/events.json").json() == {"total": 0, "limit": 100, "offset": 0, "events": []}
    assert "No events match." in empty.get("/").text


def test_marked_escapes_and_skips_overlaps():
    assert marked("a<b>c", [(1, 4, 'x"y')]) == 'a<mark title="x&quot;y">&lt;b&gt;</mark>c'
    assert marked("abcdef", [(3, 5, "B"), (1, 4, "A")]) == 'a<mark title="A">bcd</mark>ef'
    assert marked("cdef", [(3, 5, "T")], offset=2) == 'c<mark title="T">de</mark>f'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}: {process.stdout.read()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} not up after {seconds} s")


def _stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _chromium() -> str | None:
    return next(filter(None, map(shutil.which, ("chromium-headless-shell", "chromium", "google-chrome"))), None)


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here (.ci/run installs chromium-headless-shell)")
def test_a_real_browser_renders_the_page_hadath_browse_serves(warehouse, all_events, tmp_path):
    port = _free_port()
    server = subprocess.Popen([str(Path(sys.executable).with_name("hadath")), "browse", "--warehouse", warehouse,
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/events.json?limit=1", server, 30)
        dom = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                              f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                              f"http://127.0.0.1:{port}/?type=ASSAULT&limit=500"],
                             capture_output=True, text=True, timeout=120).stdout
    finally:
        _stop(server)
    assault = [e for e in all_events if e["event_type"] == "ASSAULT"]
    assert dom.count('<tr class="event"') == len(assault) > 0
    assert all(f'data-event-id="{e["event_id"]}"' in dom for e in assault)
    assert dom.count("<mark") == len(assault)


def test_airflow_serves_the_browser_through_the_plugin(repo, airflow_home, warehouse, all_events):
    env = {**os.environ, "AIRFLOW__CORE__PLUGINS_FOLDER": str(repo / "plugins"), "HADATH_WAREHOUSE": warehouse}
    airflow = str(Path(sys.executable).with_name("airflow"))
    plugins = json.loads(subprocess.run([airflow, "plugins", "-o", "json"], env=env, check=True,
                                        capture_output=True, text=True).stdout)
    browser = next(p for p in plugins if p["name"] == "hadath_browser")
    assert [a["url_prefix"] for a in browser["fastapi_apps"]] == ["/hadath"]
    assert browser["external_views"][0]["href"] == "hadath/"

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([airflow, "api-server", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        _wait_for(f"{base}/api/v2/monitor/health", server, 90)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/hadath/events.json")
        password = json.loads((airflow_home / "simple_auth_manager_passwords.json.generated").read_text())["admin"]
        login = urllib.request.Request(f"{base}/auth/token", method="POST",
                                       data=json.dumps({"username": "admin", "password": password}).encode(),
                                       headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(login) as response:
            token = json.load(response)["access_token"]

        def get(path: str, **headers) -> str:
            with urllib.request.urlopen(urllib.request.Request(f"{base}/hadath/{path}", headers=headers)) as response:
                return response.read().decode("utf-8")
        served = json.loads(get("events.json?limit=500", Authorization=f"Bearer {token}"))
        page = get("", Cookie=f"_token={token}")  # the UI's session cookie, as its iframe sends it
    finally:
        _stop(server)
    assert refused.value.code == 401
    assert [e["event_id"] for e in served["events"]] == [e["event_id"] for e in all_events]
    assert page.count('<tr class="event"') == min(len(all_events), 100)
