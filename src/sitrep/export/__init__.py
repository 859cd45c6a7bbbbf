"""Exports of stored events: CSV (ACLED's columns), JSON, GeoJSON and Parquet.

    from sitrep.export import write_events
    result = write_events(events, "geojson", "events.geojson", documents={d.id: d for d in docs})
"""
from sitrep.export.writer import ExportFormat, ExportResult, write_events

__all__ = ["ExportFormat", "ExportResult", "write_events"]
