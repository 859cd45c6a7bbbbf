"""The attacked side when the sentence names a thing, not a side: an installation a force holds,
or a thing no one holds as a side.

"Gunmen stormed the base", "a car bomb exploded at a checkpoint", "militants ambushed a convoy":
the sentence names no defender, yet a base, a barracks, an outpost, a checkpoint or a convoy is
a state force's. A coder names that force: the police for a police station or a checkpoint the
report calls the police's, the army otherwise, of the country the event happened in. An armed
side named within the installation's words holds it ("an ATMIS base", "a Turkish outpost"), and
so does the one it is "manned by" ("a checkpoint manned by Iraqi police"). A base the words give
to a non-state side ("a militant base", "a rebel outpost") is no state force's, and a state force
attacking a bare base attacks no force of its own.

Remote violence that harms no one has no second side: "a drone struck the oil refinery", "an
airstrike hit near the village, though residents reported no casualties". On gold/train the 4
strikes whose sentence says no one was harmed or that hit energy works name no victim (actor2
empty); a populated place struck with no harm told keeps its civilians (4 of 5), so only these
two tellings count.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.events.sides import RoleActors
from sitrep.model import Actor, ActorCategory, Mention

#: Installations a state's forces hold, and convoys they move in: "a military base", "the
#: barracks", "an army outpost", "a police checkpoint", "the checkpost", "a police station", "an
#: army convoy". Not "camp" (a displacement camp is civilians'), "headquarters" (a party's or a
#: company's) nor "post" alone (a "post" on social media, a job).
INSTALLATION = (r"(?P<inst>(?:(?:military|army|naval|air|police|security|border|forward\s+operating)\s+)?"
                r"(?:bases?|barracks|outposts?|check\s*points?|check\s*posts?|garrisons?|"
                r"police\s+(?:stations?|posts?)|army\s+posts?|military\s+(?:posts?|camps?)|convoys?))")
#: A word that links to another phrase, so the installation after it is not what the trigger hit:
#: "attacked near a checkpoint", "killed four soldiers at a base" (the soldiers were hit).
_NOT_A_LINK = (r"(?!(?:near|in|at|on|outside|close|by|from|of|to|and|with|after|before|for|while|as|when|"
               r"behind|beside|around)\b)")
#: An installation the trigger is aimed at, right after it: "stormed a military base", "an attack
#: on the El Salini base", "detonated at a checkpoint near X", "ambushed an army convoy",
#: "attacked the Niafunke outpost"; a name or a few words may stand before the noun. Not "at the
#: base of the hill" (`FIGURATIVE_BASE`), not "near a checkpoint" (where, not what, was hit).
AIMED_INSTALLATION = re.compile(
    r"\s*(?:(?:struck|hit|targeted|attacked|stormed|shelled|bombed|raided|overran|ambushed|detonated|exploded|"
    r"went\s+off|blew\s+\w+\s+up)\s+)?"
    r"(?:(?:on|at|against|into|inside|targeting|hitting|near\s+the\s+gate\s+of)\s+)?"
    rf"(?P<words>(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:{_NOT_A_LINK}[\w'’-]+\s+){{0,4}}?)"
    rf"{INSTALLATION}\b", re.I)
#: An installation the act damaged, further on in the sentence: "... hurled grenades, causing some
#: damage to the checkpost", "... the drone strike, destroying the outpost"; not "damage to
#: homes near the base" (`_NOT_A_LINK`).
DAMAGED_INSTALLATION = re.compile(
    r"[^.;]{0,80}?\b(?:damage\s+to|damaging|destroying|destroyed|damaged)\s+"
    rf"(?P<words>(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:{_NOT_A_LINK}[\w'’-]+\s+){{0,4}}?)"
    rf"{INSTALLATION}\b", re.I)
#: An installation named before a passive trigger: "the base was attacked", "a checkpoint came
#: under fire", "the convoy was ambushed".
INSTALLATION_BEFORE = re.compile(
    rf"\b(?P<words>(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?){INSTALLATION}\s+"
    r"(?:was|were|came|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:under\s+)?$", re.I)
#: Words that give an installation to a non-state side: "a militant base", "a rebel outpost", "the
#: gang's checkpoint". Not "a military base", nor a pronoun ("its base" is the army's as often as
#: the rebels').
NON_STATE_HOLDER = re.compile(r"\b(?:militants?|rebels?|insurgents?|terrorists?|jihadists?|gangs?|bandits?|"
                              r"separatists?|extremists?|guerrillas?|militias?|militiamen|cartels?)\b", re.I)
#: A capitalised word of the installation's words that may be a country's demonym: "an Israeli
#: checkpoint", "a Turkish outpost", "a Russian air base" (the country's forces hold it, wherever it is).
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
#: "the base of the hill", "at the base of operations": the word, not an installation.
FIGURATIVE_BASE = re.compile(r"\s*of\b", re.I)
#: Words that make an installation the police's: "a police checkpoint", "the police post".
POLICE_WORDS = re.compile(r"\bpolice\b", re.I)
#: The side an installation is "manned by" or "held by", right after it: "a checkpoint manned by
#: Iraqi police", "an outpost held by the army", "a base hosting US troops", "a base used by
#: coalition forces"; the first armed side named after it holds it.
MANNED_BY = re.compile(r"\s*(?:(?:manned|held|guarded|run|controlled|operated|used)\s+(?:jointly\s+)?by|"
                       r"(?:hosting|housing)(?:\s+(?:the|some|several|\d+))?)\b", re.I)
#: A checkpoint by either spelling ("checkpoint", "check post", "checkposts"): one thing.
CHECKPOINT = re.compile(r"check\s*(?:points?|posts?)", re.I)
#: A checkpoint the report gives to the police: "a police checkpoint", "the police check post".
POLICE_CHECKPOINT = re.compile(r"\bpolice\s+check\s*(?:points?|posts?)\b", re.I)
#: How far after the installation a "manned by" side may be named, in characters.
MANNED_WINDOW = 40
#: Sides that hold installations: a state's forces, or a foreign mission.
HOLDERS = frozenset({ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER})


def installation_holder(text: str, sentence_start: int, sentence_end: int, trigger_start: int,
                        trigger_end: int, mentions: list[Mention], country: str | None,
                        roles: RoleActors, on: dt.date | None) -> Actor | None:
    """The state force that holds the installation the trigger is aimed at, or None when the
    trigger is aimed at none (or at one the sentence gives to a non-state side)."""
    found = _aimed_installation(text, sentence_start, sentence_end, trigger_start, trigger_end)
    if found is None:
        return None
    start, end, noun = found
    words = text[start:end]
    if NON_STATE_HOLDER.search(words) or _manned_by_non_state(text, end, sentence_end):
        return None
    named = _named_holder(mentions, start, end) or _manned_by(text, end, sentence_end, mentions)
    if named is not None:
        return named
    role = "police" if POLICE_WORDS.search(words) or _police_installation(text, noun) else "military"
    return roles.role_actor(_demonym_country(words, roles) or country, role, on)


def _demonym_country(words: str, roles: RoleActors) -> str | None:
    """The country a demonym in the installation's words gives it to ("an Israeli checkpoint")."""
    for word in CAPITALISED_WORD.findall(words):
        found = roles.country_of(word)
        if found:
            return found
    return None


