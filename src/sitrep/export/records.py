"""One event as an export row: the ACLED-style columns first, then sitrep's own."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

from sitrep.fuse.fusion import Conflict, FusedEvent, Source
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
#: What sitrep adds: where each event was found and by what, and (for a fused event) every
#: report behind it, when they reported it, and the values they disagree on.
SITREP_COLUMNS = ("document_id", "source_url", "evidence", "evidence_start", "evidence_end",
                  "confidence", "extractor", "extractor_version", "source_count", "independent_source_count",
                  "first_reported", "last_reported", "sources", "conflicts")
#: A fused event's reports in one CSV cell: "doc-1 https://... | doc-2 https://...", and its
#: disagreements: "fatalities: kept 5; 7 (doc-1), 5 (doc-2) | date: kept ...".
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


def incident_for(event: Event, document: Document | None,
                 incidents: Mapping[str, FusedEvent] | None) -> FusedEvent:
    """The incident an exported event stands for: its fused incident, else one of its own report."""
    fused = incidents.get(event.id) if incidents else None
    if fused is not None:
        return fused
    source = Source.from_document(document) if document else Source(event.document_id)
    return FusedEvent(incident_id=event.id, event=event, members=(event,), sources=(source,))


def _plain(value: Any) -> Any:
    # Dates travel as ISO text, like every date of the JSON exports.
    return value.isoformat() if isinstance(value, dt.date) else value


def source_list(incident: FusedEvent) -> list[dict[str, Any]]:
    """The reports behind an incident: id, URL, outlet, when reported, and the report each near-copies."""
    return [{"document_id": s.document_id, "url": s.url, "outlet": s.outlet, "reported": _plain(s.reported),
             "duplicate_of": s.duplicate_of} for s in incident.sources]


def conflict_list(conflicts: tuple[Conflict, ...]) -> list[dict[str, Any]]:
    """The values an incident's reports disagree on: per field, the value kept and each report's."""
    return [{"field": c.field, "kept": _plain(c.kept),
             "values": [{"value": _plain(v), "document_id": d} for v, d in c.values]} for c in conflicts]


def conflict_text(conflicts: tuple[Conflict, ...]) -> str | None:
    """The disagreements as one CSV cell: "fatalities: kept 5; 7 (doc-1), 5 (doc-2)"."""
    parts = [f"{c.field}: kept {_plain(c.kept)}; " + ", ".join(f"{_plain(v)} ({d})" for v, d in c.values)
             for c in conflicts]
    return SOURCE_SEPARATOR.join(parts) or None


def provenance(incident: FusedEvent) -> dict[str, Any]:
    """What every export format says of an event's reports: how many, when, which, and what they disagree on."""
    first, last = incident.first_reported, incident.last_reported
    return {"source_count": incident.source_count,
            "independent_source_count": incident.independent_source_count,
            "first_reported": _plain(first), "last_reported": _plain(last)}


def acled_row(event: Event, document: Document | None = None,
              incidents: Mapping[str, FusedEvent] | None = None) -> dict[str, Any]:
    """The event as a CSV row: every column of CSV_COLUMNS, None where there is no value.

    `incidents` (event id -> its fused incident) gives a fused event's reports and disagreements.
    """
    incident = incident_for(event, document, incidents)
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
        **provenance(incident),
        "sources": SOURCE_SEPARATOR.join(" ".join(x for x in (s.document_id, s.url) if x) for s in incident.sources),
        "conflicts": conflict_text(incident.conflicts),
    }


def event_record(event: Event, document: Document | None = None,
                 incidents: Mapping[str, FusedEvent] | None = None) -> dict[str, Any]:
    """The event as a JSON record: the gold field names, sitrep's own, the report's source and
    URL, the reports behind it (several for a fused event) and the values they disagree on."""
    incident = incident_for(event, document, incidents)
    record = event.to_record()
    record["source"] = document.source if document else None
    record["url"] = document.url if document else None
    record.update(provenance(incident))
    record["sources"] = source_list(incident)
    record["conflicts"] = conflict_list(incident.conflicts)
    return record


def document_for(event: Event, documents: Mapping[str, Document] | None) -> Document | None:
    """The report an event came from, when it is known."""
    return documents.get(event.document_id) if documents else None
