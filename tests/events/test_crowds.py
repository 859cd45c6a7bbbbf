"""A protest's crowd, its violence and the force used on it (real trigger lexicon)."""
import pytest

from sitrep.events.coding import FORCE_ON_PROTESTERS, choose_sub_event_type
from sitrep.events.crowds import (
    ARMED_CROWD,
    ARMED_DOERS_BEFORE,
    ARMED_VICTIMS_AFTER,
    CROWD_PEOPLE,
    CROWD_WORD,
    DISPERSING,
    EXCESSIVE_FORCE,
    FORCE_WORDS,
    LETHAL_AS_CAUSE,
    PROTEST_FIGHT,
    PROTEST_SETTING,
    SHOTS,
    crowd_fights_force,
    force_at_protest,
    force_moved_crowd,
    lethal_force_on_crowd,
    sharper_demonstration,
)
from sitrep.events.triggers import TriggerFinder
from sitrep.knowledge.lexicons import load_trigger_families
from sitrep.model import SUB_EVENT_TYPES, Actor, ActorCategory, Event

ARMY = Actor("army", "Military Forces of Myanmar", ActorCategory.STATE_FORCES, "Myanmar")
POLICE = Actor("pol", "Police Forces of Kenya", ActorCategory.STATE_FORCES, "Kenya")
GANG = Actor("gang", "Unidentified Armed Group (Mali)", ActorCategory.POLITICAL_MILITIA, "Mali")
REBELS = Actor("reb", "Some Rebel Front", ActorCategory.REBEL_GROUP, "Myanmar")
CIVILIANS = Actor("civ", "Civilians (Kenya)", ActorCategory.CIVILIANS, "Kenya")
PROTESTERS = Actor("prot", "Protesters (Serbia)", ActorCategory.PROTESTERS, "Serbia")


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder(load_trigger_families())


def _code(finder, sentence, trigger, actor1, actor2):
    hits = finder.find(sentence, sentence.lower())
    hit = next(h for h in hits if sentence[h.start:h.end] == trigger)
    families = {f.id for h in hits for f in h.families}
    return choose_sub_event_type(hit, families, sentence, sentence[hit.end:], actor1, actor2, (), None)


@pytest.mark.parametrize("pattern, text, matches", [
    (CROWD_WORD, "a protester was hurt", True),
    (CROWD_WORD, "the demonstrators", True),
    (CROWD_WORD, "the protest letter", False),
    (CROWD_PEOPLE, "students clashed with police", True),
    (CROWD_PEOPLE, "supporters of the opposition", True),
    (CROWD_PEOPLE, "injuring 10 civilians", False),
    (PROTEST_FIGHT, "some protesters began to launch pyrotechnics at them", True),
    (PROTEST_FIGHT, "demonstrators threw fireworks at riot police", True),
    (PROTEST_FIGHT, "youths hurling petrol bombs", True),
    (PROTEST_FIGHT, "protesters fired fireworks towards the police lines", True),
    (PROTEST_FIGHT, "some threw stones at police", True),
    (PROTEST_FIGHT, "crowds set off fireworks to celebrate", False),
    (PROTEST_FIGHT, "police fired tear gas at the crowd", False),
    (EXCESSIVE_FORCE, "police opened fire on the crowd", True),
    (EXCESSIVE_FORCE, "police fired tear gas", False),
    (EXCESSIVE_FORCE, "used tear gas and gunfire to disperse them", True),
    (EXCESSIVE_FORCE, "fired shots into the air", False),
    (FORCE_WORDS, "regime gunmen fired on them", True),
    (FORCE_WORDS, "riot police charged", True),
    (FORCE_WORDS, "the judge probing the blast", False),
    (LETHAL_AS_CAUSE, "Hundreds protested in Goma after soldiers ", True),
    (LETHAL_AS_CAUSE, "Mourners marched on Friday to remember the dozens ", True),
    (LETHAL_AS_CAUSE, "Thousands rallied against French forces accused of ", True),
    (LETHAL_AS_CAUSE, "Thousands marched against the bill and police ", False),
    (LETHAL_AS_CAUSE, "A curfew was imposed after security forces ", False),
    (PROTEST_SETTING, "shot dead three people during nationwide protests", True),
    (PROTEST_SETTING, "were beaten at a sit-in", True),
    (PROTEST_SETTING, "amid demonstrations in the capital", True),
    (PROTEST_SETTING, "after the protests ended", False),
    (PROTEST_SETTING, "wrote a protest letter", False),
    (PROTEST_SETTING, "shot dead a man during a general strike", True),
    (PROTEST_SETTING, "killed during the air strikes", False),
    (DISPERSING, "used gunfire to try to disperse a huge crowd", True),
    (DISPERSING, "dispersed the protest", True),
    (DISPERSING, "the crowd dispersed peacefully", False),
    (DISPERSING, "as they broke up a demonstration against the junta", True),
    (DISPERSING, "the talks broke up without a deal", False),
    (SHOTS, "used tear gas and gunfire", True),
    (SHOTS, "used tear gas and water cannon", False),
])
def test_crowds_regexes_match_their_examples(pattern, text, matches):
    assert (pattern.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, expected", [
    ("Police opened fire on the march, killing two.", True),  # a force named
    ("Two protesters were killed in the capital on Tuesday.", True),  # the dead are the crowd's
    ("The blast killed three demonstrators near the square.", True),
    # the deaths are the subject of another clause, far from the crowd, and no force is named
    ("Thousands of students rallied on Monday against the official blamed for the bridge collapse "
     "that killed 15 people.", False),
    ("Protesters marched peacefully on Monday.", False),
    # the killing is what the protest is about
    ("Hundreds of people protested in Goma on Monday after soldiers killed three villagers.", False),
    ("Mourners marched in Zahedan to remember the dozens killed by security forces.", False),
    ("Thousands marched against the finance bill in Nairobi and police killed two.", True),
    # lethal force on armed people or suspects, or by them, beside a protest: a fight, not force on it
    ("Soldiers killed two gunmen who opened fire during a rally in Mogadishu.", False),
    ("Police shot dead two suspected bandits in Kaduna during the protests.", False),
    ("Police shot dead a robbery suspect near the protest venue.", False),
    ("Regime gunmen had opened fire on unarmed protesters after prayers.", True),  # the state's gunmen
])
def test_crowds_lethal_force_is_told_of_the_crowd(sentence, expected):
    assert lethal_force_on_crowd(sentence) is expected


