"""The house rules for an aircraft lost (ANNOTATION.md): shot down by ground fire, a battle; lost
with no hostile fire stated, Strategic developments / Other, its owner the one side.

What tells the fire (in the sentence or the one after), and whose aircraft a crash with no side
named was.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.events.sides import AIRCRAFT_LOST, RoleActors
from sitrep.model import Actor, Mention

#: Hostile fire told of an aircraft lost, so its loss was no accident (house rule): "it damaged a
#: helicopter, which crashed", "the jet went down after being hit by ground fire", "crashed after it
#: was struck by a missile", "shot down". Not "crashed during a routine mission", "went down due to
#: a technical fault" (no fire: Strategic developments / Other).
AIRCRAFT_FIRED_ON = re.compile(r"\b(?:shot\s+down|shoots?\s+down|downed|brought\s+down|damaged|(?:hit|struck|targeted)"
                               r"\s+by|ground\s+fire|anti-?aircraft|surface-to-air|manpads)\b", re.I)
#: The words of a side's aircraft: "jets", "fighter jets", "warplanes", "helicopters", "drones".
AIRCRAFT_WORDS = r"(?:fighter\s+)?(?:jets?|warplanes?|war\s+planes?|aircraft|helicopters?|gunships?|drones?)"
#: A weapon word whose owner is named right after "of": "Jets of the Syrian army", "Helicopters of
#: the Nigerian Air Force", "Drones of the RSF"; not "the shelling of Homs" (an act noun, whose "of"
#: names its target) nor "jets of unknown origin" (no side named).
WEAPON_OF = re.compile(rf"{AIRCRAFT_WORDS}\s+of\s+(?:the\s+)?", re.I)
#: The crash forms of the lexicon's loss family ("crashed", "went down"), as against surrender.
CRASH_FORMS = frozenset({"crashed", "crash-landed", "went down"})
#: An aircraft of no army: "a passenger plane crashed", "a cargo jet went down" (no conflict event).
CIVIL_AIRCRAFT = re.compile(r"\b(?:passenger|airliner|commercial|cargo|civilian|private|charter|medical|rescue)\b",
                            re.I)
#: The sentence after a crash telling the aircraft was fired on: "The aircraft, as the ministry
#: confirmed, was hit by a missile", "The helicopter had been shot down by the rebels" (the loss was
#: the battle of the house rule, told there). Not "The aircraft was carrying 12 soldiers".
FIRED_ON_AFTER = re.compile(r"^\s*(?:The|That|This)\s+(?:\w+\s+)?(?:helicopter|aircraft|plane|jet|warplane|chopper)\b"
                            r"[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                            r"(?:hit|struck|shot\s+down|downed|brought\s+down|targeted)\b")
#: How far after a crash its firing may be told (the next sentence).
FIRED_ON_WINDOW = 300


def fire_told_after(text: str, end: int) -> bool:
    """Whether the sentence after a crash (ending at `end`) tells the aircraft was fired on."""
    return FIRED_ON_AFTER.match(text[end:end + FIRED_ON_WINDOW]) is not None


def aircraft_owner(sentence: str, country: str | None, roles: RoleActors, on: dt.date | None) -> Actor | None:
    """The army of the place where an aircraft was lost and the sentence names no side ("one of its
    helicopters crashed in Kidal"): armies fly the aircraft a conflict report tells lost; None for
    any other sentence, or a civil aircraft."""
    if not AIRCRAFT_LOST.search(sentence) or CIVIL_AIRCRAFT.search(sentence):
        return None
    return roles.role_actor(country, "military", on)


def weapon_owner(text: str, trigger_start: int, trigger_end: int, mention: Mention) -> bool:
    """Whether `mention` names the owner of the weapon word that is the trigger: a mention the word
    lies inside ("Turkish aircraft", "junta fighter jets"), the word alone ("Warplanes" resolved to
    the coalition), or a side named after "of" ("Jets of the Syrian army bombed ..."). A mention
    that only opens with the trigger word ("riot police") is not its owner."""
    return (mention.start < trigger_start < mention.end or (mention.start, mention.end) == (trigger_start, trigger_end)
            or WEAPON_OF.fullmatch(text, trigger_start, mention.start) is not None)
