"""Reports an analyst split apart, so that no later fusion joins their events again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents_apart",
        sa.Column("document_id", sa.String(length=200), nullable=False),
        sa.Column("other_id", sa.String(length=200), nullable=False),
        sa.Column("split_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_apart_document_id_documents")),
        sa.ForeignKeyConstraint(["other_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_apart_other_id_documents")),
        sa.PrimaryKeyConstraint("document_id", "other_id", name=op.f("pk_documents_apart")),
    )
    op.create_index(op.f("ix_documents_apart_other_id"), "documents_apart", ["other_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_apart_other_id"), table_name="documents_apart")
    op.drop_table("documents_apart")
