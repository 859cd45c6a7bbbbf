"""Who the dead were, when a report names them only in a tally after the act.

"Israeli strikes killed seven fighters. ... The dead were three Syrian soldiers and four members
of the Revolutionary Guards": the act's sentence counts unnamed fighters, the tally names them.
A coder takes the first group the tally names as the victims (the act's second side).
"""
from __future__ import annotations

import re

from sitrep.events.roles import NON_COMBATANTS, related
from sitrep.fuse.sides import UNKNOWN_ACTOR
from sitrep.model import Actor, Mention

#: A tally of the dead, up to its verb: "the dead were", "those killed included", "among the dead
#: were", "nine of the dead were", "the victims included"; not "the dead were buried" (the verb is
#: followed by a participle, checked by `TALLY_NOT_NAMING`) nor "the dead soldiers" (no verb).
TALLY_CUE = re.compile(r"\b(?:(?:the|those)\s+(?:dead|killed|victims|slain)|among\s+(?:the\s+)?(?:dead|killed|victims)|"
                       r"(?:\w+\s+)of\s+the\s+(?:dead|killed|victims))\s+(?:were|was|are|is|included?|includes)\b",
                       re.I)
#: A tally verb that tells what happened to the dead, not who they were: "the dead were buried",
#: "the victims were shot dead", "those killed were taken to the morgue".
TALLY_NOT_NAMING = re.compile(r"\s+(?:\w+ly\s+)?(?:\w+ed|taken|shot|buried|brought|found|hit)\b", re.I)
#: How many sentences after the act's own may hold its tally: a lead's tally often comes after the
#: report's sources and reactions (on gold/train the one such tally is the fifth sentence after its
#: act; 8 tally cues in all, none naming another act's dead within this window).
TALLY_SENTENCES = 5
#: How far after the tally's verb its first named group may stand, in characters.
TALLY_WINDOW = 80


def tallied_victims(text: str, sentences: tuple[tuple[int, int], ...], sentence_start: int,
                    mentions: list[Mention], author: Actor | None) -> Actor | None:
    """The first group a tally of the dead names in the act's sentence or the next
    `TALLY_SENTENCES`, when it is an armed one; None otherwise. The author's side and
    unidentified groups are passed over (a tally naming only those adds nothing to the act's own
    sentence); civilians or a crowd named first leave the victims to the other rules."""
    spans = [span for span in sentences if span[1] > sentence_start][:TALLY_SENTENCES + 1]
    for start, end in spans:
        for cue in TALLY_CUE.finditer(text, start, end):
            if TALLY_NOT_NAMING.match(text, cue.end()):
                continue
            for m in mentions:
                victim = m.value
                if not (cue.end() <= m.start < min(end, cue.end() + TALLY_WINDOW)) or not isinstance(victim, Actor):
                    continue
                if UNKNOWN_ACTOR.match(victim.name) or (author is not None and related(author, victim)):
                    continue
                return None if victim.inter in NON_COMBATANTS else victim
    return None
