"""Incident summaries: each incident keeps its merged event's sortable fields, so listings page in SQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: The columns this revision adds to `incidents` besides `events`: the merged event's sortable fields.
SUMMARY_COLUMNS = (("date", sa.Date()), ("confidence", sa.Float()), ("fatalities", sa.Integer()),
                   ("country", sa.String(length=200)), ("event_type", sa.String(length=64)))


def upgrade() -> None:
    from sqlalchemy.orm import Session

    from sitrep.store.incident_order import summarise

    # Plain ALTER TABLE, never batch mode's copy of the table: on SQLite, dropping the old
    # incidents table would cascade to incident_events and lose every incident's members.
    op.add_column("incidents", sa.Column("events", sa.Integer(), server_default="0", nullable=False))
    for name, kind in SUMMARY_COLUMNS:
        op.add_column("incidents", sa.Column(name, kind, nullable=True))
    # Backfill: every stored incident's summary, from its member events as they are now.
    session = Session(bind=op.get_bind())
    ids = list(session.scalars(sa.text("SELECT id FROM incidents")))
    summarise(session, ids)
    session.flush()


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later), for the reason given in `upgrade`.
    for name, _ in reversed(SUMMARY_COLUMNS):
        op.drop_column("incidents", name)
    op.drop_column("incidents", "events")
