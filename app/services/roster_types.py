"""The plain values the roster services take (drafts) and give (loaded records)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgencyDraft:
    name: str
    kind: str = "other"
    phone: str = ""  # as typed; stored as E.164
    duty_phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    name: str
    kind: str
    active: bool
    phone: str  # E.164
    duty_phone: str  # E.164
    email: str
    notes: str
    people: int  # active people in it
    version: int = 1  # the stored version; saving with an older one is a Conflict

    def draft(self) -> AgencyDraft:
        """A draft with this agency's values, to change and save."""
        return AgencyDraft(
            name=self.name,
            kind=self.kind,
            phone=self.phone,
            duty_phone=self.duty_phone,
            email=self.email,
            notes=self.notes,
        )


@dataclass(frozen=True)
class PersonDraft:
    name: str
    agency_id: int | None
    title: str = ""
    phone: str = ""  # as typed; stored as E.164
    mobile: str = ""
    email: str = ""
    deputy_id: int | None = None
    joint_meeting: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Person:
    id: int
    version: int
    name: str
    title: str
    agency_id: int
    agency: str
    phone: str  # E.164
    mobile: str  # E.164
    email: str
    deputy_id: int | None
    deputy: str  # the deputy's name, "" without one
    joint_meeting: bool
    active: bool
    notes: str

    def draft(self) -> PersonDraft:
        """A draft with this person's values, to change and save."""
        return PersonDraft(
            name=self.name,
            agency_id=self.agency_id,
            title=self.title,
            phone=self.phone,
            mobile=self.mobile,
            email=self.email,
            deputy_id=self.deputy_id,
            joint_meeting=self.joint_meeting,
            notes=self.notes,
        )
