"""Sides a sentence tells only as the dead: "about ten militants died", "left four militants dead".

A side whose members died or were left dead suffered the act; it did not do it. So did a side
named as the aim of the act noun that opens the sentence ("The attack on an army convoy killed
five soldiers": the army is no subject). The passive
forms ("were killed") are `roles.VICTIM_PASSIVE`'s; these are the intransitive and resultative
ones, which name no agent at all, so the author is the agent named elsewhere in the sentence or
the report's enemy of the dead (`implied.implied_sides`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Mention

#: An intransitive death right after a side, with at most adverbs and auxiliaries between:
#: "ten militants died", "two soldiers later died of their wounds", "the fighters have perished",
#: "three policemen lost their lives", "two soldiers were martyred", "a constable embraced
#: martyrdom"; not "militants attacked the post and two policemen died" (another subject).
DIED_AFTER = re.compile(r"^(?:\s+(?:\w+ly|later|also|all|have|had|has|were|was))*\s+"
                        r"(?:died|perished|lost\s+their\s+lives|lost\s+his\s+life|(?:were|was)\s+martyred|"
                        r"embraced\s+martyrdom)\b", re.I)
#: A resultative death around a side: "operations left four militants dead", "the raid left
#: 12 militants dead", "..., leaving dozens of IS militants killed", "an ambush that left 12
#: soldiers injured"; the words before the side are its count or qualifiers ("left at least
#: 12 IS", "left several Taliban"). Not "the militants left the town" (no toll after the side).
LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
DEAD_AFTER = re.compile(r"^\s+(?:dead|killed|wounded|injured)\b", re.I)
#: How far back from a side to look for "left", in characters.
LEFT_WINDOW = 40
#: A side fought, not an author, right before a later mention: "died in clashes with the ELN",
#: "were lost in fighting with “armed groups”". A side that died fighting another is the first
#: side of the clash, as gold/train codes it ("soldiers died in clashes with armed groups").
CLASH_WITH = re.compile(r"\b(?:clash(?:es)?|fighting|firefights?|gunfights?|battles?|encounters?|shootouts?)\s+"
                        r"with\s+(?:the\s+)?[“\"‘']?$", re.I)
#: How far back from a later mention to look for its clash phrase, in characters.
CLASH_WINDOW = 40
#: The dead went on the attack themselves: "three militants died when they attacked a post", "two
#: gunmen were left dead after they stormed the camp". They are the battle's attackers, first.
DIED_ATTACKING = re.compile(r"^[^.;]{0,40}?\b(?:when|as|while|after)\s+(?:they|he|she)\s+(?:had\s+)?"
                            r"(?:attacked|stormed|raided|ambushed|assaulted|opened\s+fire|launched|tried|attempted)\b",
                            re.I)
#: How far after a side to look for the act it went on, in characters.
ATTACKING_WINDOW = 100
#: A side named as the aim of an act noun that opens the sentence's subject: "The attack on an
#: army convoy killed five soldiers", "an ambush against a police patrol left three dead"; it
#: suffered the act told after it. Not "the army's attack on" (the side is before the noun).
AIMED_BEFORE = re.compile(r"\b(?:attacks?|assaults?|ambush(?:es)?|raids?|(?:air\s*)?strikes?|offensive|bombings?|"
                          r"shelling)\s+(?:on|against|targeting)\s+(?:the\s+|an?\s+|two\s+|three\s+)?$", re.I)


def died(text: str, mention: Mention, sentence_start: int, trigger_end: int,
         later: Sequence[Mention] = ()) -> bool:
    """Say whether the sentence tells `mention`'s side only as dead, by the trigger's end.

    `later` are the mentions after the trigger: a side the dead fought ("died in clashes with
    X") makes them a side of the clash, not its victims; so does their own attack ("died when
    they attacked").
    """
    if any(CLASH_WITH.search(text, max(mention.end, m.start - CLASH_WINDOW), m.start) for m in later):
        return False
    if DIED_ATTACKING.match(text[mention.end:mention.end + ATTACKING_WINDOW]):
        return False
    after = text[mention.end:trigger_end]
    if DIED_AFTER.match(after):
        return True
    before = text[max(sentence_start, mention.start - LEFT_WINDOW):mention.start]
    return bool(LEFT_BEFORE.search(before) and DEAD_AFTER.match(after)) or AIMED_BEFORE.search(before) is not None
