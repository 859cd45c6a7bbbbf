import pytest

from sitrep.events.triggers import (
    ANCHOR_BEFORE,
    BUILDING_MORTAR_BEFORE,
    CAMPAIGN_AFTER,
    CLAUSE_THAT,
    COURT_DETENTION_BEFORE,
    CROWD_ACT_AFTER,
    DETENTION_PLACE_AFTER,
    DISABLED_AFTER,
    DISABLED_BEFORE,
    LABOUR_STRIKE_AFTER,
    LABOUR_STRIKE_BEFORE,
    NAMING_MODIFIER,
    NAMING_SITE,
    PLIGHT_HIT_BEFORE,
    PURPOSE_BEFORE,
    SHOWING_AFTER,
    SURVEILLANCE_AFTER,
    TriggerFinder,
    anchors_another,
    name_bare_bombings,
    name_bare_raids,
    name_bare_strikes,
    refers_back,
    retold_beside_new_act,
)
from sitrep.knowledge.lexicons import load_trigger_families


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


@pytest.mark.parametrize("text, family", [
    ("Warplanes carried out airstrikes on the town.", "air"),
    ("A roadside bomb exploded near the patrol.", "explosive"),
    ("A suicide bomber blew himself up at the gate.", "suicide"),
    ("The army shelled the outskirts.", "shelling"),
    ("Rebels captured the village.", "territory_gain"),
    ("Police arrested twelve suspects.", "arrest"),
    ("Gunmen kidnapped three students.", "abduction"),
    ("Thousands protested in the capital.", "protest"),
    ("The two sides signed an agreement on prisoners.", "agreement"),
    ("Air defences intercepted two drones.", "intercept"),
])
def test_triggers_family_of_the_strongest_trigger(finder, text, family):
    hits = finder.find(text)
    assert family in {h.top.id for h in hits}


def test_triggers_whole_words_only(finder):
    assert finder.find("The shipment of shellfish was delayed.") == []


def test_triggers_longest_match_wins(finder):
    hits = finder.find("A suicide car bomb hit the checkpoint.")
    assert hits[0].top.id == "suicide"
    assert "suicide car bomb" == "A suicide car bomb hit the checkpoint."[hits[0].start:hits[0].end]


def test_triggers_verbal_forms_are_marked(finder):
    verbal = {h.verbal for h in finder.find("The rebels attacked.")}
    nominal = {h.verbal for h in finder.find("The attack.")}
    assert verbal == {True} and nominal == {False}


def _strike_family(finder, text):
    hits = name_bare_strikes(finder.find(text), text, finder.families)
    return next((h.top.id for h in hits if text[h.start:h.end].lower().startswith("strike")), None)


@pytest.mark.parametrize("text, family", [
    ("Warplanes flew over the city. The strikes killed four fighters.", "air"),
    ("US forces carried out strikes on two militia bases.", "air"),
    ("Artillery pounded the town all week. The strikes destroyed a school.", "shelling"),
    ("Rockets hit the base and drones followed. The strikes killed two.", "air"),
    # A stoppage of work is no attack: the hit is dropped.
    ("Workers held a general strike in the capital.", None),
    ("The strike led by the transport unions shut the city.", None),
    ("Teachers went on strike in the capital over unpaid wages.", None),
])
def test_triggers_bare_strike_takes_the_reports_instrument(finder, text, family):
    assert _strike_family(finder, text) == family


