"""What gather_briefing takes from the office's settings and the calendar: the default
classification in the briefing's language, and which risk dates are still coming."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.briefing.briefing_data import gather_briefing, risk_window
from app.services import office_settings, risk_dates, users
from app.services.risk_date_types import RiskDateDraft
from app.services.situation_types import Period
from app.storage.database import Database
from tests.services.meeting_support import add_meeting

pytestmark = pytest.mark.usefixtures("fixed_clock")  # Thursday 2026-11-26, 14:00 local
PAST = Period(date(2026, 9, 1), date(2026, 9, 30))


def test_a_fresh_install_marks_its_briefings(db: Database) -> None:
    assert gather_briefing(db, period=PAST).classification == "Intern – ej för publicering"
    english = gather_briefing(db, period=PAST, language="en")
    assert english.classification == "Internal – not for publication"


def test_a_marking_set_by_the_office_is_printed_as_written(db: Database) -> None:
    users.sign_in(db)
    office_settings.set_setting(db, office_settings.CLASSIFICATION_MARKING, "Arbetsmaterial")
    assert gather_briefing(db, period=PAST, language="en").classification == "Arbetsmaterial"
    office_settings.set_setting(db, office_settings.CLASSIFICATION_MARKING, "")
    assert gather_briefing(db, period=PAST).classification == ""  # the office wants none


def test_a_past_periods_risk_dates_start_today_and_end_at_the_next_meeting(db: Database) -> None:
    add_meeting(db, starts_at=datetime(2026, 12, 3, 9, 0), ends_at=datetime(2026, 12, 3, 11, 0))
    for day, title in (
        (date(2026, 10, 15), "Höstlov"),  # after the period, but past
        (date(2026, 11, 28), "Demonstration"),
        (date(2026, 12, 13), "Lucia"),  # after the next meeting
    ):
        risk_dates.create(db, RiskDateDraft(title, day))
    assert risk_window(db, PAST, None) == (date(2026, 11, 26), date(2026, 12, 3))
    data = gather_briefing(db, period=PAST)
    assert [r.title for r in data.risk_dates] == ["Demonstration"]
    assert data.risk_until == date(2026, 12, 3)


def test_without_a_next_meeting_six_weeks_from_the_start(db: Database) -> None:
    assert risk_window(db, PAST, None) == (date(2026, 11, 26), date(2027, 1, 7))
    current = Period(date(2026, 11, 1), date(2026, 11, 30))  # ends after today
    assert risk_window(db, current, None) == (date(2026, 12, 1), date(2027, 1, 12))


def test_a_meetings_risk_dates_run_to_the_meeting_after_it(db: Database) -> None:
    this = add_meeting(db, starts_at=datetime(2026, 12, 3, 9, 0), ends_at=datetime(2026, 12, 3, 11))
    add_meeting(db, starts_at=datetime(2027, 1, 7, 9, 0), ends_at=datetime(2027, 1, 7, 11, 0))
    period = Period(date(2026, 11, 5), date(2026, 11, 26))
    assert risk_window(db, period, this.starts_at) == (date(2026, 11, 27), date(2027, 1, 7))
