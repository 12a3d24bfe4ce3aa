"""Task forces, their cases, the audit log and the office's settings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.types import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The starting vocabularies; the office edits them on the case page.
RISK_FACTORS = (
    ("Skolfrånvaro", "School absence"),
    ("Kamrater i kriminalitet", "Friends involved in crime"),
    ("Tidigare brott", "Earlier offences"),
    ("Narkotika eller alkohol", "Drugs or alcohol"),
    ("Bristande tillsyn i hemmet", "Little supervision at home"),
    ("Utsatt för våld eller hot", "Exposed to violence or threats"),
    ("Rekrytering till kriminella nätverk", "Recruitment into criminal networks"),
)
PROTECTIVE_FACTORS = (
    ("Fungerande skolgång", "Attends school"),
    ("Trygg vuxen i närheten", "A trusted adult nearby"),
    ("Meningsfull fritid", "Meaningful leisure"),
    ("Prosociala kamrater", "Pro-social friends"),
    ("Motivation till förändring", "Motivated to change"),
)


def _case_fk(primary_key: bool = False) -> sa.Column[int]:
    return sa.Column(
        "case_id",
        sa.Integer,
        sa.ForeignKey("task_case.id", ondelete="CASCADE"),
        primary_key=primary_key,
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "task_force",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("district.id"), nullable=True),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("cadence", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "task_force_agency",
        sa.Column(
            "task_force_id",
            sa.Integer,
            sa.ForeignKey("task_force.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agency.id"), primary_key=True),
    )
    op.create_table(
        "task_force_person",
        sa.Column(
            "task_force_id",
            sa.Integer,
            sa.ForeignKey("task_force.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), primary_key=True),
    )
    op.create_index("ix_task_force_person_person_id", "task_force_person", ["person_id"])
    op.create_table(
        "task_force_user",
        sa.Column(
            "task_force_id",
            sa.Integer,
            sa.ForeignKey("task_force.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("app_user.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_task_force_user_user_id", "task_force_user", ["user_id"])
    op.create_table(
        "case_counter",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "task_case",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(16), nullable=False, unique=True),
        sa.Column("task_force_id", sa.Integer, sa.ForeignKey("task_force.id"), nullable=False),
        sa.Column("subject_code", sa.String(16), nullable=False),
        sa.Column("birth_year", sa.Integer, nullable=False),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("district.id"), nullable=True),
        sa.Column("school", sa.String(120), nullable=False),
        sa.Column("referred_by", sa.String(120), nullable=False),
        sa.Column("referral_reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("close_reason", sa.Text, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        # An erased case's id is never given again: audit entries keep it.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_task_case_task_force_id", "task_case", ["task_force_id"])
    op.create_index("ix_task_case_status", "task_case", ["status"])
    op.create_index("ix_task_case_closed_on", "task_case", ["closed_on"])
    op.create_table(
        "case_consent",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("signer", sa.String(16), nullable=False),
        sa.Column("signer_label", sa.String(60), nullable=False),
        sa.Column("signed_on", sa.Date, nullable=False),
        sa.Column("expires_on", sa.Date, nullable=False),
        sa.Column("withdrawn_on", sa.Date, nullable=True),
    )
    op.create_index("ix_case_consent_case_id", "case_consent", ["case_id"])
    op.create_table(
        "case_consent_agency",
        sa.Column(
            "consent_id",
            sa.Integer,
            sa.ForeignKey("case_consent.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agency.id"), primary_key=True),
    )
    factor_term = op.create_table(
        "case_factor_term",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("title_sv", sa.String(120), nullable=False),
        sa.Column("title_en", sa.String(120), nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "case_factor",
        _case_fk(primary_key=True),
        sa.Column("factor_id", sa.Integer, sa.ForeignKey("case_factor_term.id"), primary_key=True),
    )
    op.create_table(
        "case_responsible",
        _case_fk(primary_key=True),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agency.id"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
    )
    op.create_table(
        "case_action",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("what", sa.String(500), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=True),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("done_on", sa.Date, nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_case_action_case_id", "case_action", ["case_id"])
    op.create_table(
        "case_review",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("held_on", sa.Date, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_case_review_case_id", "case_review", ["case_id"])
    op.create_index("ix_case_review_due", "case_review", ["due"])
    op.create_table(
        "case_incident",
        _case_fk(primary_key=True),
        sa.Column(
            "incident_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_case_incident_incident_id", "case_incident", ["incident_id"])
    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("written_at", UtcDateTime(), nullable=False),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_case_note_case_id", "case_note", ["case_id"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("account", sa.String(256), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("case_number", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_user_id", "audit_entry", ["user_id"])
    op.create_index("ix_audit_entry_action", "audit_entry", ["action"])
    op.create_index("ix_audit_entry_case_id", "audit_entry", ["case_id"])
    setting = op.create_table(
        "app_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(2000), nullable=False),
    )
    _make_audit_log_append_only()
    op.bulk_insert(
        factor_term,
        [
            {"kind": kind, "title_sv": sv, "title_en": en, "sort_order": i, "active": True}
            for kind, terms in (("risk", RISK_FACTORS), ("protective", PROTECTIVE_FACTORS))
            for i, (sv, en) in enumerate(terms)
        ],
    )
    op.bulk_insert(setting, [{"key": "retention_years", "value": "3"}])


def _make_audit_log_append_only() -> None:
    """The database itself refuses to change or remove an audit entry.

    Not even a tool that bypasses the application can edit the log without
    first dropping these triggers, which is a schema change anyone can see.
    """
    if op.get_context().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"
            )
    elif op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse()"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_refuse()")
    for table in (
        "app_setting",
        "audit_entry",
        "case_note",
        "case_incident",
        "case_review",
        "case_action",
        "case_responsible",
        "case_factor",
        "case_factor_term",
        "case_consent_agency",
        "case_consent",
        "task_case",
        "case_counter",
        "task_force_user",
        "task_force_person",
        "task_force_agency",
        "task_force",
    ):
        op.drop_table(table)
