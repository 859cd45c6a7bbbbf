"""Code a candidate event's sub-event type from its trigger families, sides and place.

The codebook's rules where word choice alone does not decide:
- an attack on unarmed civilians is Violence against civilians, on an armed side a Battle;
- who took a place from whom decides Government regains territory (state forces of that
  country or militias fighting with them) versus Non-state actor overtakes territory (anyone
  else, foreign armies included);
- "captured" people are Arrests, a "captured" place is territory, "seized" arms a Disrupted
  weapons use (by state forces); "freed" people are released, a "freed" place is territory;
- people "killed in clashes" died in a battle; "resisted arrest" and "intercepted" with no
  weapon stopped state no arrest and no interception;
- protesters met by force are Protest with intervention, or Excessive force when fired on;
  a protest that clashes or attacks is a riot (Violent demonstration);
- a crowd of civilians (villagers, residents, a mob) that kills or burns commits Mob violence;
- "entered" a place is a battle unless a capture is stated; a place taken without fighting is
  a Non-violent transfer of territory, and so is one taken after the other side's exit;
- arms recovered by security forces are a Disrupted weapons use;
- a ceasefire named as violated or still sought is no Agreement.
"""
from __future__ import annotations

import re

from sitrep.events.aircraft import AIRCRAFT_FIRED_ON, CRASH_FORMS
from sitrep.events.crowds import (
    CROWD_NOUNS,
    EXCESSIVE_FORCE,
    PROTEST_FIGHT,
    PROTESTER_NOUNS,
    crowd_fights_force,
    force_at_protest,
    force_moved_crowd,
    lethal_force_on_crowd,
)
from sitrep.events.property import BURNED_PROPERTY, PROPERTY_SUB
from sitrep.events.sides import AIRCRAFT_LOST
from sitrep.events.targets import HARM_TOLD
from sitrep.events.territory import ActorLookup, is_state_of, territory_type
from sitrep.events.triggers import BARE_BOMBING_FORMS, TriggerHit
from sitrep.model import Actor, ActorCategory, Place

#: After a capture verb, a person object means an arrest: "captured five fighters". Not the side
#: a place was taken from: "liberated from terrorists", "recaptured them from IS militants".
PERSON_OBJECT = re.compile(
    r"^\s*(?:(?!(?:from|by|after|amid|with)\b)\w+\s+){0,3}?(?:fighters?|militants?|members?|militiamen|men|jihadists?|terrorists?|"
    r"suspects?|soldiers?|commanders?|leaders?|people|civilians|prisoners|insurgents|rebels|"
    r"operatives?|cells?|individuals|persons|women|children|officers?)\b", re.I)
#: After a capture verb, a place object: "captured the town of", "seized the village".
PLACE_OBJECT = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:towns?|village|villages|city|cities|areas?|bases?|hill|hills|districts?|airport|"
    r"positions?|checkpoints?|neighbou?rhoods?|quarters?|settlements?|outposts?|stronghold|territory|bridge|dam|"
    r"field|crossing|station|region|island|headquarters|strip)\b", re.I)
#: After a capture verb, arms: "seized weapons", "captured a cache of ammunition" (no place taken).
WEAPON_OBJECT = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:weapons?|weaponry|arms|ammunition|munitions|rifles|guns|"
                           r"explosives|cache)\b", re.I)
#: After a capture verb, materiel or goods: "captured armoured vehicles, trucks and tankers", "seized
#: two pick-ups", "seized a shipment of drones", "seized 200 kg of cocaine" (no place taken; the fight
#: it was taken in, if told, is the event).
MATERIEL_OBJECT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:vehicles?|trucks?|tanks|tankers?|pick-?ups?|equipment|"
                             r"materiel|boats?|motorcycles?|cars|drones|shipments?|consignments?|cargo|contraband|"
                             r"drugs|narcotics|cocaine|heroin|kg|kilo(?:gram)?s|tonnes|tons)\b", re.I)
#: A capture participle used as an adjective names the place, no act: "in the liberated village of",
#: "the recently recaptured town" (not "the army liberated the village": a subject stands between).
PLACE_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|newly|recently)\s+(?:\w+ly\s+)?$", re.I)
#: Participle endings: the adjective reading needs one ("the liberated village"); a noun after a
#: determiner is the act itself ("the capture of specific settlements").
PARTICIPLE_ENDINGS = ("ed", "en")
#: People handed into custody, no place: "all eight were handed over to the police", "handed over to
#: the authorities" (not "handed over the town to the army": a place follows the verb).
CUSTODY_AFTER = re.compile(r"^\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:police|authorities|prosecutors?|courts?|judiciary|"
                           r"investigators|families|relatives|red cross|icrc)\b", re.I)
