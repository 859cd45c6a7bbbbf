"""Events as a JSON array of records (the gold field names, plus sitrep's provenance fields)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO

from sitrep.export.records import document_for, event_record
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Event


def write_json(events: Iterable[Event], stream: IO[str],
               documents: Mapping[str, Document] | None = None,
               incidents: Mapping[str, FusedEvent] | None = None) -> int:
    """Write events as a JSON array, one record per line; return how many were written."""
    count = 0
    stream.write("[")
    for event in events:
        stream.write(",\n" if count else "\n")
        record = event_record(event, document_for(event, documents), incidents)
        stream.write(json.dumps(record, ensure_ascii=False))
        count += 1
    stream.write("\n]\n")
    return count
