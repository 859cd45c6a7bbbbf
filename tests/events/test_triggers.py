import pytest

from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


@pytest.mark.parametrize("text, family", [
    ("Warplanes carried out airstrikes on the town.", "air"),
    ("A roadside bomb exploded near the patrol.", "explosive"),
    ("A suicide bomber blew himself up at the gate.", "suicide"),
    ("The army shelled the outskirts.", "shelling"),
    ("Rebels captured the village.", "territory_gain"),
    ("Police arrested twelve suspects.", "arrest"),
    ("Gunmen kidnapped three students.", "abduction"),
    ("Thousands protested in the capital.", "protest"),
    ("The two sides signed an agreement on prisoners.", "agreement"),
    ("Air defences intercepted two drones.", "intercept"),
])
def test_triggers_family_of_the_strongest_trigger(finder, text, family):
    hits = finder.find(text)
    assert family in {h.top.id for h in hits}


def test_triggers_whole_words_only(finder):
    assert finder.find("The shipment of shellfish was delayed.") == []


def test_triggers_longest_match_wins(finder):
    hits = finder.find("A suicide car bomb hit the checkpoint.")
    assert hits[0].top.id == "suicide"
    assert "suicide car bomb" == "A suicide car bomb hit the checkpoint."[hits[0].start:hits[0].end]


def test_triggers_verbal_forms_are_marked(finder):
    verbal = {h.verbal for h in finder.find("The rebels attacked.")}
    nominal = {h.verbal for h in finder.find("The attack.")}
    assert verbal == {True} and nominal == {False}
