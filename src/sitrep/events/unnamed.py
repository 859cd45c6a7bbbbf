"""The sides of an act told with no side at all, where the codebook names them by the act alone.

"A trader was abducted from his home in the town": nobody is named, yet an abduction is always
someone's, and its victim a person taken; the codebook codes the country's unidentified armed
group and its civilians. A killing or an attack told so is left alone: its dead may be soldiers,
and its author the report's enemy, which the sentence's context tells (`rules.context_sides`).

An abduction whose victims alone are named ("A trader was kidnapped in Maiduguri, police said")
is no more the state's than one told with no side: the police who tell of it are not its
author (none of gold/train's ten abductions is a state force's; six are an unidentified group's).

A violent act whose sentence names only its victims ("A civilian was shot dead in Abu Ghraib")
is the report's enemy of the victims' (`opponents`), unless the report names no armed side at
all, or names the group found only as the one fought ("Fresh operations launched against ISIS")
while the dead are civilians: gold codes no violent act without an author (0 of gold/train's 358
events has none), and the codebook's author nobody names is "Unidentified Armed Group (<Country>)".
A side that "returned fire" was fired on first: the shooters nobody names are that group too.

The sides listed with a strike's victims ("killed three soldiers and four militiamen") are its
dead, never its author; and an armed clash is fought by two armed sides, never by civilians (the
people killed in one are its dead).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from sitrep.events.coding import is_civilian
from sitrep.events.opponents import NAMING_LABELS
from sitrep.events.roles import VICTIM_LIST_JOIN
from sitrep.events.sides import NON_STATE_GROUPS, VIOLENT_EVENT_TYPES, RoleActors
from sitrep.model import SUB_EVENT_TYPES, Actor, ActorCategory, Mention

#: Sub-event types whose sides the act alone names when the sentence names none.
SIDES_BY_ACT = {"Abduction/forced disappearance": ("armed_group", "civilians")}


#: A rescue told right before the abduction word: the force that rescued the victims is not their
#: abductor. "Police stormed a den and rescued a man abducted on April 25", "troops freed 20
#: students kidnapped from their school"; not "police abducted a man" (no rescue before).
RESCUED_BEFORE = re.compile(r"\b(?:rescued|freed|released|liberated)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
#: How far before the abduction word the rescue is looked for (characters).
RESCUE_WINDOW = 60


def rescued_before(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the abduction word at `trigger_start` names the victims of a rescue told just before it."""
    window_start = max(sentence_start, trigger_start - RESCUE_WINDOW)
    return RESCUED_BEFORE.search(text, window_start, trigger_start) is not None


#: Plain people told dead or hurt as the subject of a passive, with no side named: "Three men were
#: shot dead", "a 45-year-old man was killed", "two women were wounded"; people going about their
#: lives are civilians. Not "three soldiers were killed" (a side, named by the recogniser) nor "men
#: in uniform" (no passive right after).
UNNAMED_PEOPLE_HIT = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
                                r"(?:[\w-]+-year-old\s+)?(?:men|man|women|woman|persons?|boys?|girls?)\s+"
                                r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                r"(?:killed|shot|shot\s+dead|gunned\s+down|stabbed|murdered|hacked|beheaded|"
                                r"wounded|injured|executed)\b", re.IGNORECASE)
#: Violent sub-event types whose unnamed victims `UNNAMED_PEOPLE_HIT` may name.
UNNAMED_VICTIM_SUBS = frozenset({"Attack", "Armed clash"})


def victims_of_unnamed_act(sub: str, clause: str, country: str | None, roles: RoleActors,
                           on: dt.date | None) -> Actor | None:
    """The civilians of a killing told with no side but its plain people ("Three men were shot dead
    in Culiacan"), or None where the clause names no such people or the country is unknown."""
    if sub not in UNNAMED_VICTIM_SUBS or country is None or not UNNAMED_PEOPLE_HIT.search(clause):
        return None
    return roles.role_actor(country, "civilians", on)


def sides_of_unnamed_act(sub: str, country: str | None, roles: RoleActors,
                         on: dt.date | None) -> tuple[Actor | None, Actor | None]:
    """Return (actor1, actor2) for an act of type `sub` told with no side in `country`, or
    (None, None) where the act names no side of its own or the country is unknown."""
    roles_of_act = SIDES_BY_ACT.get(sub)
    if roles_of_act is None or country is None:
        return None, None
    author, victim = roles_of_act
    return roles.role_actor(country, author, on), roles.role_actor(country, victim, on)


