"""A violent event's death toll taken from the sentences around it, on made-up reports."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.events.figures import FollowingFatalities, KeptFatalities, place_fatalities
from sitrep.model import SUB_EVENT_TYPES, Document, Mention, MentionKind, Place, WorkingDoc
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


@pytest.mark.parametrize("sub_event_type", [
    "Non-state actor overtakes territory", "Abduction/forced disappearance", "Arrests", "Agreement",
])
def test_following_fatalities_clears_the_toll_of_acts_that_kill_nobody(splitter, make_event, sub_event_type):
    text = "Rebels seized Exampleton after clashes that killed five soldiers."
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, text, fatalities=5, sub_event_type=sub_event_type,
                             event_type=SUB_EVENT_TYPES[sub_event_type].value)]
    assert FollowingFatalities()(doc).events[0].fatalities is None



@pytest.mark.parametrize(("sub_event_type", "text"), [
    # an aircraft lost with no hostile fire: those on board are its dead
    ("Other", "An army helicopter crashed near Exampleton, killing both pilots."),
    # a leader killed outside combat
    ("Change to group/activity", "Two rebel commanders were poisoned in Exampleton and died."),
])
def test_following_fatalities_keeps_the_toll_of_developments_that_kill(splitter, make_event, sub_event_type, text):
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, text, fatalities=2, sub_event_type=sub_event_type,
                             event_type=SUB_EVENT_TYPES[sub_event_type].value)]
    assert FollowingFatalities()(doc).events[0].fatalities == 2

def test_following_fatalities_drops_a_sum_over_places(splitter, make_event):
    text = ("Rebels attacked army posts in Exampleton and Otherville overnight. "
            "Seven soldiers were killed, the army said.")
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    sentence = "Rebels attacked army posts in Exampleton and Otherville overnight."
    doc.events = [make_event(document, sentence, fatalities=None),
                  make_event(document, sentence, fatalities=None, location="Otherville")]
    assert [e.fatalities for e in FollowingFatalities()(doc).events] == [None, None]


def test_following_fatalities_keeps_a_toll_two_tellings_of_one_place_share(splitter, make_event):
    text = "Rebels attacked an army post in Exampleton. Seven soldiers were killed, the army said."
    events = fill(splitter, make_event, text, ["Rebels attacked an army post in Exampleton."] * 2)
    assert [e.fatalities for e in events] == [7, 7]


def _with_places(splitter, text: str, names: list[str]) -> WorkingDoc:
    """A report with its counts recognised and each of `names` marked as a place wherever it occurs."""
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.place_mentions = sorted((Mention(start=m.start(), end=m.end(), text=n, kind=MentionKind.PLACE,
                                         value=Place(name=n, country="Syria"))
                                 for n in names for m in re.finditer(n, text)), key=lambda m: m.start)
    return doc


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 31 in Exampleton and 13 in Otherville.", [31, 13]),
    ("Two guards died near Exampleton and a driver was killed near Otherville.", [2, 1]),
    # one figure for both places: the sentence does not split it
    ("Attacks on posts in Exampleton and Otherville killed seven soldiers.", None),
    ("Gunmen killed 31 in Exampleton and wounded 13 in Otherville.", None),
])
def test_place_fatalities_splits_the_dead_by_place(splitter, text, expected):
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    assert place_fatalities(doc, 0, len(text), doc.place_mentions) == expected


def test_following_fatalities_takes_its_place_share_of_a_later_toll(splitter, make_event):
    text = "Gunmen raided Exampleton and Otherville overnight. They killed 31 in Exampleton and 13 in Otherville."
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    sentence = "Gunmen raided Exampleton and Otherville overnight."
    doc.events = [make_event(doc.document, sentence, fatalities=None, location="Exampleton"),
                  make_event(doc.document, sentence, fatalities=None, location="Otherville")]
    assert [e.fatalities for e in FollowingFatalities()(doc).events] == [31, 13]


@pytest.mark.parametrize(("location", "expected"), [
    ("Exampleton", 31),
    ("Otherville", 13),
    # a place the sentence does not split by: the whole toll
    ("Thirdtown", 44),
])
def test_following_fatalities_takes_its_place_share_of_its_own_toll(splitter, make_event, location, expected):
    text = "Gunmen killed 31 in Exampleton and 13 in Otherville overnight."
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    doc.events = [make_event(doc.document, text, fatalities=44, location=location)]
    assert FollowingFatalities()(doc).events[0].fatalities == expected


def test_following_fatalities_keeps_a_lent_toll_its_sentence_does_not_state(splitter, make_event):
    text = "Gunmen killed 31 in Exampleton and 13 in Otherville overnight."
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    doc.events = [make_event(doc.document, text, fatalities=50, location="Exampleton")]
    assert FollowingFatalities()(doc).events[0].fatalities == 50


def test_following_fatalities_splits_by_a_place_the_report_names_elsewhere(splitter, make_event):
    text = ("Gunmen raided the villages of Exampleton and Otherville overnight. "
            "They killed 31 in Exampleton and 13 in Otherville.")
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    # the recogniser missed Otherville in the second sentence
    second = text.index("They")
    doc.place_mentions = [m for m in doc.place_mentions if m.value.name == "Exampleton" or m.start < second]
    tally = "They killed 31 in Exampleton and 13 in Otherville."
    doc.events = [make_event(doc.document, tally, fatalities=44, location="Exampleton")]
    assert FollowingFatalities()(doc).events[0].fatalities == 31


def test_following_fatalities_splits_by_place_past_a_place_that_takes_no_count(splitter, make_event):
    text = "The commander died near Exampleton on Monday, and an officer died near Otherville, Exampleland said."
    doc = _with_places(splitter, text, ["Exampleland", "Exampleton", "Otherville"])
    doc.events = [make_event(doc.document, text, fatalities=2, location="Otherville")]
    assert FollowingFatalities()(doc).events[0].fatalities == 1


@pytest.mark.parametrize(("text", "own", "expected"), [
    # the attackers' dead told after the victims: added
    ("Gunmen attacked a patrol near Exampleton, killing a soldier. "
     "The patrol returned fire and killed three of the assailants.", 1, 4),
    ("Gunmen attacked a patrol near Exampleton, killing a soldier. Three attackers were also killed.", 1, 4),
    # the whole toll restated by side: the event's figure and the attackers'
    ("Gunmen attacked a patrol near Exampleton, killing two soldiers. "
     "The toll is two dead on our side and five dead on the attackers' side, the army said.", 2, 7),
    # other dead told next: not the attackers'
    ("Gunmen attacked a patrol near Exampleton, killing a soldier. Three civilians were also killed.", 1, 1),
    # a restatement that does not hold the event's count: left alone
    ("Gunmen attacked a patrol near Exampleton, killing two soldiers. "
     "The toll is six dead on our side and five dead on the attackers' side.", 2, 2),
    # the own sentence counts the attackers already: not counted twice
    ("Gunmen attacked a patrol near Exampleton, killing a soldier, and two attackers were killed. "
     "Two attackers were killed in the fighting.", 3, 3),
])
def test_following_fatalities_adds_the_attackers_dead(splitter, make_event, text, own, expected):
    first = text[:text.index(". ") + 1]
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, first, fatalities=own)]
    assert FollowingFatalities()(doc).events[0].fatalities == expected


def test_following_fatalities_adds_no_attackers_dead_to_an_attack_on_civilians(splitter, make_event):
    # Civilians do not return fire: the attackers killed after an attack on them died in the troops' act.
    text = "Gunmen killed 12 villagers in Exampleton. Three attackers were also killed when soldiers returned fire."
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, "Gunmen killed 12 villagers in Exampleton.", fatalities=12,
                             event_type="Violence against civilians", sub_event_type="Attack",
                             actor2="Civilians (Exampleland)")]
    assert FollowingFatalities()(doc).events[0].fatalities == 12


def test_following_fatalities_adds_no_attackers_dead_past_the_next_event(splitter, make_event):
    text = ("Gunmen attacked a patrol near Exampleton, killing a soldier. "
            "Rebels raided a post in Otherville. Three attackers were killed there.")
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, "Gunmen attacked a patrol near Exampleton, killing a soldier.", fatalities=1),
                  make_event(document, "Rebels raided a post in Otherville.", fatalities=None, location="Otherville")]
    assert [e.fatalities for e in FollowingFatalities()(doc).events] == [1, 3]


@pytest.mark.parametrize(("kept", "expected"), [
    # the model dropped the second telling's candidate: its toll is the kept event's
    (["Gunmen attacked a police post near Exampleton on Sunday."], [3]),
    # it kept both: the toll stays with the event that states it
    (["Gunmen attacked a police post near Exampleton on Sunday.",
      "The gunmen stormed the post and killed three officers."], [None, 3]),
])
def test_kept_fatalities_reaches_past_dropped_candidates(splitter, make_event, kept, expected):
    text = ("Gunmen attacked a police post near Exampleton on Sunday. "
            "The gunmen stormed the post and killed three officers.")
    document = Document(id="t", text=text, published=dt.date(2024, 3, 15))
    doc = NumberRecogniser()(splitter(WorkingDoc(document=document)))
    doc.events = [make_event(document, sentence, fatalities=3 if "killed" in sentence else None)
                  for sentence in kept]
    assert [e.fatalities for e in KeptFatalities()(doc).events] == expected

def test_following_fatalities_leaves_a_listed_place_the_toll_another_place_is_told(splitter, make_event):
    text = "Gunmen raided Exampleton and Otherville overnight. Seven villagers were killed in Otherville."
    doc = _with_places(splitter, text, ["Exampleton", "Otherville"])
    sentence = "Gunmen raided Exampleton and Otherville overnight."
    doc.events = [make_event(doc.document, sentence, fatalities=None, location="Exampleton"),
                  make_event(doc.document, sentence, fatalities=7, location="Otherville")]
    assert [e.fatalities for e in FollowingFatalities()(doc).events] == [None, 7]


def test_following_fatalities_report_a_toll_told_at_one_listed_place_is_its_own(extraction_pipeline):
    text = "On Monday Russian jets bombed Kupiansk and Izium. The strike on Izium killed four civilians."
    events = extraction_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert {e.location: e.fatalities for e in events} == {"Kupyansk": None, "Izyum": 4}
