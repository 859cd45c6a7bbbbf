"""Acts a side is told to be under: "the village was under attack from junta troops", "the
convoy pulled back under strikes of the coalition", "the town remained under heavy shelling by
the army". The side under the act suffers it, and the side named after "from", "of" or "by"
does it, as in a passive.
"""
from __future__ import annotations

import re

#: "under" and up to two qualifiers right before the trigger: "under attack", "under heavy fire",
#: "under sustained rocket fire"; not "under a deal" nor "under way" (the trigger is not an act of
#: violence: `UNDER_TRIGGER`).
UNDER_BEFORE = re.compile(r"\bunder\s+(?:(?:heavy|intense|sustained|constant|repeated|renewed|massive|"
                          r"continuous|continued|rocket|artillery|mortar|drone|air|aerial|enemy|the)\s+){0,2}$",
                          re.IGNORECASE)
#: The violent acts a side may be under: "attack", "fire", "shelling", "bombardment", "strikes",
#: "airstrikes", "assault", "siege", "gunfire", "bombing"; not "control", "way" or "a deal".
UNDER_TRIGGER = re.compile(r"(?:attacks?|fire|shelling|bombardments?|strikes?|air\s?strikes?|assaults?|siege|"
                           r"gunfire|bombing|bombings)", re.IGNORECASE)
#: The doer named right after an act a side is under: "... from junta troops", "... of the
#: coalition", "... by Russian jets" (the words between the trigger and the mention).
UNDER_AGENT = re.compile(r"\s*(?:from|of|by)\s+(?:the\s+)?$", re.IGNORECASE)
#: How far before the trigger "under" may stand, in characters.
UNDER_WINDOW = 40


def under_act(text: str, sent_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the trigger is a violent act its sentence's subject is under ("under attack")."""
    return bool(UNDER_TRIGGER.fullmatch(text, trigger_start, trigger_end)
                and UNDER_BEFORE.search(text, max(sent_start, trigger_start - UNDER_WINDOW), trigger_start))


def agent_of_act_under(text: str, trigger_end: int, mention_start: int) -> bool:
    """Whether a mention right after an act a side is under names its doer ("from the army")."""
    return UNDER_AGENT.match(text, trigger_end, mention_start) is not None