@pytest.mark.parametrize(("text", "word", "found"), [
    # "Rallied" with nothing rallied is a protest; with an object or "behind" it gathers support.
    ("Students rallied in the capital on Sunday.", "rallied", True),
    ("Farmers rallied outside parliament to demand lower fuel prices.", "rallied", True),
    ("Thousands rallied on Friday against the junta.", "rallied", True),
    ("The opposition rallied behind the president.", "rallied", False),
    ("The veteran has rallied residents to unite.", "rallied", False),
    ("The party rallied support for the bill.", "rallied", False),
    # Blows that kill say "to death".
    ("Rebels hacked 15 villagers to death overnight.", "hacked", True),
    ("A woman was stoned to death in the square.", "stoned to death", True),
    ("Militiamen clubbed two men to death near the camp.", "clubbed", True),
    ("Hackers hacked the ministry website.", "hacked", False),
    ("Youths stoned passing cars.", "stoned", False),
    # Burning: of property, not of bodies.
    ("Soldiers set the houses on fire.", "set on fire", False),
    ("Homes were set on fire by the militia.", "set on fire", True),
    ("The bodies were piled up and set on fire.", "set on fire", False),
    # Fire traded is a fight.
    ("Soldiers and militiamen exchanged gunfire near the bridge.", "exchanged gunfire", True),
    ("Police and gang members traded fire for an hour.", "traded fire", True),
])
def test_triggers_guarded_forms_are_acts_only_in_their_sense(finder, text, word, found):
    words = [text[h.start:h.end] for h in finder.find(text)]
    assert (word in words) is found


#: The context regexes read after a trigger (matched where the trigger ends); the rest read before
#: it (searched in the text up to its start).
MATCHED_AFTER = (NAMING_MODIFIER, NAMING_SITE, SHOWING_AFTER, CAMPAIGN_AFTER, CROWD_ACT_AFTER, CLAUSE_THAT,
                 LABOUR_STRIKE_AFTER, DISABLED_AFTER)


