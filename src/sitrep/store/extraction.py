"""Run an extractor over stored documents and store what it finds, one transaction per document."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.errors import QueryError
from sitrep.events.base import Extractor
from sitrep.store.fusion_store import fuse_stored
from sitrep.store.repository import Store

#: Called after each document with (documents done, documents in all).
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ExtractSummary:
    """What one extraction over stored documents did."""

    documents: int
    events: int  # events stored now, over all the documents
    kept: int  # events that were already stored with the same id
    added: int
    removed: int
    incidents_created: int = 0  # incidents the fusion that follows extraction founded
    incidents_joined: int = 0  # events that joined an incident already stored


def extract_stored(store: Store, extractor: Extractor, document_ids: Sequence[str] | None = None,
                   progress: ProgressCallback | None = None) -> ExtractSummary:
    """Extract events from stored documents (all, or these ids), replace each one's events, then fuse them."""
    if document_ids is None:
        ids = store.document_ids()
    else:
        ids = list(dict.fromkeys(document_ids))
        known = {d.id for d in store.documents(ids)}
        missing = [i for i in ids if i not in known]
        if missing:
            raise QueryError(f"no stored document with id {', '.join(map(repr, missing))}; "
                             "`sitrep ingest` it first")
    events = kept = added = removed = 0
    for done, document_id in enumerate(ids, 1):
        document = store.document(document_id)
        if document is None:  # deleted by another process since we listed it
            continue
        found = extractor.extract(document)
        change = store.replace_events(document_id, found, extractor=extractor.name,
                                      extractor_version=extractor.version)
        events += change.events
        kept += change.kept
        added += change.added
        removed += change.removed
        if progress is not None:
            progress(done, len(ids))
    # Fuse what changed: only events in no incident yet are matched, so this stays incremental.
    fused = fuse_stored(store)
    return ExtractSummary(documents=len(ids), events=events, kept=kept, added=added, removed=removed,
                          incidents_created=fused.created, incidents_joined=fused.joined)
