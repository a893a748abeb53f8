"""The event browser: filters reach the right rows, every event is shown with
its trigger marked in its sentence and in its article, hostile input is
refused or escaped, and the page is served by `hadath browse` to a real
browser and by Airflow's own API server through the plugin."""
from __future__ import annotations

import contextlib
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
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest
import websockets.sync.client
from fastapi.testclient import TestClient

from hadath import pipeline
from hadath.browse import create_app, marked, web_address
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
    (inbox / "hostile.json").write_text(json.dumps({
        "title": "<img src=x onerror=alert(1)> عنوان", "source": "<b>مصدر</b>",
        "url": "javascript:fetch('/api/v2/variables')", "published": "2018-04-01T10:00:00Z"}), encoding="utf-8")
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
    assert 'href="?limit=2&amp;offset=0" rel="prev"' in client.get("/", params={"limit": 2, "offset": 2}).text
    middle = client.get("/", params={"limit": 2, "offset": 4}).text
    assert 'href="?limit=2&amp;offset=2" rel="prev"' in middle and 'href="?limit=2&amp;offset=6" rel="next"' in middle
    last = client.get("/", params={"limit": 2, "offset": len(all_events) - 2}).text
    assert 'rel="next"' not in last and last.count('<tr class="event"') == 2


def test_requests_at_once_each_get_their_own_answer(client, all_events):
    types = sorted({e["event_type"] for e in all_events})
    expected = {t: sum(e["event_type"] == t for e in all_events) for t in types}
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: (t, _events(client, type=t, limit=500)), types * 6))
    assert all(page["total"] == expected[t] == len(page["events"]) and
               {e["event_type"] for e in page["events"]} == {t} for t, page in got)


