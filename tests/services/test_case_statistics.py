"""The task forces' figures for the situation picture: numbers only, from the cases."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

from sqlalchemy import insert

from app.clock import now
from app.domain.tables import CASE, CASE_REVIEW
from app.domain.vocabulary import CaseStatus, Role, TaskForceKind
from app.services import case_statistics
from app.services.situation_types import Period
from app.storage.database import Database
from tests.services.case_support import sign_in_tester, task_force, user

PERIOD = Period(date(2026, 10, 1), date(2026, 10, 31))
_numbers = iter(range(1, 1000))


def add_case(
    db: Database,
    task_force_id: int,
    status: CaseStatus,
    opened_on: date,
    closed_on: date | None = None,
    reviews: tuple[tuple[date, date | None], ...] = (),
) -> int:
    """A case written directly, with opened and closed dates in the past."""
    with db.writing() as s:
        case_id = int(
            s.execute(
                insert(CASE)
                .values(
                    number=f"2026-{next(_numbers):03d}",
                    task_force_id=task_force_id,
                    subject_code="ALB-17",
                    birth_year=2012,
                    status=status.value,
                    opened_on=opened_on,
                    closed_on=closed_on,
                    created_at=now(),
                    updated_at=now(),
                )
                .returning(CASE.c.id)
            ).scalar_one()
        )
        for due, held_on in reviews:
            s.execute(insert(CASE_REVIEW).values(case_id=case_id, due=due, held_on=held_on))
        return case_id


def test_cases_by_status_new_closed_and_overdue_reviews_per_social_task_force(
    db: Database, fixed_clock: datetime
) -> None:
    alby = task_force(db, "SSPF Alby")
    fittja = task_force(db, "SSPF Fittja", district="Fittja")
    task_force(db, "Arbetsgrupp trygghet", kind=TaskForceKind.WORKING_GROUP)
    task_force(db, "SSPF Tumba (nedlagd)", district="Tumba", active=False)
    overdue, coming, held = date(2026, 11, 20), date(2026, 12, 1), date(2026, 11, 21)
    add_case(db, alby, CaseStatus.REFERRED, date(2026, 10, 1))  # new: first day
    add_case(db, alby, CaseStatus.ACTIVE, date(2026, 10, 31), reviews=((overdue, None),))
    add_case(db, alby, CaseStatus.ACTIVE, date(2026, 9, 30), reviews=((coming, None),))
    add_case(db, alby, CaseStatus.FOLLOW_UP, date(2026, 11, 1), reviews=((overdue, held),))
    add_case(
        db,
        alby,
        CaseStatus.CLOSED,
        date(2026, 3, 1),
        closed_on=date(2026, 10, 31),
        reviews=((overdue, None),),  # a closed case's review is overdue no more
    )
    add_case(db, alby, CaseStatus.CLOSED, date(2026, 3, 1), closed_on=date(2026, 11, 1))
    add_case(db, fittja, CaseStatus.ASSESSED, date(2026, 10, 5), reviews=((overdue, None),) * 2)

    figures = case_statistics.task_force_figures(db, PERIOD)

    assert [f.name for f in figures] == ["SSPF Alby", "SSPF Fittja"]
    first, second = figures
    assert dict(first.by_status) == {
        CaseStatus.REFERRED: 1,
        CaseStatus.ASSESSED: 0,
        CaseStatus.ACTIVE: 2,
        CaseStatus.FOLLOW_UP: 1,
        CaseStatus.CLOSED: 2,
    }
    assert [s for s, _ in first.by_status] == list(CaseStatus)
    assert (first.new_in_period, first.closed_in_period, first.overdue_reviews) == (2, 1, 1)
    assert (second.new_in_period, second.closed_in_period, second.overdue_reviews) == (1, 0, 2)
    assert dict(second.by_status)[CaseStatus.ASSESSED] == 1


def test_the_figures_hold_numbers_only_and_need_no_membership(
    db: Database, fixed_clock: datetime
) -> None:
    sign_in_tester(db)
    alby = task_force(db, "SSPF Alby")
    add_case(db, alby, CaseStatus.ACTIVE, date(2026, 10, 3))
    # A reader who belongs to no task force gets the same figures: they are aggregates.
    reader = user(db, "reader", Role.READER)
    figures = case_statistics.task_force_figures(reader, PERIOD)
    assert figures == case_statistics.task_force_figures(db, PERIOD)
    names = {f.name for f in fields(figures[0])}
    assert names == {"name", "by_status", "new_in_period", "closed_in_period", "overdue_reviews"}
    assert "ALB-17" not in repr(figures) and "2026-" not in repr(figures)


def test_within_a_session_and_with_today_given(db: Database, fixed_clock: datetime) -> None:
    alby = task_force(db, "SSPF Alby")
    add_case(db, alby, CaseStatus.ACTIVE, date(2026, 10, 3), reviews=((date(2026, 11, 20), None),))
    with db.reading() as session:
        early = case_statistics.task_force_figures(session, PERIOD, today=date(2026, 11, 20))
    assert early[0].overdue_reviews == 0  # due today is not overdue yet
    assert case_statistics.task_force_figures(db, PERIOD)[0].overdue_reviews == 1
