"""The agency roster and the joint meetings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agency") as batch:
        batch.add_column(sa.Column("phone", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("duty_phone", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("email", sa.String(254), nullable=False, server_default=""))
        batch.add_column(sa.Column("notes", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agency.id"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("mobile", sa.String(20), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column(
            "deputy_id",
            sa.Integer,
            sa.ForeignKey("person.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("joint_meeting", sa.Boolean, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_person_agency_id", "person", ["agency_id"])
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("starts_at", UtcDateTime(), nullable=False),
        sa.Column("ends_at", UtcDateTime(), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("uid", sa.String(100), nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_meeting_starts_at", "meeting", ["starts_at"])
    op.create_table(
        "meeting_attendee",
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), primary_key=True),
    )
    op.create_index("ix_meeting_attendee_person_id", "meeting_attendee", ["person_id"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("decision_asked", sa.Boolean, nullable=False),
        sa.Column("decision", sa.Text, nullable=False),
    )
    op.create_index("ix_agenda_item_meeting_id", "agenda_item", ["meeting_id"])
    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey("meeting.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("what", sa.String(500), nullable=False),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("done_on", sa.Date, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_action_item_meeting_id", "action_item", ["meeting_id"])
    op.create_index("ix_action_item_owner_id", "action_item", ["owner_id"])


def downgrade() -> None:
    for table in ("action_item", "agenda_item", "meeting_attendee", "meeting", "person"):
        op.drop_table(table)
    with op.batch_alter_table("agency") as batch:
        for column in ("notes", "email", "duty_phone", "phone"):
            batch.drop_column(column)
