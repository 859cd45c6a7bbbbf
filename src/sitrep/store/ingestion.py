"""Read inputs and store the reports they hold, one transaction per batch of reports; rejections are reported."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sitrep.config import MAX_INPUT_BYTES
from sitrep.errors import InputRejected
from sitrep.fuse.neardup import SignatureIndex
from sitrep.ingest.sources import expand_sources, read_input
from sitrep.model import Document
from sitrep.store.fusion_store import record_fingerprints, signature_index
from sitrep.store.repository import Added, Store

#: Called after each input (file or URL) with (inputs done, inputs in all).
ProgressCallback = Callable[[int, int], None]

#: Reports per transaction at ingest. Measured on 2,000-character reports into SQLite: one
#: commit per report costs about half of ingest's time; 200 per commit makes it negligible,
#: as for extraction (`store.extraction.DEFAULT_BATCH_SIZE`).
INGEST_BATCH_SIZE = 200


@dataclass(frozen=True)
class Stored:
    """One report after ingest: `document` is what the store holds (the earlier copy when unchanged)."""

    document: Document
    added: Added
    # The id the input gave; differs from document.id when the same text was stored under another.
    submitted_id: str
    # The stored report this one nearly copies (a syndicated story), found at ingest.
    duplicate_of: str | None = None


def ingest_sources(store: Store, sources: Sequence[str], max_bytes: int = MAX_INPUT_BYTES,
                   progress: ProgressCallback | None = None,
                   batch_size: int = INGEST_BATCH_SIZE) -> Iterator[Stored | InputRejected]:
    """Store every report in these files, folders and URLs; yield what happened to each, in order.

    Reports are stored `batch_size` at a time, each batch in one transaction (its reports, then
    their fingerprints): the same outcome as storing them one by one, with far fewer commits.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    inputs = expand_sources(sources)
    # Read every stored signature once, not once per report: near-copy search stays linear.
    index = signature_index(store)
    pending: list[Document | InputRejected] = []
    waiting = 0  # reports among `pending`
    reported = 0  # inputs whose progress has been reported
    for done, source in enumerate(inputs, 1):
        for item in read_input(source, max_bytes):
            pending.append(item)
            waiting += isinstance(item, Document)
        if done < len(inputs) and waiting < batch_size:
            continue
        yield from _store_batch(store, pending, index, batch_size)
        pending, waiting = [], 0
        if progress is not None:
            for finished in range(reported + 1, done + 1):
                progress(finished, len(inputs))
        reported = done


def _store_batch(store: Store, items: list[Document | InputRejected], index: SignatureIndex,
                 batch_size: int) -> Iterator[Stored | InputRejected]:
    """Store the reports among `items`, `batch_size` per transaction; yield each outcome in the items' order."""
    documents = [item for item in items if isinstance(item, Document)]
    outcomes: list[Stored] = []
    for first in range(0, len(documents), batch_size):
        chunk = documents[first:first + batch_size]
        added = store.add_documents(chunk)
        changed = [document for document, how in added if how is not Added.UNCHANGED]
        copies = iter(record_fingerprints(store, changed, index))
        for submitted, (document, how) in zip(chunk, added, strict=True):
            found = next(copies) if how is not Added.UNCHANGED else None
            outcomes.append(Stored(document=document, added=how, submitted_id=submitted.id,
                                   duplicate_of=found.document_id if found else None))
    stored = iter(outcomes)
    for item in items:
        yield item if isinstance(item, InputRejected) else next(stored)
