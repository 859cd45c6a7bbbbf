"""Loaders for the event lexicons: trigger families and modality cues."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import KnowledgeError
from sitrep.knowledge.fields import parse_yaml
from sitrep.model import SUB_EVENT_TYPES

LEXICON_PACKAGE = "sitrep.knowledge.data.lexicons"
MODALITY_CLASSES = ("intention", "forecast", "hypothetical", "denial", "allegation", "habitual", "analysis",
                    "background", "past_period")
MODALITY_SCOPES = ("before", "sentence")


@dataclass(frozen=True)
class TriggerFamily:
    id: str
    sub_event_type: str
    priority: int
    forms: tuple[str, ...]
    verbal: frozenset[str]


@dataclass(frozen=True)
class ModalityCue:
    phrase: str
    cls: str
    scope: str
    penalty: float


def _read_yaml(name: str, path: Path | None) -> tuple[str, Any]:
    if path is None:
        resource = resources.files(LEXICON_PACKAGE).joinpath(name)
        label, text = f"lexicons/{name}", resource.read_text(encoding="utf-8")
    else:
        label, text = str(path), path.read_text(encoding="utf-8")
    return label, parse_yaml(label, text)


def _phrases(label: str, entry: str, field: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(label, entry, f"field '{field}' must be a list of non-empty strings")
    return tuple(v.strip().lower() for v in value)


def load_trigger_families(path: Path | None = None) -> list[TriggerFamily]:
    """Load and validate event_triggers.yaml (or `path`)."""
    label, data = _read_yaml("event_triggers.yaml", path)
    if not isinstance(data, dict) or not isinstance(data.get("families"), list):
        raise KnowledgeError(label, None, "expected a top-level 'families' list")
    families, seen = [], set()
    for raw in data["families"]:
        entry = str(raw.get("id")) if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict) or not raw.get("id"):
            raise KnowledgeError(label, entry, "each family needs an 'id'")
        if entry in seen:
            raise KnowledgeError(label, entry, "duplicate id")
        seen.add(entry)
        sub = raw.get("sub_event_type")
        if sub not in SUB_EVENT_TYPES:
            raise KnowledgeError(label, entry, f"field 'sub_event_type': unknown {sub!r}")
        if not isinstance(raw.get("priority"), int):
            raise KnowledgeError(label, entry, "field 'priority' must be an integer")
        forms = _phrases(label, entry, "forms", raw.get("forms"))
        verbal = _phrases(label, entry, "verbal", raw.get("verbal", []))
        stray = set(verbal) - set(forms)
        if stray:
            raise KnowledgeError(label, entry, f"field 'verbal' lists forms not in 'forms': {sorted(stray)}")
        families.append(TriggerFamily(entry, sub, raw["priority"], forms, frozenset(verbal)))
    return families


def load_modality_cues(path: Path | None = None) -> list[ModalityCue]:
    """Load and validate modality.yaml (or `path`)."""
    label, data = _read_yaml("modality.yaml", path)
    if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
        raise KnowledgeError(label, None, "expected a top-level 'cues' list")
    cues = []
    for raw in data["cues"]:
        entry = str(raw.get("class")) if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict) or raw.get("class") not in MODALITY_CLASSES:
            raise KnowledgeError(label, entry, f"field 'class' must be one of {MODALITY_CLASSES}")
        if raw.get("scope") not in MODALITY_SCOPES:
            raise KnowledgeError(label, entry, f"field 'scope' must be one of {MODALITY_SCOPES}")
        penalty = raw.get("penalty")
        if not isinstance(penalty, (int, float)) or not 0 < penalty <= 1:
            raise KnowledgeError(label, entry, "field 'penalty' must be a number in (0, 1]")
        for phrase in _phrases(label, entry, "phrases", raw.get("phrases")):
            cues.append(ModalityCue(phrase, raw["class"], raw["scope"], float(penalty)))
    return cues
