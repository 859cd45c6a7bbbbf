"""GET /api/exports/events?format=csv|json|geojson|parquet: the filtered events as a download."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from sitrep.api.deps import StoreDep
from sitrep.api.filters import FilterValues, build_filter
from sitrep.export import ExportFormat, write_events

router = APIRouter(tags=["exports"])

MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSON: "application/json",
    ExportFormat.GEOJSON: "application/geo+json",
    ExportFormat.PARQUET: "application/vnd.apache.parquet",
}
#: Exports below this size stay in memory; larger ones spill to a temporary file.
SPOOL_BYTES = 8 * 1024 * 1024
CHUNK_BYTES = 64 * 1024


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := stream.read(CHUNK_BYTES):
            yield chunk
    finally:
        stream.close()


@router.get(
    "/exports/events",
    response_class=StreamingResponse,
    responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}},
)
def export_events(
    store: StoreDep,
    values: FilterValues,
    export_format: Annotated[ExportFormat, Query(alias="format")] = ExportFormat.CSV,
    per_report: Annotated[bool, Query(description="One record per report's event, not per fused incident.")] = False,
) -> StreamingResponse:
    """Every event that passes the filters (same parameters as /api/events), as CSV (ACLED columns),
    JSON, GeoJSON points or Parquet: one record per fused incident, with its reports (`sources`,
    `source_count`), unless `per_report` asks for each report's own events."""
    from sitrep.store.incidents import export_selection

    selection = export_selection(store, build_filter(values), per_report)
    spool: Any = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    write_events(selection.events, export_format, spool, selection.documents, selection.incidents)
    spool.seek(0)
    filename = f"sitrep-events.{export_format.value}"
    return StreamingResponse(
        _chunks(spool),
        media_type=MEDIA_TYPES[export_format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
