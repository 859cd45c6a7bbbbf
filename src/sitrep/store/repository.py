"""The Store: every read and write of documents and events, one transaction per call.

Ingest is idempotent by content hash (the same text is stored once), re-extracting a document
replaces its events atomically, and an event keeps its id (and its first `created_at`) across
re-runs when it has not changed.
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sitrep.errors import QueryError, StoreError
from sitrep.model import Document, Event
from sitrep.store import migrate
from sitrep.store.convert import as_utc, document_from_row, document_row, event_from_row, event_values
from sitrep.store.incident_order import summarise_documents
from sitrep.store.locks import StoreLock, lock_documents, lock_store
from sitrep.store.query import EventFilter
from sitrep.store.tables import DocumentRow, EventRow, ExtractionRunRow, core_table

log = logging.getLogger(__name__)

#: How long SQLite waits for another writer before giving up (milliseconds).
SQLITE_BUSY_TIMEOUT_MS = 10_000
#: Pause between attempts to switch a new SQLite file to WAL while another process holds it.
SQLITE_WAL_RETRY_SECONDS = 0.05


class Added(enum.StrEnum):
    """What `Store.add_document` did with a document."""

    CREATED = "created"  # a new report
    UNCHANGED = "unchanged"  # the same text was already stored (under the returned id)
    UPDATED = "updated"  # the id was stored with other text: the text is replaced, its events dropped


@dataclass(frozen=True)
class DocumentHead:
    """A stored report as a listing shows it: everything but the text, and the text's length."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    ingested_at: dt.datetime | None
    length: int

    @classmethod
    def of(cls, document: Document) -> DocumentHead:
        """The head of a whole document, as the listing query would return it."""
        return cls(id=document.id, title=document.title, source=document.source, url=document.url,
                   published=document.published, ingested_at=document.ingested_at, length=len(document.text))


@dataclass(frozen=True)
class Replacement:
    """What re-extracting one document changed: events kept (same id), added and removed."""

    kept: int
    added: int
    removed: int

    @property
    def events(self) -> int:
        return self.kept + self.added


