"""Alembic environment: runs sitrep's migrations on the connection the Store hands over.

sitrep runs migrations itself when a Store opens (see `store/migrate.py`), so there is no
alembic.ini on the user's side: the connection comes in `config.attributes["connection"]`.
A developer can still run `alembic` by hand with `-x url=sqlite:///path`.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from sitrep.store.tables import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the database with: alembic -x url=sqlite:///path/to/sitrep.sqlite ...")
    with create_engine(url).connect() as conn:
        _run(conn)
