"""Find the words that state an event, each tagged with its trigger families."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.knowledge.lexicons import TriggerFamily
from sitrep.recognise.phrases import PhraseIndex, longest_non_overlapping

#: A prefix that turns a trigger into the name of a defence: "anti-aircraft guns", "anti-tank
#: mines", "anti-drone systems" name weapons, not an air strike or a shelling.
COUNTER_PREFIX = re.compile(r"\banti-?$", re.IGNORECASE)
#: A noun after a trigger word that turns the word into a modifier naming a force, a weapon or
#: gear, not an act: "riot police", "assault rifles", "combat troops", "strike aircraft", "attack
#: helicopters" (the aircraft's own trigger states any air strike). Not: "riot in the capital",
#: "attack on police", "combat between the troops".
NAMING_MODIFIER = re.compile(r"\s+(?:police(?:men)?|squads?|units?|gear|shields?|rifles?|guns?|weapons|"
                             r"troops|vehicles?|tanks?|helicopters?|aircraft|planes?|jets?|boats?|"
                             r"brigades?|battalions?|regiments?|engineers?|medics?)\b", re.IGNORECASE)
#: The trigger forms that can be such a modifier (single words used as nouns).
MODIFIER_FORMS = frozenset({"riot", "assault", "combat", "strike", "attack", "battle", "fighting"})
#: A noun after an instrument word that makes the word name a site, not fire: "artillery base",
#: "missile depot", "drone factory" (a strike on one has its own trigger). Not "artillery fire",
#: "missiles hit", "drone units struck".
NAMING_SITE = re.compile(r"\s+(?:bases?|depots?|factor(?:y|ies)|warehouses?|plants?|academy|school)\b",
                         re.IGNORECASE)
SITE_FORMS = frozenset({"artillery", "missile", "rocket", "drone", "mortar"})
#: "Bricks and mortar" is building stuff (here thrown by a crowd), no mortar fire.
BUILDING_MORTAR_BEFORE = re.compile(r"\bbricks?\s+and\s+$", re.IGNORECASE)
#: "Hit" joined to the word before names a place's plight, not a blow: "the conflict-hit east", "a
#: drought-hit region", "war-hit towns". Not "rockets hit the base" (no hyphen before).
COMPOUND_HIT_BEFORE = re.compile(r"\w[-\u2010\u2011]$")
#: "Hit" by a natural disaster: "a region hit by severe floods", "villages hit by the earthquake".
#: Not "the town was hit by shelling", "hit by a roadside bomb".
DISASTER_HIT_AFTER = re.compile(r"\s+by\s+(?:\w+\s+){0,2}?(?:floods?|flooding|earthquakes?|storms?|droughts?|"
                                r"cyclones?|typhoons?|hurricanes?|landslides?|heatwaves?|wildfires?)\b",
                                re.IGNORECASE)
#: "Hit" by a plight as its subject: "rising food and energy costs have hit people hard", "sanctions
#: hit the economy", "the drought has also hit herders". Not "rockets hit the base", "shells have
#: hit the market" (a blow).
PLIGHT_HIT_BEFORE = re.compile(r"\b(?:costs?|prices?|inflation|sanctions|recession|crisis|shortages?|tariffs?|"
                               r"droughts?|floods?|flooding|unemployment)\s+(?:have\s+|has\s+|had\s+)?"
                               r"(?:also\s+|badly\s+|hard\s+)?$", re.IGNORECASE)
#: A noun after "detention" that makes it name a place or a state, not an arrest: "detention
#: facilities in secret locations", "a detention centre", "detention camps", "detention
#: conditions". Not "the detention of six suspects", "detention on Monday" (an arrest told).
DETENTION_PLACE_AFTER = re.compile(r"\s+(?:facilit(?:y|ies)|cent(?:re|er)s?|camps?|cells?|sites?|conditions)\b",
                                   re.IGNORECASE)
#: A court's order before "detention": "ordered the preventive detention of six people", "pre-trial
#: detention". A judge's measure on people already held, no arrest by a force (ANNOTATION.md: arrests
#: are a force's act). Not "the police detention of" or "the detention of".
COURT_DETENTION_BEFORE = re.compile(r"\b(?:preventive|preventative|pre-?trial)\s+$", re.IGNORECASE)
#: A crowd's noun that is a trigger ("protesters", "demonstrators") followed by a verb of a
#: crowd's act states the protest as a past act, as a verb would: "protesters gathered outside
#: parliament", "demonstrators briefly blocked the highway", "protesters flooded the streets".
#: Not "protesters demanded", "protesters believed" (what they said or thought, no act), nor a
#: bare participle ("protesters killed by police").
CROWD_FORMS = frozenset({"protesters", "protestors", "demonstrators", "rioters"})
CROWD_ACT_AFTER = re.compile(r"\s+(?:(?:also|then|later|again|meanwhile|\w+ly)\s+){0,2}"
                             r"(?:gathered|rallied|assembled|converged|blocked|barricaded|flooded|poured|filled|"
                             r"occupied|staged|marched|stormed|burned|burnt|threw|hurled|set\s+fire)\b", re.IGNORECASE)

#: A fight noun followed by what it is waged against or for names a campaign or a cause, not a
#: clash: "the fight against organised crime", "its battle against the insurgents", "a fight
#: for survival". Not: "a battle broke out", "fighting against the
#: rebels" (a verbal noun of an act), "the battle for the bridge" (a fight over a place). Gold/train:
#: no event is told so; 3 false candidates and 2 non-event sentences are.
CAMPAIGN_FORMS = frozenset({"fight", "battle"})
CAMPAIGN_AFTER = re.compile(r"\s+(?:against\b|for\s+(?:survival|freedom|independence|justice|democracy|"
                            r"(?:the\s+)?(?:rights?|future|cause|liberation)\b))", re.IGNORECASE)

#: An abduction or murder word between a determiner or a count and a person's noun names victims,
#: not an act: "a kidnapped businesswoman was freed", "the rescue of the kidnap victims", "two abducted
#: students returned home", "justice for a murdered classmate", "the slain journalist's family". The
#: act, if told, has its own sentence. Not: "gunmen kidnapped
#: two students" (a verb), "the kidnapping of a priest" (the act named). Gold/train: no event is
#: told so; 2 false candidates and 1 non-event sentence are.
VICTIM_NAMING_FORMS = frozenset({"kidnapped", "abducted", "kidnap", "murdered", "slain", "assassinated"})
VICTIM_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|"
                                      r"nine|ten|\d+)\s+$", re.IGNORECASE)
#: The word allowed between the abduction word and the noun is an adjective ("two abducted aid
#: workers"), never a count or a determiner, which would make the abduction word a verb with its
#: object: "gunmen numbering 10 kidnapped five farmers".
VICTIM_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:a|an|the|some|several|one|two|three|four|five|six|seven|eight|nine|ten|"
                               r"dozens|scores|hundreds)\b)[a-z]+\s+)?(?:victims?|businessm[ae]n|businesswom[ae]n|wom[ae]n|m[ae]n|girls?|"
                               r"boys?|child(?:ren)?|students?|pupils?|people|persons?|soldiers?|officers?|"
                               r"policem[ae]n|policewom[ae]n|workers?|villagers?|hostages?|journalists?|priests?|"
                               r"civilians?|farmers?|traders?|herders?|travell?ers?|passengers?|residents?|teachers?|"
                               r"nurses?|doctors?|nuns?|pastors?|seminarians?|tourists?|foreigners?|engineers?|"
                               r"schoolgirls?|schoolboys?|schoolchildren|drivers?|miners?|fishermen|members?|"
                               r"relatives?|officials?|staff|employees?|classmates?|colleagues?|activists?|leaders?|"
                               r"president|governor|mayor|chief|commander|lawmakers?|politicians?)\b", re.IGNORECASE)

#: A trigger in its bare form after a force sent or raised "to" do it names the purpose of the
#: deployment, not an act: "sent troops to fight the cartel", "deployed soldiers to retake the
#: town", "recruited young men to attack convoys". Not "troops moved to the front" (no verb) nor
#: "soldiers sent to Goma attacked" (the verb is finite, "attacked" no bare form).
PURPOSE_BEFORE = re.compile(r"\b(?:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|"
                            r"mobili[sz](?:e|es|ed|ing)|recruit(?:s|ed|ing)?|train(?:s|ed|ing)?|arm(?:s|ed|ing)?)\s+(?:[\w'’,-]+\s+){0,4}?to\s+$",
                            re.IGNORECASE)
#: The bare (infinitive) forms of triggers that such a purpose takes.
PURPOSE_FORMS = frozenset({"fight", "attack", "recapture", "raid", "strike", "battle", "clash", "combat",
                           "assault", "ambush", "take control", "kidnap", "abduct", "arrest", "detain", "protest"})
#: How far before a trigger the deployment it is the purpose of may stand (a verb, a few words, "to").
PURPOSE_WINDOW = 60

#: Weapon words that can state their own use ("a drone hit", "rockets fell").
WEAPON_FORMS = frozenset({"drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets",
                          "mortar", "mortars", "grenade", "grenades", "ied", "ieds"})
#: The unarmed drones: watching ones. A drone or aircraft put to use "to" watch or find is no
#: strike: "security forces pressed drones into service to trace the militants", "drones were
#: deployed to monitor the border", "a drone to search for the missing". Not "a drone struck the
#: depot", "drones were used to attack the base", "shot down a drone" (the aim is not told).
SURVEILLANCE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:trace|track|monitor|locate|search|surveil|spot"
                                r"|film|watch|scan|map|observe|find)\b", re.IGNORECASE)
#: The drone words a surveillance purpose may follow.
SURVEILLANCE_FORMS = frozenset({"drone", "drones", "uav", "uavs"})
#: A seizure before a weapon word in its clause: the weapon is an object taken or found, not one
#: used ("police seized two rifles, a drone and ammunition", "a cache of rockets was found").
#: The seizure is an event of its own (Disrupted weapons use). Not "a drone struck the depot".
SEIZED_BEFORE = re.compile(r"\b(?:seized|seizing|seizure\s+of|confiscated|confiscating|recovered|recovering|"
                           r"impounded|cache\s+of|haul\s+of|stockpile\s+of)\b[^.;:()]{0,80}$", re.IGNORECASE)
#: How far before a weapon word its seizure may stand.
SEIZED_WINDOW = 90
#: Explosive words that name a device put out of use rather than one that went off: destroyed,
#: defused or dismantled by the other side ("destroying three booby-trapped vehicles", "a
#: booby-trapped car destroyed", "the IED was defused"). Such a device is no explosion; the
#: fight or seizure of the sentence is the event. Not "a car bomb destroyed the building", "a
#: booby-trapped car exploded", "destroyed a bridge with an IED" (the verb governs the bridge).
DISABLED_DEVICE_FORMS = frozenset({"booby-trapped", "booby trap", "booby-trap", "ied", "ieds", "car bomb",
                                   "car bombs", "explosive device", "explosive devices",
                                   "improvised explosive device", "improvised explosive devices",
                                   "roadside bomb", "roadside bombs", "landmine", "landmines", "land mine",
                                   "land mines", "motorcycle bomb", "magnetic bomb", "sticky bomb"})
DISABLED_BEFORE = re.compile(r"\b(?:destroy(?:ed|ing)|defus(?:ed|ing)|dismantl(?:ed|ing)|neutrali[sz](?:ed|ing)|"
                             r"disarm(?:ed|ing))\s+(?:(?:the|a|an|another|two|three|four|five|several|some|\d+|"
                             r"of|its|their|suspected|remaining|planted|unexploded|more)\s+){0,3}$", re.IGNORECASE)
DISABLED_AFTER = re.compile(r"\s+(?:(?:car|cars|vehicles?|trucks?|motorcycles?)\s+)?(?:(?:was|were|been|being)\s+)?"
                            r"(?:destroyed|defused|dismantled|neutrali[sz]ed|disarmed)\s*(?:[,.;]|and\b|by\b|$)",
                            re.IGNORECASE)
#: How far before an explosive word the verb disabling it may stand.
DISABLED_WINDOW = 60


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    families: tuple[TriggerFamily, ...]
    verbal: bool  # a finite verb or participle: states a past act without further context
    form: str = ""  # the lexicon form that matched ("chased", "airstrikes")

    @property
    def top(self) -> TriggerFamily:
        return max(self.families, key=lambda f: f.priority)


#: A definite determiner just before a nominal trigger: the noun names an act already told
#: ("the attack", "the strikes", "this explosion", "Saturday's attack", "the deadly blast", "the
#: Friday attack").
#: Not an ordinal ("the first attacks", "a second strike"): that starts a new act of a series.
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|[A-Z][a-z]+day[’']s)\s+"
                             r"(?:(?:deadly|latest|suicide|overnight|twin|recent|bomb|car|militant|terrorist|"
                             r"drone|air|missile|rocket|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|"
                             r"morning|overnight|night)\s+)?$", re.IGNORECASE)
#: How far before a trigger its determiner may stand (a determiner, an adjective, spaces).
DEFINITE_WINDOW = 40


#: "that" before a plural noun opens a clause, it points at nothing: "officials said that protests
#: broke out", "reported that clashes resumed" (the pointing "that" takes one: "that attack").
CLAUSE_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)


def _definite_reference(text: str, hit: TriggerHit) -> re.Match[str] | None:
    """The determiner by which a nominal trigger refers back ("the", "Saturday's"), or None."""
    if hit.verbal:
        return None
    found = DEFINITE_BEFORE.search(text, max(0, hit.start - DEFINITE_WINDOW), hit.start)
    if found is None or (CLAUSE_THAT.match(found.group()) and text[hit.start:hit.end].lower().endswith("s")):
        return None
    return found


def refers_back(text: str, hit: TriggerHit) -> bool:
    """Whether a nominal trigger names, by a definite reference, an act told before ("the attack
    killed four", "Saturday's strike"), rather than stating a new one."""
    return _definite_reference(text, hit) is not None


#: An indefinite article before a nominal trigger, a few words back: a new act introduced ("a
#: sophisticated IS assault", "an Israeli airstrike", "a car bomb"). Not "the assault".
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: A time after an act that places it before the report's news: "who died in an attack earlier
#: this week", "wounded in a raid last month", "killed in a blast two days ago". Not "an attack
#: on Monday" (the news itself may be dated so) nor "an attack later that day".
DATED_EARLIER = re.compile(r"^[^,.;]{0,40}?\b(?:earlier\s+(?:this|that|in\s+the)\s+\w+|last\s+(?:week|month|year)"
                           r"|(?:\w+\s+)?(?:days|weeks|months|years)\s+ago)\b", re.IGNORECASE)
#: How far after an act's trigger its time may be told ("an attack on a convoy earlier this week").
DATED_WINDOW = 60


def retold_beside_new_act(text: str, hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """Whether a trigger refers back to an act told before while the same sentence goes on to
    introduce a new one ("The Friday attack coincided with an IS assault on a prison"): the
    sentence's own act is the new one, and its sides are that one's."""
    if not refers_back(text, hit):
        return False
    for other in hits:
        if other.start < hit.end or other.verbal:
            continue
        article = INDEFINITE_BEFORE.search(text, max(0, other.start - DEFINITE_WINDOW), other.start)
        # "announced the arrest ... following a confrontation": an act that dates another is no new one.
        # "... the funeral of a governor who died in an attack earlier this week": an act dated
        # before the news is background, no new act.
        if article is not None and not ANCHOR_BEFORE.search(text, max(0, article.start() - DEFINITE_WINDOW),
                                                            article.start()) \
                and not DATED_EARLIER.match(text[other.end:other.end + DATED_WINDOW]):
            return True
    return False


#: A word that makes the act named after it the time or the cause of another: "shelled the town
#: after the airstrikes", "shelling followed the airstrikes", "in retaliation for the attack",
#: "following Saturday's bombing". Not: "after gunmen stormed" (a verb: the act itself).
ANCHOR_BEFORE = re.compile(r"\b(?:after|following|followed|since|before|preceded|amid|"
                           r"in\s+(?:response|retaliation|reprisal)\s+(?:to|for))\s+$", re.IGNORECASE)


def anchors_another(text: str, hit: TriggerHit) -> bool:
    """Whether a trigger is a definite reference to an act told before that dates or explains
    the sentence's own act ("artillery shelled the town after the airstrikes")."""
    found = _definite_reference(text, hit)
    return found is not None and ANCHOR_BEFORE.search(text, max(0, found.start() - DEFINITE_WINDOW),
                                                      found.start()) is not None


#: "Demonstrated" with an object means "showed", not "protested": "the attack demonstrated the
#: group's reach", "demonstrated that the army can hold", "they demonstrated bias against the
#: opposition". A protest's "demonstrated" takes no object: "demonstrated against the law",
#: "demonstrated outside parliament", "demonstrated peacefully".
SHOWING_FORMS = frozenset({"demonstrated"})
SHOWING_AFTER = re.compile(r"\s+(?:that|how|its|the\s+(?:group|army|need|importance|ability|capacity|"
                           r"capability|power|strength|resolve|limits?|reach|effectiveness|weakness)|"
                           r"(?:a\s+|an\s+)?(?:clear\s+|great\s+|strong\s+)?(?:bias|support|resolve|commitment|"
                           r"ability|capacity|capability|willingness|determination|strength|power|effectiveness|"
                           r"weakness|resilience))\b", re.IGNORECASE)


#: "Rallied" is a protest only when nothing is rallied: "students rallied in Dhaka", "farmers
#: rallied outside parliament on Monday to demand ...". With an object or a "behind/around" it
#: means gathered support: "rallied support", "rallied behind the president", "has rallied Kyiv
#: residents to unite".
RALLY_FORMS = frozenset({"rallied"})
RALLY_ACT_AFTER = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|at|outside|near|on|across|through|along|against|over|"
                             r"for\s+(?:the\s+)?(?:release|rights?|justice|peace|an?\s+end)|again|peacefully|"
                             r"to\s+(?:demand|protest|denounce|condemn|call|press|mark|oppose|reject|express)|"
                             r"\w+day)\b", re.IGNORECASE)
#: Blows and stones that kill say so: "hacked 15 villagers to death", "clubbed a man to death",
#: "stoned to death"; without "to death" they are no killing ("hacked the ministry's website").
TO_DEATH_FORMS = frozenset({"hacked", "clubbed", "stoned"})
TO_DEATH_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+to\s+death\b", re.IGNORECASE)

#: Bodies burned are no property destroyed: "the bodies were piled up and set on fire", "corpses
#: set ablaze"; the killing told beside them is the event.
ARSON_FORMS = frozenset({"set on fire", "set ablaze"})
BODIES_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\b[^.;]*$", re.IGNORECASE)
BODIES_WINDOW = 50


class TriggerFinder:
    """Locates trigger words of every family in a text (longest match wins)."""

    def __init__(self, families: list[TriggerFamily]) -> None:
        self.families = families
        self._index: PhraseIndex[tuple[str, str]] = PhraseIndex(
            (form, (family.id, form)) for family in families for form in family.forms)
        self._by_id = {f.id: f for f in families}

    def find(self, text: str, lowered: str | None = None) -> list[TriggerHit]:
        hits = []
        for start, end, payloads in longest_non_overlapping(self._index.find(text, lowered)):
            if COUNTER_PREFIX.search(text, max(0, start - 5), start):
                continue
            word = text[start:end].lower()
            if word in MODIFIER_FORMS and NAMING_MODIFIER.match(text, end):
                continue
            if word in CAMPAIGN_FORMS and CAMPAIGN_AFTER.match(text, end):
                continue
            if word in SHOWING_FORMS and SHOWING_AFTER.match(text, end):
                continue
            if word in RALLY_FORMS and not RALLY_ACT_AFTER.match(text, end):
                continue
            if word in TO_DEATH_FORMS and not TO_DEATH_AFTER.match(text, end):
                continue
            if word in ARSON_FORMS and BODIES_BEFORE.search(text, max(0, start - BODIES_WINDOW), start):
                continue
            if word in VICTIM_NAMING_FORMS and VICTIM_NOUN_AFTER.match(text, end) \
                    and VICTIM_DETERMINER_BEFORE.search(text, max(0, start - 10), start):
                continue
            if word in PURPOSE_FORMS and PURPOSE_BEFORE.search(text, max(0, start - PURPOSE_WINDOW), start):
                continue
            if word in SITE_FORMS and NAMING_SITE.match(text, end):
                continue
            if word == "mortar" and BUILDING_MORTAR_BEFORE.search(text, max(0, start - 12), start):
                continue
            if word == "hit" and (COMPOUND_HIT_BEFORE.search(text, max(0, start - 2), start)
                                  or DISASTER_HIT_AFTER.match(text, end)
                                  or PLIGHT_HIT_BEFORE.search(text, max(0, start - 40), start)):
                continue
            if word == "detention" and (DETENTION_PLACE_AFTER.match(text, end)
                                        or COURT_DETENTION_BEFORE.search(text, max(0, start - 16), start)):
                continue
            if word in WEAPON_FORMS and SEIZED_BEFORE.search(text, max(0, start - SEIZED_WINDOW), start):
                continue
            if word in SURVEILLANCE_FORMS and SURVEILLANCE_AFTER.match(text, end):
                continue
            if word in DISABLED_DEVICE_FORMS and (
                    DISABLED_BEFORE.search(text, max(0, start - DISABLED_WINDOW), start)
                    or DISABLED_AFTER.match(text, end)):
                continue
            families = tuple(self._by_id[family_id] for family_id, _ in payloads)
            form = payloads[0][1]
            verbal = any(form in f.verbal for f in families) or (
                word in CROWD_FORMS and CROWD_ACT_AFTER.match(text, end) is not None)
            hits.append(TriggerHit(start, end, families, verbal, form))
        return hits


#: The bare noun that reports use for an air or missile strike once its instrument is named
#: elsewhere: "the strikes killed four", "US forces carried out strikes on ...".
BARE_STRIKE_FORMS = frozenset({"strike", "strikes"})
#: A strike that is a stoppage of work, not an attack: "a general strike", "on hunger strike",
#: "the strike led by the unions" (checked on the words just before and after the noun).
LABOUR_STRIKE_BEFORE = re.compile(r"\b(?:general|hunger|labou?r|national|nationwide|workers[’']?|teachers[’']?|"
                                  r"doctors[’']?|transport|on)\s+$", re.IGNORECASE)
LABOUR_STRIKE_AFTER = re.compile(r"\s*(?:action|led by|called by|organi[sz]ed by)\b", re.IGNORECASE)
#: An unqualified "strike" in conflict reporting is most often from the air (5 of 7 such gold
#: events in train); it is a missile or artillery strike only where the report names shelling
#: and no air instrument at all. (Taking the more frequent instrument misled on reports that
#: tell of a militia's rockets and the reprisal "strikes" from the air.)
AIR_INSTRUMENT, SHELLING_INSTRUMENT = "air", "shelling"


def name_bare_strikes(hits: list[TriggerHit], text: str, families: list[TriggerFamily]) -> list[TriggerHit]:
    """Give each bare "strike(s)" the instrument it stands for in the report (air or shelling),
    and drop the strikes that are stoppages of work.

    "Israeli warplanes hit Gaza ... the strikes killed 12" and "Russian missiles ... the
    strikes damaged" are air and missile strikes; the noun alone says only that something hit.
    """
    by_id = {f.id: f for f in families}
    if AIR_INSTRUMENT not in by_id or SHELLING_INSTRUMENT not in by_id:
        return hits
    named = {h.top.id for h in hits}
    best = SHELLING_INSTRUMENT if SHELLING_INSTRUMENT in named and AIR_INSTRUMENT not in named else AIR_INSTRUMENT
    out = []
    for hit in hits:
        if hit.form in BARE_STRIKE_FORMS and hit.top.id == "attack":
            if LABOUR_STRIKE_BEFORE.search(text, max(0, hit.start - 30), hit.start) \
                    or LABOUR_STRIKE_AFTER.match(text, hit.end):
                continue  # "teachers went on strike": a stoppage of work is no attack
            hit = replace(hit, families=(by_id[best], *hit.families))
        out.append(hit)
    return out


#: The bare noun for a bombing, which is a planted bomb in an insurgency and an air raid in an air
#: war: "bombings in three provinces targeting banks", "the bombings of the caves by coalition jets".
BARE_BOMBING_FORMS = frozenset({"bombing", "bombings"})
EXPLOSIVE_INSTRUMENT = "explosive"


def name_bare_bombings(hits: list[TriggerHit], families: list[TriggerFamily]) -> list[TriggerHit]:
    """Make each bare "bombing(s)" an air strike where the report names aircraft and no planted
    explosive besides; else it stays a remote explosive (its lexicon family)."""
    by_id = {f.id: f for f in families}
    if AIR_INSTRUMENT not in by_id:
        return hits
    named = {h.top.id for h in hits if h.form not in BARE_BOMBING_FORMS}
    if AIR_INSTRUMENT not in named or EXPLOSIVE_INSTRUMENT in named:
        return hits
    return [replace(h, families=(by_id[AIR_INSTRUMENT], *h.families)) if h.form in BARE_BOMBING_FORMS else h
            for h in hits]


#: The bare plural for raids, which a report that tells of air raids uses for them again: "the
#: coalition's air raids near Saada ... twenty fighters were killed in raids in Razih". A single "raid"
#: is most often on the ground ("troops killed seven during a raid in Jenin") and is left alone.
BARE_RAID_FORMS = frozenset({"raids"})
#: A word right before "raids" that puts them on the ground whatever aircraft the report names:
#: "police raids in Jenin", "army raids", "house raids", "night raids", "door-to-door raids",
#: "arrest raids", "search raids"; not "fresh raids" or "new raids" (no force named: air raids retold).
GROUND_RAID_BEFORE = re.compile(r"\b(?:police|security|army|military|troops?['’]?|soldiers['’]?|ground|"
                                r"house|home|night|door-to-door|house-to-house|search|arrest|commando|"
                                r"special\s+forces)\s+$", re.I)
#: How far before "raids" its ground word is looked for, in characters.
GROUND_RAID_WINDOW = 30


def name_bare_raids(hits: list[TriggerHit], text: str, families: list[TriggerFamily]) -> list[TriggerHit]:
    """Make each bare "raids" an air strike where the report names aircraft or air raids, unless a
    word right before puts them on the ground ("police raids")."""
    by_id = {f.id: f for f in families}
    if AIR_INSTRUMENT not in by_id or not any(h.top.id == AIR_INSTRUMENT for h in hits):
        return hits
    return [replace(h, families=(by_id[AIR_INSTRUMENT], *h.families))
            if h.form in BARE_RAID_FORMS and not _ground_raids(text, h.start) else h
            for h in hits]


def _ground_raids(text: str, start: int) -> bool:
    """Whether the word before the "raids" at `start` puts them on the ground ("police raids")."""
    return GROUND_RAID_BEFORE.search(text, max(0, start - GROUND_RAID_WINDOW), start) is not None
