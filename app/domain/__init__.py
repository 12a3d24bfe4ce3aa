"""Tables and vocabulary of the domain (sqlmodel). Importing this registers every table."""

from app.domain.incidents import Incident, IncidentAgency, IncidentLink, ReferenceCounter
from app.domain.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendee
from app.domain.reference import Agency, Category, District, User
from app.domain.roster import Person
from app.domain.vocabulary import Area, Reliability, Role, Severity, Status

__all__ = [
    "ActionItem",
    "Agency",
    "AgendaItem",
    "Area",
    "Category",
    "District",
    "Incident",
    "IncidentAgency",
    "IncidentLink",
    "Meeting",
    "MeetingAttendee",
    "Person",
    "ReferenceCounter",
    "Reliability",
    "Role",
    "Severity",
    "Status",
    "User",
]
