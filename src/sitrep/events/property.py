"""The owners of what was looted or destroyed: civilians, when the things are their homes and goods.

"Gunmen ransacked two houses near the river", "raiders looted shops in the market",
"bandits torched granaries": the sentence names no person, yet the codebook codes looting and
destruction of people's property against the civilians of the place (Looting/property destruction,
actor2 "Civilians (<Country>)"; gold/train codes a village burned by an armed group so). What a
state or an armed side holds (a base, a camp, a mosque the report makes a monument) is no
civilian's, and a crowd that burns a village commits Mob violence with no second side (gold/train
codes the two villages burned by villagers so): neither is touched here.

An armed side that "torched" or "set fire to" such goods with no one hurt destroyed property; it did
not riot nor fight (`BURNED_PROPERTY`, used by `coding`); a car burned is no one's side (actor2 empty).
"""
from __future__ import annotations

import re

from sitrep.model import Actor, ActorCategory

#: The sub-event type whose victims are the owners of the property.
PROPERTY_SUB = "Looting/property destruction"
#: People's homes, shops and livelihoods: "two homes", "houses", "shops", "market stalls",
#: "granaries", "crops", "livestock", "cattle", "the village" (its people's homes); not "a military
#: base", "a camp" nor "the mosque" (each may be a side's or a monument, and gold/train codes the
#: one destroyed mosque with no second side).
CIVILIAN_PROPERTY = re.compile(r"\b(?:homes?|houses?|huts?|dwellings?|shops?|stores?|market\s+stalls?|stalls|"
                               r"granar(?:y|ies)|crops?|farms?|livestock|cattle|goats|villages?)\b", re.I)
#: The words before a village that make it where the act happened, not what was taken or burned:
#: "looted weapons from a depot near the village of X", "in the remote village", "at a village";
#: not "torched the village", "set fire to the village" nor "looted villages" (the object).
VILLAGE_AS_PLACE = re.compile(r"\b(?:in|near|at|outside|around|from|of)\s+(?:the\s+|a\s+)?"
                              r"(?:[\w'’-]+\s+)?$", re.I)
#: Goods an armed side set on fire, right after the arson word: "torched shops and a clinic", "set fire
#: to several houses", "torched two cars", "set fire to the village"; not "set fire to the army base"
#: (a side's installation: a fight) nor "torched, killing five" (no object). A count may be
#: approximate: "torched more than 100 houses", "burned at least 20 shops". Goods burned with people
#: in them ("burned a car with its driver inside", "torched a bus with passengers aboard") hurt them.
BURNED_PROPERTY = re.compile(r"\s*(?:(?:more\s+than|over|at\s+least|nearly|about|around|almost)\s+)?"
                             r"(?:(?:the|a|an|several|many|some|dozens\s+of|scores\s+of|\d+|two|three|four|"
                             r"five)\s+)?(?:[\w'’-]+\s+){0,2}?(?:homes?|houses?|huts?|dwellings?|shops?|stores?|"
                             r"granar(?:y|ies)|crops|farms?|villages?|cars?|vehicles?|trucks?|lorries|buses|"
                             r"motorbikes?|motorcycles?)\b(?!\s+with\s+[^.;,]{0,40}?\b(?:inside|aboard|on\s+board)\b)",
                             re.I)
#: Sides whose burning and looting is a crowd's (Mob violence), not an owner's loss coded here.
CROWD_CATEGORIES = frozenset({ActorCategory.CIVILIANS, ActorCategory.RIOTERS, ActorCategory.PROTESTERS})


def civilian_property_lost(sub_event_type: str, actor1: Actor | None, actor2: Actor | None,
                           sentence: str) -> bool:
    """Whether an act of looting or destruction with no second side hit people's homes or goods."""
    if sub_event_type != PROPERTY_SUB or actor2 is not None:
        return False
    if actor1 is not None and actor1.inter in CROWD_CATEGORIES:
        return False
    return any(not _village_as_place(sentence, found) for found in CIVILIAN_PROPERTY.finditer(sentence))


def _village_as_place(sentence: str, found: re.Match[str]) -> bool:
    """Whether a property word is a village told as where the act was ("near the village of X")."""
    return found.group().lower().startswith("village") and (
        VILLAGE_AS_PLACE.search(sentence, 0, found.start()) is not None)
