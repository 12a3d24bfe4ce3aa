"""The situation picture as one plain value: gathered once, drawn on screen or on paper.

`app.services.situation.gather` fills it from the same queries as the incident
log; the briefing (app.briefing) and the situation page (ui.situation) only
render it. Every count carries the incident filter that reproduces it, so a
click on a bar, a cell or a number opens the incident log on exactly those
incidents, and a test can check each figure against the incident log's count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.vocabulary import CaseStatus
from app.services.incident_types import IncidentFilter
from app.services.meeting_types import Action

# Below this, a change is said as counts ("from 2 to 4"), not as a percentage:
# "+100 %" on two incidents alarms more than it informs.
SMALL_COUNT = 10


@dataclass(frozen=True)
class Period:
    """Local dates, both inclusive."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def year_before(self) -> Period:
        """The same dates a year earlier (29 February becomes 28 February)."""
        return Period(_year_before(self.start), _year_before(self.end))

    def filter(
        self,
        *,
        categories: tuple[str, ...] = (),
        districts: tuple[str, ...] = (),
        areas: tuple[str, ...] = (),
        severities: tuple[int, ...] = (),
    ) -> IncidentFilter:
        """The incident-log filter of this period, narrowed by category, district …"""
        return IncidentFilter(
            date_from=self.start,
            date_to=self.end,
            categories=categories,
            districts=districts,
            areas=areas,
            severities=severities,
        )


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Count:
    """A number of incidents, and the incident-log filter that lists exactly them."""

    value: int
    filter: IncidentFilter


@dataclass(frozen=True)
class Change:
    """This period against the one before it and against the same period a year earlier."""

    current: Count
    previous: int
    year_ago: int

    @property
    def small(self) -> bool:
        """Too few to speak of percentages."""
        return min(self.current.value, self.previous) < SMALL_COUNT


@dataclass(frozen=True)
class Line:
    """A row of a breakdown: a category, an area or a district."""

    key: str  # category code, area value or district name
    title_sv: str
    title_en: str
    change: Change

    def title(self, language: str = "sv") -> str:
        return self.title_en if language == "en" else self.title_sv


@dataclass(frozen=True)
class WeeklySeries:
    """Incidents per week (Monday–Sunday, ISO weeks) and category, for the stacked bars."""

    weeks: tuple[date, ...]  # the Monday of each week
    categories: tuple[Line, ...]  # the series, largest first; the rest gathered as "other"
    values: tuple[tuple[int, ...], ...]  # values[category][week]
    filters: tuple[tuple[IncidentFilter, ...], ...]  # the same shape: a bar's incidents


@dataclass(frozen=True)
class Matrix:
    """District × category counts of the period; the largest cells are to be emphasised."""

    districts: tuple[str, ...]
    categories: tuple[Line, ...]
    cells: tuple[tuple[Count, ...], ...]  # cells[district][category]
    emphasised: frozenset[tuple[int, int]]  # (district index, category index) of the highest


@dataclass(frozen=True)
class NotableIncident:
    """A high or critical incident of the period; identity numbers already masked."""

    id: int
    reference: str
    occurred_at: datetime  # UTC
    district: str
    category_sv: str
    category_en: str
    severity: int
    summary: str
    verified: bool


@dataclass(frozen=True)
class TaskForceFigures:
    """Numbers only: never a subject code, never a case number."""

    name: str
    by_status: tuple[tuple[CaseStatus, int], ...]
    new_in_period: int
    closed_in_period: int
    overdue_reviews: int


@dataclass(frozen=True)
class KeyPoint:
    """A sentence of the key points, in both languages, with what it is about."""

    sv: str
    en: str
    filter: IncidentFilter | None = None  # the incidents it speaks of, when it does

    def text(self, language: str = "sv") -> str:
        return self.en if language == "en" else self.sv


@dataclass(frozen=True)
class Situation:
    period: Period
    previous: Period
    year_ago: Period
    total: Change
    by_area: tuple[Line, ...]
    by_category: tuple[Line, ...]  # every category with incidents in any of the three periods
    by_district: tuple[Line, ...]
    weekly: WeeklySeries
    matrix: Matrix
    notable: tuple[NotableIncident, ...]  # in time order; secret incidents left out
    task_forces: tuple[TaskForceFigures, ...]
    open_actions: tuple[Action, ...]  # overdue first
    done_actions: tuple[Action, ...]  # done within the period
    key_points: tuple[KeyPoint, ...] = field(default=())
    generated_at: datetime | None = None  # UTC
    # Every notable incident of the period (high or critical, not secret), also
    # when `notable` holds only the latest of them (gather's notable_limit).
    notable_count: Count | None = None
