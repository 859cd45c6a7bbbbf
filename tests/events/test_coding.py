"""Sub-event typing where word choice alone does not decide (real trigger lexicon)."""
import pytest

from sitrep.events.coding import (
    AIRBORNE,
    AIRCRAFT_FIRE,
    ARMS_TAKEN,
    ARREST_NOT_MADE,
    ASSAULTED_AND,
    BY_MOB,
    CROWD_ATTACKS,
    CROWD_VICTIM,
    CROWD_WORDS,
    CUSTODY_AFTER,
    DISASTER_AFTER,
    DISASTER_BEFORE,
    DISPLACED_OBJECT,
    FIGHT_TOLD,
    FIRED_ON,
    FORCE_ON_PROTESTERS,
    GEAR_USE,
    GROUND_RAID,
    INTERCEPTED_THING,
    KILLED_IN_FIGHT,
    KILLED_IN_RAIDS,
    MATERIEL_OBJECT,
    MOB_AGENT,
    PASSIVE_BEFORE,
    PERSON_OBJECT,
    PLACE_ADJECTIVE_BEFORE,
    PLACE_OBJECT,
    PROTEST_FIGHT,
    PROTEST_OBJECT,
    PROTESTERS_FIRED_ON,
    SIDE_DEPARTED,
    TRUCE_BROKEN_AFTER,
    TRUCE_BROKEN_BEFORE,
    TRUCE_SOUGHT_BEFORE,
    WEAPON_OBJECT,
    WITHOUT_FIGHTING,
    choose_sub_event_type,
)
from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families
from sitrep.model import Actor, ActorCategory, Place

GANG = Actor("gang", "Unidentified Armed Group (Nigeria)", ActorCategory.POLITICAL_MILITIA, "Nigeria")
CIVILIANS = Actor("civ", "Civilians (Nigeria)", ActorCategory.CIVILIANS, "Nigeria")
RIOTERS = Actor("riot", "Rioters (Nigeria)", ActorCategory.RIOTERS, "Nigeria")
PROTESTERS = Actor("prot", "Protesters (Nigeria)", ActorCategory.PROTESTERS, "Nigeria")
POLICE = Actor("pol", "Police Forces of Nigeria", ActorCategory.STATE_FORCES, "Nigeria")
ARMY = Actor("army", "Military Forces of Nigeria", ActorCategory.STATE_FORCES, "Nigeria")
REBELS = Actor("reb", "Some Rebel Front", ActorCategory.REBEL_GROUP, "Nigeria")
TOWN = Place("Kaduna", "Nigeria", latitude=10.5, longitude=7.4)
COALITION = Actor("coal", "Saudi-led Coalition", ActorCategory.EXTERNAL_OTHER, None)


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


def _code(finder, sentence, trigger, actor1, actor2, place=None):
    hits = finder.find(sentence, sentence.lower())
    hit = next(h for h in hits if sentence[h.start:h.end] == trigger)
    families = {f.id for h in hits for f in h.families}
    return choose_sub_event_type(hit, families, sentence, sentence[hit.end:], actor1, actor2, (), place)


@pytest.mark.parametrize("sentence, actor1, actor2, expected", [
    ("Gunmen stormed the school and seized students.", GANG, CIVILIANS, "Attack"),
    ("Angry protesters stormed the parliament.", RIOTERS, None, "Violent demonstration"),
    ("Police arrested rioters who stormed the runway.", GANG, None, "Violent demonstration"),
])
def test_coding_an_armed_group_storming_a_place_attacks_it(finder, sentence, actor1, actor2, expected):
    assert _code(finder, sentence, "stormed the", actor1, actor2) == expected


