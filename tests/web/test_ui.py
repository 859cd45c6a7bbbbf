"""The web UI in a real browser (Debian's chromium via Playwright) against a real `sitrep serve`.

One server for the module: it starts on a free 127.0.0.1 port over a fresh SQLite file, the
two sample reports and one made-up dated report are ingested through its API, and each test
drives one analyst flow. Screenshots go to test-artifacts/ (kept by CI, ignored by git).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SAMPLE_DIR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TOKEN = "ui-test-token"
#: How long the server may take to start, and an ingest (the first builds the pipeline) to finish.
START_TIMEOUT_S = 30
UI_TIMEOUT_MS = 30_000
#: A made-up report with a date, so the date filter has something to choose.
DATED_REPORT = {
    "title": "Clashes near Palmyra",
    "published": "2021-03-04",
    "text": "Syrian army troops clashed with Islamic State fighters near Palmyra on 2 March 2021, "
    "killing four soldiers, the army said.",
}
#: A second, made-up account of the dated report's clash, with another toll and a marked-up
#: title: fused with it, its card lists both reports and the disagreement, as text.
SECOND_ACCOUNT = {
    "title": "<i>Second</i> account of Palmyra",
    "url": "https://example.org/palmyra",
    "published": "2021-03-03",
    "text": "Islamic State militants attacked Syrian army soldiers near Palmyra on 2 March 2021, "
    "killing six soldiers, a war monitor said.",
}
#: A report whose text is markup: it must be shown as text, never run.
HOSTILE_REPORT = {
    "title": "<script>window.pwned = 1</script>Hostile <b>title</b>",
    "text": "<script>window.pwned = 2</script> Rebels attacked a police post near Idlib "
    'on 5 March 2021. <img src=x onerror="window.pwned = 3">',
}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (scripts/test.sh installs it)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _post(base: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{base}{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (localhost)
        return json.loads(response.read())  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A running `sitrep serve` with the sample corpus and one dated report; yields its base URL."""
    db = tmp_path_factory.mktemp("ui") / "sitrep.sqlite"
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "sitrep.cli.main",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--token",
        TOKEN,
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SITREP_TOKEN": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/health", timeout=2).close()  # noqa: S310
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"sitrep serve did not start: {process.stderr.read() if process.stderr else ''}"
                    ) from None
                time.sleep(0.2)
        for path in sorted(SAMPLE_DIR.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            _post(
                base,
                "/api/ingest",
                {k: record.get(k) for k in ("text", "title", "url", "source", "published")},
            )
        _post(base, "/api/ingest", DATED_REPORT)
        _post(base, "/api/ingest", SECOND_ACCOUNT)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless chromium, launched from Debian's binary."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page on the app; fails the test on any JavaScript error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(UI_TIMEOUT_MS)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(f"{server}/#/map")
    yield opened
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_ui_map_shows_clustered_events_and_opens_a_card(page: Any) -> None:
    page.wait_for_selector(".leaflet-overlay-pane path", state="attached")  # the offline basemap drew
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the world's country shapes
    page.wait_for_selector(".marker, .cluster")
    assert int(page.locator("#map").get_attribute("data-markers")) >= 3
    _shot(page, "01-map")
    page.locator(".marker, .cluster").first.click()
    if page.locator("#event-card").is_hidden():  # a cluster: it opened (spiderfied); click a marker
        page.locator(".marker").first.click()
    page.wait_for_selector("#event-card .evidence")
    card = page.locator("#event-card")
    assert card.locator(".evidence").inner_text().strip()
    assert card.locator(".sources a").count() >= 1
    _shot(page, "02-event-card")


def test_ui_filters_events_by_actor_and_by_date(page: Any) -> None:
    page.goto(page.url.replace("#/map", "#/events"))
    page.wait_for_selector("#events-table tbody tr.event-row")
    everything = page.locator("#events-table tbody tr").count()
    page.fill("#filters input[name=actor]", "Syrian Democratic Forces")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "(n) => document.querySelectorAll('#events-table tbody tr').length < n", arg=everything
    )
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < everything
    assert all("Syrian Democratic Forces" in text for text in rows.all_inner_texts())
    _shot(page, "03-filter-actor")
    page.click("#clear-filters")
    page.fill("#filters input[name=since]", "2021-03-01")
    page.fill("#filters input[name=until]", "2021-03-31")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#events-table tbody tr')].length > 0 && "
        "[...document.querySelectorAll('#events-table tbody tr td:first-child')]"
        ".every(td => td.textContent.startsWith('2021-03'))"
    )
    assert page.locator("#timeline svg rect.bar").count() >= 1
    _shot(page, "04-filter-date")


