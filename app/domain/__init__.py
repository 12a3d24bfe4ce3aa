"""Tables and vocabulary of the domain (sqlmodel). Importing this registers every table."""

from app.domain.audit import AuditEntry, Setting
from app.domain.cases import (
    Case,
    CaseAction,
    CaseCounter,
    CaseFactor,
    CaseIncident,
    CaseNote,
    CaseResponsible,
    CaseReview,
    Consent,
    ConsentAgency,
    Factor,
)
from app.domain.incidents import Incident, IncidentAgency, IncidentLink, ReferenceCounter
from app.domain.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendee
from app.domain.police import PoliceNotice, PoliceTypeCategory
from app.domain.reference import Agency, Category, District, User
from app.domain.risk_dates import RiskDate
from app.domain.roster import Person
from app.domain.task_forces import TaskForce, TaskForceAgency, TaskForcePerson, TaskForceUser
from app.domain.vocabulary import Area, Reliability, Role, Severity, Status

__all__ = [
    "ActionItem",
    "Agency",
    "AgendaItem",
    "Area",
    "AuditEntry",
    "Case",
    "CaseAction",
    "CaseCounter",
    "CaseFactor",
    "CaseIncident",
    "CaseNote",
    "CaseResponsible",
    "CaseReview",
    "Category",
    "Consent",
    "ConsentAgency",
    "District",
    "Factor",
    "Incident",
    "IncidentAgency",
    "IncidentLink",
    "Meeting",
    "MeetingAttendee",
    "Person",
    "PoliceNotice",
    "PoliceTypeCategory",
    "ReferenceCounter",
    "Reliability",
    "RiskDate",
    "Role",
    "Setting",
    "Severity",
    "Status",
    "TaskForce",
    "TaskForceAgency",
    "TaskForcePerson",
    "TaskForceUser",
    "User",
]
