"""The default extractor end to end on short made-up reports: modality, voice, typing, dates,
numbers, places, one event per incident."""
import datetime as dt

import pytest

from sitrep.model import Document

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def extract(pipeline, text, published=PUBLISHED):
    return pipeline.run(Document(id="t", text=text, published=published)).events


def only(events):
    assert len(events) == 1, [e.to_record() for e in events]
    return events[0]


@pytest.mark.parametrize("text", [
    "Islamic State militants are trying to capture the town of Hajin.",
    "The Syrian army is expected to launch an offensive on Palmyra next week.",
    "Al-Shabaab threatened to attack polling stations in Mogadishu.",
    "If the Houthis attack ships again, the coalition could strike Hodeidah.",
    "The Israeli army denied carrying out the strike in Rafah.",
    "Al-Shabaab fighters frequently attack convoys in Somalia.",
    "In 2015, Islamic State militants captured Palmyra.",
    "The Syrian army plans an offensive on Raqqa.",
    "Ukraine accused Russia of preparing a ground offensive on Kharkiv.",
])
def test_rules_non_events_are_not_coded(extraction_pipeline, text):
    assert extract(extraction_pipeline, text) == []


def test_rules_active_attack_is_an_armed_clash(extraction_pipeline):
    event = only(extract(extraction_pipeline, "On Tuesday, Islamic State militants attacked SDF positions in Hajin."))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1, event.actor2) == ("Islamic State", "Syrian Democratic Forces")
    assert event.location == "Hajin" and event.country == "Syria"
    assert event.date == dt.date(2024, 3, 12) and event.time_precision == 1


def test_rules_passive_voice_agent_acts(extraction_pipeline):
    event = only(extract(extraction_pipeline,
                         "Three Nigerian soldiers were killed by Boko Haram fighters near Maiduguri yesterday."))
    assert event.actor1 == "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"
    assert event.actor2 == "Military Forces of Nigeria"
    assert event.fatalities == 3
    assert event.date == dt.date(2024, 3, 14)


def test_rules_air_strike_typed_by_its_instrument(extraction_pipeline):
    event = only(extract(extraction_pipeline, "Russian warplanes bombed the town of Maarrat al-Numan on Monday."))
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Russia"


def test_rules_civilian_victims_make_violence_against_civilians(extraction_pipeline):
    event = only(extract(extraction_pipeline,
                         "Gunmen killed five villagers in Bakori, Katsina State, on Wednesday."))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 == "Civilians (Nigeria)"
    assert event.fatalities == 5


@pytest.mark.parametrize("text, sub_event_type", [
    ("The Syrian army recaptured the town of Palmyra from the Islamic State on Sunday.",
     "Government regains territory"),
    ("Islamic State militants captured the town of Palmyra from the Syrian army on Sunday.",
     "Non-state actor overtakes territory"),
    # "managed to" reports what was done, unlike "tried to".
    ("After a fierce battle, the Syrian army managed to capture Palmyra from the Islamic State on Sunday.",
     "Government regains territory"),
])
def test_rules_territory_type_follows_who_took_the_place(extraction_pipeline, text, sub_event_type):
    event = only(extract(extraction_pipeline, text))
    assert event.sub_event_type == sub_event_type
    assert event.location == "Palmyra"


def test_rules_arrest_of_people_is_not_territory(extraction_pipeline):
    event = only(extract(extraction_pipeline, "Iraqi police arrested four Islamic State suspects in Kirkuk on Monday."))
    assert event.sub_event_type == "Arrests"
    assert event.actor1 == "Police Forces of Iraq"


def test_rules_protest_names_the_protesters(extraction_pipeline):
    event = only(extract(extraction_pipeline,
                         "Thousands of people protested in Nairobi on Thursday against the tax bill."))
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1 == "Protesters (Kenya)" and event.actor2 is None


