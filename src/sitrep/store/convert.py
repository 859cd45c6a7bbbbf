"""Conversion between table rows and model records, at the store's edge."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row

from sitrep.model import Document, Event, Evidence
from sitrep.store.tables import DocumentRow, EventRow


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A timestamp in UTC: SQLite hands back naive datetimes, which sitrep always wrote in UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def document_row(document: Document) -> DocumentRow:
    """The row that stores a document."""
    return DocumentRow(
        id=document.id, url=document.url, source=document.source, title=document.title,
        published=document.published, language=document.language, text=document.text,
        content_hash=document.content_hash, ingested_at=as_utc(document.ingested_at),
    )


def document_from_row(row: DocumentRow) -> Document:
    """The document a row stores."""
    return Document(
        id=row.id, text=row.text, url=row.url, source=row.source, title=row.title,
        published=row.published, language=row.language, content_hash=row.content_hash,
        ingested_at=as_utc(row.ingested_at),
    )


def event_values(event: Event, created_at: dt.datetime) -> dict[str, Any]:
    """The column values that store an event; `created_at` is when the event (with this id) first appeared."""
    evidence = event.evidence
    return {
        "id": event.id, "document_id": event.document_id,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "assoc_actor1": list(event.assoc_actor1), "inter1": event.inter1,
        "actor2": event.actor2, "assoc_actor2": list(event.assoc_actor2), "inter2": event.inter2,
        "location": event.location, "admin1": event.admin1, "country": event.country,
        "latitude": event.latitude, "longitude": event.longitude, "geo_precision": event.geo_precision,
        "date": event.date, "time_precision": event.time_precision, "fatalities": event.fatalities,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence": evidence.text if evidence else None,
        "notes": event.notes, "confidence": event.confidence,
        "extractor": event.extractor, "extractor_version": event.extractor_version,
        "created_at": created_at,
    }


def event_row(event: Event, created_at: dt.datetime) -> EventRow:
    """The row that stores an event; `created_at` is when the event (with this id) first appeared."""
    return EventRow(**event_values(event, created_at))


def event_from_row(row: EventRow | Row[Any]) -> Event:
    """The event a row stores (an EventRow, or a Core row of the events table), with the id it was stored under."""
    evidence = None
    if row.evidence_start is not None and row.evidence_end is not None:
        evidence = Evidence(document_id=row.document_id, start=row.evidence_start,
                            end=row.evidence_end, text=row.evidence or "")
    return Event(
        id=row.id, document_id=row.document_id,
        event_type=row.event_type, sub_event_type=row.sub_event_type,
        actor1=row.actor1, assoc_actor1=tuple(row.assoc_actor1 or ()), inter1=row.inter1,
        actor2=row.actor2, assoc_actor2=tuple(row.assoc_actor2 or ()), inter2=row.inter2,
        location=row.location, admin1=row.admin1, country=row.country,
        latitude=row.latitude, longitude=row.longitude, geo_precision=row.geo_precision,
        date=row.date, time_precision=row.time_precision, fatalities=row.fatalities,
        evidence=evidence, notes=row.notes, confidence=row.confidence,
        extractor=row.extractor, extractor_version=row.extractor_version,
    )
