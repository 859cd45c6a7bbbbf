"""The records that flow between sitrep's stages.

Everything a stage hands to the next is defined here, so the whole pipeline can be read from
this one file: a `Document` comes in, recognisers add `Mention`s, resolvers attach `Actor`s
and `Place`s, the event extractor produces `Event`s, each with its `Evidence`.

Offsets (`start`, `end`) are character offsets into `Document.text`; text is never copied
into a mention except for display convenience (`Mention.text` is derived from the offsets).
"""
from __future__ import annotations

import datetime as dt
import enum
import hashlib
from dataclasses import dataclass, field, fields, replace
from typing import Any


class EventType(enum.StrEnum):
    BATTLES = "Battles"
    REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


#: The 25 sub-event types of the codebook, each under its event type.
SUB_EVENT_TYPES: dict[str, EventType] = {
    "Armed clash": EventType.BATTLES,
    "Government regains territory": EventType.BATTLES,
    "Non-state actor overtakes territory": EventType.BATTLES,
    "Chemical weapon": EventType.REMOTE_VIOLENCE,
    "Air/drone strike": EventType.REMOTE_VIOLENCE,
    "Suicide bomb": EventType.REMOTE_VIOLENCE,
    "Shelling/artillery/missile attack": EventType.REMOTE_VIOLENCE,
    "Remote explosive/landmine/IED": EventType.REMOTE_VIOLENCE,
    "Grenade": EventType.REMOTE_VIOLENCE,
    "Sexual violence": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Attack": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Abduction/forced disappearance": EventType.VIOLENCE_AGAINST_CIVILIANS,
    "Peaceful protest": EventType.PROTESTS,
    "Protest with intervention": EventType.PROTESTS,
    "Excessive force against protesters": EventType.PROTESTS,
    "Violent demonstration": EventType.RIOTS,
    "Mob violence": EventType.RIOTS,
    "Agreement": EventType.STRATEGIC_DEVELOPMENTS,
    "Arrests": EventType.STRATEGIC_DEVELOPMENTS,
    "Change to group/activity": EventType.STRATEGIC_DEVELOPMENTS,
    "Disrupted weapons use": EventType.STRATEGIC_DEVELOPMENTS,
    "Headquarters or base established": EventType.STRATEGIC_DEVELOPMENTS,
    "Looting/property destruction": EventType.STRATEGIC_DEVELOPMENTS,
    "Non-violent transfer of territory": EventType.STRATEGIC_DEVELOPMENTS,
    "Other": EventType.STRATEGIC_DEVELOPMENTS,
}


class GeoPrecision(enum.IntEnum):
    PLACE = 1  # the town, base or field itself
    NEAR = 2  # near it, or part of a district
    REGION = 3  # only a region is known


class TimePrecision(enum.IntEnum):
    DAY = 1
    WEEK = 2
    MONTH = 3


class ActorCategory(enum.IntEnum):
    """ACLED's 'inter' codes."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8


class MentionKind(enum.StrEnum):
    ACTOR = "actor"
    PLACE = "place"
    DATE = "date"
    NUMBER = "number"


def content_hash(text: str) -> str:
    """Return the digest that identifies a report's text, whitespace-insensitively."""
    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One report, as ingested."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: str = "en"
    content_hash: str = ""
    ingested_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """An entry of the actor ontology (or an organisation recognised by its shape)."""

    id: str
    name: str
    inter: ActorCategory | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    allies: tuple[str, ...] = ()
    active_from: dt.date | None = None
    active_until: dt.date | None = None
    description: str = ""
    known: bool = True  # False for an organisation found by its shape but not in the ontology


@dataclass(frozen=True)
class Place:
    """A gazetteer entry, or a named place the gazetteer lacks (no coordinates)."""

    name: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision = GeoPrecision.PLACE
    gazetteer_id: str | None = None
    feature: str | None = None  # e.g. "city", "village", "base", "region", "country"
    population: int | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an actor, place, date or number.

    `value` holds what the span resolves to: an `Actor`, a `Place`, a `datetime.date`
    (with `precision`), or an `int`. A mention whose value is None was recognised but not
    resolved (an unknown place name, a generic "the militants" the context did not decide).
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    value: Any = None
    label: str | None = None  # a finer class: "generic", "demonym", "shape", "relative", ...
    precision: int | None = None  # TimePrecision for dates, GeoPrecision for places
    source: str = ""  # the stage that made it

    @property
    def resolved(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Evidence:
    """Where in a document an event is stated."""

    document_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    """One event, with every field of the gold event record (see ANNOTATION.md)."""

    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None = None
    assoc_actor1: tuple[str, ...] = ()
    assoc_actor2: tuple[str, ...] = ()
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    date: dt.date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    evidence: Evidence | None = None
    notes: str = ""
    document_id: str = ""
    confidence: float = 0.5
    extractor: str = ""
    extractor_version: str = ""
    inter1: int | None = None
    inter2: int | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if self.sub_event_type in SUB_EVENT_TYPES:
            expected = SUB_EVENT_TYPES[self.sub_event_type].value
            if self.event_type != expected:
                raise ValueError(f"sub-event type {self.sub_event_type!r} belongs to {expected!r}, "
                                 f"not {self.event_type!r}")
        else:
            raise ValueError(f"unknown sub-event type {self.sub_event_type!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence}")
        if not self.id:
            object.__setattr__(self, "id", self.stable_id())

    def stable_id(self) -> str:
        """An id that depends only on what the event says, so re-runs keep it."""
        key = "|".join(str(x) for x in (
            self.document_id, self.event_type, self.sub_event_type, self.actor1, self.actor2,
            self.location, self.date, self.evidence.start if self.evidence else None,
        ))
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def evidence_start(self) -> int | None:
        return self.evidence.start if self.evidence else None

    @property
    def evidence_end(self) -> int | None:
        return self.evidence.end if self.evidence else None

    def with_changes(self, **changes: Any) -> Event:
        """Return a copy with some fields changed and the id recomputed."""
        return replace(self, id="", **changes)

    def to_record(self) -> dict[str, Any]:
        """The event as a JSON-ready dict with the gold field names (plus sitrep's own)."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor1": list(self.assoc_actor1),
            "inter1": self.inter1,
            "actor2": self.actor2,
            "assoc_actor2": list(self.assoc_actor2),
            "inter2": self.inter2,
            "location": self.location,
            "admin1": self.admin1,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "date": self.date.isoformat() if self.date else None,
            "time_precision": self.time_precision,
            "fatalities": self.fatalities,
            "evidence": self.evidence.text if self.evidence else None,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "notes": self.notes,
            "confidence": round(self.confidence, 4),
            "extractor": self.extractor,
            "extractor_version": self.extractor_version,
        }


EVENT_FIELDS = tuple(f.name for f in fields(Event))


@dataclass
class WorkingDoc:
    """A document on its way through the pipeline: each stage reads some fields, adds others."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actor_mentions: list[Mention] = field(default_factory=list)
    place_mentions: list[Mention] = field(default_factory=list)
    date_mentions: list[Mention] = field(default_factory=list)
    number_mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    spacy_doc: Any = None  # the spaCy Doc of the text, for stages that match over tokens

    @property
    def text(self) -> str:
        return self.document.text
