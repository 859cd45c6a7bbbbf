"""Sides named and ordered as the codebook wants for each sub-event type (real ontology)."""
import datetime as dt

import pytest

from sitrep.events.sides import AIRCRAFT_LOST, MOB_PERSON_VICTIM, conform_sides

ON = dt.date(2024, 3, 15)


def test_sides_crowd_is_named_after_where_it_gathers(actor_ontology):
    """"Serbian demonstrators" in Kosovo are Kosovo's protesters (ACLED names crowds by place)."""
    serbian = actor_ontology.role_actor("Serbia", "protesters", ON)
    actor1, actor2 = conform_sides("Peaceful protest", serbian, None, "Kosovo", actor_ontology, ON,
                                   "Serbian demonstrators gathered in Zvecan.")
    assert (actor1.name, actor2) == ("Protesters (Kosovo)", None)


@pytest.mark.parametrize("force_role, sentence, expected", [
    ("government", "Regime gunmen opened fire on protesters.", "Police Forces of Iran"),
    ("military", "Security forces opened fire on protesters.", "Police Forces of Iran"),
    ("military", "Soldiers opened fire on protesters.", "Military Forces of Iran"),
])
def test_sides_force_at_a_protest_is_the_police_unless_the_army_is_named(actor_ontology, force_role,
                                                                          sentence, expected):
    force = actor_ontology.role_actor("Iran", force_role, ON)
    crowd = actor_ontology.role_actor("Iran", "protesters", ON)
    actor1, actor2 = conform_sides("Excessive force against protesters", force, crowd, "Iran", actor_ontology, ON,
                                   sentence)
    assert (actor1.name, actor2.name) == ("Protesters (Iran)", expected)


@pytest.mark.parametrize("report, expected", [
    ("The military seized power last year. Security forces opened fire on protesters.", "Military Forces of Iran"),
    ("The National Guard was deployed. Security forces opened fire on protesters.", "Military Forces of Iran"),
    ("Police closed the square. Security forces opened fire on protesters.", "Police Forces of Iran"),
])
def test_sides_force_at_a_protest_is_the_army_where_the_report_names_it(actor_ontology, report, expected):
    force = actor_ontology.role_actor("Iran", "military", ON)
    crowd = actor_ontology.role_actor("Iran", "protesters", ON)
    actor1, actor2 = conform_sides("Excessive force against protesters", force, crowd, "Iran", actor_ontology, ON,
                                   "Security forces opened fire on protesters.", report)
    assert (actor1.name, actor2.name) == ("Protesters (Iran)", expected)


@pytest.mark.parametrize("sub, role1, role2", [
    ("Arrests", None, "police"),  # the unnamed arrester is the police, the one side named
    ("Armed clash", "government", "military"),  # a government's forces against those forces
])
def test_sides_an_actor_is_never_coded_against_itself(actor_ontology, sub, role1, role2):
    actor1 = actor_ontology.role_actor("Kenya", role1, ON) if role1 else None
    actor2 = actor_ontology.role_actor("Kenya", role2, ON)
    coded1, coded2 = conform_sides(sub, actor1, actor2, "Kenya", actor_ontology, ON, "")
    assert coded1 is not None and coded2 is None


@pytest.mark.parametrize("sub, report, expected", [
    ("Excessive force against protesters", "Crowds were fired on in the capital.", "Police Forces of Iran"),
    ("Protest with intervention", "Troops patrolled. The demonstrators were beaten.", "Military Forces of Iran"),
    ("Peaceful protest", "Crowds gathered in the capital.", None),
])
def test_sides_force_met_by_a_protest_is_the_police_or_the_army_when_unnamed(actor_ontology, sub, report,
                                                                             expected):
    crowd = actor_ontology.role_actor("Iran", "protesters", ON)
    actor1, actor2 = conform_sides(sub, None, crowd, "Iran", actor_ontology, ON, report, report)
    assert (actor1.name, actor2.name if actor2 else None) == ("Protesters (Iran)", expected)


@pytest.mark.parametrize(("sentence", "lost"), [
    ("A military transport plane crashed near the base, killing 15 people on board.", True),
    ("The helicopter went down in the hills.", True),
    ("The rebels surrendered to the army.", False),
])
def test_sides_an_aircraft_lost_has_its_force_as_its_one_side(actor_ontology, sentence, lost):
    army = actor_ontology.role_actor("Iran", "military", ON)
    civilians = actor_ontology.role_actor("Iran", "civilians", ON)
    actor1, actor2 = conform_sides("Other", army, civilians, "Iran", actor_ontology, ON, sentence)
    assert (actor1, actor2) == ((army, None) if lost else (army, civilians))


