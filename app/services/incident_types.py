"""What the incident service takes and gives: plain, fully loaded values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.vocabulary import Area, Reliability, Status


@dataclass(frozen=True)
class IncidentDraft:
    """What an officer fills in. Times may be naive (local Swedish time) or aware."""

    occurred_at: datetime
    category: str  # category code, e.g. "FIRE"
    summary: str
    severity: int = 2
    area: Area | str | None = None  # None: the category's default area
    status: Status | str = Status.NEW
    occurred_until: datetime | None = None
    reported_at: datetime | None = None
    district: str | None = None  # district name
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    description: str = ""
    source_agency: str | None = None  # agency name
    source_reliability: Reliability | str = Reliability.UNKNOWN
    verified: bool = False
    agencies_involved: tuple[str, ...] = ()
    police_ref: str = ""
    rescue_ref: str = ""
    external_ref: str = ""
    external_url: str = ""
    injured: int = 0
    damage: str = ""
    estimated_cost_sek: int | None = None
    insurance_claim_ref: str = ""
    action_taken: str = ""
    secret: bool = False
    related: tuple[str, ...] = ()  # reference numbers
    duplicate_of: str | None = None  # reference number


@dataclass(frozen=True)
class Incident(IncidentDraft):
    """A stored incident with what the system adds."""

    id: int = 0
    reference: str = ""
    version: int = 1
    entered_at: datetime | None = None
    entered_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""

    def draft(self) -> IncidentDraft:
        """The editable part, to change and save back."""
        names = IncidentDraft.__dataclass_fields__
        return IncidentDraft(**{name: getattr(self, name) for name in names})


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident table."""

    id: int
    reference: str
    occurred_at: datetime
    reported_at: datetime | None
    category: str
    area: str
    severity: int
    status: str
    district: str
    place: str
    summary: str
    verified: bool
    secret: bool


class SortColumn(StrEnum):
    REFERENCE = "reference"
    OCCURRED = "occurred"
    REPORTED = "reported"
    CATEGORY = "category"
    AREA = "area"
    SEVERITY = "severity"
    STATUS = "status"
    DISTRICT = "district"
    PLACE = "place"
    SUMMARY = "summary"


@dataclass(frozen=True)
class IncidentSort:
    column: SortColumn = SortColumn.OCCURRED
    descending: bool = True


@dataclass(frozen=True)
class IncidentFilter:
    """What the filter bar and the export select. Empty means no restriction."""

    text: str = ""
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    categories: tuple[str, ...] = ()  # codes
    districts: tuple[str, ...] = ()  # names
    severities: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()  # source or involved, by name
    include_secret: bool = True


@dataclass(frozen=True)
class IncidentQuery:
    filter: IncidentFilter = field(default_factory=IncidentFilter)
    sort: IncidentSort = field(default_factory=IncidentSort)


SortKey = tuple[object, ...]


@dataclass(frozen=True)
class Page:
    """Rows start..start+len(rows)-1 of a query, with the keys at both ends for keyset paging."""

    start: int
    rows: tuple[IncidentRow, ...]
    first_key: SortKey | None
    last_key: SortKey | None


def format_reference(year: int, seq: int) -> str:
    return f"{year}-{seq:04d}"
