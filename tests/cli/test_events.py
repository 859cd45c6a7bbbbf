"""`sitrep events` (the table) and `sitrep export` (every format, to a file and to stdout)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.export.records import CSV_COLUMNS
from sitrep.store import Store


@pytest.fixture
def db(tmp_path, db_url, report, make_event):
    """A database holding the made-up report and two of its events."""
    with Store.open(db_url) as store:
        store.add_document(report)
        store.replace_events(report.id, [
            make_event(report, "Government forces clashed with rebels near Exampleton on Monday, "
                               "killing three fighters.", fatalities=3),
            make_event(report, "On Tuesday an air strike hit a market in Otherville.",
                       event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                       location="Otherville", latitude=None, longitude=None, date=dt.date(2021, 3, 2)),
        ])
    return str(tmp_path / "sitrep.sqlite")


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_events_command_prints_a_table(db):
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Exampleton" in result.stdout and "Otherville" in result.stdout
    assert "Armed clash" in result.stdout


@pytest.mark.parametrize("options, shown, hidden", [
    (["--type", "Armed clash"], "Exampleton", "Otherville"),
    (["--since", "2021-03-02"], "Otherville", "Exampleton"),
    (["--bbox", "38,34,39,36"], "Exampleton", "Otherville"),
    (["--country", "syria", "--limit", "1"], "Exampleton", "Otherville"),
])
def test_events_command_filters(db, options, shown, hidden):
    result = run("events", "--db", db, *options)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout and hidden not in result.stdout


def test_events_command_says_when_nothing_matches(db):
    result = run("events", "--db", db, "--actor", "nobody at all")
    assert result.exit_code == 0 and "no events match" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("options", [["--since", "March"], ["--bbox", "1,2"], ["--type", "Skirmish"]])
def test_events_command_bad_filter_is_usage_error(db, options):
    result = run("events", "--db", db, *options)
    assert result.exit_code == 2


def test_export_command_csv_to_stdout(db):
    result = run("export", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["location"] for r in rows} == {"Exampleton", "Otherville"}
    assert {r["source"] for r in rows} == {"example.org"}


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "parquet"])
def test_export_command_writes_every_format_to_a_file(tmp_path, db, fmt):
    path = tmp_path / f"out.{fmt}"
    result = run("export", "--db", db, "--format", fmt, "--output", str(path), "--type", "Battles")
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.DictReader(path.open(newline="")))
        assert [r["location"] for r in rows] == ["Exampleton"]
    elif fmt == "json":
        assert [r["location"] for r in json.loads(path.read_text())] == ["Exampleton"]
    elif fmt == "geojson":
        features = json.loads(path.read_text())["features"]
        assert [f["properties"]["location"] for f in features] == ["Exampleton"]
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(path).column("location").to_pylist() == ["Exampleton"]
    assert "1 events" in result.stderr


def test_export_command_geojson_warns_about_events_without_coordinates(db):
    result = run("export", "--db", db, "--format", "geojson")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["features"]) == 1
    assert "1 events have no coordinates" in result.stderr


def test_export_command_unknown_format_is_usage_error(db):
    result = run("export", "--db", db, "--format", "xlsx")
    assert result.exit_code == 2 and "xlsx" in result.output


def test_events_command_shows_fused_incidents_with_their_source_count(tmp_path, db_url, make_event):
    from sitrep.model import Document
    from sitrep.store.fusion_store import fuse_stored

    with Store.open(db_url) as store:
        for name in ("one", "two"):
            document = Document(id=f"made-up-{name}", text=f"Report {name}: a clash at Exampleton on Monday.")
            store.add_document(document)
            store.replace_events(document.id, [make_event(document, fatalities=len(name))])
        fuse_stored(store)
    db = str(tmp_path / "sitrep.sqlite")
    fused = run("events", "--db", db)
    [row] = [line for line in fused.stdout.splitlines() if "Exampleton" in line]
    assert row.rstrip(" │").split()[-1] == "2"
    per_report = run("events", "--per-report", "--db", db)
    assert sum("Exampleton" in line for line in per_report.stdout.splitlines()) == 2
