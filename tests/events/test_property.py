"""Homes and goods looted or destroyed are the civilians' loss (real ontology)."""
import datetime as dt

import pytest

from sitrep.events.property import BURNED_PROPERTY, CIVILIAN_PROPERTY, VILLAGE_AS_PLACE, civilian_property_lost
from sitrep.events.sides import conform_sides

ON = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, matches", [
    ("Gunmen ransacked two houses near the river.", True),
    ("Bandits looted shops and market stalls in the town.", True),
    ("The attackers torched granaries and stole cattle.", True),
    ("Soldiers razed a militant camp.", False),
    ("Fighters destroyed the ancient mosque.", False),
    ("The army demolished a military base.", False),
])
def test_property_civilian_property_matches_its_examples(text, matches):
    assert (CIVILIAN_PROPERTY.search(text) is not None) is matches


@pytest.mark.parametrize("actor1_role, actor2_role, sub, sentence, expected", [
    ("armed_group", None, "Looting/property destruction", "Gunmen looted shops in the town.", True),
    ("military", None, "Looting/property destruction", "Soldiers burned down houses in the village.", True),
    # Whose property it was is told elsewhere, or it was no civilian's.
    ("armed_group", "military", "Looting/property destruction", "Gunmen looted homes of soldiers.", False),
    ("military", None, "Looting/property destruction", "Soldiers razed a militant camp.", False),
    # A crowd that burns a village commits Mob violence, with no second side.
    ("rioters", None, "Looting/property destruction", "Rioters burned down shops.", False),
    ("armed_group", None, "Attack", "Gunmen burned homes.", False),
    # A village told as where the act was is no one's loss; one taken or burned is.
    ("armed_group", None, "Looting/property destruction",
     "Rebels looted weapons from a military depot near the village of Kalehe.", False),
    ("armed_group", None, "Looting/property destruction", "Jihadists looted an army base in a remote village.", False),
    ("armed_group", None, "Looting/property destruction", "Gunmen torched the village of Kalehe.", True),
    ("armed_group", None, "Looting/property destruction", "Militants set fire to the village.", True),
    ("armed_group", None, "Looting/property destruction", "Raiders looted three villages.", True),
])
def test_property_civilian_property_lost_only_for_peoples_goods(actor_ontology, actor1_role, actor2_role, sub,
                                                               sentence, expected):
    actor1 = actor_ontology.role_actor("Nigeria", actor1_role, ON)
    actor2 = actor_ontology.role_actor("Nigeria", actor2_role, ON) if actor2_role else None
    assert civilian_property_lost(sub, actor1, actor2, sentence) is expected


def test_sides_homes_looted_by_gunmen_are_the_civilians_loss(actor_ontology):
    gunmen = actor_ontology.role_actor("Nigeria", "armed_group", ON)
    actor1, actor2 = conform_sides("Looting/property destruction", gunmen, None, "Nigeria", actor_ontology, ON,
                                   "Gunmen ransacked two houses near the river.")
    assert (actor1.name, actor2.name) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize("text, matches", [
    (" shops and a clinic", True), (" several houses", True), (" two cars", True), (" the village", True),
    (" more than 100 houses", True), (" at least 20 shops", True),
    (" the army base", False), (", killing five", False), (" more than 100 soldiers", False),
    # People burned in them: the act hurt them, it destroyed no mere goods.
    (" a car with its driver inside", False), (" a bus with 20 passengers aboard", False),
    (" a car with petrol", True),
])
def test_property_burned_property_matches_its_examples(text, matches):
    assert (BURNED_PROPERTY.match(text) is not None) is matches


@pytest.mark.parametrize(("before", "matches"), [
    ("near the village", True), ("in the remote village", True), ("at a village", True), ("from the village", True),
    ("torched the village", False), ("set fire to the village", False), ("looted", False),
])
def test_property_village_as_place_matches_its_examples(before, matches):
    # The text before the word "village", as `civilian_property_lost` reads it.
    assert (VILLAGE_AS_PLACE.search(before.rsplit("village", 1)[0]) is not None) is matches
