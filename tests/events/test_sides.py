"""Sides named and ordered as the codebook wants for each sub-event type (real ontology)."""
import datetime as dt

import pytest

from sitrep.events.sides import conform_sides

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
