"""Sub-event typing where word choice alone does not decide (real trigger lexicon)."""
import pytest

from sitrep.events.coding import (
    BY_MOB,
    CROWD_ATTACKS,
    CROWD_WORDS,
    FORCE_ON_PROTESTERS,
    MOB_AGENT,
    PASSIVE_BEFORE,
    PROTEST_FIGHT,
    PROTEST_OBJECT,
    TRUCE_BROKEN_AFTER,
    TRUCE_BROKEN_BEFORE,
    TRUCE_SOUGHT_BEFORE,
    WITHOUT_FIGHTING,
    choose_sub_event_type,
)
from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families
from sitrep.model import Actor, ActorCategory, Place

GANG = Actor("gang", "Unidentified Armed Group (Nigeria)", ActorCategory.POLITICAL_MILITIA, "Nigeria")
CIVILIANS = Actor("civ", "Civilians (Nigeria)", ActorCategory.CIVILIANS, "Nigeria")
RIOTERS = Actor("riot", "Rioters (Nigeria)", ActorCategory.RIOTERS, "Nigeria")
PROTESTERS = Actor("prot", "Protesters (Nigeria)", ActorCategory.PROTESTERS, "Nigeria")
POLICE = Actor("pol", "Police Forces of Nigeria", ActorCategory.STATE_FORCES, "Nigeria")
ARMY = Actor("army", "Military Forces of Nigeria", ActorCategory.STATE_FORCES, "Nigeria")
REBELS = Actor("reb", "Some Rebel Front", ActorCategory.REBEL_GROUP, "Nigeria")
TOWN = Place("Kaduna", "Nigeria", latitude=10.5, longitude=7.4)


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


def _code(finder, sentence, trigger, actor1, actor2, place=None):
    hits = finder.find(sentence, sentence.lower())
    hit = next(h for h in hits if sentence[h.start:h.end] == trigger)
    families = {f.id for h in hits for f in h.families}
    return choose_sub_event_type(hit, families, sentence, sentence[hit.end:], actor1, actor2, (), place)


@pytest.mark.parametrize("sentence, actor1, actor2, expected", [
    ("Gunmen stormed the school and seized students.", GANG, CIVILIANS, "Attack"),
    ("Angry protesters stormed the parliament.", RIOTERS, None, "Violent demonstration"),
    ("Police arrested rioters who stormed the runway.", GANG, None, "Violent demonstration"),
])
def test_coding_an_armed_group_storming_a_place_attacks_it(finder, sentence, actor1, actor2, expected):
    assert _code(finder, sentence, "stormed the", actor1, actor2) == expected


