"""Fixed vocabularies. Values are stored as these strings; titles are for people."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from app.i18n import QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3, Titles


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


AREA_TITLES = Titles(
    "vocabulary",
    {
        Area.SAFETY: QT_TRANSLATE_NOOP("vocabulary", "Safety"),
        Area.SECURITY: QT_TRANSLATE_NOOP("vocabulary", "Security"),
        Area.INFOSEC: QT_TRANSLATE_NOOP("vocabulary", "Information security"),
        Area.INSURANCE: QT_TRANSLATE_NOOP("vocabulary", "Insurance"),
    },
)
SEVERITY_TITLES = Titles(
    "vocabulary",
    {
        Severity.LOW: QT_TRANSLATE_NOOP("vocabulary", "Low"),
        Severity.MODERATE: QT_TRANSLATE_NOOP("vocabulary", "Moderate"),
        Severity.HIGH: QT_TRANSLATE_NOOP("vocabulary", "High"),
        Severity.CRITICAL: QT_TRANSLATE_NOOP("vocabulary", "Critical"),
    },
)
STATUS_TITLES = Titles(
    "vocabulary",
    {
        Status.NEW: QT_TRANSLATE_NOOP("vocabulary", "New"),
        Status.ONGOING: QT_TRANSLATE_NOOP("vocabulary", "Ongoing"),
        Status.FOLLOW_UP: QT_TRANSLATE_NOOP("vocabulary", "Follow-up"),
        Status.CLOSED: QT_TRANSLATE_NOOP("vocabulary", "Closed"),
    },
)
RELIABILITY_TITLES = Titles(
    "vocabulary",
    {
        Reliability.UNKNOWN: QT_TRANSLATE_NOOP("vocabulary", "Unknown"),
        Reliability.LOW: QT_TRANSLATE_NOOP("vocabulary", "Low"),
        Reliability.MEDIUM: QT_TRANSLATE_NOOP("vocabulary", "Medium"),
        Reliability.HIGH: QT_TRANSLATE_NOOP("vocabulary", "High"),
    },
)


class TaskForceKind(StrEnum):
    SOCIAL = "social"  # SSPF: school, social services, police, leisure
    WORKING_GROUP = "working"
    STRATEGY_GROUP = "strategy"


TASK_FORCE_KIND_TITLES = Titles(
    "vocabulary",
    {
        TaskForceKind.SOCIAL: QT_TRANSLATE_NOOP("vocabulary", "Social task force"),
        TaskForceKind.WORKING_GROUP: QT_TRANSLATE_NOOP("vocabulary", "Working group"),
        TaskForceKind.STRATEGY_GROUP: QT_TRANSLATE_NOOP("vocabulary", "Strategy group"),
    },
)


class CaseStatus(StrEnum):
    REFERRED = "referred"
    ASSESSED = "assessed"
    ACTIVE = "active"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


CASE_STATUS_TITLES = Titles(
    "vocabulary",
    {
        # Told apart from the incidents' statuses: a case (ärende) is neuter in Swedish.
        CaseStatus.REFERRED: QT_TRANSLATE_NOOP3("vocabulary", "Referred", "case status"),
        CaseStatus.ASSESSED: QT_TRANSLATE_NOOP3("vocabulary", "Assessed", "case status"),
        CaseStatus.ACTIVE: QT_TRANSLATE_NOOP3("vocabulary", "Active", "case status"),
        CaseStatus.FOLLOW_UP: QT_TRANSLATE_NOOP3("vocabulary", "Follow-up", "case status"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP3("vocabulary", "Closed", "case status"),
    },
    "case status",
)

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


CONSENT_SIGNER_TITLES = Titles(
    "vocabulary",
    {
        ConsentSigner.GUARDIAN: QT_TRANSLATE_NOOP("vocabulary", "Guardian"),
        ConsentSigner.YOUNG_PERSON: QT_TRANSLATE_NOOP("vocabulary", "Young person"),
    },
)


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


AUDIT_ACTION_TITLES = Titles(
    "vocabulary",
    {
        AuditAction.VIEW: QT_TRANSLATE_NOOP("vocabulary", "Viewed"),
        AuditAction.CREATE: QT_TRANSLATE_NOOP("vocabulary", "Created"),
        AuditAction.CHANGE: QT_TRANSLATE_NOOP("vocabulary", "Changed"),
        AuditAction.REFUSED: QT_TRANSLATE_NOOP("vocabulary", "Refused"),
        AuditAction.ERASE: QT_TRANSLATE_NOOP("vocabulary", "Erased"),
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("vocabulary", "Exported"),
    },
)
