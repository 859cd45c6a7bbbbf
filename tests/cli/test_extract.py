"""`sitrep extract` in file mode: gold-shaped files in, score.py-ready JSON lines out."""
import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli.main import app

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture()
def sample_dir(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("seed-000.json", "seed-002.json"):
        source = resources.files("sitrep.sample").joinpath(name)
        (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_extract_file_mode_writes_one_line_per_document(sample_dir, tmp_path):
    output = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", str(sample_dir), "--format", "jsonl", "--output", str(output)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["seed-000", "seed-002"]
    texts = {p.stem: json.loads(p.read_text())["text"] for p in sample_dir.glob("*.json")}
    for line in lines:
        assert line["events"], "each seed report states at least one event"
        for event in line["events"]:
            assert event["evidence"] in texts[line["id"]]
            start, end = event["evidence_start"], event["evidence_end"]
            assert texts[line["id"]][start:end] == event["evidence"]
            assert 0.0 <= event["confidence"] <= 1.0
            assert event["extractor"] and event["extractor_version"]
        ids = [e["id"] for e in line["events"]]
        assert len(ids) == len(set(ids))


def test_extract_file_mode_is_deterministic(sample_dir, tmp_path):
    runner = CliRunner()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for out in (first, second):
        assert runner.invoke(app, ["extract", str(sample_dir), "--output", str(out), "-q"]).exit_code == 0
    assert first.read_text() == second.read_text()


def test_extract_file_mode_rejects_a_missing_path_and_goes_on(sample_dir, tmp_path):
    output = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", str(sample_dir), str(tmp_path / "nope"), "--output", str(output)])
    assert result.exit_code == 1
    assert "nope" in result.output and "not_found" in result.output
    assert len(output.read_text().splitlines()) == 2


def test_extract_file_mode_rejects_malformed_json(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json")
    result = CliRunner().invoke(app, ["extract", str(folder), "--output", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "broken.json" in result.output and "malformed" in result.output


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(), reason="../shared/tools/score.py is absent")
def test_extract_output_is_scored_by_score_py(tmp_path):
    gold = tmp_path / "gold" / "dev"
    gold.mkdir(parents=True)
    for name in ("seed-000.json", "seed-002.json"):
        shutil.copy(SHARED / "gold" / "dev" / name, gold / name)
    shutil.copy(SHARED / "gold" / "actors.yaml", tmp_path / "gold" / "actors.yaml")
    output = tmp_path / "pred.jsonl"
    assert CliRunner().invoke(app, ["extract", str(gold), "--output", str(output), "-q"]).exit_code == 0
    scores = tmp_path / "scores.json"
    subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(output),
                    "--json", str(scores)], check=True, capture_output=True)
    result = json.loads(scores.read_text())
    assert result["documents"] == 2
    assert result["counts"]["pred"] > 0
    # The two seed reports are the ones sitrep was built for: it must find most of their events.
    assert result["detection"]["recall"] >= 0.5