@pytest.mark.parametrize("text", [
    "Protesters gathered in Nairobi on Thursday against the tax bill.",
    "In Nairobi, protesters blocked the main highway on Thursday.",
])
def test_rules_protesters_named_only_by_the_trigger_are_the_crowd(extraction_pipeline, text):
    event = only(extract(extraction_pipeline, text))
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Peaceful protest", "Protesters (Kenya)", None)
    assert "sides from context" not in event.notes


def test_rules_headline_and_body_give_one_event(extraction_pipeline):
    text = ("Islamic State attacks SDF in Hajin\n\n"
            "Islamic State militants attacked SDF positions in Hajin on Tuesday, killing four fighters.")
    event = only(extract(extraction_pipeline, text))
    assert event.fatalities == 4


def test_rules_undated_report_gives_undated_events(extraction_pipeline):
    event = only(extract(extraction_pipeline, "The SDF attacked Islamic State positions in Hajin.", published=None))
    assert event.date is None


def test_rules_evidence_is_the_stating_sentence(extraction_pipeline):
    text = "Heavy rain fell in the region. The SDF attacked Islamic State positions in Hajin on Monday."
    event = only(extract(extraction_pipeline, text))
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert event.evidence.text.startswith("The SDF attacked")
    assert 0 < event.confidence <= 1


def test_rules_aircraft_shot_down_is_a_battle(extraction_pipeline):
    events = extract(extraction_pipeline,
                     "A Syrian army helicopter was shot down by Islamic State militants near Palmyra on Monday.")
    event = only(events)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 == "Islamic State"


def test_rules_a_units_home_base_is_not_the_place(extraction_pipeline):
    text = ("Islamic State militants attacked a Russian patrol near Palmyra on Monday. "
            "The soldiers, from a brigade based at Khabarovsk, were killed in the attack.")
    assert {e.location for e in extract(extraction_pipeline, text)} == {"Palmyra"}


def test_rules_attack_on_a_village_with_no_armed_target_is_against_civilians(extraction_pipeline):
    event = only(extract(extraction_pipeline,
                         "On Sunday, Boko Haram fighters attacked the village of Kafin Dutse near Maiduguri."))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 == "Civilians (Nigeria)"


def test_rules_shelling_of_towns_targets_civilians(extraction_pipeline):
    event = only(extract(extraction_pipeline, "Russian artillery shelled towns near Kharkiv on Monday."))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


@pytest.mark.parametrize("text, sub_event_type", [
    ("On Tuesday, the Syrian army chased Islamic State militants out of Qaryatayn.", "Government regains territory"),
    ("On Tuesday, Russian forces dropped bombs on the village of Zolotarivka.", "Air/drone strike"),
    ("On Tuesday, Russian forces hit private houses in Kupiansk with guided bombs.", "Air/drone strike"),
])
def test_rules_more_ways_of_telling_territory_and_air_strikes(extraction_pipeline, text, sub_event_type):
    assert only(extract(extraction_pipeline, text)).sub_event_type == sub_event_type


def test_rules_an_anti_aircraft_gun_is_not_an_air_strike(extraction_pipeline):
    events = extract(extraction_pipeline, "On Tuesday, militants displayed anti-aircraft guns in Afgoye.")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


@pytest.mark.parametrize("text", [
    "On Tuesday, protesters chased the police away from the square.",
    "On Tuesday, Mali expelled the French ambassador.",
])
def test_rules_chasing_or_expelling_without_a_place_taken_is_not_territory(extraction_pipeline, text):
    assert all("territory" not in e.sub_event_type for e in extract(extraction_pipeline, text))


def test_rules_a_captured_village_is_taken_from_the_host_army_not_its_civilians(extraction_pipeline):
    event = only(extract(extraction_pipeline, "Russian troops captured the village of Pisky in Ukraine on Monday."))
    assert event.event_type == "Battles"
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Military Forces of Ukraine")