#: Territory forms whose people are those driven out: "the villages were cleared of terrorists".
CLEARING_FORMS = frozenset({"cleared of", "were cleared", "was cleared"})
#: Capture verbs that release people when their object is people: "freed the hostages".
RELEASE_FORMS = frozenset({"freed", "liberated"})
#: People driven out of a place: "chased the militants out of Hajin" is territory, not arrests.
DRIVEN_OUT = re.compile(r"^\s*(?:\S+\s+){0,5}?out\s+of\b", re.I)
#: Where an expulsion verb names the place: "out of Hajin", "from Hajin".
EXPELLED_FROM = re.compile(r"^\s*(?:\S+\s+){0,5}?(?:out\s+of|from)\b", re.I)
#: Verbs that take a place only through "out of"/"from": "chased X out of Y", "expelled X from Y".
EXPULSION_FORMS = frozenset({"chased", "expelled"})
#: Verbs that take a place only through "out of": "drove them out of Bama", "pushed the rebels out
#: of the town", "after having thrown the militants out of the airport" (not "drove from Kabul to
#: Jalalabad", "pushed for talks", "threw a grenade").
OUT_OF_FORMS = frozenset({"drove", "pushed", "threw", "thrown"})
#: The people an expulsion verb drives out are civilians: a displacement, not a place taken from
#: an armed side ("drove thousands of residents out of their homes", "expelled families from Y").
DISPLACED_OBJECT = re.compile(r"^\s*(?:\S+\s+){0,4}?(?:civilians|residents|families|villagers|inhabitants|"
                              r"people|farmers|herders|refugees|migrants)\b", re.I)
#: A place taken with no fight: "peacefully took control of", "entered the town unopposed",
#: "without firing a shot" (the codebook's Non-violent transfer of territory).
WITHOUT_FIGHTING = re.compile(r"\b(?:peacefully|unopposed|without (?:offering |putting up |meeting )?(?:a |any )?"
                              r"(?:fight(?:ing)?|resistance|"
                              r"firing a (?:single )?shot|a shot (?:being )?fired|bloodshed|clashes|combat))\b", re.I)
#: The losing side told as gone before the place was taken: "declared the towns clear after the
#: exit of all terrorists", "the troops had all left by Friday, before the rebels took control"
#: (the codebook's Non-violent transfer: a side withdraws and another moves in), "took over the
#: base after government troops withdrew", "moved in as the rebels pulled out". Not a toll
#: ("the fighting had left ten dead") nor a withdrawal forced in the fight ("forced them to withdraw").
SIDE_DEPARTED = re.compile(r"\b(?:(?:after|following|with)\s+(?:the\s+)?(?:exit|withdrawal|evacuation|departure|"
                           r"pull-?out)\s+of"
                           r"|(?:had|have|has)\s+(?:all\s+|already\s+)?(?:withdrawn|pulled out|evacuated"
                           r"|left(?=\s*(?:[.,;]|$|\s+(?:by|before|on|at|for|the\s+(?:town|city|area|village|base)))))"
                           r"|(?:after|as|once|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:withdrew|pulled\s+out|pulled\s+back"
                           r"|vacated|abandoned)\b"
                           r")", re.I)
#: Fighting told with a capture: a side that left "following heavy fighting" was driven out, so its
#: exit makes no Non-violent transfer ("recaptured the town after the withdrawal of the insurgents
#: following heavy fighting"; not "after the exit of all terrorists", no fight told).
FIGHT_TOLD = re.compile(r"\b(?:fighting|clash(?:es|ed)|battles?|firefights?|gunfights?|shootouts?|fierce)\b", re.I)
#: A capture joined to the assault that won it: "attacked and taken over the junta's camp", "stormed
#: and captured the base" (fought for, whatever else the sentence says was left without a fight).
ASSAULTED_AND = re.compile(r"\b(?:attacked|stormed|assaulted|overran|raided|besieged)\s+and\s+(?:then\s+|later\s+)?$",
                           re.I)
#: Force met by protesters: dispersal and arrests, or live fire.
INTERVENTION = re.compile(r"\b(?:dispersed|disperse|tear ?gas|water cannon|rubber bullets|arrested|detained|"
                          r"baton|beat)\w*", re.I)
#: A crowd that suffers the act told right after it: "crowds were also fired on", "demonstrators
#: were shot", "the crowd was beaten"; not "the crowd beat a guard" (the crowd acts) nor "crowds
#: gathered". People gathered in a crowd that force is used on are a protest's crowd.
CROWD_VICTIM = re.compile(rf"\b{CROWD_NOUNS}\s+"
                          r"(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+ly\s+|also\s+)?$", re.I)
#: A shot fired into a crowd: lethal force whoever died ("were fired on", "were shot at").
FIRED_ON = re.compile(r"\b(?:fired (?:on|at|upon|into)|shot|gunfire)\b", re.I)
#: A crowd in the sentence: then "stormed", "torched" tell a riot, even with police present.
CROWD_WORDS = re.compile(r"\b(?:riot(?:ers?|ing|s)?|protest\w*|demonstrat\w+|crowds?|mobs?)\b", re.I)
RIOT_CUES = re.compile(r"\b(?:stormed|torched|set fire|hurled|threw stones|pelted|clashed with police|"
                       r"looted|vandali[sz]ed|burned|molotov|invaded|broke into|forced their way|smashed)\b", re.I)
