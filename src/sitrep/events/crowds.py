"""Tell a protest's crowd, what it did and what a force did to it, as ACLED codes them.

- The crowd's people: "protesters", "a demonstrator", "the marchers", "crowds".
- A crowd that fights or throws things at a force riots ("threw stones at police", "launched
  fireworks at the officers"), whoever struck first (Violent demonstration).
- Lethal force is excessive force against protesters only when it is told of the crowd: a
  force is named in the sentence, or the dead or shot are the crowd's ("two protesters were
  killed"); "protesters rallied against the judge probing the blast that killed 200" tells a
  peaceful protest.
- Unarmed people who clash with a state's forces ("students clashed with police", "residents
  fought running battles with soldiers") riot: ACLED's Violent demonstration, not an attack on
  civilians nor an armed clash.
- A demonstration told again as met by force or turned violent ("Protesters gathered outside
  the governor's office. Security operatives fired teargas to disperse the protesters") is
  that sharper event: the first telling takes its type and sides.
- A state force that kills, shoots or beats people at a protest ("security forces shot dead
  three people during nationwide protests", "used gunfire to disperse a huge crowd") uses force
  on the protest: an event of the protest types, not an attack on civilians.
"""
from __future__ import annotations

import re

from sitrep.model import Actor, ActorCategory, Event

#: How sharply a telling of a demonstration states what happened: force met it, lethal force, or
#: the crowd's own violence outrank a peaceful telling of it; Mob violence is no demonstration.
DEMONSTRATION_SHARPNESS = {"Peaceful protest": 0, "Protest with intervention": 1,
                           "Excessive force against protesters": 2, "Violent demonstration": 2}
#: The nouns of a protest's people, singular or plural: "protesters", "a protestor", "demonstrators".
PROTESTER_NOUNS = r"(?:protesters?|protestors?|demonstrators?|marchers?)"
#: A protest's people or a crowd: "protesters", "the crowd".
CROWD_NOUNS = rf"(?:crowds?|{PROTESTER_NOUNS})"
#: One of the crowd's nouns as a word: "the protesters", "a crowd".
CROWD_WORD = re.compile(rf"\b{CROWD_NOUNS}\b", re.I)
#: People who gather as a crowd, and clash with a force as one: "students", "residents", "youths",
#: "supporters", "mourners", "traders"; not "civilians" (a fight's harmed as often as its side)
#: nor "villagers" (who fight as armed village guards as often).
CROWD_PEOPLE = re.compile(r"\b(?:students|residents|youths|young\s+(?:people|men)|locals|crowds?|mobs?|"
                          r"supporters|mourners|workers|traders|vendors|miners)\b", re.I)
#: A crowd's people told as armed, with guns: "armed residents", "armed youths", "youths armed with
#: rifles", "locals armed with AK-47s"; not "armed with stones" nor "the armed forces".
ARMED_CROWD = re.compile(r"\barmed\s+(?:local\s+)?(?:students|residents|youths|young\s+men|locals|villagers|"
                         r"supporters|workers|miners)\b|\barmed\s+with\s+(?:[\w-]+\s+){0,2}?(?:guns|rifles|"
                         r"firearms|AK-?47s?|automatic\s+weapons|weapons)\b", re.I)
#: What a rioting crowd throws: "stones", "petrol bombs", "Molotov cocktails", "fireworks".
THROWN = (r"(?:stones|rocks|bricks|bottles|petrol\s+bombs|molotov\s+cocktails|fireworks|pyrotechnics|"
          r"firecrackers|projectiles)")
#: Protesters in a fight: "clashes broke out", "clashed with police", "threw rocks at troops",
#: "hurling petrol bombs", "some protesters began to launch pyrotechnics at them", "fired fireworks
#: towards the officers". A protest that turns into a clash is a riot whoever struck first (ACLED's
#: Violent demonstration). Not "set off fireworks to celebrate" (aimed at no one) nor "police
#: fired tear gas" (not thrown by the crowd).
PROTEST_FIGHT = re.compile(r"\b(?:clash(?:es|ed|ing)?|scuffle[sd]?|street battles?|"
                           rf"(?:threw|throwing|hurled|hurling|lobbed|lobbing)\s+(?:\w+\s+)?{THROWN}|"
                           rf"(?:launch(?:ed|ing)?|fired|firing|shot|shooting)\s+(?:\w+\s+)?{THROWN}\s+"
                           r"(?:at|towards?)\b)", re.I)
