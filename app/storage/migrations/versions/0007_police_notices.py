"""The police's public event notices: which were imported, and the type mapping.

Revision ID: 0007
Revises: 0006b
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.types import UtcDateTime

revision = "0007"
down_revision = "0006b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "police_notice",
        sa.Column("event_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "incident_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="SET NULL"),
            nullable=True,
            unique=True,
        ),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("incident_version", sa.Integer, nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "police_type_category",
        sa.Column("police_type", sa.String(120), primary_key=True),
        sa.Column("category_id", sa.Integer, sa.ForeignKey("category.id"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("police_type_category")
    op.drop_table("police_notice")
