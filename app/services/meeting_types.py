"""What the meetings service takes and gives: plain, fully loaded values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


@dataclass(frozen=True)
class AgendaItemDraft:
    title: str
    notes: str = ""
    decision_asked: bool = False  # the meeting is asked to decide on this item
    decision: str = ""  # what it decided


@dataclass(frozen=True)
class MeetingDraft:
    """What an officer fills in. Naive times are local Swedish time; aware ones convert."""

    title: str
    starts_at: datetime
    ends_at: datetime
    place: str = ""
    notes: str = ""
    attendee_ids: tuple[int, ...] = ()
    agenda: tuple[AgendaItemDraft, ...] = ()  # in the order of the meeting


@dataclass(frozen=True)
class PersonRef:
    """A person as a meeting shows them: who, in what role, from which agency."""

    id: int
    name: str
    title: str
    agency: str
    email: str = ""
    joint_meeting: bool = False
    active: bool = True


@dataclass(frozen=True)
class Action:
    """An action item with its owner's and meeting's names."""

    id: int
    what: str
    owner_id: int
    owner: str
    owner_agency: str
    due: date
    status: ActionStatus
    done_on: date | None
    meeting_id: int | None
    meeting_title: str
    meeting_starts_at: datetime | None
    version: int
    overdue: bool  # open and due before today (as the clock says)

    @property
    def is_done(self) -> bool:
        return self.status == ActionStatus.DONE

    def draft(self) -> ActionDraft:
        return ActionDraft(self.what, self.owner_id, self.due, self.meeting_id)


@dataclass(frozen=True)
class ActionDraft:
    what: str
    owner_id: int
    due: date
    meeting_id: int | None = None  # None: a standalone action item


@dataclass(frozen=True)
class Meeting:
    """A stored meeting: times are aware UTC; attendees by name, agenda in order."""

    id: int
    uid: str  # the stable iCalendar UID: the same on every export
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    notes: str
    version: int
    attendees: tuple[PersonRef, ...]
    agenda: tuple[AgendaItemDraft, ...]
    actions: tuple[Action, ...]

    def draft(self) -> MeetingDraft:
        """The editable part, to change and save back."""
        return MeetingDraft(
            title=self.title,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            place=self.place,
            notes=self.notes,
            attendee_ids=tuple(person.id for person in self.attendees),
            agenda=self.agenda,
        )


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    upcoming: bool  # not yet over (as the clock says)


@dataclass(frozen=True)
class MeetingList:
    upcoming: tuple[MeetingRow, ...]  # soonest first
    past: tuple[MeetingRow, ...]  # most recent first