@pytest.mark.parametrize("pattern, text, matches", [
    (ARMED_VICTIMS_AFTER, " two gunmen", True), (ARMED_VICTIMS_AFTER, " five Al-Shabaab fighters", True),
    (ARMED_VICTIMS_AFTER, " a robbery suspect", True), (ARMED_VICTIMS_AFTER, " two protesters", False),
    (ARMED_DOERS_BEFORE, "Two gunmen who ", True), (ARMED_DOERS_BEFORE, "the attackers ", True),
    (ARMED_DOERS_BEFORE, "riot police ", False), (ARMED_DOERS_BEFORE, "regime gunmen had ", False),
])
def test_crowds_armed_people_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern is ARMED_VICTIMS_AFTER else pattern.search(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("actor1, actor2, sentence, expected", [
    (ARMY, None, "Soldiers shot dead four people during protests in Mandalay.", "Excessive force against protesters"),
    (POLICE, CIVILIANS, "Police used gunfire to disperse a huge crowd in Kisumu.",
     "Excessive force against protesters"),
    (POLICE, CIVILIANS, "Police beat dozens of people at a sit-in in Nairobi.", "Protest with intervention"),
    # a non-state group at a rally attacks people; an armed enemy met during protests is a fight
    (GANG, CIVILIANS, "Gunmen killed two people at a rally in Bamako.", None),
    (ARMY, REBELS, "Troops killed three rebels during protests in Mandalay.", None),
    # no protest told
    (ARMY, CIVILIANS, "Soldiers shot dead four people in a village near Mandalay.", None),
])
def test_crowds_force_at_protest_types_a_state_force_act_on_a_crowd(actor1, actor2, sentence, expected):
    assert force_at_protest(actor1, actor2, sentence) == expected


@pytest.mark.parametrize("sentence, trigger, actor1, actor2, expected", [
    # a death told in a clause about something else leaves the protest peaceful
    ("Thousands of students rallied on Monday against the official blamed for the bridge collapse that "
     "killed 15 people.", "rallied", PROTESTERS, None, "Peaceful protest"),
    ("Protesters rallied in Novi Sad on Monday and police opened fire, killing two.", "rallied", PROTESTERS,
     None, "Excessive force against protesters"),
    # the crowd threw things at the force: a riot, though the force answered
    ("Late in the evening police used water cannon against the protesters after some protesters "
     "launched fireworks at them.", "protesters", PROTESTERS, None, "Violent demonstration"),
    ("Police used water cannon against the protesters in Belgrade.", "protesters", PROTESTERS, None,
     "Protest with intervention"),
    # a state force's killing at a protest is force used on the protest, not an attack on civilians
    ("Security forces shot dead three people during nationwide protests on Saturday.", "shot dead", ARMY,
     None, "Excessive force against protesters"),
    ("Security forces shot dead three people in a village on Saturday.", "shot dead", ARMY, CIVILIANS,
     "Attack"),
])
def test_crowds_coding_types_a_protest_by_what_the_crowd_did_and_suffered(finder, sentence, trigger, actor1,
                                                                         actor2, expected):
    assert _code(finder, sentence, trigger, actor1, actor2) == expected


def _demo(sub: str, actor1: str, actor2: str | None) -> Event:
    return Event(event_type=SUB_EVENT_TYPES[sub].value, sub_event_type=sub, actor1=actor1, actor2=actor2)


@pytest.mark.parametrize("told, retold, expected", [
    # force met the crowd, told after the protest: the record is the intervention
    (_demo("Peaceful protest", "Protesters (Nigeria)", None),
     _demo("Protest with intervention", "Protesters (Nigeria)", "Police Forces of Nigeria"),
     ("Protest with intervention", "Police Forces of Nigeria")),
    (_demo("Protest with intervention", "Protesters (Serbia)", "Police Forces of Serbia"),
     _demo("Violent demonstration", "Rioters (Serbia)", "Police Forces of Serbia"),
     ("Violent demonstration", "Police Forces of Serbia")),
    # a calmer retelling, or a mob, changes nothing
    (_demo("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya"),
     _demo("Peaceful protest", "Protesters (Kenya)", None), None),
    (_demo("Peaceful protest", "Protesters (Kenya)", None),
     _demo("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)"), None),
])
def test_crowds_sharper_demonstration_takes_the_retelling_of_force_or_violence(told, retold, expected):
    changes = sharper_demonstration(told, retold)
    if expected is None:
        assert changes == {}
    else:
        assert (changes["sub_event_type"], changes["actor2"]) == expected
        assert changes["event_type"] == retold.event_type


@pytest.mark.parametrize("actor1, actor2, sentence, expected", [
    (POLICE, CIVILIANS, "Students clashed with police in Nairobi on Thursday.", True),
    (CIVILIANS, POLICE, "Residents clashed with police in Kisumu.", True),
    # civilians named as the fight's harmed, or an armed group in the fight: no crowd
    (ARMY, CIVILIANS, "The fighting went on until 5 p.m., injuring 10 civilians.", False),
    (ARMY, REBELS, "Troops clashed with rebels as students fled.", False),
    # people told as armed with guns fight as a militia, not as a rioting crowd
    (ARMY, CIVILIANS, "Armed residents clashed with soldiers in Bamenda.", False),
    (POLICE, CIVILIANS, "Local youths armed with rifles clashed with police in Jos.", False),
    (POLICE, CIVILIANS, "Youths armed with stones clashed with police in Jos.", True),
])
def test_crowds_a_crowd_of_civilians_fighting_a_state_force(actor1, actor2, sentence, expected):
    assert crowd_fights_force(actor1, actor2, sentence) is expected


@pytest.mark.parametrize("text, matches", [
    ("armed residents", True), ("youths armed with AK-47s", True), ("locals armed with automatic weapons", True),
    ("armed with stones", False), ("the armed forces", False),
])
def test_crowds_armed_crowd_matches_its_examples(text, matches):
    assert (ARMED_CROWD.search(text) is not None) is matches


@pytest.mark.parametrize("sentence, actor1, actor2, expected", [
    ("Students clashed with police in Nairobi on Thursday.", POLICE, CIVILIANS, "Violent demonstration"),
    ("Soldiers clashed with militants near Gao, injuring 10 civilians.", ARMY, REBELS, "Armed clash"),
])
def test_crowds_coding_a_crowd_clashing_with_a_force_riots(finder, sentence, actor1, actor2, expected):
    assert _code(finder, sentence, "clashed", actor1, actor2) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Police cleared protesters from the main square.", True),
    ("Riot police drove back the demonstrators with water cannon.", True),
    ("Gunmen attacked protesters outside the court.", True),  # a blow, whoever struck it
    # a verb that moves a crowd is a force's only with a force named before it
    ("Buses drove protesters to the rally on Tuesday.", False),
    ("The heavy rain forced protesters to leave the square.", False),
    ("Opposition leaders removed protesters' tents after talks.", False),
    ("Protesters marched peacefully.", False),
])
def test_crowds_force_moved_crowd_needs_a_force_for_a_verb_that_moves(sentence, expected):
    assert force_moved_crowd(FORCE_ON_PROTESTERS.search(sentence), sentence) is expected