@pytest.mark.parametrize("pattern, text, matches", [
    (LABOUR_STRIKE_BEFORE, "held a general ", True),
    (LABOUR_STRIKE_BEFORE, "went on hunger ", True),
    (LABOUR_STRIKE_BEFORE, "carried out ", False),
    (LABOUR_STRIKE_AFTER, " led by the unions", True),
    (LABOUR_STRIKE_AFTER, " on the base", False),
    (SHOWING_AFTER, " that the army can hold the town", True),
    (SHOWING_AFTER, " the group's reach", True),
    (SHOWING_AFTER, " the army's strength", True),
    (SHOWING_AFTER, " the ability to strike", True),
    (SHOWING_AFTER, " bias against the opposition", True),
    (SHOWING_AFTER, " a clear resolve", True),
    (SHOWING_AFTER, " against the new law", False),
    (SHOWING_AFTER, " outside parliament", False),
    (SHOWING_AFTER, " peacefully", False),
    (SHOWING_AFTER, " in the capital", False),
    (CAMPAIGN_AFTER, " against organised crime", True),
    (CAMPAIGN_AFTER, " for survival", True),
    (CAMPAIGN_AFTER, " for the rights of farmers", True),
    (CAMPAIGN_AFTER, " for the bridge", False),
    (CAMPAIGN_AFTER, " broke out", False),
    (CAMPAIGN_AFTER, " in the north", False),
    (NAMING_MODIFIER, " police", True),
    (NAMING_MODIFIER, " rifles", True),
    (NAMING_MODIFIER, " troops", True),
    (NAMING_MODIFIER, " helicopters", True),
    (NAMING_MODIFIER, " on police", False),
    (NAMING_MODIFIER, " in the capital", False),
    (NAMING_MODIFIER, " policy", False),
    (BUILDING_MORTAR_BEFORE, "facing bricks and ", True),
    (BUILDING_MORTAR_BEFORE, "a brick and ", True),
    (BUILDING_MORTAR_BEFORE, "fired a ", False),
    (NAMING_SITE, " base near the town", True),
    (NAMING_SITE, " depots in the east", True),
    (NAMING_SITE, " fire on the town", False),
    (NAMING_SITE, " units struck", False),
    (CROWD_ACT_AFTER, " gathered outside", True),
    (CROWD_ACT_AFTER, " meanwhile briefly blocked", True),
    (CROWD_ACT_AFTER, " set fire to", True),
    (CROWD_ACT_AFTER, " demanded", False),
    (CROWD_ACT_AFTER, " killed by police", False),
    (CROWD_ACT_AFTER, " gathering", False),
    (CLAUSE_THAT, "that ", True),
    (CLAUSE_THAT, "That  ", True),
    (CLAUSE_THAT, "the ", False),
    (CLAUSE_THAT, "what ", False),
    (ANCHOR_BEFORE, "shelled the town after ", True),
    (ANCHOR_BEFORE, "fighting resumed following ", True),
    (ANCHOR_BEFORE, "in reprisal for ", True),
    (ANCHOR_BEFORE, "gunmen stormed ", False),
    (ANCHOR_BEFORE, "the afternoon ", False),
    (DISABLED_BEFORE, "destroying three ", True),
    (DISABLED_BEFORE, "troops defused the ", True),
    (DISABLED_BEFORE, "destroyed a bridge with an ", False),
    (DISABLED_BEFORE, "troops destroyed a car with ", False),
    (DISABLED_AFTER, " car destroyed, the army said", True),
    (DISABLED_AFTER, " was defused by troops", True),
    (DISABLED_AFTER, " destroyed the police station", False),
    (DISABLED_AFTER, " exploded", False),
])
def test_triggers_context_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern in MATCHED_AFTER else pattern.search(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("text, word", [
    # A modifier naming a force, a weapon or gear.
    ("Riot police fired tear gas at the crowd.", "Riot"),
    ("Gunmen armed with assault rifles robbed the bank.", "assault"),
    ("The army sent combat troops to the border.", "combat"),
    ("The militia deployed fighting units near the river.", "fighting"),
    # A weapon seized or found is not used.
    ("Police seized two rifles, a drone and ammunition at the farm.", "drone"),
    ("Troops found a cache of rockets and mortars in the cave.", "rockets"),
    ("The army confiscated grenades from the truck.", "grenades"),
    # An explosive device put out of use did not go off.
    ("The battles left ten militants dead and destroying three booby-trapped vehicles.", "booby-trapped"),
    ("The fighting left a booby-trapped car destroyed, the army said.", "booby-trapped"),
    ("Engineers defused two roadside bombs on the highway.", "roadside bombs"),
    ("The IED was dismantled by the bomb squad.", "IED"),
    # Names and remains.
    ("Ukraine's air force said it shot down two drones.", "air force"),
    ("The bodies were handed over to the families.", "bodies"),
    ("The attackers used heavy weapons against the checkpoint.", "heavy weapons"),
    # A campaign or a cause, not a clash.
    ("The vote gives the president a mandate to step up the fight against organised crime.", "fight"),
    ("The militia took part in the country's battle against the insurgents.", "battle"),
    ("He called the rebellion a fight for survival.", "fight"),
    # Victims named by the act done to them, not the act.
    ("Police arrested five men, and a kidnapped businesswoman was freed.", "kidnapped"),
    ("Troops continue the rescue of the kidnap victims.", "kidnap"),
    ("Two abducted students returned home on Sunday.", "abducted"),
    ("Police said three abducted farmers were rescued on Monday.", "abducted"),
    ("The kidnapped aid workers were released on Friday.", "kidnapped"),
])
def test_triggers_words_that_name_no_act_are_no_triggers(finder, text, word):
    start = text.index(word)
    assert all(h.start != start for h in finder.find(text))


@pytest.mark.parametrize("text, word", [
    ("A riot broke out in the prison.", "riot"),
    ("The attack on police killed two.", "attack"),
    ("Combat between the troops resumed.", "Combat"),
    ("A drone struck the depot after police seized rifles.", "drone"),
    ("Rockets hit the town. Troops later recovered the launchers.", "Rockets"),
    ("A car bomb destroyed the police station.", "car bomb"),
    ("A booby-trapped car exploded near the market.", "booby-trapped"),
    ("Militants destroyed a bridge with an IED.", "IED"),
    ("A battle broke out near the bridge on Monday.", "battle"),
    ("The battle for the bridge left ten dead.", "battle"),
    ("Gunmen kidnapped two students from the school.", "kidnapped"),
    ("Students were abducted from the school.", "abducted"),
    # A count before the abduction word is its subject's when a count follows it too.
    ("Gunmen numbering 10 kidnapped five farmers on the highway.", "kidnapped"),
])
def test_triggers_the_same_words_as_acts_stay_triggers(finder, text, word):
    start = text.index(word)
    assert any(h.start == start for h in finder.find(text))


@pytest.mark.parametrize("text, protest", [
    ("Thousands demonstrated against the new law in the capital on Monday.", True),
    ("The raid demonstrated the ability of the militants to strike the capital.", False),
    ("Observers said the police demonstrated bias against the opposition.", False),
])
def test_triggers_demonstrated_with_an_object_is_no_protest(finder, text, protest):
    start = text.index("demonstrated")
    assert any(h.start == start for h in finder.find(text)) is protest


@pytest.mark.parametrize("text, word, expected", [
    ("The attack killed four soldiers.", "attack", True),
    ("Officials said Saturday's strike hit a school.", "strike", True),
    ("Residents said the deadly blast shook the market.", "blast", True),
    ("An attack on the base killed four soldiers.", "attack", False),
    ("The first explosions were heard at dawn.", "explosions", False),
    ("The rebels attacked the base.", "attacked", False),
    # "that" opening a clause before a plural noun points at nothing told before.
    ("Officials said that protests broke out after prayers.", "protests", False),
    ("Officials said that attack killed four.", "attack", True),
    ("The Friday attack coincided with a raid on the port.", "attack", True),
    ("The overnight assault left ten dead.", "assault", True),
])
def test_triggers_refers_back_marks_definite_references(finder, text, word, expected):
    hit = next(h for h in finder.find(text) if h.start == text.index(word))
    assert refers_back(text, hit) is expected


@pytest.mark.parametrize("text, word, found", [
    ("Rebels overran the army's artillery base on the hill.", "artillery", False),
    ("A drone factory was hit overnight.", "drone", False),
    ("Artillery fire hit the village.", "Artillery fire", True),
    ("Missiles hit the depot.", "Missiles", True),
    # "Bricks and mortar" is building stuff, no mortar fire.
    ("Officers faced bricks and mortar thrown by the crowd.", "mortar", False),
    ("Troops fired a mortar at the village.", "mortar", True),
])
def test_triggers_an_instrument_naming_a_site_or_material_is_no_trigger(finder, text, word, found):
    assert any(text[h.start:h.end] == word for h in finder.find(text)) is found


@pytest.mark.parametrize("text, word", [
    ("The rebels used automatic grenade launchers along the front.", "grenade launchers"),
    ("The patrol was hit by rocket-propelled grenades.", "rocket-propelled grenades"),
])
def test_triggers_a_firefights_small_arms_are_clash_words(finder, text, word):
    hit = next(h for h in finder.find(text) if text[h.start:h.end] == word)
    assert hit.top.id == "clash"


@pytest.mark.parametrize("text, word, family, verbal", [
    ("Bombings in three provinces targeted banks and hotels.", "Bombings", "explosive", False),
    ("The army has re-occupied the villages near the coast.", "re-occupied", "territory_gain", True),
    ("The army declared the district clear of terrorists.", "clear of terrorists", "territory_gain", True),
    ("Officials declared the valley free of terrorism on Monday.", "free of terrorism", "territory_gain", True),
    ("Militants swept into the provincial capital at dawn.", "swept into", "territory_gain", True),
    ("Troops raised the national flag over the town hall.", "raised the national flag", "territory_gain", True),
    ("Soldiers drove the rebels out of the town.", "drove", "territory_gain", True),
    ("Late on Sunday an agreement was reached to evacuate the fighters.", "agreement was reached", "agreement",
     True),
    ("The army said it neutralised six terrorists.", "neutralised", "kill", True),
    ("The troops pushed back an assault on the camp.", "pushed back", "attack", True),
    ("A convoy came under fire near the bridge.", "came under fire", "attack", True),
    ("Police engaged the kidnappers in a gun duel.", "gun duel", "clash", False),
    ("A soldier was wounded in a ceasefire violation on the line of contact.", "ceasefire violation", "clash",
     False),
    ("The fighters confronted an enemy patrol near the border.", "confronted", "clash", True),
    ("Villagers retaliated by setting fire to houses.", "setting fire to", "riot", True),
    ("A civilian dies of sniper fire in the border town.", "dies", "kill", True),
    ("The ambush caused the death of four soldiers.", "caused the death of", "kill", True),
    ("The raid resulted in the deaths of 12 villagers.", "resulted in the deaths of", "kill", True),
    ("Militants attacked the post, resulting in the death of a guard.", "resulting in the death of", "kill", True),
    ("The shelling led to the deaths of two children.", "led to the deaths of", "kill", True),
])
def test_triggers_more_ways_of_telling_an_act(finder, text, word, family, verbal):
    hit = next(h for h in finder.find(text) if text[h.start:h.end] == word)
    assert (hit.top.id, hit.verbal) == (family, verbal)


def _bombing_family(finder, text):
    hits = name_bare_bombings(finder.find(text), finder.families)
    return next(h.top.id for h in hits if text[h.start:h.end].lower().startswith("bombing"))


@pytest.mark.parametrize("text, family", [
    ("Rebels claimed the bombings of two banks in the south.", "explosive"),
    ("Warplanes circled the valley. The bombings destroyed the caves.", "air"),
    # A planted bomb named beside the aircraft: the bombing is the planted one.
    ("A roadside bomb hit a convoy as jets flew over. The bombings killed four.", "explosive"),
])
def test_triggers_bare_bombing_takes_the_reports_instrument(finder, text, family):
    assert _bombing_family(finder, text) == family


@pytest.mark.parametrize("text, verbal", [
    ("Protesters gathered outside parliament.", True),
    ("In the capital, protesters meanwhile briefly blocked the highway.", True),
    ("Thousands of demonstrators flooded the streets.", True),
    ("The protesters demanded the release of detainees.", False),
    ("Four protesters killed by police were buried.", False),
])
def test_triggers_a_crowd_named_before_its_act_is_verbal(finder, text, verbal):
    hit = next(h for h in finder.find(text) if text[h.start:h.end].lower() in {"protesters", "demonstrators"})
    assert hit.verbal is verbal


@pytest.mark.parametrize("text, word, expected", [
    ("Artillery shelled the town after the airstrikes.", "airstrikes", True),
    ("Shelling followed the airstrikes on the town.", "airstrikes", True),
    ("Police arrested five men following Saturday's bombing.", "bombing", True),
    ("Rebels raided the post in retaliation for the attack.", "attack", True),
    ("The attack killed four soldiers.", "attack", False),  # the reference is the sentence's act
    ("After an attack on the post, rebels fled.", "attack", False),  # an act told for the first time
])
def test_triggers_anchors_another_marks_an_act_told_before_that_dates_the_sentences_act(finder, text, word,
                                                                                       expected):
    hit = next(h for h in finder.find(text) if h.start == text.index(word))
    assert anchors_another(text, hit) is expected


@pytest.mark.parametrize("text", [
    "The death of the leader sparked protests across the region.",
    "Mourners marked the anniversary of the deaths of the miners.",
])
def test_triggers_a_death_with_no_cause_named_is_no_caused_death(finder, text):
    assert not any("death of" in text[h.start:h.end] or "deaths of" in text[h.start:h.end] for h in finder.find(text))


@pytest.mark.parametrize("text, word, expected", [
    # The sentence goes on to introduce a new act: that one is the sentence's own.
    ("The Friday attack coincided with a sophisticated rebel assault on a prison.", "attack", True),
    ("The strike came as an army raid on the port was under way.", "strike", True),
    # A new act that only dates the one told is no new act of the sentence.
    ("Officials announced the arrest of six men following a clash in the town.", "arrest", False),
    # Nothing new after it, or no back reference at all.
    ("The attack killed four soldiers.", "attack", False),
    ("An attack on the base coincided with a raid on the port.", "attack", False),
    # The act after it is dated before the news: background, no new act.
    ("The blast at the market killed nine mourners of a chief who died in an attack earlier this week.",
     "blast", False),
    ("The strike hit the depot of a unit that lost its commander in a raid two days ago.", "strike", False),
    ("The ambush came as a raid last month left the town exposed.", "ambush", False),
    # Dated on the day of the news, or later: a new act all the same.
    ("The Friday attack coincided with a rebel assault on a prison on Friday.", "attack", True),
    ("The strike came as an army raid later that day hit the port.", "strike", True),
])
def test_triggers_retold_beside_new_act(finder, text, word, expected):
    hits = finder.find(text)
    hit = next(h for h in hits if h.start == text.index(word))
    assert retold_beside_new_act(text, hit, hits) is expected


@pytest.mark.parametrize("text, family", [
    ("Coalition air raids hit Saada on Monday. Twenty Houthis were killed in raids in Razih.", "air"),
    ("Warplanes circled the valley. The raids destroyed two bridges.", "air"),
    # No aircraft in the report: raids on the ground.
    ("Troops carried out raids on homes in the city.", "attack"),
    ("Jets carried out air raids on Rafah on Monday. New raids struck the city on Tuesday.", "air"),
    # Raids a word puts on the ground, in a report that names air raids elsewhere.
    ("Air raids killed 20 people in Rafah. Later, police raids in Jenin led to five arrests.", "attack"),
    ("Warplanes bombed the valley, while army raids on villages near the river went on.", "attack"),
    ("After the airstrikes, soldiers carried out night raids on homes in the district.", "attack"),
])
def test_triggers_bare_raids_take_the_air_of_a_report_of_air_raids(finder, text, family):
    hits = name_bare_raids(finder.find(text), text, finder.families)
    assert next(h.top.id for h in hits if text[h.start:h.end] == "raids") == family


@pytest.mark.parametrize("text, found", [
    # "Hit" naming a place's plight, by a war or a disaster, is no blow.
    ("Gunmen seized a town in the conflict-hit eastern region.", False),
    ("Aid reached the drought\u2011hit villages of the north.", False),
    ("The minister toured a region hit by severe floods.", False),
    ("Villages hit by the earthquake are still cut off.", False),
    # A blow.
    ("Rockets hit the base on Monday.", True),
    ("The town was hit by shelling overnight.", True),
    ("A convoy was hit by a roadside bomb.", True),
])
def test_triggers_hit_naming_a_plight_is_no_trigger(finder, text, found):
    assert any(text[h.start:h.end].lower() == "hit" for h in finder.find(text)) is found


@pytest.mark.parametrize(("text", "matches"), [
    ("The government sent troops to ", True),
    ("Kenya sent 1,000 police officers to ", True),
    ("The rebels recruited young men to ", True),
    ("Mali deployed soldiers to ", True),
    ("Troops moved to ", False),
    ("The rebels vowed to ", False),
])
def test_triggers_purpose_before_matches_its_examples(text, matches):
    assert (PURPOSE_BEFORE.search(text) is not None) is matches


@pytest.mark.parametrize(("text", "word", "found"), [
    ("The government sent troops to fight the cartel.", "fight", False),
    ("The army deployed soldiers to recapture the town.", "recapture", False),
    ("Soldiers sent to Goma attacked rebel positions.", "attacked", True),
    ("Rebels fought the army in the hills.", "fought", True),
    ("Students demanded justice for a murdered classmate.", "murdered", False),
    ("The slain journalist was buried on Monday.", "slain", False),
    ("Gunmen murdered two traders on Monday.", "murdered", True),
])
def test_triggers_a_purpose_or_a_named_victim_is_no_act(finder, text, word, found):
    words = [text[h.start:h.end] for h in finder.find(text)]
    assert (word in words) is found


@pytest.mark.parametrize("pattern, text, matches", [
    (PLIGHT_HIT_BEFORE, "rising food and energy costs have ", True),
    (PLIGHT_HIT_BEFORE, "western sanctions ", True),
    (PLIGHT_HIT_BEFORE, "the drought has also ", True),
    (PLIGHT_HIT_BEFORE, "two rockets ", False),
    (PLIGHT_HIT_BEFORE, "shells have ", False),
    (DETENTION_PLACE_AFTER, " facilities in secret locations", True),
    (DETENTION_PLACE_AFTER, " centre near the airport", True),
    (DETENTION_PLACE_AFTER, " of six suspects", False),
    (DETENTION_PLACE_AFTER, " on Monday", False),
    (COURT_DETENTION_BEFORE, "ordered the preventive ", True),
    (COURT_DETENTION_BEFORE, "a month of pre-trial ", True),
    (COURT_DETENTION_BEFORE, "announced the ", False),
])
def test_triggers_plight_and_detention_regexes_match_their_examples(pattern, text, matches):
    found = pattern.search(text) if pattern is not DETENTION_PLACE_AFTER else pattern.match(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("text, word, found", [
    # A plight as the subject of "hit" deals no blow.
    ("In Sahel towns, rising fuel costs have hit families hard.", "hit", False),
    ("Western sanctions hit the Russian economy last year.", "hit", False),
    ("In Kasai, the drought has also hit herders.", "hit", False),
    ("Two rockets hit the base in Kramatorsk on Monday.", "hit", True),
    # A place of detention, or a court's order of it, is no arrest.
    ("Troops set up new detention facilities near Goma.", "detention", False),
    ("Rights groups described conditions in a detention centre in Tapachula.", "detention", False),
    ("A judge in Medellin ordered the preventive detention of four suspects.", "detention", False),
    ("Police in Bamako announced the detention of six suspects on Monday.", "detention", True),
])
def test_triggers_a_plight_or_a_place_of_detention_is_no_act(finder, text, word, found):
    assert any(text[h.start:h.end].lower() == word for h in finder.find(text)) is found


@pytest.mark.parametrize("text, matches", [
    (" into service to trace the militants", True),
    (" were deployed to monitor the border", True),
    (" to search for the missing fishermen", True),
    (" struck the depot", False),
    (" were used to attack the base", False),
    (" and rockets hit the town to the north", False),
])
def test_triggers_surveillance_after_matches_its_examples(text, matches):
    assert (SURVEILLANCE_AFTER.match(text) is not None) is matches


@pytest.mark.parametrize("text, found", [
    # A drone put to watching or finding is no strike.
    ("In Kachin, the army pressed drones into service to trace KIA fighters on Monday.", False),
    ("Drones were deployed to monitor the border near Goma.", False),
    ("Colombian police used a drone to search for the kidnapped engineers.", False),
    # A drone that strikes, or is used to strike, is one.
    ("A Ukrainian drone struck an oil depot in Belgorod on Monday.", True),
    ("RSF drones were used to attack the airport in Port Sudan.", True),
])
def test_triggers_a_watching_drone_is_no_strike(finder, text, found):
    assert any(text[h.start:h.end].lower() in ("drone", "drones") for h in finder.find(text)) is found
