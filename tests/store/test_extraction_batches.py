"""The batched store path (extract_stored, Store.replace_events_many) stores what one-by-one writes store."""
from __future__ import annotations

import dataclasses

import pytest

from sitrep.errors import QueryError
from sitrep.events.rules import RuleExtractor
from sitrep.model import Document
from sitrep.store import Store, extract_stored

#: Made-up reports: two with events of the kinds the rules know, one with none.
MADE_UP_TEXTS = (
    "Rebels attacked an army checkpoint near Aleppo on 3 March 2021, killing four soldiers.",
    "An air strike hit a market in Idlib on Tuesday, 9 March 2021. Seven civilians were killed.",
    "The ministry published its annual budget on Friday.",
)


def made_up_documents() -> list[Document]:
    return [Document(id=f"made-up-batch-{i}", text=text) for i, text in enumerate(MADE_UP_TEXTS)]


def event_records(store: Store) -> list[dict]:
    return sorted((e.to_record() for e in store.events()), key=lambda r: r["id"])


def test_extract_stored_batches_store_the_same_events_as_one_document_at_a_time(
        store, tmp_path, sample_documents, report, extraction_pipeline):
    documents = [*sample_documents, report, *made_up_documents()]
    extractor = RuleExtractor(extraction_pipeline)
    with Store.open(f"sqlite:///{tmp_path / 'one-by-one.sqlite'}") as reference:
        for document in documents:
            reference.add_document(document)
            reference.replace_events(document.id, extractor.extract(document),
                                     extractor=extractor.name, extractor_version=extractor.version)
        expected = event_records(reference)
    for document in documents:
        store.add_document(document)
    # Batches of two: several batches, and a last one that is short.
    summary = extract_stored(store, extractor, batch_size=2)
    assert len(expected) >= 3
    assert event_records(store) == expected
    assert (summary.documents, summary.events, summary.added) == (len(documents), len(expected), len(expected))


def test_replace_events_many_counts_and_keeps_first_seen_like_replace_events(store, report, make_event):
    other = Document(id="other", text="Police clashed with protesters near Sometown.")
    store.add_document(report)
    store.add_document(other)
    sentence = "On Tuesday an air strike hit a market in Otherville."
    kept, dropped = make_event(report), make_event(report, sentence, location="Otherville")
    store.replace_events_many([(report.id, [kept, dropped]), (other.id, [])])
    first_seen = store.event_created_at(kept.id)
    new = make_event(other, location="Sometown")
    changes = store.replace_events_many([(report.id, [kept]), (other.id, [new])], extractor="x",
                                        extractor_version="2")
    assert [(c.kept, c.added, c.removed) for c in changes] == [(1, 0, 1), (0, 1, 0)]
    assert store.event_created_at(kept.id) == first_seen
    assert sorted(e.id for e in store.events()) == sorted([kept.id, new.id])


@pytest.mark.parametrize("why", ["unknown document", "event of another document", "document twice"])
def test_replace_events_many_bad_batch_changes_nothing(store, report, make_event, why):
    store.add_document(report)
    before = make_event(report)
    store.replace_events(report.id, [before])
    after = dataclasses.replace(before, id="", fatalities=9)
    batches = {
        "unknown document": ([(report.id, [after]), ("missing", [])], QueryError),
        "event of another document": ([(report.id, [after]), (report.id + "-x", [after])], ValueError),
        "document twice": ([(report.id, [after]), (report.id, [])], ValueError),
    }
    batch, error = batches[why]
    with pytest.raises(error):
        store.replace_events_many(batch)
    assert [e.id for e in store.events()] == [before.id]