@pytest.mark.parametrize("text, sub_event_type", [
    ("On Sunday, US forces carried out strikes on Kata'ib Hezbollah bases near Al-Qaim.", "Air/drone strike"),
    ("On Monday, police attacked protesters in Nairobi.", "Protest with intervention"),
    ("On Monday, angry villagers burned down houses in Jos.", "Mob violence"),
    ("On Friday, Hayat Tahrir al-Sham fighters entered the city of Aleppo amid clashes with the Syrian army.",
     "Armed clash"),
])
def test_rules_typing_where_words_alone_mislead(extraction_pipeline, text, sub_event_type):
    assert sub_event_type in {e.sub_event_type for e in extract(extraction_pipeline, text)}


def test_rules_a_violated_ceasefire_is_no_agreement(extraction_pipeline):
    events = extract(extraction_pipeline,
                     "On Monday, Azerbaijani forces violated the ceasefire near Shusha, killing two Armenian soldiers.")
    assert events and all(e.sub_event_type != "Agreement" for e in events)


@pytest.mark.parametrize("text", [
    "Backed by U.S. Coalition airstrikes, the Syrian Democratic Forces captured Hajin on Monday.",
    "With the support of Russian aircraft, the Syrian army retook Palmyra on Monday.",
])
def test_rules_the_support_of_an_act_is_neither_its_type_nor_its_author(candidate_pipeline, text):
    # The rules' reading of the support, whatever score the eventness model gives the sentence.
    event = only(extract(candidate_pipeline, text))
    assert "territory" in event.sub_event_type
    assert event.actor1 in ("Syrian Democratic Forces", "Syrian Arab Army")
    assert event.assoc_actor1 and event.actor2 is None


@pytest.mark.parametrize("text", [
    "KHARTOUM, March 14 (Reuters) - The army, backed by drones, attacked RSF positions in Bahri on Thursday.",
    "KHARTOUM, March 14 (Reuters) - The army, supported by warplanes, attacked RSF positions in Bahri on Thursday.",
])
def test_rules_the_support_in_a_parenthesis_is_not_the_act_s_means(candidate_pipeline, text):
    event = only(extract(candidate_pipeline, text))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Sudan", "Rapid Support Forces")


@pytest.mark.parametrize("text", [
    "Early Monday, the Syrian army took full control of Palmyra.",
    "The Syrian army pushed into Palmyra on Monday, capturing the town's airport.",
])
def test_rules_full_control_and_capturing_are_territory(extraction_pipeline, text):
    assert any("territory" in e.sub_event_type for e in extract(extraction_pipeline, text))


def test_rules_a_pro_government_militia_taking_a_place_regains_it_for_the_state(extraction_pipeline):
    event = only(extract(extraction_pipeline, "On Monday the Liwa Quds chased Islamic State out of Palmyra."))
    assert (event.sub_event_type, event.actor1) == ("Government regains territory", "Liwa al-Quds")


def test_rules_a_sentence_naming_no_side_takes_the_sides_of_the_event_told_before(extraction_pipeline):
    events = extract(extraction_pipeline, "Islamic State militants attacked SDF positions in Hajin on Monday. "
                                          "Clashes resumed on Wednesday near Baghuz.")
    later = next(e for e in events if e.location == "Baghuz")
    assert (later.sub_event_type, later.actor1, later.actor2) == (
        "Armed clash", "Islamic State", "Syrian Democratic Forces")
    assert later.date == dt.date(2024, 3, 13)
    assert "sides from context" in later.notes


