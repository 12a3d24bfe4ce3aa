"""Risk dates: validation, yearly dates expanded into a range, and the demo's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.demo.risk_dates import ensure_risk_dates_in
from app.errors import Conflict, NotFound, ValidationError
from app.services import risk_dates
from app.services.risk_date_types import RiskDateDraft
from app.storage.database import Database

WALPURGIS = RiskDateDraft(
    "Valborgsmässoafton", date(2024, 4, 30), notes="Brasor i Alby", recurring_yearly=True
)
NEW_YEAR = RiskDateDraft(
    "Nyårsafton", date(2024, 12, 31), ends_on=date(2025, 1, 1), recurring_yearly=True
)
DEMONSTRATION = RiskDateDraft("Demonstration, Tumba torg", date(2026, 12, 5))


def test_create_list_update_and_delete(db: Database) -> None:
    stored = risk_dates.create(db, WALPURGIS)
    assert stored.draft() == WALPURGIS and stored.version == 1
    other = risk_dates.create(db, DEMONSTRATION)
    assert [r.title for r in risk_dates.list_risk_dates(db)] == [WALPURGIS.title, other.title]
    changed = risk_dates.update(
        db, stored.id, replace(WALPURGIS, notes="Brasor i Alby och Fittja"), expected_version=1
    )
    assert changed.version == 2 and risk_dates.get(db, stored.id) == changed
    with pytest.raises(Conflict):
        risk_dates.update(db, stored.id, WALPURGIS, expected_version=1)
    risk_dates.delete(db, stored.id)
    with pytest.raises(NotFound):
        risk_dates.get(db, stored.id)
    with pytest.raises(NotFound):
        risk_dates.delete(db, stored.id)


def test_every_problem_is_named_at_once(db: Database) -> None:
    bad = RiskDateDraft(
        title="  ",
        starts_on=date(2026, 5, 2),
        ends_on=date(2026, 5, 1),
        notes="Anmälare 811218-9876",
    )
    with pytest.raises(ValidationError) as refused:
        risk_dates.create(db, bad)
    assert set(refused.value.errors) == {"title", "ends_on", "notes"}
    assert "identity number" in refused.value.errors["notes"]
    with pytest.raises(ValidationError) as refused:
        risk_dates.create(db, RiskDateDraft("Möte om 19811218-9876", date(2026, 5, 1)))
    assert set(refused.value.errors) == {"title"}
    with pytest.raises(ValidationError) as refused:
        risk_dates.create(db, RiskDateDraft("x" * 121, date(2026, 5, 1)))
    assert set(refused.value.errors) == {"title"}
    yearly_too_long = RiskDateDraft(
        "Ett år och en dag", date(2026, 1, 1), ends_on=date(2027, 1, 1), recurring_yearly=True
    )
    with pytest.raises(ValidationError, match="shorter than a year"):
        risk_dates.create(db, yearly_too_long)
    assert risk_dates.list_risk_dates(db) == []


def test_a_span_of_one_day_is_stored_as_a_single_day(db: Database) -> None:
    stored = risk_dates.create(db, replace(DEMONSTRATION, ends_on=DEMONSTRATION.starts_on))
    assert stored.ends_on is None


def test_coming_expands_yearly_dates_into_the_range_in_order(db: Database) -> None:
    for draft in (WALPURGIS, NEW_YEAR, DEMONSTRATION):
        risk_dates.create(db, draft)
    found = risk_dates.coming(db, date(2026, 4, 1), date(2027, 5, 31))
    assert [(o.title, o.starts_on, o.ends_on) for o in found] == [
        ("Valborgsmässoafton", date(2026, 4, 30), date(2026, 4, 30)),
        ("Demonstration, Tumba torg", date(2026, 12, 5), date(2026, 12, 5)),
        ("Nyårsafton", date(2026, 12, 31), date(2027, 1, 1)),
        ("Valborgsmässoafton", date(2027, 4, 30), date(2027, 4, 30)),
    ]
    assert found[0].notes == "Brasor i Alby" and found[0].recurring_yearly
    assert found[2].days == 2


def test_a_span_that_began_before_the_range_is_still_coming(db: Database) -> None:
    risk_dates.create(db, NEW_YEAR)
    risk_dates.create(db, RiskDateDraft("Julmarknad", date(2026, 11, 28), date(2026, 12, 6)))
    found = risk_dates.coming(db, date(2027, 1, 1), date(2027, 1, 31))
    assert [(o.title, o.starts_on) for o in found] == [("Nyårsafton", date(2026, 12, 31))]
    found = risk_dates.coming(db, date(2026, 12, 6), date(2026, 12, 6))
    assert [o.title for o in found] == ["Julmarknad"]
    assert risk_dates.coming(db, date(2026, 12, 7), date(2026, 12, 30)) == []


def test_yearly_dates_do_not_reach_back_before_their_first_year(db: Database) -> None:
    risk_dates.create(db, WALPURGIS)  # first entered for 2024
    found = risk_dates.coming(db, date(2020, 1, 1), date(2025, 12, 31))
    assert [o.starts_on.year for o in found] == [2024, 2025]


def test_a_yearly_leap_day_falls_on_28_february_in_other_years(db: Database) -> None:
    risk_dates.create(db, RiskDateDraft("Skottdagsfest", date(2024, 2, 29), recurring_yearly=True))
    found = risk_dates.coming(db, date(2025, 1, 1), date(2028, 12, 31))
    assert [o.starts_on for o in found] == [
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_an_empty_range_has_nothing(db: Database) -> None:
    risk_dates.create(db, WALPURGIS)
    assert risk_dates.coming(db, date(2026, 5, 1), date(2026, 4, 1)) == []


def test_the_demo_risk_dates_are_added_once(db: Database, fixed_clock: datetime) -> None:
    with db.writing() as session:
        added = ensure_risk_dates_in(session)
    with db.writing() as session:
        again = ensure_risk_dates_in(session)
    assert (added, again) == (6, 0)
    stored = risk_dates.list_risk_dates(db)
    titles = {r.title for r in stored}
    assert {"Valborgsmässoafton", "Nyårsafton", "Halloween"} <= titles
    assert {"Sportlov 2027", "Skolavslutning 2027"} <= titles
    for r in stored:  # each would pass the service's own validation
        risk_dates._checked(r.draft())
    coming = risk_dates.coming(db, date(2026, 11, 26), date(2027, 1, 7))
    assert [o.title for o in coming] == ["Anmäld demonstration, Tumba torg", "Nyårsafton"]
    assert coming[0].starts_on == date(2026, 12, 6)
