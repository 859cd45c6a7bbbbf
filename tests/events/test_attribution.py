"""The perpetrator side: the side that attacked leads a battle, and an unclaimed act's author is unidentified."""
import datetime as dt

import pytest
from tests.events.conftest import first_mention

from sitrep.events.attribution import (
    ATTACK_BY_BEFORE,
    ATTACKED_AFTER,
    ATTRIBUTED,
    DEFENDED_AFTER,
    DEFENDED_BY_BEFORE,
    DRIVEN_OUT_BEFORE,
    GAVE_WAY_AFTER,
    NO_CLAIM,
    attacker,
    attacker_first,
    battle_sides,
    bomber_first,
    defender,
    driven_out,
    is_unclaimed,
    loser_second,
    unclaimed_author,
)
from sitrep.events.implied import EventContext
from sitrep.model import Actor, ActorCategory, Document, Mention, MentionKind

ON = dt.date(2024, 3, 15)
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Kenya")
ARMY = Actor("tla", "Testland Army", ActorCategory.STATE_FORCES, "Kenya")
VILLAGERS = Actor("civ", "Civilians (Kenya)", ActorCategory.CIVILIANS, "Kenya")


@pytest.mark.parametrize("after", [
    " attacked the police station",
    " launched a violent attack on a checkpost",
    " (TLF) attacked the nearby village",
    " have stormed the camp",
    " ambushed a convoy",
    " launched their offensive on the town",
])
def test_attribution_attacked_after_matches_an_attack_by_its_subject(after):
    assert ATTACKED_AFTER.match(after)


@pytest.mark.parametrize("after", [
    " were attacked by gunmen",
    " attacked by gunmen",
    ", who had attacked the post",
    " repelled the assault",
    " said the rebels attacked",
])
def test_attribution_attacked_after_ignores_targets_and_other_verbs(after):
    assert not ATTACKED_AFTER.match(after)


@pytest.mark.parametrize("before, matches", [
    ("troops repelled an attack by ", True),
    ("repelled an attempt by the ", True),
    ("an ambush by suspected ", True),
    ("an attack on ", False),
    ("supported by the ", False),
    ("repelled an attack by “", True),
    ("were killed in an ambush by some “armed ", True),
    ("came under an ambush by a number of armed ", True),
    ("a raid by unidentified ", True),
    ("an attack by a group of ", True),
    # the group counted as the passive agent is counted (`quantities.GROUP_HEAD`)
    ("a raid by hundreds of armed ", True),
    ("an attack by four ", True),
    ("were backed by some ", False),
    ("an attack on a number of ", False),
])
def test_attribution_attack_by_before_names_the_author(before, matches):
    assert bool(ATTACK_BY_BEFORE.search(before)) is matches


@pytest.mark.parametrize("sentence, expected", [
    ("Two rebels were killed as the rebels attacked the army base.", "Testland Liberation Front"),
    ("The army repelled an attack by the rebels on Friday.", "Testland Liberation Front"),
    ("The army attacked the rebels on Friday.", "Testland Army"),
    ("The army clashed with the rebels on Friday.", None),
])
def test_attribution_attacker_is_the_side_said_to_attack(sentence, expected):
    mentions = [first_mention(sentence, "the rebels", REBELS), first_mention(sentence, "army", ARMY)]
    mentions.sort(key=lambda m: m.start)
    found = attacker(sentence, 0, len(sentence), mentions)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (DEFENDED_AFTER, " repelled an attack", True), (DEFENDED_AFTER, " (TLA) foiled the raid", True),
    (DEFENDED_AFTER, " successfully fought off", True), (DEFENDED_AFTER, " attacked the post", False),
    (DEFENDED_AFTER, " were repelled", False),
    (DEFENDED_BY_BEFORE, "but they were thwarted by the ", True), (DEFENDED_BY_BEFORE, "was repulsed by ", True),
    (DEFENDED_BY_BEFORE, "was attacked by the ", False),
])
def test_attribution_defender_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern is DEFENDED_AFTER else pattern.search(text)
    assert (found is not None) is matches


