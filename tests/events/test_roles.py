import pytest

from sitrep.events.roles import assign_sides, salient_opponent
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

ARMY = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
REBELS = Actor("rebels", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")
MILITIA = Actor("militia", "Hill Militia", ActorCategory.IDENTITY_MILITIA, "Testland",
                allies=("Military Forces of Testland",))
CIVILIANS = Actor("civ", "Civilians (Testland)", ActorCategory.CIVILIANS, "Testland")

NAMES = {"the army": ARMY, "the TLF": REBELS, "the Hill Militia": MILITIA, "villagers": CIVILIANS}


def _sides(sentence: str, trigger: str):
    mentions = []
    for surface, actor in NAMES.items():
        start = sentence.lower().find(surface.lower())
        if start >= 0:
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor))
    mentions.sort(key=lambda m: m.start)
    t = sentence.index(trigger)
    return assign_sides(sentence, 0, t, t + len(trigger), mentions)


@pytest.mark.parametrize("sentence, trigger, actor1, actor2", [
    ("On Monday the army attacked the TLF near the river.", "attacked", ARMY, REBELS),
    ("A post of the army was attacked by the TLF overnight.", "attacked", REBELS, ARMY),
    ("Heavy clashes broke out between the TLF and the army.", "clashes", REBELS, ARMY),
    ("Three villagers were killed when the army shelled the hamlet.", "were killed", ARMY, CIVILIANS),
    ("The TLF stormed the village and killed villagers.", "stormed", REBELS, CIVILIANS),
])
def test_roles_sides_from_word_order_and_voice(sentence, trigger, actor1, actor2):
    sides = _sides(sentence, trigger)
    assert (sides.actor1, sides.actor2) == (actor1, actor2)


def test_roles_allies_joined_to_the_first_side():
    sides = _sides("the army and the Hill Militia attacked the TLF.", "attacked")
    assert sides.actor1 == ARMY and sides.actor2 == REBELS
    assert sides.assoc1 == (MILITIA,)


def test_roles_civilians_are_never_the_author_of_violence():
    sides = _sides("villagers fled as the army fired on the market.", "fired on")
    assert sides.actor1 == ARMY and sides.actor2 == CIVILIANS


def test_roles_no_actor_no_sides():
    assert _sides("Fighting was reported.", "Fighting").actor1 is None


def test_roles_salient_opponent_skips_allies_and_civilians():
    text = "the TLF ... the army ... the army ... villagers ... the Hill Militia ... the Hill Militia ..."
    mentions = []
    for surface, actor in NAMES.items():
        i = text.find(surface)
        while i >= 0:
            mentions.append(Mention(i, i + len(surface), surface, MentionKind.ACTOR, actor))
            i = text.find(surface, i + 1)
    assert salient_opponent(mentions, ARMY, near=len(text)) == REBELS
    assert salient_opponent(mentions, REBELS, near=len(text)).name in {ARMY.name, MILITIA.name}
    assert salient_opponent([], ARMY, near=10) is None


def test_roles_salient_opponent_prefers_the_enemy_named_near_the_event():
    """Two enemies mentioned as often: the one named close to the event's sentence is its side."""
    other = Actor("other", "Other Front", ActorCategory.REBEL_GROUP, "Testland")
    text = "the TLF " + "x" * 3000 + " the Other Front ... the event sentence"
    at = text.find("the Other")
    mentions = [Mention(0, 7, "the TLF", MentionKind.ACTOR, REBELS),
                Mention(at, at + 15, "the Other Front", MentionKind.ACTOR, other)]
    assert salient_opponent(mentions, ARMY, near=len(text)) == other
    assert salient_opponent(mentions, ARMY, near=8) == REBELS
