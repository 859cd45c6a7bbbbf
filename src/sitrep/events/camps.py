"""Camps of displaced people, where civilians live: an act aimed at them targets civilians.

"Militiamen stormed the Kalma and Otash camps at dawn" names no defender, and a coder
reading the report, which calls them "camps for displaced people", codes an attack on civilians,
as for a village or a town (`implied.POPULATED_TARGET`). A camp is not always civilians', though:
a "military camp", a "militia camp" or a "training camp" is an armed side's (`targets.INSTALLATION`
leaves camps out for that reason). So the camps an act is aimed at are civilians' only when the
report calls its camps ones of the displaced or of refugees and the act's words give the camp to
no armed side. On gold/train the two acts aimed at a displacement camp (one report) both have the
civilians for their target; the three camps given to a force or a militia are a side's.
"""
from __future__ import annotations

import re

#: A camp the report calls one of displaced people or refugees: "Otash displacement camp",
#: "a refugee camp", "IDP camps", "camps for displaced people", "camps for internally displaced
#: persons", "a camp housing refugees"; not "a military camp" nor "the camp commander".
DISPLACEMENT_CAMP = re.compile(r"\b(?:displacement|refugees?|IDPs?|displaced(?:[\s-]+(?:persons?|people))?)['’]?"
                               r"\s+camps?\b|\bcamps?\s+(?:for|of|housing|sheltering)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}?(?:displaced|refugees|IDPs)\b", re.I)
#: Camps an act is aimed at, right after its trigger or further on in its sentence: "raided the
#: Bakassi IDP camp", "stormed the Kalma and Otash camps", "attacks on
#: displacement camps"; not "fled to the camps" (where people went, not what was hit).
CAMP_AHEAD = re.compile(r"(?:[^.;]{0,60}?\b(?:on|against|into|hitting|targeting|attacked|stormed|raided|struck|"
                        r"hit|shelled|bombed|bombarded|overran))?\s+(?P<words>(?:the\s+|a\s+|an\s+|two\s+|several\s+)?"
                        r"(?:[\w'’-]+\s+){0,2}?(?:(?:(?-i:[A-Z])[\w'’-]*|and)(?:\s+|,\s*)){0,8}?)camps?\b", re.I)
#: Camps named before a passive act: "the camps were attacked again", "a camp came under fire".
CAMP_BEFORE = re.compile(r"\b(?P<words>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?)camps?\s+(?:was|were|came|has\s+been|"
                         r"had\s+been)\s+(?:\w+ly\s+)?(?:under\s+)?$", re.I)
#: Words that give a camp to an armed side: "a military camp", "the militia camp", "a rebel
#: training camp", "a joint junta and militia camp", "a police camp".
ARMED_CAMP_WORDS = re.compile(r"\b(?:military|army|militia|militants?|rebels?|insurgents?|jihadists?|terrorists?|"
                              r"training|junta|police|soldiers|troops|forces?|bandits?|gangs?)\b", re.I)


def aims_at_displacement_camp(text: str, sentence_start: int, sentence_end: int, trigger_start: int,
                              trigger_end: int) -> bool:
    """Whether the act whose trigger spans `trigger_start`-`trigger_end` is aimed at camps, in a
    report that calls its camps ones of the displaced, with no words giving them to an armed side."""
    if DISPLACEMENT_CAMP.search(text) is None:
        return False
    found = CAMP_AHEAD.match(text, trigger_end, sentence_end) \
        or CAMP_BEFORE.search(text[sentence_start:trigger_start])
    return found is not None and ARMED_CAMP_WORDS.search(found.group("words")) is None