def normalise_url(url: str) -> str:
    """Point PostgreSQL URLs at the psycopg 3 driver, the one sitrep installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _enable_wal(cursor: Any) -> None:
    # Switching a new file to WAL needs it to itself, and SQLite reports "database is locked"
    # at once, without its busy timeout, while another process is doing the same (two
    # `sitrep ingest` starting on a new database): so retry, for as long as that timeout.
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(SQLITE_WAL_RETRY_SECONDS)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # Foreign keys are off by default in SQLite; WAL lets readers work while a batch writes.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    _enable_wal(cursor)
    # With WAL, NORMAL syncs at checkpoints rather than at every commit: still never corrupt,
    # and a crash of sitrep loses nothing; only a power cut can lose the last commits. It makes
    # a commit ~20x cheaper, which one transaction per ingested report needs.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() folds ASCII only: a search for "émeutes" would miss "ÉMEUTES".
    # Python's folds every script, as PostgreSQL's does.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _json_dumps(value: Any) -> str:
    # Keep non-ASCII names readable in the database, so actor filters match them.
    return json.dumps(value, ensure_ascii=False)


#: Values per `IN (...)` list: well under SQLite's limit on the parameters of one statement.
IN_LIST_CHUNK = 500


def _rows_where_in(session: Session, column: Any, values: Iterable[str]) -> list[Any]:
    """The rows whose `column` is one of `values`, read with a few `IN` queries."""
    values = sorted(values)
    rows: list[Any] = []
    for i in range(0, len(values), IN_LIST_CHUNK):
        rows.extend(session.scalars(select(column.class_).where(column.in_(values[i:i + IN_LIST_CHUNK]))))
    return rows


class Store:
    """Documents and events in a database (SQLite by default, PostgreSQL by URL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to the database at `url` and bring its schema up to date."""
        url = normalise_url(url)
        try:
            engine = create_engine(url, json_serializer=_json_dumps)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(f"cannot use database URL {url!r}: {exc}; "
                             "give a SQLite path or a postgresql:// URL with --db or SITREP_DB") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        shown = make_url(url).render_as_string(hide_password=True)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
        except OperationalError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {shown}: {exc.orig}; "
                             "check the path or URL given with --db or SITREP_DB") from exc
        except StoreError:
            engine.dispose()
            raise
        log.debug("opened store %s", shown)
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _session(self) -> Session:
        return self._sessions()

    # Documents

    def add_document(self, document: Document) -> tuple[Document, Added]:
        """Store a report unless the same text is already stored; return the stored one and what happened."""
        return self.add_documents([document])[0]

    def add_documents(self, documents: Sequence[Document]) -> list[tuple[Document, Added]]:
        """Store several reports in one transaction; return each one's stored version and what happened, in order.

        Does exactly what `add_document` would do for each report in turn (a later report of
        the batch sees the earlier ones), with two look-ups and one bulk insert per batch
        instead of a few statements and a commit per report.
        """
        now = _now()
        stamped = [d if d.ingested_at else replace(d, ingested_at=now) for d in documents]
        if not stamped:
            return []
        try:
            with self._session() as session, session.begin():
                # Two processes adding the same report must not both find it new: the second
                # waits here, then sees the first one's rows.
                lock_store(session, StoreLock.DOCUMENTS)
                by_hash = {row.content_hash: row for row in _rows_where_in(
                    session, DocumentRow.content_hash, {d.content_hash for d in stamped})}
                by_id = {row.id: row for row in _rows_where_in(session, DocumentRow.id, {d.id for d in stamped})}
                results = [self._add_one(session, document, by_hash, by_id) for document in stamped]
        except IntegrityError as exc:
            if len(stamped) > 1:
                # Another writer got in between (it cannot under the lock, but a foreign
                # writer might): redo the batch report by report, each settling its own race.
                return [self.add_documents([document])[0] for document in stamped]
            # Another process stored the same text between our check and our insert.
            with self._session() as session:
                row = session.scalar(
                    select(DocumentRow).where(DocumentRow.content_hash == stamped[0].content_hash))
                if row is not None:
                    return [(document_from_row(row), Added.UNCHANGED)]
            raise StoreError(f"could not store document {stamped[0].id}: {exc.orig}") from exc
        return results

    @staticmethod
    def _add_one(session: Session, stamped: Document, by_hash: dict[str, DocumentRow],
                 by_id: dict[str, DocumentRow]) -> tuple[Document, Added]:
        """Add one report of a batch; `by_hash` and `by_id` hold the rows stored so far and are kept up to date."""
        same_text = by_hash.get(stamped.content_hash)
        if same_text is not None:
            return document_from_row(same_text), Added.UNCHANGED
        same_id = by_id.get(stamped.id)
        if same_id is None:
            row = document_row(stamped)
            session.add(row)
            by_hash[row.content_hash] = by_id[row.id] = row
            return stamped, Added.CREATED
        # A new version of a report already stored under this id: the old events point into
        # the old text, so they go with it.
        session.execute(delete(EventRow).where(EventRow.document_id == stamped.id))
        summarise_documents(session, [stamped.id])
        by_hash.pop(same_id.content_hash, None)
        new = document_row(stamped)
        for column in ("url", "source", "title", "published", "language", "text",
                       "content_hash", "ingested_at"):
            setattr(same_id, column, getattr(new, column))
        by_hash[same_id.content_hash] = same_id
        # Written now, so that a later report of the batch may take the old text's hash.
        session.flush()
        return stamped, Added.UPDATED

    def document(self, document_id: str) -> Document | None:
        """The stored document with this id, or None."""
        with self._session() as session:
            row = session.get(DocumentRow, document_id)
            return document_from_row(row) if row is not None else None

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Stored documents (all of them, or those with these ids), ordered by id."""
        statement = select(DocumentRow).order_by(DocumentRow.id)
        if ids is not None:
            statement = statement.where(DocumentRow.id.in_(list(ids)))
        with self._session() as session:
            return [document_from_row(row) for row in session.scalars(statement)]

    def document_heads(self, search: str | None = None, limit: int | None = None,
                       offset: int = 0) -> tuple[int, list[DocumentHead]]:
        """Stored documents without their text, newest first (undated last), with how many match.

        `search` keeps those whose title, source or id contains it (any case). Filtered, sorted and
        paged in SQL: a listing never reads every report's text.
        """
        columns = (DocumentRow.id, DocumentRow.title, DocumentRow.source, DocumentRow.url,
                   DocumentRow.published, DocumentRow.ingested_at, func.length(DocumentRow.text))
        statement = select(*columns)
        counting = select(func.count()).select_from(DocumentRow)
        if search and search.strip():
            needle = search.strip().lower()
            matches = [func.lower(func.coalesce(column, "")).contains(needle, autoescape=True)
                       for column in (DocumentRow.title, DocumentRow.source, DocumentRow.id)]
            statement, counting = statement.where(or_(*matches)), counting.where(or_(*matches))
        statement = statement.order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(),
                                       DocumentRow.id.desc()).offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        with self._session() as session:
            total = session.scalar(counting) or 0
            heads = [DocumentHead(id=row[0], title=row[1], source=row[2], url=row[3], published=row[4],
                                  ingested_at=as_utc(row[5]), length=row[6] or 0)
                     for row in session.execute(statement)]
        return total, heads

    def document_ids(self) -> list[str]:
        """The ids of every stored document, in order."""
        with self._session() as session:
            return list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    # Events

    def replace_events(self, document_id: str, events: Sequence[Event], *,
                       extractor: str = "", extractor_version: str = "") -> Replacement:
        """Replace a document's events with these, in one transaction: all are stored or none change."""
        return self.replace_events_many([(document_id, events)], extractor=extractor,
                                        extractor_version=extractor_version)[0]

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Stored events that pass the filter, in its order."""
        filters = filters or EventFilter()
        statement = filters.page(filters.where(select(EventRow)))
        with self._session() as session:
            return [event_from_row(row) for row in session.scalars(statement)]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many stored events pass the filter (ignoring its limit and offset)."""
        filters = filters or EventFilter()
        statement = filters.where(select(func.count()).select_from(EventRow))
        with self._session() as session:
            return session.scalar(statement) or 0

    def event(self, event_id: str) -> Event | None:
        """The stored event with this id, or None."""
        with self._session() as session:
            row = session.get(EventRow, event_id)
            return event_from_row(row) if row is not None else None

    def event_created_at(self, event_id: str) -> dt.datetime | None:
        """When an event with this id was first stored (kept across re-extractions)."""
        with self._session() as session:
            value = session.scalar(select(EventRow.created_at).where(EventRow.id == event_id))
        return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value

    def replace_events_many(self, found: Sequence[tuple[str, Sequence[Event]]], *,
                            extractor: str = "", extractor_version: str = "") -> list[Replacement]:
        """Replace the events of several documents, in one transaction with bulk inserts: all or none change.

        `found` pairs each document id with its new events; the result is one Replacement per
        pair, in order. Stores exactly what `replace_events` would, document by document, but
        with a few statements per batch instead of a few per document.
        """
        ids = [document_id for document_id, _ in found]
        if len(set(ids)) != len(ids):
            raise ValueError("a document appears twice in one batch of events")
        for document_id, events in found:
            strangers = [e.id for e in events if e.document_id != document_id]
            if strangers:
                raise ValueError(f"events {strangers} do not belong to document {document_id}")
        if not found:
            return []
        now = _now()
        try:
            with self._session() as session, session.begin():
                # Locked, so a concurrent writer of these documents waits and then sees our events.
                known = set(lock_documents(session, ids))
                missing = [i for i in ids if i not in known]
                if missing:
                    raise QueryError(f"no document with id {missing[0]!r}")
                first_seen: dict[str, dict[str, dt.datetime]] = {i: {} for i in ids}
                for event_id, document_id, created in session.execute(
                        select(EventRow.id, EventRow.document_id, EventRow.created_at)
                        .where(EventRow.document_id.in_(ids))):
                    first_seen[document_id][event_id] = created
                session.execute(delete(EventRow).where(EventRow.document_id.in_(ids)))
                rows = [event_values(e, first_seen[document_id].get(e.id) or now)
                        for document_id, events in found for e in events]
                if rows:
                    # A Core insert of plain values: no ORM object per event.
                    session.execute(insert(core_table(EventRow)), rows)
                # The incidents these events are in now merge to something else.
                summarise_documents(session, ids)
                session.execute(insert(core_table(ExtractionRunRow)), [
                    {"document_id": document_id, "extractor": extractor, "extractor_version": extractor_version,
                     "events": len(events), "ran_at": now} for document_id, events in found])
        except IntegrityError as exc:
            which = f"document {ids[0]}" if len(ids) == 1 else f"documents {ids[0]} to {ids[-1]}"
            raise StoreError(f"could not store the events of {which}; "
                             f"the previous events are unchanged: {exc.orig}") from exc
        changes = []
        for document_id, events in found:
            new_ids, old_ids = {e.id for e in events}, set(first_seen[document_id])
            changes.append(Replacement(kept=len(new_ids & old_ids), added=len(new_ids - old_ids),
                                       removed=len(old_ids - new_ids)))
        return changes
