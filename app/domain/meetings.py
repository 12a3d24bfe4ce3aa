"""Joint meetings: their agendas, attendees and action items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from app.domain.types import UtcDateTime


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    starts_at: datetime = Field(sa_type=UtcDateTime, index=True)
    ends_at: datetime = Field(sa_type=UtcDateTime)
    place: str = Field(default="", max_length=200)
    notes: str = ""
    uid: str = Field(max_length=100, unique=True)  # stable iCalendar UID
    version: int = 1


class MeetingAttendee(SQLModel, table=True):
    __tablename__ = "meeting_attendee"

    meeting_id: int = Field(
        sa_column=Column(Integer, ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False
        )
    )
    position: int
    title: str = Field(max_length=200)
    notes: str = ""
    decision_asked: bool = False  # the meeting is asked to decide on this item
    decision: str = ""  # what it decided


class ActionItem(SQLModel, table=True):
    """Something somebody has to do; from a meeting or standing alone."""

    __tablename__ = "action_item"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    what: str = Field(max_length=500)
    owner_id: int = Field(foreign_key="person.id", index=True)
    due: date
    status: str = Field(default="open", max_length=8)  # open, done
    done_on: date | None = None
    version: int = 1
