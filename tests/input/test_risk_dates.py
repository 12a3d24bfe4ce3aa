"""Risk dates: title, notes and days at the edges kept or refused.

Normalisation: the title and the notes are stripped (and then held to the
text rules). A span of one day is stored as a single day (ends_on None). A
yearly date on 29 February falls on 28 February in the other years.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.domain.tables import RISK_DATE
from app.errors import ValidationError
from app.services import risk_dates
from app.services.risk_date_types import RiskDateDraft
from app.services.risk_dates import NOTES_MAX, TITLE_MAX
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    LEAP_DAY,
    check_refusal,
    count_rows,
    edge_dates,
    fields,
    text_refused,
    texts,
    tried,
)


@BOUNDED
@given(title=texts, notes=texts)
def test_a_risk_dates_text_is_kept_or_refused_by_name(
    db: Database, fixed_clock: datetime, title: str, notes: str
) -> None:
    tried()
    title_refused = text_refused(title.strip(), TITLE_MAX, required=True)
    notes_refused = text_refused(notes.strip(), NOTES_MAX, multiline=True)
    before = count_rows(db, RISK_DATE)
    try:
        stored = risk_dates.create(db, RiskDateDraft(title, date(2027, 4, 30), notes=notes))
    except ValidationError as error:
        assert title_refused or notes_refused
        assert set(error.errors) == fields(title=title_refused, notes=notes_refused)
        for field in error.errors:
            check_refusal(error, field)
        assert count_rows(db, RISK_DATE) == before
        return
    assert not (title_refused or notes_refused)
    again = risk_dates.get(db, stored.id)
    assert (again.title, again.notes) == (title.strip(), notes.strip())


@BOUNDED
@given(starts=edge_dates, ends=st.none() | edge_dates, yearly=st.booleans())
def test_days_at_the_edges_are_kept_or_refused(
    db: Database, fixed_clock: datetime, starts: date, ends: date | None, yearly: bool
) -> None:
    tried()
    try:
        stored = risk_dates.create(db, RiskDateDraft("Valborg", starts, ends, "", yearly))
    except ValidationError as error:
        assert ends is not None and (ends < starts or (yearly and (ends - starts).days >= 365))
        check_refusal(error, "ends_on")
        return
    again = risk_dates.get(db, stored.id)
    assert (again.starts_on, again.ends_on, again.recurring_yearly) == (
        starts,
        None if ends == starts else ends,
        yearly,
    )


def test_a_yearly_leap_day_falls_on_the_28th_in_other_years(
    db: Database, fixed_clock: datetime
) -> None:
    tried()
    stored = risk_dates.create(db, RiskDateDraft("Skottdagen", LEAP_DAY, recurring_yearly=True))
    found = risk_dates.coming(db, date(2025, 1, 1), date(2028, 12, 31))
    assert [o.starts_on for o in found if o.risk_date_id == stored.id] == [
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]