#: Protesters as a noun phrase: "the peaceful marchers", "dozens of student demonstrators".
PROTESTERS_PHRASE = (r"(?:(?:the|a|an|some|several|dozens|hundreds|thousands|group|crowds?|of|"
                     r"peaceful|unarmed|student|young|anti-[\w-]+)\s+){0,4}"
                     rf"{PROTESTER_NOUNS}\b")
#: Protesters as the object of a verb of force: "attacked protesters", "beat dozens of
#: demonstrators", "fired on the peaceful marchers" (matched right after the verb).
PROTEST_OBJECT = re.compile(r"^\s*" + PROTESTERS_PHRASE, re.I)
#: A verb of force aimed at protesters anywhere in the sentence: "police attacked protesters"; or
#: one that removes them from where they gathered: "ousted the protesters from the avenue", "drove
#: back the demonstrators", "cleared protesters from the square".
FORCE_ON_PROTESTERS = re.compile(r"\b(?:attacked|assaulted|beat|beaten|charged|fired (?:on|at)|shot at|ousted|"
                                 r"evicted|expelled|chased|cleared|removed|(?:drove|pushed|forced)(?:\s+back)?)\s+"
                                 + PROTESTERS_PHRASE, re.I)
#: Protesters fired on, told in the passive: "crowds were also fired on", "two demonstrators were shot
#: dead", "protesters have been shot at" (force on a protest, whatever trigger the sentence has).
#: Not "protesters shot at police" (active: a riot), "crowds were dispersed" (no fire).
#: Also a second passive joined to the first: "20 protesters have been arrested and one shot by police",
#: "demonstrators were beaten and several shot" (not "protesters were arrested and released").
PROTESTERS_FIRED_ON = re.compile(rf"\b{CROWD_NOUNS}\s+(?:\w+\s+){{0,2}}?"
                                 r"(?:were|was|been|being)\s+(?:(?:also|again|then|later|\w+ly)\s+)?"
                                 r"(?:\w+\s+and\s+(?:\w+\s+){0,2}?)?(?:fired\s+(?:on|at|upon)|shot)\b",
                                 re.IGNORECASE)
#: Families whose trigger, in a sentence telling of protesters fired on, is that force.
FIRE_ON_CROWD_FAMILIES = frozenset({"attack", "clash", "kill", "riot"})
#: An act a person is accused of is the charge of an arrest, not an act told as happening here:
#: "an employee suspected of launching missiles was detained", "accused of planting bombs", "police
#: charged two men with the killing of", "arrested in connection with the attack on"; not "charged
#: the crowd with batons and killed" (words between "with" and the act: a means, not a charge).
ACCUSED_OF = re.compile(r"\b(?:(?:suspected|accused|charged|convicted|guilty)\s+(?:of|with)\s+(?:[\w-]+\s+){0,3}|"
                        r"charged\s+(?:[\w-]+\s+){1,3}?with\s+(?:the\s+|a\s+|an\s+)?|"
                        r"in\s+connection\s+with\s+(?:the\s+|a\s+|an\s+)?)$", re.IGNORECASE)
#: Protesters doing the attacking: "demonstrators attacked a police station", "the crowd beat a guard".
CROWD_ATTACKS = re.compile(rf"\b{CROWD_NOUNS}\s+(?:\w+\s+){{0,2}}?"
                           r"(?:attacked|assaulted|beat|stoned)\b", re.I)
#: A ceasefire named as broken, not agreed: "continued to violate the ceasefire", "despite the
#: truce", "a ceasefire violation" (the fighting is the event; its own trigger codes it).
TRUCE_FORMS = frozenset({"ceasefire", "cease-fire", "truce"})
TRUCE_BROKEN_BEFORE = re.compile(r"\b(?:violat\w*|breach\w*|broke|breaking|broken|despite|defied|defying)\s+"
                                 r"(?:(?:the|a|an|this|that|its|their|fragile|shaky|\w+-brokered)\s+){0,2}$", re.I)
TRUCE_BROKEN_AFTER = re.compile(r"\s*(?:violations?|breach(?:es)?|regime violations?)\b", re.I)
#: A ceasefire still sought: "stepped in to broker a truce", "called for a ceasefire".
TRUCE_SOUGHT_BEFORE = re.compile(r"\b(?:broker|achiev\w*|seek\w*|sought|push\w* for|call\w* for|urg\w*|"
                                 r"propos\w*|negotiat\w*|demand\w*|talks on|hopes? (?:of|for))\s+"
                                 r"(?:(?:a|an|the|new|lasting|immediate|permanent|humanitarian)\s+){0,2}$", re.I)
