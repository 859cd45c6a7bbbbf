"""Fill in the sides a sentence leaves implicit, as a coder reading the whole report would.

A sentence often names one side only: "Russian troops captured the village", "Twenty
militants were arrested", "warplanes struck the town". The codebook still wants two sides:
- violence aimed at people or at where they live, with no armed target named, has the
  civilians of the place as its victims ("Civilians (Ukraine)");
- otherwise the other side is the report's salient opponent of the named one
  (`roles.salient_opponent`): the enemy the report is about;
- an arrest whose arrester the sentence leaves out was made by the armed group's enemy in the
  report, or by the police;
- a violent act whose sentence names only its victims is the report's enemy of them, or the
  country's unidentified armed group where the report names none that did anything
  (`unnamed.author_of_victims_act`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sitrep.events.camps import aims_at_displacement_camp
from sitrep.events.coding import CROWD_NOUNS
from sitrep.events.eventrefs import Referent
from sitrep.events.opponents import OpponentModel, OpponentQuery
from sitrep.events.roles import NON_COMBATANTS, RETURNED_FIRE, is_source, related, salient_opponent
from sitrep.events.sides import GOVERNMENT_PREFIX, NON_STATE_GROUPS, VIOLENT_EVENT_TYPES, RoleActors
from sitrep.events.tallies import tallied_victims
from sitrep.events.targets import HARM_TOLD, hits_works_only, installation_holder, says_no_harm
from sitrep.events.territory import loser_of_taking
from sitrep.events.unnamed import (
    armed_sides,
    author_of_unnamed_act,
    author_of_victims_act,
    co_victims,
    operation_author,
)
from sitrep.events.unopposed import seized_from_no_one, sole_side_first
from sitrep.fuse.sides import UNKNOWN_ACTOR
from sitrep.model import SUB_EVENT_TYPES, Actor, ActorCategory, EventType, Mention

#: Victims that are civilians when no armed side is named as the target ("killed 14 people", "a
#: 43-year-old man was killed", "killed four men at a bar": men counted, not armed men nor "its men").
CIVILIAN_VICTIMS = re.compile(r"\b(?:people|civilians|residents|villagers|women|children|famil(?:y|ies)|"
                              r"worshippers|passengers|students|youths|farmers|inhabitants|pedestrians|shoppers|"
                              r"displaced|refugees|"
                              r"(?:a|an|one)\s+(?:\w+-year-old\s+)?(?:man|woman|boy|girl|child|person)|"
                              r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:young\s+)?men)\b(?!-)",
                              re.I)
#: What carries people going about their lives: "a bus", "a minibus", "a passenger train", "a
#: commercial flight", "an airliner", "a civilian car"; not "a plane" or "a vehicle" alone (a military
#: one as often as not) nor "a convoy" (`targets.INSTALLATION`).
CIVILIAN_CARRIERS = (r"bus(?:es)?|minibus(?:es)?|passenger\s+(?:trains?|planes?|buses|vehicles?|boats?|ferry|ferries)|"
                     r"commercial\s+(?:flights?|planes?|airliners?)|airliners?|civilian\s+(?:cars?|vehicles?|planes?)|"
                     r"taxis?")
#: A trigger aimed at where people live, with no armed side named as its target: "shelled
#: residential areas", "a missile attack on a residential building", "airstrikes on cities and
#: towns", "attacked the village of Malinde", "opened fire on a minibus"; not "attacked the army base".
POPULATED_TARGET = re.compile(r"\s*(?:on|against|at|across|into|hitting|targeting)?\s*"
                              r"(?:the\s+|a\s+|several\s+|many\s+)?"
                              r"(?:residential|towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|homes?|houses?|"
                              rf"markets?|hospitals?|schools?|mosques?|churche?s?|{CIVILIAN_CARRIERS})\b", re.I)
#: A strike further on in the sentence aimed at where people live: "... carried out dozens of
#: airstrikes on cities and towns", "... struck the Russian town of Shebekino", "... a missile
#: strike on an apartment building", "... airstrikes across the district's Thin Taw, Zaw Chaung
#: and Ma Gyi villages" (a list of names before the kind word); not "in the town of" (where, not
#: what, was hit).
POPULATED_AHEAD = re.compile(r"[^.;]{0,60}?\b(?:on|against|across|hitting|targeting|struck|hit|shelled|bombed|"
                             r"bombarded|pounded)\s+(?:the\s+|a\s+|an\s+|several\s+|many\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}?(?:(?:(?-i:[A-Z])[\w'’-]*|and)(?:\s+|,\s*)){0,10}?"
                             r"(?:residential|towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|homes?|houses?|markets?|"
                             r"hospitals?|schools?|apartment|mosques?|churche?s?)\b", re.I)
#: An act aimed anywhere in the sentence at a place where people gather, no armed side named as
#: its target: "gunmen opened fire on a market ..., killing nine", "threw a grenade at a bar",
#: "suicide bombers blew themselves up in a market", "fighters looted the central market",
#: "burned down a school"; not "clashed near the market" (a fight's place, not its target).
PUBLIC_PLACE_HIT = re.compile(r"\b(?:opened\s+fire\s+(?:on|at|in|inside)|fired\s+(?:on|at|into)|attacked|raided|"
                              r"stormed|struck|hit|targeted|looted|ransacked|plundered|(?:burned|burnt)\s+down|"
                              r"torched|(?:threw|hurled|lobbed)\s+(?:a\s+|an\s+|two\s+)?(?:hand\s+)?grenades?\s+"
                              r"(?:at|into|inside)|blew\s+(?:himself|herself|themselves)\s+up\s+(?:in|at|inside|near)|"
                              r"(?:exploded|detonated|went\s+off)\s+(?:in|at|inside))\s+"
                              r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:markets?|marketplace|bars?|restaurants?|"
                              r"caf[eé]s?|nightclubs?|hotels?|mosques?|churche?s?|schools?|hospitals?|clinics?|"
                              r"bus\s+(?:stations?|stops?|terminals?)|stadiums?)\b", re.I)
#: Event types with two sides, where a side the sentence leaves implicit is the report's opponent.
SIDED_EVENT_TYPES = VIOLENT_EVENT_TYPES
#: Event types whose target may be an installation a state's forces hold ("stormed the base",
#: "a bomb exploded at a checkpoint"); violence against civilians is never aimed at one.
INSTALLATION_EVENT_TYPES = frozenset({EventType.BATTLES, EventType.REMOTE_VIOLENCE})
#: Remote violence, whose victims the sentence may leave implicit.
REMOTE_SUBS = frozenset(s for s, t in SUB_EVENT_TYPES.items() if t is EventType.REMOTE_VIOLENCE)
#: Sub-event types whose target is a side or a place, never the civilians living there:
#: "Russian troops captured the village of X" takes the village from Ukraine's forces.
NO_CIVILIAN_TARGET_SUBS = frozenset({"Arrests", "Government regains territory", "Non-state actor overtakes territory",
                                     "Agreement", "Disrupted weapons use"})
#: Strategic developments with a second side the report implies: who was arrested, whose
#: missiles were intercepted.
ONE_NAMED_SIDE_SUBS = frozenset({"Arrests", "Disrupted weapons use"})
#: Strategic developments that always have two sides, either of which the report may imply:
#: an agreement is made with someone ("the rebels agreed to leave the city" under a deal with
#: the government's ally); an intercepted missile was fired by the interceptor's enemy ("a
#: Ukrainian drone was shot down": by Russia's forces). All 8 agreements of gold/train have two sides.
TWO_SIDED_SUBS = frozenset({"Agreement", "Disrupted weapons use"})
#: A report that tells of rioting: "rioters smashed windows", "the riots spread", "looting
#: broke out", "rioted"; not "riot police" or "riot gear", which any protest report may name.
RIOT_REPORT = re.compile(r"\b(?:riot(?:s|ers?|ing|ed)|loot(?:ing|ers|ed))\b|\briot\b(?![\s-]+(?:police|gear|"
                         r"control|squad|officers?|units?|shields?|act)\b)", re.I)
#: A crowd's own violence told in a report that never says "riot": "hooded protesters tore down
#: fences ..., prompting a clash with riot police", "demonstrators hurled stones at officers", "the
#: crowd stormed the parliament"; not "protesters marched to the ministry" nor "police clashed
#: with gunmen" (no crowd).
CROWD_VIOLENCE = re.compile(rf"\b(?:{CROWD_NOUNS}|mobs?)\b[^.;]{{0,80}}?\b(?:tore\s+down|threw|hurled|pelted|"
                            r"torched|set\s+fire|vandali[sz]ed|smashed|ransacked|stormed|clash(?:ed|es)?\s+with)\b",
                            re.I)
#: Arrested people who, in a report of rioting, are the rioters ("20 people were arrested").
UNARMED_ARRESTEES = frozenset({ActorCategory.CIVILIANS, ActorCategory.PROTESTERS})
#: Who a riot is fought against when its sentence names no one: a state force named in the
#: sentence or the next (9 of 12 violent demonstrations of gold/train face a force or a mission).
RIOT_OPPONENTS = frozenset({ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER})
#: How many sentences after the riot's own may name the force it fought.
RIOT_OPPONENT_SENTENCES = 1


#: A sentence opening on another incident than the one told before: "Elsewhere, shelling killed
#: two", "Separately, ...", "Meanwhile, in Kherson ...", "In another attack, ..."; not "Two
#: workers were killed" (the toll of the act told before).
OTHER_INCIDENT = re.compile(r"\W*(?:elsewhere|separately|meanwhile|in\s+(?:another|a\s+separate))\b", re.I)

@dataclass(frozen=True)
class EventContext:
    """What the implied sides of one candidate event depend on."""

    text: str
    sentence_start: int
    sentence_end: int
    trigger_end: int
    mentions: list[Mention]  # every actor mention of the report
    country: str | None  # the event's place's country, when known
    published: dt.date | None
    sentences: tuple[tuple[int, int], ...] = ()
    opponents: OpponentModel | None = None  # None: the hand-set salience decides
    trigger_start: int | None = None  # None: only what follows the trigger is read
    referent: Referent | None = None  # the event the sentence refers back to, if any

    def opponent(self, actor: Actor | None, sub: str | None = None, victims: bool = True) -> Actor | None:
        """The report's other side of `actor` in an event of type `sub` (None when it names no
        candidate); `victims` says whether the side sought is the target, not the author."""
        if actor is None:
            return None
        if self.opponents is None:
            return salient_opponent(self.mentions, actor, near=self.sentence_end)
        mentions = tuple(m for m in self.mentions if isinstance(m.value, Actor))
        return self.opponents.choose(OpponentQuery(self.text, actor, self.sentence_start, self.sentence_end,
                                                   mentions, self.sentences, self.country, sub, victims))


def implied_sides(sub: str, actor1: Actor | None, actor2: Actor | None, ctx: EventContext,
                  roles: RoleActors) -> tuple[str, Actor | None, Actor | None]:
    """Return (sub-event type, actor1, actor2) with the sides the sentence leaves out filled in."""
    sided = SUB_EVENT_TYPES[sub] in SIDED_EVENT_TYPES
    if sub == "Agreement":
        # Crowds and civilians sign nothing: "a deal to swap prisoners" names the parties' captives.
        actor1, actor2 = (None if a is not None and a.inter in NON_COMBATANTS else a for a in (actor1, actor2))
    if sub == "Arrests" and actor2 is not None and actor2.inter in UNARMED_ARRESTEES \
            and _riotous(ctx.text):
        # "Six people have been arrested" in a report of rioting: the rioters were arrested.
        actor2 = roles.role_actor(ctx.country or actor2.country, "rioters", ctx.published) or actor2
    if sub == "Arrests" and actor2 is None and actor1 is not None and actor1.inter in RIOT_OPPONENTS \
            and _riotous(ctx.text):
        # "Police arrested dozens" in a report of rioting: the rioters were arrested.
        return sub, actor1, roles.role_actor(ctx.country or actor1.country, "rioters", ctx.published)
    if sub == "Violent demonstration" and not any(a is not None and a.inter in RIOT_OPPONENTS
                                                  for a in (actor1, actor2)):
        force = _force_facing_riot(ctx)
        return sub, actor1 or force, actor2 if actor1 is None else (actor2 or force)
    # A non-state armed group is arrested by the enemy of the report, not by the police, when the
    # arrester is unnamed.
    if sub == "Arrests" and actor1 is None and actor2 is not None and actor2.inter in NON_STATE_GROUPS:
        # "Five IS fighters were captured": by the report's enemy of IS (police when none).
        return sub, ctx.opponent(actor2, sub, victims=False), actor2
    if not sided and not (sub in ONE_NAMED_SIDE_SUBS and actor1 is not None) and sub not in TWO_SIDED_SUBS:
        return (sub, *sole_side_first(sub, actor1, actor2))
    if sub == "Disrupted weapons use" and actor1 is not None \
            and seized_from_no_one(ctx.text[ctx.sentence_start:ctx.sentence_end], ctx.sentence_start,
                                   ctx.mentions, actor1):
        # "A cache of arms was recovered": found, taken from no one the sentence names (not the
        # side arrested in the sentence before, whose sides a sideless sentence takes).
        return sub, actor1, None
    if sided and actor1 is not None and (actor2 is None or UNKNOWN_ACTOR.match(actor2.name)):
        # "killed seven fighters ... The dead were three Syrian soldiers and ...": the tally names them.
        actor2 = tallied_victims(ctx.text, ctx.sentences or ((ctx.sentence_start, ctx.sentence_end),),
                                 ctx.sentence_start, ctx.mentions, actor1) or actor2
    if sided and actor1 is not None and (actor2 is None or UNKNOWN_ACTOR.match(actor2.name)) \
            and SUB_EVENT_TYPES[sub] in INSTALLATION_EVENT_TYPES:
        # "Gunmen stormed the base": the force that holds it is the side attacked.
        actor2 = _holder_attacked(actor1, ctx, roles) or actor2
    if actor1 is not None and sub in REMOTE_SUBS and _harmed_no_one(actor2, ctx):
        # "The drone struck a refinery", "another strike hit, but residents reported no casualties"
        # (the civilians of the strike told before are not this one's): a thing hit, no side.
        return sub, actor1, None
    if actor2 is None and actor1 is not None and sub not in NO_CIVILIAN_TARGET_SUBS \
            and _targets_people(sub, ctx):
        actor2 = roles.role_actor(ctx.country or actor1.country, "civilians", ctx.published)
        if sub == "Armed clash" and actor2 is not None:
            sub = "Attack"  # an armed group attacking a village attacks civilians
    if actor2 is None and actor1 is not None and SUB_EVENT_TYPES[sub] is EventType.VIOLENCE_AGAINST_CIVILIANS \
            and actor1.inter != ActorCategory.CIVILIANS:
        # Violence against civilians has civilians for its target by definition ("militants
        # beheaded five Christians", "soldiers raped four women").
        actor2 = roles.role_actor(ctx.country or actor1.country, "civilians", ctx.published)
    if actor2 is None:
        actor2 = _speaking_side(actor1, ctx) or loser_of_taking(sub, actor1, ctx.opponent(actor1, sub),
                                                                 ctx.country, roles)
        if actor2 is None and _invades(sub, actor1, ctx.country):
            # "Russian troops captured the village" in a report that names no Ukrainian side:
            # a foreign state's forces fight the forces of the country they are in.
            actor2 = roles.role_actor(ctx.country, "military", ctx.published)
    elif actor1 is None:
        actor1 = _referred_side(sub, actor2, ctx) or _speaking_side(actor2, ctx)
        if actor1 is None:
            # The sides listed with a strike's victims are its victims too, never its author (a
            # battle's dead, listed together, are its two sides).
            listed = co_victims(ctx.text, actor2, ctx.mentions, ctx.sentence_start, ctx.sentence_end) \
                if sub in REMOTE_SUBS else frozenset()
            unlisted = replace(ctx, mentions=[m for m in ctx.mentions if m.start not in listed])
            found = author_of_victims_act(sub, actor2, unlisted.opponent(actor2, sub, victims=False), ctx.text,
                                          ctx.mentions, ctx.country, roles, ctx.published, _fired_on(ctx))
            found = operation_author(found, actor2, ctx.text[ctx.sentence_start:ctx.trigger_start or ctx.trigger_end],
                                     ctx.text[ctx.trigger_end:ctx.sentence_end], ctx.country, roles, ctx.published)
            actor1 = author_of_unnamed_act(sub, found, ctx.country, roles, ctx.published)
    # A clash is fought by two armed sides: civilians are its dead, not a side.
    actor1, actor2 = armed_sides(sub, actor1, actor2, lambda side: ctx.opponent(side, sub))
    return sub, actor1, actor2


def _fired_on(ctx: EventContext) -> bool:
    """Whether the event's trigger says its subject returned fire ("the soldiers returned fire")."""
    return ctx.trigger_start is not None and \
        RETURNED_FIRE.fullmatch(ctx.text, ctx.trigger_start, ctx.trigger_end) is not None