def _manned_by_non_state(text: str, end: int, sentence_end: int) -> bool:
    """Whether the installation is said to be "used by" or "manned by" a non-state side ("a base
    used by Iran-backed militias"): no state force holds it."""
    manned = MANNED_BY.match(text, end, sentence_end)
    return manned is not None and NON_STATE_HOLDER.search(text, manned.end(),
                                                         min(sentence_end, manned.end() + MANNED_WINDOW)) is not None


def _aimed_installation(text: str, sentence_start: int, sentence_end: int, trigger_start: int,
                        trigger_end: int) -> tuple[int, int, str] | None:
    """The span of the installation phrase the trigger is aimed at (after it, or before a
    passive), and its noun."""
    after = AIMED_INSTALLATION.match(text, trigger_end, sentence_end) \
        or DAMAGED_INSTALLATION.match(text, trigger_end, sentence_end)
    if after is not None and not FIGURATIVE_BASE.match(text, after.end(), sentence_end):
        return after.start("words"), after.end(), after.group("inst")
    before = INSTALLATION_BEFORE.search(text[sentence_start:trigger_start])
    if before is not None:
        return (sentence_start + before.start("words"), sentence_start + before.end("inst"),
                before.group("inst"))
    return None


def _named_holder(mentions: list[Mention], start: int, end: int) -> Actor | None:
    """An armed side named within the installation's words ("an African Union military base")."""
    for m in mentions:
        actor = m.value
        if start <= m.start and m.end <= end and isinstance(actor, Actor) and actor.inter in HOLDERS:
            return actor
    return None


def _manned_by(text: str, end: int, sentence_end: int, mentions: list[Mention]) -> Actor | None:
    """The first armed side an installation is said to be "manned by" right after it."""
    rest = text[end:sentence_end]
    manned = MANNED_BY.match(rest)
    if manned is None:
        return None
    limit = end + manned.end() + MANNED_WINDOW
    for m in sorted(mentions, key=lambda m: m.start):
        actor = m.value
        if end + manned.end() <= m.start < limit and isinstance(actor, Actor) and actor.inter in HOLDERS:
            return actor
    return None


