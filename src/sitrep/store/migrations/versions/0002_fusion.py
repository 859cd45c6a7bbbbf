"""Fusion across reports: incidents, their events, near-duplicate links and report fingerprints.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_table(
        "incident_events",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("incident_id", sa.String(length=200), nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE",
                                name=op.f("fk_incident_events_incident_id_incidents")),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_incident_events")),
    )
    op.create_index(op.f("ix_incident_events_incident_id"), "incident_events", ["incident_id"])
    op.create_index(op.f("ix_incident_events_document_id"), "incident_events", ["document_id"])
    op.create_table(
        "document_links",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("duplicate_of", sa.String(length=200), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_document_links_document_id_documents")),
        sa.ForeignKeyConstraint(["duplicate_of"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_document_links_duplicate_of_documents")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_links")),
    )
    op.create_index(op.f("ix_document_links_duplicate_of"), "document_links", ["duplicate_of"])
    op.create_table(
        "document_fingerprints",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_document_fingerprints_document_id_documents")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_fingerprints")),
    )


def downgrade() -> None:
    op.drop_table("document_fingerprints")
    op.drop_table("document_links")
    op.drop_table("incident_events")
    op.drop_table("incidents")