def test_rules_sides_from_context_decide_the_type(extraction_pipeline):
    events = extract(extraction_pipeline, "Boko Haram fighters attacked villagers in Konduga on Monday. "
                                          "On Wednesday, four more were killed near Bama.")
    later = next(e for e in events if e.location == "Bama")
    assert "sides from context" in later.notes
    assert (later.sub_event_type, later.actor2) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.parametrize("text", [
    # Nothing told before: nobody to code.
    "Clashes resumed on Wednesday near Baghuz.",
    # An agreement's parties do not carry over to a battle.
    "The SDF and the Syrian army signed a ceasefire agreement in Qamishli on Monday. "
    "Clashes resumed on Wednesday near Baghuz.",
    # The event told is more than CONTEXT_SENTENCES sentences back.
    "Islamic State militants attacked SDF positions in Hajin on Monday. Analysts say the region is calm. "
    "The weather was bad. Officials met in Damascus. Clashes resumed on Wednesday near Baghuz.",
])
def test_rules_a_sentence_naming_no_side_keeps_none_without_a_fitting_event_before(extraction_pipeline, text):
    assert not [e for e in extract(extraction_pipeline, text) if e.location == "Baghuz"]


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants attacked an army base in Baidoa on Tuesday. The explosion killed four soldiers, "
    "a police officer said.",
    "Al-Shabaab militants attacked an army base in Baidoa on Tuesday. Officials said Tuesday's blast "
    "killed four soldiers.",
])
def test_rules_a_definite_reference_retells_the_event_before(candidate_pipeline, text):
    event = only(extract(candidate_pipeline, text))
    assert (event.sub_event_type, event.location, event.fatalities) == ("Armed clash", "Baidoa", 4)


def test_rules_a_retelling_lends_its_precise_place_to_a_vague_first_telling(candidate_pipeline):
    text = ("Al-Shabaab militants attacked an army convoy in Somalia on Tuesday. The explosion hit the "
            "convoy near Baidoa, killing four soldiers.")
    event = only(extract(candidate_pipeline, text))
    assert (event.location, event.fatalities) == ("Baidoa", 4)


def test_rules_a_killing_and_an_abduction_in_one_sentence_are_two_events(candidate_pipeline):
    events = extract(candidate_pipeline, "Bandits killed three villagers and abducted a woman in Bakori, "
                                         "Katsina State, on Monday.")
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_rules_an_act_told_again_is_a_new_event(candidate_pipeline):
    text = ("Al-Shabaab militants attacked an army base in Baidoa on Monday. "
            "Al-Shabaab militants attacked the base again on Tuesday.")
    assert sorted(e.date.day for e in extract(candidate_pipeline, text)) == [11, 12]


@pytest.mark.parametrize("text", [
    # An ordinal starts a new act of a series.
    "Al-Shabaab militants attacked an army base in Baidoa on Tuesday. The first explosions killed four "
    "soldiers in Marka on Wednesday.",
    # A new act told with an indefinite article.
    "Al-Shabaab militants attacked an army base in Baidoa on Tuesday. An explosion killed four soldiers "
    "in Marka on Tuesday.",
])
def test_rules_a_new_act_after_an_event_is_its_own(candidate_pipeline, text):
    assert len(extract(candidate_pipeline, text)) == 2


