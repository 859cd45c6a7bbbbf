"""Which telling of one event gives the folded record its type, evidence and sides."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.merge import merge_duplicates
from sitrep.events.notes import write_note
from sitrep.events.tellings import (
    ACT_WORD,
    DAY_NAMED,
    DEATH_ONLY_TRIGGER,
    PASSIVE_KILLED,
    tells_death_only,
    with_named_day,
    with_named_sides,
)
from sitrep.model import Document

ACT = "Gunmen clashed with soldiers near the Exampleton barracks on Monday."
DEATH = "Among those killed was a teacher from the Exampleton school."
TEXT = f"{ACT} {DEATH}"


@pytest.mark.parametrize(("trigger", "sentence", "expected"), [
    ("killed", "Among those killed was a teacher from the school.", True),
    ("were killed", "Four people were killed, officials said.", True),
    ("dead", "The dead were three soldiers and a driver.", True),
    ("died", "Two more villagers died on Tuesday.", True),
    # an agent's act of killing is the act itself
    ("killed", "The gunmen killed 31 villagers in Exampleton.", False),
    # the sentence names the act beside the death
    ("were killed", "Four people were killed in overnight fighting.", False),
    ("died", "Two soldiers died in an ambush near the river.", False),
    # a death word that says how is the act
    ("beheaded", "One man was beheaded by the gunmen.", False),
    ("shot dead", "A policeman was shot dead at the market.", False),
])
def test_tells_death_only_tells_a_death_without_its_act(make_event, trigger, sentence, expected):
    document = Document(id="d", text=sentence)
    event = make_event(document, sentence, notes=write_note("Attack", trigger, (), False),
                       event_type="Violence against civilians", sub_event_type="Attack")
    assert tells_death_only(event) is expected


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (DEATH_ONLY_TRIGGER, "were killed", True),
    (DEATH_ONLY_TRIGGER, "death toll", True),
    (DEATH_ONLY_TRIGGER, "shot dead", False),
    (DEATH_ONLY_TRIGGER, "killed", False),
    (PASSIVE_KILLED, "among those killed", True),
    (PASSIVE_KILLED, "had been reportedly killed", True),
    (PASSIVE_KILLED, "the gunmen killed four", False),
    (ACT_WORD, "killed in a gunfight", True),
    (ACT_WORD, "an air strike hit the town", True),
    (ACT_WORD, "among those killed was a surgeon", False),
    (DAY_NAMED, "fighters attacked the post on Monday", True),
    (DAY_NAMED, "the raid on 12 March", True),
    (DAY_NAMED, "the raid on March 12", True),
    (DAY_NAMED, "clashes broke out last night", True),
    (DAY_NAMED, "the raid in 2019", False),
    (DAY_NAMED, "the attack two days ago", False),
])
def test_tellings_patterns_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


def _merge_act_with(make_event, other_trigger):
    """The act's telling merged with the more confident second sentence, told by `other_trigger`."""
    document = Document(id="d", text=TEXT)
    act = make_event(document, ACT, actor1="Unidentified Armed Group (Exampleland)", confidence=0.55,
                     notes=write_note("Armed clash", "clashed", ("analysis",), False))
    other = make_event(document, DEATH, confidence=0.6, notes=write_note("Armed clash", other_trigger, (), False))
    merged, = merge_duplicates([other, act])
    return merged


def test_merge_keeps_the_telling_that_names_the_act_over_a_death_told_alone(make_event):
    # the death's sentence is the more confident, and its sides are the context's guess
    merged = _merge_act_with(make_event, "killed")
    assert merged.evidence.text == ACT
    assert {merged.actor1, merged.actor2} == {"Unidentified Armed Group (Exampleland)", "Example Rebels"}


def test_merge_keeps_the_more_confident_telling_when_both_name_the_act(make_event):
    assert _merge_act_with(make_event, "attack").evidence.text == DEATH


@pytest.mark.parametrize(("kept_context", "other_context", "same_type", "takes_other"), [
    (True, False, True, True),
    (False, False, True, False),  # the kept telling names its own sides
    (True, True, True, False),  # the other only borrows them too
    (True, False, False, False),  # another kind of act: its sides are its own
])
def test_with_named_sides_takes_the_sides_a_sentence_names(make_event, kept_context, other_context, same_type,
                                                           takes_other):
    document = Document(id="d", text=TEXT)
    kept = make_event(document, ACT, notes=write_note("Armed clash", "clashed", (), kept_context))
    other = make_event(document, DEATH, actor2="Exampleland Militia",
                       notes=write_note("Armed clash", "killed", (), other_context),
                       **({} if same_type else {"event_type": "Violence against civilians",
                                                "sub_event_type": "Attack"}))
    sides = with_named_sides(kept, other)
    assert sides.evidence == kept.evidence
    assert (sides.actor2 == "Exampleland Militia") is takes_other


@pytest.mark.parametrize(("kept_sentence", "other_sentence", "expected"), [
    # the kept sentence names no day: the day its telling inferred yields to the one named
    ("Protesters marched on parliament.", "Police fired on the protesters on Monday.", dt.date(2021, 3, 1)),
    # the kept sentence names its own day
    ("Protesters marched on parliament on Tuesday.", "Police fired on the protesters on Monday.",
     dt.date(2021, 3, 2)),
    # neither names one
    ("Protesters marched on parliament.", "Police fired on the protesters.", dt.date(2021, 3, 2)),
])
def test_with_named_day_takes_the_day_a_sentence_names(make_event, kept_sentence, other_sentence, expected):
    document = Document(id="d", text=f"{kept_sentence} {other_sentence}")
    kept = make_event(document, kept_sentence, date=dt.date(2021, 3, 2))
    other = make_event(document, other_sentence, date=dt.date(2021, 3, 1))
    assert with_named_day(kept, other).date == expected


def test_merge_takes_the_day_the_folded_telling_names(make_event):
    # one protest met by force, told twice; the kept telling's day came from the publication
    first = "Security forces opened fire on protests in Exampleton, officials said."
    second = "Demonstrators marched on parliament in Exampleton on Monday, and police fired on them."
    document = Document(id="d", text=f"{first} {second}")
    kept = make_event(document, first, event_type="Protests", sub_event_type="Excessive force against protesters",
                      actor1="Protesters (Exampleland)", actor2="Police Forces of Exampleland",
                      date=dt.date(2021, 3, 2), confidence=0.9)
    told = kept.with_changes(evidence=make_event(document, second).evidence, date=dt.date(2021, 3, 1),
                             geo_precision=2, confidence=0.5)
    merged, = merge_duplicates([kept, told])
    assert (merged.evidence.text, merged.date) == (first, dt.date(2021, 3, 1))