#: Lethal force: "opened fire", "live ammunition", "gunfire", "shot dead", "killed"; not "fired
#: shots into the air" nor "tear gas".
EXCESSIVE_FORCE = re.compile(r"\b(?:opened fire|live (?:fire|ammunition|rounds)|gunfire|shot dead|killed|killing)\b",
                             re.I)
#: Lethal force told as what a protest is about, not what met it (matched on the words before the
#: lethal word): "protested after soldiers killed three villagers", "rallied against French forces
#: accused of killing civilians", "marched to remember the dozens killed by security forces",
#: "protesters demanded justice for those killed"; not "marched against the bill and police killed
#: two" (a clause of its own) nor "a curfew after security forces opened fire on protests" (the
#: protest is told after the fire).
LETHAL_AS_CAUSE = re.compile(r"\b(?:protest\w*|rall(?:y|ies|ied)|march\w*|demonstrat\w*|mourners|gathered)\b"
                             r"[^.;]{0,60}?\b(?:against|over|after|following|accused\s+of|justice\s+for|"
                             r"to\s+(?:remember|mourn|denounce|condemn|protest))\b"
                             r"(?:(?!\b(?:and|but|while|where|when)\b)[^,;.]){0,40}$", re.I)
#: A force that can use it on a crowd: "police", "riot police", "security forces", "troops",
#: "regime gunmen", "soldiers", "gendarmes"; not "the judge" nor "the explosion".
FORCE_WORDS = re.compile(r"\b(?:police\w*|officers?|security\s+(?:forces|personnel|agents|services?)|forces|"
                         r"troops|soldiers|army|military|gunmen|guards?|militia\w*|snipers?|gendarm\w*)\b", re.I)
#: How near a crowd noun must be to the lethal word for the dead to be the crowd's, with no force
#: named: "two protesters were killed" (4 characters), "killing three demonstrators" (1); a clause
#: on something else lies further ("protesters rallied against the judge investigating the blast
#: that killed 200": over 80).
CROWD_NEAR_CHARS = 40
#: A protest as where an act happened: "during nationwide protests", "at a rally", "amid
#: demonstrations", "at the sit-in", "during a general strike"; not "after the protests ended",
#: "a protest letter" nor "during the air strikes".
PROTEST_SETTING = re.compile(r"\b(?:during|at|amid|amidst)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:protests?|demonstrations?|rall(?:y|ies)|marches|sit-ins?|"
                             r"(?:general|national|nationwide|indefinite|labou?r|workers[’']?)\s+strikes?)\b", re.I)
#: A crowd being dispersed: "to disperse a huge crowd", "dispersed the protest", "dispersing
#: demonstrators", "as they broke up a demonstration"; not "the crowd dispersed" (it left by
#: itself) nor "the talks broke up".
DISPERSING = re.compile(r"\b(?:dispers(?:e|ed|ing)|br(?:eak|oke|eaking|oken)\s+up)\s+"
                        r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:crowds?|protests?|protesters|demonstrat\w+|rall(?:y|ies)|gatherings?)\b", re.I)
#: Armed people or suspects, whom lethal force at a protest may be aimed at or come from, not the
#: crowd: "gunmen", "Al-Shabaab fighters", "suspected bandits", "a robbery suspect".
ARMED_PEOPLE = (r"(?:gunmen|militants?|fighters?|insurgents?|rebels?|guerrillas?|separatists?|bandits?|"
                r"terrorists?|jihadists?|attackers?|assailants?|suspects?|robbers?|criminals?|gang\s+members?)")
#: The armed people a lethal word is aimed at, right after it: "killed two gunmen", "shot dead a
#: robbery suspect", "killed five Al-Shabaab fighters"; not "killed two protesters".
ARMED_VICTIMS_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{ARMED_PEOPLE}\b", re.I)
#: Armed people who do the lethal act, right before it: "gunmen who opened fire", "the attackers
#: opened fire"; not "police opened fire" nor "regime gunmen had opened fire" (the state's).
ARMED_DOERS_BEFORE = re.compile(rf"(?<!regime\s)(?<!government\s)(?<!state\s)\b{ARMED_PEOPLE}\s+"
                                r"(?:who\s+|that\s+|then\s+|had\s+)?$", re.I)
