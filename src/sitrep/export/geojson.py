"""Events as a GeoJSON FeatureCollection of points (RFC 7946: WGS84, longitude first)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO

from sitrep.export.records import document_for, event_record
from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Event


def write_geojson(events: Iterable[Event], stream: IO[str],
                  documents: Mapping[str, Document] | None = None,
                  incidents: Mapping[str, FusedEvent] | None = None) -> tuple[int, int]:
    """Write events with coordinates as Point features; return (written, left out for lack of coordinates)."""
    written = skipped = 0
    stream.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        if event.latitude is None or event.longitude is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
            "properties": event_record(event, document_for(event, documents), incidents),
        }
        stream.write(",\n" if written else "\n")
        stream.write(json.dumps(feature, ensure_ascii=False))
        written += 1
    stream.write("\n]}\n")
    return written, skipped
