"""Reference data: categories, districts, agencies and users."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime
from app.domain.vocabulary import Area, Role


class Category(SQLModel, table=True):
    """An incident category. The code is stable; titles are editable data."""

    __tablename__ = "category"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    title_en: str = Field(max_length=80)
    title_sv: str = Field(max_length=80)
    cap_codes: str = Field(default="other", max_length=200)  # space-separated CAP codes
    default_area: str = Field(default=Area.SAFETY.value, max_length=16)
    sort_order: int = 0
    active: bool = True


class District(SQLModel, table=True):
    __tablename__ = "district"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    sort_order: int = 0
    active: bool = True


class Agency(SQLModel, table=True):
    __tablename__ = "agency"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(default="other", max_length=32)
    active: bool = True
    phone: str = Field(default="", max_length=20)  # switchboard, E.164
    duty_phone: str = Field(default="", max_length=20)  # the on-duty function, E.164
    email: str = Field(default="", max_length=254)
    notes: str = ""
    version: int = 1  # raised by every save; a stale save is a Conflict


class User(SQLModel, table=True):
    """A person who uses the application, identified by the operating system's account."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=256, unique=True)
    display_name: str = Field(default="", max_length=120)
    role: str = Field(default=Role.MEMBER.value, max_length=16)
    created_at: datetime = Field(sa_type=UtcDateTime)
