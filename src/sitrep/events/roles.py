"""Who did it and to whom: assign the actors of a sentence to the sides of an event.

Without a parser, roles come from word order and a few reliable constructions of news
English: the passive agent ("was hit by a missile launched by IS"), "between X and Y",
"clashes with Y", and the active default (subject before the verb, target after it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.aircraft import weapon_owner
from sitrep.events.appositions import describes
from sitrep.events.deaths import died
from sitrep.events.participles import in_describing_phrase
from sitrep.events.sides import GOVERNMENT_PREFIX, one_state
from sitrep.events.under_attack import agent_of_act_under, under_act
from sitrep.model import Actor, ActorCategory, Mention
from sitrep.recognise.quantities import GROUP_HEAD

#: A passive construction ending at the trigger: "was attacked", "were reportedly killed", or a
#: subject that suffered the act it names: "came under a deadly ambush", "came under heavy attack".
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$|"
                            r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,3}$", re.I)
#: A trigger in -ing ("fighting", "shelling"): after "is" or "were" it is progressive, the
#: subject acting ("the army is fighting ISWAP"); after "came under" the subject suffered it.
PROGRESSIVE_TRIGGER = re.compile(r"\w+ing\b", re.I)
#: How far before a trigger its passive auxiliary may stand, in characters.
PASSIVE_WINDOW = 40
#: A trigger saying its subject was fired on first: "the soldiers returned fire", "returning fire,
#: the patrol killed two"; someone fired the first shots, whether or not the report names them.
#: Not "returned to the town".
RETURNED_FIRE = re.compile(r"return(?:ed|ing)\s+(?:gun)?fire\b", re.I)
#: A trigger that is itself a passive form: "were killed", "has been captured", or says its subject
#: suffered the act: "the patrol came under fire" (from whoever is named after it), "the soldiers
#: returned fire" (`RETURNED_FIRE`).
PASSIVE_TRIGGER = re.compile(rf"^(?:(?:was|were|been|has been|have been|had been|(?:came|come|coming|comes) under)\s|"
                             rf"{RETURNED_FIRE.pattern})", re.I)
#: A bare participle followed by what follows a passive: "Two soldiers killed in an attack",
#: "a man abducted by gunmen", "students kidnapped during a raid" (headlines, reduced clauses);
#: not "killed at least 100 soldiers" (an active verb and its count).
PASSIVE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:in|by|during|when|as|after|while|near|at(?!\s+(?:least|most)\b))\b",
                           re.I)
#: A count right before a bare participle is its subject, as in headlines: "At least 170 arrested
#: as police ...", "Five killed when troops ...", "dozens detained after ...".
COUNT_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
                          r"hundreds|several|many)\s+$", re.I)
PARTICIPLES = frozenset({"killed", "wounded", "injured", "kidnapped", "abducted", "arrested", "detained",
                         "captured", "shot", "executed", "beheaded", "massacred", "ambushed", "targeted"})
#: The agent of a passive, right after the trigger: "... by IS", "carried out by the army",
#: "abducted by four gunmen", "attacked by a group of suspected herders", "by dozens of militants",
#: "an ambush by a number of armed terrorists", "a missile attack launched from Israel" (its military's).
AGENT_BY = re.compile(r"^[^.;]{0,60}?\b(?:by|blamed on|claimed by|attributed to|(?:launched|fired) from|"
                      r"(?:clash(?:es)?|fighting|firefight|gunfight|battle|encounter|shootout)s? with)\s+(?:the\s+)?"
                      rf"{GROUP_HEAD}?"
                      r"(?:suspected\s+|alleged\s+|unknown\s+|unidentified\s+|armed\s+)?$", re.I)
#: A mention made the victim by a passive verb between it and a later trigger: "Two IS
#: fighters were killed in a strike", "three police officers were injured after a drone ...".
VICTIM_PASSIVE = re.compile(r"[^.;]{0,40}?\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|"
                            r"hit|targeted|attacked|struck|abducted|kidnapped|shot|executed|ambushed)\b", re.I)
#: A side named right after a trigger by "with": "a clash with the army", "an encounter with IS".
WITH_SIDE = re.compile(r"^\s*with\s+(?:the\s+)?$", re.I)
#: A side given support after the trigger is an ally of the author, not its target: "the
#: coalition provided the SDF with close air support", "... air support to Iraqi forces", "in
#: support of the army".
SUPPORTED_WITH = re.compile(r"\s+with\s+(?:close\s+)?(?:air|aerial|artillery|fire|logistical|intelligence)?\s*"
                            r"(?:support|cover)\b", re.I)
SUPPORT_FOR = re.compile(r"\b(?:(?:support|cover|backing)\s+(?:to|for)|in\s+support\s+of)\s+(?:the\s+)?$", re.I)
#: How far before a mention after the trigger its agent phrase may start, in characters: "the
#: death toll, with many casualties from indiscriminate attacks by the ELN" names the ELN as an agent.
AGENT_WINDOW = 60
#: "between X and Y" / "pitting X against Y" before the first actor.
BETWEEN = re.compile(r"\b(?:between|pitting)\s+(?:the\s+)?$", re.I)
#: Words joining an ally to an actor: "the army and allied militias", "backed by Russian jets".
ALLY_JOIN = re.compile(r"^\s*(?:,|and|together with|alongside|with|backed by|supported by|"
                       r"along with|and the|, and)\s*(?:the\s+)?(?:allied\s+)?$", re.I)
#: What joins the victims of one act in a list: "three civilians and two soldiers", "people,
#: including reporters and soldiers", "a policeman as well as two passers-by"; not "civilians
#: in the town where soldiers" (a clause, not a list).
VICTIM_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|as\s+well\s+as|including|among\s+them)\s+|,\s*)"
                              r"(?:(?:the|a|an|at\s+least|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"several|some|many|dozens\s+of)\s+)*", re.I)
#: Reporting sources are not sides: "according to the SOHR", "according to national police
#: chief ...", "reported by Syrian state media", and a person named before the body they speak for:
#: "according to Jean Dupont, a police spokesperson", "told Ali Hassan, an army officer"; not
#: "according to witnesses, police" (no name before the comma) nor "according to Sham Network, the
#: opposition withdrew" (a definite subject after the comma starts the reported clause).
SOURCE_BEFORE = re.compile(r"\b(?:according to|cited by|reported by|quoted by|told)\s+"
                           r"(?:(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},\s+(?:a|an)\s+)|"
                           r"(?:(?:the|a|an)\s+)?)(?:[\w'’-]+\s+){0,2}$", re.I)
#: A reporting verb right after a mention: "the army said", "a spokesman ... told reporters",
#: "Reuters reported", "police initially suspected", "Russia accused Kyiv"; not "said to be"
#: (hearsay about the mention itself), "suspected of" (the mention is the suspect) nor
#: "civilians and suspected members" (a verb of belief only right after the mention, or an adverb).
#: A short name in brackets may come between: "the Inter-Services Public Relations (ISPR) said",
#: and the bracketed name itself is the speaker too: "(ISPR) said".
#: Speakers of two sides named together speak for neither as a side: "Israeli and Lebanese
#: officials said", "Malian and French sources reported" (the second a capitalised name).
#: Not "claimed": a group that claims an attack is its author, not its teller. The other lists of
#: reporting verbs (`places.SPEAKER_AFTER`, `date_roles.REPORTED_ON`, `location.OTHER_SPEAKER_AFTER`)
#: ask other questions of the verb and differ on purpose.
SAID_AFTER = re.compile(r"[’']?s?(?:\s*\([^()]{1,20}\)|\))?(?:\s+and\s+(?-i:[A-Z])[\w'’-]*)?\s+"
                        r"(?:(?:\w+\s+){0,2}?(?:said|says|say|told|reported|reports|stated|states|"
                        r"added|announced|confirmed|tweeted|wrote|quoted)|(?:\w+ly\s+)?(?:suspected|suspects|"
                        r"believed|believes|accused|accuses|blamed|blames|alleged|alleges))\b(?!\s+(?:to|of)\b)",
                        re.I)
#: What may stand between a speaker and its reporting verb: a word or two and a place ("a police
#: officer in Lamu", "an M23 spokesman") and an aside about the speaking ("..., speaking on
#: condition of anonymity, said", "..., who asked not to be named, told"); `SAID_AFTER` then
#: reads on from its end.
SPEAKER_ASIDE = re.compile(r"[’']?s?(?:\s+[a-z]+){0,2}?(?:\s+(?:in|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                           r",\s*(?:speaking\s+(?:on\s+condition\s+of\s+anonymity|to\s+[^,;.]{1,30}|"
                           r"by\s+phone)|who\s+(?:asked|declined|spoke|requested)\b[^,;.]{0,40}),")
#: What a speaker's own act looks like after the reporting verb: "said it had killed",
#: "announced on Friday that its forces", "said they", "said, claiming they arrested", and an
#: arrest the speaker announces ("reported, this Wednesday (10), about the detention of",
#: "announced the arrest of"): security forces report the arrests they make.
SELF_REPORT = re.compile(r"(?:\s+(?:on|late|early|earlier|this|last)?\s*\w*day\b)?(?:\s+that)?"
                         r"(?:,?\s+(?:claiming|adding|saying)(?:\s+that)?)?\s+(?:it|its|they|their|we|our)\b|"
                         r"[^.;]{0,40}?\b(?:about|announced|reported|confirmed)?\s*the\s+(?:arrests?|detentions?|"
                         r"captures?)\s+of\b", re.I)
#: How far before a mention to look for the words that make it a source, in characters.
SOURCE_WINDOW = 60
#: What parts an opening phrase from the subject after it: words after a side, ending in a comma,
#: as in "With the army massed in the west, the TLF ambushed ...", "After the TLF fled the post, the
#: army retook ...", "The TLF withdrew to the hills, the army took ..."; a list ("the army, the
#: police and ...") or an ally joined by a comma (`ALLY_JOIN`) is no such phrase, nor a relative
#: clause that goes on to the verb ("the TLF, which is fighting the army, attacked ...").
OPENING_PHRASE_END = re.compile(r"\w[^.;]*,\s*(?:the\s+)?$", re.I)
#: Two demonyms sharing one weapon: "Russian and Syrian warplanes", "US, British jets".
DEMONYM_AND = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.I)
#: A phrase that makes the trigger after it the support of another act in the sentence:
#: "backed by coalition airstrikes", "with the support of Russian aircraft", "under cover of artillery";
#: an actor inside such a phrase backs the act's author ("Backed by US jets, the SDF took ...").
SUPPORT_BEFORE = re.compile(r"\b(?:backed|supported|aided|assisted|covered)\s+by\b[^,;]*$|"
                            r"\b(?:with|under)\s+(?:the\s+)?(?:support|cover|help|backing)\s+of\b[^,;]*$", re.I)
SUPPORT_WINDOW = 60
#: An ally named after a side, perhaps after the rest of its unit's name: "the army, backed by
#: the local police", "the Army's 64th Infantry Battalion, backed by the police", "alongside
#: Russian troops".
BACKED_BY = re.compile(r"^(?:['’]s)?(?:\s+[\w'’-]+){0,2}\s*,?\s*"
                       r"(?:(?:backed|supported|assisted|aided|accompanied|joined)\s+by|alongside|together with|"
                       r"along with|in coordination with|with the support of)\s+"
                       r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


#: What opens a modifier that tells what a person is suspected of, right before a mention inside
#: it: "a plant worker suspected of guiding Russian drones at army posts", "a man accused of spying
#: for the TLF", "two men charged with aiding the rebels", "a farmer wanted for helping the militia".
#: The mentions inside describe the person, not a side of the act told of the person ("... has been
#: detained"). Not "suspected of being carried out by the TLF" (an agent, `AGENT_BY`'s), nor a
#: modifier a comma or a bracket has closed before the mention.
MODIFIER_BEFORE = re.compile(r"\b(?:suspected|accused|convicted|charged|wanted)\s+(?:of|with|for)\s+"
                             r"(?!being\b|having\s+been\b)[^,;()]*$", re.I)
#: How far before a mention the opener of its modifier may stand, in characters: the span of a
#: short clause ("suspected of launching Russian missiles at Defense Forces facilities" is 66).
MODIFIER_WINDOW = 90


#: A comma right before the trigger: it opens a result clause of the act told before it ("IS
#: attacked the post, killing two"); not "IS attacked the post and killed two".
RESULT_BEFORE = re.compile(r",\s*$")
#: How far before the trigger the comma of a result clause may stand, in characters.
RESULT_WINDOW = 3


#: What joins two sides into one list: "Malian soldiers and Wagner mercenaries", "the army, the
#: police and ...", "soldiers as well as militiamen"; not "soldiers in the town where".
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?", re.I)


#: Who cannot be the other side of a battle or a strike.
NON_COMBATANTS = frozenset({ActorCategory.CIVILIANS, ActorCategory.PROTESTERS, ActorCategory.RIOTERS})


@dataclass(frozen=True)
class Sides:
    actor1: Actor | None
    actor2: Actor | None
    assoc1: tuple[Actor, ...] = ()
    assoc2: tuple[Actor, ...] = ()


def _distinct_in_order(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.value is not None and m.value.name not in seen:
            seen.add(m.value.name)
            out.append(m)
    return out


def is_source(text: str, sent_start: int, mention: Mention) -> bool:
    """Whether a mention names who reports the event, not a side of it.

    "according to the army", "a member of the PDF said", "..., the ministry said": a source.
    A speaker that tells of its own act is a side wherever it stands: "The army said it killed
    ten militants", "..., police said, claiming they arrested four", "the SBU reported the
    detention of a spy".
    """
    window = text[max(sent_start, mention.start - SOURCE_WINDOW):mention.start]
    if SOURCE_BEFORE.search(window):
        return True
    said = SAID_AFTER.match(text, mention.end)
    aside = SPEAKER_ASIDE.match(text, mention.end) if not said else None
    if aside is not None:
        said = SAID_AFTER.match(text, aside.end())
    if not said:
        return False
    # "The police reported that a worker was killed": the speaker tells of others' acts.
    return SELF_REPORT.match(text, said.end()) is None


def in_modifier(text: str, sent_start: int, trigger_start: int, trigger_end: int, mention: Mention) -> bool:
    """Whether a mention stands inside a modifier telling what someone is suspected or accused of
    ("a worker suspected of guiding Russian drones has been detained"): it is no side of the act.

    The modifier and the mention must be on one side of the trigger: in "a man suspected of
    theft was detained by the army" the army is the passive's agent, not part of the modifier.
    """
    floor = sent_start if mention.end <= trigger_start else trigger_end
    start = max(floor, mention.start - MODIFIER_WINDOW)
    return start < mention.start and MODIFIER_BEFORE.search(text, start, mention.start) is not None


def _is_armed(actor: Actor) -> bool:
    return actor.inter not in NON_COMBATANTS


def assign_sides(text: str, sent_start: int, trigger_start: int, trigger_end: int,
                 mentions: list[Mention], reciprocal: bool = False) -> Sides:
    """Split a sentence's resolved actor mentions into actor1, actor2 and their allies.

    `reciprocal` says the trigger is a mutual act ("clashed", "fighting"): two sides named
    together before it ("X and Y clashed") are then the two sides, not allies.
    """
    mentions = [m for m in mentions if m.value is not None and not is_source(text, sent_start, m)
                and not in_modifier(text, sent_start, trigger_start, trigger_end, m)]
    mentions = [m for i, m in enumerate(mentions) if i == 0 or not describes(text, mentions[i - 1], m)]
    if not mentions:
        return Sides(None, None)
    before = [m for m in mentions if m.end <= trigger_start]
    after = [m for m in mentions if m.start >= trigger_end]

    # The trigger inside a mention: "an Israeli airstrike", "Turkish aircraft", "junta fighter jets",
    # or one "of" a side ("Jets of the army"). The weapon's owner acts; the others are its target or victims.
    owner = next((m for m in mentions if _is_armed(m.value) and weapon_owner(text, trigger_start, trigger_end, m)),
                 None)
    if owner is not None:
        # "Russian and Syrian warplanes": the demonyms joined to the owner act with it, the
        # first named leading.
        joined = [owner]
        for m in reversed(before):
            if DEMONYM_AND.fullmatch(text[m.end:joined[0].start]) and _is_armed(m.value):
                joined.insert(0, m)
        acting = {m.value.name for m in joined}
        others = [m for m in after if m.value.name not in acting]
        # Among the victims named before ("a policeman and two civilians were killed after a
        # suicide bomber ..."), the armed side is the target.
        victims = [m for m in reversed(before) if m.value.name not in acting]
        others += sorted(victims, key=lambda m: not _is_armed(m.value))
        target = next((m for m in others if not _backs(text, mentions, m, owner.value)), None)
        return Sides(joined[0].value, target.value if target else None, tuple(m.value for m in joined[1:]))

    # "clashes between X and Y"
    for i, m in enumerate(mentions[:-1]):
        if BETWEEN.search(text[max(sent_start, m.start - 30):m.start]):
            other = next((n for n in mentions[i + 1:] if n.value.name != m.value.name), None)
            if other is not None:
                return Sides(m.value, other.value)

    # Passive: "X was attacked by Y" -> Y did it to X.
    trigger, under = text[trigger_start:trigger_end], under_act(text, sent_start, trigger_start, trigger_end)
    if (PASSIVE_TRIGGER.match(trigger) or under
            or _passive_before(text, sent_start, trigger_start, mentions)
            or (trigger.lower() in PARTICIPLES and PASSIVE_AFTER.match(text, trigger_end)
                and (before or COUNT_BEFORE.search(text[max(sent_start, trigger_start - 20):trigger_start])))):
        agent = next((m for m in after if AGENT_BY.search(text[trigger_end:m.start])
                      or (under and agent_of_act_under(text, trigger_end, m.start))), None)
        if agent is not None:
            victim = next((m for m in reversed(before) if m.value.name != agent.value.name), None)
            return Sides(agent.value, victim.value if victim else None)
        if before:
            # Agentless passive: the subject suffered; an armed side named later ("... when
            # junta jets bombarded the village") is the likely agent, never the hostages freed.
            # "Soldiers and policemen were killed": the first leads; "fighting the ADF" describes them.
            subjects = [m for m in before if not in_describing_phrase(text, sent_start, m)] or before
            victim_m, listed = _head_of_list(text, subjects)
            victim = victim_m.value
            agent_m = next((m for m in after if m.value.name != victim.name and _is_armed(m.value)), None)
            return Sides(agent_m.value if agent_m else None, victim, (), listed)
        # "At least 170 arrested as police fired tear gas": the victims are only counted; the
        # armed side named later did it.
        agent_m = next((m for m in after if _is_armed(m.value)), None)
        if agent_m is not None:
            return Sides(agent_m.value, None)

    # "Backed by U.S. airstrikes, the SDF captured ...": the backer is an ally, not the subject.
    backers = [m for m in before if SUPPORT_BEFORE.search(text, max(sent_start, m.start - SUPPORT_WINDOW), m.start)]
    before_distinct = _distinct_in_order([m for m in before if m not in backers])
    # "Two IS fighters were killed in a strike": a passive subject suffered the act, it did not do it.
    # "Ten militants died", "left four militants dead": the dead suffered it too (`deaths`).
    passive_victims = [m for m in before_distinct if VICTIM_PASSIVE.match(text, m.end, trigger_start)
                       or died(text, m, sent_start, trigger_end, after)]
    passive_victims = _with_listed_before(text, before_distinct, passive_victims)
    before_distinct = [m for m in before_distinct if m not in passive_victims]
    after_distinct = _distinct_in_order(after)
    # The subject: the first armed side before the verb (civilians are victims, not authors), or
    # the first after an opening phrase that names another ("With the army massed in the west, the
    # TLF attacked ...").
    actor1_m = _clause_subject(text, [m for m in before_distinct if m.value.inter != ActorCategory.CIVILIANS])
    if actor1_m is None and after_distinct:
        # Trigger first: the first armed actor acts when a mutual act names it ("fighting with
        # IS") or an agent phrase introduces it ("an attack by IS on ..."); otherwise it is
        # the target or a bystander ("a blast at the funeral of a Taliban official").
        armed_after = [m for m in after_distinct if m.value.inter != ActorCategory.CIVILIANS
                       and (reciprocal or AGENT_BY.search(text[max(trigger_end, m.start - AGENT_WINDOW):m.start])
                            or WITH_SIDE.match(text[trigger_end:m.start]))]
        if armed_after:
            actor1_m = armed_after[0]
            after_distinct = [m for m in after_distinct if m is not actor1_m]
    if actor1_m is None:
        victims = passive_victims[::-1] + before_distinct or after_distinct
        return Sides(None, victims[0].value) if victims else Sides(None, None)
    assoc1 = tuple(m.value for m in before_distinct
                   if m is not actor1_m and m.start > actor1_m.end and ALLY_JOIN.search(text[actor1_m.end:m.start]))
    assoc1 += tuple(dict.fromkeys(m.value for m in backers if m.value.name != actor1_m.value.name))
    if (reciprocal and assoc1 and not related(actor1_m.value, assoc1[0]) and not one_state(actor1_m.value, assoc1[0])
            and not any(m.value.name != actor1_m.value.name for m in after_distinct)):
        # "X and Y clashed": two sides, not allies; unless the two are allies ("fighters of X and
        # Y took aim amid clashes"), who fight side by side.
        return Sides(actor1_m.value, assoc1[0])
    # "a clash with the army, backed by the police": the police fight with the army.
    assoc1 += tuple(m.value for m in after_distinct if m.value.name != actor1_m.value.name
                    and (_backs(text, mentions, m, actor1_m.value) or _supported(text, sent_start, m)))
    after_distinct = [m for m in after_distinct if m.value not in assoc1]
    assoc1 += tuple(m.value for m in before_distinct if m is not actor1_m and m.value not in assoc1
                    and m.value.name != actor1_m.value.name and _supported(text, sent_start, m))
    rest_before = [m for m in before_distinct if m is not actor1_m and m.value not in assoc1]
    target_m = next((m for m in after_distinct if m.value.name != actor1_m.value.name), None)
    struck = next((m for m in rest_before if _is_armed(m.value) and m.start > actor1_m.end), None)
    if (struck is not None and target_m is not None and _is_armed(target_m.value)
            and RESULT_BEFORE.search(text, max(sent_start, trigger_start - RESULT_WINDOW), trigger_start)):
        # "IS attacked a checkpoint manned by the police, killing two militiamen": the result
        # clause counts the armed dead; the side the act was aimed at is the target. Civilians
        # it counts ("..., killing 40 people") stay the target.
        target_m = struck
    listed_with: tuple[Actor, ...] = ()
    if target_m is None and rest_before:
        target_m, listed_with = _head_of_list(text, rest_before)
    if target_m is None and passive_victims:
        # "Three soldiers and two civilians died when ...": the armed side among the dead is the target.
        target_m = next((m for m in passive_victims if _is_armed(m.value)), passive_victims[-1])
    assoc2: tuple[Actor, ...] = listed_with
    if target_m is not None:
        assoc2 += tuple(m.value for m in after_distinct
                       if m.start > target_m.end and m.value.name not in (actor1_m.value.name, target_m.value.name)
                       and ALLY_JOIN.search(text[target_m.end:m.start]))
    if target_m is not None and target_m.value.inter == ActorCategory.CIVILIANS:
        target_m, assoc2 = _armed_among_victims(text, target_m, after, actor1_m.value, assoc2)
    actor1, actor2 = actor1_m.value, target_m.value if target_m else None
    if actor2 is not None and (related(actor1, actor2) or one_state(actor1, actor2)):
        # One side is not its own target: "attacks by the coalition and the SDF" names two allied
        # authors, "police fired on crowds chanting against the regime" a government and its
        # police. The enemy is left for the report to name; an ally joins the author.
        if actor2.name != actor1.name and not _government_and_its_forces(actor1, actor2):
            assoc1 += (actor2,)
        actor2, assoc2 = None, ()
    if actor1.inter == ActorCategory.CIVILIANS and (actor2 is None or actor2.inter != ActorCategory.CIVILIANS):
        # Civilians are the victims of violence, not its authors: "Civilians died as X shelled".
        actor1, actor2 = actor2, actor1
        assoc1, assoc2 = (), ()
    return Sides(actor1, actor2, tuple(a for a in assoc1 if actor1 is None or a.name != actor1.name), assoc2)


def _armed_among_victims(text: str, target: Mention, after: list[Mention], actor1: Actor,
                         assoc2: tuple[Actor, ...]) -> tuple[Mention, tuple[Actor, ...]]:
    """The armed side listed with civilian victims ("killing three civilians and two soldiers"),
    with the civilians as its associates; the civilian target and `assoc2` unchanged when none is."""
    listed = [target]
    for m in after:
        if m.start <= listed[-1].end:
            continue
        if not VICTIM_LIST_JOIN.fullmatch(text[listed[-1].end:m.start]):
            break
        listed.append(m)
    armed = next((m for m in listed if _is_armed(m.value) and m.value.name != actor1.name), None)
    if armed is None:
        return target, assoc2
    civilians = tuple(dict.fromkeys(m.value for m in listed if m.value.inter == ActorCategory.CIVILIANS))
    return armed, civilians + tuple(a for a in assoc2 if a.name != armed.value.name and a not in civilians)


def _with_listed_before(text: str, before: list[Mention], victims: list[Mention]) -> list[Mention]:
    """The passive victims with the sides listed just before them ("two policemen and a soldier died")."""
    out = list(victims)
    for i in range(len(before) - 1, 0, -1):
        if before[i] in out and before[i - 1] not in out \
                and VICTIM_LIST_JOIN.fullmatch(text, before[i - 1].end, before[i].start):
            out.append(before[i - 1])
    return sorted(out, key=lambda m: m.start)


def _head_of_list(text: str, before: list[Mention]) -> tuple[Mention, tuple[Actor, ...]]:
    """The first of the sides listed last before the trigger ("casualties on Malian soldiers and
    Wagner mercenaries in fighting": the soldiers), with the others of the list as its allies."""
    first = len(before) - 1
    while first > 0 and LIST_JOIN.fullmatch(text, before[first - 1].end, before[first].start):
        first -= 1
    head = before[first]
    return head, tuple(m.value for m in before[first + 1:] if m.value.name != head.value.name)


def _clause_subject(text: str, armed_before: list[Mention]) -> Mention | None:
    """The subject among the armed sides named before a trigger, in text order: the first, unless
    a later one follows an opening phrase ending in a comma, which is then the subject."""
    subject = armed_before[0] if armed_before else None
    for previous, mention in zip(armed_before, armed_before[1:], strict=False):
        gap = text[previous.end:mention.start]
        if OPENING_PHRASE_END.search(gap) and not ALLY_JOIN.search(gap):
            subject = mention
    return subject


def _passive_before(text: str, sent_start: int, trigger_start: int, mentions: list[Mention]) -> bool:
    """Whether an auxiliary makes the trigger passive ("was attacked"), unless the auxiliary's word
    is an actor's name: "an IS assault on the prison" is Islamic State's, not "is assault"."""
    window = max(sent_start, trigger_start - PASSIVE_WINDOW)
    found = PASSIVE_BEFORE.search(text, window, trigger_start)
    if found is not None and PROGRESSIVE_TRIGGER.match(text, trigger_start) and "under" not in found.group().lower():
        return False  # "the army is fighting ISWAP": an auxiliary before an -ing form is no passive
    return found is not None and not any(m.start <= found.start() < m.end for m in mentions)


def _supported(text: str, sent_start: int, mention: Mention) -> bool:
    """Whether the sentence names `mention` as given support ("provided the SDF with air support")."""
    return bool(SUPPORTED_WITH.match(text, mention.end)
                or SUPPORT_FOR.search(text, max(sent_start, mention.start - SOURCE_WINDOW), mention.start))


def _backs(text: str, mentions: list[Mention], mention: Mention, side: Actor) -> bool:
    """Whether `mention` is named as backing `side` ("the army, backed by the police")."""
    previous = [m for m in mentions if m.end <= mention.start]
    if not previous or previous[-1].value.name != side.name:
        return False
    return BACKED_BY.match(text[previous[-1].end:mention.start]) is not None


def related(a: Actor, b: Actor) -> bool:
    """Whether two actors are one side: the same, parent and child, allies, a government and its forces."""
    return (a.name == b.name or a.parent == b.name or b.parent == a.name
            or b.name in a.allies or a.name in b.allies or _government_and_its_forces(a, b))


def _government_and_its_forces(a: Actor, b: Actor) -> bool:
    """A government and its own state forces are one side ("Government of X", "Police Forces of X")."""
    governments = [x for x in (a, b) if x.name.startswith(GOVERNMENT_PREFIX)]
    return (len(governments) == 1 and a.country is not None and a.country == b.country
            and a.inter == b.inter == ActorCategory.STATE_FORCES)


#: Mentions near the event count more: within this many characters a mention weighs up to
#: double, fading with distance (a report's opponent of the moment, not only its overall one).
OPPONENT_PROXIMITY_CHARS = 600.0


def salient_opponent(mentions: list[Mention], actor: Actor | None, near: int) -> Actor | None:
    """The side a report sets against `actor` when a sentence names only one side.

    The armed actor of the report, neither `actor` nor its parent or ally, with the most
    mentions, each weighted up by its closeness to `near` (the event's sentence); None when the
    report names no such actor. Mentions after the sentence count too: reports often name the
    enemy of a headline event only further down.
    """
    if actor is None:
        return None
    weights: dict[str, float] = {}
    actors: dict[str, Actor] = {}
    for m in mentions:
        other = m.value
        if not isinstance(other, Actor) or other.inter in NON_COMBATANTS or related(actor, other):
            continue
        closeness = OPPONENT_PROXIMITY_CHARS / (OPPONENT_PROXIMITY_CHARS + abs(near - m.start))
        weights[other.name] = weights.get(other.name, 0.0) + 1.0 + closeness
        actors[other.name] = other
    if not weights:
        return None
    return actors[max(weights, key=lambda name: weights[name])]
