"""Risk dates: days the office prepares for (Walpurgis Night, the end of the school
term, New Year's Eve, announced events and demonstrations)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class RiskDate(SQLModel, table=True):
    """A day or a span of days; a yearly one recurs on the same dates every year."""

    __tablename__ = "risk_date"

    id: int | None = Field(default=None, primary_key=True)
    starts_on: date = Field(index=True)
    ends_on: date | None = None  # None: a single day
    title: str = Field(max_length=120)
    notes: str = ""
    recurring_yearly: bool = False
    version: int = 1
