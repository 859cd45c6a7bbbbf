""""The capital" resolved to the national capital the report means. Sentences are made up."""
from __future__ import annotations

import pytest

from sitrep.model import Document, Sentence, WorkingDoc
from sitrep.recognise.places import PlaceRecogniser
from sitrep.resolve.capitals import CAPITAL_REFERENCE, CapitalResolver
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def stages(gazetteer: Gazetteer) -> tuple[PlaceRecogniser, PlaceResolver, CapitalResolver]:
    return PlaceRecogniser(gazetteer), PlaceResolver(gazetteer), CapitalResolver(gazetteer)


def capitals(stages, text: str) -> list[tuple[str, str, str]]:
    doc = WorkingDoc(document=Document(id="t", text=text), sentences=[Sentence(0, len(text))])
    for stage in stages:
        doc = stage(doc)
    return [(m.text, m.value.name, m.value.country) for m in doc.place_mentions if m.label == "capital"]


@pytest.mark.parametrize("text, expected", [
    # The report's leading country.
    ("Police in Kenya fired tear gas in Mombasa. In the capital, protesters blocked a highway.",
     ("the capital", "Nairobi", "Kenya")),
    # A demonym says whose capital, whatever the report's other places.
    ("Gunmen attacked a hotel in the Libyan capital on Saturday.", ("the Libyan capital", "Tripoli", "Libya")),
    ("Militants stormed a base south-west of the capital on Friday, Somali police said in Baidoa.",
     ("the capital", "Mogadishu", "Somalia")),
])
def test_capitals_the_capital_is_the_national_capital(stages, text, expected):
    assert capitals(stages, text) == [expected]


@pytest.mark.parametrize("text", [
    "Rebels shelled the capital.",  # no country in the report
    "Envoys of Kenya and Uganda met in Mombasa and Jinja before protesters marched on the capital.",  # no lead
    "Six civilians were killed in the regional capital Beni, in Congo.",
    "Russia struck the capital, Kyiv, and Kharkiv in Ukraine.",  # the city is named: a place of its own
    "Kurdish fighters in Syria entered the Kurdish capital of the region.",  # a demonym of no state
])
def test_capitals_an_undecided_or_named_capital_is_left_alone(stages, text):
    assert capitals(stages, text) == []


@pytest.mark.parametrize("text, matches", [
    ("in the capital on Monday", True),
    ("the Yemeni capital", True),
    ("the country's capital city", True),
    ("the capital, Kyiv", False),
    ("the capital Khartoum", False),
    ("the capital of Darfur", False),
    ("the capital punishment law", False),
    ("the regional capital", False),
])
def test_capitals_reference_regex_matches_its_examples(text, matches):
    assert bool(CAPITAL_REFERENCE.search(text)) is matches
