"""Acts that face no second side: arms seized from no one named. Made-up sentences, the real ontology."""
import datetime as dt

import pytest
from tests.events.conftest import first_mention

from sitrep.events.implied import EventContext, implied_sides
from sitrep.events.unopposed import INTERCEPTION, PEOPLE_TAKEN, SEIZURE, seized_from_no_one, sole_side_first
from sitrep.model import Actor, ActorCategory, Document

ON = dt.date(2024, 3, 15)
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Kenya")


@pytest.mark.parametrize("text, matches", [
    ("a cache of arms was recovered", True), ("troops seized 40 rifles", True), ("police confiscated guns", True),
    ("an arms depot was discovered", True), ("the troops fought all day", False), ("the army said", False),
])
def test_unopposed_seizure(text, matches):
    assert bool(SEIZURE.search(text)) is matches


@pytest.mark.parametrize("text, matches", [
    ("air defences intercepted 12 drones", True), ("a drone was shot down", True), ("missiles were downed", True),
    ("a cache of arms was recovered", False),
])
def test_unopposed_interception(text, matches):
    assert bool(INTERCEPTION.search(text)) is matches


@pytest.mark.parametrize("text, matches", [
    ("four militants were arrested", True), ("the hostage was rescued", True), ("two suspects fled", True),
    ("killed two gunmen", True), ("recovered rifles from a hideout", True), ("raided their camp", True),
    ("a cache of arms was recovered from a house", False),
])
def test_unopposed_people_taken(text, matches):
    assert bool(PEOPLE_TAKEN.search(text)) is matches


@pytest.mark.parametrize("sentence, seized_from_none", [
    ("Soldiers recovered a large cache of weapons and ammunition near Gao on Monday, an officer said.", True),
    ("Troops seized 40 assault rifles from a warehouse in the city on Friday.", True),
    ("Soldiers arrested three men and recovered two rifles on Monday.", False),
    ("Soldiers seized rifles from TLF fighters on Monday.", False),
    ("Soldiers intercepted two drones and recovered their debris.", False),
])
def test_unopposed_seized_from_no_one(actor_ontology, sentence, seized_from_none):
    army = actor_ontology.role_actor("Kenya", "military", ON)
    mentions = [first_mention(sentence, "Soldiers" if "Soldiers" in sentence else "Troops", army)]
    if "TLF" in sentence:
        mentions.append(first_mention(sentence, "TLF fighters", REBELS))
    assert seized_from_no_one(sentence, 0, mentions, army) is seized_from_none


def test_unopposed_a_seizure_after_an_arrest_keeps_no_arrested_side(actor_ontology):
    """The seizure told after an arrest takes the arrest's sides from context; the arms were found,
    taken from no one its own sentence names."""
    text = "Police arrested five TLF fighters in Garissa. An official said a cache of arms was recovered by police."
    police = actor_ontology.role_actor("Kenya", "police", ON)
    mentions = [first_mention(text, "Police", police), first_mention(text, "TLF fighters", REBELS)]
    start = text.index("An official")
    ctx = EventContext(text, start, len(text), text.index("recovered") + 9, mentions, "Kenya", ON)
    assert implied_sides("Disrupted weapons use", police, REBELS, ctx, actor_ontology) == \
        ("Disrupted weapons use", police, None)


def test_unopposed_intercepted_drones_keep_the_side_that_fired_them(actor_ontology):
    text = "Russian forces attacked Kharkiv for days. Ukrainian air defences intercepted 12 drones overnight."
    russia = actor_ontology.role_actor("Russia", "military", ON)
    ukraine = actor_ontology.role_actor("Ukraine", "military", ON)
    mentions = [first_mention(text, "Russian forces", russia), first_mention(text, "Ukrainian air", ukraine)]
    start = text.index("Ukrainian air")
    ctx = EventContext(text, start, len(text), text.index("intercepted") + 11, mentions, "Ukraine", ON)
    _, actor1, actor2 = implied_sides("Disrupted weapons use", ukraine, None, ctx, actor_ontology)
    assert (actor1, actor2) == (ukraine, russia)


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    # Arms found, taken from no one named.
    ("Malian soldiers recovered a large cache of weapons and ammunition near Gao on Monday, the army said.",
     "Disrupted weapons use", "Military Forces of Mali", None),
    # Works struck, no one harmed.
    ("Russian drones hit power lines in the Sumy region overnight, cutting electricity to 20,000 homes.",
     "Air/drone strike", "Military Forces of Russia", None),
    ("On Friday, ELN rebels fired rockets at the Cano Limon oil pipeline in Arauca, the army said.",
     "Shelling/artillery/missile attack", "National Liberation Army (Colombia)", None),
    # Goods burned by an armed side: property destroyed; a car is no one's side.
    ("Cartel gunmen burned five trucks on the highway near Culiacan on Monday.",
     "Looting/property destruction", "Unidentified Armed Group (Mexico)", None),
    # Homes burned are the civilians' loss (`property`).
    ("ISWAP fighters burnt several homes in the village of Malari on Monday.",
     "Looting/property destruction", "Islamic State West Africa Province", "Civilians (Nigeria)"),
])
def test_unopposed_wire_sentences_name_no_second_side_where_none_was_hit(candidate_pipeline, text, sub, actor1,
                                                                       actor2):
    events = candidate_pipeline.run(Document(id="probe", text=text, published=ON)).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [(sub, actor1, actor2)]


@pytest.mark.parametrize("text", [
    "Three people were burned to death in Beni on Monday.",
    "Burned-out cars lined the streets of Khartoum on Monday.",
    "Villagers burned the effigy of the governor in Kano on Monday.",
])
def test_unopposed_burning_without_goods_burned_by_an_armed_side_is_no_property_destruction(candidate_pipeline,
                                                                                             text):
    events = candidate_pipeline.run(Document(id="probe", text=text, published=ON)).events
    assert not [e for e in events if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("sub, sides, expected", [
    ("Non-violent transfer of territory", (None, REBELS), (REBELS, None)),
    ("Headquarters or base established", (None, REBELS), (REBELS, None)),
    ("Change to group/activity", (None, REBELS), (REBELS, None)),
    # A side the act is done to stays the second side.
    ("Looting/property destruction", (None, REBELS), (None, REBELS)),
    ("Arrests", (None, REBELS), (None, REBELS)),
])
def test_unopposed_sole_side_first(sub, sides, expected):
    assert sole_side_first(sub, *sides) == expected


def test_unopposed_a_side_named_after_a_peaceful_takeover_made_it(candidate_pipeline):
    text = "Having peacefully taken control of the Sharara oil field on Monday, the LNA now eyes a second field."
    events = candidate_pipeline.run(Document(id="probe", text=text, published=ON)).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == \
        [("Non-violent transfer of territory", "Libyan National Army", None)]
