"""Sides a sentence leaves implicit, filled in from the report with the real ontology."""
import datetime as dt

import pytest
from tests.events.conftest import first_mention

from sitrep.events.implied import (
    CIVILIAN_VICTIMS,
    CROWD_VIOLENCE,
    OTHER_INCIDENT,
    POPULATED_AHEAD,
    POPULATED_TARGET,
    PUBLIC_PLACE_HIT,
    RIOT_REPORT,
    EventContext,
    implied_sides,
)
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

ON = dt.date(2024, 3, 15)
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Kenya")


def _context(sentence: str, trigger: str, country: str | None, mentions=()) -> EventContext:
    end = sentence.index(trigger) + len(trigger)
    return EventContext(sentence, 0, len(sentence), end, list(mentions), country, ON)


@pytest.mark.parametrize("sentence, trigger, sub", [
    ("Russian artillery struck the town of Shebekino on Monday.", "artillery", "Shelling/artillery/missile attack"),
    ("Russian jets carried out dozens of airstrikes on cities and towns.", "jets", "Air/drone strike"),
    ("A Russian missile strike on an apartment building killed 30.", "missile strike",
     "Shelling/artillery/missile attack"),
])
def test_implied_strikes_on_where_people_live_target_civilians(actor_ontology, sentence, trigger, sub):
    russia = actor_ontology.role_actor("Russia", "military", ON)
    _, actor1, actor2 = implied_sides(sub, russia, None, _context(sentence, trigger, "Ukraine"), actor_ontology)
    assert (actor1, actor2.name) == (russia, "Civilians (Ukraine)")


def test_implied_a_captured_village_is_taken_from_a_side_not_from_civilians(actor_ontology):
    """A foreign army taking a village, in a report that names no enemy, fights the host's army."""
    russia = actor_ontology.role_actor("Russia", "military", ON)
    sentence = "Russian troops captured the village of Zhelanne."
    sub, actor1, actor2 = implied_sides("Non-state actor overtakes territory", russia, None,
                                        _context(sentence, "captured", "Ukraine"), actor_ontology)
    assert actor2.name == "Military Forces of Ukraine"


def test_implied_an_unnamed_arrester_of_an_armed_group_is_its_enemy_in_the_report(actor_ontology):
    text = "The army fought the TLF for weeks. Five TLF fighters were captured."
    army = actor_ontology.role_actor("Kenya", "military", ON)
    mentions = [first_mention(text, "The army", army), first_mention(text, "the TLF", REBELS),
                first_mention(text, "TLF fighters", REBELS)]
    start = text.index("Five")
    ctx = EventContext(text, start, len(text), text.index("captured") + 8, mentions, "Kenya", ON)
    assert implied_sides("Arrests", None, REBELS, ctx, actor_ontology) == ("Arrests", army, REBELS)


@pytest.mark.parametrize("teller, role, expected", [
    # The force telling of an attack with one side named was its other side.
    ("the police", "police", "Police Forces of Kenya"),
    # A government's officials tell of others' acts: the report's enemy of the TLF decides.
    ("the government", "government", "Military Forces of Kenya"),
])
def test_implied_the_force_telling_of_a_one_sided_act_is_its_other_side(actor_ontology, teller, role, expected):
    army = actor_ontology.role_actor("Kenya", "military", ON)
    text = f"The army fought the TLF in May; the army lost ten men. Militants shelled positions, {teller} said."
    start = text.index("Militants")
    mentions = [first_mention(text, "The army", army), first_mention(text, "the TLF", REBELS),
                Mention(text.rindex("the army"), text.rindex("the army") + 8, "the army", MentionKind.ACTOR, army),
                first_mention(text, "Militants", REBELS),
                first_mention(text, teller, actor_ontology.role_actor("Kenya", role, ON))]
    ctx = EventContext(text, start, len(text), text.index("shelled") + 7, mentions, "Kenya", ON)
    _, actor1, actor2 = implied_sides("Shelling/artillery/missile attack", REBELS, None, ctx, actor_ontology)
    assert (actor1, actor2.name) == (REBELS, expected)


def test_implied_a_named_spokesperson_of_a_force_tells_as_that_force(actor_ontology):
    # "according to NAME, a police spokesperson, ...": the police speak, and fought the militants.
    army = actor_ontology.role_actor("Kenya", "military", ON)
    police = actor_ontology.role_actor("Kenya", "police", ON)
    text = ("The army fought the TLF in May; the army lost ten men. According to Jean Dupont, a police "
            "spokesperson, twelve militants were killed in the clash.")
    start = text.index("According")
    mentions = [first_mention(text, "The army", army), first_mention(text, "the TLF", REBELS),
                Mention(text.rindex("the army"), text.rindex("the army") + 8, "the army", MentionKind.ACTOR, army),
                first_mention(text, "police", police), first_mention(text, "militants", REBELS)]
    ctx = EventContext(text, start, len(text), text.index("killed") + 6, mentions, "Kenya", ON)
    _, actor1, actor2 = implied_sides("Armed clash", None, REBELS, ctx, actor_ontology)
    assert (actor1, actor2) == (police, REBELS)


