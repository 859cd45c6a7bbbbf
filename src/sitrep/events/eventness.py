"""How likely a rule candidate is an event a careful coder would record: a learned second opinion.

The rules propose candidates generously; a logistic model trained on gold/train (see
`sitrep.events.train_eventness`) weighs the candidate's sentence words and what the rules found
(trigger, hedges, sides, place, date, figure) and keeps those likely to be real. Its weights
ship as a small JSON file, so scoring is a dictionary look-up per feature: no model runtime.

It runs after the stages that complete the candidates (`EventnessFilter`: tolls from the next
sentences, the report's place): the trainer labels the candidates the whole rules pipeline
yields, so the model sees at run time the same fields it learned from. Only
`figures.KeptFatalities` follows it, filling kept events' tolls past dropped candidates.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sitrep.errors import KnowledgeError
from sitrep.events.notes import read_note
from sitrep.events.training import model_text
from sitrep.model import Event, WorkingDoc

#: The shipped weights, trained on gold/train by `python -m sitrep.events.train_eventness`.
MODEL_RESOURCE = "knowledge/data/models/eventness.json"
#: Words of the evidence sentence: lower-case letter runs and digit runs ("2,000" -> 2, 000).
WORD = re.compile(r"[a-z]+|\d+")
DIGITS = "<digits>"


def candidate_features(event: Event) -> dict[str, float]:
    """The features of one candidate: sentence words and word pairs, and what the rules found."""
    features: dict[str, float] = {}
    sentence = (event.evidence.text if event.evidence else "").lower()
    words = [DIGITS if w.isdigit() else w for w in WORD.findall(sentence)]
    for word in words:
        features["w=" + word] = 1.0
    for first, second in zip(words, words[1:], strict=False):
        features[f"b={first}_{second}"] = 1.0
    features["sub=" + event.sub_event_type] = 1.0
    note = read_note(event)
    if note:
        features["trigger=" + note.trigger.lower()] = 1.0
        for hedge in note.hedges:
            features["hedge=" + hedge] = 1.0
    features["context_sides"] = float(note is not None and note.sides_from_context)
    features["rule_confidence"] = event.confidence
    features["has_actor1"] = float(event.actor1 is not None)
    features["has_actor2"] = float(event.actor2 is not None)
    features["has_location"] = float(event.location is not None)
    features["has_coordinates"] = float(event.latitude is not None)
    features["has_date"] = float(event.date is not None)
    features[f"time_precision={event.time_precision}"] = 1.0
    features["has_fatalities"] = float(event.fatalities is not None)
    return features


@dataclass(frozen=True)
class EventnessModel:
    """A logistic model over `candidate_features`, with the threshold chosen on train."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: str = ""

    def probability(self, event: Event) -> float:
        """The probability that the candidate is a real, codable event."""
        features = candidate_features(event)
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "trained_on": self.trained_on,
                           "weights": dict(sorted(self.weights.items()))}, indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str) -> EventnessModel:
        try:
            data = json.loads(text)
            return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                       float(data["threshold"]), str(data.get("trained_on", "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KnowledgeError(source, None, f"not an eventness model ({exc})") from exc


@cache
def load_eventness_model(path: Path | None = None) -> EventnessModel:
    """The shipped model, or one written by the training command."""
    return EventnessModel.from_json(*model_text(MODEL_RESOURCE, path))


def keep_likely(events: Iterable[Event], model: EventnessModel) -> list[Event]:
    """The candidates the model rates at or above its threshold, their confidence its probability."""
    kept = []
    for event in events:
        probability = model.probability(event)
        if probability >= model.threshold:
            kept.append(event.with_changes(confidence=round(probability, 3)))
    return kept


class EventnessFilter:
    """Keep the candidate events the eventness model rates likely (only `KeptFatalities` runs after)."""

    name, version = "events.eventness", "1"
    reads, adds = ("events",), ("events",)

    def __init__(self, model: EventnessModel) -> None:
        self.model = model

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        doc.events = keep_likely(doc.events, self.model)
        return doc
