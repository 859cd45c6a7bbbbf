import pytest

from sitrep.events.participles import (
    IN_PHRASE_BEFORE,
    PASSIVE_VERB_AHEAD,
    describes_side,
    in_describing_phrase,
)
from sitrep.model import Actor, ActorCategory, Mention, MentionKind

ARMY = Actor("army", "Military Forces of Testland", ActorCategory.STATE_FORCES, "Testland")
REBELS = Actor("rebels", "Testland Liberation Front", ActorCategory.REBEL_GROUP, "Testland")


def _mentions(sentence: str, spans: dict[str, Actor]) -> list[Mention]:
    return sorted((Mention(sentence.index(s), sentence.index(s) + len(s), s, MentionKind.ACTOR, a)
                   for s, a in spans.items()), key=lambda m: m.start)


@pytest.mark.parametrize("sentence, trigger, expected", [
    # The -ing phrase right after a side, the sentence's passive verb after it: a description.
    ("Soldiers fighting against the TLF were ambushed near the river.", "fighting", True),
    ("Soldiers battling the TLF have been attacked near the river.", "battling", True),
    # The -ing word is the act: no passive verb after it, or no side right before it.
    ("Soldiers fighting against the TLF killed ten rebels.", "fighting", False),
    ("Heavy fighting between soldiers and the TLF was reported near the river.", "fighting", False),
    ("Soldiers attacked the TLF and were ambushed later.", "attacked", False),
])
def test_participles_a_phrase_after_a_side_before_a_passive_describes_it(sentence, trigger, expected):
    mentions = _mentions(sentence, {"Soldiers" if "Soldiers" in sentence else "soldiers": ARMY, "the TLF": REBELS})
    start = sentence.index(trigger)
    assert describes_side(sentence, start, start + len(trigger), len(sentence), mentions) is expected


def test_participles_a_side_inside_the_phrase_is_found_the_subject_is_not():
    sentence = "Soldiers fighting against the TLF were ambushed near the river."
    soldiers, rebels = _mentions(sentence, {"Soldiers": ARMY, "the TLF": REBELS})
    assert in_describing_phrase(sentence, 0, rebels)
    assert not in_describing_phrase(sentence, 0, soldiers)


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (PASSIVE_VERB_AHEAD, " against the TLF were ambushed", True),
    (PASSIVE_VERB_AHEAD, " the TLF have been attacked", True),
    (PASSIVE_VERB_AHEAD, " against the TLF killed ten", False),
    (PASSIVE_VERB_AHEAD, " the TLF, and later were ambushed", False),
    (IN_PHRASE_BEFORE, "soldiers fighting against the ", True),
    (IN_PHRASE_BEFORE, "troops battling ", True),
    (IN_PHRASE_BEFORE, "soldiers attacked ", False),
])
def test_participles_regexes_match_their_examples(pattern, text, matches):
    found = pattern.match(text) if pattern is PASSIVE_VERB_AHEAD else pattern.search(text)
    assert (found is not None) is matches
