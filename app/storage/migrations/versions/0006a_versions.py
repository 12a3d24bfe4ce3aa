"""Every editable record carries a version: the agency gets the one it lacked.

A save compares the version the editor opened with the stored one, so that
nobody's change is overwritten unseen (no lost update). Existing agencies start
at version 1, as every other record did.

Revision ID: 0006a
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006a"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.drop_column("version")
