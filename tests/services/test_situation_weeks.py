"""Periods, local weeks across the changes of daylight saving time, and the SQL per engine."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy.dialects import postgresql

from app.services import incident_query, incidents, situation, situation_queries
from app.services.incident_types import IncidentQuery
from app.services.situation_types import Period
from app.storage.database import Database
from tests.services.support import draft


@pytest.mark.parametrize(
    ("period", "previous", "year_before"),
    [
        (  # a month: the 31 days before
            Period(date(2026, 10, 1), date(2026, 10, 31)),
            Period(date(2026, 8, 31), date(2026, 9, 30)),
            Period(date(2025, 10, 1), date(2025, 10, 31)),
        ),
        (  # a leap day at the end becomes 28 February a year earlier
            Period(date(2028, 2, 1), date(2028, 2, 29)),
            Period(date(2028, 1, 3), date(2028, 1, 31)),
            Period(date(2027, 2, 1), date(2027, 2, 28)),
        ),
        (  # a period over New Year's Eve
            Period(date(2025, 12, 29), date(2026, 1, 4)),
            Period(date(2025, 12, 22), date(2025, 12, 28)),
            Period(date(2024, 12, 29), date(2025, 1, 4)),
        ),
        (  # one day; the day before a leap day's year-before
            Period(date(2024, 2, 29), date(2024, 2, 29)),
            Period(date(2024, 2, 28), date(2024, 2, 28)),
            Period(date(2023, 2, 28), date(2023, 2, 28)),
        ),
    ],
)
def test_previous_period_and_the_year_before(
    period: Period, previous: Period, year_before: Period
) -> None:
    assert period.previous() == previous
    assert previous.days == period.days
    assert period.year_before() == year_before


def test_the_utc_offset_changes_at_the_instants_of_the_law() -> None:
    start = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2027, 1, 1, tzinfo=UTC).timestamp())
    first, changes = situation_queries.utc_offset_changes(start, end)
    assert first == 3600
    assert changes == [
        (int(datetime(2026, 3, 29, 1, 0, tzinfo=UTC).timestamp()), 7200),
        (int(datetime(2026, 10, 25, 1, 0, tzinfo=UTC).timestamp()), 3600),
    ]


# Local (naive) times around the end of summer time on Sunday 25 October 2026,
# and the Monday of the local week each falls in.
AUTUMN = (
    (datetime(2026, 10, 19, 0, 0), date(2026, 10, 19)),  # Monday midnight, summer time
    (datetime(2026, 10, 25, 0, 30), date(2026, 10, 19)),
    (datetime(2026, 10, 25, 2, 30), date(2026, 10, 19)),  # the hour that happens twice
    (datetime(2026, 10, 25, 23, 30), date(2026, 10, 19)),  # winter time: 22:30 UTC
    (datetime(2026, 10, 26, 0, 30), date(2026, 10, 26)),
    (datetime(2026, 11, 1, 23, 59), date(2026, 10, 26)),
)
SPRING = (
    (datetime(2026, 3, 29, 1, 59), date(2026, 3, 23)),
    (datetime(2026, 3, 29, 3, 0), date(2026, 3, 23)),  # right after the lost hour
    (datetime(2026, 3, 29, 23, 30), date(2026, 3, 23)),  # summer time: 21:30 UTC
    (datetime(2026, 3, 30, 0, 0), date(2026, 3, 30)),
)


@pytest.mark.parametrize(
    ("moments", "period"),
    [
        (AUTUMN, Period(date(2026, 10, 19), date(2026, 11, 1))),
        (SPRING, Period(date(2026, 3, 23), date(2026, 4, 5))),
        (AUTUMN, Period(date(2026, 10, 21), date(2026, 10, 28))),  # partial weeks at both ends
    ],
)
def test_weeks_are_local_across_the_change_of_time(
    db: Database, fixed_clock: datetime, moments: tuple[tuple[datetime, date], ...], period: Period
) -> None:
    for moment, _ in moments:
        incidents.create(db, draft(occurred_at=moment, category="VAND"))
    # Just outside the period: the evening before it and the night after it.
    for outside in (
        datetime.combine(period.start - timedelta(days=1), time(23, 30)),
        datetime.combine(period.end + timedelta(days=1), time(0, 30)),
    ):
        incidents.create(db, draft(occurred_at=outside, category="VAND"))
    weekly = situation.gather(db, period).weekly
    expected: dict[date, int] = {}
    for moment, monday in moments:
        if period.start <= moment.date() <= period.end:
            expected[monday] = expected.get(monday, 0) + 1
    assert dict(zip(weekly.weeks, weekly.values[0], strict=True)) == {
        w: expected.get(w, 0) for w in weekly.weeks
    }
    for value, flt in zip(weekly.values[0], weekly.filters[0], strict=True):
        assert incident_query.count(db, IncidentQuery(filter=flt)) == value


def test_postgresql_groups_by_the_local_week_of_the_zone_database() -> None:
    from sqlalchemy import select

    class _Bind:
        dialect = postgresql.dialect()

    class _Session:
        def get_bind(self) -> _Bind:
            return _Bind()

    week = situation_queries._local_week(_Session(), Period(date(2026, 1, 1), date(2026, 12, 31)))  # type: ignore[arg-type]
    sql = str(
        select(week).compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    )
    assert "date_trunc('week', timezone('Europe/Stockholm', incident.occurred_at))" in sql
    assert situation_queries._monday(datetime(2026, 10, 19, 0, 0)) == date(2026, 10, 19)
