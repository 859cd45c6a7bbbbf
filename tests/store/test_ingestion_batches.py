"""Batched ingest (`ingest_sources`) stores what storing each report in its own transaction stores."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import SAMPLE_DIR, SHARED_DIR

from sitrep.errors import InputRejected
from sitrep.ingest.sources import read_sources
from sitrep.store import Added, Store
from sitrep.store.fusion_store import record_fingerprint
from sitrep.store.ingestion import ingest_sources
from sitrep.store.tables import DocumentFingerprintRow, DocumentLinkRow, DocumentRow

ORIGINAL = ("Government forces clashed with rebels near Exampleton on Monday, killing three fighters, "
            "a local official said. The fighting began at dawn when rebel units attacked an army "
            "checkpoint on the road to Otherville. Residents reported heavy gunfire for several hours.")
OTHER = "An air strike hit a market in Sampletown on Tuesday. Seven civilians were killed, medics said."


COPY = "By Example Wire.\n\n" + ORIGINAL + "\n\nAll rights reserved. Copying this wire story is forbidden."


def made_up_records() -> list[dict]:
    """Reports that meet each other inside one batch: copies, a repeated text, a revised id."""
    return [
        {"id": "original", "text": ORIGINAL},
        {"id": "other", "text": OTHER},
        {"id": "copy", "text": COPY},
        # Nearer the copy than the original (it keeps the copy's footer): linked to the original.
        {"id": "copy-of-copy", "text": "Example Daily.\n\n" + COPY},
        {"id": "same-text", "text": OTHER},  # stored already, under "other"
        {"id": "other", "text": OTHER + " The toll rose to nine on Wednesday."},  # a revision
        {"id": "back", "text": OTHER},  # the text "other" had before its revision, now free again
    ]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """The seed reports, the made-up ones (one JSON Lines file), a bad file and, when present, the dev reports."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    for seed in sorted(SAMPLE_DIR.glob("*.json")):
        shutil.copy(seed, folder / seed.name)
    (folder / "made-up.jsonl").write_text("\n".join(json.dumps(r) for r in made_up_records()), encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    sources = [str(folder)]
    dev = SHARED_DIR / "gold" / "dev"
    if dev.is_dir():  # real reports, read at run time; the made-up ones alone still test the batching
        sources.append(str(dev))
    return sources


def outcome(item) -> tuple:
    if isinstance(item, InputRejected):
        return ("rejected", str(item))
    return (item.added, item.document.id, item.submitted_id, item.duplicate_of)


def stored_state(store: Store) -> tuple:
    with store.engine.connect() as connection:
        return (sorted(connection.execute(select(DocumentRow.id, DocumentRow.content_hash, DocumentRow.text))),
                sorted(connection.execute(select(DocumentFingerprintRow.document_id,
                                                 DocumentFingerprintRow.signature))),
                sorted(connection.execute(select(DocumentLinkRow.document_id, DocumentLinkRow.duplicate_of,
                                                 DocumentLinkRow.similarity))))


def one_by_one(store: Store, sources: list[str]) -> list[tuple]:
    """The reference: each report in its own transaction, compared with the signatures in the store."""
    outcomes = []
    for item in read_sources(sources):
        if isinstance(item, InputRejected):
            outcomes.append(("rejected", str(item)))
            continue
        document, added = store.add_document(item)
        found = record_fingerprint(store, document) if added is not Added.UNCHANGED else None
        outcomes.append((added, document.id, item.id, found.document_id if found else None))
    return outcomes


@pytest.mark.parametrize("batch_size", [1, 3, 200])
def test_ingest_sources_batches_store_what_one_report_at_a_time_stores(store, tmp_path, inputs, batch_size):
    with Store.open(f"sqlite:///{tmp_path / 'one-by-one.sqlite'}") as reference:
        expected = one_by_one(reference, inputs)
        expected_state = stored_state(reference)
    seen: list[tuple[int, int]] = []
    got = [outcome(item) for item in ingest_sources(store, inputs, batch_size=batch_size,
                                                   progress=lambda done, total: seen.append((done, total)))]
    assert got == expected
    assert stored_state(store) == expected_state
    # The batch really met its hard cases: a copy, a copy of a copy, a repeated text, a revision.
    made_up = {o[2]: o for o in got if o[0] != "rejected"}
    assert made_up["copy"][3] == made_up["copy-of-copy"][3] == "original"
    assert made_up["same-text"][:2] == (Added.UNCHANGED, "other")
    assert any(o[:2] == (Added.UPDATED, "other") for o in got)
    assert made_up["back"][0] is Added.CREATED
    # Progress is reported once per input, in order, whatever the batch size.
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1)) and seen[-1][0] == seen[-1][1]


def test_ingest_sources_rejects_a_batch_size_below_one(store, tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        list(ingest_sources(store, [str(tmp_path)], batch_size=0))
