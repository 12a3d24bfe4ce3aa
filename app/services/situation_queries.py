"""The situation picture's SQL: grouped counts over the incident log's own filter.

Every query here starts from `incident_query.conditions` of the period's
filter and only groups what it selects, so a group narrowed to its keys (a
category, a district, an area, a week) is exactly what the incident log
counts for the same filter narrowed the same way.

Weeks are local (Europe/Stockholm) ISO weeks. SQLite stores the time as UTC
epoch seconds: the local day is (seconds + UTC offset) / 86400, with the
offset switched by a CASE at each daylight-saving change inside the period
(worked out here with zoneinfo), which keeps the query an index scan.
PostgreSQL has the zone database itself: date_trunc('week', occurred_at AT
TIME ZONE 'Europe/Stockholm').
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, case, func, literal, select, type_coerce
from sqlmodel import Session

from app.clock import LOCAL_TZ
from app.domain.tables import CATEGORY, DISTRICT
from app.domain.tables import INCIDENT as T
from app.services import incident_query
from app.services.incident_query import DISTRICT_KEY
from app.services.incident_types import IncidentFilter
from app.services.situation_types import Period

_EPOCH = date(1970, 1, 1)  # a Thursday: Monday-based week n starts on day 7n - 3
_DAY = 86_400


@dataclass(frozen=True)
class CategoryName:
    id: int
    code: str
    title_sv: str
    title_en: str
    sort_order: int


@dataclass(frozen=True)
class Names:
    """The reference lists, read once: categories and districts by id."""

    categories: dict[int, CategoryName]
    districts: dict[int, tuple[str, int]]  # id -> (name, sort order)


@dataclass
class Tally:
    """A period's incidents counted by (category, district) and by area.

    District 0 stands for incidents without a district (as in the district index).
    """

    by_category_district: dict[tuple[int, int], int] = field(default_factory=dict)
    by_area: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_category_district.values())

    def by_category(self) -> dict[int, int]:
        result: dict[int, int] = defaultdict(int)
        for (category, _), count in self.by_category_district.items():
            result[category] += count
        return dict(result)

    def by_district(self) -> dict[int, int]:
        result: dict[int, int] = defaultdict(int)
        for (_, district), count in self.by_category_district.items():
            if district:
                result[district] += count
        return dict(result)


def names(session: Session) -> Names:
    categories = {
        r.id: CategoryName(r.id, r.code, r.title_sv, r.title_en, r.sort_order)
        for r in session.execute(
            select(
                CATEGORY.c.id,
                CATEGORY.c.code,
                CATEGORY.c.title_sv,
                CATEGORY.c.title_en,
                CATEGORY.c.sort_order,
            )
        )
    }
    districts = {
        r.id: (r.name, r.sort_order)
        for r in session.execute(select(DISTRICT.c.id, DISTRICT.c.name, DISTRICT.c.sort_order))
    }
    return Names(categories, districts)


def tally(session: Session, period: Period) -> Tally:
    """Two grouped scans of the period: (category, district) and area.

    Both are answered from the indexes of migration 0001 (category × district
    × time, area × time) without reading the rows.
    """
    where = incident_query.conditions(session, period.filter())
    result = Tally()
    for category, district, count in session.execute(
        select(T.c.category_id, DISTRICT_KEY, func.count())
        .where(*where)
        .group_by(T.c.category_id, DISTRICT_KEY)
    ):
        result.by_category_district[(category, int(district))] = count
    for area, count in session.execute(
        select(T.c.area, func.count()).where(*where).group_by(T.c.area)
    ):
        result.by_area[area] = count
    return result


def category_weeks(session: Session, period: Period) -> dict[tuple[int, date], int]:
    """The period's incidents counted by category and local week (its Monday)."""
    where = incident_query.conditions(session, period.filter())
    week = _local_week(session, period)
    rows = session.execute(
        select(T.c.category_id, week, func.count()).where(*where).group_by(T.c.category_id, week)
    )
    return {(category, _monday(value)): count for category, value, count in rows}


def notable_rows(session: Session, flt: IncidentFilter, limit: int | None) -> list[Any]:
    """The rows of the notable incidents in time order; with a limit, the latest."""
    statement = select(
        T.c.id,
        T.c.ref_year,
        T.c.ref_seq,
        T.c.occurred_at,
        T.c.category_id,
        T.c.district_id,
        T.c.severity,
        T.c.summary,
        T.c.verified,
    ).where(*incident_query.conditions(session, flt))
    if limit is None:
        return list(session.execute(statement.order_by(T.c.occurred_at, T.c.id)))
    latest = statement.order_by(T.c.occurred_at.desc(), T.c.id.desc()).limit(limit)
    return list(reversed(session.execute(latest).all()))


def count(session: Session, flt: IncidentFilter) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(T).where(*incident_query.conditions(session, flt))
        ).scalar_one()
    )


# -- local weeks ----------------------------------------------------------------------


def _local_week(session: Session, period: Period) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        seconds = type_coerce(T.c.occurred_at, Integer)
        local_day = (seconds + _offset_case(seconds, period)) // _DAY
        return (local_day + 3) // 7  # Monday-based weeks since the epoch
    local = func.timezone(LOCAL_TZ.key, T.c.occurred_at)
    return func.date_trunc("week", local)


def _offset_case(seconds: ColumnElement[int], period: Period) -> ColumnElement[int]:
    """The UTC offset (seconds) in force at each instant of the period, as SQL."""
    start = _epoch_at_local_midnight(period.start)
    end = _epoch_at_local_midnight(period.end + timedelta(days=1))
    first, changes = utc_offset_changes(start, end)
    if not changes:
        return literal(first, Integer)
    whens = []
    offset = first
    for instant, new_offset in changes:
        whens.append((seconds < instant, literal(offset, Integer)))
        offset = new_offset
    return case(*whens, else_=literal(offset, Integer))


def utc_offset_changes(start: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """The local UTC offset at `start` (epoch seconds) and every (instant, new
    offset) at which it changes before `end`."""
    first = _offset(start)
    changes: list[tuple[int, int]] = []
    current = first
    moment = start
    while moment < end:
        step = min(moment + _DAY, end)
        if _offset(step) != current:
            low, high = moment, step  # the change lies in (low, high]
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(middle) == current:
                    low = middle
                else:
                    high = middle
            current = _offset(high)
            changes.append((high, current))
        moment = step
    return first, changes


def _offset(epoch: int) -> int:
    offset = datetime.fromtimestamp(epoch, UTC).astimezone(LOCAL_TZ).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def _epoch_at_local_midnight(day: date) -> int:
    return int(datetime.combine(day, time(0), tzinfo=LOCAL_TZ).timestamp())


def _monday(value: Any) -> date:
    """The Monday of a week as either engine returns it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _EPOCH + timedelta(days=7 * int(value) - 3)
