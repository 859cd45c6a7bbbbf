"""Camps of displaced people as the civilians' places an act is aimed at (made-up sentences)."""
import datetime as dt

import pytest

from sitrep.events.camps import ARMED_CAMP_WORDS, CAMP_AHEAD, CAMP_BEFORE, DISPLACEMENT_CAMP, aims_at_displacement_camp
from sitrep.events.implied import EventContext, implied_sides

ON = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text, matches", [
    ("shelled Otash displacement camp", True),
    ("smoke rose over a refugee camp", True),
    ("IDP camps around the city", True),
    ("the crowded camps for displaced people", True),
    ("a camp housing refugees from Sudan", True),
    ("an army camp near Boni", False),
    ("the camp commander was arrested", False),
])
def test_displacement_camp_matches_camps_of_the_displaced_only(text, matches):
    assert (DISPLACEMENT_CAMP.search(text) is not None) is matches


@pytest.mark.parametrize("after_trigger, matches", [
    (" the Bakassi IDP camp in Maiduguri", True),
    (" an assault on the Kalma and Otash camps and the town", True),
    (" attacks on two camps near Goma", True),
    (" residents who fled to the camps", False),  # where people went, not what was hit
    (" the town near the camp", False),
])
def test_camp_ahead_matches_camps_an_act_is_aimed_at(after_trigger, matches):
    assert (CAMP_AHEAD.match(after_trigger) is not None) is matches


@pytest.mark.parametrize("before_trigger, matches", [
    ("The camps were ", True),
    ("On Sunday a camp came under ", True),
    ("Residents of the camp said gunmen ", False),
])
def test_camp_before_matches_camps_before_a_passive_act(before_trigger, matches):
    assert (CAMP_BEFORE.search(before_trigger) is not None) is matches


@pytest.mark.parametrize("words, armed", [
    ("a joint junta and militia ", True),
    ("a rebel training ", True),
    ("the Kalma and Otash ", False),
])
def test_armed_camp_words_give_a_camp_to_an_armed_side(words, armed):
    assert (ARMED_CAMP_WORDS.search(words) is not None) is armed


@pytest.mark.parametrize("text, trigger, expected", [
    ("ISWAP fighters raided the Bakassi IDP camp in Maiduguri overnight.", "raided", True),
    # The report calls its camps the displaced people's in another sentence.
    ("Gang members stormed the Delmas camp on Friday. The camps for displaced people shelter 700,000.",
     "stormed", True),
    ("Al-Shabaab fighters stormed a military camp in Lower Shabelle. Refugee camps are full.", "stormed", False),
    # A camp in a report that never calls a camp one of the displaced may be anyone's.
    ("Gunmen attacked the Kalima camp on Friday.", "attacked", False),
])
def test_aims_at_displacement_camp_needs_a_camp_of_the_displaced(text, trigger, expected):
    start = text.index(trigger)
    end = text.index(".") + 1
    assert aims_at_displacement_camp(text, 0, end, start, start + len(trigger)) is expected


def test_implied_an_offensive_on_displacement_camps_attacks_civilians(actor_ontology):
    """An armed group's offensive on camps of the displaced is an attack on civilians, not a fight
    with the army the report names elsewhere."""
    text = ("Rebels of the TLF launched an offensive on the Kakuma and Dadaab camps on Friday. "
            "The camps for displaced people shelter 300,000.")
    rebels = actor_ontology.role_actor("Kenya", "armed_group", ON)
    end = text.index(".") + 1
    ctx = EventContext(text, 0, end, text.index("launched") + 8, [], "Kenya", ON,
                       trigger_start=text.index("launched"))
    sub, actor1, actor2 = implied_sides("Armed clash", rebels, None, ctx, actor_ontology)
    assert (sub, actor1, actor2.name) == ("Attack", rebels, "Civilians (Kenya)")
