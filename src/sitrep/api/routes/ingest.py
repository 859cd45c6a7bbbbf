"""POST /api/ingest (JSON: text or URL) and /api/ingest/file (multipart upload): store, extract, answer.

Both need the bearer token given at start-up. A report is ingested like `sitrep ingest` does
(stored once by content hash), then its events are extracted and stored.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, UploadFile

from sitrep.api.deps import AppContext, Context, TokenChecked
from sitrep.api.schemas import EventOut, IngestIn, IngestOut
from sitrep.errors import InputRejected, QueryError
from sitrep.ingest.ids import NON_SLUG, derived_id
from sitrep.ingest.sources import SUFFIX_KINDS, read_input
from sitrep.model import Document, content_hash
from sitrep.store import EventFilter, extract_stored

router = APIRouter(tags=["ingest"], dependencies=[TokenChecked])

#: The name an untitled pasted report's id starts with.
PASTED_NAME = "report"


def _store_and_extract(ctx: AppContext, document: Document) -> IngestOut:
    from sitrep.events.rules import RuleExtractor

    stored, added = ctx.store.add_document(document)
    extractor = RuleExtractor(ctx.pipeline())
    with ctx.run_lock:
        extract_stored(ctx.store, extractor, [stored.id])
    events = ctx.store.events(EventFilter(document_id=stored.id))
    return IngestOut(
        document_id=stored.id, added=added.value, events=[EventOut.from_event(e) for e in events]
    )


def _first_document(items: list[Document | InputRejected]) -> Document:
    for item in items:
        if isinstance(item, Document):
            return item
    for item in items:
        if isinstance(item, InputRejected):
            raise item
    raise QueryError("the input holds no report")


@router.post("/ingest", response_model=IngestOut)
def ingest_report(report: IngestIn, ctx: Context) -> IngestOut:
    """Ingest one report given as text (or, without text, fetched from `url`), extract its events."""
    limit = ctx.settings.max_input_bytes
    if report.text is None:
        if not report.url:
            raise QueryError("give the report's text, or a url to fetch it from")
        document = _first_document(list(read_input(report.url, limit)))
        document = replace(
            document,
            title=report.title or document.title,
            published=report.published or document.published,
            source=report.source or document.source,
        )
        return _store_and_extract(ctx, document)
    name = report.title or report.url or PASTED_NAME
    size = len(report.text.encode("utf-8"))
    if size > limit:
        raise InputRejected(name, InputRejected.TOO_LARGE, f"{size} bytes, the limit is {limit}")
    text = report.text.replace("\r\n", "\n")
    if not text.strip():
        raise InputRejected(name, InputRejected.EMPTY, "the text is empty")
    document = Document(
        id=derived_id(name, content_hash(text)),
        text=text,
        url=report.url,
        source=report.source,
        title=report.title,
        published=report.published,
    )
    return _store_and_extract(ctx, document)


@router.post("/ingest/file", response_model=IngestOut)
def ingest_file(
    file: Annotated[UploadFile, File(description="A .txt, .md, .html or .json report.")], ctx: Context
) -> IngestOut:
    """Ingest an uploaded report file (read like `sitrep ingest FILE`), extract its events."""
    limit = ctx.settings.max_input_bytes
    original = Path(file.filename or "upload.txt").name
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise InputRejected(original, InputRejected.TOO_LARGE, f"over the limit of {limit} bytes")
    suffix = Path(original).suffix.lower()
    # The file is read by the same code as `sitrep ingest`, under a safe copy of its own name.
    safe_name = NON_SLUG.sub("-", Path(original).stem.lower()).strip("-") or "upload"
    with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as folder:
        path = Path(folder) / f"{safe_name}{suffix if suffix in SUFFIX_KINDS else ''}"
        path.write_bytes(data)
        items = [
            replace(i, url=None) if isinstance(i, Document) else InputRejected(original, i.reason, i.detail)
            for i in read_input(str(path), limit)
        ]
    document = _first_document(items)
    return _store_and_extract(ctx, document)
