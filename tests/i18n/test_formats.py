"""Numbers, dates and times as each language writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.i18n import formats, set_language


def test_swedish_writes_numbers_with_a_space_and_a_comma() -> None:
    assert formats.decimal(1234.5, 1, "sv") == "1\u00a0234,5"
    assert formats.integer(1234567, "sv") == "1\u00a0234\u00a0567"
    assert formats.integer(-3, "sv") == "\u22123"
    assert formats.percent(12.4, "sv") == "+12\u00a0%"
    assert formats.decimal(-0.04, 1, "sv") == "0,0"


def test_english_writes_numbers_with_a_comma_and_a_point() -> None:
    assert formats.decimal(1234.5, 1, "en") == "1,234.5"
    assert formats.integer(1234567, "en") == "1,234,567"
    assert formats.percent(-7, "en") == "\u22127%"


def test_dates_and_times() -> None:
    moment = datetime(2026, 11, 26, 14, 5)
    assert formats.date_time(moment, "sv") == "2026-11-26 14:05"
    assert formats.date_time(moment, "en") == "26 Nov 2026 14:05"
    assert formats.long_date(date(2026, 11, 26), "sv") == "26 november 2026"
    assert formats.short_date(date(2026, 1, 2), "en") == "2 Jan 2026"


def test_local_time_is_stockholms_and_the_current_language_is_the_default() -> None:
    set_language("sv")
    assert formats.local_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "2026-07-01 14:00"
    assert formats.integer(10000) == "10\u00a0000"
    set_language("en")
    assert formats.local_time(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "1 Jul 2026 14:00"