def author_of_unnamed_act(sub: str, found: Actor | None, country: str | None, roles: RoleActors,
                          on: dt.date | None) -> Actor | None:
    """The author of an act of type `sub` whose sentence names only its victims: `found` (the
    report's enemy of the victims), unless that is a state force while the act names its own
    author (an abduction: the country's unidentified armed group)."""
    roles_of_act = SIDES_BY_ACT.get(sub)
    if roles_of_act is None or found is None or found.inter != ActorCategory.STATE_FORCES:
        return found
    return roles.role_actor(country or found.country, roles_of_act[0], on) or found


#: Words right before a side that make it the target of a fight, not its author: "operations
#: against ISIS", "still used to fight Islamic State militants", "the war on the Taliban", "the
#: campaign to defeat al-Shabaab", "strikes targeting the ADF"; not "clashes with IS" (a fight both
#: sides wage) nor "claimed by IS".
TARGET_BEFORE = re.compile(r"\b(?:against|fight|fighting|combat(?:ing|ting)?|battl(?:e|ing)|defeat(?:ing)?|"
                           r"oust(?:ing)?|crush(?:ing)?|war\s+on|targeting|offensive\s+on)\s+"
                           r"(?:the\s+|suspected\s+|remaining\s+)*$", re.IGNORECASE)
#: How far before a mention its target words may start, in characters.
TARGET_WINDOW = 40
#: Sub-event types whose author is a force the report names even where no sentence names it as
#: the author: an unidentified group makes no arrest and flies no aircraft
#: (`opponents.NAMED_AUTHOR_SUBS`), and shelling and missiles are an army's weapons: "Ukraine's
#: forces fought Russian troops in the east. Shelling killed two civilians in Kherson" is Russia's.
NAMED_FORCE_SUBS = frozenset({"Arrests", "Air/drone strike", "Shelling/artillery/missile attack"})


def named_only_as_target(text: str, side: Actor, mentions: Sequence[Mention]) -> bool:
    """Whether every mention naming `side` outright (not by a generic word, which is the resolver's
    guess) makes it the target of a fight (`TARGET_BEFORE`): a report that tells only of the fight
    against a group names no act of its."""
    named = [m for m in mentions if isinstance(m.value, Actor) and m.value.name == side.name
             and m.label in NAMING_LABELS]
    return bool(named) and all(TARGET_BEFORE.search(text, max(0, m.start - TARGET_WINDOW), m.start)
                               for m in named)


#: An operation told with no author as the subject of the act, before its trigger: "In Diyala,
#: operations left five insurgents dead", "An operation in Tarmiyah left nine militants dead", "a
#: security operation killed five insurgents", "military operations killed 30 fighters". Not "the
#: operation" nor "their operations" (one told before, whose author the report names: "the PMF
#: launched an offensive ... The operation included seizing Baaj"), nor "operations against" (the
#: fought group is named after it, the act may be anyone's).
UNNAMED_OPERATION = re.compile(r"(?:^|[,;:]\s*|\b(?:an?|fresh|new|several|two|three|\d+)\s+)"
                               r"(?:(?:security|military|joint|counter-?terror(?:ism|ist)?|clearing|"
                               r"counter-?insurgency)\s+)?operations?\b(?!\s+against)", re.IGNORECASE)


#: An unattributed operation told after the trigger as the act's frame: "Twelve militants were
#: killed in an operation in Balad", "... neutralised during a military operation near Arbinda",
#: "... killed in security operations"; not "in the operation" (one told before) nor "in an
#: operation by the rebels" (its author named).
OPERATION_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:in|during)\s+(?:an?\s+|fresh\s+|new\s+|several\s+|joint\s+)?"
                             r"(?:(?:security|military|joint|counter-?terror(?:ism|ist)?|clearing|"
                             r"counter-?insurgency)\s+)?operations?\b(?!\s+(?:by|of|against)\b)", re.IGNORECASE)


