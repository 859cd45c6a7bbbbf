from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.clauses import (
    CLAUSE_BREAK,
    RELATIVE_ASIDE,
    ToldAct,
    clause_span,
    in_relative_aside,
    relative_aside,
    separate_act,
)
from sitrep.events.triggers import TriggerHit
from sitrep.model import Actor, ActorCategory, Document

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


@pytest.mark.parametrize("text, aside", [
    ("The militants, who attacked the base on 3 March 2024, were killed", ", who attacked the base on 3 March 2024,"),
    ("The junta, which seized power in 2021, launched airstrikes", ", which seized power in 2021,"),
    ("The gunmen, who struck on March 3, 2024, fled", ", who struck on March 3, 2024,"),
    ("The militants who attacked the base were killed", None),
    ("The soldiers shot two men, who died in hospital.", None),
])
def test_clauses_relative_aside_is_set_off_by_commas(text, aside):
    match = RELATIVE_ASIDE.search(text)
    assert (match.group() if match else None) == aside


def test_clauses_relative_aside_holds_another_act_or_a_bare_year():
    text = "The rebels, who attacked Alpha on 3 March, were killed in Beta on Monday."
    attacked, killed = _hit(text, "attacked"), _hit(text, "killed")
    assert text[slice(*relative_aside(text, killed, [attacked, killed], 0, len(text)))] == \
        ", who attacked Alpha on 3 March,"
    assert relative_aside(text, attacked, [attacked, killed], 0, len(text)) is None
    assert in_relative_aside(text, attacked, 0, len(text)) and not in_relative_aside(text, killed, 0, len(text))
    dated = "The junta, which seized power in 2021, shelled Beta on Tuesday."
    shelled = _hit(dated, "shelled")
    assert relative_aside(dated, shelled, [shelled], 0, len(dated)) is not None
    # A clause with no act and no year may date the act itself ("which took place on Monday").
    plain = "The attack, which took place on Monday, killed five."
    killed = _hit(plain, "killed")
    assert relative_aside(plain, killed, [killed], 0, len(plain)) is None


@pytest.mark.parametrize("text, location, day", [
    ("The militants, who attacked the base in Menaka on 3 March 2024, were killed by Malian soldiers in Gao"
     " on Monday.", "Gao", dt.date(2024, 3, 11)),
    ("JNIM fighters, who attacked a convoy in Kidal, killed three Malian soldiers in Gao on Wednesday.",
     "Gao", dt.date(2024, 3, 13)),
    ("The Myanmar junta, which seized power in 2021, launched airstrikes on Sagaing on Tuesday, killing"
     " 9 people.", "Sagaing", dt.date(2024, 3, 12)),
    ("The cartel, which emerged in 2010, attacked police in Culiacan on Tuesday, killing four officers.",
     "Culiacan", dt.date(2024, 3, 12)),
])
def test_clauses_main_clause_act_takes_its_own_place_and_day(extraction_pipeline, text, location, day):
    events = extraction_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert [(e.location, e.date) for e in events] == [(location, day)]


@pytest.mark.parametrize("text", [
    "In 2021, the Myanmar junta launched airstrikes on Sagaing, killing 9 people.",
    "The junta, which seized power in 2021, has launched airstrikes on villages since 2022.",
])
def test_clauses_year_outside_an_aside_still_makes_background(extraction_pipeline, text):
    assert extraction_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events == []
