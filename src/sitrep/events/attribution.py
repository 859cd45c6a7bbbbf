"""Who did it: the side that started a fight, and the author of an attack nobody claimed.

Four conventions of the codebook about the perpetrator side (actor1):
- In a battle actor1 is the side that attacked, whatever verb the sentence hangs the event on:
  "three militants were killed when 40 militants attacked the police", "troops repelled an
  attempt by ISWAP to attack the camp" are the militants' and ISWAP's attacks.
- In a change of territory actor1 is the side that took it, never the side driven out: "the
  villages were cleared of YPG terrorists", "retaken from IS", "as YPG defences collapsed".
- Bombs are planted and thrown by armed groups, not by the state's forces: a roadside bomb that
  killed a policeman is the report's armed group's, even where the sentence's subject is the
  policeman ("the officer died when his vehicle ran over an IED"). All 15 IED, suicide bomb and
  grenade events of gold/train have a non-state author.
- An attack the report says nobody claimed has an unidentified author, not the report's usual
  enemy: "There has not yet been any claim of responsibility" leaves "Unidentified Armed Group
  (Kenya)" where the sentence names no one, unless the report attributes the act to a group.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.events.implied import EventContext
from sitrep.events.opponents import NAMING_LABELS
from sitrep.events.sides import NON_STATE_GROUPS, RoleActors
from sitrep.fuse.sides import UNKNOWN_ACTOR
from sitrep.model import Actor, ActorCategory, Mention
from sitrep.recognise.quantities import GROUP_HEAD
from sitrep.resolve.backstory import named_as_risk

#: A side named as the one that attacked, right after its mention: "40 terrorists attacked the
#: police", "militants launched a violent attack on", "the rebels of the ADF (ADF) attacked",
#: "gunmen stormed"; not "attacked by" (the mention is the target) nor across a clause break.
ATTACKED_AFTER = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s+(?:(?:had|have|has|then|also|first|reportedly)\s+)?"
                            r"(?:attacked|ambushed|stormed|raided|assaulted|"
                            r"launched\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:attacks?|assaults?|offensive|raids?|ambush))\b(?!\s+by\b)", re.I)
#: A side named as the attack's author before its mention: "an attack by remnants of the former
#: regime", "an attempt by ISWAP to attack", "an ambush by suspected militants", "an ambush by
#: some armed terrorists", "an ambush by a number of armed terrorists", "a raid by unidentified
#: gunmen". The author may be quoted: "an attack by “remnants of the former regime”", "an ambush
#: by some “armed terrorists”".
ATTACK_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|attempts?|ambush(?:es)?|raids?|offensive)\s+by\s+"
                              rf"(?:the\s+|{GROUP_HEAD})?"
                              r"(?:suspected\s+|alleged\s+|unidentified\s+|unknown\s+)?"
                              r"[“\"‘']?(?:armed\s+|heavily\s+armed\s+)?$", re.I)
#: How far before a mention its "attack by" may start, in characters.
ATTACK_BY_WINDOW = 40
#: A side named as the one that held off an attack, right after its mention: "government forces
#: repelled an attack", "the troops repelled their attack", "the army (SAA) foiled", "SDF fighters
#: fought off"; the other side attacked. Gold/train puts the attacker first in all 7 such battles.
DEFENDED_AFTER = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s+(?:(?:had|have|has|then|also|successfully|reportedly)\s+)?"
                            r"(?:repell?ed|repulsed|thwarted|foiled|fought\s+off|beat\s+back|pushed\s+back)\b",
                            re.I)
#: A side named as the one that held off an attack, after a passive: "they were thwarted by the
#: security forces", "the assault was repulsed by troops".
DEFENDED_BY_BEFORE = re.compile(r"\b(?:repell?ed|repulsed|thwarted|foiled|fought\s+off|beaten\s+back|"
                                r"pushed\s+back)\s+by\s+(?:the\s+)?$", re.I)
#: A side named as the one driven out of a place, right before its mention: "were cleared of
#: PYD/PKK terrorists", "liberated from IS", "recaptured the hill from the rebels", "wrested from".
DRIVEN_OUT_BEFORE = re.compile(r"\b(?:cleared\s+of|(?:liberated|freed|retaken|recaptured|captured|seized|taken|"
                               r"wrested|won\s+back)\s+(?:[\w'’-]+\s+){0,3}?from)\s+(?:the\s+)?"
                               r"(?:remaining\s+|last\s+)?$", re.I)
#: A side named as the one that gave way, right after its mention: "as YPG defences collapsed",
#: "the militants retreated", "IS fighters fled the town"; not "retreated from" told of a place
#: the side then took back (no such case is told with a capture).
GAVE_WAY_AFTER = re.compile(r"^(?:\s+(?:defen[cs]es|lines|positions|forces|fighters))?\s+(?:had\s+|have\s+)?"
                            r"(?:collapsed|retreated|withdrew|fled|pulled\s+out|abandoned)\b", re.I)
#: The sub-event types in which a side takes a place from another.
TERRITORY_SUBS = frozenset({"Non-state actor overtakes territory", "Government regains territory",
                            "Non-violent transfer of territory"})
#: A report that says nobody claimed the act or that its author is unknown: "There has not yet
#: been any claim of responsibility", "no group has claimed the attack", "no one has yet claimed
#: responsibility", "the attack was not claimed", "an unclaimed bombing", "did not immediately say
#: who was behind it", "it was not clear who carried out the attack".
NO_CLAIM = re.compile(r"\b(?:no\s+(?:one|group|organi[sz]ation|party)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|"
                      r"immediately\s+|so\s+far\s+)*claimed|(?:no|any)\s+(?:immediate\s+)?claims?\s+of\s+"
                      r"responsibility|(?:was|were|has|have|had)\s+not\s+(?:yet\s+|immediately\s+|been\s+)*claimed|"
                      r"unclaimed|(?:did\s+not|didn['’]t|could\s+not|would\s+not)\s+(?:immediately\s+)?(?:say|"
                      r"identify|know)\s+who|(?:was|is)\s+(?:not\s+(?:immediately\s+)?(?:clear|known)|unclear|"
                      r"unknown)\s+who)\b", re.I)
#: A report that lays the act at a group's door all the same: "authorities attributed the attack
#: to the FARC", "police blamed the separatists", "blamed on al-Shabaab".
ATTRIBUTED = re.compile(r"\b(?:attribut(?:ed|ing|es)\b[^.;]{0,60}?\bto|blam(?:ed|ing|es)\s+(?:on\s+)?(?:the\s+)?"
                        r"(?-i:[A-Z]))", re.I)
#: Sub-event types whose author is an armed group, never the state's forces (see the module note).
BOMB_SUBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _marked_side(text: str, start: int, end: int, mentions: list[Mention],
                 after: re.Pattern[str], before: re.Pattern[str]) -> Actor | None:
    """The first side of the sentence `text[start:end]` whose words right after its mention match
    `after`, or whose words in the `ATTACK_BY_WINDOW` before it end with `before`; None if none."""
    for m in mentions:
        if not (start <= m.start < end) or not isinstance(m.value, Actor):
            continue
        if after.match(text[m.end:end]) or before.search(text[max(start, m.start - ATTACK_BY_WINDOW):m.start]):
            return m.value
    return None


def attacker(text: str, start: int, end: int, mentions: list[Mention]) -> Actor | None:
    """The side the sentence `text[start:end]` names as the one that attacked, or None."""
    return _marked_side(text, start, end, mentions, ATTACKED_AFTER, ATTACK_BY_BEFORE)


def defender(text: str, start: int, end: int, mentions: list[Mention]) -> Actor | None:
    """The side the sentence `text[start:end]` names as the one that held off an attack, or None."""
    return _marked_side(text, start, end, mentions, DEFENDED_AFTER, DEFENDED_BY_BEFORE)


def battle_sides(actor1: Actor | None, actor2: Actor | None, text: str, start: int, end: int,
                 mentions: list[Mention]) -> tuple[Actor | None, Actor | None]:
    """Return a battle's two sides with the side that attacked first: the one the sentence
    `text[start:end]` names as attacking, else the one other than the side that held it off."""
    initiator = attacker(text, start, end, mentions)
    if initiator is None:
        held = defender(text, start, end, mentions)
        if held is not None and actor1 is not None and actor2 is not None and held.name == actor1.name:
            initiator = actor2
    return attacker_first(actor1, actor2, initiator)


def driven_out(text: str, start: int, end: int, mentions: list[Mention]) -> Actor | None:
    """The side the sentence `text[start:end]` names as driven out of a place, or None."""
    return _marked_side(text, start, end, mentions, GAVE_WAY_AFTER, DRIVEN_OUT_BEFORE)


def loser_second(actor1: Actor | None, actor2: Actor | None,
                 loser: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Return the two sides of a change of territory with the side driven out (`loser`) second."""
    if actor1 is not None and actor2 is not None and loser is not None \
            and loser.name == actor1.name != actor2.name:
        return actor2, actor1
    return actor1, actor2


