"""How the meetings page writes dates and times: local time, in the language's shape
(app.i18n.formats: Swedish 2026-12-03 09:00, English 3 Dec 2026 09:00)."""

from __future__ import annotations

from datetime import date, datetime

from app.clock import to_local
from app.i18n import formats
from ui.widgets import palette

ERROR_COLOUR = palette.ERROR
OVERDUE_COLOUR = palette.ERROR
DONE_COLOUR = palette.DONE


def day(value: date) -> str:
    return formats.short_date(value)


def moment(value: datetime) -> str:
    return formats.local_time(value)


def local_day(value: datetime) -> str:
    """The local date of a stored (UTC) moment."""
    return formats.short_date(to_local(value).date())


def span(starts: datetime, ends: datetime) -> str:
    """2026-12-03 09:00–11:00, or both dates when it runs past midnight."""
    start, end = to_local(starts), to_local(ends)
    if start.date() == end.date():
        return f"{formats.date_time(start)}–{formats.clock_time(end)}"
    return f"{formats.date_time(start)} – {formats.date_time(end)}"
