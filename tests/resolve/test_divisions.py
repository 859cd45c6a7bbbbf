"""A town the text places in a named division resolves to its namesake there. Sentences are made up."""
from __future__ import annotations

import re

import pytest

from sitrep.model import Document, Mention, Place, Sentence, WorkingDoc
from sitrep.recognise.places import PlaceRecogniser
from sitrep.resolve.divisions import QUALIFIER_JOIN
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

Stages = tuple[PlaceRecogniser, PlaceResolver]


@pytest.fixture(scope="module")
def stages(gazetteer: Gazetteer) -> Stages:
    return PlaceRecogniser(gazetteer), PlaceResolver(gazetteer)


def places(stages: Stages, text: str) -> list[Mention]:
    recogniser, resolver = stages
    doc = WorkingDoc(document=Document(id="t", text=text), sentences=[Sentence(0, len(text))], actor_mentions=[])
    return resolver(recogniser(doc)).place_mentions


def place_of(mentions: list[Mention], name: str) -> Place:
    return next(m.value for m in mentions if m.text == name)


@pytest.mark.parametrize("between", [", ", " in ", ", in the ", " in the ", " , "])
def test_qualifier_join_matches_a_comma_or_in(between: str) -> None:
    assert QUALIFIER_JOIN.match(between)


@pytest.mark.parametrize("between", [" and ", " near ", ", north of ", " from ", ", and "])
def test_qualifier_join_refuses_other_links(between: str) -> None:
    assert not QUALIFIER_JOIN.match(between)


@pytest.mark.parametrize("text", [
    "A farmer was killed by shelling in the village of Pervomaiske, Kherson region, on Friday.",
    "Drones hit Pervomaiske, Kherson Oblast, overnight.",
    "Troops shelled Pervomaiske in Kherson province.",
])
def test_in_named_divisions_keeps_an_unknown_namesake_in_the_named_division(stages: Stages, text: str) -> None:
    # The gazetteer holds villages of this name in other oblasts only: the one meant stays unlocated there.
    place = place_of(places(stages, text), "Pervomaiske")
    assert (place.name, place.admin1, place.country) == ("Pervomaiske", "Kherson", "Ukraine")
    assert not place.has_coordinates


def test_in_named_divisions_without_a_division_keeps_the_context_choice(stages: Stages) -> None:
    place = place_of(places(stages, "A farmer was killed by shelling in the village of Pervomaiske on Friday."),
                     "Pervomaiske")
    assert place.has_coordinates and place.admin1 != "Kherson"


@pytest.mark.parametrize("text, name, admin1", [
    ("Jets struck Saraqib in Idlib province.", "Saraqib", "Idlib"),
    ("Gunmen attacked Gwoza, Borno State, at dawn.", "Gwoza", "Borno"),
])
def test_in_named_divisions_leaves_a_town_already_in_its_division(stages: Stages, text: str, name: str,
                                                                  admin1: str) -> None:
    place = place_of(places(stages, text), name)
    assert place.has_coordinates and place.admin1 == admin1


def test_in_named_divisions_moves_every_mention_of_the_name(stages: Stages) -> None:
    text = ("Shelling hit Pervomaiske, Kherson region, on Friday. "
            "Two houses in Pervomaiske burned.")
    found = [m.value for m in places(stages, text) if re.fullmatch("Pervomaiske", m.text)]
    assert len(found) == 2 and all(p.admin1 == "Kherson" and not p.has_coordinates for p in found)