@pytest.mark.parametrize(("text", "matches"), [
    ("a military helicopter crashed on Monday", True),
    ("the plane went down near the airport", True),
    ("victims of the air crash", True),
    ("the convoy crashed into a ditch", False),
    ("the jet was shot down", False),
])
def test_sides_aircraft_lost_matches_its_examples(text, matches):
    assert (AIRCRAFT_LOST.search(text) is not None) is matches


@pytest.mark.parametrize("text, matches", [
    ("A suspected thief caught at the market on Friday was set ablaze by some residents.", True),
    ("Two men were lynched by a mob in the town.", True),
    ("The crowd beat a driver to death after the crash.", True),
    ("Residents killed the youth they accused of stealing a goat.", True),
    ("A mob stabbed two traders accused of theft.", True),
    ("The mob killed three of the attackers' horses.", False),
    ("Angry villagers burned down the neighbouring village.", False),
    ("The villagers were angry about the arrests.", False),
    ("Residents set fire to three shops and a police post.", False),
])
def test_sides_mob_person_victim_matches_its_examples(text, matches):
    assert bool(MOB_PERSON_VICTIM.search(text)) is matches


@pytest.mark.parametrize("sentence, victims", [
    ("A suspected thief was set ablaze by some residents.", "Civilians (Nigeria)"),
    ("Angry villagers burned down the neighbouring village.", None),
    ("A mob murdered a man accused of theft at the market.", "Civilians (Nigeria)"),
])
def test_sides_a_mob_set_on_a_person_has_civilian_victims(actor_ontology, sentence, victims):
    rioters = actor_ontology.role_actor("Nigeria", "rioters", ON)
    actor1, actor2 = conform_sides("Mob violence", rioters, None, "Nigeria", actor_ontology, ON, sentence)
    assert actor1 == rioters
    assert (actor2.name if actor2 else None) == victims


@pytest.mark.parametrize("arrested, arrester, expected", [
    # A state force read as the side arrested on its own soil made the arrests.
    ("police", "armed_group", ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")),
    ("police", "civilians", ("Police Forces of Kenya", "Civilians (Kenya)")),
    ("military", None, ("Military Forces of Kenya", None)),
])
def test_sides_a_state_force_is_never_the_side_arrested_on_its_own_soil(actor_ontology, arrested, arrester,
                                                                         expected):
    actor1 = actor_ontology.role_actor("Kenya", arrester, ON) if arrester else None
    actor2 = actor_ontology.role_actor("Kenya", arrested, ON)
    coded1, coded2 = conform_sides("Arrests", actor1, actor2, "Kenya", actor_ontology, ON, "")
    assert (coded1.name, coded2.name if coded2 else None) == expected


def test_sides_soldiers_captured_by_a_named_group_or_abroad_stay_the_side_arrested(actor_ontology):
    shabaab = actor_ontology.actor("Al-Shabaab")
    army = actor_ontology.role_actor("Kenya", "military", ON)
    assert conform_sides("Arrests", shabaab, army, "Kenya", actor_ontology, ON, "") == (shabaab, army)
    somali = actor_ontology.role_actor("Somalia", "military", ON)
    coded1, coded2 = conform_sides("Arrests", None, somali, "Kenya", actor_ontology, ON, "")
    assert (coded1.name, coded2) == ("Police Forces of Kenya", somali)


@pytest.mark.parametrize("sub, role1, role2, expected1", [
    # Two forces of one state are never each other's opponent in violence: the author is unnamed.
    ("Armed clash", "police", "military", "Unidentified Armed Group (Kenya)"),
    ("Remote explosive/landmine/IED", "military", "police", "Unidentified Armed Group (Kenya)"),
    # A state's force against civilians or rebels is left as it is.
    ("Armed clash", "police", "armed_group", "Police Forces of Kenya"),
    # Not a violent event: left as it is.
    ("Arrests", "police", "military", "Police Forces of Kenya"),
])
def test_sides_forces_of_one_state_are_one_side_in_violence(actor_ontology, sub, role1, role2, expected1):
    actor1 = actor_ontology.role_actor("Kenya", role1, ON)
    actor2 = actor_ontology.role_actor("Kenya", role2, ON)
    got1, got2 = conform_sides(sub, actor1, actor2, "Kenya", actor_ontology, ON)
    assert (got1.name, got2) == (expected1, actor2)
