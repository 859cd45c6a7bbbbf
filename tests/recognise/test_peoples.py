"""A people's armed men and communities, named after the ontology's ethnic militias."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Document, WorkingDoc
from sitrep.recognise.actors import ActorRecogniser
from sitrep.recognise.peoples import ETHNIC_MILITIA_NAME, people_aliases


@pytest.fixture(scope="module")
def recogniser(actor_ontology):
    return ActorRecogniser(actor_ontology)


def found(recogniser, text):
    doc = WorkingDoc(document=Document(id="t", text=text, published=dt.date(2023, 6, 1)))
    return [(m.text, m.value.name if m.value else None, m.label) for m in recogniser(doc).actor_mentions]


@pytest.mark.parametrize(("name", "people"), [
    ("Tebu Ethnic Militia (Libya)", "Tebu"),
    ("Nuer Ethnic Militia (South Sudan)", "Nuer"),
    ("Military Forces of Libya", None),
    ("Ethnic Militia (Libya)", None),
])
def test_peoples_name_pattern_finds_the_people_of_a_militia(name, people):
    m = ETHNIC_MILITIA_NAME.match(name)
    assert (m.group("people") if m else None) == people


def test_peoples_aliases_come_only_from_ethnic_militias(actor_ontology):
    aliases = dict(people_aliases(actor_ontology))
    assert aliases["Tebu ethnic group"] == "tebu-ethnic-militia-libya"
    assert all(actor_ontology.entries[i].kind == "ethnic_militia" for i in aliases.values())


@pytest.mark.parametrize(("text", "surface", "militia"), [
    ("Clashes broke out with rival fighters from the Tebu ethnic group near the town.",
     "Tebu ethnic group", "Tebu Ethnic Militia (Libya)"),
    ("Two members of the Meitei community were shot dead on the road.", "Meitei community",
     "Meitei Ethnic Militia (India)"),
    ("Nuer youths raided the cattle camp at dawn.", "Nuer youths", "Nuer Ethnic Militia (South Sudan)"),
])
def test_peoples_a_peoples_armed_men_or_community_name_its_militia(recogniser, text, surface, militia):
    assert (surface, militia, "people") in found(recogniser, text)


@pytest.mark.parametrize("text", [
    "The tebu ethnic group was not mentioned in capitals.",  # the people's name is capitalised
    "The Tebu leaders met the governor.",  # not a word for armed men or a community
])
def test_peoples_other_phrases_are_not_the_militia(recogniser, text):
    assert not any(label == "people" for _, _, label in found(recogniser, text))


def test_peoples_a_curated_alias_wins_over_the_derived_phrase(recogniser):
    assert ("Fulani herdsmen", "Fulani Ethnic Militia (Nigeria)", "name") in \
        found(recogniser, "Fulani herdsmen attacked the village.")