@pytest.mark.parametrize(("text", "matches"), [
    ("the rioters", True), ("protesters gathered", True), ("an angry crowd", True),
    ("gunmen stormed", False), ("the rioting", True), ("a demonstration", True),
])
def test_coding_crowd_words_match_their_examples(text, matches):
    assert (CROWD_WORDS.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Police attacked protesters near the stadium.", "attacked", POLICE, PROTESTERS, "Protest with intervention"),
    # the crowd is the object even where the sides came out wrong
    ("Unknown men attacked dozens of protesters near the stadium.", "attacked", PROTESTERS, None,
     "Protest with intervention"),
    ("Soldiers attacked the demonstrators and killed two.", "attacked", ARMY, PROTESTERS,
     "Excessive force against protesters"),
    ("Protesters attacked a police post near the stadium.", "attacked", PROTESTERS, POLICE,
     "Violent demonstration"),
])
def test_coding_force_used_on_protesters_is_intervention(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, expected", [
    ("Crowds were also fired on in the capital.", "fired on", POLICE, "Excessive force against protesters"),
    ("The demonstrators were attacked near the stadium.", "attacked", None, "Protest with intervention"),
    ("The crowd attacked a police post.", "attacked", None, "Mob violence"),  # the crowd acts
])
def test_coding_a_crowd_suffering_force_is_a_protest_met_by_force(finder, sentence, trigger, actor1, expected):
    assert _code(finder, sentence, trigger, actor1, None) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("An army plane crashed near the base, killing 15 people on board.", None),
    ("Rebels shot down an army plane, killing two pilots.", "Armed clash"),
])
def test_coding_the_toll_of_an_aircraft_lost_is_no_attack(finder, sentence, expected):
    assert _code(finder, sentence, "killing", ARMY if expected is None else REBELS, None) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Thousands of demonstrators marched on Monday as clashes broke out with police.", "demonstrators",
     PROTESTERS, POLICE, "Violent demonstration"),
    ("Some protesters threw rocks at the troops.", "protesters", PROTESTERS, ARMY, "Violent demonstration"),
    ("Demonstrators attacked a police post during the march.", "Demonstrators", PROTESTERS, POLICE,
     "Violent demonstration"),
    ("Police attacked demonstrators during the march.", "demonstrators", POLICE, PROTESTERS,
     "Protest with intervention"),
    ("Thousands of demonstrators marched peacefully on Monday.", "demonstrators", PROTESTERS, None,
     "Peaceful protest"),
])
def test_coding_a_protest_that_fights_is_a_riot(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Angry villagers burned down the houses of their neighbours.", "burned down", None, CIVILIANS, "Mob violence"),
    ("A suspected thief was set ablaze by some residents on Friday.", "set ablaze", None, CIVILIANS,
     "Mob violence"),
    ("Gunmen burned down the houses of the villagers.", "burned down", GANG, CIVILIANS,
     "Looting/property destruction"),
    ("Villagers said the houses were burned down at night.", "burned down", None, CIVILIANS,
     "Looting/property destruction"),
])
def test_coding_a_civilian_crowd_commits_mob_violence(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Rebels entered the town amid fierce clashes with the army.", "entered", "Armed clash"),
    ("Rebels captured the town after fierce clashes with the army.", "captured",
     "Non-state actor overtakes territory"),
])
def test_coding_entering_a_place_is_a_battle_not_a_capture(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, REBELS, ARMY, TOWN) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Rebels peacefully took control of the town on Monday.", "took control", "Non-violent transfer of territory"),
    ("Rebels captured the town without firing a shot.", "captured", "Non-violent transfer of territory"),
    ("The army abandoned the outpost and rebels took over the base without offering any resistance.",
     "took over", "Non-violent transfer of territory"),
    ("Rebels captured the town after a day of fighting.", "captured", "Non-state actor overtakes territory"),
    ("Rebels declared the town free of terrorists after the exit of all soldiers to the north.",
     "free of terrorists", "Non-violent transfer of territory"),
    ("The soldiers had all left by Friday, before the rebels took control of the town.", "took control",
     "Non-violent transfer of territory"),
    ("Rebels took control of the town in fighting that had left ten dead.", "took control",
     "Non-state actor overtakes territory"),
    # The other side's exit forced by a fight told alongside is no transfer without fighting.
    ("Rebels captured the town after the withdrawal of the soldiers following heavy fighting.", "captured",
     "Non-state actor overtakes territory"),
])
def test_coding_a_place_taken_without_fighting_is_a_non_violent_transfer(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, REBELS, ARMY, TOWN) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The army continued to violate the ceasefire on Monday.", None),
    ("Two soldiers died in ceasefire breaches overnight.", None),  # "ceasefire violations" is a clash word
    ("Fighting went on despite the truce.", None),
    ("A third group stepped in to broker a truce on Friday.", None),
    ("Mediators called for an immediate ceasefire.", None),
    ("The two sides agreed a ceasefire on Monday.", "Agreement"),
    ("The truce took effect at noon.", "Agreement"),
])
def test_coding_a_broken_or_sought_ceasefire_is_no_agreement(finder, sentence, expected):
    trigger = "truce" if "truce" in sentence else "ceasefire"
    assert _code(finder, sentence, trigger, ARMY, REBELS) == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (PROTEST_FIGHT, "as clashes broke out", True),
    (PROTEST_FIGHT, "some threw stones at police", True),
    (PROTEST_FIGHT, "they marched to parliament", False),
    (PROTEST_OBJECT, " dozens of protesters in the square", True),
    (PROTEST_OBJECT, " the peaceful demonstrators", True),
    (PROTEST_OBJECT, " a police station", False),
    (FORCE_ON_PROTESTERS, "police beat the protesters", True),
    (FORCE_ON_PROTESTERS, "protesters beat a policeman", False),
    (FORCE_ON_PROTESTERS, "the security forces ousted the protesters from the avenue", True),
    (FORCE_ON_PROTESTERS, "police drove back hundreds of demonstrators", True),
    (FORCE_ON_PROTESTERS, "thousands of protesters ousted the mayor", False),
    (CROWD_ATTACKS, "demonstrators later attacked a bank", True),
    (CROWD_ATTACKS, "police attacked demonstrators", False),
    (CROWD_VICTIM, "Crowds were also ", True),
    (CROWD_VICTIM, "the demonstrators were reportedly ", True),
    (CROWD_VICTIM, "the crowd ", False),
    (FIRED_ON, "crowds were fired on", True),
    (FIRED_ON, "crowds were dispersed", False),
    (MOB_AGENT, "angry villagers ", True),
    (MOB_AGENT, "the gunmen ", False),
    (PASSIVE_BEFORE, "the thief was ", True),
    (PASSIVE_BEFORE, "the mob ", False),
    (BY_MOB, " by some residents on Friday", True),
    (BY_MOB, " by gunmen on Friday", False),
    (TRUCE_BROKEN_BEFORE, "continued to violate the ", True),
    (TRUCE_BROKEN_BEFORE, "agreed a ", False),
    (TRUCE_BROKEN_AFTER, " violations overnight", True),
    (TRUCE_BROKEN_AFTER, " took effect", False),
    (TRUCE_SOUGHT_BEFORE, "stepped in to broker a ", True),
    (TRUCE_SOUGHT_BEFORE, "signed a ", False),
    (WITHOUT_FIGHTING, "entered the town unopposed", True),
    (WITHOUT_FIGHTING, "without any resistance", True),
    (WITHOUT_FIGHTING, "after fierce resistance", False),
    (WITHOUT_FIGHTING, "without putting up a fight", True),
    (GEAR_USE, "security forces pressed drones into service to trace the militants", True),
    (GEAR_USE, "helicopters were utilized to support the operation", True),
    (GEAR_USE, "drones were used to bomb the village", False),
    (ARMS_TAKEN, "a large cache of arms and ammunition", True),
    (ARMS_TAKEN, "two AK-47 rifles", True),
    (ARMS_TAKEN, "seven bodies", False),
    (PLACE_ADJECTIVE_BEFORE, "soldiers posed in the ", True),
    (PLACE_ADJECTIVE_BEFORE, "people returned to the recently ", True),
    (PLACE_ADJECTIVE_BEFORE, "the groups that ", False),
    (PLACE_ADJECTIVE_BEFORE, "the army ", False),
    (CUSTODY_AFTER, " to the police on Friday", True),
    (CUSTODY_AFTER, " to the local authorities", True),
    (CUSTODY_AFTER, " the town to the army", False),
    (SIDE_DEPARTED, "after the exit of all terrorists and their families", True),
    (SIDE_DEPARTED, "following the withdrawal of government troops", True),
    (SIDE_DEPARTED, "the troops had all left by 20 October", True),
    (SIDE_DEPARTED, "the garrison has already pulled out", True),
    (SIDE_DEPARTED, "fighting that had left ten dead", False),
    (SIDE_DEPARTED, "forced the militants to withdraw", False),
    (FIGHT_TOLD, "following heavy fighting", True),
    (FIGHT_TOLD, "after the exit of all terrorists", False),
    (AIRCRAFT_FIRE, "deployed to support the offensive pounded rebel positions", True),
    (AIRCRAFT_FIRE, "helicopters were utilized to support the operation", False),
    (PERSON_OBJECT, " five fighters near the river", True),
    (PERSON_OBJECT, " from terrorists on Monday", False),
    (PERSON_OBJECT, " them from the militants", False),
    (PLACE_OBJECT, " the neighbourhoods of the old city", True),
    (PLACE_OBJECT, " two commanders", False),
    (WEAPON_OBJECT, " a large cache of ammunition", True),
    (WEAPON_OBJECT, " the town of Hajin", False),
    (KILLED_IN_FIGHT, " in clashes with the army", True),
    (KILLED_IN_FIGHT, " during heavy overnight fighting", True),
    (KILLED_IN_FIGHT, " in an exchange of fire", True),
    (KILLED_IN_FIGHT, " in an ambush on the road", False),
    (KILLED_IN_FIGHT, " by gunmen before clashes began", False),
    (ARREST_NOT_MADE, "nine of them resisted ", True),
    (ARREST_NOT_MADE, "troops attempted to ", True),
    (ARREST_NOT_MADE, "police made an ", False),
    (INTERCEPTED_THING, "air defences intercepted two drones", True),
    (INTERCEPTED_THING, "he was intercepted on his motorcycle", False),
    (AIRBORNE, "warplanes bombed the town", True),
    (AIRBORNE, "rebels bombed the base with rockets", False),
])
def test_coding_typing_regexes_match_their_examples(pattern, text, matches):
    anchored = (PROTEST_OBJECT, BY_MOB, TRUCE_BROKEN_AFTER, PERSON_OBJECT, PLACE_OBJECT, WEAPON_OBJECT, KILLED_IN_FIGHT)
    found = pattern.match(text) if pattern in anchored else pattern.search(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    ("Two soldiers were killed in clashes with the rebels.", "were killed", ARMY, REBELS, "Armed clash"),
    ("Ten people were killed in overnight fighting between armed groups.", "were killed", GANG, CIVILIANS,
     "Armed clash"),
    ("Gunmen killed ten villagers in an ambush on the road.", "killed", GANG, CIVILIANS, "Attack"),
])
def test_coding_deaths_in_a_fight_are_a_battle(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Nine suspects who resisted arrest were shot dead.", "arrest", None),
    ("Police attempted to arrest a wanted man but were ambushed.", "arrest", None),
    ("Police arrested a wanted man on Monday.", "arrested", "Arrests"),
])
def test_coding_an_arrest_not_made_is_no_arrest(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, POLICE, GANG) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A constable was intercepted and shot by unknown men on his way to duty.", None),
    ("Air defences intercepted two drones over the city.", "Disrupted weapons use"),
    ("Troops intercepted a truck carrying weapons near the border.", "Disrupted weapons use"),
])
def test_coding_an_interception_stops_a_weapon(finder, sentence, expected):
    assert _code(finder, sentence, "intercepted", ARMY, GANG) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels bombed the army's positions with rockets and mortars.", "Shelling/artillery/missile attack"),
    ("Warplanes bombed the army's positions near the river.", "Air/drone strike"),
])
def test_coding_bombing_with_ground_weapons_is_shelling(finder, sentence, expected):
    assert _code(finder, sentence, "bombed", REBELS, ARMY) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, expected", [
    ("Soldiers captured rifles and ammunition in the raid.", "captured", ARMY, "Disrupted weapons use"),
    ("The inmates managed to seize weapons from the guards.", "managed to seize", REBELS, None),
    ("Troops freed the neighbourhoods of the old city from the rebels.", "freed", ARMY,
     "Government regains territory"),
    ("Troops freed three hostages held by the rebels.", "freed", ARMY, None),
    ("Two villages were liberated from terrorists on Monday.", "liberated", ARMY, "Government regains territory"),
    ("The villages were cleared of terrorists during the operation.", "were cleared", ARMY,
     "Government regains territory"),
    ("Troops captured five fighters near the river.", "captured", ARMY, "Arrests"),
])
def test_coding_what_a_capture_verb_takes_decides_its_type(finder, sentence, trigger, actor1, expected):
    assert _code(finder, sentence, trigger, actor1, REBELS, TOWN) == expected


