"""Acts that face no second side: developments of one side, and arms found or seized from no one
the sentence names.

A side that withdraws or moves in without a fight, sets up a base or deploys acts alone: the
codebook names it actor1 whatever the sentence's word order ("Having taken control of the field
peacefully, the LNA ...": the side named after the verb is no target). All 4 such events of
gold/train with one side have it as actor1 (one came out of the word order second); the 6 with two
sides are left as they are.

The codebook leaves actor2 empty where no side is on the receiving end. "A large cache of arms was
recovered by the security forces", "troops seized 40 rifles in a raid on a warehouse": the arms
are found, not taken from someone the report names, so the seizure has one side. On gold/train
the 3 seizures whose sentence names no one they were taken from and tells no arrest leave actor2
empty; the one that tells of a rescue from kidnappers ("the victim was rescued and two rifles
were recovered") names the kidnappers. Missiles or drones intercepted are different: someone
fired them (`implied.TWO_SIDED_SUBS`).
"""
from __future__ import annotations

import re

from sitrep.events.roles import related
from sitrep.events.sides import one_state
from sitrep.model import Actor, Mention

#: Strategic developments a side makes by itself: the one side named is their actor1.
ONE_SIDE_SUBS = frozenset({"Non-violent transfer of territory", "Headquarters or base established",
                           "Change to group/activity"})
#: Arms found or seized rather than stopped in flight: "a cache of arms was recovered", "seized
#: weapons", "confiscated 20 rifles", "a weapons haul", "an arms depot discovered"; not "intercepted
#: the missiles" nor "the drone was shot down" (`INTERCEPTION`).
SEIZURE = re.compile(r"\b(?:recover(?:ed|ing|y)|seiz(?:ed|ing|ure)|confiscat(?:ed|ing|ion)|impounded|"
                     r"cache|haul|stockpile|unearthed|discover(?:ed|y)|found)\b", re.I)
#: Weapons stopped in flight, which someone fired: "intercepted", "shot down", "air defences".
INTERCEPTION = re.compile(r"\b(?:intercept(?:ed|ion|s|ing)?|shot\s+down|downed|air\s+defen[cs]es?)\b", re.I)
#: People taken, freed or hurt in the seizure's sentence, or a den of theirs raided: the arms then
#: came from someone, whom the report's opponent stands for ("four militants were arrested and a
#: cache recovered", "the hostage was rescued and two rifles recovered", "killed two gunmen and
#: seized their rifles", "recovered rifles from a hideout").
PEOPLE_TAKEN = re.compile(r"\b(?:arrest(?:ed|s|ing)?|captur(?:ed|ing)|detain(?:ed|ing)|apprehended|nabbed|"
                          r"held|rescued|freed|released|kill(?:ed|ing)|shot|wound(?:ed|ing)|"
                          r"neutrali[sz]ed|suspects?|hostages?|victims?|hide-?outs?|hiding\s+places?|dens?|"
                          r"camps?|encampments?)\b", re.I)


def seized_from_no_one(sentence: str, sentence_start: int, mentions: list[Mention], actor1: Actor) -> bool:
    """Whether a weapons seizure's sentence names no one the arms were taken from: arms found or
    seized, none intercepted, no one taken or harmed, no side named but the seizer's own."""
    if not SEIZURE.search(sentence) or INTERCEPTION.search(sentence) or PEOPLE_TAKEN.search(sentence):
        return False
    end = sentence_start + len(sentence)
    for m in mentions:
        other = m.value
        if sentence_start <= m.start < end and isinstance(other, Actor) \
                and not (related(actor1, other) or one_state(actor1, other)):
            return False
    return True


def sole_side_first(sub: str, actor1: Actor | None, actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of a development a side makes by itself, its one named side first."""
    if sub in ONE_SIDE_SUBS and actor1 is None and actor2 is not None:
        return actor2, None
    return actor1, actor2
