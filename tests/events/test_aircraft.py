"""The house rules for an aircraft lost: what tells hostile fire, and whose aircraft it was."""
import datetime as dt

import pytest

from sitrep.events.aircraft import AIRCRAFT_FIRED_ON, CIVIL_AIRCRAFT, WEAPON_OF, aircraft_owner, fire_told_after
from sitrep.events.coding import choose_sub_event_type
from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families
from sitrep.model import Actor, ActorCategory

ON = dt.date(2024, 3, 15)
ARMY = Actor("army", "Military Forces of Mali", ActorCategory.STATE_FORCES, "Mali")


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


def _types(finder, sentence, actor1=ARMY):
    """The type each trigger of a made-up sentence gets, by its word."""
    hits = finder.find(sentence, sentence.lower())
    families = {f.id for h in hits for f in h.families}
    return {sentence[h.start:h.end]: choose_sub_event_type(h, families, sentence, sentence[h.end:], actor1, None, (),
                                                           None) for h in hits}


@pytest.mark.parametrize("sentence, word, expected", [
    # No fire told: the helicopter word is no air strike, the crash word codes the loss.
    ("One of its helicopters crashed near Gao while on a routine mission.", "helicopters", None),
    ("One of its helicopters crashed near Gao while on a routine mission.", "crashed", "Other"),
    ("An army jet went down due to a technical fault on Tuesday.", "went down", "Other"),
    # Fire told: no loss by accident; "shot down" codes the battle by its own word.
    ("The rebels said they damaged a helicopter, which crashed in Kidal.", "crashed", None),
    ("The rebels said they damaged two helicopters, which crashed in Kidal.", "helicopters", None),
    ("Rebels shot down an army helicopter, which crashed near Gao.", "shot down", "Armed clash"),
])
def test_aircraft_a_loss_is_other_unless_fire_is_told(finder, sentence, word, expected):
    assert _types(finder, sentence)[word] == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (AIRCRAFT_FIRED_ON, "it damaged a helicopter, which crashed", True),
    (AIRCRAFT_FIRED_ON, "the jet went down after it was hit by ground fire", True),
    (AIRCRAFT_FIRED_ON, "the helicopter was struck by a missile", True),
    (AIRCRAFT_FIRED_ON, "crashed during a routine mission", False),
    (AIRCRAFT_FIRED_ON, "went down due to a technical fault", False),
    (CIVIL_AIRCRAFT, "a passenger plane crashed", True),
    (CIVIL_AIRCRAFT, "an army helicopter crashed", False),
])
def test_aircraft_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("text, told", [
    ("A helicopter crashed. The aircraft, the ministry confirmed, was hit by a missile.", True),
    ("A helicopter crashed. The helicopter had been shot down by the rebels.", True),
    ("A helicopter crashed. The aircraft was carrying 12 soldiers.", False),
    ("A helicopter crashed. Rebels hit a convoy nearby.", False),
])
def test_aircraft_fire_told_after_reads_the_next_sentence(text, told):
    assert fire_told_after(text, text.index(".") + 1) is told


@pytest.mark.parametrize("sentence, expected", [
    ("One of its helicopters crashed in Kidal on Friday.", "Military Forces of Mali"),
    ("A passenger plane crashed in Kidal on Friday.", None),
    ("The talks in Kidal ended on Friday.", None),
])
def test_aircraft_owner_is_the_army_of_the_place(actor_ontology, sentence, expected):
    owner = aircraft_owner(sentence, "Mali", actor_ontology, ON)
    assert (owner.name if owner else None) == expected


@pytest.mark.parametrize("text, matches", [
    ("Jets of the ", True), ("Helicopters of ", True), ("fighter jets of the ", True), ("Drones of the ", True),
    ("the shelling of ", False), ("the bombardment of the ", False), ("Jets over the ", False),
])
def test_aircraft_weapon_of_matches_its_examples(text, matches):
    assert (WEAPON_OF.fullmatch(text) is not None) is matches
