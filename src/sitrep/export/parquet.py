"""Events as a Parquet table with typed columns (dates as dates, counts as integers, lists as lists)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from sitrep.export.records import document_for, event_record
from sitrep.model import Document, Event


def parquet_schema() -> Any:
    """The Arrow schema of an events table."""
    import pyarrow as pa

    text, integer, real = pa.string(), pa.int32(), pa.float64()
    return pa.schema([
        ("id", text), ("document_id", text), ("event_type", text), ("sub_event_type", text),
        ("actor1", text), ("assoc_actor1", pa.list_(text)), ("inter1", integer),
        ("actor2", text), ("assoc_actor2", pa.list_(text)), ("inter2", integer),
        ("location", text), ("admin1", text), ("country", text),
        ("latitude", real), ("longitude", real), ("geo_precision", integer),
        ("date", pa.date32()), ("time_precision", integer), ("fatalities", integer),
        ("evidence", text), ("evidence_start", integer), ("evidence_end", integer),
        ("notes", text), ("confidence", real), ("extractor", text), ("extractor_version", text),
        ("source", text), ("url", text), ("source_count", integer),
        ("sources", pa.list_(pa.struct([("document_id", text), ("url", text), ("duplicate_of", text)]))),
    ])


def write_parquet(events: Iterable[Event], sink: str | IO[bytes],
                  documents: Mapping[str, Document] | None = None,
    sources: Mapping[str, Sequence[Any]] | None = None) -> int:
    """Write events as a Parquet file (a path or a binary stream); return how many were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    records = []
    for event in events:
        record = event_record(event, document_for(event, documents), (sources or {}).get(event.id))
        record["date"] = dt.date.fromisoformat(record["date"]) if record["date"] else None
        records.append(record)
    table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(table, sink)
    return len(records)