def test_coding_protesters_invading_a_site_riot(finder):
    sentence = "Hundreds of protesters invaded the runway of the airport."
    assert _code(finder, sentence, "protesters", PROTESTERS, None) == "Violent demonstration"


@pytest.mark.parametrize("sentence, trigger, expected", [
    # The people driven from a named place lost it: territory, not arrests.
    ("Troops expelled the militants from the district of Gwoza.", "expelled", "Government regains territory"),
    ("Troops drove the gunmen out of Gwoza.", "drove", "Government regains territory"),
    ("Troops pushed the gunmen out of the town.", "pushed", "Government regains territory"),
    ("After having thrown the gunmen out of the airport, troops moved on.", "thrown", "Government regains territory"),
    ("The gunmen threw a grenade at the post.", "threw", None),
    # No "out of": no place changed hands.
    ("The convoy drove from Kaduna to Zaria.", "drove", None),
    ("The army pushed the gunmen towards the river.", "pushed", None),
    # Civilians driven from their homes: a displacement, not a place taken from a side.
    ("Gunmen drove thousands of residents out of their homes.", "drove", None),
])
def test_coding_an_expulsion_from_a_place_is_territory(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, ARMY, GANG, TOWN) == expected


@pytest.mark.parametrize("text, matches", [
    (" thousands of residents out of", True), (" the families from", True),
    (" the gunmen out of", False), (" them out of", False),
])
def test_coding_displaced_object_regex_matches_its_examples(text, matches):
    assert (DISPLACED_OBJECT.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, actor1, expected", [
    # an army's or a coalition's bare bombings come from the air
    ("The army carried out bombings on rebel areas near the river.", ARMY, "Air/drone strike"),
    ("Coalition bombings hit the caves.", Actor("co", "Some Coalition", ActorCategory.EXTERNAL_OTHER),
     "Air/drone strike"),
    # an insurgent's are planted bombs
    ("Rebel bombings targeted banks and hotels.", REBELS, "Remote explosive/landmine/IED"),
    ("The bombings killed five people.", None, "Remote explosive/landmine/IED"),
    # police fly no bombers
    ("Police inspected the scene of the bombings.", POLICE, "Remote explosive/landmine/IED"),
])
def test_coding_a_bare_bombing_is_an_air_strike_by_state_forces(finder, sentence, actor1, expected):
    assert _code(finder, sentence, "bombings", actor1, CIVILIANS if actor1 is not REBELS else None) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    # a fight with no armed side named is still a fight, not an attack on the civilians near it
    ("Clashes were reported near the airport.", "Clashes", None, CIVILIANS, "Armed clash"),
    # an armed group's one-sided act on civilians stays an attack
    ("Gunmen clashed with villagers in the market.", "clashed", GANG, CIVILIANS, "Attack"),
])
def test_coding_a_fight_with_no_armed_side_is_a_clash(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    # the act a person is accused of is the charge, not an event
    ("A worker suspected of launching missiles at army bases was detained.", "missiles", None),
    ("Police arrested a man accused of planting roadside bombs.", "roadside bombs", None),
    ("Police arrested a man accused of planting roadside bombs.", "arrested", "Arrests"),
    ("Police charged two men with the killing of a soldier.", "killing", None),
    ("Police arrested three men in connection with the attack on a church.", "attack", None),
    ("Police arrested three men in connection with the attack on a church.", "arrested", "Arrests"),
    # a means the force charged with is no charge: the act after it is told as done
    ("Riot police charged the crowd with batons and killed two.", "killed", "Attack"),
    # the same act told as done stays an event
    ("Rebels launched missiles at army bases.", "missiles", "Shelling/artillery/missile attack"),
])
def test_coding_an_act_someone_is_accused_of_is_no_event(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, POLICE, CIVILIANS) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    # protesters fired on, told in the passive: excessive force whatever the trigger
    ("Crowds were also fired on in the city, scene of a long resistance.", "resistance", POLICE, None,
     "Excessive force against protesters"),
    # not a mob's violence: the crowd was fired on
    ("Crowds were also fired on in the city.", "fired on", None, None, "Excessive force against protesters"),
    ("Two demonstrators were shot dead in clashes in the capital.", "clashes", POLICE, None,
     "Excessive force against protesters"),
    ("Twenty protesters have been arrested and one shot by police after the leader died.", "died", POLICE, None,
     "Excessive force against protesters"),
    # protesters who shoot riot
    ("Protesters shot at police during clashes.", "clashes", PROTESTERS, POLICE, "Violent demonstration"),
])
def test_coding_protesters_fired_on_meet_excessive_force(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("text, matches", [
    ("crowds were fired on", True), ("crowds were also fired on", True), ("two demonstrators were shot dead", True),
    ("protesters have been shot at", True), ("protesters shot at police", False),
    ("crowds were dispersed", False),
    ("20 protesters have been arrested and one shot by police", True),
    ("protesters were arrested and released", False),
])
def test_coding_protesters_fired_on_regex_matches_its_examples(text, matches):
    assert (PROTESTERS_FIRED_ON.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Soldiers raised the flag in the liberated village of Kaduna on Monday.", "liberated", None),
    ("The army liberated the village of Kaduna on Monday.", "liberated", "Government regains territory"),
    ("The army said the recapture of the town of Kaduna took a week.", "recapture", "Government regains territory"),
    ("All eight suspects were handed over to the police.", "handed over", None),
    ("The rebels handed over the town to the army.", "handed over", "Non-violent transfer of territory"),
])
def test_coding_a_place_named_or_people_handed_over_is_no_territory_change(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, ARMY, REBELS, TOWN) == expected


