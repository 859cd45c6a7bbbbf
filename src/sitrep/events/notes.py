"""The rule extractor's note on each event: written here, read back here.

The note is the event's trace for an analyst ("Armed clash: 'clashes'; hedged (analysis);
sides from context"), and it is also how the later stages of the rule extractor (the merge of
tellings, the retellings fold, the eventness model) learn how a candidate was found: its
trigger word, the hedges around it, and whether its sides came from the event told before.
Its grammar lives in this one module so that writer and readers cannot drift apart.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.model import Event

#: "Armed clash: 'clashes'; hedged (analysis, background); sides from context".
RULE_NOTE = re.compile(r"^(?P<sub>[^:]*):\s*'(?P<trigger>[^']*)'(?:;\s*hedged \((?P<hedges>[^)]*)\))?")
#: Marks an event whose sentence names no side, so its sides are those of the event told just
#: before ("Clashes resumed on Saturday").
CONTEXT_SIDES = "; sides from context"


@dataclass(frozen=True)
class RuleNote:
    """What a rule-extracted event's note says about how it was found."""

    sub_event_type: str
    trigger: str
    hedges: tuple[str, ...]
    sides_from_context: bool


def write_note(sub_event_type: str, trigger: str, hedges: Iterable[str], sides_from_context: bool) -> str:
    """The note of a candidate event, in the grammar `read_note` parses."""
    hedges = list(hedges)
    note = f"{sub_event_type}: '{trigger}'" + (f"; hedged ({', '.join(hedges)})" if hedges else "")
    return note + (CONTEXT_SIDES if sides_from_context else "")


def read_note(event: Event) -> RuleNote | None:
    """What the event's note says, or None for an event no rule wrote (another extractor's)."""
    match = RULE_NOTE.match(event.notes or "")
    if match is None:
        return None
    hedges = tuple(h.strip() for h in (match["hedges"] or "").split(",") if h.strip())
    return RuleNote(match["sub"], match["trigger"], hedges, CONTEXT_SIDES in (event.notes or ""))


def sides_from_context(event: Event) -> bool:
    """Whether the event's sides were taken from the event told before it."""
    note = read_note(event)
    return note is not None and note.sides_from_context
