"""Acts a side is under: the side suffers them, the side named after "from", "of" or "by" does them."""
import datetime as dt

import pytest

from sitrep.events.under_attack import UNDER_AGENT, UNDER_BEFORE, UNDER_TRIGGER, agent_of_act_under, under_act
from sitrep.model import Document


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (UNDER_BEFORE, "the village was under ", True),
    (UNDER_BEFORE, "fell back towards Raqqa under heavy ", True),
    (UNDER_BEFORE, "came under sustained rocket ", True),
    (UNDER_BEFORE, "under the cover of ", False),
    (UNDER_BEFORE, "the town is held ", False),
    (UNDER_TRIGGER, "attack", True), (UNDER_TRIGGER, "strikes", True), (UNDER_TRIGGER, "shelling", True),
    (UNDER_TRIGGER, "deal", False), (UNDER_TRIGGER, "control", False),
    (UNDER_AGENT, " from ", True), (UNDER_AGENT, " of the ", True), (UNDER_AGENT, " by ", True),
    (UNDER_AGENT, " near ", False), (UNDER_AGENT, " in the town of ", False),
])
def test_under_attack_patterns_match_their_examples(pattern, text, matches):
    found = pattern.fullmatch(text) if pattern is not UNDER_BEFORE else pattern.search(text)
    assert bool(found) is matches


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The village was under attack from junta troops.", "attack", True),
    ("The rebels retreated under strikes of the coalition.", "strikes", True),
    ("The rebels left under a deal with Russia.", "deal", False),
    ("The army attacked the village.", "attacked", False),
])
def test_under_act_needs_under_before_a_violent_act(text, trigger, expected):
    start = text.index(trigger)
    assert under_act(text, 0, start, start + len(trigger)) is expected


def test_agent_of_act_under_reads_the_words_between_act_and_side():
    text = "under attack from junta troops"
    assert agent_of_act_under(text, text.index(" from"), text.index("junta"))
    assert not agent_of_act_under(text, text.index(" from"), text.index("troops"))


@pytest.mark.parametrize(("text", "author"), [
    ("IS militants fell back towards Raqqa under strikes of the US-led coalition on Monday.", "US-led Coalition"),
    ("The village of Kin Ma in Sagaing was under attack from junta troops on Monday.",
     "Military Forces of Myanmar"),
])
def test_under_attack_the_side_named_after_the_act_does_it(candidate_pipeline, text, author):
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert events and events[0].actor1 == author
