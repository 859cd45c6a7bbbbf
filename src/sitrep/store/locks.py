"""Locks that let several sitrep processes write to one database without losing or doubling rows.

Two `sitrep ingest` or `sitrep extract` processes may work on the same database at once. Each
write that first reads what it will change (whether a report is already stored, the events a
document had, the events fusion has not placed yet) takes a lock before that read:

- on SQLite, the database's one write lock (`BEGIN IMMEDIATE`): writers queue, waiting up to
  the busy timeout, and each sees what the previous one committed;
- on PostgreSQL, row locks on the documents being rewritten (`SELECT ... FOR UPDATE`, in id
  order so two batches cannot deadlock), or a transaction-scoped advisory lock for writes
  that span the whole store (migrations, fusion, adding a report).

Every lock is released when its transaction ends.
"""
from __future__ import annotations

import enum
from collections.abc import Sequence

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from sitrep.store.tables import DocumentRow

#: The first key of sitrep's PostgreSQL advisory locks (two-int form), so they cannot collide
#: with another application's locks on the same server. "sitr" in ASCII.
ADVISORY_NAMESPACE = 0x73697472


class StoreLock(enum.IntEnum):
    """Writes that span the whole store and so take one lock for all of it."""

    MIGRATION = 1  # bringing the schema up to date
    FUSION = 2  # placing unfused events into incidents
    DOCUMENTS = 3  # storing a report: whether its text or id is already stored is checked and acted on at once
    CLAIMS = 4  # an extraction worker taking documents that no concurrent worker has taken


def _connection(where: Session | Connection) -> Connection:
    return where.connection() if isinstance(where, Session) else where


def _begin_immediate(connection: Connection) -> None:
    # Python's sqlite3 (3.11) starts a deferred transaction only at the first INSERT, UPDATE or
    # DELETE, so the reads before it would see data another writer is about to change. Taking
    # the write lock first makes the read and the write one atomic step.
    dbapi = connection.connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def lock_store(where: Session | Connection, lock: StoreLock) -> None:
    """Hold a store-wide write lock until the current transaction ends; others wait for it.

    Call it first in the transaction, before reading what the transaction will change.
    """
    connection = _connection(where)
    dialect = connection.dialect.name
    if dialect == "sqlite":
        _begin_immediate(connection)
    elif dialect == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(ADVISORY_NAMESPACE, int(lock))))


def lock_documents(where: Session | Connection, document_ids: Sequence[str]) -> list[str]:
    """Lock these documents' rows until the transaction ends; return the ids that exist, in order.

    A writer that replaces a document's events holds its lock, so two writers of the same
    document run one after the other and the second sees the first one's events.
    """
    connection = _connection(where)
    if connection.dialect.name == "sqlite":
        _begin_immediate(connection)
    statement = select(DocumentRow.id).where(DocumentRow.id.in_(list(document_ids))).order_by(DocumentRow.id)
    if connection.dialect.name == "postgresql":
        statement = statement.with_for_update()
    return list(connection.scalars(statement))

