"""A neighbourhood the gazetteer lacks takes its town's coordinates. Reports are made up."""
import datetime as dt

import pytest

from sitrep.events.quarters import QUARTER_AFTER, QUARTER_BEFORE, TOWN_AFTER
from sitrep.model import Document

PUBLISHED = dt.date(2024, 3, 15)


def events_of(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("before, matches", [
    ("troops freed the neighbourhood of ", True),
    ("fighting in the nearby neighborhoods of ", True),
    ("the neighborhoods of Zorbat and ", True),
    ("which started in the suburb of ", True),
    ("in the Kurram district of ", False),
    ("the town of ", False),
])
def test_quarter_before_matches_a_quarter_word(before: str, matches: bool) -> None:
    assert bool(QUARTER_BEFORE.search(before)) is matches


@pytest.mark.parametrize("after, matches", [(" neighbourhood", True), (" quarter of", True), (" suburbs", True),
                                            (" town", False), (" quarterly", False)])
def test_quarter_after_matches_a_quarter_word(after: str, matches: bool) -> None:
    assert bool(QUARTER_AFTER.match(after)) is matches


@pytest.mark.parametrize("between, matches", [(" neighbourhood of ", True), (" in ", True),
                                              (", a northern suburb of ", True), (" in the city of ", True),
                                              (" and ", False), (", north of ", False)])
def test_town_after_joins_a_quarter_to_its_town(between: str, matches: bool) -> None:
    assert bool(TOWN_AFTER.match(between)) is matches


def test_location_an_unknown_neighbourhood_takes_the_coordinates_of_the_town_named_before(extraction_pipeline):
    text = ("On Monday night gunmen infiltrated Kandahar. "
            "They opened fire on soldiers in the neighbourhood of Zorbakhel, killing two.")
    event = next(e for e in events_of(extraction_pipeline, text) if "Zorbakhel" in e.evidence.text)
    assert (event.location, event.geo_precision, event.country) == ("Zorbakhel", 2, "Afghanistan")
    assert event.latitude == pytest.approx(31.61, abs=0.1) and event.longitude == pytest.approx(65.71, abs=0.1)


def test_location_an_unknown_neighbourhood_takes_the_town_it_is_named_of(extraction_pipeline):
    text = "On Monday soldiers clashed with militants in the Zorbakhel neighbourhood of Kandahar."
    events = [e for e in events_of(extraction_pipeline, text)]
    assert [(e.location, e.geo_precision) for e in events] == [("Zorbakhel", 2)]
    assert events[0].latitude == pytest.approx(31.61, abs=0.1)


def test_location_an_unknown_village_keeps_no_coordinates(extraction_pipeline):
    text = ("On Monday night gunmen infiltrated Kandahar. "
            "They opened fire on soldiers in the village of Zorbakhel, killing two.")
    event = next(e for e in events_of(extraction_pipeline, text) if "Zorbakhel" in e.evidence.text)
    assert (event.location, event.latitude, event.geo_precision) == ("Zorbakhel", None, 1)
