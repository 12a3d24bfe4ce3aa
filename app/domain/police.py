"""What the office keeps of the police's public event notices it imported.

A notice becomes an ordinary incident; this remembers which notice it was
(so importing the same file again creates nothing new), what the notice said
then (so a changed notice is told from an unchanged one) and which version of
the incident the import wrote (so an incident an officer has edited since is
not overwritten unasked). When an officer deletes such an incident the
notice stays known, without its incident, so that the next import does not
bring it back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime


class PoliceNotice(SQLModel, table=True):
    __tablename__ = "police_notice"

    event_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    incident_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("incident.id", ondelete="SET NULL"), nullable=True, unique=True
        ),
    )
    fingerprint: str = Field(max_length=64)  # of what the police can change in a notice
    incident_version: int  # the incident's version as the import left it
    imported_at: datetime = Field(sa_type=UtcDateTime)


class PoliceTypeCategory(SQLModel, table=True):
    """An administrator's choice of category for one of the police's event types;
    types without a row take the built-in default (app.exchange.police_events)."""

    __tablename__ = "police_type_category"

    police_type: str = Field(primary_key=True, max_length=120)
    category_id: int = Field(foreign_key="category.id")
