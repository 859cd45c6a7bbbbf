from __future__ import annotations

import pytest

from sitrep.events.clauses import CLAUSE_BREAK, ToldAct, clause_span, separate_act
from sitrep.events.triggers import TriggerHit
from sitrep.model import Actor, ActorCategory

ARMY = Actor("tla", "Testland Army", ActorCategory.STATE_FORCES, "Testland")
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")


def _hit(text: str, word: str) -> TriggerHit:
    start = text.index(word)
    return TriggerHit(start, start + len(word), (), verbal=True, form=word)


@pytest.mark.parametrize("text, parts", [
    ("jets struck A while rebels shelled B", True),
    ("shelled A; two were arrested", True),
    ("fought them off, as new airstrikes hit them", True),
    ("said they shelled A, and that clashes go on", True),
    ("struck Kyiv, and the city of Kharkiv", False),
    ("hit A, as well as B", False),
    ("was hit by a missile, as confirmed by the ministry", False),
    ("attacked A, killing three", False),
    ("struck A with drones", False),
])
def test_clauses_clause_break_parts_clauses_not_lists(text, parts):
    assert bool(CLAUSE_BREAK.search(text)) is parts


def test_clauses_clause_span_stops_at_the_break_before_another_trigger():
    text = "Army jets struck Alpha while rebels shelled Beta."
    struck, shelled = _hit(text, "struck"), _hit(text, "shelled")
    assert text[slice(*clause_span(text, struck, [struck, shelled], 0, len(text)))] == "Army jets struck Alpha "
    assert text[slice(*clause_span(text, shelled, [struck, shelled], 0, len(text)))] == " rebels shelled Beta."


def test_clauses_clause_span_is_the_sentence_when_nothing_parts_the_triggers():
    text = "The army attacked Alpha, killing three."
    attacked, killing = _hit(text, "attacked"), _hit(text, "killing")
    assert clause_span(text, attacked, [attacked, killing], 0, len(text)) == (0, len(text))


@pytest.mark.parametrize("text, second_sides, separate", [
    # Other sides in a clause of its own: a second event.
    ("The army shelled Alpha while rebels attacked Beta.", (REBELS, None), True),
    # Same type, no sides of its own, no other place: the clause restates the act.
    ("The army shelled Alpha; shelling went on.", (None, None), False),
    # No clause break between the two acts.
    ("The army shelled Alpha and shelled Beta.", (REBELS, None), False),
])
def test_clauses_separate_act_needs_a_clause_and_something_new(text, second_sides, separate):
    first = ToldAct(_hit(text, "shelled"), "Shelling/artillery/missile attack", ARMY, REBELS, [])
    word = "attacked" if "attacked" in text else ("shelling" if "shelling" in text else "shelled Beta")
    act = ToldAct(_hit(text, word), "Shelling/artillery/missile attack", *second_sides, [])
    assert separate_act(text, act, [first]) is separate
