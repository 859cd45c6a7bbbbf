"""Fused incidents in the store: incremental fusion, re-extraction, split, near-duplicate links."""
from __future__ import annotations

import datetime as dt
import json

from sitrep.model import Document
from sitrep.store import EventFilter
from sitrep.store.fusion_store import duplicate_links, fuse_stored, split_incident
from sitrep.store.incidents import fused_events
from sitrep.store.ingestion import ingest_sources

TEXT = ("Government forces clashed with rebels near Exampleton on Monday, killing three fighters, "
        "a local official said. The fighting began at dawn when rebel units attacked an army "
        "checkpoint on the road to Otherville. Residents reported heavy gunfire for several hours.")


def add(store, make_event, document_id: str, text: str, **fields):
    document = Document(id=document_id, text=text, url=f"https://example.org/{document_id}")
    store.add_document(document)
    store.replace_events(document_id, [make_event(document, **fields)])
    return fuse_stored(store)


def test_fuse_stored_joins_a_new_report_to_the_stored_incident(store, make_event):
    first = add(store, make_event, "a", "Report A.", fatalities=7)
    second = add(store, make_event, "b", "Report B.", fatalities=5)
    assert (first.created, second.created, second.joined) == (1, 0, 1)
    [fused] = fused_events(store)
    assert fused.event.fatalities == 5 and fused.source_count == 2
    assert [c.values for c in fused.conflicts] == [((7, "a"), (5, "b"))]
    assert [s.url for s in fused.sources] == ["https://example.org/a", "https://example.org/b"]


def test_fuse_stored_keeps_different_incidents_apart(store, make_event):
    add(store, make_event, "a", "Report A.")
    add(store, make_event, "b", "Report B.", date=dt.date(2021, 3, 9))
    assert len(fused_events(store)) == 2


def test_fuse_stored_keeps_an_undated_report_of_another_day_apart(store, make_event):
    # Both undated reports tell the same sides at the same place, with no date the extractor
    # could fix; the first says which day of the month it was, and it is not the incident's.
    add(store, make_event, "a", "Report A.")
    add(store, make_event, "b", "Drones struck Exampleton overnight on Dec. 19.", date=None, time_precision=None)
    # A report naming no day at all is placed nowhere in time.
    add(store, make_event, "e", "Drones struck Exampleton overnight.", date=None, time_precision=None)
    # 1 March 2021, the incident's day, was a Monday.
    add(store, make_event, "d", "Drones struck Exampleton overnight on Monday.", date=None, time_precision=None)
    together = sorted(sorted(s.document_id for s in f.sources) for f in fused_events(store))
    assert together == [["a", "d"], ["b"], ["e"]]


def test_fuse_stored_after_reextraction_has_no_duplicates(store, make_event):
    add(store, make_event, "a", "Report A.")
    add(store, make_event, "b", "Report B.")
    add(store, make_event, "b", "Report B.", fatalities=4)  # re-extracted: the event changed
    [fused] = fused_events(store)
    assert len(fused.members) == 2 and fused.event.fatalities == 4


def test_split_incident_survives_refusion(store, make_event):
    add(store, make_event, "a", "Report A.")
    add(store, make_event, "b", "Report B.")
    [fused] = fused_events(store)
    moved = next(e.id for e in fused.members if e.document_id == "b")
    ids = split_incident(store, fused.incident_id, [moved])
    add(store, make_event, "c", "Report C.", date=dt.date(2021, 3, 10))
    fuse_stored(store)
    incidents = fused_events(store, EventFilter(until=dt.date(2021, 3, 2)))
    assert sorted(len(f.members) for f in incidents) == [1, 1]
    assert {f.incident_id for f in incidents} == set(ids) and all(f.pinned for f in incidents)


def test_split_incident_survives_reextraction_with_new_event_ids(store, make_event):
    add(store, make_event, "a", "Report A.")
    add(store, make_event, "b", "Report B.")
    add(store, make_event, "c", "Report C.")
    [fused] = fused_events(store)
    moved = next(e.id for e in fused.members if e.document_id == "b")
    split_incident(store, fused.incident_id, [moved])
    # A new extractor version codes the same reports with new evidence spans, hence new event ids:
    # the incident links of the old ids are gone, and the events are fused afresh.
    for document in store.documents():
        store.replace_events(document.id, [make_event(document, document.text)])
    fuse_stored(store)
    together = sorted(sorted(s.document_id for s in f.sources) for f in fused_events(store))
    assert together == [["a", "c"], ["b"]]


def test_split_incident_into_singles_keeps_every_report_apart(store, make_event):
    for name in "abc":
        add(store, make_event, name, f"Report {name.upper()}.")
    [fused] = fused_events(store)
    split_incident(store, fused.incident_id)
    add(store, make_event, "d", "Report D.")  # a new report still joins one of them
    for document in store.documents():
        store.replace_events(document.id, [make_event(document, document.text)])
    fuse_stored(store)
    sizes = sorted(f.source_count for f in fused_events(store))
    assert sizes == [1, 1, 2]


def test_ingest_links_a_syndicated_copy(store, make_event, tmp_path):
    for name, text in (("orig", TEXT), ("copy", "By Example Wire.\n\n" + TEXT + "\n\nAll rights reserved.")):
        (tmp_path / f"{name}.json").write_text(json.dumps({"id": name, "text": text}), encoding="utf-8")
    stored = list(ingest_sources(store, [str(tmp_path / "orig.json"), str(tmp_path / "copy.json")]))
    assert [s.duplicate_of for s in stored] == [None, "orig"]
    assert duplicate_links(store) == {"copy": "orig"}
    for document in store.documents():
        store.replace_events(document.id, [make_event(document)])
    fuse_stored(store)
    [fused] = fused_events(store)
    assert (fused.source_count, fused.independent_source_count) == (2, 1)


def test_export_cli_writes_one_record_per_incident_with_its_sources(store, make_event, db_url, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    add(store, make_event, "a", "Report A.", fatalities=7)
    add(store, make_event, "b", "Report B.", fatalities=5)
    output = tmp_path / "incidents.json"
    result = CliRunner().invoke(app, ["export", "--format", "json", "--output", str(output), "--db", db_url])
    assert result.exit_code == 0, result.output
    [record] = json.loads(output.read_text())
    assert record["source_count"] == 2 and record["fatalities"] == 5
    assert [s["url"] for s in record["sources"]] == ["https://example.org/a", "https://example.org/b"]
    per_report = tmp_path / "events.json"
    result = CliRunner().invoke(app, ["export", "--format", "json", "--per-report", "--output", str(per_report),
                                      "--db", db_url])
    assert result.exit_code == 0, result.output
    assert len(json.loads(per_report.read_text())) == 2


def test_fuse_stored_matches_sides_through_the_actor_ontology(store, make_event):
    # One report says the army fought, another the police: both are Iran's state forces.
    add(store, make_event, "a", "Report A.", actor1="Military Forces of Iran", actor2="Jaish al-Adl", country="Iran")
    add(store, make_event, "b", "Report B.", actor1="Police Forces of Iran", actor2="Jaish al-Adl", country="Iran")
    add(store, make_event, "c", "Report C.", actor1="Military Forces of Iraq", actor2="Islamic State", country="Iran")
    assert sorted(f.source_count for f in fused_events(store)) == [1, 2]
