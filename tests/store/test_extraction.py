"""extract_stored: runs an extractor over stored documents, replacing each one's events."""
from __future__ import annotations

import re

import pytest

from sitrep.errors import QueryError
from sitrep.model import Document, Event, Evidence
from sitrep.store import extract_stored

#: A toy sentence rule for the test extractor: "X clashed with Y near Z".
CLASH = re.compile(r"(?P<a>[A-Z]\w+(?: \w+)*?) clashed with (?P<b>\w+) near (?P<place>[A-Z]\w+)")


class ClashExtractor:
    """A test double of the Extractor interface: one Armed clash per "X clashed with Y near Z"."""

    name, version = "test.clash", "1"

    def __init__(self, confidence: float = 0.7) -> None:
        self.confidence = confidence
        self.calls = 0

    def extract(self, document: Document) -> list[Event]:
        self.calls += 1
        return [Event(event_type="Battles", sub_event_type="Armed clash", actor1=m["a"], actor2=m["b"],
                      location=m["place"], document_id=document.id, confidence=self.confidence,
                      evidence=Evidence(document.id, m.start(), m.end(), m.group(0)),
                      extractor=self.name, extractor_version=self.version)
                for m in CLASH.finditer(document.text)]


def test_extract_stored_stores_events_of_every_document(store, report):
    store.add_document(report)
    store.add_document(Document(id="other", text="Police clashed with protesters near Sometown."))
    seen = []
    summary = extract_stored(store, ClashExtractor(), progress=lambda done, total: seen.append((done, total)))
    assert (summary.documents, summary.events, summary.added) == (2, 2, 2)
    assert seen == [(1, 2), (2, 2)]
    assert sorted(e.location for e in store.events()) == ["Exampleton", "Sometown"]


def test_extract_stored_rerun_keeps_event_ids(store, report):
    store.add_document(report)
    extract_stored(store, ClashExtractor())
    before = [e.id for e in store.events()]
    # A new version of the extractor with other confidence: same events, same ids.
    summary = extract_stored(store, ClashExtractor(confidence=0.9))
    assert [e.id for e in store.events()] == before
    assert (summary.kept, summary.added, summary.removed) == (1, 0, 0)
    assert store.events()[0].confidence == 0.9


def test_extract_stored_only_named_documents(store, report):
    store.add_document(report)
    store.add_document(Document(id="other", text="Police clashed with protesters near Sometown."))
    extractor = ClashExtractor()
    summary = extract_stored(store, extractor, ["other"])
    assert summary.documents == 1 and extractor.calls == 1
    assert [e.document_id for e in store.events()] == ["other"]


def test_extract_stored_unknown_document_raises_before_extracting(store, report):
    store.add_document(report)
    extractor = ClashExtractor()
    with pytest.raises(QueryError, match="'missing'"):
        extract_stored(store, extractor, [report.id, "missing"])
    assert extractor.calls == 0


def test_extract_stored_with_default_extractor_finds_sample_events(store, sample_documents):
    from sitrep.events.rules import build_default_extractor

    for document in sample_documents:
        store.add_document(document)
    extractor = build_default_extractor()
    summary = extract_stored(store, extractor)
    assert summary.documents == 2 and summary.events > 0
    first = {e.id for e in store.events()}
    again = extract_stored(store, extractor)
    assert {e.id for e in store.events()} == first
    assert again.kept == summary.events and again.added == again.removed == 0
    for event in store.events():
        document = store.document(event.document_id)
        assert event.evidence is not None
        assert document.text[event.evidence.start:event.evidence.end] == event.evidence.text
