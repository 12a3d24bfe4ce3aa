"""Risk dates, kept on the meetings page and listed in the briefing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "risk_date",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("recurring_yearly", sa.Boolean, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_risk_date_starts_on", "risk_date", ["starts_on"])


def downgrade() -> None:
    op.drop_index("ix_risk_date_starts_on", table_name="risk_date")
    op.drop_table("risk_date")
