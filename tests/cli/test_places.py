"""`sitrep places NAME`: the gazetteer's candidates with their scores."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app


@pytest.fixture
def env(gazetteer_cache: Path, gazetteer: object) -> dict[str, str]:
    """Point the CLI at the test suite's gazetteer cache (built once by the fixture)."""
    return {"SITREP_CACHE_DIR": str(gazetteer_cache)}


def test_places_json_lists_candidates_best_first(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["places", "Palmyra", "--json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["country"] == "Syria"
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert {"name", "admin1", "latitude", "longitude", "geo_precision", "source", "id"} <= set(rows[0])


def test_places_country_option_reorders_candidates(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["places", "Donetsk", "--json", "--country", "Russia"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["country"] == "Russia"


def test_places_table_shows_the_name(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["places", "Hajin"], env=env)
    assert result.exit_code == 0 and "Candidates for 'Hajin'" in result.stdout


def test_places_unknown_name_exits_1(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["places", "Qwxzvbnrt"], env=env)
    assert result.exit_code == 1
    assert "no gazetteer entry" in result.output


def test_places_unknown_country_is_a_usage_error(env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["places", "Hajin", "--country", "Atlantis"], env=env)
    assert result.exit_code == 2
