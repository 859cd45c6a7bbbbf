"""Folding the later tellings of an event into it, on hand-built candidates and made-up reports."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.notes import CONTEXT_SIDES
from sitrep.events.retellings import (
    ABOUT_TOLD_ACT,
    DEATH_OF_TOLD_ACT,
    FIGHT_TRIGGER,
    ONE_MORE_VICTIM,
    TOLD_ACT,
    Candidate,
    fold_retellings,
    tells_told_act,
)
from sitrep.model import Document

TEXT = ("Rebels attacked an army post in Exampleton on Monday, killing three soldiers. "
        "Two villagers died in the crossfire, a resident said. "
        "Two villagers were killed in another attack on Monday. "
        "Two villagers were killed on Monday. "
        "Another villager died in the crossfire. "
        "The villagers died on the spot.")
FIRST = "Rebels attacked an army post in Exampleton on Monday, killing three soldiers."
CROSSFIRE = "Two villagers died in the crossfire, a resident said."
ANOTHER = "Two villagers were killed in another attack on Monday."
KILLED = "Two villagers were killed on Monday."
MORE = "Another villager died in the crossfire."
ON_THE_SPOT = "The villagers died on the spot."
DOCUMENT = Document(id="t", text=TEXT)


@pytest.mark.parametrize(("sentence", "pattern"), [
    ("A fourth soldier was injured in the same attack, officials said.", TOLD_ACT),
    ("Two people were killed in the incident.", TOLD_ACT),
    ("About ten militants died during the battle.", TOLD_ACT),
    ("One civilian died in the crossfire.", TOLD_ACT),
    ("Two porters were killed in the tragic incident, the governor of Ituri said.", TOLD_ACT),
    ("A Fano fighter was also killed during the armed encounter.", TOLD_ACT),
    ("Three soldiers were wounded in the Russian drone attack.", TOLD_ACT),
    ("The same clash left four fighters wounded.", TOLD_ACT),
    ("The incident occurred at a checkpoint near the town.", ABOUT_TOLD_ACT),
    ("The attack took place near the border.", ABOUT_TOLD_ACT),
    ("He said the two slain civilians were a woman and a child.", ABOUT_TOLD_ACT),
    ("The villagers died on the spot, police said.", DEATH_OF_TOLD_ACT),
    ("A woman died at the hospital, a relative said.", DEATH_OF_TOLD_ACT),
    ("Two more soldiers later succumbed to their injuries.", DEATH_OF_TOLD_ACT),
    ("The officer died of his wounds on Tuesday.", DEATH_OF_TOLD_ACT),
    ("Two people were killed in an attack on a market.", None),  # a new act, told as one
    ("Two people were killed in a tragic incident near Tumaco.", None),  # a new act, told as one
    ("Police arrested five suspects after the attack.", None),  # a new act after the one told
    ("The attack was claimed by no group.", None),  # a telling, not its harm
    ("An attack took place near the border.", None),  # a new one
    ("Two slain soldiers were found near the road.", None),  # victims told for the first time
    ("Four soldiers were killed on Monday.", None),  # no reference to an act told
    ("A guard died on Monday when gunmen stormed the bank.", None),  # a day and an act of its own
])
def test_retellings_told_act_marks_a_sentence_about_an_act_told(sentence, pattern):
    assert tells_told_act(sentence) is (pattern is not None)
    for regex in (TOLD_ACT, ABOUT_TOLD_ACT, DEATH_OF_TOLD_ACT):
        assert (regex.search(sentence) is not None) is (regex is pattern)


def _attack(make_event, **fields):
    return make_event(DOCUMENT, FIRST, date=dt.date(2024, 3, 11), **fields)


def _civilian_harm(make_event, sentence, **fields):
    values = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
              "actor1": "Example Rebels", "actor2": "Civilians (Syria)", "date": dt.date(2024, 3, 11),
              "fatalities": 2, "confidence": 0.4}
    values.update(fields)
    return make_event(DOCUMENT, sentence, **values)


def test_retellings_harm_in_the_act_told_folds_into_it_whatever_its_type(make_event):
    first = _attack(make_event)
    crossfire = _civilian_harm(make_event, CROSSFIRE)
    folded, = fold_retellings([Candidate(first, False, 0), Candidate(crossfire, False, 1, tells_told_act=True)])
    assert (folded.evidence.text, folded.sub_event_type, folded.fatalities) == (FIRST, "Armed clash", 2)


@pytest.mark.parametrize("fields", [
    {"date": dt.date(2024, 3, 14)},  # days later: another act
    {"location": "Otherville", "latitude": 36.0, "longitude": 37.0},  # a place of its own, both precise
    {"event_type": "Strategic developments", "sub_event_type": "Arrests"},  # not violence
])
def test_retellings_harm_in_an_act_told_elsewhere_or_later_stays_apart(make_event, fields):
    first = _attack(make_event)
    crossfire = _civilian_harm(make_event, CROSSFIRE, **fields)
    assert len(fold_retellings([Candidate(first, False, 0), Candidate(crossfire, False, 1, tells_told_act=True)])) == 2


def test_retellings_a_sentence_about_the_act_told_folds_whatever_place_it_names(make_event):
    document = Document(id="t", text=FIRST + " The two slain soldiers were from Otherville.")
    first = make_event(document, FIRST, date=dt.date(2024, 3, 11))
    slain = make_event(document, "The two slain soldiers were from Otherville.", location="Otherville",
                       latitude=36.0, longitude=37.0, date=dt.date(2024, 3, 11), fatalities=2, confidence=0.4)
    folded, = fold_retellings([Candidate(first, False, 0), Candidate(slain, False, 1, tells_told_act=True)])
    assert (folded.location, folded.fatalities) == ("Exampleton", 2)


PROTEST = "Thousands of protesters marched through Exampleton on Monday."
THE_PROTESTERS = "The protesters then gathered outside parliament."


@pytest.mark.parametrize(("fields", "folds"), [
    ({}, True),  # the crowd told again, the same day
    ({"date": dt.date(2024, 3, 12)}, False),  # protests recur: the next day's is another
    ({"sub_event_type": "Protest with intervention"}, False),  # met by force: left to merge's sharper type
])
def test_retellings_a_definite_reference_to_the_crowd_retells_its_protest(make_event, fields, folds):
    document = Document(id="t", text=PROTEST + " " + THE_PROTESTERS)
    protest_fields = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                      "actor1": "Protesters (Syria)", "actor2": None, "date": dt.date(2024, 3, 11)}
    protest = make_event(document, PROTEST, **protest_fields)
    again = make_event(document, THE_PROTESTERS, **{**protest_fields, **fields})
    events = fold_retellings([Candidate(protest, False, 0), Candidate(again, False, 1, refers_back=True)])
    assert (len(events) == 1) is folds


@pytest.mark.parametrize(("note", "folds"), [
    ("Armed clash: 'were killed'", True),  # a harm whose type the rules guessed from its sides
    ("Armed clash: 'gun duel'", False),  # a fight told by its own word: an act of its own
    ("Armed clash: 'exchange of fire'", False),
])
def test_retellings_a_fight_told_by_its_word_does_not_elaborate_another_kind_of_act(make_event, note, folds):
    document = Document(id="t", text=PROTEST + " " + THE_PROTESTERS)
    abduction = make_event(document, PROTEST, event_type="Violence against civilians",
                           sub_event_type="Abduction/forced disappearance", actor1="Example Rebels",
                           actor2="Civilians (Syria)", date=dt.date(2024, 3, 11))
    fight = make_event(document, THE_PROTESTERS, actor1="Police Forces of Exampleland", actor2="Example Rebels",
                       notes=note, date=dt.date(2024, 3, 11))
    events = fold_retellings([Candidate(abduction, False, 0), Candidate(fight, True, 1)])
    assert (len(events) == 1) is folds


@pytest.mark.parametrize(("trigger", "fight"), [
    ("clashes", True), ("gunfight", True), ("engaged", True), ("exchange of fire", True),
    ("killed", False), ("were killed", False),
])
def test_retellings_fight_trigger_marks_a_fight_told_by_its_word(trigger, fight):
    assert (FIGHT_TRIGGER.match(trigger) is not None) is fight


def test_retellings_a_new_act_is_never_folded(make_event):
    first = _attack(make_event)
    another = _civilian_harm(make_event, ANOTHER)
    candidates = [Candidate(first, False, 0), Candidate(another, False, 1, tells_told_act=True, context=0)]
    assert len(fold_retellings(candidates)) == 2


@pytest.mark.parametrize(("sentence", "folds"), [
    ("The attack killed two villagers.", True),  # a definite reference retells the act
    ("The attack resumed at night and was repelled again, killing two villagers.", False),  # a new act
    ("The raids were followed by another attack that killed two villagers.", False),
])
def test_retellings_a_definite_reference_that_tells_a_new_act_is_not_folded(make_event, sentence, folds):
    document = Document(id="t", text=f"{FIRST} {sentence}")
    first = make_event(document, FIRST, date=dt.date(2024, 3, 11))
    later = make_event(document, sentence, event_type="Violence against civilians", sub_event_type="Attack",
                       actor2="Civilians (Syria)", date=dt.date(2024, 3, 11), fatalities=2, confidence=0.4)
    candidates = [Candidate(first, False, 0), Candidate(later, False, 1, refers_back=True)]
    assert (len(fold_retellings(candidates)) == 1) is folds


@pytest.mark.parametrize(("fields", "folds"), [
    ({}, True),  # the event's place and day
    ({"location": "Syria", "admin1": None, "geo_precision": 3, "latitude": None, "longitude": None}, True),  # vaguer
    ({"location": "Otherville", "latitude": 36.0, "longitude": 37.0}, False),  # a place of its own
    ({"date": dt.date(2024, 3, 12)}, False),  # another day
    # another kind of act in the battle ("artillery fire was delivered") is its own event
    ({"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}, False),
])
def test_retellings_a_telling_with_the_sides_of_the_event_before_continues_it(make_event, fields, folds):
    first = _attack(make_event)
    killed = _civilian_harm(make_event, KILLED, notes="Attack: 'were killed'" + CONTEXT_SIDES, **fields)
    events = fold_retellings([Candidate(first, False, 0), Candidate(killed, False, 1, context=0)])
    assert (len(events) == 1) is folds


def test_retellings_a_telling_without_the_context_mark_is_not_continued(make_event):
    first = _attack(make_event)
    killed = _civilian_harm(make_event, KILLED)
    assert len(fold_retellings([Candidate(first, False, 0), Candidate(killed, False, 1)])) == 2


@pytest.mark.parametrize("second", [
    "Two civilians died in the crossfire near the market in Baidoa, a resident said.",
    "The incident occurred at a checkpoint near Baidoa, where two civilians were also shot.",
])
def test_retellings_report_harm_in_the_attack_told_is_one_event(candidate_pipeline, second):
    text = "Al-Shabaab militants attacked an army base in Baidoa on Tuesday, killing three soldiers. " + second
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Baidoa", 3)]


@pytest.mark.parametrize(("sentence", "victim"), [
    ("A fourth soldier was injured in the same attack.", True),
    ("Another woman died at the hospital.", True),
    ("Another two civilians were wounded in the shelling.", True),
    ("Another strike hit the market.", False),  # a new act
    ("A second blast tore through the square.", False),
])
def test_retellings_one_more_victim_counts_the_dead_not_a_new_act(sentence, victim):
    assert (ONE_MORE_VICTIM.search(sentence) is not None) is victim


def test_retellings_one_more_victim_of_the_act_told_folds_into_it(make_event):
    first = _attack(make_event)
    more = _civilian_harm(make_event, MORE)
    assert len(fold_retellings([Candidate(first, False, 0), Candidate(more, False, 1, tells_told_act=True)])) == 1


@pytest.mark.parametrize(("fields", "folds"), [
    ({"event_type": "Riots", "sub_event_type": "Mob violence", "location": "Otherville"}, True),  # guessed
    ({"date": dt.date(2024, 3, 14)}, False),  # days later: another act
])
def test_retellings_a_death_told_by_its_manner_is_the_toll_of_the_act_told(make_event, fields, folds):
    first = _attack(make_event)
    spot = _civilian_harm(make_event, ON_THE_SPOT, **fields)
    events = fold_retellings([Candidate(first, False, 0), Candidate(spot, False, 1, tells_told_act=True)])
    assert (len(events) == 1) is folds


def test_retellings_a_death_told_by_its_manner_after_no_harmful_act_stays_apart(make_event):
    arrest = _attack(make_event, event_type="Strategic developments", sub_event_type="Arrests")
    spot = _civilian_harm(make_event, ON_THE_SPOT)
    assert len(fold_retellings([Candidate(arrest, False, 0), Candidate(spot, False, 1, tells_told_act=True)])) == 2


def test_retellings_report_one_more_victim_of_the_act_told_is_one_event(candidate_pipeline):
    # "another woman" is one more victim of the strike told, not another act.
    text = ("Army jets bombed the village of Kafr Nubl in Idlib on Tuesday, killing two civilians. "
            "One woman died on the spot and another woman died at the hospital, a medic said.")
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert len(events) == 1


def test_retellings_report_an_act_told_after_a_definite_reference_is_its_own_event(candidate_pipeline):
    # "after the airstrikes" dates the shelling by the strikes told before: the shelling at
    # another place is its own event, not a second telling of the strikes.
    text = ("Turkish jets struck YPG positions in Tal Abyad on Wednesday. "
            "Turkish artillery shelled YPG positions in Ras al-Ain after the airstrikes.")
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2019, 10, 10))).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("listed", "folds"), [
    (False, True),  # a village the gazetteer lacks, in the division of the event told: more of it
    (True, False),  # one of the places its sentence lists: a place of its own
])
def test_retellings_a_listed_village_the_gazetteer_lacks_is_not_continued(make_event, listed, folds):
    sentence = "Protests broke out on Monday in the villages of Kortalo and Mbesiwa."
    document = Document(id="t", text=f"{FIRST} {sentence}")
    first = make_event(document, FIRST, admin1="Idlib", date=dt.date(2024, 3, 11))
    places = ["Kortalo", "Mbesiwa"] if listed else ["Kortalo"]
    villages = [make_event(document, sentence, location=place, admin1="Idlib", latitude=None, longitude=None,
                           date=dt.date(2024, 3, 11), notes="Armed clash: 'clashes'" + CONTEXT_SIDES)
                for place in places]
    events = fold_retellings([Candidate(first, False, 0)] + [Candidate(v, False, 1, context=0) for v in villages])
    assert ("Kortalo" not in {e.location for e in events}) is folds


def test_fold_retellings_keeps_a_place_taken_back_apart(extraction_pipeline):
    text = ("Al Shabaab militants briefly captured the town of Kurtunwarey on Monday, officials said. "
            "The military recaptured the town when reinforcements arrived.")
    events = extraction_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 13))).events
    assert sorted(e.sub_event_type for e in events) == ["Government regains territory",
                                                        "Non-state actor overtakes territory"]


@pytest.mark.parametrize(("spread", "kept"), [
    (False, 1),  # one place: a definite reference retells the strike told before
    (True, 2),  # the act spreads over places after it: the other place is its own event
])
def test_retellings_a_definite_reference_spread_over_a_list_retells_only_its_own_place(make_event, spread, kept):
    sentence = "The airstrikes hit fighters in Exampleton, as well as those in Otherville."
    document = Document(id="t", text=f"{FIRST} {sentence}")
    first = make_event(document, FIRST, date=dt.date(2024, 3, 11))
    places = [("Exampleton", 35.0), ("Otherville", 36.0)]
    later = [make_event(document, sentence, location=name, latitude=lat, date=dt.date(2024, 3, 11))
             for name, lat in places]
    candidates = [Candidate(first, False, 0)] + [Candidate(e, False, 1, refers_back=True, spread=spread) for e in later]
    assert len(fold_retellings(candidates)) == kept


@pytest.mark.parametrize(("second", "locations"), [
    # "The airstrikes" told over a list after it: each listed place is a strike of its own.
    ("The airstrikes hit YPG fighters in the city of Manbij, as well as those in the rural areas of Tabqa district.",
     ["Al-Tabqa", "Manbij", "Tall Abyad"]),
    # The list before it is where the strikes' aftermath is told: the strikes are the ones told.
    ("The Manbij and Tabqa districts are without power due to the strikes.", ["Tall Abyad"]),
])
def test_retellings_report_a_definite_reference_over_a_list_of_places(candidate_pipeline, second, locations):
    text = "Turkish jets struck YPG positions in Tal Abyad on Wednesday. " + second
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2019, 10, 10))).events
    assert sorted(e.location for e in events) == locations


@pytest.mark.parametrize(("sub", "folds"), [
    ("Arrests", True),  # more of the arrests told before
    ("Disrupted weapons use", False),  # another strategic development: an act of its own
])
def test_retellings_another_strategic_development_does_not_continue_the_one_before(make_event, sub, folds):
    sentence = "Weapons were recovered in Exampleton."
    document = Document(id="t", text=f"{FIRST} {sentence}")
    first = make_event(document, FIRST, event_type="Strategic developments", sub_event_type="Arrests", actor2=None)
    later = make_event(document, sentence, event_type="Strategic developments", sub_event_type=sub, actor2=None,
                       notes=f"{sub}: 'recovered'" + CONTEXT_SIDES)
    events = fold_retellings([Candidate(first, False, 0), Candidate(later, False, 1, context=0)])
    assert (len(events) == 1) is folds
