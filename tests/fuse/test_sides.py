"""Which actor names can be one side, from the packaged actor ontology."""
from __future__ import annotations

import pytest

from sitrep.fuse.sides import NO_RELATIONS, packaged_relations


@pytest.mark.parametrize("first, second, why", [
    ("People's Protection Units", "Syrian Democratic Forces", "a group and its parent"),
    ("Syrian Democratic Forces", "US-led Coalition", "allies"),
    ("Police Forces of Iran", "Military Forces of Iran", "one state's forces"),
    ("Protesters (Kenya)", "Rioters (Kenya)", "one crowd, framed two ways"),
])
def test_relations_same_side_links_related_names(first, second, why):
    relations = packaged_relations()
    assert relations.same_side(first, second) and relations.same_side(second, first), why


@pytest.mark.parametrize("first, second, why", [
    ("Syrian Democratic Forces", "Islamic State", "enemies"),
    ("Military Forces of Mali", "Military Forces of Niger", "two states"),
    ("Protesters (Kenya)", "Police Forces of Kenya", "a crowd and the police"),
])
def test_relations_same_side_keeps_other_names_apart(first, second, why):
    assert not packaged_relations().same_side(first, second), why


def test_relations_is_unknown_knows_generated_unknown_actors():
    assert packaged_relations().is_unknown("Unidentified Armed Group (Mali)")
    assert not packaged_relations().is_unknown("Islamic State")
    assert NO_RELATIONS.is_unknown("Unidentified Armed Group (Chad)")
    assert not NO_RELATIONS.same_side("Police Forces of Iran", "Military Forces of Iran")