@pytest.mark.parametrize("text, sub_event_type, actors", [
    ("On Monday, Nigerian troops expelled Boko Haram fighters from the town of Bama.",
     "Government regains territory", ("Military Forces of Nigeria", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")),
    ("On Monday, Somali forces drove al-Shabaab out of Afgoye.", "Government regains territory",
     ("Military Forces of Somalia", "Al-Shabaab")),
    ("On Monday, a police patrol came under attack by al-Shabaab fighters near Afgoye.", "Armed clash",
     ("Al-Shabaab", "Police Forces of Somalia")),
    ("On Monday, Nigerian troops re-occupied the town of Bama.", "Government regains territory",
     ("Military Forces of Nigeria", None)),
])
def test_rules_acts_told_without_a_common_trigger_are_coded(candidate_pipeline, text, sub_event_type, actors):
    event = only(extract(candidate_pipeline, text))
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub_event_type, *actors)


def test_rules_protesters_named_before_their_act_are_a_protest(candidate_pipeline):
    event = only(extract(candidate_pipeline, "On Monday, protesters gathered outside parliament in Nairobi."))
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Nairobi")


def test_rules_a_strike_on_the_capital_and_a_named_city_is_two_events(candidate_pipeline):
    events = extract(candidate_pipeline,
                     "On Monday, Russian forces shelled the capital, Kyiv, and the northeastern city of Kharkiv.")
    assert sorted(e.location for e in events) == ["Kharkiv", "Kyiv"]


def test_rules_an_opening_act_naming_no_side_takes_the_sides_told_just_after(candidate_pipeline):
    text = "A farmer was shot dead in Gwoza on Monday. On Tuesday, Boko Haram fighters abducted ten women in Bama."
    first = next(e for e in extract(candidate_pipeline, text) if e.location == "Gwoza")
    assert (first.sub_event_type, first.actor1) == ("Attack", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")


def test_rules_an_act_naming_no_side_stays_uncoded_with_no_side_nearby(candidate_pipeline):
    # "Someone" names no side ("a farmer", like "villagers", is the civilians: a victim side; so is
    # "a man" shot dead, `unnamed.UNNAMED_PEOPLE_HIT`).
    text = "Someone was shot dead in Gwoza on Monday. It was hot in Bama on Tuesday."
    assert extract(candidate_pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    # A second reported fact, of another type at another place.
    ("Activists said Syrian government forces shelled Kafr Nabl with rockets on Monday, and that clashes "
     "were continuing with rebels in Khan Shaykhun.", ["Armed clash", "Shelling/artillery/missile attack"]),
    # "as" parts a fight on the ground from the air strikes told beside it.
    ("Kurdish fighters fought off Islamic State militants in Kobani on Monday, as new US-led airstrikes hit "
     "the militants.", ["Air/drone strike", "Armed clash"]),
    # "while" parts two acts of one day at two places.
    ("Syrian government forces shelled Kafr Nabl on Monday while Russian jets struck Khan Shaykhun.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
])
def test_rules_acts_in_separate_clauses_of_one_sentence_are_separate_events(candidate_pipeline, text, expected):
    assert sorted(e.sub_event_type for e in extract(candidate_pipeline, text)) == expected


@pytest.mark.parametrize("text", [
    # The participle tells the attack's toll, not a second act.
    "Al-Shabaab militants attacked an army base in Baidoa on Monday, killing four soldiers.",
    # The drones are the strike's means.
    "Russian forces struck Kharkiv with drones on Monday.",
    # The clause restates the fight: same type, no sides of its own, no other place.
    "Clashes broke out between the Somali army and al-Shabaab in Baidoa on Monday; fighting continued "
    "into the night.",
    # A bare ", and" lists places, not acts.
    "Russian forces struck the capital, Kyiv, and the city of Kharkiv on Monday with missiles.",
])
def test_rules_a_restated_act_or_its_means_is_no_second_event(candidate_pipeline, text):
    assert len({e.sub_event_type for e in extract(candidate_pipeline, text)}) == 1


def test_rules_an_act_in_its_own_clause_takes_its_sides_from_that_clause(candidate_pipeline):
    text = "Syrian government forces shelled Kafr Nabl on Monday while Russian jets struck Khan Shaykhun."
    by_type = {e.sub_event_type: e for e in extract(candidate_pipeline, text)}
    shelling, strike = by_type["Shelling/artillery/missile attack"], by_type["Air/drone strike"]
    assert (shelling.actor1, strike.actor1) == ("Syrian Arab Army", "Military Forces of Russia")
    assert "Military Forces of Russia" not in (shelling.actor2, shelling.actor1)


@pytest.mark.parametrize("text, sides", [
    # attribution.DEFENDED_AFTER with a killing participle: the side driven off attacked first.
    ("Government forces repelled an attack by Al-Shabaab on a base in Marka on Monday, killing 12 militants.",
     ("Al-Shabaab", "Military Forces of Somalia")),
    # deaths.CLASH_WITH: the side that died in a clash with another is the clash's first side.
    ("Two soldiers died in clashes with Al-Shabaab fighters near Marka on Monday.",
     ("Military Forces of Somalia", "Al-Shabaab")),
    # attribution.ATTACKED_AFTER before another subject's death: the attacker stays first.
    ("Al-Shabaab fighters attacked a police station in Marka on Monday and three policemen died.",
     ("Al-Shabaab", "Police Forces of Somalia")),
])
def test_rules_attribution_and_deaths_agree_on_the_first_side(extraction_pipeline, text, sides):
    event = only(extract(extraction_pipeline, text))
    assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize("text, sub_event_type", [
    # A toll brought up to a figure is no trend (modality.TREND).
    ("The number of people killed in Saturday's attack on a church in Owo has increased to 22, officials said.",
     "Attack"),
    # The scale of one act is no trend.
    ("Residents were shocked by the scale of the attack, in which gunmen killed 12 villagers in Zurmi on Monday.",
     "Attack"),
    # Aircraft deployed "to support" and told firing strike (coding.GEAR_USE, AIRCRAFT_FIRE).
    ("Helicopter gunships deployed to support the offensive pounded rebel positions near Goma on Monday.",
     "Air/drone strike"),
])
def test_rules_ordinary_wire_sentences_keep_their_event(extraction_pipeline, text, sub_event_type):
    assert only(extract(extraction_pipeline, text)).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, expected", [
    # Arms found after a killing are its outcome, no second event (coding, recovery family).
    ("Police recovered spent rounds at the scene after gunmen shot dead two traders in Kano on Monday.",
     ["Attack"]),
    # A disaster's dead are no political violence.
    ("Floods killed 12 people in Kano on Monday, officials said.", []),
    ("Twelve people were killed in a landslide in Bududa on Monday.", []),
])
def test_rules_no_event_beyond_the_act_told(extraction_pipeline, text, expected):
    assert [e.sub_event_type for e in extract(extraction_pipeline, text)] == expected