#: A death told as a fight's toll: "were killed in clashes", "died during heavy fighting", "killed
#: in overnight fighting between armed groups" (a battle, not an attack on the dead). Not
#: "killed in an ambush" nor "killed in the attack" (those acts have their own codes).
KILLED_IN_FIGHT = re.compile(r"^\s*(?:[\w,]+\s+){0,3}?(?:in|during|amid)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:clash(?:es)?|fighting|battles?|gun\s?fights?|fire\s?fights?|shoot-?outs?|"
                             r"gun battles?|exchanges? of (?:gun)?fire|skirmish(?:es)?|combat)\b", re.I)
#: An arrest that was not made: "resisted arrest", "evading arrest", "attempted to arrest".
ARREST_NOT_MADE = re.compile(r"\b(?:resist(?:ed|ing)?|evad(?:e|ed|ing)|avoid(?:ed|ing)?|escap(?:e|ed|ing)|"
                             r"dodg(?:e|ed|ing)|attempt(?:ed|ing|s)?\s+to)\s+$", re.I)
#: Interception forms that need a weapon or aircraft to have been stopped; what else is
#: "intercepted" (a motorcyclist, a convoy of men) is the start of another act, coded by its word.
INTERCEPT_FORMS = frozenset({"intercepted", "interception"})
INTERCEPTED_THING = re.compile(r"\b(?:missiles?|rockets?|drones?|uavs?|shaheds?|projectiles?|shells?|weapons?|"
                               r"arms|ammunition|munitions|explosives?|bombs?|ieds?|aircraft|planes?|jets?|"
                               r"helicopters?|cache|consignment|shipment)\b", re.I)
#: Forms that tell a thing destroyed in the air over a place ("fifteen drones were destroyed over
#: the region"), not over a span of time ("destroyed over the weekend"): `OVER_A_SPAN`.
AIRBORNE_FORMS = frozenset({"destroyed over", "destroyed above"})
#: A span of time after "over": "over the weekend", "over the past week", "over two days", "over
#: the course of the war". Not "over the southern region", "over Kyiv".
OVER_A_SPAN = re.compile(r"^\s*(?:the\s+)?(?:(?:past|last|next|previous|following|same|coming)\b|weekend|night|"
                         r"course\s+of|period|years?\b|months?\b|weeks?\b|days?\b|decades?\b|hours?\b|\d)", re.I)
#: The recovery family's forms disrupt weapons use only when arms are what was taken, by state forces: "a cache of
#: arms was recovered by the joint forces", "weaponry was confiscated" (not "bodies were recovered",
#: "he recovered from his wounds", "recovered the town").
ARMS_TAKEN = re.compile(r"\b(?:weapons?|weaponry|arms|ammunition|munitions|rifles?|guns?|pistols?|explosives?|"
                        r"cache|rounds|grenades|ieds?)\b", re.I)
#: Bare burning words, an act of arson only with goods burned right after them
#: (`property.BURNED_PROPERTY`): "burned a car", "burnt several homes".
BURN_FORMS = frozenset({"burned", "burnt"})
#: A generic air form that a report also uses for bombardment from the ground: "bombed the
#: positions with rockets" is shelling when the sentence names a ground weapon and no aircraft.
GENERIC_AIR_FORMS = frozenset({"bombed"})
AIRBORNE = re.compile(r"\b(?:warplanes?|aircraft|jets?|helicopters?|drones?|uavs?|planes?|air\s?strikes?|"
                      r"air force|aerial)\b", re.I)
#: Aircraft put to a use other than fire: "security forces pressed drones into service to trace the
#: militants", "helicopters were utilized to support the operation", "used a helicopter to monitor the
#: protest site" (no strike; not "drones were used to bomb the village").
GEAR_USE = re.compile(r"\b(?:used|utili[sz]ed|deployed|employed|(?:pressed|put)\b[^.;]{0,30}?\binto\s+service)\b"
                      r"[^.;]{0,60}?\bto\s+(?:trace|track|monitor|locate|search|surveil|support|transport|evacuate|"
                      r"ferry|patrol|observe|spot|watch)\b", re.I)
#: Aircraft told firing in the same sentence, so their deployment "to support" was a strike:
#: "helicopter gunships deployed to support the offensive pounded rebel positions", "drones were
#: used to support the assault, striking positions" (not "helicopters were utilized to support the
#: operation": no fire told).
AIRCRAFT_FIRE = re.compile(r"\b(?:pounded|pounding|struck|striking|bombed|bombing|bombarded|shelled|fired|firing|"
                           r"hit|hitting|targeted|targeting|attacked|attacking|raided|killing|killed)\b", re.I)
_DISASTERS = (r"(?:floods?|flooding|flash\s+floods?|landslides?|mudslides?|earthquakes?|quakes?|storms?|cyclones?|"
              r"hurricanes?|typhoons?|lightning|heatwaves?|droughts?|cholera|(?:road|traffic|car|bus)\s+(?:accidents?|crash(?:es)?))")
