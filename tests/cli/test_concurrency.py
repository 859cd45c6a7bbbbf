"""Two `sitrep` processes on one database at once: nothing lost, nothing stored twice.

Each test starts two real `sitrep` processes on the same database (a SQLite file, then a
PostgreSQL schema) and compares what they stored together with what one process stores alone.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sitrep.events.rules import RuleExtractor
from sitrep.store import Store, extract_stored
from sitrep.store.ingestion import ingest_sources
from sitrep.store.tables import DocumentFingerprintRow, IncidentEventRow

#: Long enough for a process to load the extraction pipeline and code every report on a slow,
#: busy machine; a hung process fails the test instead of hanging the suite.
PROCESS_TIMEOUT_SECONDS = 300

#: Made-up reports, one per place, so the two processes contend over many documents.
PLACES = ("Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Daraa", "Latakia", "Tartus", "Palmyra", "Manbij")
REPORT = ("{place}: Syrian government forces clashed with Islamic State fighters near {place} on Monday, "
          "killing {dead} fighters, a monitoring group said. On Tuesday an air strike hit a market in "
          "{other}, killing {civilians} civilians.")

both_databases = pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """A folder with the two seed reports and ten made-up ones."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("seed-000.json", "seed-002.json"):
        (folder / name).write_text(resources.files("sitrep.sample").joinpath(name).read_text(encoding="utf-8"),
                                   encoding="utf-8")
    for number, place in enumerate(PLACES):
        text = REPORT.format(place=place, other=PLACES[(number + 1) % len(PLACES)], dead=number + 2,
                             civilians=number + 3)
        published = dt.date(2021, 3, 1 + number).isoformat()
        (folder / f"made-up-{number:02}.json").write_text(json.dumps(
            {"id": f"made-up-{number:02}", "title": f"Fighting near {place}", "published": published,
             "text": text}), encoding="utf-8")
    return folder


def db_option(db_url: str) -> str:
    """What `--db` takes for this database: the SQLite file's path, or the URL itself."""
    return db_url.removeprefix("sqlite:///")


def run_twice_at_once(*args: str) -> list[subprocess.CompletedProcess[str]]:
    """Start two `sitrep` processes with these arguments at the same time; wait for both."""
    command = [sys.executable, "-m", "sitrep.cli.main", *args]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    finished = []
    for process in processes:
        try:
            stdout, stderr = process.communicate(timeout=PROCESS_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            for other in processes:
                other.kill()
            raise
        finished.append(subprocess.CompletedProcess(command, process.returncode, stdout, stderr))
    for result in finished:
        assert result.returncode == 0, result.stderr
    return finished


def incidents(store: Store) -> set[frozenset[str]]:
    """The stored incidents, each as the set of its events' ids."""
    members: dict[str, set[str]] = defaultdict(set)
    with store.engine.connect() as connection:
        for incident_id, event_id in connection.execute(select(IncidentEventRow.incident_id,
                                                               IncidentEventRow.event_id)):
            members[incident_id].add(event_id)
    return {frozenset(events) for events in members.values()}


@both_databases
def test_concurrency_two_ingests_store_each_report_once(db_url, reports):
    # The database does not exist yet: both processes also race to create its schema.
    first, second = run_twice_at_once("ingest", str(reports), "--db", db_option(db_url), "--quiet")
    created = [line.split()[1] for result in (first, second) for line in result.stdout.splitlines()
               if line.startswith("created ")]
    already = [line.split()[2] for result in (first, second) for line in result.stdout.splitlines()
               if line.startswith("already stored ")]
    expected = sorted(p.stem for p in reports.iterdir())
    assert sorted(created) == expected
    assert sorted(already) == expected
    with Store.open(db_url) as store, store.engine.connect() as connection:
        assert store.document_ids() == expected
        assert connection.scalar(select(func.count()).select_from(DocumentFingerprintRow)) == len(expected)


@both_databases
def test_concurrency_two_extracts_store_what_one_would(db_url, reports, tmp_path, extraction_pipeline):
    with Store.open(f"sqlite:///{tmp_path / 'alone.sqlite'}") as alone:
        list(ingest_sources(alone, [str(reports)]))
        extract_stored(alone, RuleExtractor(extraction_pipeline))
        expected_events = {e.id: e for e in alone.events()}
        expected_incidents = incidents(alone)
    assert expected_events, "the reports state events"
    with Store.open(db_url) as store:
        list(ingest_sources(store, [str(reports)]))
    run_twice_at_once("extract", "--db", db_option(db_url), "--quiet")
    with Store.open(db_url) as store:
        assert {e.id: e for e in store.events()} == expected_events
        # Every event is in exactly one incident, and the incidents are those of one process alone.
        assert incidents(store) == expected_incidents
