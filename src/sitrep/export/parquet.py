"""Events as a Parquet table with typed columns (dates as dates, counts as integers, lists as lists)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import IO, Any

from sitrep.export.records import document_for, event_record
from sitrep.fuse.fusion import FusedEvent
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
        ("source", text), ("url", text), ("source_count", integer), ("independent_source_count", integer),
        ("first_reported", pa.date32()), ("last_reported", pa.date32()),
        ("sources", pa.list_(pa.struct([("document_id", text), ("url", text), ("outlet", text),
                                         ("reported", pa.date32()), ("duplicate_of", text)]))),
        # A disagreement's values are of its field's type (a count, a date, a name): kept as text.
        ("conflicts", pa.list_(pa.struct([("field", text), ("kept", text), ("values", pa.list_(
            pa.struct([("value", text), ("document_id", text)])))]))),
    ])


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def write_parquet(events: Iterable[Event], sink: str | IO[bytes],
                  documents: Mapping[str, Document] | None = None,
                  incidents: Mapping[str, FusedEvent] | None = None) -> int:
    """Write events as a Parquet file (a path or a binary stream); return how many were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    records = []
    for event in events:
        record = event_record(event, document_for(event, documents), incidents)
        for name in ("date", "first_reported", "last_reported"):
            record[name] = _day(record[name])
        for source in record["sources"]:
            source["reported"] = _day(source["reported"])
        for conflict in record["conflicts"]:
            conflict["kept"] = _text(conflict["kept"])
            conflict["values"] = [{**v, "value": _text(v["value"])} for v in conflict["values"]]
        records.append(record)
    table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(table, sink)
    return len(records)
