"""Names listed with a plural kind word share its cue; a landform's word makes a place. Sentences are made up."""
from __future__ import annotations

import pytest

from sitrep.recognise.place_lists import (
    LANDFORM_BEFORE,
    LIST_CUE_AFTER,
    LIST_CUE_BEFORE,
    LIST_JOIN_BEFORE,
    NAME_ENDING,
    listed_after_cue,
    listed_before_cue,
    listed_with_kind,
    written_out,
)


@pytest.mark.parametrize("pattern, text, matches", [
    (LIST_CUE_BEFORE, "raids on the villages of ", True),
    (LIST_CUE_BEFORE, "notably in the localities of ", True),
    (LIST_CUE_BEFORE, "recovered from three districts - ", True),
    (LIST_CUE_BEFORE, "the neighborhoods of the ", True),
    (LIST_CUE_BEFORE, "the towns: ", True),
    (LIST_CUE_BEFORE, "the village of ", False),  # singular: STRONG_CUE_BEFORE's job
    (LIST_CUE_BEFORE, "the leaders of ", False),
    (LIST_CUE_AFTER, " villages on Monday", True),
    (LIST_CUE_AFTER, " districts.", True),
    (LIST_CUE_AFTER, " villagers fled", False),
    (LIST_JOIN_BEFORE, "Kortalo, ", True),
    (LIST_JOIN_BEFORE, "Kortalo and ", True),
    (LIST_JOIN_BEFORE, "Kortalo, and ", True),
    (LIST_JOIN_BEFORE, "Kortalo as well as ", True),
    (LIST_JOIN_BEFORE, "Kortalo or ", False),
    (LIST_JOIN_BEFORE, "Kortalo; ", False),
    (NAME_ENDING, "the villages of Ein Tarma", True),
    (NAME_ENDING, "the villages of al-Yabisah", True),
    (NAME_ENDING, "the villages of", False),
    (LANDFORM_BEFORE, "including Mt. ", True),
    (LANDFORM_BEFORE, "on Mount ", True),
    (LANDFORM_BEFORE, "mounted ", False),
])
def test_place_list_regexes_match_their_examples(pattern, text: str, matches: bool) -> None:  # type: ignore[no-untyped-def]
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("text, name, head", [
    ("Jets bombed the villages of Kortalo, Mbesiwa and Tarawinde.", "Tarawinde", "Kortalo"),
    ("Jets bombed the villages of Kortalo, Mbesiwa and Tarawinde.", "Mbesiwa", "Kortalo"),
    ("Jets bombed the villages of Kortalo, Mbesiwa and Tarawinde.", "Kortalo", "Kortalo"),
    ("Posts were hit in the localities of Ein Kortalo, al-Mbesiwa, and Tarawinde.", "Tarawinde", "Ein Kortalo"),
    ("Arms were found in three districts - Kortalo, Mbesiwa and Tarawinde.", "Mbesiwa", "Kortalo"),
])
def test_listed_after_cue_finds_the_first_name_of_the_list(text: str, name: str, head: str) -> None:
    assert listed_after_cue(text, text.index(name)) == text.index(head)


@pytest.mark.parametrize("text, name", [
    ("Ahmed, Bashir and Karim were arrested.", "Karim"),  # no kind word: people as much as places
    ("The villages of Kortalo were calm, and Mbesiwa said so.", "Mbesiwa"),  # "were calm" breaks the list
    ("The villages of Kortalo or Mbesiwa were hit.", "Mbesiwa"),  # "or" does not list
])
def test_listed_after_cue_ignores_names_outside_a_cued_list(text: str, name: str) -> None:
    assert listed_after_cue(text, text.index(name)) is None


@pytest.mark.parametrize("text, name, listed", [
    ("Troops captured Kortalo, Mbesiwa and Tarawinde villages.", "Kortalo", True),
    ("Troops captured Kortalo, Mbesiwa and Tarawinde villages.", "Mbesiwa", True),
    ("Troops captured Kortalo, Mbesiwa and Tarawinde villagers.", "Kortalo", False),
    ("Ahmed, Bashir and Karim were arrested.", "Ahmed", False),
])
def test_listed_before_cue_reads_a_kind_word_after_the_list(text: str, name: str, listed: bool) -> None:
    assert listed_before_cue(text, text.index(name) + len(name)) is listed


@pytest.mark.parametrize("text, name, listed", [
    ("Troops captured Kortalo and Mbesiwa villages.", "Mbesiwa", True),  # the kind word right after
    ("Jets bombed the towns of Kortalo and Mbesiwa.", "Mbesiwa", True),
    ("Kortalo and Mbesiwa were bombed.", "Mbesiwa", False),
])
def test_listed_with_kind_reads_either_side(text: str, name: str, listed: bool) -> None:
    start = text.index(name)
    assert listed_with_kind(text, start, start + len(name)) is listed


@pytest.mark.parametrize("name, expected", [
    ("Mt. Zerbal", "Mount Zerbal"), ("Mt Zerbal", "Mount Zerbal"), ("Mount Zerbal", "Mount Zerbal"),
    ("Mtara", "Mtara"),
])
def test_written_out_spells_a_landforms_abbreviation(name: str, expected: str) -> None:
    assert written_out(name) == expected
