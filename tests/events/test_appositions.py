"""Appositions that describe a side: regexes and the rule, on made-up sentences."""
import pytest

from sitrep.events.appositions import (
    APPOSITION_OPEN,
    APPOSITION_REST,
    GENERIC_CLOSE,
    GENERIC_OPEN,
    RELATION_OF_OPEN,
    describes,
)
from sitrep.model import Mention, MentionKind


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (APPOSITION_OPEN, ", a ", True), (APPOSITION_OPEN, ", ", True), (APPOSITION_OPEN, ", the main ", True),
    (APPOSITION_OPEN, " and ", False),
    (APPOSITION_REST, " member, struck", True), (APPOSITION_REST, "'s affiliate in the Sahel, attacked", True),
    (APPOSITION_REST, " ally, took", True), (APPOSITION_REST, " and militias attacked", False),
    (APPOSITION_REST, " fighters, who attacked", False),
    (RELATION_OF_OPEN, ", a member of the ", True), (RELATION_OF_OPEN, ", an ally of ", True),
    (RELATION_OF_OPEN, ", the police and ", False),
    (GENERIC_OPEN, ", an ethnic ", True), (GENERIC_OPEN, ", a ", True), (GENERIC_OPEN, ", the ", False),
    (GENERIC_OPEN, " and ", False),
    (GENERIC_CLOSE, ", and junta troops", True), (GENERIC_CLOSE, " attacked", False),
])
def test_appositions_regexes_match_their_examples(pattern, text, matches):
    whole = pattern in (APPOSITION_OPEN, RELATION_OF_OPEN, GENERIC_OPEN)
    found = pattern.fullmatch(text) if whole else pattern.match(text)
    assert (found is not None) is matches


def _mention(text, surface, label):
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, MentionKind.ACTOR, label=label)


@pytest.mark.parametrize(("text", "first", "second", "label", "expected"), [
    ("The TNLA, an ethnic armed group, and junta troops fought.", "The TNLA", "armed group", "ambiguous", True),
    ("ISWAP, a jihadist group, attacked the base.", "ISWAP", "jihadist group", "generic", True),
    # a list, a definite phrase, or a phrase that goes on is no apposition
    ("The TNLA, the militants and junta troops fought.", "The TNLA", "militants", "generic", False),
    ("The TNLA, an armed group and junta troops fought.", "The TNLA", "armed group", "ambiguous", False),
    # a name after a name needs a relation word
    ("The TNLA, the KIA, and junta troops fought.", "The TNLA", "the KIA", "name", False),
])
def test_appositions_a_generic_phrase_set_off_after_a_name_describes_it(text, first, second, label, expected):
    previous = _mention(text, first, "name")
    assert describes(text, previous, _mention(text, second, label)) is expected