def _holder_attacked(actor1: Actor, ctx: EventContext, roles: RoleActors) -> Actor | None:
    """The state force holding the installation the event is aimed at, unless it is the author's
    own side. Its country is the event's place's, else a non-state author's own."""
    country = ctx.country or (actor1.country if actor1.inter in NON_STATE_GROUPS else None)
    holder = installation_holder(ctx.text, ctx.sentence_start, ctx.sentence_end,
                                 ctx.trigger_end if ctx.trigger_start is None else ctx.trigger_start,
                                 ctx.trigger_end, ctx.mentions, country, roles, ctx.published)
    if holder is None or holder.id == actor1.id or related(actor1, holder):
        return None
    return holder


def _harmed_no_one(actor2: Actor | None, ctx: EventContext) -> bool:
    """Whether a strike with no armed target harmed no one: its sentence says so, or tells energy
    works hit and names no people (civilians it leaves unnamed come from the event told before)."""
    if actor2 is not None and actor2.inter != ActorCategory.CIVILIANS:
        return False
    sentence = ctx.text[ctx.sentence_start:ctx.sentence_end]
    if says_no_harm(sentence):
        return True
    named = actor2 is not None and any(ctx.sentence_start <= m.start < ctx.sentence_end and m.value == actor2
                                       for m in ctx.mentions)
    # "Missiles struck a bridge. Two workers were killed.": the sentence right after tells its toll.
    after = next((ctx.text[s:e] for s, e in ctx.sentences if s >= ctx.sentence_end), "")
    toll_after = HARM_TOLD.search(after) and not (says_no_harm(after) or OTHER_INCIDENT.match(after))
    return not named and hits_works_only(sentence) and not toll_after


