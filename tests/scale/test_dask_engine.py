"""The Dask engine: two local workers store the same events as one process; a bad scheduler fails clearly."""
from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from sitrep.cli.main import app
from sitrep.config import Settings
from sitrep.events.rules import RuleExtractor
from sitrep.model import Document
from sitrep.scale.dask_engine import extract_stored_dask
from sitrep.store import Store, extract_stored

#: Made-up reports beside the two seed reports: events of two kinds, and a report with none.
MADE_UP_TEXTS = (
    "Rebels attacked an army checkpoint near Aleppo on 3 March 2021, killing four soldiers.",
    "An air strike hit a market in Idlib on Tuesday, 9 March 2021. Seven civilians were killed.",
    "Protesters gathered in Homs on 5 March 2021 to demand the release of detainees.",
    "The ministry published its annual budget on Friday.",
)


def event_records(store: Store) -> list[dict]:
    return sorted((e.to_record() for e in store.events()), key=lambda r: r["id"])


def test_extract_stored_dask_two_workers_store_what_one_process_stores(
        tmp_path, sample_documents, report, extraction_pipeline, gazetteer_cache):
    documents = [*sample_documents, report,
                 *(Document(id=f"made-up-dask-{i}", text=t) for i, t in enumerate(MADE_UP_TEXTS))]
    with Store.open(f"sqlite:///{tmp_path / 'local.sqlite'}") as local:
        for document in documents:
            local.add_document(document)
        extract_stored(local, RuleExtractor(extraction_pipeline))
        expected = event_records(local)
    seen = []
    with Store.open(f"sqlite:///{tmp_path / 'dask.sqlite'}") as store:
        for document in documents:
            store.add_document(document)
        # Batches of two, so both workers get work and results come back out of order.
        summary = extract_stored_dask(store, Settings(db_url="sqlite://", cache_dir=gazetteer_cache),
                                      workers=2, batch_size=2, progress=lambda done, total: seen.append(done))
        stored = event_records(store)
    assert len(expected) >= 3
    assert stored == expected
    assert (summary.documents, summary.events) == (len(documents), len(expected))
    assert seen[-1] == len(documents)


def test_extract_command_unreachable_scheduler_fails_in_one_line(tmp_path, closed_port_url):
    address = closed_port_url.replace("http://", "tcp://").split("/report")[0]
    result = subprocess.run(
        [sys.executable, "-m", "sitrep.cli.main", "extract", "--db", str(tmp_path / "sitrep.sqlite"),
         "--engine", "dask", "--scheduler", address],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler at " + address)


def test_extract_command_scheduler_without_dask_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--db", str(tmp_path / "sitrep.sqlite"),
                                      "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


def test_extract_stored_dask_leaves_what_a_running_extraction_claimed(tmp_path, sample_documents, report,
                                                                       gazetteer_cache):
    from sitrep.events.rules import EXTRACTOR_NAME, EXTRACTOR_VERSION
    from sitrep.store.claims import claim, finish_worker, start_worker

    documents = [*sample_documents, report,
                 *(Document(id=f"made-up-dask-{i}", text=t) for i, t in enumerate(MADE_UP_TEXTS))]
    with Store.open(f"sqlite:///{tmp_path / 'dask.sqlite'}") as store:
        for document in documents:
            store.add_document(document)
        # Another `sitrep extract` is running and has claimed two reports.
        other = start_worker(store, EXTRACTOR_NAME, EXTRACTOR_VERSION)
        taken = claim(store, other, [documents[0].id, documents[1].id])
        summary = extract_stored_dask(store, Settings(db_url="sqlite://", cache_dir=gazetteer_cache),
                                      workers=1, batch_size=2)
        extracted = {e.document_id for e in store.events()}
        assert summary.documents == len(documents) - len(taken)
        assert not extracted & set(taken)
        # The other extraction was still running: it, the last to finish, fuses, not this one.
        assert summary.events > 0 and summary.incidents_created == 0
        assert finish_worker(store, other)
