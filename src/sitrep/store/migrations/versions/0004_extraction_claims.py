"""Extraction claims: concurrent `sitrep extract` processes split the stored documents between them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extraction_workers",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("extractor", sa.String(length=200), nullable=False),
        sa.Column("extractor_version", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extraction_workers")),
    )
    op.create_table(
        "extraction_claims",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("worker_id", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_extraction_claims_document_id_documents")),
        sa.ForeignKeyConstraint(["worker_id"], ["extraction_workers.id"], ondelete="CASCADE",
                                name=op.f("fk_extraction_claims_worker_id_extraction_workers")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_extraction_claims")),
    )
    op.create_index(op.f("ix_extraction_claims_worker_id"), "extraction_claims", ["worker_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_extraction_claims_worker_id"), table_name="extraction_claims")
    op.drop_table("extraction_claims")
    op.drop_table("extraction_workers")