def _referred_side(sub: str, named: Actor | None, ctx: EventContext) -> Actor | None:
    """The side facing `named` in the event the sentence refers back to ("During the battle, ten
    militants died": the militants' enemy in the battle told before)."""
    if named is None or ctx.referent is None or not ctx.referent.fits(SUB_EVENT_TYPES[sub]):
        return None
    return ctx.referent.other_side(named)


def _riotous(text: str) -> bool:
    """Whether a report tells of rioting, by name or by a crowd's violent act."""
    return bool(RIOT_REPORT.search(text) or CROWD_VIOLENCE.search(text))


def _speaking_side(actor: Actor | None, ctx: EventContext) -> Actor | None:
    """The armed force that tells of the event in its own sentence, when the sentence names one
    side only: "Azerbaijani units violated the ceasefire, the Karabakh army said" (the teller was
    fired on). A government's officials tell of others' acts, so only forces count; and a force
    telling of harm to civilians is not taken for its author."""
    if actor is not None and actor.inter in NON_COMBATANTS:
        return None
    for m in ctx.mentions:
        teller = m.value
        if (ctx.sentence_start <= m.start < ctx.sentence_end and isinstance(teller, Actor)
                and teller.inter not in NON_COMBATANTS and not teller.name.startswith(GOVERNMENT_PREFIX)
                and (actor is None or not related(actor, teller)) and is_source(ctx.text, ctx.sentence_start, m)):
            return teller
    return None


