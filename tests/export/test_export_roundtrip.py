"""Property-based round trips: exported events read back with standard readers equal what went in."""
from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.export import write_events
from sitrep.export.records import acled_row


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_json_export_round_trips_records(event_strategy, data):
    events = data.draw(st.lists(event_strategy("doc-1"), max_size=5))
    stream = io.StringIO()
    write_events(events, "json", stream)
    records = json.loads(stream.getvalue())
    assert records == [{**e.to_record(), "source": None, "url": None, "source_count": 1,
                        "independent_source_count": 1, "first_reported": None, "last_reported": None,
                        "sources": [{"document_id": "doc-1", "url": None, "outlet": None, "reported": None,
                                     "duplicate_of": None}],
                        "conflicts": []}
                       for e in events]


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_csv_export_round_trips_rows(event_strategy, data):
    events = data.draw(st.lists(event_strategy("doc-1"), max_size=5))
    stream = io.StringIO(newline="")
    write_events(events, "csv", stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    expected = [{k: "" if v is None else str(v) for k, v in acled_row(e).items()} for e in events]
    assert rows == expected


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_parquet_export_round_trips_records(event_strategy, data):
    pq = pytest.importorskip("pyarrow.parquet")
    events = data.draw(st.lists(event_strategy("doc-1"), max_size=5))
    stream = io.BytesIO()
    write_events(events, "parquet", stream)
    rows = pq.read_table(io.BytesIO(stream.getvalue())).to_pylist()
    assert [r["id"] for r in rows] == [e.id for e in events]
    assert [(r["date"], r["latitude"], r["fatalities"], tuple(r["assoc_actor1"])) for r in rows] == [
        (e.date, e.latitude, e.fatalities, e.assoc_actor1) for e in events]
