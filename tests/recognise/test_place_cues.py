"""The cues around a name that make it a place and set its precision. Sentences are made up."""
from __future__ import annotations

import pytest

from sitrep.model import GeoPrecision, Place
from sitrep.normalise.names import name_keys
from sitrep.recognise.place_cues import (
    DISTRICT_AFTER,
    DIVISION_CUE_AFTER,
    DIVISION_CUE_BEFORE,
    FRONT_CUE_AFTER,
    LOCAL_KIND_BEFORE,
    NAMED_KIND_OF,
    NEAR_CUE_BEFORE,
    REFERENCE_BEFORE,
    REGION_PART_BEFORE,
    SETTLEMENT_CUE_BEFORE,
    STRONG_CUE_AFTER,
    STRONG_CUE_BEFORE,
    WEAK_CUE_BEFORE,
    bearing_before,
    cue_before,
    marked_local,
    mention_precision,
    names_a_division,
    names_a_people,
    owned_by_a_person,
    strip_suffix,
)


@pytest.mark.parametrize("pattern, text, matches", [
    (STRONG_CUE_BEFORE, "raided the village of ", True), (STRONG_CUE_BEFORE, "on the outskirts of ", True),
    (STRONG_CUE_BEFORE, "near ", True), (STRONG_CUE_BEFORE, "spoke of ", False),
    (STRONG_CUE_BEFORE, "was perpetrated on the island of ", True), (STRONG_CUE_BEFORE, "an island in ", False),
    (STRONG_CUE_BEFORE, "near the forward operating base, ", True), (STRONG_CUE_BEFORE, "the base ", False),
    (NEAR_CUE_BEFORE, "20 km from ", True), (NEAR_CUE_BEFORE, "east of ", True),
    (NEAR_CUE_BEFORE, "in ", False),
    (WEAK_CUE_BEFORE, "fighting in ", True), (WEAK_CUE_BEFORE, "retook ", True),
    (WEAK_CUE_BEFORE, "said ", False),
])
def test_cue_regexes_match_their_examples(pattern, text: str, matches: bool) -> None:  # type: ignore[no-untyped-def]
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [(" village was", True), (" district", True), (" island", True),
                                           (" township", True), (" cercle", True), (" municipality", True),
                                           (" said", False), (" islanders", False), (" townships", False)])
def test_strong_cue_after_matches_kind_words(text: str, matches: bool) -> None:
    assert (STRONG_CUE_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, cue", [
    ("Clashes near ", "near"), ("the village of ", "strong"), ("fighting in ", "weak"), ("said ", None),
])
def test_cue_before_classifies_the_preceding_words(text: str, cue: str | None) -> None:
    assert cue_before(text + "X", len(text)) == cue


@pytest.mark.parametrize("name, expected", [
    ("Katsina State", ("Katsina", "state")), ("Afrin district", ("Afrin", "district")),
    ("Hajin", ("Hajin", None)),
])
def test_strip_suffix_splits_kind_words(name: str, expected: tuple[str, str | None]) -> None:
    assert strip_suffix(name) == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (DIVISION_CUE_BEFORE, "between the provinces of ", True), (DIVISION_CUE_BEFORE, "the state of the ", True),
    (DIVISION_CUE_BEFORE, "the village of ", False), (DIVISION_CUE_BEFORE, "the siege of ", False),
])
def test_division_cue_before_matches_division_words(pattern, text: str, matches: bool) -> None:  # type: ignore[no-untyped-def]
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [
    (" province", True), (" region of", True), (" regional office", False), (" village", False),
])
def test_division_cue_after_matches_division_words(text: str, matches: bool) -> None:
    assert (DIVISION_CUE_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, name, expected", [
    ("Fighting spread between the provinces of Zorbastan and Kelvara.", "Zorbastan", True),
    ("Fighting spread between the provinces of Zorbastan and Kelvara.", "Kelvara", True),
    ("Troops moved into the Zorbastan region on Monday.", "Zorbastan", True),
    ("Troops shelled the village of Zorbastan on Monday.", "Zorbastan", False),
    ("Troops shelled Zorbastan village on Monday.", "Zorbastan", False),
])
def test_names_a_division_reads_the_cue_of_a_name_or_its_list(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert names_a_division(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text, matches", [
    (" Local Government Area of Niger State", True), (" local government area", True), (" LGA,", True),
    (" local government officials", False), (" LGAs", False),
])
def test_district_after_matches_district_kinds(text: str, matches: bool) -> None:
    assert (DISTRICT_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [
    ("freed the neighbourhoods of ", True), ("the village of ", True), ("two districts of the ", True),
    ("the state of ", False), ("near the border of ", False), ("the capital of ", False),
])
def test_local_kind_before_matches_kind_words_of_places_inside_a_country(text: str, matches: bool) -> None:
    assert (LOCAL_KIND_BEFORE.search(text) is not None) is matches


@pytest.mark.parametrize("text, name, local", [
    ("Troops freed the neighbourhoods of Domiz and Palestine after days of fighting.", "Palestine", True),
    ("Troops freed the neighbourhoods of Palestine and Domiz after days of fighting.", "Palestine", True),
    ("Shells fell on Karama, Jordan and Yarmouk villages.", "Jordan", True),
    ("Shells fell on the village of Lebanon, west of the river.", "Lebanon", True),
    ("Troops crossed from Syria into Jordan on Monday.", "Jordan", False),
    ("The State of Palestine condemned the raid.", "Palestine", False),
    # A kind word closing another name makes the next name its container.
    ("Militiamen killed 12 civilians in Kasai province of Congo.", "Congo", False),
    ("Gunmen killed five in the Tillaberi region of Niger on Sunday.", "Niger", False),
    ("Troops shelled the Beni territory of Congo overnight.", "Congo", False),
    ("The village of Lebanon was shelled, west of the river.", "Lebanon", True),
])
def test_marked_local_finds_names_called_local_places(text: str, name: str, local: bool) -> None:
    start = text.index(name)
    assert marked_local(text, start, start + len(name)) is local


