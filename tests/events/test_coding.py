"""Sub-event typing where word choice alone does not decide (real trigger lexicon)."""
import pytest

from sitrep.events.coding import CROWD_WORDS, choose_sub_event_type
from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families
from sitrep.model import Actor, ActorCategory

GANG = Actor("gang", "Unidentified Armed Group (Nigeria)", ActorCategory.POLITICAL_MILITIA, "Nigeria")
CIVILIANS = Actor("civ", "Civilians (Nigeria)", ActorCategory.CIVILIANS, "Nigeria")
RIOTERS = Actor("riot", "Rioters (Nigeria)", ActorCategory.RIOTERS, "Nigeria")


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


def _code(finder, sentence, trigger, actor1, actor2):
    hit = next(h for h in finder.find(sentence, sentence.lower()) if sentence[h.start:h.end] == trigger)
    families = {f.id for f in hit.families}
    return choose_sub_event_type(hit, families, sentence, sentence[hit.end:], actor1, actor2, (), None)


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