@pytest.mark.parametrize("text, actor2", [
    ("Al-Shabaab fighters stormed a military base in Lower Shabelle on Monday.", "Military Forces of Somalia"),
    ("Gunmen attacked an army convoy near Gao in Mali on Monday.", "Military Forces of Mali"),
])
def test_rules_an_attack_on_an_installation_is_on_the_force_holding_it(extraction_pipeline, text, actor2):
    assert [e.actor2 for e in extract(extraction_pipeline, text)] == [actor2]


@pytest.mark.parametrize("text", [
    "A Ukrainian drone struck an oil refinery in Krasnodar on Tuesday, officials said.",
    "Russian jets carried out an airstrike near Idlib in Syria on Monday, but residents reported no casualties.",
])
def test_rules_a_strike_that_harmed_no_one_has_no_second_side(extraction_pipeline, text):
    event = only(extract(extraction_pipeline, text))
    assert event.event_type == "Explosions/Remote violence" and event.actor2 is None


def test_rules_an_actor_named_is_before_an_attack_noun_is_its_author(extraction_pipeline):
    event = only(extract(extraction_pipeline, "An IS assault on an SDF position near Hasakah killed five on Monday."))
    assert (event.actor1, event.actor2) == ("Islamic State", "Syrian Democratic Forces")


