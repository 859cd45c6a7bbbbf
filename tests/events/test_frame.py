"""Vague events placed in their report's frame (its place, its division), on made-up reports
run through the real sentence splitter, place recogniser, resolver and gazetteer."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.frame import ReportFrame, main_divisions
from sitrep.model import Document, WorkingDoc
from sitrep.recognise.places import PlaceRecogniser
from sitrep.recognise.sentences import SentenceSplitter
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

REPORT = ("Fighting raged in Raqqa on Monday. Clashes also hit Raqqa's northern districts and Tabqa. "
          "Later the SDF took the village of Zorbafandar. Ten fighters were killed in Syria, a monitor said.")


@pytest.fixture(scope="module")
def resolved(gazetteer: Gazetteer) -> WorkingDoc:
    doc = SentenceSplitter()(WorkingDoc(document=Document(id="t", text=REPORT, published=dt.date(2024, 3, 15))))
    doc.place_mentions = PlaceRecogniser(gazetteer).find(doc.text, [(s.start, s.end) for s in doc.sentences], [])
    return PlaceResolver(gazetteer)(doc)


def framed(doc: WorkingDoc, make_event, **fields) -> dict:  # type: ignore[no-untyped-def]
    doc.events = [make_event(doc.document, "Later the SDF took the village of Zorbafandar.", **fields)]
    return ReportFrame()(doc).events[0].to_record()


def test_main_divisions_counts_the_reports_located_places(resolved: WorkingDoc) -> None:
    assert main_divisions(resolved) == {"Syria": "Raqqa"}


def test_report_frame_gives_an_unlocated_place_the_reports_division(resolved, make_event) -> None:  # type: ignore[no-untyped-def]
    record = framed(resolved, make_event, location="Zorbafandar", admin1=None, latitude=None, longitude=None)
    assert (record["location"], record["admin1"], record["country"]) == ("Zorbafandar", "Raqqa", "Syria")


@pytest.mark.parametrize("fields, admin1", [
    # the resolver already gave it the division named beside it
    ({"location": "Zorbafandar", "admin1": "Aleppo", "latitude": None, "longitude": None}, "Aleppo"),
    # a located town keeps the gazetteer's division
    ({"location": "Exampleton", "admin1": "Homs", "latitude": 34.7, "longitude": 36.7}, "Homs"),
    # a place in another country takes nothing from this report
    ({"location": "Zorbafandar", "admin1": None, "country": "Iraq", "latitude": None, "longitude": None}, None),
])
def test_report_frame_leaves_a_known_or_foreign_division_alone(resolved, make_event, fields, admin1) -> None:  # type: ignore[no-untyped-def]
    assert framed(resolved, make_event, **fields)["admin1"] == admin1


@pytest.mark.parametrize("location, country", [("Syria", "Syria"), (None, None), (None, "Syria")])
def test_report_frame_places_a_country_level_event_at_the_reports_place(resolved, make_event, location,  # type: ignore[no-untyped-def]
                                                                        country) -> None:
    record = framed(resolved, make_event, location=location, country=country, admin1=None, latitude=None,
                    longitude=None, geo_precision=3)
    assert (record["location"], record["admin1"], record["geo_precision"]) == ("Ar Raqqah", "Raqqa", 2)


def test_report_frame_keeps_a_country_level_event_of_another_country(resolved, make_event) -> None:  # type: ignore[no-untyped-def]
    record = framed(resolved, make_event, location="Iraq", country="Iraq", admin1=None, latitude=33.2,
                    longitude=43.7, geo_precision=3)
    assert record["location"] == "Iraq"


def test_report_frame_without_a_precise_place_changes_nothing(gazetteer: Gazetteer, make_event) -> None:  # type: ignore[no-untyped-def]
    text = "Ten fighters were killed in Syria, a monitor said."
    doc = SentenceSplitter()(WorkingDoc(document=Document(id="u", text=text)))
    doc.place_mentions = PlaceResolver(gazetteer).resolve(
        text, PlaceRecogniser(gazetteer).find(text, [(0, len(text))], []))
    doc.events = [make_event(doc.document, text, location="Syria", admin1=None, geo_precision=3)]
    assert ReportFrame()(doc).events[0].location == "Syria"
