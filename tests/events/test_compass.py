"""A part of a country or division told by a compass word, as a place of its own. Sentences are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.compass import (
    COMPASS_BEFORE,
    COMPASS_LABEL,
    COMPASS_OF,
    COMPASS_WORD,
    COUNTRYSIDE_OF,
    CompassParts,
    adjective,
    direction,
    lies_in_part,
    noun_adjective,
    part_point,
    positional,
)
from sitrep.model import Document, GeoPrecision, Mention, Place, Sentence, WorkingDoc
from sitrep.recognise.places import PlaceRecogniser
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

PUBLISHED = dt.date(2024, 5, 2)


@pytest.fixture(scope="module")
def stages(gazetteer: Gazetteer) -> tuple[PlaceRecogniser, PlaceResolver, CompassParts]:
    return PlaceRecogniser(gazetteer), PlaceResolver(gazetteer), CompassParts(gazetteer)


def mentions(stages, text: str) -> list[Mention]:
    """The place mentions of a made-up one-paragraph text, after the compass stage."""
    doc = WorkingDoc(document=Document(id="t", text=text), sentences=[Sentence(0, len(text))])
    for stage in stages:
        doc = stage(doc)
    return doc.place_mentions


def places(stages, text: str) -> list[tuple[str, Place]]:
    """The (text, place) of each place mention of a made-up text, after the compass stage."""
    return [(m.text, m.value) for m in mentions(stages, text)]


@pytest.mark.parametrize(("before", "word"), [
    ("air raids over eastern ", "eastern"),
    ("attacks in north-east ", "north-east"),
    ("bandits in Northwest ", "Northwest"),
    ("clashes in south western ", "south western"),
    ("jihadists in central ", "central"),
    ("fighting in southeastern ", "southeastern"),
])
def test_compass_before_finds_the_compass_word_right_before_a_name(before, word):
    found = COMPASS_BEFORE.search(before)
    assert found is not None and found["compass"] == word


@pytest.mark.parametrize("before", [
    "10 km north of ",  # a direction from the place, outside it
    "the northerly ",
    "the Easterners of ",
    "northern and ",
])
def test_compass_before_refuses_directions_and_other_words(before):
    assert COMPASS_BEFORE.search(before) is None


@pytest.mark.parametrize(("before", "word"), [
    ("rockets fell in the north of ", "north"),
    ("in the south-east of the ", "south-east"),
    ("across the centre of ", "centre"),
])
def test_compass_of_finds_the_part_told_as_a_noun(before, word):
    found = COMPASS_OF.search(before)
    assert found is not None and found["compass"] == word


@pytest.mark.parametrize("before", ["15 km north of ", "north of the ", "the north and "])
def test_compass_of_needs_the_article_and_of(before):
    assert COMPASS_OF.search(before) is None


def test_countryside_of_finds_a_towns_countryside_told_first():
    found = COUNTRYSIDE_OF.search("jets struck the western countryside of ")
    assert found is not None and found["compass"] == "western"
    assert COUNTRYSIDE_OF.search("jets struck the countryside of ") is None


@pytest.mark.parametrize(("text", "rest"), [("Southeastern Iran", "Iran"), ("North-east Nigeria", "Nigeria")])
def test_compass_word_splits_a_capitalised_part(text, rest):
    found = COMPASS_WORD.match(text)
    assert found is not None and found["rest"] == rest


@pytest.mark.parametrize(("word", "heading"), [
    ("northern", (0.0, 1.0)), ("West", (-1.0, 0.0)), ("central", (0.0, 0.0)), ("centre", (0.0, 0.0)),
])
def test_direction_reads_the_compass_word(word, heading):
    assert direction(word) == heading


@pytest.mark.parametrize("word", ["north-eastern", "Northeast", "north east", "northeastern"])
def test_direction_reads_a_corner_however_written(word):
    east, north = direction(word)
    assert east > 0 and north > 0 and east == pytest.approx(north)


@pytest.mark.parametrize(("word", "expected"), [("northern", "Northern"), ("north-east", "North-east"),
                                                 ("centre", "Central"), ("south  west", "South west")])
def test_adjective_capitalises_the_compass_word(word, expected):
    assert adjective(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("north", "Northern"), ("south-east", "South-eastern"),
                                                 ("center", "Central")])
def test_noun_adjective_turns_the_noun_into_gold_style(word, expected):
    assert noun_adjective(word) == expected


#: A made-up square country of towns, one degree apart, from 0 to 10 on both axes.
GRID = [(float(lat), float(lon), "North" if lat > 5 else "South") for lat in range(11) for lon in range(11)]


@pytest.mark.parametrize(("heading", "lat_range", "lon_range"), [
    ((0.0, 1.0), (7.0, 10.0), (4.0, 6.0)),   # north: the top third, centred east-west
    ((-1.0, 0.0), (4.0, 6.0), (0.0, 3.0)),   # west: the left third
    ((0.0, 0.0), (4.0, 6.0), (4.0, 6.0)),    # central: the middle
])
def test_part_point_lies_in_the_compass_third(heading, lat_range, lon_range):
    point = part_point(GRID, heading)
    assert point is not None
    lat, lon, _ = point
    assert lat_range[0] <= lat <= lat_range[1] and lon_range[0] <= lon <= lon_range[1]


def test_part_point_places_a_corner_in_its_quadrant():
    point = part_point(GRID, direction("south-east"))
    assert point is not None and point[0] < 5 and point[1] > 5 and point[2] == "South"


def test_part_point_ignores_a_far_island():
    island = [(60.0, 5.0, "Island")]  # one far outlier north must not pull "northern" up to it
    point = part_point(GRID * 3 + island, (0.0, 1.0))
    assert point is not None and point[0] <= 10


def test_part_point_needs_enough_towns():
    assert part_point(GRID[:3], (0.0, 1.0)) is None


def test_compass_parts_names_a_countrys_part_and_places_it_there(stages, gazetteer):
    (text, place), = places(stages, "Jets bombed villages in eastern Afghanistan on Monday.")
    whole = gazetteer.country("AF")
    assert text == "eastern Afghanistan" and place.name == "Eastern Afghanistan"
    assert place.geo_precision == GeoPrecision.REGION and place.country == "Afghanistan"
    assert place.longitude > whole.longitude + 1 and place.admin1 is not None


@pytest.mark.parametrize(("text", "name"), [
    ("Blast Kills 11 At Mosque In Northern Afghanistan", "Northern Afghanistan"),
    ("Jihadists attacked an army camp in central Mali on Sunday.", "Central Mali"),
    ("Gunmen killed five farmers in north-east Nigeria.", "Northeast Nigeria"),  # the curated entry
])
def test_compass_parts_reads_the_part_however_capitalised(stages, text, name):
    assert [p.name for _, p in places(stages, text)] == [name]


def test_compass_parts_reads_the_part_told_as_a_noun(stages, gazetteer):
    (text, place), = places(stages, "Rockets struck bases in the north of Israel.")
    assert text == "the north of Israel" and place.name == "Northern Israel"
    assert place.latitude > gazetteer.country("IL").latitude


def test_compass_parts_keeps_a_division_and_its_kind_word(stages):
    found = places(stages, "Fighting spread across northern Borno State, in Nigeria.")
    assert ("northern Borno State", "Northern Borno State") in [(t, p.name) for t, p in found]
    part = next(p for t, p in found if t == "northern Borno State")
    assert part.admin1 == "Borno" and part.country == "Nigeria"


@pytest.mark.parametrize("text", ["Regime jets pounded the western Aleppo countryside.",
                                  "Regime jets pounded the western countryside of Aleppo."])
def test_compass_parts_makes_a_towns_countryside_the_part_of_its_division(stages, text):
    parts = [p for _, p in places(stages, text) if p.geo_precision == GeoPrecision.REGION]
    assert [p.name for p in parts] == ["Western Aleppo countryside"]
    assert parts[0].admin1 == "Aleppo" and parts[0].longitude < 37.16  # west of the city


def test_compass_parts_locates_a_capitalised_part_the_gazetteer_lacks(stages, gazetteer):
    (_, place), = places(stages, "Militants attacked police stations in Southeastern Iran.")
    whole = gazetteer.country("IR")
    assert place.name == "Southeastern Iran" and place.has_coordinates
    assert place.latitude < whole.latitude and place.longitude > whole.longitude


@pytest.mark.parametrize(("text", "admin1"), [
    ("Separatists killed two soldiers in northwestern Cameroon.", "North West"),
    ("Separatists killed two soldiers in southwest Cameroon.", "South West"),
    ("Gunmen killed three miners in north-western Zambia.", "North-Western"),
])
def test_compass_parts_takes_a_countrys_division_named_by_the_corner(stages, gazetteer, text, admin1):
    (_, place), = places(stages, text)
    division, = [c.place for c in gazetteer.candidates(admin1) if c.place.feature == "admin1"
                 and c.place.country == place.country]
    assert place == division


def test_compass_parts_computes_a_corner_where_no_division_has_its_name(stages):
    (_, place), = places(stages, "Militants attacked a checkpoint in southeastern Turkey.")
    assert place.name == "Southeastern Turkey" and place.geo_precision == GeoPrecision.REGION


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Air strikes hit southern Gaza on Monday.", "Southern Gaza", "Khan Yunis"),
    ("Air strikes hit central Gaza on Monday.", "Central Gaza", "Deir al-Balah"),
    ("Tanks shelled the north of the Gaza Strip on Monday.", "Northern Gaza", "North Gaza"),
])
def test_compass_parts_takes_a_curated_part_of_a_town_named_place(stages, text, name, admin1):
    parts = [p for _, p in places(stages, text) if p.geo_precision == GeoPrecision.REGION]
    assert [(p.name, p.admin1) for p in parts] == [(name, admin1)]


@pytest.mark.parametrize(("text", "name"), [
    ("Jets struck northern Gaza City on Monday.", "Gaza City"),  # a city's quarter
    ("Jets struck Gaza on Monday.", "Gaza City"),
])
def test_compass_parts_leaves_a_towns_quarter_to_the_town(stages, text, name):
    assert [p.name for _, p in places(stages, text)] == [name]


def test_compass_parts_takes_a_curated_part_as_curated(stages, gazetteer):
    (_, place), = places(stages, "Troops shelled southern Lebanon overnight.")
    curated = [c.place for c in gazetteer.candidates("Southern Lebanon")]
    assert place in curated


@pytest.mark.parametrize("text", [
    "Clashes erupted in South Sudan and North Kivu.",
    "Settlers marched in the West Bank and East Jerusalem.",
    "Floods hit Upper Nile and Lower Shabelle.",
    "Troops moved 10 km north of Kabul.",
    "Police patrolled northern Kabul.",  # a city's quarter is not a region's part
])
def test_compass_parts_leaves_names_and_towns_alone(stages, text):
    found = mentions(stages, text)
    assert found and not [m.text for m in found if m.label == COMPASS_LABEL]


@pytest.mark.parametrize(("before", "suffix", "expected"), [
    ("forces captured a village in Ukraine’s ", "region", True),
    ("rebels in the country's ", None, True),
    ("a strike in the ", "province", True),
    ("fighting in ", "state", False),
    ("clashes in the ", None, False),  # "the eastern Congo": a part
])
def test_positional_tells_where_a_division_lies_from_a_part_of_it(before, suffix, expected):
    assert positional(before, suffix) is expected


@pytest.mark.parametrize("text", [
    "Russian forces captured a village in Ukraine's eastern Donetsk region.",
    "A roadside bomb killed two soldiers in the southern Helmand province of Afghanistan.",
])
def test_compass_parts_leaves_a_division_told_by_its_position(stages, text):
    assert not [m.text for m in mentions(stages, text) if m.label == COMPASS_LABEL]


def test_compass_parts_leaves_a_part_to_the_reports_own_place_inside_it(stages):
    text = ("Gunmen attacked a convoy near Lamu. Police said the gunmen fled into the forest near Lamu. "
            "Four officers on patrol in eastern Kenya were killed.")
    found = places(stages, text)
    assert ("Kenya", "Kenya") in [(t, p.name) for t, p in found]


def test_compass_parts_keeps_the_part_when_the_reports_place_lies_elsewhere(stages):
    text = ("Police in Mombasa arrested two men. Officers in Mombasa said they were questioned. "
            "Bandits killed four herders in northern Kenya.")
    names = [p.name for _, p in places(stages, text)]
    assert "Northern Kenya" in names


def test_lies_in_part_compares_the_distances_within_one_country():
    whole = Place(name="Land", country="Land", latitude=0.0, longitude=0.0)
    part = Place(name="Northern Land", country="Land", latitude=5.0, longitude=0.0)
    assert lies_in_part(Place(name="Up", country="Land", latitude=4.0, longitude=1.0), part, whole)
    assert not lies_in_part(Place(name="Down", country="Land", latitude=-4.0, longitude=0.0), part, whole)
    assert not lies_in_part(Place(name="Abroad", country="Elsewhere", latitude=5.0, longitude=0.0), part, whole)
    assert lies_in_part(Place(name="Village", country="Land"), part, whole)  # unlocated: the frame's


def test_pipeline_files_an_event_at_the_part_unless_its_sentence_names_a_town(gazetteer_cache):
    from sitrep.config import Settings
    from sitrep.events.rules import build_pipeline

    pipeline = build_pipeline(Settings(cache_dir=gazetteer_cache), eventness=None)
    text = ("Pakistani jets bombed villages in eastern Afghanistan on Monday, killing eight civilians. "
            "On Tuesday, Taliban fighters attacked a checkpoint in Kandahar in southern Afghanistan.")
    events = pipeline.run(Document(id="t", text=text, published=PUBLISHED)).events
    by_day = {e.date: e for e in events}
    assert by_day[dt.date(2024, 4, 29)].location == "Eastern Afghanistan"
    assert by_day[dt.date(2024, 4, 29)].geo_precision == GeoPrecision.REGION
    assert by_day[dt.date(2024, 4, 30)].location == "Kandahar"
