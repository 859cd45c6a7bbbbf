"""GET /api/documents, /api/documents/{id} and /api/documents/{id}/annotations (for the report reader)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from sitrep.api.deps import AppContext, Context, StoreDep
from sitrep.api.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from sitrep.api.schemas import Annotations, DocumentOut, DocumentPage, DocumentSummary, EventOut, Span
from sitrep.model import Actor, Document, Mention, Place
from sitrep.store import DocumentHead, EventFilter

router = APIRouter(tags=["documents"])

#: How many documents' mentions the app keeps, so re-opening a report is instant.
MENTION_CACHE_SIZE = 128


def _document(store: StoreDep, document_id: str) -> Document:
    document = store.document(document_id)
    if document is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    return document


@router.get("/documents", response_model=DocumentPage)
def list_documents(
    store: StoreDep,
    q: Annotated[str | None, Query(description="Words in the title, source or id.", max_length=200)] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> DocumentPage:
    """Stored reports (without their text), newest first, optionally searched by title, source or id."""
    total, heads = store.document_heads(q, limit, offset)
    return DocumentPage(
        total=total,
        limit=limit,
        offset=offset,
        items=[DocumentSummary.model_validate(head) for head in heads],
    )


@router.get("/documents/{document_id}", response_model=DocumentOut)
def get_document(document_id: str, store: StoreDep) -> DocumentOut:
    """One report: its text, metadata and the events coded from it."""
    document = _document(store, document_id)
    events = store.events(EventFilter(document_id=document_id, sort="date"))
    summary = DocumentSummary.model_validate(DocumentHead.of(document))
    return DocumentOut(
        **summary.model_dump(),
        text=document.text,
        content_hash=document.content_hash,
        events=[EventOut.from_event(e) for e in events],
    )


def _label(mention: Mention) -> str | None:
    value = mention.value
    if isinstance(value, Actor | Place):
        return value.name
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return None
    return str(value)


def document_mentions(ctx: AppContext, document: Document) -> list[Mention]:
    """The actor, place, date and number mentions the pipeline finds in a document (cached)."""
    cached = ctx.mention_cache.get(document.content_hash)
    if cached is not None:
        return cached
    pipeline = ctx.pipeline()
    with ctx.run_lock:
        working = pipeline.run(document)
    mentions = [
        *working.actor_mentions,
        *working.place_mentions,
        *working.date_mentions,
        *working.number_mentions,
    ]
    if len(ctx.mention_cache) >= MENTION_CACHE_SIZE:
        ctx.mention_cache.pop(next(iter(ctx.mention_cache)))
    ctx.mention_cache[document.content_hash] = mentions
    return mentions


# `name` keeps the OpenAPI operation id the function had before it was renamed (the module's
# `from __future__ import annotations` already binds `annotations`).
@router.get("/documents/{document_id}/annotations", response_model=Annotations, name="annotations")
def document_annotations(document_id: str, store: StoreDep, ctx: Context) -> Annotations:
    """A report's text with the spans to highlight: mentions of actors, places, dates, numbers, and evidence.

    Spans are character offsets into `text`, sorted by start; they may nest (a place inside
    an evidence sentence) but mentions of one kind never overlap.
    """
    document = _document(store, document_id)
    spans = [
        Span(start=m.start, end=m.end, kind=m.kind.value, label=_label(m))
        for m in document_mentions(ctx, document)
    ]
    for event in store.events(EventFilter(document_id=document_id)):
        if event.evidence is not None and 0 <= event.evidence.start < event.evidence.end <= len(
            document.text
        ):
            spans.append(
                Span(start=event.evidence.start, end=event.evidence.end, kind="evidence", label=event.id)
            )
    spans.sort(key=lambda s: (s.start, -s.end, s.kind))
    return Annotations(document_id=document.id, text=document.text, spans=spans)
