"""How the meetings page writes dates and times: local Swedish time, ISO-like dates."""

from __future__ import annotations

from datetime import date, datetime

from app.clock import to_local
from ui.widgets import palette

ERROR_COLOUR = palette.ERROR
OVERDUE_COLOUR = palette.ERROR
DONE_COLOUR = palette.DONE


def day(value: date) -> str:
    return value.isoformat()


def moment(value: datetime) -> str:
    return f"{to_local(value):%Y-%m-%d %H:%M}"


def span(starts: datetime, ends: datetime) -> str:
    """2026-12-03 09:00–11:00, or both dates when it runs past midnight."""
    start, end = to_local(starts), to_local(ends)
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"