def test_ui_reads_a_report_with_highlights(page: Any) -> None:
    page.goto(page.url.replace("#/map", "#/reports"))
    page.wait_for_selector("#report-list a")
    page.locator("#report-list a", has_text="Syria, Daesh").first.click()
    page.wait_for_selector(".report-text mark.ent-actor", timeout=UI_TIMEOUT_MS)
    for kind in ("actor", "place", "evidence"):
        assert page.locator(f".report-text mark.ent-{kind}").count() >= 1, kind
    page.locator(".report-text mark.ent-evidence").first.click()
    page.wait_for_selector("#event-card .evidence")
    _shot(page, "05-report-reader")


def test_ui_ingests_a_report_with_the_token_and_shows_its_events(page: Any) -> None:
    page.goto(page.url.replace("#/map", "#/ingest"))
    page.fill("#ingest-form input[name=token]", "wrong-token")
    page.fill("#ingest-form textarea[name=text]", "Rebels shelled a village near Aleppo on 1 April 2021.")
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#ingest-result .error")
    assert "401" in page.locator("#ingest-result").inner_text()
    page.fill("#ingest-form input[name=token]", TOKEN)
    page.fill("#ingest-form input[name=title]", "Fighting near Aleppo")
    page.fill("#ingest-form input[name=published]", "2021-04-02")
    page.fill(
        "#ingest-form textarea[name=text]",
        "Syrian army forces clashed with Hayat Tahrir al-Sham fighters near Aleppo on 1 April 2021.",
    )
    page.click("#ingest-form button[type=submit]")
    page.wait_for_selector("#ingest-result .ok")
    assert page.locator("#ingest-result .ingested-events li").count() >= 1
    _shot(page, "06-ingested")
    page.goto(page.url.replace("#/ingest", "#/events"))
    page.fill("#filters input[name=actor]", "Hayat Tahrir al-Sham")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#events-table tbody tr')]"
        ".some(tr => tr.textContent.includes('Hayat Tahrir al-Sham'))"
    )
    _shot(page, "07-ingested-in-table")


def test_ui_shows_report_markup_as_text(page: Any, server: str) -> None:
    stored = _post(server, "/api/ingest", HOSTILE_REPORT)
    page.goto(f"{server}/#/reports/{stored['document_id']}")
    page.wait_for_selector(".report-title")
    assert page.locator(".report-title").inner_text() == HOSTILE_REPORT["title"]
    assert "<script>window.pwned = 2</script>" in page.locator(".report-text").inner_text()
    assert page.locator(".reader script, .reader img, .reader b, #report-list script").count() == 0
    assert page.evaluate("() => window.pwned") is None
    _shot(page, "08-markup-as-text")


def test_ui_control_view_answers_for_a_date(page: Any) -> None:
    page.goto(page.url.replace("#/map", "#/control"))
    page.fill("#control-date", "2021-03-05")
    page.dispatch_event("#control-date", "change")
    page.wait_for_selector("#control-result p, #control-result table")
    assert page.locator("#control-result .error").count() == 0
    _shot(page, "09-control")


def test_ui_card_of_a_fused_event_lists_its_reports_and_disagreements(page: Any) -> None:
    page.goto(page.url.replace("#/map", "#/events"))
    page.fill("#filters input[name=text]", "Palmyra")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#events-table tbody tr.event-row')]"
        ".some(tr => tr.textContent.includes('Palmyra'))"
    )
    page.locator("#events-table tbody tr.event-row", has_text="Palmyra").first.click()
    page.wait_for_selector("#event-card .incident")
    card = page.locator("#event-card")
    assert card.locator(".incident").get_attribute("data-source-count") == "2"
    assert card.locator(".sources li").count() == 2
    assert SECOND_ACCOUNT["title"] in card.locator(".sources").inner_text()
    assert card.locator(".sources i, .sources script").count() == 0
    assert card.locator(".sources a.source-url").get_attribute("href") == SECOND_ACCOUNT["url"]
    disagreement = card.locator("table.conflicts").inner_text()
    assert "fatalities" in disagreement and "kept 4:" in disagreement
    assert f"6 ({SECOND_ACCOUNT['title']})" in disagreement
    _shot(page, "10-fused-card")


def test_ui_map_and_list_show_a_fused_incident_once_with_its_source_count(page: Any) -> None:
    # The dated report and its second account tell one clash: one marker, one row, two reports.
    page.fill("#filters input[name=text]", "Palmyra")
    page.fill("#filters input[name=since]", "2021-03-01")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelector('#map').dataset.reports === '2'")
    assert page.locator("#map").get_attribute("data-markers") == "1"
    page.goto(page.url.replace("#/map", "#/events"))
    # Wait for the filtered listing itself, not the first rows drawn (which may be unfiltered).
    page.wait_for_function("() => document.querySelector('#match-count')?.innerText === '1 incident matches'")
    rows = page.locator("#events-table tbody tr.event-row")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-source-count") == "2"
    assert page.locator("#match-count").inner_text() == "1 incident matches"
    _shot(page, "11-fused-once")