#: A natural disaster or an accident as the killer, right before the kill word: "floods killed
#: 12 people", "a landslide triggered by heavy rain killed five"; not "gunmen killed 12 people
#: displaced by floods" (the disaster is not the subject).
DISASTER_BEFORE = re.compile(rf"\b{_DISASTERS}\s+(?:[\w-]+\s+){{0,5}}?(?:has\s+|have\s+|had\s+)?$", re.I)
#: A death told in a disaster or an accident: "12 people were killed in a flood", "five died in
#: floods on Monday", "two died in a road accident" (not "killed in an ambush").
DISASTER_AFTER = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_DISASTERS}\b",
                            re.I)
#: Civilians acting as a crowd: "angry villagers burned ...", "a mob lynched ...".
_CROWD_WORDS = r"(?:villagers|residents|locals|mobs?|crowds?|youths|vigilantes)\b"
MOB_AGENT = re.compile(r"\b" + _CROWD_WORDS, re.I)
#: A passive trigger: "was set ablaze", "were beaten" (the agent, if any, follows "by").
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
#: The agent of a passive trigger is a civilian crowd: "... was set ablaze by some residents".
BY_MOB = re.compile(r"^[^.;]{0,40}?\bby\s+(?:an?\s+|the\s+|some\s+|angry\s+)*" + _CROWD_WORDS, re.I)
#: Families of violence a civilian crowd can commit (Mob violence when it does).
MOB_FAMILIES = frozenset({"looting", "kill", "attack", "riot"})
#: Families of one-sided force: when armed forces use it on protesters, the protest met intervention.
ONE_SIDED_FAMILIES = frozenset({"attack", "kill"})
#: Territory forms that say a side went in, not that it took the place: "entered the city amid
#: clashes" is a battle; a capture needs its own word ("took control", "captured").
ENTRY_FORMS = frozenset({"entered", "advanced into", "pushed into"})
#: An aircraft that was itself hit: "the helicopter was shot down", "the aircraft was hit by a missile".
DOWNED_AIRCRAFT = re.compile(r"\b(?:helicopter|aircraft|plane|jet|warplane|fighter jet)s?\b"
                             r"[^.;]{0,80}?\b(?:was|were)\s+"
                             r"(?:\w+ly\s+)?(?:hit|shot down|downed|struck|brought down)\b", re.I)
MANNED_AIRCRAFT = re.compile(r"\b(?:helicopter|aircraft|plane|warplane|fighter jet|jet)s?\b", re.I)
UNMANNED = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|projectiles?|shaheds?)\b", re.I)
#: An aircraft word, one or several: a crash word codes a loss only where one is named ("the
#: helicopter crashed", "one of its helicopters crashed"; not "the talks crashed").
AIRCRAFT = re.compile(r"\b(?:helicopter|aircraft|plane|jet|warplane|drone|fighter)s?\b", re.I)

#: Who bombs from the air: a bare "bombing(s)" by state forces or an international force (a
#: coalition) is an air raid, where by an insurgent it is a planted bomb (`name_bare_bombings`
#: already makes it an air strike where the report names aircraft). On gold/train, all 5 such
#: bombings by state or coalition forces are Air/drone strikes.
AIR_ARMED_CATEGORIES = frozenset({ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER})
#: How the codebook names an international coalition ("US-led Coalition", "Saudi-led Coalition"):
#: its raids are flown. On gold/train all 7 events of a coalition are Air/drone strikes.
COALITION_NAME = " Coalition"
#: The plural raid word of the attack family, and a death told as the toll of raids: "were killed
#: in raids in the Harib district", "died in coalition raids" (not "killed in the attack", nor a
#: single "raid": a coalition's special forces raid on the ground).
RAID_FORMS = frozenset({"raids"})
KILLED_IN_RAIDS = re.compile(r"^\s*(?:[\w,]+\s+){0,3}?(?:in|during|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?raids\b", re.I)
#: A coalition's raid told on the ground: its troops raid ("troops raided a compound", "coalition
#: forces raided a house") or it takes prisoners ("capturing an IS leader", "detained three").
#: Not "coalition raids hit the port" (flown).
GROUND_RAID = re.compile(r"\b(?:troops|forces|soldiers|commandos|special\s+forces)\s+(?:\w+\s+)?raid(?:ed|s)?\b|"
                         r"\b(?:captur|arrest|detain)", re.I)
#: How the codebook names a state's police ("Police Forces of <Country>"): police fly no bombers,
#: and a police side of a bombing is mostly the one that came to the scene.
POLICE_NAME = "Police Forces of"
ARMED_CATEGORIES = frozenset({ActorCategory.STATE_FORCES, ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA,
                              ActorCategory.IDENTITY_MILITIA, ActorCategory.EXTERNAL_OTHER})
