"""The audit log and the office's settings."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime


class AuditEntry(SQLModel, table=True):
    """Who did what to which case, when. Written in the transaction of the act.

    The case is kept by id and number, not by foreign key: the entry outlives
    the case's erasure. `detail` names fields and agencies, never case text,
    so an erased case leaves nothing of itself here but its number.
    """

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UtcDateTime, index=True)
    user_id: int | None = Field(default=None, foreign_key="app_user.id", index=True)
    account: str = Field(max_length=256)
    action: str = Field(max_length=16, index=True)  # AuditAction
    case_id: int | None = Field(default=None, index=True)
    case_number: str = Field(default="", max_length=16)
    detail: str = Field(default="", max_length=500)


class Setting(SQLModel, table=True):
    """A setting of the office, shared by every workstation on the database."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=2000)