@pytest.mark.parametrize(("text", "matches"), [
    ("the rioters", True), ("protesters gathered", True), ("an angry crowd", True),
    ("gunmen stormed", False), ("the rioting", True), ("a demonstration", True),
])
def test_coding_crowd_words_match_their_examples(text, matches):
    assert (CROWD_WORDS.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Police attacked protesters near the stadium.", "attacked", POLICE, PROTESTERS, "Protest with intervention"),
    # the crowd is the object even where the sides came out wrong
    ("Unknown men attacked dozens of protesters near the stadium.", "attacked", PROTESTERS, None,
     "Protest with intervention"),
    ("Soldiers attacked the demonstrators and killed two.", "attacked", ARMY, PROTESTERS,
     "Excessive force against protesters"),
    ("Protesters attacked a police post near the stadium.", "attacked", PROTESTERS, POLICE,
     "Violent demonstration"),
])
def test_coding_force_used_on_protesters_is_intervention(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Thousands of demonstrators marched on Monday as clashes broke out with police.", "demonstrators",
     PROTESTERS, POLICE, "Violent demonstration"),
    ("Some protesters threw rocks at the troops.", "protesters", PROTESTERS, ARMY, "Violent demonstration"),
    ("Demonstrators attacked a police post during the march.", "Demonstrators", PROTESTERS, POLICE,
     "Violent demonstration"),
    ("Police attacked demonstrators during the march.", "demonstrators", POLICE, PROTESTERS,
     "Protest with intervention"),
    ("Thousands of demonstrators marched peacefully on Monday.", "demonstrators", PROTESTERS, None,
     "Peaceful protest"),
])
def test_coding_a_protest_that_fights_is_a_riot(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Angry villagers burned down the houses of their neighbours.", "burned down", None, CIVILIANS, "Mob violence"),
    ("A suspected thief was set ablaze by some residents on Friday.", "set ablaze", None, CIVILIANS,
     "Mob violence"),
    ("Gunmen burned down the houses of the villagers.", "burned down", GANG, CIVILIANS,
     "Looting/property destruction"),
    ("Villagers said the houses were burned down at night.", "burned down", None, CIVILIANS,
     "Looting/property destruction"),
])
def test_coding_a_civilian_crowd_commits_mob_violence(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Rebels entered the town amid fierce clashes with the army.", "entered", "Armed clash"),
    ("Rebels captured the town after fierce clashes with the army.", "captured",
     "Non-state actor overtakes territory"),
])
def test_coding_entering_a_place_is_a_battle_not_a_capture(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, REBELS, ARMY, TOWN) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Rebels peacefully took control of the town on Monday.", "took control", "Non-violent transfer of territory"),
    ("Rebels captured the town without firing a shot.", "captured", "Non-violent transfer of territory"),
    ("Rebels captured the town after a day of fighting.", "captured", "Non-state actor overtakes territory"),
])
def test_coding_a_place_taken_without_fighting_is_a_non_violent_transfer(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, REBELS, ARMY, TOWN) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The army continued to violate the ceasefire on Monday.", None),
    ("Two soldiers died in ceasefire violations overnight.", None),
    ("Fighting went on despite the truce.", None),
    ("A third group stepped in to broker a truce on Friday.", None),
    ("Mediators called for an immediate ceasefire.", None),
    ("The two sides agreed a ceasefire on Monday.", "Agreement"),
    ("The truce took effect at noon.", "Agreement"),
])
def test_coding_a_broken_or_sought_ceasefire_is_no_agreement(finder, sentence, expected):
    trigger = "truce" if "truce" in sentence else "ceasefire"
    assert _code(finder, sentence, trigger, ARMY, REBELS) == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (PROTEST_FIGHT, "as clashes broke out", True),
    (PROTEST_FIGHT, "some threw stones at police", True),
    (PROTEST_FIGHT, "they marched to parliament", False),
    (PROTEST_OBJECT, " dozens of protesters in the square", True),
    (PROTEST_OBJECT, " the peaceful demonstrators", True),
    (PROTEST_OBJECT, " a police station", False),
    (FORCE_ON_PROTESTERS, "police beat the protesters", True),
    (FORCE_ON_PROTESTERS, "protesters beat a policeman", False),
    (CROWD_ATTACKS, "demonstrators later attacked a bank", True),
    (CROWD_ATTACKS, "police attacked demonstrators", False),
    (MOB_AGENT, "angry villagers ", True),
    (MOB_AGENT, "the gunmen ", False),
    (PASSIVE_BEFORE, "the thief was ", True),
    (PASSIVE_BEFORE, "the mob ", False),
    (BY_MOB, " by some residents on Friday", True),
    (BY_MOB, " by gunmen on Friday", False),
    (TRUCE_BROKEN_BEFORE, "continued to violate the ", True),
    (TRUCE_BROKEN_BEFORE, "agreed a ", False),
    (TRUCE_BROKEN_AFTER, " violations overnight", True),
    (TRUCE_BROKEN_AFTER, " took effect", False),
    (TRUCE_SOUGHT_BEFORE, "stepped in to broker a ", True),
    (TRUCE_SOUGHT_BEFORE, "signed a ", False),
    (WITHOUT_FIGHTING, "entered the town unopposed", True),
    (WITHOUT_FIGHTING, "without any resistance", True),
    (WITHOUT_FIGHTING, "after fierce resistance", False),
])
def test_coding_typing_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern in (PROTEST_OBJECT, BY_MOB, TRUCE_BROKEN_AFTER) else pattern.search(text)
    assert (found is not None) is matches