@pytest.mark.parametrize("sentence, expected", [
    ("The army repelled an overnight assault on its base.", "Testland Army"),
    ("The overnight attacks were thwarted by the army.", "Testland Army"),
    ("The army attacked the rebels on Friday.", None),
])
def test_attribution_defender_is_the_side_said_to_hold_off_an_attack(sentence, expected):
    found = defender(sentence, 0, len(sentence), [first_mention(sentence, "army", ARMY)])
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("sentence, actor1, actor2, expected", [
    # The side that held the attack off is second; the sides came from the sentence or the ranker.
    ("The army repelled an overnight assault on its base.", ARMY, REBELS, (REBELS, ARMY)),
    ("The overnight attacks were thwarted by the army.", ARMY, REBELS, (REBELS, ARMY)),
    ("The army repelled an overnight assault on its base.", REBELS, ARMY, (REBELS, ARMY)),
    # A side named as attacking wins over the defender.
    ("The rebels attacked the post, but the army repelled the assault.", ARMY, REBELS, (REBELS, ARMY)),
    ("The army clashed with the rebels on Friday.", ARMY, REBELS, (ARMY, REBELS)),
])
def test_attribution_battle_sides_put_the_attacker_first(sentence, actor1, actor2, expected):
    mentions = [first_mention(sentence, "army", ARMY)]
    if "rebels" in sentence:
        mentions.append(first_mention(sentence, "The rebels" if "The rebels" in sentence else "the rebels", REBELS))
    mentions.sort(key=lambda m: m.start)
    assert battle_sides(actor1, actor2, sentence, 0, len(sentence), mentions) == expected


@pytest.mark.parametrize("actor1, actor2, initiator, expected", [
    (ARMY, REBELS, REBELS, (REBELS, ARMY)),
    (REBELS, ARMY, REBELS, (REBELS, ARMY)),
    (ARMY, REBELS, None, (ARMY, REBELS)),
    (ARMY, None, REBELS, (ARMY, None)),
])
def test_attribution_attacker_first_puts_the_attacker_as_actor1(actor1, actor2, initiator, expected):
    assert attacker_first(actor1, actor2, initiator) == expected


@pytest.mark.parametrize("text", [
    "There has not yet been any claim of responsibility for the attack.",
    "No group has claimed the bombing.",
    "No one has yet claimed responsibility.",
    "The attack was not immediately claimed.",
    "It was the third unclaimed bombing this month.",
    "Officials did not immediately say who was behind the attack.",
    "It was not immediately clear who carried out the raid.",
])
def test_attribution_no_claim_matches_a_report_of_no_claim(text):
    assert NO_CLAIM.search(text)


@pytest.mark.parametrize("text", [
    "The Testland Liberation Front claimed responsibility for the attack.",
    "The group claimed the bombing in a statement.",
    "Officials said no one was hurt.",
    "Officials did not say when the attack began.",
])
def test_attribution_no_claim_ignores_claims_and_other_negations(text):
    assert not NO_CLAIM.search(text)


@pytest.mark.parametrize("text, unclaimed", [
    ("No group has claimed the bombing.", True),
    ("No group has claimed the bombing, but officials attributed it to the Testland Liberation Front.", False),
    ("No group has claimed the bombing. Police blamed the Testland Liberation Front.", False),
    ("The Testland Liberation Front claimed the bombing.", False),
])
def test_attribution_is_unclaimed_needs_no_claim_and_no_attribution(text, unclaimed):
    assert is_unclaimed(text) is unclaimed


def test_attribution_attributed_ignores_a_lowercase_blame():
    assert not ATTRIBUTED.search("the rebels blamed the heavy rain for the delay")


def test_attribution_unclaimed_author_is_the_unidentified_group(actor_ontology):
    shabaab = actor_ontology.actor("Al-Shabaab")
    text = "Gunmen killed four people. There has not yet been any claim of responsibility."
    gunmen = Mention(0, 6, "Gunmen", MentionKind.ACTOR, shabaab, label="country_generic")
    author = unclaimed_author(shabaab, text, [gunmen], "Kenya", actor_ontology, ON)
    assert author.name == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("sub, text, author", [
    # a bomb with no author named, in a report that says nobody claimed it: an unidentified group's
    ("Remote explosive/landmine/IED", "A bomb killed four people. No group has claimed the bombing.",
     "Unidentified Armed Group (Kenya)"),
    # nobody said to have made no claim: the author stays unknown
    ("Remote explosive/landmine/IED", "A bomb killed four people.", None),
    # not a bombing: an act with no author is left as it is
    ("Attack", "Four people were killed. No group has claimed the attack.", None),
])
def test_attribution_unclaimed_author_of_a_bombing_with_none(actor_ontology, sub, text, author):
    found = unclaimed_author(None, text, [], "Kenya", actor_ontology, ON, sub)
    assert (found.name if found else None) == author


