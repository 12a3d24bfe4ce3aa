"""Joint task forces: who takes part, and which users may open their cases."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


class TaskForce(SQLModel, table=True):
    """A social task force (SSPF), a working group or a strategy group."""

    __tablename__ = "task_force"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=16)  # TaskForceKind
    district_id: int | None = Field(default=None, foreign_key="district.id")  # None: all
    purpose: str = ""
    cadence: str = Field(default="", max_length=120)  # "every second Tuesday"
    active: bool = True
    version: int = 1


class TaskForceAgency(SQLModel, table=True):
    __tablename__ = "task_force_agency"

    task_force_id: int = Field(
        sa_column=Column(Integer, ForeignKey("task_force.id", ondelete="CASCADE"), primary_key=True)
    )
    agency_id: int = Field(foreign_key="agency.id", primary_key=True)


class TaskForcePerson(SQLModel, table=True):
    """A member from the roster: who sits at the table for an agency."""

    __tablename__ = "task_force_person"

    task_force_id: int = Field(
        sa_column=Column(Integer, ForeignKey("task_force.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)


class TaskForceUser(SQLModel, table=True):
    """A user of the application who may open the task force's cases (need to know)."""

    __tablename__ = "task_force_user"

    task_force_id: int = Field(
        sa_column=Column(Integer, ForeignKey("task_force.id", ondelete="CASCADE"), primary_key=True)
    )
    user_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
