"""Numbers, dates and changes written the way each language writes them.

Swedish: "10 000", "26 november 2026", "2026-11-26", "+12 %", "−3".
English: "10,000", "26 November 2026", "26 Nov 2026", "+12%", "−3".
The minus is the typographic one (U+2212), as Swedish print uses it.
"""

from __future__ import annotations

from datetime import date, datetime

from app import month_names
from app.clock import to_local
from app.services.situation_types import SMALL_COUNT, Change, Period

MINUS = "\u2212"
# A no-break space between thousands, so "10 000" never breaks over a line.
THIN = "\u00a0"

_MONTHS = {"sv": month_names.SWEDISH, "en": month_names.ENGLISH}


def integer(value: int, language: str = "sv") -> str:
    text = f"{abs(value):,}".replace(",", THIN if language == "sv" else ",")
    return f"{MINUS}{text}" if value < 0 else text


def signed(value: int, language: str = "sv") -> str:
    """A difference with its sign: "+3", "−3", "±0"."""
    if value == 0:
        return "\u00b10"
    return ("+" if value > 0 else "") + integer(value, language)


def percent(value: float, language: str = "sv") -> str:
    rounded = round(value)
    sign = "+" if rounded > 0 else MINUS if rounded < 0 else "\u00b1"
    number = integer(abs(rounded), language)
    return f"{sign}{number}{THIN}%" if language == "sv" else f"{sign}{number}%"


def long_date(day: date, language: str = "sv") -> str:
    month = _MONTHS["en" if language == "en" else "sv"][day.month - 1]
    return f"{day.day} {month} {day.year}"


def short_date(day: date, language: str = "sv") -> str:
    if language == "en":
        return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
    return day.isoformat()


def local_time(moment: datetime, language: str = "sv") -> str:
    """A UTC moment as local date and time."""
    local = to_local(moment)
    return f"{short_date(local.date(), language)} {local:%H:%M}"


def period(value: Period, language: str = "sv") -> str:
    """ "1–26 november 2026", "28 oktober – 26 november 2026" …"""
    start, end = value.start, value.end
    if start == end:
        return long_date(start, language)
    if start.year != end.year:
        return f"{long_date(start, language)} \u2013 {long_date(end, language)}"
    months = _MONTHS["en" if language == "en" else "sv"]
    if start.month == end.month:
        return f"{start.day}\u2013{end.day} {months[end.month - 1]} {end.year}"
    return f"{start.day} {months[start.month - 1]} \u2013 {long_date(end, language)}"


def change_against(current: int, before: int, small: bool, language: str = "sv") -> str:
    """The change from `before` to `current`: as counts when small, otherwise as a percentage.

    A rise from 2 to 4 is "+2", not "+100 %"; from nothing, there is no percentage at all.
    """
    if small or before == 0:
        return signed(current - before, language)
    return percent((current - before) * 100 / before, language)


def change_previous(change: Change, language: str = "sv") -> str:
    return change_against(change.current.value, change.previous, change.small, language)


def change_year(change: Change, language: str = "sv") -> str:
    small = min(change.current.value, change.year_ago) < SMALL_COUNT
    return change_against(change.current.value, change.year_ago, small, language)