@pytest.mark.parametrize("text, sub_event_type, actor1, actor2", [
    # House rule: an aircraft lost with no hostile fire stated is its army's loss, no strike.
    ("One of the Malian army's helicopters crashed in Kidal on Friday while on a routine mission.",
     "Other", "Military Forces of Mali", None),
    ("A Nigerian air force jet went down due to a technical fault near Kaduna on Tuesday.",
     "Other", "Military Forces of Nigeria", None),
    # Shot down by ground fire: a battle, the side that fired first.
    ("Boko Haram fighters shot down a Nigerian air force jet near Maiduguri on Tuesday.",
     "Armed clash", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Military Forces of Nigeria"),
    ("A Nigerian air force jet was shot down by Boko Haram fighters near Maiduguri on Tuesday.",
     "Armed clash", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Military Forces of Nigeria"),
    ("A Syrian army helicopter was hit by rebel ground fire and crashed near Idlib on Tuesday.",
     "Armed clash", "Unidentified Armed Group (Syria)", "Syrian Arab Army"),
    # Soldiers captured during a raid are the fight's, not an arrest.
    ("More than 30 Nigerian soldiers were killed and an unknown number were captured during a Boko Haram raid on "
     "a military base in Borno on Tuesday.",
     "Armed clash", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Military Forces of Nigeria"),
])
def test_rules_house_rules_type_aircraft_losses_and_captives(extraction_pipeline, text, sub_event_type, actor1, actor2):
    event = only(extract(extraction_pipeline, text))
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub_event_type, actor1, actor2)


def test_rules_a_crash_whose_aircraft_was_then_told_hit_is_no_loss_by_accident(extraction_pipeline):
    text = ("A Malian army helicopter crashed near Gao on Friday. The aircraft, the ministry said, was hit by a "
            "missile fired by the rebels.")
    assert all(e.sub_event_type != "Other" for e in extract(extraction_pipeline, text))


def test_rules_raids_in_a_report_of_air_raids_are_air_strikes(extraction_pipeline):
    text = ("The Saudi-led coalition carried out air raids near Saada on Tuesday. "
            "Twenty Houthis were killed in raids in the Razih district on Tuesday.")
    events = extract(extraction_pipeline, text)
    assert events and all(e.sub_event_type == "Air/drone strike" for e in events)


@pytest.mark.parametrize("text, expected", [
    # A wire dateline's date is the filing day: the day the sentence names dates the act.
    ("SANAA, March 14 (Reuters) - Houthi drones struck a ship near Hodeidah on Monday, officials said.",
     ("Air/drone strike", dt.date(2024, 3, 11))),
    # Acts told beside a place beset by something else, or after an instruction, are told.
    ("BAMAKO, March 14 (AFP) - Residents, gripped by panic, fled as jihadists stormed the village of Dioura "
     "on Thursday, killing 12 civilians.", ("Attack", dt.date(2024, 3, 14))),
    ("MEXICO CITY, March 14 (AP) - A gunman fired several times at a crowd outside a bar in Celaya, killing three "
     "people, police said.", ("Attack", dt.date(2024, 3, 14))),
])
def test_rules_made_up_wire_reports_keep_their_act(candidate_pipeline, text, expected):
    event = only(extract(candidate_pipeline, text))
    assert (event.sub_event_type, event.date) == expected


def test_rules_police_raids_stay_on_the_ground_in_a_report_of_air_raids(candidate_pipeline):
    text = ("GAZA, March 14 (Reuters) - Israeli air raids killed 20 people in Rafah on Wednesday. On Thursday, "
            "Palestinian police raids in Jenin led to the arrest of five men.")
    types = {e.location: e.sub_event_type for e in extract(candidate_pipeline, text)}
    assert types["Jenin"] != "Air/drone strike"


@pytest.mark.parametrize("text, kept", [
    # "Since 2022" beside a day named for the act measures the time since the last such act.
    ("Jihadists killed 30 soldiers near Djibo on Sunday, the deadliest attack since 2022.", True),
    ("Cartel gunmen killed 12 people in Zacatecas on Saturday, the worst massacre in the state since 2019.", True),
    ("M23 rebels seized Rubaya in North Kivu on Tuesday, the first town they have held since 2013.", True),
    # With no day named, the act runs from that year: background.
    ("Al-Shabaab has been fighting the Somali government since 2006.", False),
    ("The Arakan Army has fought the Myanmar military in Rakhine since 2019.", False),
    # A span with no comparison dates the act's background, whatever day the sentence names.
    ("Rebels took control of Bangui on Sunday, ending the party's rule in power since 2003.", False),
])
def test_rules_a_year_since_which_is_no_date_of_a_dated_act(candidate_pipeline, text, kept):
    assert bool(extract(candidate_pipeline, text)) is kept


@pytest.mark.parametrize("text, expected", [
    ("Rebels seize town\n\nRebels seize town\n\nRebels seized Rubaya on Monday.",
     len("Rebels seize town\n\nRebels seize town")),
    ("Rebels seize town\n\nRebels seized Rubaya on Monday.", len("Rebels seize town")),
    ("Rebels seized Rubaya on Monday.\nThey held it.", 0),
])
def test_rules_headline_end_takes_in_a_repeated_title(text, expected):
    from sitrep.events.rules import headline_end

    assert headline_end(text) == expected