@pytest.mark.parametrize("implied_name, label, text", [
    ("Al-Shabaab", "name", "Al-Shabaab fighters killed four people. No group has claimed the attack."),
    ("Al-Shabaab", None, "Four people were killed. Al-Shabaab claimed the attack."),
    ("Police Forces of Kenya", None, "Four people were killed. No group has claimed the attack."),
])
def test_attribution_unclaimed_author_keeps_named_state_and_claimed_sides(actor_ontology, implied_name, label, text):
    implied = actor_ontology.actor(implied_name)
    assert implied is not None
    mentions = [Mention(0, 10, text[:10], MentionKind.ACTOR, implied, label=label)] if label else []
    assert unclaimed_author(implied, text, mentions, "Kenya", actor_ontology, ON) == implied


def _events(pipeline, text):
    return pipeline.run(Document(id="t", text=text, published=ON)).events


def test_attribution_extractor_codes_the_attacker_of_a_clash_first(extraction_pipeline):
    text = ("Three Al-Shabaab militants were killed when Al-Shabaab fighters attacked a police post "
            "in Mandera on Thursday, police said.")
    clashes = [e for e in _events(extraction_pipeline, text) if e.sub_event_type == "Armed clash"]
    assert clashes and clashes[0].actor1 == "Al-Shabaab"


def test_attribution_extractor_leaves_an_unclaimed_attack_unidentified(extraction_pipeline):
    text = ("Al-Shabaab fighters have carried out raids in northern Kenya for years. "
            "On Monday four villagers were shot dead in Mandera. "
            "No group has claimed responsibility for the killings.")
    attacks = [e for e in _events(extraction_pipeline, text) if "villagers" in e.evidence.text]
    assert attacks and attacks[0].actor1 == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("before, matches", [
    ("the villages were cleared of ", True),
    ("the town was liberated from the ", True),
    ("the army recaptured the hill from ", True),
    ("the area was cleared of the remaining ", True),
    ("an attack by ", False),
    ("the villages were cleared by ", False),
])
def test_attribution_driven_out_before_names_the_side_that_lost(before, matches):
    assert bool(DRIVEN_OUT_BEFORE.search(before)) is matches


@pytest.mark.parametrize("after, matches", [
    (" defences collapsed against the army", True),
    (" retreated from the town", True),
    (" fighters fled", True),
    (" captured the town", False),
    (" attacked the retreating troops", False),
])
def test_attribution_gave_way_after_names_the_side_that_lost(after, matches):
    assert bool(GAVE_WAY_AFTER.match(after)) is matches


@pytest.mark.parametrize("sentence, expected", [
    ("The villages were cleared of the rebels during the operation by the army.", "Testland Liberation Front"),
    ("The army took the town as the rebels retreated.", "Testland Liberation Front"),
    ("The army took the town on Friday, the rebels said.", None),
])
def test_attribution_driven_out_is_the_side_that_lost_the_place(sentence, expected):
    mentions = sorted([first_mention(sentence, "the rebels", REBELS), first_mention(sentence, "army", ARMY)],
                      key=lambda m: m.start)
    found = driven_out(sentence, 0, len(sentence), mentions)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("actor1, actor2, loser, expected", [
    (REBELS, ARMY, REBELS, (ARMY, REBELS)),
    (ARMY, REBELS, REBELS, (ARMY, REBELS)),
    (REBELS, None, REBELS, (REBELS, None)),
    (REBELS, ARMY, None, (REBELS, ARMY)),
])
def test_attribution_loser_second_puts_the_side_driven_out_as_actor2(actor1, actor2, loser, expected):
    assert loser_second(actor1, actor2, loser) == expected


def test_attribution_extractor_codes_the_side_driven_out_second(extraction_pipeline):
    text = ("Turkish troops advanced in Afrin on Friday. "
            "The village of Jandaris was cleared of YPG terrorists during the operation.")
    taken = [e for e in _events(extraction_pipeline, text) if "cleared" in e.evidence.text]
    assert taken and (taken[0].actor1, taken[0].actor2) == ("Military Forces of Turkey", "People's Protection Units")


def _bomb_context(sentence: str, mentions) -> EventContext:
    return EventContext(sentence, 0, len(sentence), len(sentence), list(mentions), "Kenya", ON)