@pytest.mark.parametrize("url, link", [
    ("https://www.bbc.com/arabic/a-1", True), ("HTTP://example.org/x", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), (" javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("//evil.example/x", False), ("", False), (None, False),
])
def test_only_web_addresses_become_links(url, link):
    assert (web_address(url) is not None) == link


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


class _MarkedText(HTMLParser):
    """The text of the article element, and where each <mark> starts and ends in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marks, self._inside, self._open = "", [], False, None

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self._inside = True
        elif tag == "mark" and self._inside:
            self._open = (len(self.text), dict(attrs)["title"])

    def handle_endtag(self, tag):
        if tag == "article":
            self._inside = False
        elif tag == "mark" and self._inside:
            self.marks.append((self._open[0], len(self.text), self._open[1]))

    def handle_data(self, data):
        if self._inside:
            self.text += data


def test_the_article_page_marks_every_event_where_it_stands(client, warehouse, all_events):
    texts = dict(Warehouse(warehouse).connect().execute("SELECT article_id, text FROM articles").fetchall())
    for article_id in {e["article_id"] for e in all_events}:
        page = client.get(f"/articles/{article_id}")
        assert page.status_code == 200
        shown = _MarkedText()
        shown.feed(page.text)
        assert shown.text == texts[article_id]
        assert sorted(shown.marks) == sorted((e["char_start"], e["char_end"], f'{e["event_type"]} {e["event_id"]}')
                                             for e in all_events if e["article_id"] == article_id)
    assert client.get("/articles/no-such-article").status_code == 404


def test_hostile_text_title_and_url_are_shown_inert(client, warehouse):
    con = Warehouse(warehouse).connect()
    article_id, = con.execute("SELECT article_id FROM articles WHERE contains(text, '<script>')").fetchone()
    response = client.get(f"/articles/{article_id}")
    page = response.text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&amp; فروا" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page and "<b>" not in page
    assert 'href="javascript' not in page.replace(" ", "").lower()
    assert "default-src 'none'" in response.headers["content-security-policy"]
    listing = client.get("/", params={"q": "<b>"})  # the form echoes what was searched, escaped
    assert 'value="&lt;b&gt;"' in listing.text and "script-src" not in listing.headers["content-security-policy"]


def test_bad_parameters_are_refused_with_a_reason(client, all_events):
    wrong_type = client.get("/events.json", params={"type": "BOMBING"})
    assert wrong_type.status_code == 422 and "ASSAULT" in wrong_type.json()["detail"]
    for params in ({"start": "2018-13-40"}, {"limit": 0}, {"limit": 100_000}, {"min_confidence": 2},
                   {"offset": -1}):
        assert client.get("/", params=params).status_code == 422, params
    assert client.get("/", params={"offset": 10**19}).status_code == 422  # (past DuckDB's BIGINT)
    assert _events(client, q="'; DROP VIEW events; --")["total"] == 0


def test_a_submitted_form_with_empty_fields_filters_on_the_rest(client, all_events):
    # a browser sends every field of the form, the empty ones as ''
    response = client.get("/?start=&end=&type=ASSAULT&country=&q=&min_confidence=&limit=500")
    assert response.status_code == 200
    assert response.text.count('<tr class="event"') == sum(e["event_type"] == "ASSAULT" for e in all_events)


def test_search_folds_case_and_arabic_spellings(client):
    assert _events(client, q="الاردن")["total"] == _events(client, q="الأردن")["total"] > 0
    assert _events(client, q="islamic state")["total"] == _events(client, q="Islamic State")["total"] > 0


def test_a_page_past_the_last_says_so(client, all_events):
    page = client.get("/", params={"offset": len(all_events) + 5}).text
    assert f"No events on this page: {len(all_events)} match." in page and 'href="?offset=0"' in page


def test_no_api_documentation_is_served(client):
    assert [client.get(path).status_code for path in ("/docs", "/redoc", "/openapi.json")] == [404] * 3


def test_a_later_run_shows_on_the_next_page_load(repo, tmp_path):
    root = str(tmp_path / "wh")
    app = TestClient(create_app(root))
    assert app.get("/events.json").json()["total"] == 0  # nothing yet: the page says so
    seed, *others = sorted(p for p in (repo / "seeds").glob("*.txt"))
    pipeline.run([str(seed)], root)
    first = app.get("/events.json").json()["total"]
    pipeline.run([str(p) for p in others[:3]], root)
    assert 0 < first < app.get("/events.json").json()["total"] == \
        Warehouse(root).connect().execute("SELECT count(*) FROM events").fetchone()[0]


def test_a_warehouse_gone_from_under_the_page_shows_no_events(repo, tmp_path):
    root = tmp_path / "wh"
    pipeline.run([str(repo / "seeds" / "000_c0c2ce5c68c2b4f1.txt")], str(root))
    app = TestClient(create_app(str(root)))
    assert app.get("/events.json").json()["total"] > 0  # (the views are kept from here on)
    shutil.rmtree(root)
    assert app.get("/events.json").json()["total"] == 0 and "No events match." in app.get("/").text


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


class _Page:
    """A page of headless Chromium, driven over the DevTools protocol."""

    def __init__(self, socket):
        self.socket, self.calls = socket, 0

    def call(self, method: str, **params) -> dict:
        self.calls += 1
        self.socket.send(json.dumps({"id": self.calls, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=60))
            if message.get("id") == self.calls:
                return message["result"]

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not self.evaluate(f"document.readyState === 'complete' && ({expression})"):
            assert time.monotonic() < deadline, f"never true: {expression}"
            time.sleep(0.1)


@contextlib.contextmanager
def _browser(profile: Path) -> Iterator[_Page]:
    """Headless Chromium, to use the pages as a person would: load one, pick a
    filter in the form, submit it, follow a link."""
    process = subprocess.Popen([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                                "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        port_file, deadline = profile / "DevToolsActivePort", time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            assert time.monotonic() < deadline, "Chromium did not open its DevTools port"
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as response:
            target = next(t for t in json.load(response) if t["type"] == "page")
        with websockets.sync.client.connect(target["webSocketDebuggerUrl"], max_size=None) as socket:
            yield _Page(socket)
    finally:
        _stop(process)


def _filter_and_follow(browser: _Page, url: str, all_events: list[dict]) -> None:
    """Load the events page, pick ASSAULT in the form and submit it, then open
    the first row's article."""
    browser.call("Page.navigate", url=url)
    browser.wait_for("document.querySelectorAll('tr.event').length > 0")
    assert browser.evaluate("document.querySelectorAll('tr.event').length") == min(len(all_events), 100)
    browser.evaluate("document.querySelector('select[name=type]').value = 'ASSAULT';"
                     "document.querySelector('form.filters').submit()")
    browser.wait_for("location.search.includes('type=ASSAULT')")
    assert "start=&" in browser.evaluate("location.search")  # the empty fields were sent, and taken
    assault = [e for e in all_events if e["event_type"] == "ASSAULT"][:100]
    assert browser.evaluate("[...document.querySelectorAll('tr.event')].map(r => r.dataset.eventId)") == \
        [e["event_id"] for e in assault]
    assert browser.evaluate("[...document.querySelectorAll('tr.event mark')].map(m => m.textContent)") == \
        [e["trigger_text"] for e in assault]
    browser.evaluate("document.querySelector('tr.event td.sentence a').click()")
    browser.wait_for("location.pathname.endsWith('/articles/' + "
                     f"{json.dumps(assault[0]['article_id'])})")
    assert browser.evaluate("document.querySelectorAll('article.text mark').length") > 0


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here (.ci/run installs chromium-headless-shell)")
def test_a_person_filters_events_in_a_real_browser_on_what_hadath_browse_serves(warehouse, all_events, tmp_path):
    port = _free_port()
    server = subprocess.Popen([str(Path(sys.executable).with_name("hadath")), "browse", "--warehouse", warehouse,
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/events.json?limit=1", server, 30)
        with _browser(tmp_path / "profile") as browser:
            _filter_and_follow(browser, f"http://127.0.0.1:{port}/", all_events)
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def airflow_api(repo, airflow_home, warehouse) -> Iterator[tuple[str, str]]:
    """Airflow's own API server with the plugins folder, over the test
    warehouse: its base URL and an admin's token."""
    env = {**os.environ, "AIRFLOW__CORE__PLUGINS_FOLDER": str(repo / "plugins"), "HADATH_WAREHOUSE": warehouse}
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(Path(sys.executable).with_name("airflow")), "api-server", "--port", str(port)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              start_new_session=True)
    try:
        _wait_for(f"{base}/api/v2/monitor/health", server, 90)
        password = json.loads((airflow_home / "simple_auth_manager_passwords.json.generated").read_text())["admin"]
        login = urllib.request.Request(f"{base}/auth/token", method="POST",
                                       data=json.dumps({"username": "admin", "password": password}).encode(),
                                       headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(login) as response:
            yield base, json.load(response)["access_token"]
    finally:
        _stop(server)


def test_airflow_lists_the_plugin(repo, airflow_home, warehouse):
    env = {**os.environ, "AIRFLOW__CORE__PLUGINS_FOLDER": str(repo / "plugins"), "HADATH_WAREHOUSE": warehouse}
    plugins = json.loads(subprocess.run([str(Path(sys.executable).with_name("airflow")), "plugins", "-o", "json"],
                                        env=env, check=True, capture_output=True, text=True).stdout)
    browser = next(p for p in plugins if p["name"] == "hadath_browser")
    assert [a["url_prefix"] for a in browser["fastapi_apps"]] == ["/hadath"]
    assert browser["external_views"][0]["href"] == "hadath/"


def test_airflow_serves_the_browser_only_to_who_may_read_assets(airflow_api, all_events):
    base, token = airflow_api

    def get(path: str, **headers) -> str:
        with urllib.request.urlopen(urllib.request.Request(f"{base}/hadath/{path}", headers=headers)) as response:
            return response.read().decode("utf-8")
    for path in ("", "events.json", f"articles/{all_events[0]['article_id']}"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(path)
        assert refused.value.code == 401
    served = json.loads(get("events.json?limit=500", Authorization=f"Bearer {token}"))
    assert [e["event_id"] for e in served["events"]] == [e["event_id"] for e in all_events]


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here (.ci/run installs chromium-headless-shell)")
def test_a_person_filters_events_in_a_real_browser_inside_airflow(airflow_api, all_events, tmp_path):
    base, token = airflow_api
    with _browser(tmp_path / "profile") as browser:
        # the UI's session cookie, as the Airflow page's iframe sends it
        browser.call("Network.setCookie", name="_token", value=token, url=base)
        _filter_and_follow(browser, f"{base}/hadath/", all_events)
        assert browser.evaluate("location.pathname").startswith("/hadath/articles/")