#: Families of a fight told in a sentence: soldiers an armed group captures in it are its prisoners,
#: no arrest (the codebook's Arrests are made by state forces or a de facto authority; on gold/train
#: no Arrests event has a state force as actor2).
FIGHT_FAMILIES = frozenset({"attack", "clash", "kill"})
#: The arrest forms an armed group's taking of prisoners is told by ("were captured", "captured
#: alive"); "arrested" and "detained" are the state's words (police in a shootout "arrested four").
CAPTURE_WORD = "captur"
#: Kill forms that state sexual violence: the codebook's Sexual violence whoever the victims are
#: named as ("soldiers raped four women", "militiamen sexually assaulted two girls").
SEXUAL_FORMS = frozenset({"raped", "rape", "sexual violence", "sexually assaulted"})
#: Kill forms of a one-sided killing of people in the killers' hands or at their mercy ("executed
#: dozens of men", "beheaded five Christians", "massacred villagers"): no fight, an attack, even
#: where the victims are not named as civilians. Not "killed" or "shot dead" (soldiers are killed
#: in battles too).
EXECUTION_FORMS = frozenset({"executed", "beheaded", "massacred", "slaughtered", "hacked to death",
                             "burned alive"})
#: Explosion words that name no device: with a grenade told in the clause, the explosion is the
#: grenade's ("a grenade exploded in a bar", "the blast of a hand grenade"), not a planted bomb's.
GENERIC_EXPLOSION_FORMS = frozenset({"exploded", "detonated", "explosion", "explosions", "blast"})
EXPLOSIVE_FAMILY, GRENADE_FAMILY = "explosive", "grenade"
TERRITORY_FAMILIES = frozenset({"territory_gain"})
TRANSFER_FAMILIES = frozenset({"withdrawal"})
REMOTE_FAMILIES = frozenset({"air", "shelling", "explosive", "suicide", "grenade", "chemical"})


def is_civilian(actor: Actor | None) -> bool:
    return actor is not None and actor.inter == ActorCategory.CIVILIANS