def test_implied_a_force_telling_of_harm_to_civilians_is_not_taken_for_its_author(actor_ontology):
    army = actor_ontology.role_actor("Kenya", "military", ON)
    civilians = actor_ontology.role_actor("Kenya", "civilians", ON)
    text = "The TLF raided farms in May; the TLF burned a school. Two villagers were killed, the army said."
    start = text.index("Two")
    mentions = [first_mention(text, "The TLF", REBELS),
                Mention(text.rindex("the TLF"), text.rindex("the TLF") + 7, "the TLF", MentionKind.ACTOR, REBELS),
                first_mention(text, "villagers", civilians), first_mention(text, "the army", army)]
    ctx = EventContext(text, start, len(text), text.index("killed") + 6, mentions, "Kenya", ON)
    _, actor1, actor2 = implied_sides("Attack", None, civilians, ctx, actor_ontology)
    assert (actor1, actor2) == (REBELS, civilians)


def test_implied_an_arrest_of_unarmed_people_is_left_to_the_police(actor_ontology):
    civilians = actor_ontology.role_actor("Kenya", "civilians", ON)
    ctx = _context("Twenty people were arrested.", "were arrested", "Kenya")
    assert implied_sides("Arrests", None, civilians, ctx, actor_ontology) == ("Arrests", None, civilians)


@pytest.mark.parametrize(("text", "matches"), [
    (" carried out airstrikes on cities and towns", True),
    (" struck the Russian town of Shebekino", True),
    (" strike on an apartment building", True),
    (" carried out airstrikes in the town of Hajin", False),
    (" struck army positions", False),
    (" across the district's Thin Taw, Zaw Chaung, and Ma Gyi villages", True),
    (" on Islamic State positions near the village", False),
])
def test_implied_populated_ahead_matches_its_examples(text, matches):
    assert (POPULATED_AHEAD.match(text) is not None) is matches


def test_implied_an_intercepted_weapon_belongs_to_the_interceptors_enemy(actor_ontology):
    text = "The TLF fired rockets at the army. The army intercepted two rockets."
    army = actor_ontology.role_actor("Kenya", "military", ON)
    mentions = [first_mention(text, "The TLF", REBELS), first_mention(text, "the army", army),
                first_mention(text, "The army", army)]
    start = text.index("The army")
    ctx = EventContext(text, start, len(text), text.index("intercepted") + 11, mentions, "Kenya", ON)
    assert implied_sides("Disrupted weapons use", army, None, ctx, actor_ontology) == (
        "Disrupted weapons use", army, REBELS)


def _report_context(text: str, sentence_opening: str, trigger: str, mentions: list[Mention]) -> EventContext:
    """The context of the event told by the sentence opening with `sentence_opening` in a report."""
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    sentences = tuple((s, e) for s, e in zip(starts, [i - 1 for i in starts[1:]] + [len(text)], strict=True))
    start = text.index(sentence_opening)
    end = next(e for s, e in sentences if s == start)
    return EventContext(text, start, end, text.index(trigger, start) + len(trigger), mentions, "Kenya", ON,
                        sentences)


@pytest.mark.parametrize("sub, named, missing_first", [
    ("Agreement", "rebels", False),
    ("Disrupted weapons use", "rebels", True),
])
def test_implied_a_two_sided_development_gets_its_other_side_from_the_report(actor_ontology, sub, named,
                                                                              missing_first):
    text = "The army besieged the TLF for months. On Sunday the TLF agreed to leave the town."
    army = actor_ontology.role_actor("Kenya", "military", ON)
    mentions = [first_mention(text, "The army", army), first_mention(text, "the TLF", REBELS),
                first_mention(text, "the TLF agreed", REBELS)]
    ctx = _report_context(text, "On Sunday", "agreed", mentions)
    sides = (None, REBELS) if missing_first else (REBELS, None)
    _, actor1, actor2 = implied_sides(sub, *sides, ctx, actor_ontology)
    assert {actor1, actor2} == {army, REBELS}


