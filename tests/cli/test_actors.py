"""`sitrep actors` and `sitrep knowledge check`."""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.store import Store


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def db(tmp_path, db_url, report, make_event):
    """A database with one event between a known actor and an organisation the ontology lacks."""
    with Store.open(db_url) as store:
        store.add_document(report)
        store.replace_events(report.id, [
            make_event(report, actor1="Islamic State", actor2="Zarqawi Martyrs Brigade"),
        ])
    return str(tmp_path / "sitrep.sqlite")


def test_actors_command_shows_one_actor_with_aliases_and_relations():
    result = run("actors", "YPG")
    assert result.exit_code == 0, result.output
    assert "People's Protection Units" in result.stdout
    assert "Kurdish militia YPG" in result.stdout  # an alias
    assert "part of: Syrian Democratic Forces" in result.stdout


def test_actors_command_lists_search_hits():
    result = run("actors", "hezbolla")
    assert result.exit_code == 0, result.output
    assert "Hezbollah" in result.stdout


def test_actors_command_fails_when_nothing_matches():
    result = run("actors", "qqqzzzxxx")
    assert result.exit_code == 1


def test_actors_command_shows_the_actor_events_from_the_store(db):
    result = run("actors", "Isis", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Islamic State" in result.stdout and "Exampleton" in result.stdout


def test_actors_unknown_lists_organisations_the_ontology_lacks(db):
    result = run("actors", "--unknown", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Zarqawi Martyrs Brigade" in result.stdout
    assert "Islamic State" not in result.stdout


def test_knowledge_check_passes_on_the_packaged_files():
    result = run("knowledge", "check")
    assert result.exit_code == 0, result.output
    assert "all valid" in result.stdout


def test_knowledge_check_names_the_bad_file_entry_and_field(tmp_path):
    actors, lexicons = tmp_path / "actors", tmp_path / "lexicons"
    actors.mkdir()
    lexicons.mkdir()
    source = Path(str(resources.files("sitrep.knowledge.data.lexicons")))
    for name in ("demonyms.yaml", "generic_actors.yaml"):
        shutil.copy(source / name, lexicons / name)
    (actors / "bad.yaml").write_text(yaml.safe_dump({"actors": [
        {"id": "bad-front", "name": "Bad Front", "inter": 12, "kind": "rebel",
         "description": "A made-up group.", "source": "test"}]}), encoding="utf-8")
    result = run("knowledge", "check", "--actors-dir", str(actors), "--lexicons-dir", str(lexicons))
    assert result.exit_code == 1
    assert "bad.yaml" in result.output and "bad-front" in result.output and "inter" in result.output


@pytest.mark.parametrize("args", [("actors", "--help"), ("knowledge", "check", "--help")])
def test_actor_commands_have_help(args):
    result = run(*args)
    assert result.exit_code == 0 and len(result.stdout) > 100