@pytest.mark.parametrize("sub, actor1, actor2, expected", [
    ("Remote explosive/landmine/IED", ARMY, REBELS, (REBELS, ARMY)),
    ("Suicide bomb", ARMY, VILLAGERS, (REBELS, VILLAGERS)),
    ("Grenade", ARMY, None, (REBELS, ARMY)),
    ("Remote explosive/landmine/IED", REBELS, ARMY, (REBELS, ARMY)),
    ("Air/drone strike", ARMY, REBELS, (ARMY, REBELS)),
])
def test_attribution_bomber_first_never_makes_a_state_force_the_bomber(sub, actor1, actor2, expected):
    sentence = "The army said the rebels have planted bombs across the district for months."
    mentions = [first_mention(sentence, "army", ARMY), first_mention(sentence, "the rebels", REBELS)]
    assert bomber_first(sub, actor1, actor2, _bomb_context(sentence, mentions)) == expected


def test_attribution_bomber_first_keeps_a_state_force_with_no_armed_enemy_named():
    sentence = "The army said a bomb went off in the market."
    mentions = [first_mention(sentence, "army", ARMY)]
    assert bomber_first("Remote explosive/landmine/IED", ARMY, VILLAGERS,
                        _bomb_context(sentence, mentions)) == (ARMY, VILLAGERS)


def test_attribution_extractor_codes_the_armed_group_as_a_roadside_bomb_author(extraction_pipeline):
    text = ("Al-Shabaab militants have stepped up attacks in Lamu county. "
            "A police officer died on Monday when his vehicle ran over an improvised explosive device near Mpeketoni.")
    bombs = [e for e in _events(extraction_pipeline, text) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and (bombs[0].actor1, bombs[0].actor2) == ("Al-Shabaab", "Police Forces of Kenya")


@pytest.mark.parametrize("tail, author", [
    (" Officials did not immediately say who was behind the attack.", "Unidentified Armed Group (Kenya)"),
    (" Officials blamed the attack on Al-Shabaab.", "Al-Shabaab"),
    ("", "Al-Shabaab"),
])
def test_attribution_extractor_reads_generic_militants_as_unidentified_when_nobody_claimed(extraction_pipeline,
                                                                                          tail, author):
    text = ("Al-Shabaab fighters have carried out raids in northern Kenya for years. "
            "On Monday the militants shot dead four villagers in Mandera." + tail)
    attacks = [e for e in _events(extraction_pipeline, text) if "villagers" in e.evidence.text]
    assert attacks and attacks[0].actor1 == author


def test_attribution_unclaimed_author_ignores_a_group_named_as_the_places_risk(actor_ontology):
    shabaab = actor_ontology.actor("Al-Shabaab")
    text = ("Two rangers were ambushed in a district exposed to raids by Al-Shabaab militants. "
            "No group has claimed the attack.")
    start = text.index("Al-Shabaab")
    named = Mention(start, start + len("Al-Shabaab militants"), "Al-Shabaab militants", MentionKind.ACTOR,
                    shabaab, label="name")
    author = unclaimed_author(shabaab, text, [named], "Kenya", actor_ontology, ON)
    assert author.name == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("text, author", [
    # the group is named only as the region's risk, and nobody claimed the ambush
    ("Two rangers were ambushed and killed on Friday in Lamu, a district exposed to raids "
     "by Al-Shabaab militants. No group has claimed the attack.", "Unidentified Armed Group (Kenya)"),
    # the group is named as the author of the ambush
    ("Two rangers were ambushed and killed on Friday by Al-Shabaab militants in Lamu. "
     "No group has claimed the attack.", "Al-Shabaab"),
])
def test_attribution_extractor_reads_a_group_named_as_risk_as_no_author(extraction_pipeline, text, author):
    violent = [e for e in _events(extraction_pipeline, text) if e.event_type != "Strategic developments"]
    assert violent and author in {violent[0].actor1, violent[0].actor2}


@pytest.mark.parametrize("text, author", [
    # the group is named only in the report's backstory: today's "terrorists" are unidentified
    ("Terrorists raided a police post in Bannu on Tuesday night, killing two policemen. "
     "Violence has grown in the province after the Tehreek-i-Taliban Pakistan broke off peace talks "
     "in October 2021.", "Unidentified Armed Group (Pakistan)"),
    # the group is the author all through: its "terrorists" are the group
    ("The Tehreek-i-Taliban Pakistan claimed a raid on a police post in Bannu on Tuesday night. "
     "The terrorists killed two policemen before they fled.", "Tehrik-i-Taliban Pakistan"),
])
def test_attribution_extractor_reads_terrorists_by_how_the_report_names_the_group(extraction_pipeline, text, author):
    violent = [e for e in _events(extraction_pipeline, text) if e.event_type != "Strategic developments"]
    assert violent and all(author in {e.actor1, e.actor2} for e in violent)
