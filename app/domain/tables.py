"""The Core tables behind the sqlmodel classes, for set-based queries.

Services that read or write many rows use SQLAlchemy Core on these (typed,
and without an ORM object per row); single records may use the classes.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from app.domain.incidents import Incident, IncidentAgency, IncidentLink, ReferenceCounter
from app.domain.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendee
from app.domain.reference import Agency, Category, District, User
from app.domain.roster import Person


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


INCIDENT = _table(Incident)
INCIDENT_AGENCY = _table(IncidentAgency)
INCIDENT_LINK = _table(IncidentLink)
REFERENCE_COUNTER = _table(ReferenceCounter)
CATEGORY = _table(Category)
DISTRICT = _table(District)
AGENCY = _table(Agency)
USER = _table(User)
PERSON = _table(Person)
MEETING = _table(Meeting)
MEETING_ATTENDEE = _table(MeetingAttendee)
AGENDA_ITEM = _table(AgendaItem)
ACTION_ITEM = _table(ActionItem)