def operation_author(found: Actor | None, victims: Actor, before_trigger: str, after_trigger: str,
                     country: str | None, roles: RoleActors, on: dt.date | None) -> Actor | None:
    """The author of an act that an unattributed operation against armed `victims` carried out,
    told as its subject (`UNNAMED_OPERATION`) or its frame (`OPERATION_AFTER`): security
    operations are a state's, so the country's military, unless `found` (the report's enemy of
    the victims) is a state's force already."""
    if victims.inter not in NON_STATE_GROUPS or not (UNNAMED_OPERATION.search(before_trigger)
                                                     or OPERATION_AFTER.match(after_trigger)):
        return found
    if found is not None and found.inter in (ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER):
        return found
    return roles.role_actor(country or victims.country, "military", on) or found


def author_of_victims_act(sub: str, victims: Actor, found: Actor | None, text: str, mentions: Sequence[Mention],
                          country: str | None, roles: RoleActors, on: dt.date | None,
                          fired_on: bool = False) -> Actor | None:
    """The author of a violent act of type `sub` whose sentence names only its `victims`: `found`
    (the report's enemy of the victims), unless the report names none, or the victims are
    civilians and the report names the armed group found only as the target of a fight
    ("Operations against ISIS ... A civilian was shot dead in Abu Ghraib"): then the country's
    unidentified armed group, for an act of violence is always someone's. Soldiers killed in a
    report of the fight against a group fell to that group ("the offensive against the Houthis
    ... Eleven soldiers were killed in the fighting"), and a state force is left as found: the
    report's enemy army fires whether or not a sentence says so. A group the report names only
    as the one fought ("Operations targeting ISWAP continued in Borno") is fought by the force
    that wages the operations, which the report leaves unnamed: no unidentified group is made up
    to fight it, unless the act is a return of fire (`fired_on`): then someone fired on them first,
    and a shooter nobody names is the country's unidentified armed group."""
    if sub in NAMED_FORCE_SUBS or sub not in SUB_EVENT_TYPES or SUB_EVENT_TYPES[sub] not in VIOLENT_EVENT_TYPES:
        return found
    if found is not None and (victims.inter != ActorCategory.CIVILIANS or found.inter not in NON_STATE_GROUPS
                              or not named_only_as_target(text, found, mentions)):
        return found
    if found is None and victims.inter in NON_STATE_GROUPS and not fired_on \
            and named_only_as_target(text, victims, mentions):
        return None
    return roles.role_actor(country or victims.country or (found.country if found else None), "armed_group", on) \
        or found


#: Sub-event types fought between two armed, organised sides (the codebook's armed clash): the
#: people killed in one are its dead, never a side ("13 people were killed in fighting between
#: armed groups"), and a clash told after an attack on civilians is fought by armed men.
ARMED_ONLY_SUBS = frozenset({"Armed clash"})


def armed_sides(sub: str, actor1: Actor | None, actor2: Actor | None,
                opponent: Callable[[Actor], Actor | None]) -> tuple[Actor | None, Actor | None]:
    """Return (actor1, actor2) of an act of type `sub` with civilians given as a side of a clash
    replaced by the report's `opponent` of the armed side (None where it names none)."""
    if sub not in ARMED_ONLY_SUBS:
        return actor1, actor2
    if is_civilian(actor2) and actor1 is not None and not is_civilian(actor1):
        return actor1, opponent(actor1)
    if is_civilian(actor1) and actor2 is not None and not is_civilian(actor2):
        return opponent(actor2), actor2
    return actor1, actor2


def co_victims(text: str, victims: Actor, mentions: Sequence[Mention], start: int, end: int) -> frozenset[int]:
    """The starts of the mentions listed with the `victims` in the sentence text[start:end] (joined by
    `roles.VICTIM_LIST_JOIN`): "killed three Malian soldiers and four Wagner fighters" counts the
    Wagner fighters among the dead, so they are not the strike's author."""
    inside = sorted((m for m in mentions if start <= m.start < end and isinstance(m.value, Actor)),
                    key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in inside:
        if chains and VICTIM_LIST_JOIN.fullmatch(text, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    return frozenset(m.start for chain in chains if len(chain) > 1
                     and any(isinstance(n.value, Actor) and n.value.name == victims.name for n in chain)
                     for m in chain)
