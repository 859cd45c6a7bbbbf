"""The API's JSON shapes (pydantic), separate from the store's tables and the model's records.

Conversion from model records happens here, at the edge (`EventOut.from_event`...).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Event


class ErrorBody(BaseModel):
    code: str = Field(description="A stable, machine-readable code: not_found, bad_query, unauthorized...")
    message: str = Field(description="What went wrong and what to do about it.")


class ErrorOut(BaseModel):
    """The one shape of every 4xx (and 5xx) answer."""

    error: ErrorBody


class EventOut(BaseModel):
    id: str
    document_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor1: list[str]
    inter1: int | None
    actor2: str | None
    assoc_actor2: list[str]
    inter2: int | None
    location: str | None
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    date: dt.date | None
    time_precision: int | None
    fatalities: int | None
    evidence: str | None
    evidence_start: int | None
    evidence_end: int | None
    notes: str
    confidence: float
    extractor: str
    extractor_version: str

    @classmethod
    def from_event(cls, event: Event) -> EventOut:
        record: dict[str, Any] = event.to_record()
        record["date"] = event.date
        return cls(**record)


class EventListItem(EventOut):
    """A row of the events list: a fused incident (its merged event) or one report's event, with its reports.

    For an incident, `id` is the incident's id and `document_id` the report that leads it.
    """

    source_count: int = Field(description="How many reports tell it (1 for one report's event).")
    independent_source_count: int = Field(description="Reports, counting a near-copy with its original once.")
    first_reported: dt.date | None
    last_reported: dt.date | None
    member_ids: list[str] = Field(description="The per-report events it merges (itself, for one report's event).")

    @classmethod
    def from_fused(cls, fused: FusedEvent) -> EventListItem:
        return cls(**EventOut.from_event(fused.event).model_dump(), source_count=fused.source_count,
                   independent_source_count=fused.independent_source_count,
                   first_reported=fused.first_reported, last_reported=fused.last_reported,
                   member_ids=[m.id for m in fused.members])


class EventPage(BaseModel):
    """One page of events that pass a filter, with how many pass it in all."""

    total: int
    limit: int
    offset: int
    items: list[EventListItem]


class TimelineBin(BaseModel):
    date: dt.date
    count: int


class Timeline(BaseModel):
    """Events per day under a filter; `undated` counts those with no date."""

    bins: list[TimelineBin]
    undated: int


class DocumentSummary(BaseModel):
    """The public shape of a `store.repository.DocumentHead`: the API's contract is kept apart from the
    store's row so that either can change without silently changing the other."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    ingested_at: dt.datetime | None
    length: int


class SourceOut(DocumentSummary):
    """One report behind an incident; `duplicate_of` names the report it nearly copies, if any."""

    duplicate_of: str | None = Field(None, description="The stored report this one nearly copies.")


class ConflictValue(BaseModel):
    value: Any
    document_id: str


class ConflictOut(BaseModel):
    """A field on which an incident's reports disagree: the value kept and every report's value."""

    field: str
    kept: Any
    values: list[ConflictValue]


class IncidentOut(BaseModel):
    """The incident an event belongs to: the merged event, its reports and their disagreements."""

    id: str
    event: EventOut = Field(description="The merged event (the lowest toll, the most precise place and date).")
    member_ids: list[str] = Field(description="The per-report events fused into this incident.")
    source_count: int
    independent_source_count: int = Field(description="Reports, counting a near-copy with its original once.")
    first_reported: dt.date | None
    last_reported: dt.date | None
    conflicts: list[ConflictOut]
    pinned: bool = Field(description="True once an analyst split it: fusion leaves it as it is.")


class DocumentOut(DocumentSummary):
    text: str
    content_hash: str
    events: list[EventOut]


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class Span(BaseModel):
    """A highlighted span of a report: a mention (actor, place, date, number) or event evidence."""

    start: int
    end: int
    kind: str = Field(description="actor, place, date, number or evidence")
    label: str | None = Field(
        None,
        description="What the span resolves to (a canonical name, an ISO "
        "date, a number), or the event id for evidence.",
    )


class Annotations(BaseModel):
    document_id: str
    text: str
    spans: list[Span]


class ActorSummary(BaseModel):
    id: str
    name: str
    inter: int | None
    country: str | None


class Counterpart(BaseModel):
    name: str
    events: int
    relation: str = Field(description="opponent (the other side) or ally (same side)")


class ActorOut(ActorSummary):
    kind: str | None
    description: str
    aliases: list[str]
    parent: str | None
    allies: list[str]
    known: bool = Field(description="False for a name found in events but not in the ontology")
    events: list[EventOut]
    counterparts: list[Counterpart]


class PlaceOut(BaseModel):
    """A place named by stored events, with how many events it has."""

    name: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    events: int


class PlaceCandidate(BaseModel):
    """A gazetteer candidate for a place name, with its score."""

    score: float
    name: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    feature: str | None
    population: int | None
    source: str
    id: str | None


class IngestIn(BaseModel):
    """A report to ingest: its text, or a URL to fetch it from."""

    text: str | None = Field(None, description="The report's text; when absent, `url` is fetched.")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None


class IngestOut(BaseModel):
    document_id: str
    added: str = Field(description="created, unchanged (the same text was stored already) or updated")
    events: list[EventOut]


class Health(BaseModel):
    version: str
    documents: int
    events: int
    ingest_enabled: bool