@pytest.mark.parametrize("text, matches", [
    (" direction of the front", True), (") direction", True), (" axis, where", True),
    (" Axis powers", False), (" directions", False), (" front", False),
])
def test_front_cue_after_matches_front_line_directions(text: str, matches: bool) -> None:
    assert (FRONT_CUE_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [
    ("airstrikes in Northern ", True), ("killed in South ", True), ("fighting for Eastern ", True),
    ("the South-West ", True), ("villages of Central ", True),
    ("north of ", False), ("in northern ", False), ("said Southern ", True), ("Northerners in ", False),
])
def test_region_part_before_matches_capitalised_directions(text: str, matches: bool) -> None:
    assert (REGION_PART_BEFORE.search(text) is not None) is matches


@pytest.mark.parametrize("text, name, precision", [
    ("A commander was killed in South Kandahar on Friday.", "Kandahar", GeoPrecision.REGION),
    ("Jets struck villages in Northern Kandahar.", "Kandahar", GeoPrecision.REGION),
    ("A commander was killed in Kandahar on Friday.", "Kandahar", GeoPrecision.PLACE),
    ("A commander was killed north of Kandahar on Friday.", "Kandahar", GeoPrecision.NEAR),
    ("A commander was killed in northern Kandahar on Friday.", "Kandahar", GeoPrecision.PLACE),
])
def test_mention_precision_reads_a_capitalised_direction_as_part_of_a_region(text: str, name: str,
                                                                             precision: GeoPrecision) -> None:
    town = Place(name="Kandahar", country="Afghanistan", latitude=31.6, longitude=65.7,
                 geo_precision=GeoPrecision.PLACE, feature="city")
    start = text.index(name)
    assert mention_precision(text, start, None, town, start + len(name)) == precision


@pytest.mark.parametrize("feature, precision", [
    ("city", GeoPrecision.NEAR),  # "the Zorbak province": the lower division around the town
    ("village", GeoPrecision.NEAR),
    ("admin1", GeoPrecision.REGION),  # "Kandahar province": the first-level division itself
    ("region", GeoPrecision.REGION),
])
def test_mention_precision_reads_a_division_word_after_a_town_as_near_the_town(feature: str,
                                                                              precision: GeoPrecision) -> None:
    text = "Soldiers on patrol in the north of the Zorbak province were ambushed."
    place = Place(name="Zorbak", country="Niger", latitude=15.0, longitude=2.7, geo_precision=GeoPrecision.PLACE,
                  feature=feature)
    start = text.index("Zorbak")
    end = start + len("Zorbak province")
    assert mention_precision(text, start, "province", place, end) == precision


@pytest.mark.parametrize("text, word, people", [
    ("Suspected Kuki tribal militants opened fire.", "Kuki", True),
    ("Members of the Meitei community protested.", "Meitei", True),
    ("Kukicho tribal elders met.", "Kuki", False),  # only the whole word
    ("Kuki village was burned.", "Kuki", False),
])
def test_names_a_people_finds_a_word_used_before_a_peoples_word(text: str, word: str, people: bool) -> None:
    assert names_a_people(text, word) is people


@pytest.mark.parametrize("text, place_name, owned", [
    ("Zorbaki's former safe haven", "Zorbakeh", True),  # the town's other name
    ("Zorbaki's former safe haven", "Zorbaki", False),  # the town's own name
    ("Zorbaki and Kandahar", "Zorbakeh", False),  # no possessive
])
def test_owned_by_a_person_reads_a_possessive_of_another_name(text: str, place_name: str, owned: bool) -> None:
    loose = name_keys("Zorbaki")[1]
    assert owned_by_a_person(text, len("Zorbaki"), loose, place_name) is owned


@pytest.mark.parametrize("before, matches", [
    ("near the village of ", True),
    ("the town of ", True),
    ("the villages of Zorbat and ", True),
    ("a locality of ", True),
    ("the district of ", False),
    ("the province of ", False),
    ("the people of ", False),
])
def test_settlement_cue_before_matches_a_settlement_word(before: str, matches: bool) -> None:
    assert bool(SETTLEMENT_CUE_BEFORE.search(before)) is matches


@pytest.mark.parametrize("before, matches", [
    ("in Maung Htaung village, 110 km northwest of the city of ", True),
    ("the Tharthar region (north of ", True),
    ("Kupiansk, south-east of ", True),
    ("a village southwest of the town of ", True),
    ("fighters moved north from ", False),
    ("clashes in the north of ", False),
    ("troops in northern ", False),
])
def test_reference_before_matches_a_bearing_that_ends_before_a_name(before: str, matches: bool) -> None:
    assert (REFERENCE_BEFORE.search(before) is not None) == matches
    assert bearing_before(before + "Mandalay", len(before)) == matches


@pytest.mark.parametrize("text, matches", [
    ("in Kasai province of ", True), ("the Tillaberi region of the ", True), ("Ogossagou village of ", True),
    ("the province of ", False), ("The village of ", False), ("freed the neighbourhoods of ", False),
])
def test_named_kind_of_matches_a_kind_word_closing_a_name(text: str, matches: bool) -> None:
    assert (NAMED_KIND_OF.search(text) is not None) is matches
