"""One event as an export row: the ACLED-style columns first, then sitrep's own."""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.model import ActorCategory, Document, Event, EventType

#: ACLED's column names, in ACLED's order. Columns sitrep does not fill (region, admin2,
#: admin3, source_scale, tags) stay empty so that tools written for ACLED files can read ours.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
#: What sitrep adds: where each event was found and by what.
SITREP_COLUMNS = ("document_id", "source_url", "evidence", "evidence_start", "evidence_end",
                  "confidence", "extractor", "extractor_version", "source_count", "sources")
#: A fused event's reports in one CSV cell: "doc-1 https://... | doc-2 https://...".
SOURCE_SEPARATOR = " | "
CSV_COLUMNS = ACLED_COLUMNS + SITREP_COLUMNS

#: ACLED separates several associated actors with "; ".
ACTOR_SEPARATOR = "; "

#: ACLED's disorder type of each event type; the sub-event types below override it.
DISORDER_TYPES = {
    EventType.BATTLES.value: "Political violence",
    EventType.REMOTE_VIOLENCE.value: "Political violence",
    EventType.VIOLENCE_AGAINST_CIVILIANS.value: "Political violence",
    EventType.PROTESTS.value: "Demonstrations",
    EventType.RIOTS.value: "Demonstrations",
    EventType.STRATEGIC_DEVELOPMENTS.value: "Strategic developments",
}
SUB_EVENT_DISORDER_TYPES = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor categories, lower first (1 and 2 -> 12; 1 alone -> 10)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


@functools.lru_cache(maxsize=512)
def iso_numeric(country: str | None) -> int | None:
    """The ISO 3166 numeric code of a country name, as ACLED's `iso` column gives it."""
    if not country:
        return None
    import pycountry

    try:
        found = pycountry.countries.lookup(country)
    except LookupError:
        return None
    return int(found.numeric)


def source_list(event: Event, document: Document | None, sources: Sequence[Any] | None) -> list[dict[str, Any]]:
    """The reports behind an event: a fused event's sources, else the one report it came from."""
    if sources:
        return [{"document_id": s.document_id, "url": s.url, "duplicate_of": s.duplicate_of} for s in sources]
    return [{"document_id": event.document_id, "url": document.url if document else None, "duplicate_of": None}]


def acled_row(event: Event, document: Document | None = None,
              sources: Sequence[Any] | None = None) -> dict[str, Any]:
    """The event as a CSV row: every column of CSV_COLUMNS, None where there is no value."""
    listed = source_list(event, document, sources)
    targets_civilians = (event.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS.value
                         or event.inter2 == ActorCategory.CIVILIANS)
    ingested = document.ingested_at if document else None
    return {
        "event_id_cnty": event.id,
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "time_precision": event.time_precision,
        "disorder_type": SUB_EVENT_DISORDER_TYPES.get(event.sub_event_type,
                                                      DISORDER_TYPES.get(event.event_type)),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": ACTOR_SEPARATOR.join(event.assoc_actor1) or None,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": ACTOR_SEPARATOR.join(event.assoc_actor2) or None,
        "inter2": event.inter2,
        "interaction": interaction_code(event.inter1, event.inter2),
        "civilian_targeting": "Civilian targeting" if targets_civilians else None,
        "iso": iso_numeric(event.country),
        "region": None,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": None,
        "admin3": None,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": document.source if document else None,
        "source_scale": None,
        "notes": event.notes or None,
        "fatalities": event.fatalities,
        "tags": None,
        "timestamp": int(ingested.timestamp()) if ingested else None,
        "document_id": event.document_id,
        "source_url": document.url if document else None,
        "evidence": event.evidence.text if event.evidence else None,
        "evidence_start": event.evidence_start,
        "evidence_end": event.evidence_end,
        "confidence": event.confidence,
        "extractor": event.extractor,
        "extractor_version": event.extractor_version,
        "source_count": len(listed),
        "sources": SOURCE_SEPARATOR.join(" ".join(x for x in (s["document_id"], s["url"]) if x) for s in listed),
    }


def event_record(event: Event, document: Document | None = None,
                 sources: Sequence[Any] | None = None) -> dict[str, Any]:
    """The event as a JSON record: the gold field names, sitrep's own, the report's source and
    URL, and the list of reports behind it (several for a fused event)."""
    record = event.to_record()
    record["source"] = document.source if document else None
    record["url"] = document.url if document else None
    listed = source_list(event, document, sources)
    record["source_count"] = len(listed)
    record["sources"] = listed
    return record


def document_for(event: Event, documents: Mapping[str, Document] | None) -> Document | None:
    """The report an event came from, when it is known."""
    return documents.get(event.document_id) if documents else None