#: Verbs that move a crowd rather than strike it: "cleared protesters from the square", "drove back
#: the marchers"; a force's only when one is named ("buses drove protesters to the rally").
REMOVAL_VERB = re.compile(r"(?:ousted|evicted|expelled|chased|cleared|removed|drove|pushed|forced)\b", re.I)
#: Force that wounds or kills: shots and lethal words (beatings and tear gas are interventions).
SHOTS = re.compile(r"\b(?:fired (?:on|at|upon|into)|shot|gunfire|live (?:fire|ammunition|rounds))\b", re.I)


def lethal_force_on_crowd(sentence: str) -> bool:
    """Whether the sentence tells lethal force used on a crowd: a lethal word, neither aimed at
    armed people nor done by them, with a force named or with the crowd's people right beside it."""
    # Lethal force on armed people or by them ("soldiers killed two gunmen who opened fire during a
    # rally") is a fight beside the crowd, not force on it.
    lethal = [m for m in EXCESSIVE_FORCE.finditer(sentence) if not LETHAL_AS_CAUSE.search(sentence, 0, m.start())
              and not ARMED_VICTIMS_AFTER.match(sentence, m.end())
              and not ARMED_DOERS_BEFORE.search(sentence, 0, m.start())]
    if not lethal:
        return False
    if FORCE_WORDS.search(sentence):
        return True
    return any(CROWD_WORD.search(sentence, max(0, m.start() - CROWD_NEAR_CHARS), m.end() + CROWD_NEAR_CHARS)
               for m in lethal)


def force_at_protest(actor1: Actor | None, actor2: Actor | None, sentence: str) -> str | None:
    """The protest type of a state force's act on people at a protest ("security forces shot dead
    three people during the protests"), or None when the act is not one."""
    if actor1 is None or actor1.inter != ActorCategory.STATE_FORCES:
        return None  # a gang shooting at a rally attacks civilians; only the state polices a crowd
    if actor2 is not None and actor2.inter not in (ActorCategory.CIVILIANS, ActorCategory.PROTESTERS):
        return None  # "troops killed three militants during the protests": a fight, not a crowd
    if not (PROTEST_SETTING.search(sentence) or DISPERSING.search(sentence)):
        return None
    lethal = EXCESSIVE_FORCE.search(sentence) or SHOTS.search(sentence)
    return "Excessive force against protesters" if lethal else "Protest with intervention"


def sharper_demonstration(told: Event, retold: Event) -> dict[str, object]:
    """The type and sides a demonstration's record takes from a later telling of it that states
    more (force used on the crowd, or its violence); else nothing to change."""
    before = DEMONSTRATION_SHARPNESS.get(told.sub_event_type)
    after = DEMONSTRATION_SHARPNESS.get(retold.sub_event_type)
    if before is None or after is None or after <= before:
        return {}
    return {"event_type": retold.event_type, "sub_event_type": retold.sub_event_type,
            "actor1": retold.actor1, "actor2": retold.actor2, "inter1": retold.inter1, "inter2": retold.inter2}


def crowd_fights_force(actor1: Actor | None, actor2: Actor | None, sentence: str) -> bool:
    """Whether a fight's two sides are a state force and civilians the sentence names as a crowd's
    people (students, residents, youths), not as the fight's harmed ("injuring 10 civilians"), nor
    as armed ("armed residents", "youths armed with rifles": a militia's fight, no riot)."""
    sides = {a.inter for a in (actor1, actor2) if a is not None}
    return sides == {ActorCategory.CIVILIANS, ActorCategory.STATE_FORCES} \
        and CROWD_PEOPLE.search(sentence) is not None and ARMED_CROWD.search(sentence) is None


def force_moved_crowd(found: re.Match[str] | None, sentence: str) -> bool:
    """Whether a verb of force on protesters (`coding.FORCE_ON_PROTESTERS`, matched as `found`) was
    a force's: one that moves them counts only with a force named before it ("police cleared
    protesters from the square"), not "buses drove protesters to the rally" nor "the rain forced
    protesters to leave"."""
    if found is None:
        return False
    return REMOVAL_VERB.match(found.group()) is None or FORCE_WORDS.search(sentence, 0, found.start()) is not None