@pytest.mark.parametrize("sentence, actor1, expected", [
    ("A cache of arms and ammunition was recovered by the police in Kaduna.", POLICE, "Disrupted weapons use"),
    ("Two rifles and 29 rounds of ammunition were recovered, he added.", None, "Disrupted weapons use"),
    ("The rebels recovered weapons from the overrun post.", REBELS, None),
    ("Seven bodies were recovered from the river.", POLICE, None),
    ("The wounded soldier recovered in hospital.", ARMY, None),
    # Arms found after another act told in the clause are that act's outcome, no event of their own.
    ("Police recovered spent rounds at the scene after gunmen shot dead two traders.", POLICE, None),
    ("Troops recovered rifles from the camp after a gunfight with the rebels.", ARMY, None),
])
def test_coding_arms_recovered_by_security_forces_disrupt_weapons_use(finder, sentence, actor1, expected):
    trigger = "recovered"
    assert _code(finder, sentence, trigger, actor1, None) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Floods killed 12 people in the town on Monday.", "killed", None),
    ("A landslide triggered by heavy rain killed five villagers.", "killed", None),
    ("Twelve people were killed in a flood on Monday.", "were killed", None),
    ("Two soldiers died in a road accident near the town.", "died", None),
    ("Gunmen killed 12 people displaced by floods.", "killed", "Attack"),
    ("Twelve people were killed in an ambush near the town.", "were killed", "Attack"),
])
def test_coding_deaths_in_a_disaster_or_accident_are_no_event(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, None, CIVILIANS) == expected


