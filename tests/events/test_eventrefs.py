"""The event a sentence refers back to, and the sides it lends the sentence (made-up reports)."""
import datetime as dt

import pytest
from tests.events.conftest import first_mention

from sitrep.events.eventrefs import (
    AGAIN,
    FOLLOWING_NOUN,
    REFERRING_NOUN,
    Referent,
    reference_of,
    referent,
)
from sitrep.events.implied import EventContext, implied_sides
from sitrep.events.retellings import Candidate
from sitrep.events.sides import VIOLENT_EVENT_TYPES
from sitrep.model import Actor, ActorCategory, Document, EventType

ON = dt.date(2024, 3, 15)
KNLA = Actor("knla", "Karen National Liberation Army", ActorCategory.REBEL_GROUP, "Myanmar")
PDF = Actor("pdf", "People's Defence Force", ActorCategory.REBEL_GROUP, "Myanmar")
JUNTA = Actor("mm", "Military Forces of Myanmar", ActorCategory.STATE_FORCES, "Myanmar")


@pytest.mark.parametrize("sentence, noun", [
    ("During the battle, some twenty rebels died.", "battle"),
    ("Eight soldiers were killed in the fighting.", "fighting"),
    ("The two-day attack on the camps left 100 dead.", "attack"),
    ("Six cartel members died in the shootout.", "shootout"),
    ("This raid was the third in a week.", "raid"),
    ("The strikes destroyed a bridge.", "strikes"),
])
def test_referring_noun_matches_a_definite_act_noun(sentence, noun):
    assert REFERRING_NOUN.search(sentence).group("noun") == noun


@pytest.mark.parametrize("sentence", [
    "Gunmen launched an attack on the village.",  # a new act
    "The attackers fled into the forest.",  # people, not an act
    "Rebels fought soldiers near the border.",
])
def test_referring_noun_ignores_new_acts_and_people(sentence):
    assert REFERRING_NOUN.search(sentence) is None


@pytest.mark.parametrize("sentence, matches", [
    ("Thirty gang members were killed in the ensuing morning clash.", True),
    ("Five more died in subsequent fighting.", True),
    ("Talks resumed the following day.", False),  # "following" starts no act told after
    ("The ensuing panic emptied the market.", False),  # no act noun
])
def test_following_noun_matches_an_act_told_as_following(sentence, matches):
    assert (FOLLOWING_NOUN.search(sentence) is not None) is matches


@pytest.mark.parametrize("sentence, matches", [
    ("The camps were attacked again on Saturday.", True),
    ("Fighters struck again near Goma.", True),
    ("The protest was against the new tax.", False),  # "against" is not "again"
])
def test_again_matches_the_word_only(sentence, matches):
    assert (AGAIN.search(sentence) is not None) is matches


@pytest.mark.parametrize("sentence, types", [
    ("During the battle, twenty rebels died.", {EventType.BATTLES}),
    ("Four people died in the airstrikes.", {EventType.REMOTE_VIOLENCE}),
    ("The assault left twelve dead.", set(VIOLENT_EVENT_TYPES)),
    ("The town was shelled again on Sunday.", set(VIOLENT_EVENT_TYPES)),
])
def test_reference_of_gives_the_types_a_referring_word_fits(sentence, types):
    assert reference_of(sentence).types == types


def test_reference_of_is_none_for_a_sentence_pointing_at_no_act():
    assert reference_of("Soldiers killed four militants near Kidal on Monday.") is None


def _candidate(text: str, sentence: str, s_index: int, actor1: Actor, actor2: Actor,
               event_type: str = "Battles", sub: str = "Armed clash", make_event=None) -> Candidate:
    document = Document(id="d1", text=text, published=ON)
    event = make_event(document, sentence, event_type=event_type, sub_event_type=sub,
                       actor1=actor1.name, actor2=actor2.name)
    return Candidate(event, False, s_index, actor1, actor2)


TEXT = ("KNLA fighters seized a junta outpost near Myawaddy. "
        "The People's Defence Force ambushed a junta convoy in Sagaing. "
        "In the ensuing clash, eight soldiers were killed.")


