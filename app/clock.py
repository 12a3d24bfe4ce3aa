"""The one place that reads the time, so that tests can control it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Stockholm")

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return _now()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); None restores the system clock."""
    global _now
    _now = source if source is not None else (lambda: datetime.now(UTC))


def to_utc(value: datetime) -> datetime:
    """A naive datetime is local Swedish time (what an officer types); aware ones convert."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return value.astimezone(UTC)


def to_local(value: datetime) -> datetime:
    """UTC (aware or naive) to Europe/Stockholm, aware."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ)
