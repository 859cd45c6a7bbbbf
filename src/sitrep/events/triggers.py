"""Find the words that state an event, each tagged with its trigger families."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.knowledge.lexicons import TriggerFamily
from sitrep.recognise.phrases import PhraseIndex, longest_non_overlapping

#: A prefix that turns a trigger into the name of a defence: "anti-aircraft guns", "anti-tank
#: mines", "anti-drone systems" name weapons, not an air strike or a shelling.
COUNTER_PREFIX = re.compile(r"\banti-?$", re.IGNORECASE)


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
            families = tuple(self._by_id[family_id] for family_id, _ in payloads)
            form = payloads[0][1]
            verbal = any(form in f.verbal for f in families)
            hits.append(TriggerHit(start, end, families, verbal, form))
        return hits