def attacker_first(actor1: Actor | None, actor2: Actor | None,
                   initiator: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Return the two sides of a battle with the side that attacked (`initiator`) first."""
    if actor1 is not None and actor2 is not None and initiator is not None \
            and initiator.name == actor2.name != actor1.name:
        return actor2, actor1
    return actor1, actor2


def is_unclaimed(text: str) -> bool:
    """Whether the report says nobody claimed the act and lays it at no group's door."""
    return NO_CLAIM.search(text) is not None and ATTRIBUTED.search(text) is None


def unclaimed_author(side: Actor | None, text: str, mentions: list[Mention], country: str | None,
                     roles: RoleActors, on: dt.date | None, sub: str | None = None) -> Actor | None:
    """The side `side` as an unclaimed act's author: the country's unidentified armed group in
    place of a non-state group that no mention of the sentence (`mentions`) names outright, when
    the report (`text`) says nobody claimed the act (the group came from a generic word, from the
    sentence before, or from the report's usual enemy). A group the sentence names only as the
    place's risk ("a district exposed to raids by Al-Shabaab") is not named as the author. A
    bombing (`sub`) with no author at all has that group as its author too: a bomb is always
    someone's ("No group has claimed the bombing that killed five")."""
    if side is None and sub in BOMB_SUBS and is_unclaimed(text):
        return roles.role_actor(country, "armed_group", on)
    if side is None or side.inter not in NON_STATE_GROUPS or UNKNOWN_ACTOR.match(side.name) \
            or any(m.label in NAMING_LABELS and isinstance(m.value, Actor) and m.value.name == side.name
                   and not named_as_risk(text, m.start) for m in mentions) or not is_unclaimed(text):
        return side
    return roles.role_actor(country or side.country, "armed_group", on) or side


def bomber_first(sub: str, actor1: Actor | None, actor2: Actor | None,
                 ctx: EventContext) -> tuple[Actor | None, Actor | None]:
    """Return the sides of a bombing with an armed group, not a state force, as its author.

    A state force coded as a bomb's author is its target when the other side is an armed
    group (the two swap), else the report's enemy of that force (`ctx.opponent`) planted the bomb.
    """
    if sub not in BOMB_SUBS or actor1 is None or actor1.inter != ActorCategory.STATE_FORCES:
        return actor1, actor2
    if actor2 is not None and actor2.inter in NON_STATE_GROUPS:
        return actor2, actor1
    author = ctx.opponent(actor1, sub)
    if author is None or author.inter not in NON_STATE_GROUPS:
        return actor1, actor2
    return author, actor2 if actor2 is not None and actor2.inter == ActorCategory.CIVILIANS else actor1
