"""`sitrep extract` with no paths: extract stored reports into the database."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.errors import QueryError
from sitrep.store import Store

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "sample"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_extract_command_without_paths_extracts_stored_reports(tmp_path, db_url):
    db = str(tmp_path / "sitrep.sqlite")
    assert run("ingest", str(SAMPLE_DIR / "seed-000.json"), str(SAMPLE_DIR / "seed-002.json"),
               "--db", db).exit_code == 0
    result = run("extract", "--db", db)
    assert result.exit_code == 0, result.output
    with Store.open(db_url) as store:
        stored = store.count_events()
    assert stored > 0
    assert f"2 documents, {stored} events stored ({0} unchanged, {stored} new, 0 removed)" in result.stderr
    again = run("extract", "--db", db, "--document", "seed-000")
    assert again.exit_code == 0 and "1 documents" in again.stderr and " 0 new" in again.stderr


def test_extract_command_unknown_document_fails_clearly(tmp_path):
    result = run("extract", "--db", str(tmp_path / "sitrep.sqlite"), "--document", "missing")
    assert result.exit_code == 1
    assert isinstance(result.exception, QueryError) and "'missing'" in str(result.exception)