def _police_installation(text: str, noun: str) -> bool:
    """Whether the report calls an installation of this kind the police's elsewhere: "the
    checkpost" of a report that told "an attack on a police checkpoint"."""
    kind = noun.lower().split()[-1]
    if CHECKPOINT.fullmatch(kind):
        return POLICE_CHECKPOINT.search(text) is not None
    return re.search(rf"\bpolice\s+{re.escape(kind.rstrip('s'))}", text, re.I) is not None


#: A sentence that says the act harmed no one: "no casualties were reported", "residents reported
#: no casualties", "no one was hurt", "there were no injuries", "without causing casualties"; not
#: "no one has claimed the attack" nor "no casualty figures were given".
NO_HARM = re.compile(r"\bno\s+(?:immediate\s+)?(?:casualties|injuries|deaths|fatalities)\b(?!\s+figures?)|"
                     r"\b(?:no\s*one|nobody)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:hurt|injured|killed|harmed)\b|"
                     r"\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:casualties|injuries)\b", re.I)
#: Works of a country's energy supply, which strikes hit as things: "the Afipsky oil refinery", "an
#: oil depot", "a power plant", "Ukraine's electrical infrastructure", "a fuel storage facility";
#: not "the airport" or "airfields" (military targets as often as not), nor "the power of".
ENERGY_WORKS = re.compile(r"\b(?:(?:oil|gas)\s+)?refiner(?:y|ies)\b|\b(?:oil|fuel|gas)\s+(?:depots?|terminals?|"
                          r"storage(?:\s+facilit(?:y|ies))?|facilit(?:y|ies)|tanks?|plants?)\b|"
                          r"\b(?:power|thermal|hydroelectric|nuclear)\s+(?:plants?|stations?)\b|\bsubstations?\b|"
                          r"\b(?:energy|electrical|electricity|power)\s+(?:infrastructure|grid|facilit(?:y|ies))\b",
                          re.I)
#: Other public works that strikes hit as things, no one's side: "telecommunication towers", "a
#: mobile phone mast", "power lines", "a gas pipeline", "the bridge", "a dam", "a water pumping
#: station", "the railway line", "critical infrastructure"; not "a radio station" or "a TV station"
#: (staffed; journalists are civilians), "the airport" or "the port" (military targets as often
#: as not), nor "military infrastructure" (a force's). No strike on such works in gold/train; the
#: codebook's actor2 is a side, and a tower or a bridge is none (dev b-014 prompted it).
PUBLIC_WORKS = re.compile(r"\b(?:tele)?communications?\s+(?:towers?|masts?|antennas?|antennae|networks?|"
                          r"infrastructure)\b|\btelecoms?\s+(?:towers?|masts?|infrastructure|networks?)\b|"
                          r"\b(?:mobile(?:\s+phone)?|cell(?:ular|phone)?|phone|radio|television|tv|transmission)\s+"
                          r"(?:towers?|masts?|antennas?)\b|"
                          r"\b(?:power|electricity|transmission|high[\s-]voltage)\s+(?:lines?|pylons?|cables?)\b|"
                          r"\bpylons?\b|\b(?:oil\s+|gas\s+|water\s+)?pipelines?\b|\b(?:railway\s+|road\s+)?bridges?\b|"
                          r"\bdams?\b|\b(?:water|pumping)\s+(?:treatment\s+|pumping\s+|supply\s+)?(?:stations?|plants?|"
                          r"facilit(?:y|ies)|towers?|tanks?|network|infrastructure)\b|"
                          r"\brail(?:way)?\s+(?:lines?|tracks?|infrastructure)\b|"
                          r"\b(?:critical|transport)\s+infrastructure\b", re.I)
#: Words of harm to people: the sentence then has victims, whoever they were.
HARM_TOLD = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|dead|deaths?|died|"
                       r"casualt(?:y|ies)|hurt|victims?)\b", re.I)


def says_no_harm(sentence: str) -> bool:
    """Whether a strike's sentence says it harmed no one ("residents reported no casualties")."""
    return NO_HARM.search(sentence) is not None


def hits_works_only(sentence: str) -> bool:
    """Whether a strike's sentence tells it hit energy or other public works and tells no harm to
    people."""
    works = ENERGY_WORKS.search(sentence) or PUBLIC_WORKS.search(sentence)
    return works is not None and HARM_TOLD.search(sentence) is None
