"""`sitrep control` and `sitrep incidents split` on a database built by hand."""
from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.errors import QueryError
from sitrep.model import Document
from sitrep.store import Store
from sitrep.store.fusion_store import fuse_stored
from sitrep.store.incidents import fused_events


def build(db_url, make_event):
    with Store.open(db_url) as store:
        for doc_id, sub, actor1, actor2, day in (
                ("a", "Non-state actor overtakes territory", "Example Rebels", "Military Forces of Exampleland",
                 dt.date(2021, 3, 1)),
                ("b", "Government regains territory", "Military Forces of Exampleland", "Example Rebels",
                 dt.date(2021, 5, 1))):
            document = Document(id=doc_id, text=f"Report {doc_id}.", url=f"https://example.org/{doc_id}")
            store.add_document(document)
            store.replace_events(doc_id, [make_event(document, sub_event_type=sub, actor1=actor1,
                                                     actor2=actor2, date=day)])
        fuse_stored(store)


def test_control_command_lists_the_holder_at_a_date(tmp_path, db_url, make_event):
    build(db_url, make_event)
    db = str(tmp_path / "sitrep.sqlite")
    between = CliRunner().invoke(app, ["control", "--at", "2021-04-01", "--db", db])
    after = CliRunner().invoke(app, ["control", "--at", "2021-06-01", "--db", db])
    assert between.exit_code == 0, between.output
    assert "Example Rebels" in between.stdout and "https://example.org/a" in between.stdout
    assert "Military Forces of Exampleland" in after.stdout and "2021-05-01" in after.stdout


def test_control_command_bad_date_is_usage_error(tmp_path, db_url, make_event):
    build(db_url, make_event)
    result = CliRunner().invoke(app, ["control", "--at", "May", "--db", str(tmp_path / "sitrep.sqlite")])
    assert result.exit_code == 2


def test_incidents_split_command_reports_unknown_incident(tmp_path, db_url, make_event):
    build(db_url, make_event)
    result = CliRunner().invoke(app, ["incidents", "split", "in-nothing", "--db", str(tmp_path / "sitrep.sqlite")])
    assert result.exit_code == 1 and isinstance(result.exception, QueryError)
    assert "no incident" in str(result.exception)
    with Store.open(db_url) as store:
        assert len(fused_events(store)) == 2


def test_incidents_split_command_undoes_a_fusion_for_good(tmp_path, db_url, make_event):
    with Store.open(db_url) as store:
        for doc_id in ("a", "b"):
            document = Document(id=doc_id, text=f"Report {doc_id}.", url=f"https://example.org/{doc_id}")
            store.add_document(document)
            store.replace_events(doc_id, [make_event(document)])
        fuse_stored(store)
        [fused] = fused_events(store)
    db = str(tmp_path / "sitrep.sqlite")
    moved = next(e.id for e in fused.members if e.document_id == "b")
    result = CliRunner().invoke(app, ["incidents", "split", fused.incident_id, "--event", moved, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.split()[0] == fused.incident_id and len(result.stdout.split()) == 2
    with Store.open(db_url) as store:
        fuse_stored(store)  # what the next `sitrep extract` does
        assert sorted(f.source_count for f in fused_events(store)) == [1, 1]
    listed = CliRunner().invoke(app, ["events", "--db", db])
    assert listed.stdout.count("Exampleton") == 2
