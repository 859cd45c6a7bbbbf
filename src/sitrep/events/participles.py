"""A participle phrase that describes a side, not an act of the sentence.

"Soldiers fighting against the ADF were ambushed near Beni": "fighting against the ADF" says who
the soldiers are; the sentence tells the ambush, whose victims are the soldiers. The -ing word
stands right after the side it describes, and the sentence's own verb, a passive, follows it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Mention

#: A trigger in -ing right after a side ("Soldiers fighting", "troops battling").
ING_TRIGGER = re.compile(r"\w+ing$", re.I)
#: The sentence's own verb after the phrase, a passive: "... were ambushed", "... was attacked",
#: "... have been killed"; not "... were killed in the fighting" told before the phrase.
PASSIVE_VERB_AHEAD = re.compile(r"[^.;,]{0,80}?\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
                                re.I)
#: A side inside the phrase: "fighting against the ADF", "battling the TLF", "fighting alongside
#: the army"; the -ing word with a preposition and an article at most before the side.
IN_PHRASE_BEFORE = re.compile(r"\b\w+ing\s+(?:(?:against|with|alongside)\s+)?(?:the\s+)?$", re.I)
#: How far before a side its describing phrase may open, in characters.
IN_PHRASE_WINDOW = 40


def describes_side(text: str, trigger_start: int, trigger_end: int, sentence_end: int,
                   mentions: Sequence[Mention]) -> bool:
    """Whether the -ing trigger opens a phrase describing the side named right before it, the
    sentence's verb being a passive further on ("Soldiers fighting against X were ambushed")."""
    if not ING_TRIGGER.search(text, trigger_start, trigger_end):
        return False
    if not any(m.end <= trigger_start and not text[m.end:trigger_start].strip() for m in mentions):
        return False
    return PASSIVE_VERB_AHEAD.match(text, trigger_end, sentence_end) is not None


def in_describing_phrase(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether a side stands inside an -ing phrase describing another ("... fighting against the ADF")."""
    window_start = max(sentence_start, mention.start - IN_PHRASE_WINDOW)
    return IN_PHRASE_BEFORE.search(text, window_start, mention.start) is not None
