"""`sitrep ingest`: one line per report, one line per rejected input, idempotent, exit codes."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.store import Store

CLASH = "Government forces clashed with rebels near Exampleton on Monday, killing three fighters."


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "deeper").mkdir(parents=True)
    (folder / "one.txt").write_text(CLASH)
    (folder / "deeper" / "two.json").write_text(json.dumps({"id": "two", "title": "Two", "text": "Police "
                                                            "arrested five protesters in Sometown."}))
    return folder


def ingest(*args: str):
    return CliRunner().invoke(app, ["ingest", *args])


def test_ingest_command_stores_folder_and_says_so(tmp_path, inbox, db_url):
    result = ingest(str(inbox), "--db", str(tmp_path / "sitrep.sqlite"))
    assert result.exit_code == 0, result.output
    assert "created two  Two" in result.stdout
    assert result.stdout.count("created ") == 2
    assert "2 stored, 0 already stored, 0 updated, 0 rejected" in result.stderr
    with Store.open(db_url) as store:
        assert store.count_documents() == 2


def test_ingest_command_twice_stores_once_and_says_already_stored(tmp_path, inbox, db_url):
    db = str(tmp_path / "sitrep.sqlite")
    ingest(str(inbox), "--db", db)
    (tmp_path / "copy.txt").write_text(CLASH + "\n")  # the same report under another name
    result = ingest(str(inbox), str(tmp_path / "copy.txt"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "already stored two" in result.stdout
    assert result.stdout.count("already stored") == 3
    assert "0 stored, 3 already stored" in result.stderr
    with Store.open(db_url) as store:
        assert store.count_documents() == 2


def test_ingest_command_reports_bad_inputs_and_goes_on(tmp_path, inbox, db_url, closed_port_url):
    (inbox / "broken.json").write_text('{"text": ')
    (inbox / "empty.md").write_text("")
    (inbox / "blob.txt").write_bytes(b"\x00\x01\x02\x03")
    (inbox / "big.txt").write_text(CLASH * 100)
    result = ingest(str(inbox), str(tmp_path / "absent.html"), closed_port_url,
                    "--db", str(tmp_path / "sitrep.sqlite"), "--max-bytes", "1000")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    rejected = sorted(line for line in lines if line.startswith("rejected "))
    assert len(rejected) == 6
    expected = [("broken.json", "malformed"), ("empty.md", "empty"), ("blob.txt", "binary"),
                ("big.txt", "too_large"), ("absent.html", "not_found"), (closed_port_url, "unreachable")]
    for name, reason in expected:
        assert any(name in line and f": {reason}" in line for line in rejected), (name, rejected)
    assert "2 stored, 0 already stored, 0 updated, 6 rejected" in result.stderr
    with Store.open(db_url) as store:
        assert store.count_documents() == 2


def test_ingest_command_needs_a_source():
    assert ingest().exit_code == 2