@pytest.mark.parametrize("regex, text, matches", [
    (DISASTER_BEFORE, "Floods ", True),
    (DISASTER_BEFORE, "A landslide triggered by heavy rain ", True),
    (DISASTER_BEFORE, "Gunmen ", False),
    (DISASTER_AFTER, " in a flood on Monday", True),
    (DISASTER_AFTER, " in a road accident", True),
    (DISASTER_AFTER, " in an ambush", False),
])
def test_coding_disaster_patterns(regex, text, matches):
    assert bool(regex.search(text)) == matches


@pytest.mark.parametrize("sentence, trigger, expected", [
    # (Drones put to such a use are no trigger at all: `triggers.SURVEILLANCE_AFTER`.)
    ("Security forces deployed helicopters to trace the militants in the forest.", "helicopters", None),
    ("Helicopters were utilized to support the operation in Kaduna.", "Helicopters", None),
    ("Army drones struck rebel positions near Kaduna.", "drones", "Air/drone strike"),
    # Deployed "to support" and told firing: a strike all the same.
    ("Helicopter gunships deployed to support the offensive pounded rebel positions near Kaduna.",
     "Helicopter gunships", "Air/drone strike"),
    ("Drones were used to support the assault on Kaduna, striking rebel positions.", "Drones", "Air/drone strike"),
])
def test_coding_aircraft_used_for_surveillance_or_support_is_no_strike(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, ARMY, REBELS, TOWN) == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    # The weapon stopped: the interception codes the clause, the weapon's word no strike.
    ("Air defences said 20 drones were shot down over the southern region.", "drones", None),
    ("Twelve missiles were intercepted over the capital.", "missiles", None),
    # Nothing stopped: the weapon's word tells the strike.
    ("Drones struck an oil depot in the southern region.", "Drones", "Air/drone strike"),
])
def test_coding_a_weapon_shot_down_is_no_strike_of_its_own(finder, sentence, trigger, expected):
    assert _code(finder, sentence, trigger, ARMY, REBELS, TOWN) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Destroyed in the air over a place: the weapon stopped.
    ("Fifteen drones were destroyed over the southern region.", "Disrupted weapons use"),
    ("Two missiles were destroyed above the capital.", "Disrupted weapons use"),
    # Over a span of time: nothing stopped in the air.
    ("Dozens of homes were destroyed over the weekend.", None),
    ("Three bridges were destroyed over the past two days.", None),
])
def test_coding_destroyed_over_a_place_is_an_interception(finder, sentence, expected):
    trigger = "destroyed above" if "above" in sentence else "destroyed over"
    assert _code(finder, sentence, trigger, ARMY, REBELS, TOWN) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    # Soldiers an armed group captures in a raid are its prisoners: the fight is the event.
    ("Thirty soldiers were killed and an unknown number were captured during a raid on a base.", "were captured",
     REBELS, ARMY, None),
    ("Troops killed two militants and captured five fighters in a raid.", "captured", ARMY, REBELS, "Arrests"),
    ("Police arrested four suspects after the shootout left three dead.", "arrested", REBELS, POLICE, "Arrests"),
    # A coalition's raids are flown; an army's single raid is on the ground.
    ("Eleven fighters were killed in raids in the Harib district.", "were killed", COALITION, GANG, "Air/drone strike"),
    ("Coalition raids hit the port on Monday.", "raids", COALITION, GANG, "Air/drone strike"),
    ("Troops killed seven gunmen during a raid in the town.", "killed", ARMY, GANG, "Armed clash"),
    # A coalition's raid told on the ground (its troops raid, it takes prisoners) is no air strike.
    ("Coalition troops raided a compound at night, killing a leader.", "raided", COALITION, GANG,
     "Armed clash"),
    ("Coalition forces raided a house, capturing a senior commander.", "raided", COALITION, GANG, "Armed clash"),
    # A capture joined to its assault was fought for, whatever was left without a fight.
    ("The post was abandoned without any resistance because rebels had attacked and taken over the base nearby.",
     "taken over", REBELS, ARMY, "Non-state actor overtakes territory"),
    ("The army took over the base in Kaduna after the rebels withdrew.", "took over", ARMY, REBELS,
     "Non-violent transfer of territory"),
    # Materiel taken is no place taken; a place taken with its materiel is.
    ("The rebels said they had captured armoured vehicles and trucks during the battles.", "captured", REBELS, ARMY,
     None),
    ("The rebels captured the town of Kaduna and its trucks.", "captured", REBELS, ARMY,
     "Non-state actor overtakes territory"),
    ("Police officers seized 200 kg of cocaine at the port of Kaduna.", "seized", POLICE, None, None),
    # A crowd named as rioters that kills is the mob; protesters who kill riot.
    ("The angry crowd killed the suspect in the market.", "killed", RIOTERS, None, "Mob violence"),
    ("The angry crowd killed the suspect in the market.", "killed", PROTESTERS, None, "Violent demonstration"),
])
def test_coding_trigger_precedence_follows_the_house_rules(finder, sentence, trigger, actor1, actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2, TOWN) == expected


