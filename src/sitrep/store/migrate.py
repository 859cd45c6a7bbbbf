"""Bring a database's schema up to date with Alembic, from the package's own migration scripts."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from sitrep.errors import StoreError
from sitrep.store.locks import StoreLock, lock_store

if TYPE_CHECKING:
    from alembic.config import Config

#: The migration scripts ship inside the package, so users need no alembic.ini.
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision among the package's migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(SCRIPT_LOCATION)).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Run every migration the database has not had yet, on this connection."""
    from alembic import command
    from alembic.util import CommandError

    current, head = current_revision(connection), head_revision()
    if current == head:
        return
    # Two processes opening a new database at once must not both create its tables: the
    # second waits here, then finds the schema up to date.
    lock_store(connection, StoreLock.MIGRATION)
    current = current_revision(connection)
    if current == head:
        return
    try:
        command.upgrade(_config(connection), "head")
    except CommandError as exc:
        raise StoreError(f"cannot migrate the database from revision {current} to {head}: {exc}; "
                         "it may have been made by a newer sitrep") from exc
