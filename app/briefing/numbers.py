"""Numbers, dates and changes written the way each language writes them.

Swedish: "10 000", "26 november 2026", "2026-11-26", "+12 %", "−3".
English: "10,000", "26 November 2026", "26 Nov 2026", "+12%", "−3".
The minus is the typographic one (U+2212), as Swedish print uses it.

The plain numbers and dates are app.i18n.formats' (the screens write them the
same way); periods and changes are the situation's own. Without a language,
the interface's; the briefing always gives its own.
"""

from __future__ import annotations

from app.i18n.formats import (
    MINUS,
    integer,
    local_time,
    long_date,
    month_name,
    percent,
    short_date,
    signed,
)
from app.services.situation_types import SMALL_COUNT, Change, Period

# The briefing's modules and the situation page import the plain ones from here too.
__all__ = [
    "MINUS",
    "change_against",
    "change_previous",
    "change_year",
    "integer",
    "local_time",
    "long_date",
    "month_name",
    "percent",
    "period",
    "short_date",
    "signed",
]


def period(value: Period, language: str | None = None) -> str:
    """ "1–26 november 2026", "28 oktober – 26 november 2026" …"""
    start, end = value.start, value.end
    if start == end:
        return long_date(start, language)
    if start.year != end.year:
        return f"{long_date(start, language)} \u2013 {long_date(end, language)}"
    if start.month == end.month:
        return f"{start.day}\u2013{end.day} {month_name(end.month, language)} {end.year}"
    return f"{start.day} {month_name(start.month, language)} \u2013 {long_date(end, language)}"


def change_against(current: int, before: int, small: bool, language: str | None = None) -> str:
    """The change from `before` to `current`: as counts when small, otherwise as a percentage.

    A rise from 2 to 4 is "+2", not "+100 %"; from nothing, there is no percentage at all.
    """
    if small or before == 0:
        return signed(current - before, language)
    return percent((current - before) * 100 / before, language)


def change_previous(change: Change, language: str | None = None) -> str:
    return change_against(change.current.value, change.previous, change.small, language)


def change_year(change: Change, language: str | None = None) -> str:
    small = min(change.current.value, change.year_ago) < SMALL_COUNT
    return change_against(change.current.value, change.year_ago, small, language)
