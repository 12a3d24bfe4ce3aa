"""Fixed vocabularies. Values are stored as these strings; titles are for people."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Area(StrEnum):
    """The office's four areas; every incident belongs to one."""

    SAFETY = "safety"
    SECURITY = "security"
    INFOSEC = "infosec"
    INSURANCE = "insurance"


class Severity(IntEnum):
    LOW = 1
    MODERATE = 2
    HIGH = 3
    CRITICAL = 4


class Status(StrEnum):
    NEW = "new"
    ONGOING = "ongoing"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class Reliability(StrEnum):
    """How far the source can be trusted (before verification)."""

    UNKNOWN = "unknown"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    DATA_PROTECTION_OFFICER = "dpo"
    COORDINATOR = "coordinator"
    MEMBER = "member"
    READER = "reader"


AREA_TITLES: dict[Area, tuple[str, str]] = {
    Area.SAFETY: ("Safety", "Trygghet"),
    Area.SECURITY: ("Security", "Säkerhet"),
    Area.INFOSEC: ("Information security", "Informationssäkerhet"),
    Area.INSURANCE: ("Insurance", "Försäkring"),
}
SEVERITY_TITLES: dict[Severity, tuple[str, str]] = {
    Severity.LOW: ("Low", "Låg"),
    Severity.MODERATE: ("Moderate", "Måttlig"),
    Severity.HIGH: ("High", "Hög"),
    Severity.CRITICAL: ("Critical", "Kritisk"),
}
STATUS_TITLES: dict[Status, tuple[str, str]] = {
    Status.NEW: ("New", "Ny"),
    Status.ONGOING: ("Ongoing", "Pågående"),
    Status.FOLLOW_UP: ("Follow-up", "Uppföljning"),
    Status.CLOSED: ("Closed", "Avslutad"),
}
RELIABILITY_TITLES: dict[Reliability, tuple[str, str]] = {
    Reliability.UNKNOWN: ("Unknown", "Okänd"),
    Reliability.LOW: ("Low", "Låg"),
    Reliability.MEDIUM: ("Medium", "Medel"),
    Reliability.HIGH: ("High", "Hög"),
}


class TaskForceKind(StrEnum):
    SOCIAL = "social"  # SSPF: school, social services, police, leisure
    WORKING_GROUP = "working"
    STRATEGY_GROUP = "strategy"


TASK_FORCE_KIND_TITLES: dict[TaskForceKind, tuple[str, str]] = {
    TaskForceKind.SOCIAL: ("Social task force", "Social insatsgrupp"),
    TaskForceKind.WORKING_GROUP: ("Working group", "Arbetsgrupp"),
    TaskForceKind.STRATEGY_GROUP: ("Strategy group", "Strategigrupp"),
}


class CaseStatus(StrEnum):
    REFERRED = "referred"
    ASSESSED = "assessed"
    ACTIVE = "active"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


CASE_STATUS_TITLES: dict[CaseStatus, tuple[str, str]] = {
    CaseStatus.REFERRED: ("Referred", "Anmäld"),
    CaseStatus.ASSESSED: ("Assessed", "Bedömd"),
    CaseStatus.ACTIVE: ("Active", "Aktiv"),
    CaseStatus.FOLLOW_UP: ("Follow-up", "Uppföljning"),
    CaseStatus.CLOSED: ("Closed", "Avslutad"),
}

# The way a case moves. It may be closed from any open state (not taken on,
# consent refused, moved away); follow-up may go back to active when needed.
# A closed case stays closed: its retention period runs from the closing.
CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.REFERRED: frozenset({CaseStatus.ASSESSED, CaseStatus.CLOSED}),
    CaseStatus.ASSESSED: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
    CaseStatus.FOLLOW_UP: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
}


class ConsentSigner(StrEnum):
    GUARDIAN = "guardian"
    YOUNG_PERSON = "young_person"  # required from the age of 15


CONSENT_SIGNER_TITLES: dict[ConsentSigner, tuple[str, str]] = {
    ConsentSigner.GUARDIAN: ("Guardian", "Vårdnadshavare"),
    ConsentSigner.YOUNG_PERSON: ("Young person", "Den unge"),
}


class FactorKind(StrEnum):
    RISK = "risk"
    PROTECTIVE = "protective"


class AuditAction(StrEnum):
    VIEW = "view"  # a case's detail was opened
    CREATE = "create"
    CHANGE = "change"
    REFUSED = "refused"  # access was refused
    ERASE = "erase"  # retention erased a closed case
    EXPORT = "export"  # the audit log was exported


AUDIT_ACTION_TITLES: dict[AuditAction, tuple[str, str]] = {
    AuditAction.VIEW: ("Viewed", "Visad"),
    AuditAction.CREATE: ("Created", "Skapad"),
    AuditAction.CHANGE: ("Changed", "Ändrad"),
    AuditAction.REFUSED: ("Refused", "Nekad"),
    AuditAction.ERASE: ("Erased", "Gallrad"),
    AuditAction.EXPORT: ("Exported", "Exporterad"),
}
