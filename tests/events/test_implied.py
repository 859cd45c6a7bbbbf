"""Sides a sentence leaves implicit, filled in from the report with the real ontology."""
import datetime as dt

import pytest

from sitrep.events.implied import POPULATED_AHEAD, EventContext, implied_sides
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

ON = dt.date(2024, 3, 15)
REBELS = Actor("tlf", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Kenya")


def _context(sentence: str, trigger: str, country: str | None, mentions=()) -> EventContext:
    end = sentence.index(trigger) + len(trigger)
    return EventContext(sentence, 0, len(sentence), end, list(mentions), country, ON)


def _mention(text: str, surface: str, actor: Actor) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor)


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
    mentions = [_mention(text, "The army", army), _mention(text, "the TLF", REBELS),
                _mention(text, "TLF fighters", REBELS)]
    start = text.index("Five")
    ctx = EventContext(text, start, len(text), text.index("captured") + 8, mentions, "Kenya", ON)
    assert implied_sides("Arrests", None, REBELS, ctx, actor_ontology) == ("Arrests", army, REBELS)


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
])
def test_implied_populated_ahead_matches_its_examples(text, matches):
    assert (POPULATED_AHEAD.match(text) is not None) is matches


def test_implied_an_intercepted_weapon_belongs_to_the_interceptors_enemy(actor_ontology):
    text = "The TLF fired rockets at the army. The army intercepted two rockets."
    army = actor_ontology.role_actor("Kenya", "military", ON)
    mentions = [_mention(text, "The TLF", REBELS), _mention(text, "the army", army), _mention(text, "The army", army)]
    start = text.index("The army")
    ctx = EventContext(text, start, len(text), text.index("intercepted") + 11, mentions, "Kenya", ON)
    assert implied_sides("Disrupted weapons use", army, None, ctx, actor_ontology) == (
        "Disrupted weapons use", army, REBELS)