def is_protester(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in (ActorCategory.PROTESTERS, ActorCategory.RIOTERS)


def is_coalition(actor: Actor | None) -> bool:
    """An international coalition, named as the codebook names one ("Saudi-led Coalition")."""
    return actor is not None and actor.name.endswith(COALITION_NAME)


def is_armed_side(actor: Actor | None) -> bool:
    """An organised armed actor: state forces, rebels, militias, foreign forces (not crowds)."""
    return actor is not None and actor.inter in ARMED_CATEGORIES


def _force_met_crowd(family: str, sentence: str, before_trigger: str) -> str | None:
    """The protest type of a sentence that tells a crowd suffering force, in the passive: no mob,
    no riot, since the crowd did not act. Fired on anywhere in the sentence ("crowds were also
    fired on", whatever trigger the sentence has) is excessive force; a crowd made the victim of
    the trigger itself ("demonstrators were beaten") is an intervention unless lethal force is
    told."""
    if family in FIRE_ON_CROWD_FAMILIES and PROTESTERS_FIRED_ON.search(sentence):
        return "Excessive force against protesters"
    if family in ONE_SIDED_FAMILIES and CROWD_VICTIM.search(before_trigger):
        lethal = EXCESSIVE_FORCE.search(sentence) or FIRED_ON.search(sentence)
        return "Excessive force against protesters" if lethal else "Protest with intervention"
    return None


def choose_sub_event_type(hit: TriggerHit, families: set[str], sentence: str, after_trigger: str,
                          actor1: Actor | None, actor2: Actor | None, assoc1: tuple[Actor, ...],
                          place: Place | None, ontology: ActorLookup | None = None) -> str | None:
    """The sub-event type for a trigger in its sentence, or None when no event fits; `ontology`
    tells which militias fight for a state."""
    family = hit.top.id
    if family == "looting" and hit.form.lower() in BURN_FORMS \
            and not (is_armed_side(actor1) and BURNED_PROPERTY.match(after_trigger)):
        # "burned to death", "burned-out cars", "burned the flag": no goods set on fire; a crowd that
        # burns cars riots, which its own noun tells ("protesters burned cars").
        return None
    if family == "recovery":
        # Arms taken by state forces; anything else recovered (bodies, a town, health) is no event.
        # An agent left unsaid is the security forces that report such finds.
        by_state = actor1 is None or is_state_of(actor1, None)
        if families - {"recovery"}:
            return None  # "recovered spent rounds after gunmen shot dead two traders": the act is the other one
        return "Disrupted weapons use" if ARMS_TAKEN.search(sentence) and by_state else None
    if family == "intercept" and hit.form in AIRBORNE_FORMS and OVER_A_SPAN.match(after_trigger):
        return None  # "homes destroyed over the weekend": a span of time, nothing stopped in the air
    if family == "intercept" and hit.form in INTERCEPT_FORMS and not INTERCEPTED_THING.search(sentence):
        return None  # "he was intercepted and shot": no weapon stopped; the shooting codes the event
    if family == "intercept" and MANNED_AIRCRAFT.search(sentence) and not UNMANNED.search(sentence):
        return "Armed clash"  # house rule: a manned aircraft shot down by ground fire is a battle
    before_trigger = sentence[:max(0, len(sentence) - len(after_trigger) - (hit.end - hit.start))]
    if ACCUSED_OF.search(before_trigger):
        return None  # "suspected of launching missiles": the arrest, not the charge, is the event
    remote = [f for f in hit.families if f.id in REMOTE_FAMILIES]
    if family in {"attack", "clash", "kill"} and families & REMOTE_FAMILIES:
        # "An attack ... with drones": the instrument elsewhere in the sentence fixes the type.
        return None  # the instrument's own trigger yields the event
    if remote:
        strongest = max(remote, key=lambda f: f.priority)
        if strongest.id == EXPLOSIVE_FAMILY and hit.form in GENERIC_EXPLOSION_FORMS and GRENADE_FAMILY in families:
            return "Grenade"  # "a hand grenade exploded at a bus station": the device, not the verb, says which
        if family == "air" and (MANNED_AIRCRAFT.search(hit.form) or UNMANNED.search(hit.form)) \
                and GEAR_USE.search(sentence) and not AIRCRAFT_FIRE.search(sentence):
            return None  # "drones were deployed to trace the militants": surveillance, no strike
        if UNMANNED.search(hit.form) and "intercept" in families:
            return None  # "33 drones were shot down": the weapon stopped codes the clause, no strike
        if family == "air" and DOWNED_AIRCRAFT.search(sentence):
            # House rule: an aircraft shot down by ground fire is a battle, not an air strike.
            return "Armed clash"
        if family == "air" and AIRCRAFT_LOST.search(sentence):
            # An aircraft lost is no strike of its own: its crash word or the fire that downed it
            # codes the event.
            return None
        if family == "air" and hit.form in GENERIC_AIR_FORMS and "shelling" in families \
                and not AIRBORNE.search(sentence):
            return "Shelling/artillery/missile attack"  # "bombed the positions with rockets"
        if hit.form in BARE_BOMBING_FORMS and strongest.id == "explosive" \
                and actor1 is not None and actor1.inter in AIR_ARMED_CATEGORIES \
                and not actor1.name.startswith(POLICE_NAME):
            return "Air/drone strike"  # "surgical bombings on Baghouz" by an army: from the air
        return strongest.sub_event_type
    if family == "agreement" and hit.form in TRUCE_FORMS and (
            TRUCE_BROKEN_BEFORE.search(before_trigger) or TRUCE_BROKEN_AFTER.match(after_trigger)
            or TRUCE_SOUGHT_BEFORE.search(before_trigger)):
        return None  # a broken or hoped-for ceasefire: no agreement happened here
    if family == "arrest" and ARREST_NOT_MADE.search(before_trigger):
        return None  # "resisted arrest": nobody was arrested
    if family == "arrest" and CAPTURE_WORD in hit.form and families & FIGHT_FAMILIES and is_armed_side(actor1) \
            and not is_state_of(actor1, None) and is_state_of(actor2, None):
        return None  # soldiers "captured during a raid" by an armed group: its fight is the event
    met = _force_met_crowd(family, sentence, before_trigger)
    if met is not None:
        return met
    if family == "kill" and (DISASTER_BEFORE.search(before_trigger) or DISASTER_AFTER.match(after_trigger)):
        return None  # "floods killed 12 people": no political violence
    if family == "kill" and AIRCRAFT_LOST.search(sentence) and not DOWNED_AIRCRAFT.search(sentence):
        return None  # "a plane crashed, killing 15 on board": the crash's toll, no attack
    if family in MOB_FAMILIES and _mob_acts(before_trigger, after_trigger, actor1):
        return "Mob violence"
    if family in TERRITORY_FAMILIES | TRANSFER_FAMILIES and CUSTODY_AFTER.match(after_trigger):
        return None  # "were handed over to the police": custody of people changed, no place
    if family in TERRITORY_FAMILIES:
        if hit.form.endswith(PARTICIPLE_ENDINGS) and PLACE_ADJECTIVE_BEFORE.search(before_trigger) \
                and PLACE_OBJECT.match(after_trigger):
            return None  # "the liberated village of X": the place's name, told after its capture
        if hit.form in ENTRY_FORMS:
            return "Armed clash"
        if hit.form == "freed" and not PLACE_OBJECT.search(after_trigger):
            return None  # "three hostages were freed": a release, not a place taken
        if hit.form in EXPULSION_FORMS and not EXPELLED_FROM.search(after_trigger) \
                or hit.form in OUT_OF_FORMS and not DRIVEN_OUT.search(after_trigger):
            return None  # "chased them away", "expelled the ambassador": no place changed hands
        if hit.form in EXPULSION_FORMS | OUT_OF_FORMS and DISPLACED_OBJECT.search(after_trigger):
            return None  # civilians driven from their homes: no side lost the place
        if WEAPON_OBJECT.search(after_trigger) and not PLACE_OBJECT.search(after_trigger):
            # Arms taken, no place: state forces disrupt weapons use; anyone else's grab is no event.
            return "Disrupted weapons use" if is_state_of(actor1, None) else None
        if MATERIEL_OBJECT.match(after_trigger) and not PLACE_OBJECT.match(after_trigger):
            return None  # "captured armoured vehicles during the battles": no place changed hands
        if PERSON_OBJECT.search(after_trigger) and not PLACE_OBJECT.search(after_trigger) \
                and not DRIVEN_OUT.search(after_trigger) \
                and hit.form not in CLEARING_FORMS | EXPULSION_FORMS:  # those named the place they left
            return None if hit.form in RELEASE_FORMS else "Arrests"
        departed = SIDE_DEPARTED.search(sentence) and not FIGHT_TOLD.search(sentence)
        if not ASSAULTED_AND.search(before_trigger) and (WITHOUT_FIGHTING.search(sentence) or departed):
            return "Non-violent transfer of territory"
        if place is None or not place.name:
            return "Armed clash"
        return territory_type(actor1, assoc1, place, ontology)
    if family == "protest":
        if PROTEST_FIGHT.search(sentence) or CROWD_ATTACKS.search(sentence):
            return "Violent demonstration"
        if lethal_force_on_crowd(sentence):
            return "Excessive force against protesters"
        if RIOT_CUES.search(sentence):
            return "Violent demonstration"
        if INTERVENTION.search(sentence) or force_moved_crowd(FORCE_ON_PROTESTERS.search(sentence), sentence):
            return "Protest with intervention"
        return "Peaceful protest"
    if family == "riot" and not (is_armed_side(actor1) and not CROWD_WORDS.search(sentence)):
        return "Violent demonstration"
    if family == "surrender" and AIRCRAFT.search(sentence) is None and "crash" in sentence.lower():
        return None
    if family == "surrender" and hit.form in CRASH_FORMS and AIRCRAFT_FIRED_ON.search(sentence):
        # Hostile fire told: no loss by accident (Other). The fire's own word ("shot down") codes
        # the battle of the house rule; a claim that it was "damaged" alone codes nothing.
        return None
    if is_coalition(actor1) and not GROUND_RAID.search(sentence) and (
            family == "attack" and hit.form in RAID_FORMS or family == "kill" and KILLED_IN_RAIDS.match(after_trigger)):
        return "Air/drone strike"  # "the Houthis were killed in raids" by a coalition: air raids
    if family == "riot" and is_armed_side(actor1) and BURNED_PROPERTY.match(after_trigger) \
            and not HARM_TOLD.search(sentence):
        return PROPERTY_SUB  # "fighters torched shops", no one hurt: property destroyed, no fight
    if family in {"attack", "clash", "kill", "riot"}:
        # An armed group that "stormed" or "torched" a place attacks it: no crowd riots.
        if is_protester(actor2) and EXCESSIVE_FORCE.search(sentence):
            return "Excessive force against protesters"
        if family in ONE_SIDED_FAMILIES and (PROTEST_OBJECT.match(after_trigger) or (
                is_armed_side(actor1) and actor2 is not None and actor2.inter == ActorCategory.PROTESTERS)):
            # "Police attacked the protesters": force met a protest, the crowd did not riot.
            return "Excessive force against protesters" if EXCESSIVE_FORCE.search(sentence) \
                else "Protest with intervention"
        at_protest = force_at_protest(actor1, actor2, sentence) if family in ONE_SIDED_FAMILIES else None
        if at_protest is not None:
            return at_protest  # "security forces shot dead three people during the protests"
        if is_protester(actor1) or is_protester(actor2) \
                or (family == "clash" and crowd_fights_force(actor1, actor2, sentence)):
            return "Violent demonstration"  # protesters, or students or residents, in a fight are rioters
        if family == "kill" and KILLED_IN_FIGHT.match(after_trigger):
            return "Armed clash"  # "were killed in clashes": the fight is the event
        if family == "kill" and hit.form in SEXUAL_FORMS:
            return "Sexual violence"
        if family == "kill" and hit.form in EXECUTION_FORMS and is_armed_side(actor1) \
                and (actor2 is None or is_civilian(actor2)):
            return "Attack"  # "militants beheaded five Christians": nobody fought back
        if family == "clash" and (actor1 is None or is_civilian(actor1)):
            return "Armed clash"  # "clashes were reported": a fight has armed sides, whoever is named
        if is_civilian(actor2) or (actor2 is None and is_civilian(actor1)):
            if family == "kill" and re.search(r"\b(?:raped|rape|sexual)", sentence, re.I):
                return "Sexual violence"
            return "Attack"
        return "Armed clash"
    return hit.top.sub_event_type


def _mob_acts(before_trigger: str, after_trigger: str, actor1: Actor | None) -> bool:
    """Whether a crowd of civilians, no armed group, does the violence the trigger states."""
    # A crowd named as rioters ("the crowd killed the child") is the mob itself; protesters riot.
    if is_armed_side(actor1) or (actor1 is not None and actor1.inter == ActorCategory.PROTESTERS):
        return False
    if PASSIVE_BEFORE.search(before_trigger):
        return BY_MOB.match(after_trigger) is not None
    return MOB_AGENT.search(before_trigger) is not None
