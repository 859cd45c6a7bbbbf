"""Merging the tellings of one incident, on hand-built events."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.merge import (
    BESIDE_ANOTHER,
    CROWD_NAME,
    NEW_OCCURRENCE,
    SEPARATE_TELLING,
    UNIDENTIFIED_GROUP,
    merge_duplicates,
    names_division,
)
from sitrep.events.notes import CONTEXT_SIDES
from sitrep.model import Document, Evidence

TEXT = ("Rebels attacked an army post in Exampleton, killing a soldier and three attackers. "
        "Three attackers were killed in the attack on the post in Exampleton.")
FIRST = "Rebels attacked an army post in Exampleton, killing a soldier and three attackers."
SECOND = "Three attackers were killed in the attack on the post in Exampleton."


@pytest.mark.parametrize(("first", "second", "evidence", "expected"), [
    # each sentence counts its own groups: the toll stays with the evidence kept (the longer)
    (4, 3, FIRST, 4),
    (3, 4, FIRST, 3),
    # a sentence with a toll says more than one without
    (None, 3, SECOND, 3),
    (None, None, FIRST, None),
])
def test_merge_duplicates_keeps_the_toll_of_the_evidence_kept(make_event, first, second, evidence, expected):
    document = Document(id="t", text=TEXT)
    events = [make_event(document, FIRST, fatalities=first), make_event(document, SECOND, fatalities=second)]
    merged, = merge_duplicates(events)
    assert (merged.evidence.text, merged.fatalities) == (evidence, expected)


def test_merge_one_place_told_with_dates_a_day_apart_is_one_incident(make_event, report):
    first = make_event(report, sub_event_type="Armed clash", event_type="Battles", actor1="Islamic State",
                       actor2="Syrian Democratic Forces", location="Hajin", date=dt.date(2024, 3, 11))
    second = first.with_changes(date=dt.date(2024, 3, 12), confidence=0.3)
    far = first.with_changes(date=dt.date(2024, 3, 14), confidence=0.3)
    assert len(merge_duplicates([first, second])) == 1
    assert len(merge_duplicates([first, far])) == 2


def test_merge_a_village_the_gazetteer_lacks_and_its_towns_division_is_one_incident(make_event, report):
    # "gunmen raided Zorbak village" then "the raid near Kandahar": one incident, kept at the village.
    village = make_event(report, sub_event_type="Attack", event_type="Violence against civilians",
                         actor1="Taliban", actor2="Civilians (Afghanistan)", location="Zorbak", admin1="Kandahar",
                         country="Afghanistan", latitude=None, longitude=None, geo_precision=1)
    town = village.with_changes(location="Kandahar", latitude=31.6, longitude=65.7, geo_precision=2)
    elsewhere = town.with_changes(location="Herat", admin1="Herat", latitude=34.3, longitude=62.2)
    merged, = merge_duplicates([village, town])
    assert merged.location == "Zorbak"
    assert len(merge_duplicates([village, elsewhere])) == 2


def test_merge_an_act_told_as_new_is_not_folded_into_the_day_before(make_event, report):
    # "The camps were attacked again on Saturday": the same place a day later, but a new attack.
    first = make_event(report, sub_event_type="Armed clash", event_type="Battles", actor1="Islamic State",
                       actor2="Syrian Democratic Forces", location="Hajin", date=dt.date(2024, 3, 11))
    again = first.with_changes(date=dt.date(2024, 3, 12), evidence=Evidence(
        report.id, 0, 40, "Militants attacked Hajin again on Tuesday."))
    assert len(merge_duplicates([first, again])) == 2
    assert len(merge_duplicates([first, again.with_changes(evidence=None)])) == 1


LISTED = "Rebels shelled the villages of Exampleton and Sampleville on Monday."


@pytest.mark.parametrize(("second_sentence", "kept"), [
    # One sentence's act over the places it lists: one event per place, however close they lie.
    (LISTED, 2),
    # Another sentence telling a place 5 km away: the same incident.
    ("Rebels shelled Sampleville on Monday.", 1),
])
def test_merge_duplicates_keeps_apart_the_places_one_sentence_lists(make_event, second_sentence, kept):
    document = Document(id="t", text=f"{LISTED} Rebels shelled Sampleville on Monday.")
    first = make_event(document, LISTED, location="Exampleton")
    second = make_event(document, second_sentence, location="Sampleville", latitude=35.04)  # ~4.4 km north
    assert len(merge_duplicates([first, second])) == kept


def test_merge_duplicates_a_listed_village_is_not_folded_into_its_divisions_town(make_event):
    # A village the gazetteer lacks usually retells the town of its division told elsewhere, but
    # one of the places a sentence lists is a place of its own.
    town = "Rebels attacked Exampleton on Monday."
    document = Document(id="t", text=f"{town} {LISTED}")
    told = make_event(document, town, admin1="Example Province")
    listed = [make_event(document, LISTED, location=name, latitude=None, longitude=None, admin1="Example Province")
              for name in ("Kortalo", "Mbesiwa")]
    assert [e.location for e in merge_duplicates([told, *listed])] == ["Exampleton", "Kortalo", "Mbesiwa"]
    assert [e.location for e in merge_duplicates([told, listed[0]])] == ["Exampleton"]


HEADLINE_TEXT = ("Three soldiers killed in Exampleton\n"
                 "A roadside bomb killed three soldiers in Exampleton on Monday, officials said.")
HEADLINE = "Three soldiers killed in Exampleton"
BODY = "A roadside bomb killed three soldiers in Exampleton on Monday, officials said."


def _bomb_and_kill(make_event, notes: str = "Armed clash: 'killed'"):
    document = Document(id="t", text=HEADLINE_TEXT)
    kill = make_event(document, HEADLINE, notes=notes, fatalities=3)
    bomb = make_event(document, BODY, event_type="Explosions/Remote violence",
                      sub_event_type="Remote explosive/landmine/IED", fatalities=3)
    return kill, bomb


def test_merge_a_headline_telling_a_killing_is_the_act_the_body_tells(make_event):
    kill, bomb = _bomb_and_kill(make_event)
    merged, = merge_duplicates([kill, bomb], headline_end=len(HEADLINE))
    assert (merged.sub_event_type, merged.evidence.text) == ("Remote explosive/landmine/IED", BODY)
    # Not in a headline, and with sides of its own, a killing is told as what it is: kept apart.
    assert len(merge_duplicates([kill, bomb], headline_end=0)) == 2


def test_merge_a_killing_with_the_sides_of_the_event_before_is_that_event(make_event):
    kill, bomb = _bomb_and_kill(make_event, notes="Armed clash: 'killed'" + CONTEXT_SIDES)
    merged, = merge_duplicates([bomb, kill])
    assert merged.sub_event_type == "Remote explosive/landmine/IED"


def test_merge_a_killing_told_as_new_stays_apart_from_another_type(make_event):
    document = Document(id="t", text="Another soldier was killed in Exampleton on Monday. " + BODY)
    kill = make_event(document, "Another soldier was killed in Exampleton on Monday.",
                      notes="Armed clash: 'killed'" + CONTEXT_SIDES)
    bomb = make_event(document, BODY, event_type="Explosions/Remote violence",
                      sub_event_type="Remote explosive/landmine/IED")
    assert len(merge_duplicates([kill, bomb])) == 2


@pytest.mark.parametrize(("riot_place", "expected"), [
    ("Exampleton", ["Violent demonstration"]),  # the protest turned into the riot
    ("Otherville", ["Peaceful protest", "Violent demonstration"]),  # another crowd elsewhere
])
def test_merge_a_protest_and_the_riot_it_turned_into_are_one_riot(make_event, report, riot_place, expected):
    protest = make_event(report, event_type="Protests", sub_event_type="Peaceful protest",
                         actor1="Protesters (Syria)", actor2=None)
    riot = protest.with_changes(event_type="Riots", sub_event_type="Violent demonstration",
                                actor1="Rioters (Syria)", location=riot_place, latitude=36.0)
    assert sorted(e.sub_event_type for e in merge_duplicates([protest, riot])) == expected


@pytest.mark.parametrize(("name", "country"), [
    ("Protesters (Chad)", "Chad"),
    ("Rioters (Democratic Republic of Congo)", "Democratic Republic of Congo"),
    ("Police Forces of Chad", None),
    ("Protesters", None),
])
def test_merge_crowd_name_reads_a_crowds_country(name, country):
    match = CROWD_NAME.match(name)
    assert (match["country"] if match else None) == country


@pytest.mark.parametrize(("day", "kept"), [
    # "Gunmen attacked Exampleton on Monday" and "... attacked Sampleville, 4 km away, on Monday": one incident.
    (dt.date(2021, 3, 1), 1),
    # No day known for either: an unknown day is no evidence of one day, and two named villages
    # told apart are two acts ("attacks in May hit Exampleton ... and Sampleville").
    (None, 2),
])
def test_merge_nearby_places_are_one_incident_only_on_a_known_day(make_event, day, kept):
    document = Document(id="t", text="Rebels attacked Exampleton. Rebels attacked Sampleville.")
    first = make_event(document, "Rebels attacked Exampleton.", date=day)
    second = make_event(document, "Rebels attacked Sampleville.", location="Sampleville", latitude=35.04, date=day)
    assert len(merge_duplicates([first, second])) == kept


@pytest.mark.parametrize(("text", "new"), [
    ("The camps were attacked again.", True),
    ("The raid came a day after six farmers were killed.", True),
    ("It came two days after gunmen stormed the market.", True),
    ("The raid came after days of fighting.", False),
    ("Fighting went on for days.", False),
    ("Four villagers were killed in two separate attacks on Sunday.", True),
    ("In a separate incident, gunmen shot a trader in Goma.", True),
    ("Separately, Ukrainian artillery struck the town.", True),
    ("Other protests took place in Mandalay and Sagaing.", True),
    ("Soldiers of the 47th Separate Brigade raised the flag.", False),
    ("Three other soldiers were wounded in the attack.", False),
    ("The other attacks were claimed by JNIM.", False),
])
def test_new_occurrence_tells_a_new_act(text, new):
    assert bool(NEW_OCCURRENCE.search(text)) is new


def test_merge_a_place_taken_and_taken_back_is_two_acts(make_event, report):
    taken = make_event(report, sub_event_type="Non-state actor overtakes territory", event_type="Battles",
                       actor1="Al-Shabaab", actor2="Military Forces of Somalia", location="El Salini",
                       date=dt.date(2024, 3, 11))
    retaken = taken.with_changes(sub_event_type="Government regains territory", actor1="Military Forces of Somalia",
                                 actor2="Al-Shabaab", confidence=0.3)
    allies = taken.with_changes(actor1="Hizbul Islam", confidence=0.3)
    assert len(merge_duplicates([taken, retaken])) == 2
    assert len(merge_duplicates([taken, allies])) == 1


@pytest.mark.parametrize(("second_sub", "kept"), [
    ("Disrupted weapons use", 2),  # weapons seized where arrests were made: two acts
    ("Arrests", 1),  # the same arrests told twice
])
def test_merge_strategic_developments_of_two_sub_types_are_two_acts(make_event, report, second_sub, kept):
    arrests = make_event(report, sub_event_type="Arrests", event_type="Strategic developments",
                         actor1="Police Forces of India", actor2=None, location="Imphal", date=dt.date(2024, 3, 11))
    second = arrests.with_changes(sub_event_type=second_sub, confidence=0.3)
    assert len(merge_duplicates([arrests, second])) == kept


@pytest.mark.parametrize(("province", "town_admin1", "kept"), [
    ("Kirkuk", "Diyala", 2),  # a province holds its own towns only
    ("Diyala", "Diyala", 1),  # the province's telling of its town's operation
])
def test_merge_a_province_and_a_town_of_another_province_are_two_incidents(make_event, province, town_admin1, kept):
    text = "An operation was launched in the province. An operation at the town left 12 dead."
    document = Document(id="t", text=text)
    vague = make_event(document, "An operation was launched in the province.", location=province, admin1=province,
                       country="Iraq", geo_precision=3, latitude=None, longitude=None)
    precise = make_event(document, "An operation at the town left 12 dead.", location="Muqdadiya",
                         admin1=town_admin1, country="Iraq", latitude=33.98, longitude=44.93)
    assert len(merge_duplicates([vague, precise])) == kept


def test_merge_a_part_of_a_country_holds_any_town_of_it(make_event):
    document = Document(id="t", text="Two soldiers were killed in northern Mali. Jihadists attacked the Niafunke post.")
    vague = make_event(document, "Two soldiers were killed in northern Mali.", location="Northern Mali",
                       admin1="Gao", country="Mali", geo_precision=3, latitude=None, longitude=None)
    precise = make_event(document, "Jihadists attacked the Niafunke post.", location="Niafunke",
                         admin1="Timbuktu", country="Mali", latitude=15.93, longitude=-3.99)
    assert len(merge_duplicates([vague, precise])) == 1


@pytest.mark.parametrize(("sub_event_type", "event_type", "kept"), [
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", 2),  # unlike acts, two villages
    ("Air/drone strike", "Explosions/Remote violence", 1),  # the unknown village may be the one named
])
def test_merge_an_unlocated_village_is_one_incident_with_a_village_of_its_province_only_for_a_like_act(
        make_event, sub_event_type, event_type, kept):
    text = "A farmer was killed in Zorbakivka in the morning. Russian jets dropped bombs on Tiahynka."
    document = Document(id="t", text=text)
    unlocated = make_event(document, "A farmer was killed in Zorbakivka in the morning.", location="Zorbakivka",
                           sub_event_type=sub_event_type, event_type=event_type, admin1="Kherson",
                           country="Ukraine", latitude=None, longitude=None)
    bombed = make_event(document, "Russian jets dropped bombs on Tiahynka.", location="Tiahynka",
                        sub_event_type="Air/drone strike", event_type="Explosions/Remote violence",
                        admin1="Kherson", country="Ukraine", latitude=46.78, longitude=33.06)
    assert len(merge_duplicates([unlocated, bombed])) == kept


DIVISION_TEXT = ("Militants attacked troops in Gao on Monday. Militants attacked soldiers at the village of Ansongo "
                 "on Monday. Militants also attacked soldiers at the village of Ansongo on Monday.")


@pytest.mark.parametrize(("second_sentence", "second_day", "second_admin1", "kept"), [
    # "in Gao" (a city named as its region) then the village of the region: one attack, at the village
    ("Militants attacked soldiers at the village of Ansongo on Monday.", dt.date(2024, 3, 11), "Gao", 1),
    # another day: the city may be a place of its own
    ("Militants attacked soldiers at the village of Ansongo on Monday.", dt.date(2024, 3, 12), "Gao", 2),
    # a village of another region is no part of it
    ("Militants attacked soldiers at the village of Ansongo on Monday.", dt.date(2024, 3, 11), "Mopti", 2),
    # "also attacked": an act beside the one told
    ("Militants also attacked soldiers at the village of Ansongo on Monday.", dt.date(2024, 3, 11), "Gao", 2),
])
def test_merge_a_place_named_as_its_division_frames_a_town_of_it(make_event, second_sentence, second_day,
                                                                   second_admin1, kept):
    document = Document(id="t", text=DIVISION_TEXT)
    fields = {"actor1": "Unidentified Armed Group (Mali)", "actor2": "Military Forces of Mali", "country": "Mali"}
    city = make_event(document, "Militants attacked troops in Gao on Monday.", location="Gao", admin1="Gao",
                      latitude=16.27, longitude=-0.04, date=dt.date(2024, 3, 11), **fields)
    village = make_event(document, second_sentence, location="Ansongo", admin1=second_admin1, latitude=15.66,
                         longitude=0.5, date=second_day, **fields)
    merged = merge_duplicates([city, village])
    assert len(merged) == kept
    assert kept == 2 or merged[0].location == "Ansongo"


def test_merge_a_list_naming_a_city_and_a_town_keeps_both(make_event):
    # "shelled Kharkiv and Kupiansk": the sentence names the city as a place of its own
    sentence = "Russian forces shelled Kharkiv and Kupiansk on Monday."
    document = Document(id="t", text=sentence)
    city = make_event(document, sentence, location="Kharkiv", admin1="Kharkiv", country="Ukraine")
    town = make_event(document, sentence, location="Kupiansk", admin1="Kharkiv", country="Ukraine",
                      latitude=49.7, longitude=37.6)
    assert len(merge_duplicates([city, town])) == 2


@pytest.mark.parametrize(("location", "admin1", "named"), [
    ("Deir ez-Zor", "Deir ez-Zor", True),
    ("kharkiv", "Kharkiv", True),
    ("Kupiansk", "Kharkiv", False),
    ("Kharkiv", None, False),
])
def test_names_division_reads_a_place_bearing_its_divisions_name(make_event, report, location, admin1, named):
    assert names_division(make_event(report, location=location, admin1=admin1)) is named


@pytest.mark.parametrize(("text", "beside"), [
    ("Russian forces also shelled the town of Kupiansk.", True),
    ("Rebels likewise attacked the camp.", True),
    ("Troops clashed with gunmen in Beni as well.", True),
    ("Gunmen attacked the village of Mbau.", False),
])
def test_beside_another_reads_an_act_set_beside_another(text, beside):
    assert (BESIDE_ANOTHER.search(text) is not None) is beside


DATELINE_TEXT = ("Jihadists attacked an army post in Boulkessi on Monday, killing four soldiers. "
                 "Four soldiers died, an army spokesman told reporters in Dakar on Monday. "
                 "Jihadists also attacked an army post in Dakar on Monday.")


@pytest.mark.parametrize(("stray_sentence", "stray_day", "post_precision", "kept"), [
    # the act's toll placed where it was told from, a country neither side is named by: one event
    ("Four soldiers died, an army spokesman told reporters in Dakar on Monday.", dt.date(2024, 3, 11), 1, 1),
    # told of another day: another act
    ("Four soldiers died, an army spokesman told reporters in Dakar on Monday.", dt.date(2024, 3, 12), 1, 2),
    # "also attacked": an act beside the one told
    ("Jihadists also attacked an army post in Dakar on Monday.", dt.date(2024, 3, 11), 1, 2),
    # the telling in the sides' country names only the country: it holds no act abroad
    ("Four soldiers died, an army spokesman told reporters in Dakar on Monday.", dt.date(2024, 3, 11), 3, 2),
])
def test_merge_a_telling_placed_outside_its_sides_countries_folds_into_the_one_inside(
        make_event, stray_sentence, stray_day, post_precision, kept):
    document = Document(id="t", text=DATELINE_TEXT)
    fields = {"actor1": "Unidentified Armed Group (Mali)", "actor2": "Military Forces of Mali"}
    post = make_event(document, "Jihadists attacked an army post in Boulkessi on Monday, killing four soldiers.",
                      location="Boulkessi", admin1="Mopti", country="Mali", geo_precision=post_precision,
                      latitude=14.0, longitude=-1.5, date=dt.date(2024, 3, 11), **fields)
    stray = make_event(document, stray_sentence, location="Dakar", admin1="Dakar", country="Senegal",
                       latitude=14.7, longitude=-17.4, date=stray_day, **fields)
    merged = merge_duplicates([stray, post])
    assert len(merged) == kept
    assert kept == 2 or merged[0].location == "Boulkessi"


@pytest.mark.parametrize(("lead_sides", "kept"), [
    # "clashes between armed groups" in Tripoli, then the body names them at a quarter of it
    (("Unidentified Armed Group (Libya)", "Special Deterrence Force"), 1),
    # both sides unnamed, but the body names only one side the lead lacks: two groups cannot be one
    (("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Chad)"), 2),
    # a named side the body does not name is another fight
    (("Misrata Brigades", "Special Deterrence Force"), 2),
])
def test_merge_an_unidentified_group_in_a_vague_telling_stands_for_a_side_named_after(make_event, report,
                                                                                        lead_sides, kept):
    lead = make_event(report, location="Tripoli", admin1="Tripoli", country="Libya", latitude=32.9,
                      longitude=13.2, actor1=lead_sides[0], actor2=lead_sides[1])
    # further than SAME_PLACE_KM from the city's point: only the division frames it
    body = make_event(report, location="Souq al-Juma", admin1="Tripoli", country="Libya", latitude=32.75,
                      longitude=13.5, actor1="Special Deterrence Force", actor2="Nawasi Brigade")
    merged = merge_duplicates([lead, body])
    assert len(merged) == kept
    assert kept == 2 or merged[0].location == "Souq al-Juma"


@pytest.mark.parametrize(("name", "unidentified"), [
    ("Unidentified Armed Group (Libya)", True),
    ("Unidentified Armed Group (Democratic Republic of Congo)", True),
    ("Civilians (Libya)", False),
    ("Nawasi Brigade", False),
])
def test_unidentified_group_reads_an_unnamed_side(name, unidentified):
    assert (UNIDENTIFIED_GROUP.match(name) is not None) is unidentified


@pytest.mark.parametrize(("text", "apart"), [
    ("Separately, bandits killed four villagers in Anka on Sunday.", True),
    ("In a separate attack, gunmen killed two traders in Bankass.", True),
    ("The group documented 17 separate incidents between May and June.", False),  # a tally
    ("Soldiers of the 47th Separate Brigade raised the flag.", False),
    ("Bandits killed four villagers in Anka on Sunday.", False),
])
def test_separate_telling_sets_one_act_apart(text, apart):
    assert bool(SEPARATE_TELLING.search(text)) is apart


@pytest.mark.parametrize(("second", "count"), [
    # Told apart: the province's toll is not the town's.
    ("Separately, bandits killed 4 villagers in Anka on Sunday.", 2),
    ("In a separate attack, bandits killed 4 villagers in Anka on Sunday.", 2),
    # Not told apart: the town's telling is the act the province's told.
    ("Bandits killed 9 villagers in Anka on Sunday, police said.", 1),
])
def test_merge_a_town_telling_set_apart_is_not_folded_into_the_provinces(candidate_pipeline, second, count):
    text = "Armed men killed 9 people in Zamfara state on Sunday. " + second
    events = candidate_pipeline.run(Document(id="t", text=text, published=dt.date(2024, 3, 15))).events
    assert len([e for e in events if e.sub_event_type == "Attack"]) == count


@pytest.mark.parametrize(("town_sub", "kept"), [
    ("Air/drone strike", 2),  # "a drone killed a woman in Kupiansk": an unlike act, told apart
    ("Shelling/artillery/missile attack", 1),  # the province's shelling at a town of it: one act
])
def test_merge_a_province_frames_only_a_like_act_at_its_town(make_event, town_sub, kept):
    text = "In Kharkiv region, shelling killed two people. In Kupiansk, a drone killed a woman."
    document = Document(id="t", text=text)
    fields = {"actor1": None, "actor2": "Civilians (Ukraine)", "country": "Ukraine", "date": dt.date(2024, 3, 11),
              "event_type": "Explosions/Remote violence"}
    province = make_event(document, "In Kharkiv region, shelling killed two people.", location="Kharkiv",
                          admin1="Kharkiv", geo_precision=3, sub_event_type="Shelling/artillery/missile attack",
                          fatalities=2, **fields)
    town = make_event(document, "In Kupiansk, a drone killed a woman.", location="Kupiansk", admin1="Kharkiv",
                      latitude=49.7, longitude=37.6, sub_event_type=town_sub, fatalities=1, **fields)
    assert len(merge_duplicates([province, town])) == kept


def test_merge_a_protest_kept_over_its_telling_of_force_takes_that_force(make_event, report):
    """A peaceful telling kept for its place or confidence still records the force that met the crowd."""
    protest = make_event(report, event_type="Protests", sub_event_type="Peaceful protest",
                         actor1="Protesters (Syria)", actor2=None, confidence=0.9)
    met = protest.with_changes(sub_event_type="Protest with intervention", actor2="Police Forces of Syria",
                               confidence=0.6)
    merged = merge_duplicates([protest, met])
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in merged] == [
        ("Protest with intervention", "Protesters (Syria)", "Police Forces of Syria")]
