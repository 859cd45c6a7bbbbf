"""One entry point for every export format, writing to a file (atomically) or to a stream."""
from __future__ import annotations

import enum
import io
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sitrep.fuse.fusion import FusedEvent
from sitrep.model import Document, Event


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    JSON = "json"
    GEOJSON = "geojson"
    PARQUET = "parquet"

    @property
    def binary(self) -> bool:
        return self is ExportFormat.PARQUET


@dataclass(frozen=True)
class ExportResult:
    """How many events were written, and how many were left out (GeoJSON: no coordinates)."""

    written: int
    skipped: int = 0


def write_events(events: Iterable[Event], fmt: ExportFormat | str, destination: str | Path | IO[Any],
                 documents: Mapping[str, Document] | None = None,
                 incidents: Mapping[str, FusedEvent] | None = None) -> ExportResult:
    """Write events in a format to a file path or an open stream; `documents` adds source and URL,
    `incidents` (a fused event's id -> its incident) the reports behind it and their disagreements.

    A file is written next to its destination and renamed into place, so a failed export
    never leaves half a file.
    """
    fmt = ExportFormat(fmt)
    events = list(events)
    if isinstance(destination, str | Path):
        path = Path(destination)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        try:
            with os.fdopen(handle, "wb") as stream:
                result = _write(events, fmt, stream, documents, incidents)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        return result
    return _write(events, fmt, destination, documents, incidents)


def _write(events: list[Event], fmt: ExportFormat, stream: IO[Any],
           documents: Mapping[str, Document] | None,
           incidents: Mapping[str, FusedEvent] | None) -> ExportResult:
    if fmt.binary:
        from sitrep.export.parquet import write_parquet

        binary = getattr(stream, "buffer", stream) if isinstance(stream, io.TextIOBase) else stream
        if isinstance(binary, io.TextIOBase):
            raise TypeError("parquet needs a binary stream")
        written = write_parquet(events, binary, documents, incidents)
        binary.flush()
        return ExportResult(written)
    text, wrapper = _text_stream(stream)
    try:
        if fmt is ExportFormat.CSV:
            from sitrep.export.csv import write_csv

            return ExportResult(write_csv(events, text, documents, incidents))
        if fmt is ExportFormat.JSON:
            from sitrep.export.json import write_json

            return ExportResult(write_json(events, text, documents, incidents))
        from sitrep.export.geojson import write_geojson

        written, skipped = write_geojson(events, text, documents, incidents)
        return ExportResult(written, skipped)
    finally:
        text.flush()
        if wrapper is not None:
            wrapper.detach()  # leave the caller's binary stream open


def _text_stream(stream: IO[Any]) -> tuple[IO[str], io.TextIOWrapper | None]:
    """The stream to write text to, and the wrapper put around a binary one (None if none was needed)."""
    if isinstance(stream, io.TextIOBase):
        return stream, None
    wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    return wrapper, wrapper
