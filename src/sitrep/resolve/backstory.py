"""Which mentions of a named group tell the report's backstory, not today's acts.

A report on an unclaimed attack often names the group that usually fights there, but only as
background: its history ("attacks rose after the Front broke off talks in 2021"), the region's risk
("a district exposed to raids by the Front"). A careful coder does not make such a group the author
of the attack: the codebook's "Unidentified Armed Group (<Country>)" is. A group named in a sentence
of today's news ("the attack, claimed by the Front") is what a generic "the terrorists" means.
Gold/train codes an unidentified group where the report names the region's group only so (f-030 by
history, g-023 by risk), and the group where the report ties it to the act.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.recognise.named_days import LAST_NIGHT, THIS_MORNING, TODAY, WEEKDAY, YESTERDAY, day_pattern

#: A past year the sentence dates something in: "in October 2021", "in 2011", "since 2009", "in
#: early 2019"; the year is compared with the report's own (group 1). Not "2022 elections" or
#: "the deadliest since 2019" (a superlative counts back from today's act, checked apart).
DATED_YEAR = re.compile(r"\b(?:in|since|by|until)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|"
                        r"May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?"
                        r"((?:19|20)\d\d)\b")
#: A superlative or ordinal counting back from today's act: "the deadliest attack since 2019",
#: "the first such raid since 2015"; such a sentence tells today's act, whatever year it names.
COUNTING_BACK = re.compile(r"\b(?:deadliest|worst|biggest|largest|first|most\s+\w+)\b[^.;]{0,60}?\bsince\b", re.I)
#: A day named for an act, which makes the sentence today's news whatever past it also tells: "no
#: group has claimed Monday's attack, but reports point to the Front, known for raids since 2015",
#: "yesterday", "last night"; not "Mondays" nor "a day" (lowercase words are case-insensitive).
DAY_OF_ACT = day_pattern(WEEKDAY, YESTERDAY, TODAY, LAST_NIGHT, THIS_MORNING)
#: A span or a past state the sentence tells of: "over the past year", "over the years", "since its
#: establishment", "once a key component of", "has long", "for years". Not "over the past 24 hours",
#: "since Monday" (today's news) nor "once the army arrived" ("as soon as").
BACKSTORY_SPAN = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last|recent)\s+(?:few\s+|several\s+)?"
                            r"(?:year|years|decade|decades)\b|\bover\s+the\s+years\b|\bfor\s+(?:years|decades)\b|"
                            r"\bsince\s+(?:its|their|his)\s+(?:establishment|creation|founding|formation|inception|"
                            r"emergence|rise)\b|\bonce\s+(?:a|an)\b|\bhas\s+long\b|\bhave\s+long\b", re.I)
#: A group named as a place's risk right before its mention: "exposed to raids by", "vulnerable
#: to attacks from the", "under threat from", "at risk of raids by"; not "attacked by" (an act).
RISK_BEFORE = re.compile(r"\b(?:(?:prone|vulnerable|exposed|susceptible)\s+to|(?:under\s+)?threats?\s+(?:of|from)|"
                         r"(?:at\s+)?risk\s+of)\s+(?:[\w-]+\s+){0,3}?(?:(?:by|from)\s+)?(?:the\s+)?$", re.I)
#: How far before a mention its risk phrase may start, in characters.
RISK_WINDOW = 60


def backstory_sentence(sentence: str, published: dt.date | None) -> bool:
    """Whether a sentence tells of the past before the report's time (a year before the report's
    own, a span of years, a past state) rather than today's acts (a day named, a count back)."""
    if COUNTING_BACK.search(sentence) or DAY_OF_ACT.search(sentence):
        return False
    if BACKSTORY_SPAN.search(sentence):
        return True
    return published is not None and any(int(m.group(1)) < published.year for m in DATED_YEAR.finditer(sentence))


def named_as_risk(text: str, start: int, sentence_start: int = 0) -> bool:
    """Whether the mention starting at `start` is named as a place's risk ("exposed to raids by X")."""
    return RISK_BEFORE.search(text, max(sentence_start, start - RISK_WINDOW), start) is not None
