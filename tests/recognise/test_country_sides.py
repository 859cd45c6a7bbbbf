"""A country's bare name as a side: the party to an agreement, the place a strike was launched from."""
from __future__ import annotations

import pytest

from sitrep.recognise.country_sides import (
    DIPLOMATIC,
    LAUNCHED_FROM,
    MILITARY_AGREEMENT,
    PARTY_AFTER,
    PARTY_BEFORE,
    country_side_role,
)


def _role(text: str, country: str, occurrence: int = 0) -> str | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(country, start + 1)
    return country_side_role(text, start, start + len(country))


@pytest.mark.parametrize(("text", "country", "occurrence", "role"), [
    ("Testland and Otherland have agreed a ceasefire from midnight.", "Testland", 0, "military"),
    ("Testland and the Republic of Otherland have agreed a ceasefire.", "Otherland", 0, "military"),
    ("Testland and Otherland swapped 90 prisoners each on Sunday.", "Otherland", 0, "military"),
    ("A peace declaration signed by Testland and Otherland took effect.", "Testland", 0, "government"),
    ("A peace declaration signed by Testland and Otherland took effect.", "Otherland", 0, "government"),
    ("The talks with Otherland yielded a deal to swap prisoners.", "Otherland", 0, "government"),
    ("Testland, Otherland Agree Ceasefire After Talks", "Testland", 0, "government"),
    ("Missiles launched from Testland hit the airport.", "Testland", 0, "military"),
    ("Rockets were fired from the territory of Testland overnight.", "Testland", 0, "military"),
])
def test_country_side_role_names_the_party_of_an_agreement_or_a_launch(text, country, occurrence, role):
    assert _role(text, country, occurrence) == role


@pytest.mark.parametrize(("text", "country"), [
    ("Fighting between Testland and Otherland went on.", "Testland"),  # a battle: its trigger finds the sides
    ("Civilians fled from Testland to the coast.", "Testland"),  # a place
    ("Testland signed into law a new budget.", "Testland"),
    ("Testland said the talks would resume.", "Testland"),  # a source
    ("Fighters from Testland crossed the river.", "Testland"),
])
def test_country_side_role_leaves_a_place_or_a_source_alone(text, country):
    assert _role(text, country) is None


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (PARTY_BEFORE, "a declaration signed by ", True),
    (PARTY_BEFORE, "the first direct talks with ", True),
    (PARTY_BEFORE, "an exchange of prisoners between Testland and ", True),
    (PARTY_BEFORE, "a ceasefire between the ", True),
    (PARTY_BEFORE, "fighting between ", False),
    (PARTY_BEFORE, "the attack in ", False),
    (PARTY_AFTER, " and Otherland agreed", True),
    (PARTY_AFTER, " have agreed a ceasefire", True),
    (PARTY_AFTER, " reached a deal", True),
    (PARTY_AFTER, " signed into law", False),
    (PARTY_AFTER, " said on Monday", False),
    (DIPLOMATIC, "the peace talks", True),
    (DIPLOMATIC, "the ceasefire", False),
    (MILITARY_AGREEMENT, "an exchange of prisoners", True),
    (MILITARY_AGREEMENT, "a peace declaration", False),
    (LAUNCHED_FROM, "missiles launched from ", True),
    (LAUNCHED_FROM, "rockets were fired from the territory of ", True),
    (LAUNCHED_FROM, "a rocket fired from the ", True),
    (LAUNCHED_FROM, "drones launched from the territory of the ", True),
    (LAUNCHED_FROM, "civilians fled from ", False),
    (LAUNCHED_FROM, "fighters from the ", False),
])
def test_country_sides_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern is PARTY_AFTER else pattern.search(text)
    assert (found is not None) is matches
