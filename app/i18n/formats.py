"""Numbers, dates and times written the way each language writes them.

Swedish: "1 234,5", "10 000", "2026-11-26 14:05", "26 november 2026", "+12 %".
English: "1,234.5", "10,000", "26 Nov 2026 14:05", "26 November 2026", "+12%".
The minus is the typographic one (U+2212), as Swedish print uses it; thousands
are separated by a no-break space, so "10 000" never breaks over a line.

One place for both the screens and the briefing: the window shows what the
printed page says. Machine formats (CSV, iCalendar, CAP, the command line's
--from and --to) stay ISO and are not written here.
"""

from __future__ import annotations

from datetime import date, datetime

from app import month_names
from app.clock import to_local
from app.i18n.language import language as current_language

MINUS = "\u2212"
NBSP = "\u00a0"

_MONTHS = {"sv": month_names.SWEDISH, "en": month_names.ENGLISH}


def _lang(language: str | None) -> str:
    return "en" if (language or current_language()) == "en" else "sv"


def integer(value: int, language: str | None = None) -> str:
    text = f"{abs(value):,}".replace(",", NBSP if _lang(language) == "sv" else ",")
    return f"{MINUS}{text}" if value < 0 else text


def decimal(value: float, places: int = 1, language: str | None = None) -> str:
    """1234.5 → "1 234,5" (sv) or "1,234.5" (en)."""
    text = f"{abs(value):,.{places}f}"
    if _lang(language) == "sv":
        text = text.replace(",", NBSP).replace(".", ",")
    negative = value < 0 and text.strip("0,.\u00a0") != ""
    return f"{MINUS}{text}" if negative else text


def signed(value: int, language: str | None = None) -> str:
    """A difference with its sign: "+3", "−3", "±0"."""
    if value == 0:
        return "\u00b10"
    return ("+" if value > 0 else "") + integer(value, language)


def percent(value: float, language: str | None = None) -> str:
    """A change in whole percent with its sign: "+12 %" (sv), "+12%" (en)."""
    rounded = round(value)
    sign = "+" if rounded > 0 else MINUS if rounded < 0 else "\u00b1"
    number = integer(abs(rounded), language)
    return f"{sign}{number}{NBSP}%" if _lang(language) == "sv" else f"{sign}{number}%"


def month_name(month: int, language: str | None = None) -> str:
    return _MONTHS[_lang(language)][month - 1]


def long_date(day: date, language: str | None = None) -> str:
    """ "26 november 2026" / "26 November 2026"."""
    return f"{day.day} {month_name(day.month, language)} {day.year}"


def short_date(day: date, language: str | None = None) -> str:
    """ "2026-11-26" / "26 Nov 2026"."""
    if _lang(language) == "en":
        return f"{day.day} {month_name(day.month, 'en')[:3]} {day.year}"
    return day.isoformat()


def clock_time(moment: datetime) -> str:
    """ "14:05": both languages use the 24-hour clock in a Swedish office."""
    return f"{moment:%H:%M}"


def date_time(moment: datetime, language: str | None = None) -> str:
    """A wall-clock moment (already local) as "2026-11-26 14:05" / "26 Nov 2026 14:05"."""
    return f"{short_date(moment.date(), language)} {clock_time(moment)}"


def local_time(moment: datetime, language: str | None = None) -> str:
    """A UTC moment as local date and time."""
    return date_time(to_local(moment), language)


# Qt's format strings for date and time fields, the same shapes as above.
QT_DATE_FORMAT = {"sv": "yyyy-MM-dd", "en": "d MMM yyyy"}
QT_DATE_TIME_FORMAT = {"sv": "yyyy-MM-dd HH:mm", "en": "d MMM yyyy HH:mm"}
