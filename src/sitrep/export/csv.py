"""Events as CSV, with ACLED's column names and order, then sitrep's own columns."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import IO

from sitrep.export.records import CSV_COLUMNS, acled_row, document_for
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Event


def write_csv(events: Iterable[Event], stream: IO[str],
              documents: Mapping[str, Document] | None = None,
              incidents: Mapping[str, FusedEvent] | None = None) -> int:
    """Write events as CSV (a header, then one row per event); return how many were written."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        row = acled_row(event, document_for(event, documents), incidents)
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        count += 1
    return count