def test_implied_a_two_sided_development_never_gets_civilians_for_its_other_side(actor_ontology):
    ctx = _context("The TLF agreed to stop attacking villages and towns.", "agreed", "Kenya")
    _, actor1, actor2 = implied_sides("Agreement", REBELS, None, ctx, actor_ontology)
    assert (actor1, actor2) == (REBELS, None)


@pytest.mark.parametrize("text, force", [
    ("Hooded youths tore down fences, prompting a clash with riot police. Nobody was hurt.", "Police Forces of Kenya"),
    ("Rioters set fire to a hotel on Friday. Police officers were injured.", "Police Forces of Kenya"),
    ("Rioters set fire to a hotel on Friday. The mayor condemned it. Police officers were injured.", None),
    ("Rioters set fire to a hotel on Friday, the police said. Nobody was hurt.", None),
])
def test_implied_a_riot_faces_the_force_its_sentence_or_the_next_names(actor_ontology, text, force):
    rioters = actor_ontology.role_actor("Kenya", "rioters", ON)
    police = actor_ontology.role_actor("Kenya", "police", ON)
    mentions = [first_mention(text, s, police) for s in ("riot police", "Police officers", "the police") if s in text]
    trigger = "tore down" if "tore down" in text else "set fire to"
    ctx = _report_context(text, text.split()[0], trigger, mentions)
    _, actor1, actor2 = implied_sides("Violent demonstration", rioters, None, ctx, actor_ontology)
    assert actor1 == rioters and (actor2.name if actor2 else None) == force


@pytest.mark.parametrize("text, arrestees", [
    ("Rioters smashed shop windows overnight. Twenty people were arrested.", "Rioters (Kenya)"),
    ("Looting broke out in the market. Twenty people were arrested.", "Rioters (Kenya)"),
    ("Riot police watched the march. Twenty people were arrested.", "Civilians (Kenya)"),
    ("Twenty people were arrested for fraud.", "Civilians (Kenya)"),
    ("Hooded protesters tore down the fences. Twenty people were arrested.", "Rioters (Kenya)"),
    ("Protesters marched to the ministry. Twenty people were arrested.", "Civilians (Kenya)"),
])
def test_implied_people_arrested_in_a_report_of_rioting_are_the_rioters(actor_ontology, text, arrestees):
    civilians = actor_ontology.role_actor("Kenya", "civilians", ON)
    ctx = _report_context(text, "Twenty", "were arrested", [])
    _, _, actor2 = implied_sides("Arrests", None, civilians, ctx, actor_ontology)
    assert actor2.name == arrestees


@pytest.mark.parametrize(("text", "matches"), [
    ("the riots spread to Leeds", True),
    ("rioters smashed windows", True),
    ("looting broke out", True),
    ("a riot broke out", True),
    ("riot police fired tear gas", False),
    ("officers in riot gear", False),
    ("a patriotic march", False),
])
def test_implied_riot_report_matches_its_examples(text, matches):
    assert (RIOT_REPORT.search(text) is not None) is matches


@pytest.mark.parametrize(("text", "matches"), [
    ("hooded protesters tore down fences around the palace", True),
    ("demonstrators hurled stones at officers", True),
    ("the crowd stormed the parliament building", True),
    ("protesters clashed with police near the square", True),
    ("protesters marched peacefully to the ministry", False),
    ("police clashed with gunmen near the border", False),
    ("the crowd dispersed. Gunmen stormed the bank", False),
])
def test_implied_crowd_violence_matches_its_examples(text, matches):
    assert (CROWD_VIOLENCE.search(text) is not None) is matches


@pytest.mark.parametrize("text, arrestees", [
    ("Rioters smashed shop windows overnight. Police arrested dozens on Sunday.", "Rioters (Kenya)"),
    ("Riot police watched the march. Police arrested dozens on Sunday.", None),
    ("Demonstrators hurled stones at the palace. Police arrested dozens on Sunday.", "Rioters (Kenya)"),
])
def test_implied_an_arrest_with_no_arrestee_named_in_a_report_of_rioting_took_rioters(actor_ontology, text,
                                                                                        arrestees):
    police = actor_ontology.role_actor("Kenya", "police", ON)
    ctx = _report_context(text, "Police arrested", "arrested", [])
    _, actor1, actor2 = implied_sides("Arrests", police, None, ctx, actor_ontology)
    assert actor1 == police and (actor2.name if actor2 else None) == arrestees


def test_implied_an_agreement_has_no_civilian_party(actor_ontology):
    text = "The army fought the TLF for months. The talks yielded a deal to swap prisoners."
    army = actor_ontology.role_actor("Kenya", "military", ON)
    civilians = actor_ontology.role_actor("Kenya", "civilians", ON)
    mentions = [first_mention(text, "The army", army), first_mention(text, "the TLF", REBELS),
                first_mention(text, "prisoners", civilians)]
    ctx = _report_context(text, "The talks", "deal", mentions)
    _, actor1, actor2 = implied_sides("Agreement", army, civilians, ctx, actor_ontology)
    assert (actor1, actor2) == (army, REBELS)


