"""Fold the sentences that tell again an event the report has already told into its record.

A report tells one incident in several sentences: the act, then its toll ("Four soldiers were
killed in the attack"), its place ("The attack happened near Baidoa"), or more of it with the
sides left to context ("Clashes resumed later that day"). Each such sentence is a candidate of
its own to the rules; the codebook codes the incident once. A later telling folds into the
event told before when it is the same act by one of these cues, never when it says it is a new
act ("another", "again", `merge.is_new_act`):

- it names no place of its own and goes on with the same kind of act and sides (`_elaborates`);
  a harm typed only by its sides counts as the same kind, a fight told by its own word
  ("engaged them in a gun duel", `FIGHT_TRIGGER`) does not;
- its trigger is a definite reference to an act ("the attack killed four": `triggers.refers_back`),
  and both are violent acts a day apart at most (`_retells`), or a definite reference to a crowd
  ("the protesters", "the demonstration") tells again the protest of that day no more sharply
  (`_retells_demonstration`);
- its sentence counts harm done in an act told before ("killed in the same attack", "died during
  the battle": `TOLD_ACT`) at that act's place or vaguer, or is about the act told whatever place
  it names ("the incident occurred at the checkpoint", "the two slain civilians": `ABOUT_TOLD_ACT`),
  told generically or as the same type of act, a day apart at most (`_harm_in`); a death told
  by its manner ("died on the spot", "succumbed to his wounds": `DEATH_OF_TOLD_ACT`) names no
  act, so it folds into the harmful act just told whatever type and place the rules gave it;
- it takes its sides from the event just told and names no other place than that event's, its
  division or country, or a place the gazetteer lacks in that division (`_continues`).

The record folded into keeps its evidence, and takes from the retelling what it lacked: a toll,
a day, a sharper place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.crowds import sharper_demonstration
from sitrep.events.merge import (
    ADJACENT_DAY_SLACK,
    DEMONSTRATION_TYPES,
    GENERIC_SUB_EVENTS,
    NEW_OCCURRENCE,
    distinct_developments,
    is_new_act,
    taken_back,
)
from sitrep.events.notes import read_note
from sitrep.events.sides import VIOLENT_EVENT_TYPES
from sitrep.events.tellings import with_named_sides
from sitrep.model import Actor, Event, EventType, GeoPrecision

#: Event types (values) whose tellings may retell one another: a clash's toll may be told as
#: an attack on the dead, a strike's as the shelling it was.
VIOLENT_TYPES = frozenset(t.value for t in VIOLENT_EVENT_TYPES)
#: The calmest telling of a demonstration, which any other telling of it sharpens.
PEACEFUL_PROTEST = "Peaceful protest"
#: Event types whose acts may leave dead: the violent ones and riots.
HARMFUL_TYPES = VIOLENT_TYPES | {EventType.RIOTS.value}
#: A sentence that places harm in an act already told, by a definite reference: "a fourth
#: soldier was injured in the same attack", "two people were killed in the incident", "about
#: ten militants died during the battle", "one civilian died in the crossfire", with up to two
#: words qualifying the act ("killed in the tragic incident", "also killed during the armed
#: encounter"). Not: "killed in an attack" (a new one), "arrested after the attack" (a new act after it).
TOLD_ACT = re.compile(
    r"\b(?:(?:in|during)\s+(?:the|this|that)\s+(?:same\s+)?(?:[a-z-]+\s+){0,2}?|the\s+same\s+)"
    r"(?:incident|attack|assault|ambush|raid|battle|clash(?:es)?|fighting|gunfight|firefight|shootout|"
    r"exchange\s+of\s+fire|crossfire|encounter|blast|explosion|bombing|violence)\b",
    re.IGNORECASE)
#: A sentence about an act already told, or its victims, whatever place it names (the place of
#: the act, or of the one who tells it): "the incident occurred at a checkpoint", "the attack
#: took place near the border", "the two slain civilians were a woman and a child". Not: "an
#: attack took place" (a new one), "two slain soldiers" (victims told for the first time).
ABOUT_TOLD_ACT = re.compile(
    r"\b(?:the|this)\s+(?:incident|attack|assault|ambush|raid|clash|blast|explosion)\s+"
    r"(?:occurred|happened|took\s+place)\b"
    r"|\bthe\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?slain\b",
    re.IGNORECASE)

#: A death told by how or where a victim died, not by the act that killed: the toll of an act
#: told before ("the villagers died on the spot", "a woman died at the hospital", "two more
#: succumbed to their injuries", "died of his wounds"). Not: "died in a blast" (the act is named),
#: "died on Monday" (a day, not the manner).
DEATH_OF_TOLD_ACT = re.compile(
    r"\b(?:died|killed|dead)\s+(?:on\s+the\s+spot|at\s+the\s+scene|instantly)\b"
    r"|\bsuccumb(?:ed|s)?\b"
    r"|\bdied\s+(?:later\s+)?(?:in|at)\s+(?:the\s+|a\s+)?hospital\b"
    r"|\bdied\s+of\s+(?:his|her|their)\s+(?:wounds|injuries)\b",
    re.IGNORECASE)

#: One more victim counted in a sentence that places the harm in an act told: "a fourth soldier
#: was injured in the same attack", "another woman died at the hospital", "another two civilians
#: were wounded in the shelling". There "another" or an ordinal counts the dead, not a new act
#: (`merge.NEW_OCCURRENCE`); alone, "another soldier was killed" may be a new act.
ONE_MORE_VICTIM = re.compile(
    r"\b(?:another|a\s+(?:second|third|fourth|fifth))\s+(?:[\w-]+\s+)?"
    r"(?:man|men|woman|women|child|children|boy|girl|person|people|soldier|civilian|officer|policem[ae]n"
    r"|villager|resident|fighter|militant|victim|student|worker|member)s?\b",
    re.IGNORECASE)

#: The trigger of an armed clash told by a word of fighting (the clash family's forms): "gun
#: duel", "clashes", "exchange of fire". Not "were killed" (a harm typed by its sides).
FIGHT_TRIGGER = re.compile(r"(?:clash|fight|fought|battl|gun\s?(?:fight|battle|duel)|firefight|"
                        r"exchange|exchanged|skirmish|combat|heavy fighting|engaged|confront|shootout|encounter)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """One event the rules found in one sentence, with what tells whether it retells another."""

    event: Event
    place_inherited: bool  # the sentence names no place: it likely elaborates an earlier event
    s_index: int = -1  # the sentence it comes from
    actor1: Actor | None = None
    actor2: Actor | None = None
    refers_back: bool = False  # its trigger names an act told before ("the attack killed four")
    tells_told_act: bool = False  # its sentence places it in an act told ("killed in the attack")
    context: int | None = None  # the position of the candidate whose sides it took, if any
    spread: bool = False  # its act spreads over a list of places told after its trigger ("hit A and B")


def tells_told_act(sentence: str) -> bool:
    """Whether a sentence places what it tells in an act already told ("killed in the same attack")."""
    return any(rx.search(sentence) is not None for rx in (TOLD_ACT, ABOUT_TOLD_ACT, DEATH_OF_TOLD_ACT))


def _new_act_beyond_victims(event: Event) -> bool:
    """Whether a sentence placing harm in an act told says it is a new act, one more victim
    ("another woman died at the hospital") aside."""
    if event.evidence is None:
        return False
    return NEW_OCCURRENCE.search(ONE_MORE_VICTIM.sub(" ", event.evidence.text)) is not None


def _fight_told(event: Event) -> bool:
    """Whether a telling names a fight by its own word ("engaged them in a gun duel"), not a
    harm whose type the rules guess from its sides ("four soldiers were killed")."""
    note = read_note(event)
    return note is not None and note.sub_event_type == "Armed clash" and FIGHT_TRIGGER.match(note.trigger) is not None


def _told_by_manner(event: Event) -> bool:
    return event.evidence is not None and DEATH_OF_TOLD_ACT.search(event.evidence.text) is not None


def _about_told_act(event: Event) -> bool:
    return event.evidence is not None and ABOUT_TOLD_ACT.search(event.evidence.text) is not None


def fold_retellings(candidates: list[Candidate]) -> list[Event]:
    """The events of a report, each later telling of one folded into the event it retells."""
    kept: list[Event] = []
    position_kept: dict[int, int] = {}  # candidate position -> index in kept
    listed = _listed_positions(candidates)
    for position, candidate in enumerate(candidates):
        event = candidate.event
        target: int | None = None
        if candidate.place_inherited and kept:
            target = next((i for i in reversed(range(len(kept))) if _elaborates(event, kept[i])), None)
        if target is None and candidate.refers_back and kept and not is_new_act(event):
            # One act told before has one place: a definite reference whose act spreads over
            # the list of places after it ("the airstrikes hit A, as well as B and C") retells
            # it only where it was. A list before it may be where the act's aftermath is told
            # ("A and B are without power due to the strikes"): that folds as before.
            target = next((i for i in reversed(range(len(kept)))
                           if (_retells(event, kept[i]) or _retells_demonstration(event, kept[i]))
                           and (not candidate.spread or _within(event, kept[i], unlocated=False))), None)
        if target is None and candidate.tells_told_act and kept and not _new_act_beyond_victims(event):
            target = next((i for i in reversed(range(len(kept))) if _harm_in(event, kept[i])), None)
        if target is None and candidate.context is not None:
            told = position_kept.get(candidate.context)
            if told is not None and _continues(event, kept[told], position in listed):
                target = told
        if target is None:
            position_kept[position] = len(kept)
            kept.append(event)
            continue
        position_kept[position] = target
        told_event = with_named_sides(kept[target], event)
        kept[target] = told_event.with_changes(
            fatalities=told_event.fatalities if told_event.fatalities is not None else event.fatalities,
            date=told_event.date or event.date,
            time_precision=told_event.time_precision if told_event.date else event.time_precision,
            confidence=max(told_event.confidence, event.confidence),
            **_sharper_place(told_event, event),
            **sharper_demonstration(told_event, event),
        )
    return kept


def _elaborates(later: Event, earlier: Event) -> bool:
    """Whether a sentence naming no place of its own goes on telling an earlier event."""
    if later.location != earlier.location:
        return False
    if is_new_act(later) or taken_back(later, earlier):
        return False
    if later.date and earlier.date and later.date != earlier.date:
        return False
    same_kind = later.event_type == earlier.event_type or (
        later.sub_event_type in GENERIC_SUB_EVENTS and not _fight_told(later))
    sides_later = {a for a in (later.actor1, later.actor2) if a}
    sides_earlier = {a for a in (earlier.actor1, earlier.actor2) if a}
    return same_kind and (not sides_later or bool(sides_later & sides_earlier))


def _retells(later: Event, earlier: Event) -> bool:
    """Whether a definite reference ("the attack", "the blast") tells again an earlier violent
    event of the same day (or the next: a night), whatever type or sides the retelling gives it."""
    if later.event_type not in VIOLENT_TYPES or earlier.event_type not in VIOLENT_TYPES:
        return False
    return _near_in_time(later, earlier)


def _retells_demonstration(later: Event, earlier: Event) -> bool:
    """Whether a definite reference to a crowd or its act ("the protests", "the demonstrators")
    tells again an earlier protest or riot of the same day. A telling of the crowd
    met by force or turned violent is left to `merge`, which keeps the sharper type (a protest
    that turned into a riot is the riot)."""
    if not {later.event_type, earlier.event_type} <= DEMONSTRATION_TYPES:
        return False
    calmer = later.sub_event_type == earlier.sub_event_type or later.sub_event_type == PEACEFUL_PROTEST
    # Protests recur day after day: a telling of another day is another day's protest.
    return calmer and (later.date is None or earlier.date is None or later.date == earlier.date)


def _near_in_time(later: Event, earlier: Event) -> bool:
    """Whether two tellings are a day apart at most (a night), or either is undated."""
    return later.date is None or earlier.date is None or abs((later.date - earlier.date).days) <= ADJACENT_DAY_SLACK


def _harm_in(later: Event, earlier: Event) -> bool:
    """Whether a sentence about an act told ("died in the crossfire", "the slain soldiers") tells
    the earlier violent event: a day apart at most, the harm told generically or as the same
    type (the slain "were killed by landmines" is a blast of its own), at the event's place or
    vaguer, or anywhere for a sentence about the act itself ("the incident occurred at ...")."""
    if _told_by_manner(later):
        # A death told by its manner names no act: the type and place the rules guess for it
        # are no act's, and it is the toll of the harmful act just told.
        return earlier.event_type in HARMFUL_TYPES and _near_in_time(later, earlier)
    if not _retells(later, earlier):
        return False
    if later.event_type != earlier.event_type and later.sub_event_type not in GENERIC_SUB_EVENTS:
        return False
    return _about_told_act(later) or _within(later, earlier) or _is_vague(earlier)


def _listed_positions(candidates: list[Candidate]) -> set[int]:
    """The positions of the candidates that are one of the places their sentence lists ("protests
    broke out in the towns of A, B and C"): each is named as a place of its own."""
    places: dict[int, set[str | None]] = {}
    for c in candidates:
        if c.event.evidence is not None:
            places.setdefault(c.event.evidence.start, set()).add(c.event.location)
    return {i for i, c in enumerate(candidates)
            if c.event.evidence is not None and len(places[c.event.evidence.start]) > 1}


def _continues(later: Event, earlier: Event, listed: bool = False) -> bool:
    """Whether a telling that took its sides from the event just told is more of that event:
    the same day (or unknown), no new act, and no place of its own beyond the event's. A place
    its sentence lists among others is its own, even one the gazetteer lacks (`listed`)."""
    if is_new_act(later):
        return False
    if later.date and earlier.date and later.date != earlier.date:
        return False
    # A telling of another kind of act is its own event ("artillery fire was delivered" in a battle).
    if later.event_type != earlier.event_type and later.sub_event_type not in GENERIC_SUB_EVENTS:
        return False
    if distinct_developments(later, earlier):
        return False
    return _within(later, earlier, unlocated=not listed)


def _within(later: Event, earlier: Event, unlocated: bool = True) -> bool:
    """Whether a telling's place is the event's own, a vaguer frame of it (its division or
    country, or none), or (with `unlocated`) a place the gazetteer lacks in its division."""
    if later.location is None or later.location == earlier.location:
        return True
    if later.country and earlier.country and later.country != earlier.country:
        return False
    if _is_vague(later) and (later.admin1 is None or later.admin1 == earlier.admin1 or later.location == later.country):
        return True
    return unlocated and later.latitude is None and later.admin1 is not None and later.admin1 == earlier.admin1


def _is_vague(event: Event) -> bool:
    return event.location is None or (event.geo_precision or GeoPrecision.REGION) >= GeoPrecision.REGION


def _sharper_place(told: Event, retold: Event) -> dict[str, object]:
    """The retelling's place, when it is precise and the first telling's is only a country or
    a region of the same country ("an attack in the Central African Republic" ... "the attack
    happened near Sam-Ouandja"); else nothing to change."""
    if not (_is_vague(told) and not _is_vague(retold)) or (told.country and retold.country != told.country):
        return {}
    return {"location": retold.location, "admin1": retold.admin1, "country": retold.country,
            "latitude": retold.latitude, "longitude": retold.longitude, "geo_precision": retold.geo_precision}
