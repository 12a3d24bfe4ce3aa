"""Numbers, dates and changes in each language's conventions."""

from __future__ import annotations

from datetime import date

from app.briefing import numbers
from app.services.incident_types import IncidentFilter
from app.services.situation_types import Change, Count, Period


def change(current: int, previous: int, year_ago: int = 0) -> Change:
    return Change(Count(current, IncidentFilter()), previous, year_ago)


def test_thousands_are_grouped_as_each_language_groups_them() -> None:
    assert numbers.integer(10_000, "sv") == "10\u00a0000"
    assert numbers.integer(10_000, "en") == "10,000"
    assert numbers.integer(-3, "sv") == "\u22123"


def test_small_counts_change_in_counts_large_ones_in_percent() -> None:
    assert numbers.change_previous(change(4, 2), "sv") == "+2"  # not "+100 %"
    assert numbers.change_previous(change(120, 100), "sv") == "+20\u00a0%"
    assert numbers.change_previous(change(120, 100), "en") == "+20%"
    assert numbers.change_previous(change(80, 100), "en") == "\u221220%"
    assert numbers.change_previous(change(50, 50), "sv") == "\u00b10\u00a0%"


def test_dates_and_periods() -> None:
    assert numbers.long_date(date(2026, 11, 26), "sv") == "26 november 2026"
    assert numbers.short_date(date(2026, 11, 26), "en") == "26 Nov 2026"
    assert numbers.period(Period(date(2026, 11, 1), date(2026, 11, 26)), "sv") == (
        "1\u201326 november 2026"
    )
    assert numbers.period(Period(date(2026, 10, 29), date(2026, 11, 25)), "en") == (
        "29 October \u2013 25 November 2026"
    )