def test_implied_an_unidentified_victim_is_named_by_the_tally_after_the_act(actor_ontology):
    israel = actor_ontology.role_actor("Israel", "military", ON)
    army = actor_ontology.role_actor("Kenya", "military", ON)
    unknown = actor_ontology.role_actor("Kenya", "armed_group", ON)
    text = "Israeli strikes killed seven fighters. A monitor said the dead were three soldiers of the army."
    mentions = [first_mention(text, "Israeli strikes", israel), first_mention(text, "fighters", unknown),
                first_mention(text, "the army", army)]
    first = text.index(".") + 1
    ctx = EventContext(text, 0, first, text.index("strikes") + 7, mentions, "Kenya", ON,
                       ((0, first), (first + 1, len(text))))
    _, actor1, actor2 = implied_sides("Air/drone strike", israel, unknown, ctx, actor_ontology)
    assert (actor1, actor2) == (israel, army)


@pytest.mark.parametrize(("after", "matches"), [
    (" on a residential area in the town", True),
    (" residential areas of the city", True),
    (" on residential buildings", True),
    (" on cities and towns", True),
    (" the village of Malinde", True),
    (" on the army base", False),
    (" on military positions", False),
    (" on a minibus near the junction", True),
    (" a passenger train", True),
    (" on a commercial flight", True),
    (" on a military vehicle", False),
    (" on a plane", False),
])
def test_implied_populated_target_matches_its_examples(after, matches):
    assert bool(POPULATED_TARGET.match(after)) is matches


@pytest.mark.parametrize(("sentence", "matches"), [
    ("Gunmen opened fire on a market on Tuesday, killing nine.", True),
    ("Unknown assailants threw a grenade at a bar, wounding eight.", True),
    ("Two suicide bombers blew themselves up in a crowded market.", True),
    ("A bomb exploded at a bus station in the capital.", True),
    ("Fighters looted the central market.", True),
    ("Militants burned down a school.", True),
    ("Soldiers clashed with militants near the market.", False),
    ("Gunmen attacked an army base near the school.", False),
])
def test_implied_public_place_hit_matches_its_examples(sentence, matches):
    assert bool(PUBLIC_PLACE_HIT.search(sentence)) is matches


def test_implied_an_assault_on_a_residential_area_targets_civilians(actor_ontology):
    """Not only strikes: armed men storming where people live attack civilians."""
    sentence = "The gunmen attacked a residential area of the town at night."
    sub, actor1, actor2 = implied_sides("Armed clash", REBELS, None, _context(sentence, "attacked", "Kenya"),
                                        actor_ontology)
    assert (sub, actor1, actor2.name) == ("Attack", REBELS, "Civilians (Kenya)")


@pytest.mark.parametrize("sentence, trigger, sub, expected", [
    ("Rebels stormed a military base near the town on Monday.", "stormed", "Armed clash", "Military Forces of Kenya"),
    ("A suicide bomber blew himself up at the police station.", "suicide bomber", "Suicide bomb",
     "Police Forces of Kenya"),
])
def test_implied_an_attack_on_an_installation_is_on_the_force_holding_it(actor_ontology, sentence, trigger, sub,
                                                                         expected):
    ctx = EventContext(sentence, 0, len(sentence), sentence.index(trigger) + len(trigger), [], "Kenya", ON,
                       trigger_start=sentence.index(trigger))
    _, actor1, actor2 = implied_sides(sub, REBELS, None, ctx, actor_ontology)
    assert (actor1, actor2.name) == (REBELS, expected)


def test_implied_a_base_the_sentence_gives_to_militants_is_no_state_force_s(actor_ontology):
    sentence = "Rebels raided a militant base in the forest."
    ctx = EventContext(sentence, 0, len(sentence), sentence.index("raided") + 6, [], "Kenya", ON,
                       trigger_start=sentence.index("raided"))
    _, _, actor2 = implied_sides("Armed clash", REBELS, None, ctx, actor_ontology)
    assert actor2 is None or actor2.inter != ActorCategory.STATE_FORCES


