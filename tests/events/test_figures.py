"""A violent event's death toll taken from the sentences around it, on made-up reports."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.figures import FollowingFatalities
from sitrep.model import Document, WorkingDoc
from sitrep.recognise.numbers import NumberRecogniser
from sitrep.recognise.sentences import SentenceSplitter


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    return SentenceSplitter()


def fill(splitter, make_event, text: str, evidence: list[str], **fields) -> list:
    """Run the stage over a report whose events are stated by the `evidence` sentences."""
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, sentence, fatalities=None, **fields) for sentence in evidence]
    return FollowingFatalities()(doc).events


@pytest.mark.parametrize(("text", "fatalities"), [
    # the usual order: the event, then its toll
    ("Gunmen attacked a police post near Exampleton on Sunday. Four officers were killed, police said.", 4),
    # two sentences on, past one that states no event
    ("Gunmen attacked a police post near Exampleton on Sunday. The post guards the main road. "
     "Three officers died in the attack.", 3),
    # a lead that gives the toll first
    ("Five soldiers have been killed in the north. Gunmen attacked a police post near Exampleton on Sunday.", 5),
    # nothing said of the dead: nothing taken
    ("Gunmen attacked a police post near Exampleton on Sunday. The road was closed for hours.", None),
    # the report tells the harm and names no dead: nobody died
    ("Gunmen attacked a police post near Exampleton on Sunday. Two officers were wounded.", 0),
    ("Gunmen attacked a police post near Exampleton on Sunday. No one was hurt, police said.", 0),
    # a death count in reach outranks a statement of wounded
    ("Gunmen attacked a police post near Exampleton on Sunday. Two officers were wounded. "
     "One of them later died in hospital.", 1),
    # three sentences on is too far to be the same telling
    ("Gunmen attacked a police post near Exampleton on Sunday. The post guards the main road. "
     "It was built last year. Ten people were killed in the region this month.", None),
])
def test_following_fatalities_takes_the_toll_told_nearby(splitter, make_event, text, fatalities):
    event, = fill(splitter, make_event, text, ["Gunmen attacked a police post near Exampleton on Sunday."])
    assert event.fatalities == fatalities


def test_following_fatalities_stops_at_the_next_event(splitter, make_event):
    text = ("Gunmen attacked a police post near Exampleton on Sunday. "
            "Aircraft bombed a depot in Otherville. Six fighters were killed in the raid.")
    first, second = fill(splitter, make_event, text, ["Gunmen attacked a police post near Exampleton on Sunday.",
                                                      "Aircraft bombed a depot in Otherville."])
    assert (first.fatalities, second.fatalities) == (None, 6)


def test_following_fatalities_takes_no_zero_past_the_next_event(splitter, make_event):
    text = ("Gunmen attacked a police post near Exampleton on Sunday. "
            "Aircraft bombed a depot in Otherville. Nobody was hurt in the raid.")
    first, second = fill(splitter, make_event, text, ["Gunmen attacked a police post near Exampleton on Sunday.",
                                                      "Aircraft bombed a depot in Otherville."])
    assert (first.fatalities, second.fatalities) == (None, 0)


def test_following_fatalities_leaves_non_violent_events_alone(splitter, make_event):
    text = "Police arrested two men near Exampleton. Three officers were killed later that week."
    event, = fill(splitter, make_event, text, ["Police arrested two men near Exampleton."],
                  event_type="Strategic developments", sub_event_type="Arrests")
    assert event.fatalities is None


def test_following_fatalities_keeps_a_toll_the_sentence_gives(splitter, make_event):
    text = "Gunmen killed two guards near Exampleton. Five more people died in hospital."
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, "Gunmen killed two guards near Exampleton.", fatalities=2)]
    assert FollowingFatalities()(doc).events[0].fatalities == 2
