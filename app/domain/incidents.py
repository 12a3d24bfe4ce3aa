"""The incident log's tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime


class Incident(SQLModel, table=True):
    """Something that happened in the municipality and matters to the office.

    About places and events, not people: the description must carry no personal data.
    """

    __tablename__ = "incident"
    # The indexes (one per sortable column) are created by migration 0001.
    __table_args__ = (UniqueConstraint("ref_year", "ref_seq", name="uq_incident_reference"),)

    id: int | None = Field(default=None, primary_key=True)
    ref_year: int
    ref_seq: int
    occurred_at: datetime = Field(sa_type=UtcDateTime)
    occurred_until: datetime | None = Field(default=None, sa_type=UtcDateTime)
    reported_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    entered_at: datetime = Field(sa_type=UtcDateTime)
    entered_by_id: int = Field(foreign_key="app_user.id")
    updated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    updated_by_id: int | None = Field(default=None, foreign_key="app_user.id")
    version: int = 1

    category_id: int = Field(foreign_key="category.id")
    area: str = Field(max_length=16)
    severity: int
    status: str = Field(max_length=16)
    district_id: int | None = Field(default=None, foreign_key="district.id")
    place: str = Field(default="", max_length=200)
    latitude: float | None = None
    longitude: float | None = None

    summary: str = Field(max_length=200)
    description: str = ""

    source_agency_id: int | None = Field(default=None, foreign_key="agency.id")
    source_reliability: str = Field(default="unknown", max_length=16)
    verified: bool = False
    police_ref: str = Field(default="", max_length=60)
    rescue_ref: str = Field(default="", max_length=60)
    external_ref: str = Field(default="", max_length=200)
    external_url: str = Field(default="", max_length=500)

    injured: int = 0
    damage: str = ""
    estimated_cost_sek: int | None = None
    insurance_claim_ref: str = Field(default="", max_length=60)
    action_taken: str = ""
    secret: bool = False
    duplicate_of_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("incident.id", ondelete="SET NULL"), nullable=True),
    )


class IncidentAgency(SQLModel, table=True):
    """The agencies involved in an incident."""

    __tablename__ = "incident_agency"

    incident_id: int = Field(
        sa_column=Column(Integer, ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    )
    agency_id: int = Field(foreign_key="agency.id", primary_key=True, index=True)


class IncidentLink(SQLModel, table=True):
    """A link between two related incidents, stored once with the lower id first."""

    __tablename__ = "incident_link"

    incident_id: int = Field(
        sa_column=Column(Integer, ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    )
    related_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class ReferenceCounter(SQLModel, table=True):
    """The last reference number given out per year (`2026-0142`)."""

    __tablename__ = "reference_counter"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last: int = 0