def test_implied_an_unidentified_defender_of_an_installation_gives_way_to_its_holder(actor_ontology):
    gunmen = actor_ontology.role_actor("Kenya", "unidentified", ON) or Actor(
        "uag", "Unidentified Armed Group (Kenya)", ActorCategory.POLITICAL_MILITIA, "Kenya")
    sentence = "A bomber detonated at the army base before gunmen stormed in."
    ctx = _context(sentence, "bomber", "Kenya")
    _, _, actor2 = implied_sides("Suicide bomb", REBELS, gunmen, ctx, actor_ontology)
    assert actor2.name == "Military Forces of Kenya"


@pytest.mark.parametrize("sentence, trigger", [
    ("A drone struck the oil refinery overnight.", "drone"),
    ("Another airstrike hit near the village, although residents reported no casualties.", "airstrike"),
    ("A missile hit telecommunication towers outside the city, cutting phone services.", "missile"),
])
def test_implied_a_strike_that_harmed_no_one_has_no_second_side(actor_ontology, sentence, trigger):
    russia = actor_ontology.role_actor("Russia", "military", ON)
    civilians = actor_ontology.role_actor("Ukraine", "civilians", ON)
    for victims in (None, civilians):
        _, actor1, actor2 = implied_sides("Air/drone strike", russia, victims, _context(sentence, trigger, "Ukraine"),
                                          actor_ontology)
        assert (actor1, actor2) == (russia, None)


def test_implied_a_strike_on_works_that_killed_people_keeps_its_victims(actor_ontology):
    russia = actor_ontology.role_actor("Russia", "military", ON)
    sentence = "A missile struck the power plant, killing three people."
    _, _, actor2 = implied_sides("Shelling/artillery/missile attack", russia, None,
                                 _context(sentence, "missile", "Ukraine"), actor_ontology)
    assert actor2.name == "Civilians (Ukraine)"


@pytest.mark.parametrize(("after", "expected"), [
    ("Two workers were killed.", "Civilians (Ukraine)"),  # the toll of the strike told
    ("No one was hurt, officials said.", None),
    ("Elsewhere, shelling killed two people in Kherson.", None),  # another incident's toll
])
def test_implied_a_strike_on_works_takes_the_toll_told_right_after(actor_ontology, after, expected):
    """Works hit with no harm told have no second side, unless the next sentence tells its toll."""
    russia = actor_ontology.role_actor("Russia", "military", ON)
    civilians = actor_ontology.role_actor("Ukraine", "civilians", ON)
    first = "Russian missiles struck a bridge on Monday."
    text = f"{first} {after}"
    end = text.index("missiles") + len("missiles")
    ctx = EventContext(text, 0, len(first), end, [], "Ukraine", ON, ((0, len(first)), (len(first) + 1, len(text))))
    _, _, actor2 = implied_sides("Shelling/artillery/missile attack", russia, civilians, ctx, actor_ontology)
    assert (actor2.name if actor2 else None) == expected


@pytest.mark.parametrize(("text", "matches"), [
    ("Elsewhere, shelling killed two people.", True), ("Separately, gunmen attacked a bus.", True),
    ("In another attack, two died.", True), ("Two workers were killed.", False),
    ("The strike killed two, meanwhile officials said.", False),
])
def test_implied_other_incident_matches_its_examples(text, matches):
    assert (OTHER_INCIDENT.match(text) is not None) is matches


def test_implied_men_counted_dead_with_no_side_named_are_civilians(actor_ontology):
    """Men counted as the dead of a gunmen's act, no armed side named as the target: an attack."""
    sentence = "Gunmen killed four men at a roadside stall late on Monday."
    sub, actor1, actor2 = implied_sides("Armed clash", REBELS, None, _context(sentence, "killed", "Kenya"),
                                        actor_ontology)
    assert (sub, actor1, actor2.name) == ("Attack", REBELS, "Civilians (Kenya)")


def test_implied_fire_on_a_bus_targets_civilians(actor_ontology):
    """A bus carries people going about their lives: firing on it attacks civilians."""
    sentence = "The gunmen opened fire on a minibus near the junction."
    sub, actor1, actor2 = implied_sides("Armed clash", REBELS, None, _context(sentence, "opened fire on", "Kenya"),
                                        actor_ontology)
    assert (sub, actor1, actor2.name) == ("Attack", REBELS, "Civilians (Kenya)")


@pytest.mark.parametrize(("text", "matches"), [
    ("gunmen killed 14 people", True), ("a 43-year-old man was killed", True), ("killing one person", True),
    ("armed men attacked", False), ("a man-portable launcher", False),
    ("gunmen killed four men at a bar", True), ("shot dead 12 young men", True),
    ("four armed men attacked", False), ("killed 20 of its men", False),
])
def test_implied_civilian_victims_matches_its_examples(text, matches):
    assert (CIVILIAN_VICTIMS.search(text) is not None) is matches
