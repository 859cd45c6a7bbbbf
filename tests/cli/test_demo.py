"""`sitrep demo`: the README's first command ingests and extracts the sample corpus and prints events."""
from __future__ import annotations

from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.store import Store
from sitrep.store.incidents import fused_events


def test_demo_command_prints_events_of_sample_corpus(tmp_path, db_url):
    db = str(tmp_path / "sitrep.sqlite")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "sample reports" in result.stdout
    with Store.open(db_url) as store:
        assert store.document_ids() == ["seed-000", "seed-002"]
        assert store.events(), "the sample corpus should yield events"
        fused = fused_events(store)
    # One row per incident, with its number of reports, as `sitrep events` shows by default.
    assert "sources" in result.stdout
    for incident in fused[:5]:
        row = next(line for line in result.stdout.splitlines() if incident.incident_id in line)
        assert row.rstrip(" │|").split()[-1] == str(incident.source_count)


def test_demo_command_twice_keeps_one_copy_and_the_same_events(tmp_path, db_url):
    db = str(tmp_path / "sitrep.sqlite")
    CliRunner().invoke(app, ["demo", "--db", db])
    with Store.open(db_url) as store:
        first = [e.id for e in store.events()]
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db_url) as store:
        assert store.count_documents() == 2
        assert [e.id for e in store.events()] == first
