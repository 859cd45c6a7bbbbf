"""Every export format: written, read back with a standard reader, checked."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from sitrep.export import ExportFormat, write_events
from sitrep.export.records import ACLED_COLUMNS, CSV_COLUMNS


@pytest.fixture
def exported(report, make_event):
    """Two events of the made-up report (one without coordinates) and the report itself."""
    clash = make_event(report, "Government forces clashed with rebels near Exampleton on Monday, "
                               "killing three fighters.", fatalities=3, inter1=1, inter2=2,
                       assoc_actor1=("Ally One", "Ally Two"), notes="Clash near Exampleton.")
    strike = make_event(report, "On Tuesday an air strike hit a market in Otherville.",
                        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                        actor2="Civilians (Syria)", inter1=1, inter2=7, location="Otherville",
                        latitude=None, longitude=None, date=dt.date(2021, 3, 2))
    ingested = report.__class__(**{**report.__dict__, "ingested_at": dt.datetime(2021, 3, 5, tzinfo=dt.UTC)})
    return [clash, strike], {report.id: ingested}


def test_write_events_csv_has_acled_columns_then_sitrep_columns(tmp_path, exported):
    events, documents = exported
    path = tmp_path / "events.csv"
    assert write_events(events, "csv", path, documents).written == 2
    with path.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    assert reader.fieldnames[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    clash, strike = rows
    assert clash["event_id_cnty"] == events[0].id
    assert (clash["event_date"], clash["year"], clash["event_type"], clash["sub_event_type"]) == (
        "2021-03-01", "2021", "Battles", "Armed clash")
    assert (clash["actor1"], clash["assoc_actor_1"], clash["inter1"], clash["interaction"]) == (
        "Military Forces of Exampleland", "Ally One; Ally Two", "1", "12")
    assert (clash["iso"], clash["country"], clash["latitude"], clash["fatalities"]) == (
        "760", "Syria", "35.0", "3")
    assert (clash["disorder_type"], clash["source"], clash["source_url"]) == (
        "Political violence", "example.org", "https://example.org/1")
    assert clash["timestamp"] == str(int(dt.datetime(2021, 3, 5, tzinfo=dt.UTC).timestamp()))
    assert clash["evidence"] == events[0].evidence.text and clash["evidence_start"] == "0"
    assert (strike["civilian_targeting"], strike["interaction"], strike["latitude"]) == (
        "Civilian targeting", "17", "")


def test_write_events_json_reads_back_as_records(tmp_path, exported):
    events, documents = exported
    path = tmp_path / "events.json"
    write_events(events, ExportFormat.JSON, path, documents)
    records = json.loads(path.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == [e.id for e in events]
    assert records[0] == {**events[0].to_record(), "source": "example.org", "url": "https://example.org/1",
                          "source_count": 1, "independent_source_count": 1,
                          "first_reported": "2021-03-04", "last_reported": "2021-03-04",
                          "sources": [{"document_id": events[0].document_id, "url": "https://example.org/1",
                                       "outlet": "example.org", "reported": "2021-03-04", "duplicate_of": None}],
                          "conflicts": []}


def test_write_events_geojson_leaves_out_events_without_coordinates(tmp_path, exported):
    events, documents = exported
    path = tmp_path / "events.geojson"
    result = write_events(events, "geojson", path, documents)
    assert (result.written, result.skipped) == (1, 1)
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [38.5, 35.0]}  # longitude first
    assert feature["properties"]["id"] == events[0].id
    assert feature["properties"]["sub_event_type"] == "Armed clash"


def test_write_events_parquet_has_typed_columns(tmp_path, exported):
    import pyarrow as pa
    import pyarrow.parquet as pq

    events, documents = exported
    path = tmp_path / "events.parquet"
    assert write_events(events, "parquet", path, documents).written == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("fatalities").type == pa.int32()
    assert table.schema.field("assoc_actor1").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[0]["date"] == dt.date(2021, 3, 1) and rows[0]["fatalities"] == 3
    assert rows[0]["assoc_actor1"] == ["Ally One", "Ally Two"]
    assert rows[1]["latitude"] is None and rows[1]["url"] == "https://example.org/1"


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_write_events_to_streams(exported, fmt):
    events, documents = exported
    binary = io.BytesIO()
    write_events(events, fmt, binary, documents)
    assert len(binary.getvalue()) > 0
    assert not binary.closed  # the caller's stream stays usable
    if not fmt.binary:
        text = io.StringIO()
        write_events(events, fmt, text, documents)
        assert text.getvalue().encode("utf-8") == binary.getvalue()


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_write_events_with_no_events_is_still_valid(tmp_path, fmt):
    path = tmp_path / f"empty.{fmt.value}"
    assert write_events([], fmt, path).written == 0
    if fmt is ExportFormat.CSV:
        assert path.read_text().strip() == ",".join(CSV_COLUMNS)
    elif fmt is ExportFormat.JSON:
        assert json.loads(path.read_text()) == []
    elif fmt is ExportFormat.GEOJSON:
        assert json.loads(path.read_text())["features"] == []
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(path).num_rows == 0


def test_write_events_failure_leaves_no_file(tmp_path, exported):
    events, _ = exported
    path = tmp_path / "events.csv"
    with pytest.raises(ValueError):
        write_events(events, "xlsx", path)
    broken = events + ["not an event"]
    with pytest.raises(AttributeError):
        write_events(broken, "csv", path)
    assert list(tmp_path.iterdir()) == []


def _read_back(path, fmt):
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()[0]
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))[0]
    return json.loads(path.read_text(encoding="utf-8"))["features"][0]["properties"]


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "parquet"])
def test_write_events_every_format_carries_a_fused_events_provenance(tmp_path, exported, make_event, fmt):
    from sitrep.fuse.fusion import Source, merge

    events, documents = exported
    first = events[0].with_changes(document_id="made-up-1", fatalities=7)
    second = events[0].with_changes(document_id="made-up-9", fatalities=5)
    fused = merge("in-made-up", [first, second], {
        "made-up-1": Source("made-up-1", "https://example.org/1", reported=dt.date(2021, 3, 2)),
        "made-up-9": Source("made-up-9", "https://example.net/9", reported=dt.date(2021, 3, 4),
                            duplicate_of="made-up-1")})
    path = tmp_path / f"events.{fmt}"
    write_events([fused.event], fmt, path, documents, {fused.event.id: fused})
    if fmt == "csv":
        row = next(csv.DictReader(path.open(encoding="utf-8")))
        assert (row["source_count"], row["independent_source_count"]) == ("2", "1")
        assert (row["first_reported"], row["last_reported"]) == ("2021-03-02", "2021-03-04")
        assert row["sources"] == "made-up-1 https://example.org/1 | made-up-9 https://example.net/9"
        assert row["fatalities"] == "5"
        assert row["conflicts"] == "fatalities: kept 5; 7 (made-up-1), 5 (made-up-9)"
        return
    record = _read_back(path, fmt)
    reported = [dt.date(2021, 3, 2), dt.date(2021, 3, 4)]
    if fmt != "parquet":
        reported = [d.isoformat() for d in reported]
    assert (record["source_count"], record["independent_source_count"]) == (2, 1)
    assert [record["first_reported"], record["last_reported"]] == reported
    assert [s["document_id"] for s in record["sources"]] == ["made-up-1", "made-up-9"]
    assert [s["reported"] for s in record["sources"]] == reported
    assert record["sources"][1]["duplicate_of"] == "made-up-1"
    assert record["fatalities"] == 5
    kept, values = ("5", ["7", "5"]) if fmt == "parquet" else (5, [7, 5])
    assert record["conflicts"] == [{"field": "fatalities", "kept": kept, "values": [
        {"value": values[0], "document_id": "made-up-1"}, {"value": values[1], "document_id": "made-up-9"}]}]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_write_events_per_report_event_is_its_own_single_source(tmp_path, exported, fmt):
    events, documents = exported
    path = tmp_path / f"events.{fmt}"
    write_events(events[:1], fmt, path, documents)
    record = next(csv.DictReader(path.open(encoding="utf-8"))) if fmt == "csv" else _read_back(path, fmt)
    # Reported when the report was published (the made-up report's date), not when ingested.
    expected_day = "2021-03-04" if fmt != "parquet" else dt.date(2021, 3, 4)
    assert str(record["source_count"]) == "1"
    assert record["first_reported"] == record["last_reported"] == expected_day
    assert record["conflicts"] in ("", [])
