"""Extraction claims: concurrent extractions split the documents; later ones redo them all."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select, update

from sitrep.events.rules import RuleExtractor
from sitrep.model import Document, Event
from sitrep.store import ExtractSummary, Store, extract_stored
from sitrep.store.claims import STALE_WORKER_SECONDS, claim, finish_worker, start_worker
from sitrep.store.tables import ExtractionRunRow, ExtractionWorkerRow, IncidentEventRow

PLACES = ("Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Daraa")
REPORT = ("Syrian government forces clashed with Islamic State fighters near {place} on Monday, "
          "killing {dead} fighters, a monitoring group said.")


def made_up_documents() -> list[Document]:
    return [Document(id=f"claims-{n:02}", text=REPORT.format(place=place, dead=n + 2), published=dt.date(2021, 3, 2))
            for n, place in enumerate(PLACES)]


class StartsAnotherExtraction:
    """The rule extractor, which starts a second extraction of the same store once, mid-way through its own."""

    def __init__(self, extractor: RuleExtractor, store: Store, batch_size: int) -> None:
        self.extractor, self.store, self.batch_size = extractor, store, batch_size
        self.name, self.version = extractor.name, extractor.version
        self.other: ExtractSummary | None = None

    def extract(self, document: Document) -> list[Event]:
        if self.other is None:
            self.other = extract_stored(self.store, self.extractor, batch_size=self.batch_size)
        return self.extractor.extract(document)


def incidents(store: Store) -> set[frozenset[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    with store.engine.connect() as connection:
        for incident_id, event_id in connection.execute(select(IncidentEventRow.incident_id,
                                                               IncidentEventRow.event_id)):
            members[incident_id].add(event_id)
    return {frozenset(events) for events in members.values()}


def extractions_per_document(store: Store) -> Counter[str]:
    with store.engine.connect() as connection:
        return Counter(connection.scalars(select(ExtractionRunRow.document_id)))


def test_extract_stored_concurrent_extractions_split_the_documents(store, tmp_path, extraction_pipeline):
    documents = made_up_documents()
    extractor = RuleExtractor(extraction_pipeline)
    with Store.open(f"sqlite:///{tmp_path / 'alone.sqlite'}") as alone:
        for document in documents:
            alone.add_document(document)
        extract_stored(alone, extractor, batch_size=2)
        expected_events = {e.id: e for e in alone.events()}
        expected_incidents = incidents(alone)
    assert expected_events, "the reports state events"
    for document in documents:
        store.add_document(document)
    # The first extraction claims its first batch, then a second one starts and takes the rest.
    first = StartsAnotherExtraction(extractor, store, batch_size=2)
    summary = extract_stored(store, first, batch_size=2)
    second = first.other
    assert second is not None
    assert (summary.documents, second.documents) == (2, len(documents) - 2)
    # Each document was extracted once, by one of them; together they stored what one would.
    assert extractions_per_document(store) == Counter({d.id: 1 for d in documents})
    assert {e.id: e for e in store.events()} == expected_events
    # The second finished while the first still ran: the first, finishing last, fused them all.
    assert second.incidents_created == 0 and summary.incidents_created == len(expected_incidents)
    assert incidents(store) == expected_incidents


def test_extract_stored_after_another_finished_extracts_everything_again(store, extraction_pipeline):
    documents = made_up_documents()
    for document in documents:
        store.add_document(document)
    extractor = RuleExtractor(extraction_pipeline)
    extract_stored(store, extractor)
    again = extract_stored(store, extractor)
    assert again.documents == len(documents) and again.kept == again.events > 0
    assert extractions_per_document(store) == Counter({d.id: 2 for d in documents})


def test_claim_leaves_out_what_a_running_worker_claimed_unless_its_text_changed(store):
    documents = made_up_documents()
    for document in documents:
        store.add_document(document)
    ids = [d.id for d in documents]
    first, second = start_worker(store, "rules", "1"), start_worker(store, "rules", "1")
    assert claim(store, first, ids[:3]) == ids[:3]
    assert claim(store, second, ids) == ids[3:]
    # Another extractor version does not count on the first one's work.
    assert claim(store, start_worker(store, "rules", "2"), ids[:1]) == ids[:1]
    # A re-ingested text is new work, whoever claimed the old one.
    store.add_document(dataclasses.replace(documents[1], text=documents[1].text + " More later.", content_hash=""))
    assert claim(store, second, ids[1:3]) == [ids[1]]


def test_claim_takes_over_from_a_worker_that_stopped_being_seen(store):
    documents = made_up_documents()
    for document in documents:
        store.add_document(document)
    ids = [d.id for d in documents]
    gone, alive = start_worker(store, "rules", "1"), start_worker(store, "rules", "1")
    claim(store, gone, ids)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=STALE_WORKER_SECONDS + 60)
    with store.engine.begin() as connection:
        connection.execute(update(ExtractionWorkerRow).where(ExtractionWorkerRow.id == gone.id)
                           .values(seen_at=long_ago))
    assert claim(store, alive, ids) == ids
    # With the dead one out of the way, the live one is the last: it fuses.
    assert finish_worker(store, alive) is True


def test_finish_worker_is_last_only_when_no_other_runs(store):
    first, second = start_worker(store, "rules", "1"), start_worker(store, "rules", "1")
    assert finish_worker(store, first) is False
    assert finish_worker(store, second) is True


def test_finish_worker_forgets_workers_no_running_one_can_be_held_back_by(store, extraction_pipeline):
    extractor = RuleExtractor(extraction_pipeline)
    for document in made_up_documents()[:2]:
        store.add_document(document)
    running = start_worker(store, extractor.name, extractor.version)  # started before the others
    extract_stored(store, extractor)
    extract_stored(store, extractor)
    with store.engine.connect() as connection:
        kept = set(connection.scalars(select(ExtractionWorkerRow.id)))
    # Both finished after `running` started: their claims still hold it back, so they stay.
    assert len(kept) == 3 and running.id in kept
    assert finish_worker(store, running)
    with store.engine.connect() as connection:
        assert list(connection.scalars(select(ExtractionWorkerRow.id))) == []
