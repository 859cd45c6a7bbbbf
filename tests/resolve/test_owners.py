"""Whose force a generic mention is, from the words around it (made-up sentences)."""
from __future__ import annotations

import pytest

from sitrep.model import Mention, MentionKind
from sitrep.resolve.owners import LOYAL_TO, QUALIFIER_BEFORE, demonym_country


@pytest.mark.parametrize(("text", "qualifier"), [
    ("A Karabakh ", "Karabakh"), ("the Artsakh ", "Artsakh"), ("The ", None), ("Some ", None),
    ("the local ", None),
])
def test_owners_qualifier_before_matches_its_examples(text, qualifier):
    found = QUALIFIER_BEFORE.search(text)
    assert (found.group(1) if found else None) == qualifier


@pytest.mark.parametrize(("text", "surname"), [
    (" loyal to deposed ruler Bashar al-Assad", "Assad"), (" loyal to Haftar", "Haftar"),
    (" linked to the former president Omar al-Bashir", "Bashir"), (" loyal to the cause", None),
    (" who fled", None),
])
def test_owners_loyal_to_matches_its_examples(text, surname):
    found = LOYAL_TO.match(text)
    assert (found.group(1) if found else None) == surname


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Lebanese militants fired rockets.", "militants", "Lebanon"),
    ("Then Palestinian gunmen opened fire.", "gunmen", "Palestine"),
    ("Kurdish fighters attacked the post.", "fighters", None),  # a people, no state
    ("The militants fired rockets.", "militants", None),
])
def test_owners_demonym_country_reads_the_demonym_right_before(actor_ontology, text, surface, country):
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, MentionKind.ACTOR, label="generic")
    assert demonym_country(actor_ontology, mention, text) == country