def test_referent_is_the_act_told_just_before(make_event):
    told = [_candidate(TEXT, "KNLA fighters seized a junta outpost near Myawaddy.", 0, KNLA, JUNTA,
                       sub="Non-state actor overtakes territory", make_event=make_event),
            _candidate(TEXT, "The People's Defence Force ambushed a junta convoy in Sagaing.", 1, PDF, JUNTA,
                       make_event=make_event)]
    found = referent("In the ensuing clash, eight soldiers were killed.", 2, told)
    assert (found.actor1, found.actor2, found.position) == (PDF, JUNTA, 1)


def test_referent_prefers_the_act_named_by_the_same_word(make_event):
    """"The camps were attacked again" refers to the attack on the camps, not to the fight told since."""
    text = ("The KNLA attacked the camps near Myawaddy. The junta fought the PDF in Sagaing. "
            "The camps were attacked again on Saturday.")
    told = [_candidate(text, "The KNLA attacked the camps near Myawaddy.", 0, KNLA, JUNTA, make_event=make_event),
            _candidate(text, "The junta fought the PDF in Sagaing.", 1, JUNTA, PDF, make_event=make_event)]
    found = referent("The camps were attacked again on Saturday.", 2, told)
    assert (found.actor1, found.position) == (KNLA, 0)


@pytest.mark.parametrize("s_index, event_type, sub", [
    (5, "Battles", "Armed clash"),  # told too far back: "the clash" may be another
    (2, "Explosions/Remote violence", "Air/drone strike"),  # a clash refers to no airstrike
])
def test_referent_is_none_when_the_act_is_too_far_or_of_another_kind(make_event, s_index, event_type, sub):
    told = [_candidate(TEXT, "KNLA fighters seized a junta outpost near Myawaddy.", 0, KNLA, JUNTA,
                       event_type=event_type, sub=sub, make_event=make_event)]
    assert referent("In the ensuing clash, eight soldiers were killed.", s_index, told) is None


@pytest.mark.parametrize("named, expected", [
    (JUNTA, KNLA),
    (KNLA, JUNTA),
    (PDF, None),  # not a side of the act referred to
])
def test_referent_other_side_faces_the_named_side(named, expected):
    assert Referent(KNLA, JUNTA, EventType.BATTLES, 0).other_side(named) == expected


def test_referent_fits_an_arrest_only_to_an_arrest():
    """"During these raids, 14 suspects were arrested" tells an arrest, not the raid's fight."""
    raid = Referent(KNLA, JUNTA, EventType.BATTLES, 0)
    assert raid.fits(EventType.VIOLENCE_AGAINST_CIVILIANS)
    assert not raid.fits(EventType.STRATEGIC_DEVELOPMENTS)


def test_implied_one_named_side_takes_the_other_from_the_referred_act(actor_ontology):
    """"During the battle, ten soldiers died" after the KNLA's attack: the KNLA killed them, though
    the report's most named enemy of the junta is the PDF."""
    text = ("The PDF fought the junta in Sagaing all week, and the PDF said the junta burned homes there. "
            "KNLA fighters attacked a junta outpost near Myawaddy. During the battle, ten soldiers died.")
    mentions = [first_mention(text, "The PDF", PDF), first_mention(text, "the junta", JUNTA),
                first_mention(text, "the PDF said", PDF), first_mention(text, "KNLA", KNLA),
                first_mention(text, "ten soldiers", JUNTA)]
    start = text.index("During")
    ctx = EventContext(text, start, len(text), text.index("died") + 4, mentions, "Myanmar", ON,
                       referent=Referent(KNLA, JUNTA, EventType.BATTLES, 0))
    assert implied_sides("Armed clash", None, JUNTA, ctx, actor_ontology) == ("Armed clash", KNLA, JUNTA)


def test_implied_a_side_foreign_to_the_referred_act_keeps_the_report_opponent(actor_ontology):
    text = "KNLA fighters attacked a junta outpost. During the battle, five PDF fighters died."
    mentions = [first_mention(text, "KNLA", KNLA), first_mention(text, "junta", JUNTA),
                first_mention(text, "PDF fighters", PDF)]
    start = text.index("During")
    ctx = EventContext(text, start, len(text), text.index("died") + 4, mentions, "Myanmar", ON,
                       referent=Referent(KNLA, JUNTA, EventType.BATTLES, 0))
    _, actor1, _ = implied_sides("Armed clash", None, PDF, ctx, actor_ontology)
    assert actor1 != KNLA

