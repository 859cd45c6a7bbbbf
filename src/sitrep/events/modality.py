"""Judge whether a trigger is reported as having happened, or is intention, forecast, denial..."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.knowledge.lexicons import ModalityCue
from sitrep.recognise.phrases import PhraseIndex

#: Where a clause ends, so a hedge in one clause does not veto a trigger in the next.
#: "Daesh is trying to extend its influence, attacking the army" -> the attack is reported.
CLAUSE_BOUNDARY = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|while|whereas|after|before|when|and then)\b")
#: Cue words that are also proper names or months when capitalised ("May 10th").
CASE_SENSITIVE_CUES = frozenset({"may", "will", "can"})
#: A total penalty at or above this drops the candidate event.
DROP_PENALTY = 1.0


@dataclass(frozen=True)
class ModalityJudgement:
    penalty: float
    classes: tuple[str, ...]

    @property
    def is_event(self) -> bool:
        return self.penalty < DROP_PENALTY


class ModalityJudge:
    """Scores the hedges, intentions, forecasts and denials around a trigger."""

    def __init__(self, cues: list[ModalityCue]) -> None:
        self._index: PhraseIndex[ModalityCue] = PhraseIndex((c.phrase, c) for c in cues)

    def judge(self, text: str, sent_start: int, sent_end: int, trigger_start: int,
              lowered: str | None = None, nominal: bool = False) -> ModalityJudgement:
        """Penalty of the cues around a trigger. A nominal trigger ("attacks will bring...")
        is the subject of a later verb, so cues after it in its clause count too."""
        lowered = text.lower() if lowered is None else lowered
        sentence = lowered[sent_start:sent_end]
        clause_start = 0
        rel_trigger = trigger_start - sent_start
        for m in CLAUSE_BOUNDARY.finditer(sentence, 0, rel_trigger):
            clause_start = m.end()
        clause_end = rel_trigger
        if nominal:
            after = CLAUSE_BOUNDARY.search(sentence, rel_trigger + 1)
            clause_end = after.start() if after else len(sentence)
        penalty, classes = 0.0, []
        seen_sentence_classes: set[str] = set()
        for start, end, cues in self._index.find(sentence):
            original = text[sent_start + start: sent_start + end]
            for cue in cues:
                if cue.phrase in CASE_SENSITIVE_CUES and original != cue.phrase:
                    continue
                if cue.scope == "before":
                    if not (clause_start <= start and end <= max(rel_trigger, clause_end)) or \
                            rel_trigger <= start < rel_trigger + 1:
                        continue
                elif cue.cls in seen_sentence_classes:
                    continue  # a sentence-wide class counts once
                else:
                    seen_sentence_classes.add(cue.cls)
                penalty += cue.penalty
                classes.append(cue.cls)
        return ModalityJudgement(round(penalty, 3), tuple(classes))
