"""The incident log and its reference data.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.types import UtcDateTime

# The starting list of DOMAIN.md; an administrator edits it as data afterwards.
DEFAULT_CATEGORIES = (
    (
        "SHOOT",
        "Shooting or explosion",
        "Skjutning / sprängning",
        "crime.shooting crime.bombExplosion",
        "security",
    ),
    ("VIOL", "Serious violence or threats", "Grovt våld / hot", "crime", "safety"),
    ("FIRE", "Vehicle fire or arson", "Fordonsbrand / anlagd brand", "fire.urbanFire", "safety"),
    ("DRUG", "Drugs", "Narkotika", "crime.drugs", "safety"),
    ("DIST", "Social disturbance", "Ordningsstörning / gruppering", "civil.riot", "safety"),
    ("GANG", "Gang-related", "Gängrelaterat", "crime", "security"),
    ("VAND", "Vandalism and graffiti", "Skadegörelse / klotter", "crime", "insurance"),
    ("DRIVE", "Reckless driving", "Buskörning", "transport", "safety"),
    ("PLACE", "Unsafe place", "Otrygg plats", "infra", "safety"),
    (
        "SCHOOL",
        "School: threats, lockdown",
        "Skola: hot, inrymning, PDV",
        "publicService.schoolLockdown",
        "security",
    ),
    (
        "INFOSEC",
        "Information security incident",
        "Informationssäkerhet / personuppgiftsincident",
        "other",
        "infosec",
    ),
    ("INSUR", "Damage to municipal property", "Försäkringsskada", "other", "insurance"),
    (
        "EVENT",
        "Public event or demonstration",
        "Arrangemang / demonstration",
        "civil.publicEvent",
        "security",
    ),
    ("OTHER", "Other", "Övrigt", "other", "safety"),
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.String(256), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "category",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("title_en", sa.String(80), nullable=False),
        sa.Column("title_sv", sa.String(80), nullable=False),
        sa.Column("cap_codes", sa.String(200), nullable=False),
        sa.Column("default_area", sa.String(16), nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "district",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "reference_counter",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ref_year", sa.Integer, nullable=False),
        sa.Column("ref_seq", sa.Integer, nullable=False),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        sa.Column("occurred_until", UtcDateTime(), nullable=True),
        sa.Column("reported_at", UtcDateTime(), nullable=True),
        sa.Column("entered_at", UtcDateTime(), nullable=False),
        sa.Column("entered_by_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.Column("updated_by_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("category_id", sa.Integer, sa.ForeignKey("category.id"), nullable=False),
        sa.Column("area", sa.String(16), nullable=False),
        sa.Column("severity", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("district_id", sa.Integer, sa.ForeignKey("district.id"), nullable=True),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("summary", sa.String(200), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("source_agency_id", sa.Integer, sa.ForeignKey("agency.id"), nullable=True),
        sa.Column("source_reliability", sa.String(16), nullable=False),
        sa.Column("verified", sa.Boolean, nullable=False),
        sa.Column("police_ref", sa.String(60), nullable=False),
        sa.Column("rescue_ref", sa.String(60), nullable=False),
        sa.Column("external_ref", sa.String(200), nullable=False),
        sa.Column("external_url", sa.String(500), nullable=False),
        sa.Column("injured", sa.Integer, nullable=False),
        sa.Column("damage", sa.Text, nullable=False),
        sa.Column("estimated_cost_sek", sa.Integer, nullable=True),
        sa.Column("insurance_claim_ref", sa.String(60), nullable=False),
        sa.Column("action_taken", sa.Text, nullable=False),
        sa.Column("secret", sa.Boolean, nullable=False),
        sa.Column(
            "duplicate_of_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.UniqueConstraint("ref_year", "ref_seq", name="uq_incident_reference"),
    )
    # One index per sortable column, ending in id, so that the table pages by
    # keyset in either direction. Districts are indexed as coalesce(district_id,
    # 0): incidents without a district then sort and compare like any other.
    for name, columns in (
        ("ix_incident_occurred", ["occurred_at", "id"]),
        ("ix_incident_reported", ["reported_at", "id"]),
        ("ix_incident_category", ["category_id", "occurred_at", "id"]),
        # The filter bar's common combination: categories × districts × a period.
        (
            "ix_incident_category_district",
            ["category_id", sa.text("coalesce(district_id, 0)"), "occurred_at", "id"],
        ),
        ("ix_incident_district", [sa.text("coalesce(district_id, 0)"), "occurred_at", "id"]),
        ("ix_incident_severity", ["severity", "occurred_at", "id"]),
        ("ix_incident_status", ["status", "occurred_at", "id"]),
        ("ix_incident_area", ["area", "occurred_at", "id"]),
        ("ix_incident_place", ["place", "id"]),
        ("ix_incident_summary", ["summary", "id"]),
    ):
        op.create_index(name, "incident", columns)
    op.create_table(
        "incident_agency",
        sa.Column(
            "incident_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("agency_id", sa.Integer, sa.ForeignKey("agency.id"), primary_key=True),
    )
    op.create_index("ix_incident_agency_agency_id", "incident_agency", ["agency_id"])
    op.create_table(
        "incident_link",
        sa.Column(
            "incident_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "related_id",
            sa.Integer,
            sa.ForeignKey("incident.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_incident_link_related_id", "incident_link", ["related_id"])
    op.bulk_insert(
        sa.table(
            "category",
            sa.column("code", sa.String),
            sa.column("title_en", sa.String),
            sa.column("title_sv", sa.String),
            sa.column("cap_codes", sa.String),
            sa.column("default_area", sa.String),
            sa.column("sort_order", sa.Integer),
            sa.column("active", sa.Boolean),
        ),
        [
            {
                "code": code,
                "title_en": title_en,
                "title_sv": title_sv,
                "cap_codes": cap,
                "default_area": area,
                "sort_order": order,
                "active": True,
            }
            for order, (code, title_en, title_sv, cap, area) in enumerate(DEFAULT_CATEGORIES)
        ],
    )


def downgrade() -> None:
    for table in (
        "incident_link",
        "incident_agency",
        "incident",
        "reference_counter",
        "agency",
        "district",
        "category",
        "app_user",
    ):
        op.drop_table(table)
