"""The database tables (SQLAlchemy 2 declarative), separate from the model classes.

Rows are converted to and from `sitrep.model` records at the edge, in `store/convert.py`.
The schema is created and changed only by the Alembic migrations under `store/migrations/`;
a test checks that these classes and the migrated schema agree.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Stable constraint names, so migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Long enough for any id sitrep makes ("ev-" + 16 hex digits) and for ids taken from records.
ID_LENGTH = 200


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def core_table(row: type[Base]) -> Table:
    """The Core table of a mapped class, for bulk inserts that skip the ORM."""
    # SQLAlchemy types `__table__` as any FromClause (a class may map a join); ours map tables.
    table = row.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row.__name__} is not mapped to a table")
    return table


class DocumentRow(Base):
    """One ingested report. `content_hash` is unique: the same text is stored once."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(16), default="en")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class EventRow(Base):
    """One extracted event, with every field of the gold event record and its provenance."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        CheckConstraint("evidence_start IS NULL OR evidence_end >= evidence_start",
                        name="evidence_span"),
        Index("ix_events_date_type", "date", "event_type"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(64))
    actor1: Mapped[str | None] = mapped_column(String(500), index=True)
    assoc_actor1: Mapped[list[Any]] = mapped_column(JSON, default=list)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(String(500), index=True)
    assoc_actor2: Mapped[list[Any]] = mapped_column(JSON, default=list)
    inter2: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(500))
    admin1: Mapped[str | None] = mapped_column(String(500))
    country: Mapped[str | None] = mapped_column(String(200), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(200), default="")
    extractor_version: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ExtractionRunRow(Base):
    """One run of an extractor over one document: what ran, when, and how many events it stored."""

    __tablename__ = "extraction_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extractor: Mapped[str] = mapped_column(String(200))
    extractor_version: Mapped[str] = mapped_column(Text)
    events: Mapped[int] = mapped_column(Integer)
    ran_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IncidentRow(Base):
    """One incident: the events of several reports fused into one (see `sitrep.fuse.fusion`).

    `pinned` marks an incident an analyst has split: a rebuild of the fusion keeps it as it is.
    `events` counts its member events that are stored (0: none left, so it is listed nowhere), and
    `date` to `event_type` are its merged event's fields that listings sort by, as
    `sitrep.fuse.fusion.merge` gives them; every write that changes the members or their events
    renews them (`store/incident_order.py`), so incidents are sorted and paged in SQL.
    """

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    events: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    date: Mapped[dt.date | None] = mapped_column(Date)
    confidence: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(200))
    event_type: Mapped[str | None] = mapped_column(String(64))


class IncidentEventRow(Base):
    """An event's membership of an incident; an event belongs to at most one.

    `event_id` has no foreign key on purpose: re-extracting a report deletes and re-inserts
    its events, and an event that keeps its id must keep its incident (and an analyst's
    split). Links to events that are gone are removed by the next fusion.
    """

    __tablename__ = "incident_events"

    event_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    incident_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DocumentLinkRow(Base):
    """A report that nearly copies a stored one (a syndicated story): not independent corroboration."""

    __tablename__ = "document_links"

    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    duplicate_of: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    similarity: Mapped[float] = mapped_column(Float)


class DocumentFingerprintRow(Base):
    """A report's MinHash signature (`sitrep.fuse.neardup`), compared with each new report at ingest."""

    __tablename__ = "document_fingerprints"

    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[list[Any]] = mapped_column(JSON)


class DocumentApartRow(Base):
    """Two reports an analyst split apart: their events are never fused into one incident again.

    Kept by document (the smaller id first), not by event, so the split survives a re-extraction
    that gives the events new ids (a new extractor version), which drops their incident links.
    """

    __tablename__ = "documents_apart"

    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    other_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True)
    split_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ExtractionWorkerRow(Base):
    """One `sitrep extract` process over stored documents, so that concurrent ones split the work.

    `seen_at` is renewed at every batch it claims; a worker unseen for long has died. Its claims
    count for the workers that ran beside it, not for those started after it finished.
    """

    __tablename__ = "extraction_workers"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    extractor: Mapped[str] = mapped_column(String(200))
    extractor_version: Mapped[str] = mapped_column(Text)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ExtractionClaimRow(Base):
    """The worker that last took a document to extract, and the text (by hash) it took."""

    __tablename__ = "extraction_claims"

    document_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    worker_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("extraction_workers.id", ondelete="CASCADE"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
