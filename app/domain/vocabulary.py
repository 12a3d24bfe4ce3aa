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
