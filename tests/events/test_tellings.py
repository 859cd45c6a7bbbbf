"""Which telling of one event gives the folded record its type, evidence and sides."""
from __future__ import annotations

import pytest

from sitrep.events.merge import merge_duplicates
from sitrep.events.notes import write_note
from sitrep.events.tellings import ACT_WORD, DEATH_ONLY_TRIGGER, PASSIVE_KILLED, tells_death_only, with_named_sides
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
])
def test_tellings_patterns_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


def test_merge_keeps_the_telling_that_names_the_act_over_a_death_told_alone(make_event):
    # the death's sentence is the more confident, and its sides are the context's guess
    document = Document(id="d", text=TEXT)
    act = make_event(document, ACT, actor1="Unidentified Armed Group (Exampleland)", confidence=0.55,
                     notes=write_note("Armed clash", "clashed", ("analysis",), False))
    death = make_event(document, DEATH, confidence=0.6, notes=write_note("Armed clash", "killed", (), False))
    merged, = merge_duplicates([death, act])
    assert merged.evidence.text == ACT
    assert {merged.actor1, merged.actor2} == {"Unidentified Armed Group (Exampleland)", "Example Rebels"}


def test_merge_keeps_the_more_confident_telling_when_both_name_the_act(make_event):
    document = Document(id="d", text=TEXT)
    act = make_event(document, ACT, actor1="Unidentified Armed Group (Exampleland)", confidence=0.55,
                     notes=write_note("Armed clash", "clashed", ("analysis",), False))
    other = make_event(document, DEATH, confidence=0.6, notes=write_note("Armed clash", "attack", (), False))
    merged, = merge_duplicates([other, act])
    assert merged.evidence.text == DEATH


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