def _targets_people(sub: str, ctx: EventContext) -> bool:
    """Whether the sentence aims the event at people or at where they live."""
    text, start, end = ctx.text, ctx.sentence_start, ctx.sentence_end
    return bool(CIVILIAN_VICTIMS.search(text, start, end)
                or POPULATED_TARGET.match(text, ctx.trigger_end, end)
                or PUBLIC_PLACE_HIT.search(text, start, end)
                or aims_at_displacement_camp(text, start, end, ctx.trigger_start or ctx.trigger_end, ctx.trigger_end)
                or (sub in REMOTE_SUBS and POPULATED_AHEAD.match(text, ctx.trigger_end, end)))


def _invades(sub: str, actor: Actor | None, country: str | None) -> bool:
    """Whether a state's forces fight a battle in another country than their own."""
    return (SUB_EVENT_TYPES[sub] is EventType.BATTLES and actor is not None and country is not None
            and actor.inter in (ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER)
            and actor.country is not None and actor.country != country)


def _force_facing_riot(ctx: EventContext) -> Actor | None:
    """The first state force or mission named, not as a source, in the riot's sentence or the next."""
    spans = [span for span in ctx.sentences if span[1] > ctx.sentence_start][:RIOT_OPPONENT_SENTENCES + 1] \
        or [(ctx.sentence_start, ctx.sentence_end)]
    for start, end in spans:
        for m in ctx.mentions:
            actor = m.value
            if (start <= m.start < end and isinstance(actor, Actor) and actor.inter in RIOT_OPPONENTS
                    and not is_source(ctx.text, start, m)):
                return actor
    return None
