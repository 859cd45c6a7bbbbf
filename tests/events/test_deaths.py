import pytest
from tests.events.conftest import first_mention

from sitrep.events.deaths import AIMED_BEFORE, CLASH_WITH, DEAD_AFTER, DIED_AFTER, DIED_ATTACKING, LEFT_BEFORE, died
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

REBELS = Actor("rebels", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (DIED_AFTER, " died", True), (DIED_AFTER, " later died of their wounds", True),
    (DIED_AFTER, " have perished", True), (DIED_AFTER, " lost their lives", True),
    (DIED_AFTER, " were martyred", True), (DIED_AFTER, " embraced martyrdom", True),
    (DIED_AFTER, " attacked the post and two policemen died", False), (DIED_AFTER, " killed two", False),
    (DIED_AFTER, " were killed", False),
    (LEFT_BEFORE, "operations left four ", True), (LEFT_BEFORE, "the raid left at least 12 ", True),
    (LEFT_BEFORE, "the fighters who left the ", True), (LEFT_BEFORE, "fighters attacked ", False),
    (LEFT_BEFORE, "fighting went on, leaving dozens of ", True), (LEFT_BEFORE, "the blast leaves two ", True),
    (LEFT_BEFORE, "the leaflets named ", False),
    (DEAD_AFTER, " dead", True), (DEAD_AFTER, " killed", True), (DEAD_AFTER, " wounded and 17 missing", True),
    (DEAD_AFTER, " injured", True), (DEAD_AFTER, " killers", False), (DEAD_AFTER, " deadlocked", False),
    (DEAD_AFTER, " shot dead", False),
    (CLASH_WITH, "died in clashes with the ", True), (CLASH_WITH, "in fighting with “", True),
    (CLASH_WITH, "died in an airstrike by the ", False),
    (DIED_ATTACKING, " died when they attacked a post", True),
    (DIED_ATTACKING, " were left dead after they stormed the camp", True),
    (DIED_ATTACKING, " died when jets struck", False), (DIED_ATTACKING, " died. Later they attacked", False),
    (AIMED_BEFORE, "The attack on an ", True), (AIMED_BEFORE, "An ambush against a ", True),
    (AIMED_BEFORE, "the airstrikes targeting ", True), (AIMED_BEFORE, "The attackers of the ", False),
    (AIMED_BEFORE, "attacked the ", False),
])
def test_deaths_regexes_match_their_examples(pattern, text, matches):
    found = pattern.search(text) if pattern in (LEFT_BEFORE, CLASH_WITH, AIMED_BEFORE) else pattern.match(text)
    assert (found is not None) is matches


def _mention(text: str, surface: str) -> Mention:
    return first_mention(text, surface, REBELS)


@pytest.mark.parametrize(("text", "surface", "trigger", "dead"), [
    ("About ten TLF fighters died in the battle.", "TLF fighters", "died", True),
    ("Operations left four TLF fighters dead.", "TLF fighters", "dead", True),
    ("The battles went on, leaving dozens of TLF fighters killed.", "TLF fighters", "killed", True),
    ("An ambush that left 12 TLF fighters injured.", "TLF fighters", "injured", True),
    ("Two TLF fighters lost their lives when jets struck.", "TLF fighters", "struck", True),
    # The side an act noun was aimed at suffered the act told after it.
    ("The attack on a TLF fighters' camp killed five.", "TLF fighters", "killed", True),
    ("The TLF fighters' attack on the post killed five.", "TLF fighters", "killed", False),
    # The side acts, or the death is someone else's.
    ("TLF fighters shot dead two soldiers.", "TLF fighters", "shot dead", False),
    ("TLF fighters attacked the post and two policemen died.", "TLF fighters", "died", False),
    # The dead went on the attack: they are its authors.
    ("Three TLF fighters died when they attacked a police post.", "TLF fighters", "died", False),
    # "Left" before the side is not a death unless "dead" follows it.
    ("The army left four TLF fighters in custody.", "TLF fighters", "custody", False),
    ("Leaving the town, TLF fighters killed two soldiers.", "TLF fighters", "killed", False),
])
def test_deaths_died_tells_a_side_only_as_dead(text, surface, trigger, dead):
    end = text.index(trigger) + len(trigger)
    assert died(text, _mention(text, surface), 0, end) is dead


def test_deaths_a_side_that_died_fighting_another_is_no_victim():
    text = "Two TLF fighters died in clashes with the army."
    army = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
    start = text.index("the army")
    later = [Mention(start, start + 8, "the army", MentionKind.ACTOR, army)]
    end = text.index("died") + 4
    assert died(text, _mention(text, "TLF fighters"), 0, end, later) is False
    assert died(text, _mention(text, "TLF fighters"), 0, end) is True
