"""Run an extractor over stored documents and store what it finds, one transaction per batch.

A batch of documents is read with one query, extracted, and its events written with bulk
inserts in one transaction (all of the batch's events are stored or none change), so the
store costs a few statements per batch rather than per document. Fusion runs once at the end.

Each batch is claimed first (`sitrep.store.claims`): two `sitrep extract` processes started
together split the documents between them instead of both extracting all of them, and the
last of them to finish fuses the events of both.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from sitrep.errors import QueryError
from sitrep.events.base import Extractor
from sitrep.model import Event
from sitrep.store.claims import ClaimedRun
from sitrep.store.fusion_store import FusionSummary, fuse_stored
from sitrep.store.repository import Replacement, Store

#: Called after each document is extracted with (documents done, documents in all).
ProgressCallback = Callable[[int, int], None]

#: Documents per read and per write transaction. Measured on 2,000-character reports into
#: SQLite: 1 -> 200 cuts the store's share of the time from ~15% to ~1%; beyond 200 nothing
#: more is gained, and a failed batch has more to redo.
DEFAULT_BATCH_SIZE = 200


@dataclass(frozen=True)
class ExtractSummary:
    """What one extraction over stored documents did, and where its time went."""

    documents: int
    events: int  # events stored now, over all the documents
    kept: int  # events that were already stored with the same id
    added: int
    removed: int
    incidents_created: int = 0  # incidents the fusion that follows extraction founded
    incidents_joined: int = 0  # events that joined an incident already stored
    read_seconds: float = 0.0  # reading the documents from the store
    extract_seconds: float = 0.0  # the extractor itself (wall time of the workers' results, with Dask)
    write_seconds: float = 0.0  # writing the events
    fuse_seconds: float = 0.0  # fusing them into incidents


@dataclass
class ExtractionTally:
    """Adds up what each batch's write changed and how long each stage took, for the summary."""

    changes: list[Replacement] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("read", "extract", "write"), 0.0))

    def write(self, store: Store, found: Sequence[tuple[str, Sequence[Event]]], extractor: str,
              extractor_version: str) -> None:
        """Store one batch of (document id, events) in one transaction and count what changed."""
        started = time.perf_counter()
        self.changes.extend(store.replace_events_many(found, extractor=extractor,
                                                      extractor_version=extractor_version))
        self.seconds["write"] += time.perf_counter() - started

    def finish(self, store: Store, documents: int, fuse: bool = True) -> ExtractSummary:
        """Fuse the new events into incidents (unless `fuse` is False) and summarise the whole run."""
        started = time.perf_counter()
        # Only events in no incident yet are matched, so this stays incremental.
        fused = fuse_stored(store) if fuse else FusionSummary(events=0, joined=0, created=0, removed=0)
        fuse_seconds = time.perf_counter() - started
        return ExtractSummary(
            documents=documents, events=sum(c.events for c in self.changes),
            kept=sum(c.kept for c in self.changes), added=sum(c.added for c in self.changes),
            removed=sum(c.removed for c in self.changes),
            incidents_created=fused.created, incidents_joined=fused.joined,
            read_seconds=self.seconds["read"], extract_seconds=self.seconds["extract"],
            write_seconds=self.seconds["write"], fuse_seconds=fuse_seconds)


def batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ids_to_extract(store: Store, document_ids: Sequence[str] | None) -> list[str]:
    """The stored ids to extract: all of them, or these (each once), failing if one is not stored."""
    if document_ids is None:
        return store.document_ids()
    ids = list(dict.fromkeys(document_ids))
    known = {d.id for d in store.documents(ids)}
    missing = [i for i in ids if i not in known]
    if missing:
        raise QueryError(f"no stored document with id {', '.join(map(repr, missing))}; "
                         "`sitrep ingest` it first")
    return ids


def extract_stored(store: Store, extractor: Extractor, document_ids: Sequence[str] | None = None,
                   progress: ProgressCallback | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> ExtractSummary:
    """Extract events from stored documents (all, or these ids), replace each one's events, then fuse them.

    Documents a concurrent extraction has claimed are left to it; the summary counts the
    documents this one extracted. The last extraction to finish fuses.
    """
    ids = ids_to_extract(store, document_ids)
    tally = ExtractionTally()
    done = extracted = 0
    with ClaimedRun(store, extractor.name, extractor.version) as run:
        for batch in batched(ids, batch_size):
            started = time.perf_counter()
            mine = run.take(batch)
            done += len(batch) - len(mine)  # left to another extraction
            documents = store.documents(mine)
            tally.seconds["read"] += time.perf_counter() - started
            started = time.perf_counter()
            found = []
            for document in documents:
                found.append((document.id, extractor.extract(document)))
                done += 1
                if progress is not None:
                    progress(done, len(ids))
            tally.seconds["extract"] += time.perf_counter() - started
            tally.write(store, found, extractor.name, extractor.version)
            run.stored(mine)
            extracted += len(documents)
    return tally.finish(store, extracted, fuse=run.last)
