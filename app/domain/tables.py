"""The Core tables behind the sqlmodel classes, for set-based queries.

Services that read or write many rows use SQLAlchemy Core on these (typed,
and without an ORM object per row); single records may use the classes.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

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
TASK_FORCE = _table(TaskForce)
TASK_FORCE_AGENCY = _table(TaskForceAgency)
TASK_FORCE_PERSON = _table(TaskForcePerson)
TASK_FORCE_USER = _table(TaskForceUser)
CASE = _table(Case)
CASE_COUNTER = _table(CaseCounter)
CONSENT = _table(Consent)
CONSENT_AGENCY = _table(ConsentAgency)
FACTOR = _table(Factor)
CASE_FACTOR = _table(CaseFactor)
CASE_RESPONSIBLE = _table(CaseResponsible)
CASE_ACTION = _table(CaseAction)
CASE_REVIEW = _table(CaseReview)
CASE_INCIDENT = _table(CaseIncident)
CASE_NOTE = _table(CaseNote)
AUDIT_ENTRY = _table(AuditEntry)
SETTING = _table(Setting)
RISK_DATE = _table(RiskDate)
POLICE_NOTICE = _table(PoliceNotice)
POLICE_TYPE_CATEGORY = _table(PoliceTypeCategory)
