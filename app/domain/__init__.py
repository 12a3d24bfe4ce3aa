"""Tables and vocabulary of the domain (sqlmodel). Importing this registers every table."""

from app.domain.incidents import Incident, IncidentAgency, IncidentLink, ReferenceCounter
from app.domain.reference import Agency, Category, District, User
from app.domain.vocabulary import Area, Reliability, Role, Severity, Status

__all__ = [
    "Agency",
    "Area",
    "Category",
    "District",
    "Incident",
    "IncidentAgency",
    "IncidentLink",
    "ReferenceCounter",
    "Reliability",
    "Role",
    "Severity",
    "Status",
    "User",
]
