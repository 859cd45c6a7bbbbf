"""Appositions that describe a side rather than name another: "Turkey, a NATO member, struck ...",
"the Hill Militia, a member of the TLF coalition, ...", "the TNLA, an ethnic armed group, and ...".
Used by `events.roles.assign_sides`, which drops the described mention from the sides.
"""
from __future__ import annotations

import re

from sitrep.model import Mention

#: An apposition that describes the side before it by another actor: "Turkey, a NATO member,
#: struck ...", "JNIM, al-Qaeda's affiliate in the Sahel, attacked ...", "the SDF, a US ally,
#: took ..."; the actor named in it is no side of the act. Only a relation word makes one, so a
#: list ("the army, the police and militias attacked") is not read as one.
APPOSITION_OPEN = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?)?$")
APPOSITION_REST = re.compile(r"(?:[’']s)?(?:\s+[\w'’-]+){0,2}?\s+(?:member|members|ally|allies|affiliate|"
                             r"affiliates|branch|wing|offshoot|partner|proxy|franchise|splinter\s+group)\b"
                             r"[^,;.()]{0,40},")
#: The same relation told before the actor: "the Hill Militia, a member of the TLF coalition, ...",
#: "Wagner, an ally of the junta, ..."; the apposition closes with a comma.
RELATION_OF_OPEN = re.compile(r",\s+(?:a|an|the|one)\s+(?:\w+\s+)?(?:member|ally|affiliate|branch|wing|offshoot|"
                              r"partner|proxy|franchise|part)s?\s+of\s+(?:the\s+)?$")
APPOSITION_CLOSE = re.compile(r"[^,;.()]{0,40},")
#: The mention labels of a generic phrase ("armed group", "militants"), which name no actor by themselves.
GENERIC_LABELS = frozenset({"generic", "ambiguous", "country_generic"})
#: What opens an apposition of a generic phrase after a name: ", an ethnic ", ", a "; the
#: indefinite article only, so a list ("the army, the police and ...") is no apposition.
GENERIC_OPEN = re.compile(r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?")
#: What closes it: the comma right after the phrase (", an ethnic armed group, and ...").
GENERIC_CLOSE = re.compile(r"\s*,")


def describes(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether a mention stands in an apposition describing the side named just before it."""
    if (mention.label in GENERIC_LABELS and previous.label not in GENERIC_LABELS
            and GENERIC_OPEN.fullmatch(text, previous.end, mention.start) is not None
            and GENERIC_CLOSE.match(text, mention.end) is not None):
        # "The TNLA, an ethnic armed group, and junta troops fought": a generic phrase set off by
        # commas after a name, with an indefinite article, says what the named side is.
        return True
    if RELATION_OF_OPEN.fullmatch(text, previous.end, mention.start):
        return APPOSITION_CLOSE.match(text, mention.end) is not None
    return (APPOSITION_OPEN.fullmatch(text, previous.end, mention.start) is not None
            and APPOSITION_REST.match(text, mention.end) is not None)
