"""Territory typing: who took a place decides regains against overtakes (made-up actors)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.territory import fights_for_state, is_state_of, loser_of_taking, territory_type
from sitrep.model import Actor, ActorCategory, Document, Place

ARMY = Actor(id="army", name="Military Forces of Ruritania", inter=ActorCategory.STATE_FORCES, country="Ruritania")
FOREIGN_ARMY = Actor(id="foreign", name="Military Forces of Borduria", inter=ActorCategory.STATE_FORCES,
                     country="Borduria")
ALLIED_MILITIA = Actor(id="militia", name="Brigade of the Hills", inter=ActorCategory.POLITICAL_MILITIA,
                       country="Ruritania", allies=("Military Forces of Ruritania",))
REBELS = Actor(id="rebels", name="Liberation Front", inter=ActorCategory.REBEL_GROUP, country="Ruritania")
TOWN = Place(name="Strelsau", country="Ruritania")


class Ontology:
    """The actors above, looked up by name as the actor ontology does."""

    def actor(self, id_or_name: str) -> Actor | None:
        return {a.name: a for a in (ARMY, FOREIGN_ARMY, ALLIED_MILITIA, REBELS)}.get(id_or_name)


@pytest.mark.parametrize("actor1, allies, expected", [
    (ARMY, (), "Government regains territory"),
    (REBELS, (), "Non-state actor overtakes territory"),
    # A foreign army taking a town is no government regaining it.
    (FOREIGN_ARMY, (), "Non-state actor overtakes territory"),
    # A militia allied to the state regains what it takes, and so does anyone fighting beside the army.
    (ALLIED_MILITIA, (), "Government regains territory"),
    (REBELS, (ARMY,), "Government regains territory"),
])
def test_territory_type_follows_who_took_the_place(actor1, allies, expected):
    assert territory_type(actor1, allies, TOWN, Ontology()) == expected


def test_territory_is_state_of_only_the_place_country():
    assert is_state_of(ARMY, "Ruritania")
    assert not is_state_of(FOREIGN_ARMY, "Ruritania")
    assert not is_state_of(REBELS, None)


def test_territory_fights_for_state_needs_an_allied_state_force():
    assert fights_for_state(ALLIED_MILITIA, "Ruritania", Ontology())
    assert not fights_for_state(REBELS, "Ruritania", Ontology())
    assert not fights_for_state(ALLIED_MILITIA, "Borduria", Ontology())


@pytest.mark.parametrize("sub, taker, found, expected", [
    # A town rebels took was the state's: the militia fighting beside its army did not hold it.
    ("Non-state actor overtakes territory", REBELS, ALLIED_MILITIA, ARMY),
    ("Non-state actor overtakes territory", REBELS, ARMY, ARMY),
    ("Non-state actor overtakes territory", REBELS, None, None),
    # Another group the report finds for it stays: rebels take from rebels too.
    ("Non-state actor overtakes territory", ALLIED_MILITIA, REBELS, REBELS),
    # A state's taking, or another act, is not this rule's.
    ("Government regains territory", ARMY, ALLIED_MILITIA, ALLIED_MILITIA),
    ("Armed clash", REBELS, ALLIED_MILITIA, ALLIED_MILITIA),
])
def test_territory_loser_of_taking_is_the_state_behind_its_militia(sub, taker, found, expected):
    assert loser_of_taking(sub, taker, found, "Ruritania", Ontology()) == expected


def test_territory_loser_of_taking_keeps_a_militia_of_another_country():
    assert loser_of_taking("Non-state actor overtakes territory", REBELS, ALLIED_MILITIA, "Borduria",
                           Ontology()) == ALLIED_MILITIA


@pytest.mark.parametrize(("text", "loser"), [
    ("Pyu Saw Htee militiamen have been recruited by the junta in Sagaing. The Arakan Army seized the town of "
     "Paletwa on Monday.", "Military Forces of Myanmar"),
    ("National Defence Forces militiamen patrol Hama. HTS fighters captured the town of Suran on Monday.",
     "Syrian Arab Army"),
])
def test_territory_a_town_taken_with_no_loser_named_was_the_states(candidate_pipeline, text, loser):
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(e.actor2 == loser for e in taken)