@pytest.mark.parametrize("pattern, text, matches", [
    (KILLED_IN_RAIDS, " in raids in the Harib district", True),
    (KILLED_IN_RAIDS, " in coalition raids", True),
    (KILLED_IN_RAIDS, " during a raid in Jenin", False),
    (GROUND_RAID, "coalition troops raided a compound", True),
    (GROUND_RAID, "a raid capturing a senior commander", True),
    (GROUND_RAID, "coalition raids hit the port", False),
    (ASSAULTED_AND, "rebels had attacked and ", True),
    (ASSAULTED_AND, "the army stormed and then ", True),
    (ASSAULTED_AND, "the rebels ", False),
    (SIDE_DEPARTED, "took over the base after government troops withdrew", True),
    (SIDE_DEPARTED, "moved in as the rebels pulled out", True),
    (SIDE_DEPARTED, "captured the town after heavy fighting", False),
    (MATERIEL_OBJECT, " armoured vehicles, trucks, and tankers", True),
    (MATERIEL_OBJECT, " two pick-ups", True),
    (MATERIEL_OBJECT, " the town of Kaduna", False),
    (MATERIEL_OBJECT, " 200 kg of cocaine at the port", True),  # goods seized: no place taken
    (MATERIEL_OBJECT, " a shipment of drones", True),
])
def test_coding_house_rule_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern in (KILLED_IN_RAIDS, MATERIEL_OBJECT) else pattern.search(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("sentence, trigger, actor1, expected", [
    # An armed side burning goods with no one hurt destroys property.
    ("Rebels torched shops and a clinic on the outskirts.", "torched", REBELS, "Looting/property destruction"),
    ("The gang set fire to two cars near the bridge.", "set fire to", GANG, "Looting/property destruction"),
    # People hurt: an attack; a side's installation: a fight; a crowd: a riot.
    ("Rebels set fire to houses, killing four villagers.", "set fire to", REBELS, "Attack"),
    ("Rebels set fire to an army base on the hill.", "set fire to", REBELS, "Armed clash"),
    ("Rioters torched shops in the market.", "torched", RIOTERS, "Violent demonstration"),
])
def test_coding_an_armed_side_burning_goods_destroys_property(finder, sentence, trigger, actor1, expected):
    actor2 = CIVILIANS if "villagers" in sentence else (ARMY if "army base" in sentence else None)
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


@pytest.mark.parametrize("sentence, actor1, expected", [
    ("The gunmen burned a car near the market.", GANG, "Looting/property destruction"),
    ("The rebels burnt several homes in the village.", REBELS, "Looting/property destruction"),
    ("The gunmen burned the victims to death.", GANG, None),
    ("The gunmen burned a car with its driver inside.", GANG, None),  # a person burned, no mere goods
    ("The protesters burned cars near the market.", PROTESTERS, None),  # the crowd's noun tells the riot
])
def test_coding_a_bare_burning_word_is_arson_only_of_goods_by_an_armed_side(finder, sentence, actor1, expected):
    trigger = "burned" if "burned" in sentence else "burnt"
    assert _code(finder, sentence, trigger, actor1, None) == expected
