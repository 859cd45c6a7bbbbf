"""Read inputs and store the reports they hold: one transaction per report; rejections are reported."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sitrep.config import MAX_INPUT_BYTES
from sitrep.errors import InputRejected
from sitrep.ingest.sources import expand_sources, read_input
from sitrep.model import Document
from sitrep.store.fusion_store import record_fingerprint, signature_index
from sitrep.store.repository import Added, Store

#: Called after each input (file or URL) with (inputs done, inputs in all).
ProgressCallback = Callable[[int, int], None]


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
                   progress: ProgressCallback | None = None) -> Iterator[Stored | InputRejected]:
    """Store every report in these files, folders and URLs; yield what happened to each, in order."""
    inputs = expand_sources(sources)
    # Read every stored signature once, not once per report: near-copy search stays linear.
    index = signature_index(store)
    for done, source in enumerate(inputs, 1):
        for item in read_input(source, max_bytes):
            if isinstance(item, InputRejected):
                yield item
                continue
            document, added = store.add_document(item)
            copied = None
            if added is not Added.UNCHANGED:
                found = record_fingerprint(store, document, index)
                copied = found.document_id if found else None
            yield Stored(document=document, added=added, submitted_id=item.id, duplicate_of=copied)
        if progress is not None:
            progress(done, len(inputs))
