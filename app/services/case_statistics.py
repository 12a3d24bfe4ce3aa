"""Figures of the social task forces for the situation picture and the briefing.

Numbers only: counts by status, new and closed in a period, overdue reviews.
No subject code, case number, name or text leaves this module, so the figures
carry no personal data and every role may get them (the briefing goes to the
chiefs, who are not members of the task forces). This is why no need-to-know
check and no audit entry is made here, unlike in `app.services.cases`.

Small numbers are given exactly, as the issue asks; in a small district a
count of 1 can still point at a young person for a reader who knows the place,
which is for the office to weigh when it hands the briefing on.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import CASE, CASE_REVIEW, TASK_FORCE
from app.domain.vocabulary import CaseStatus, TaskForceKind
from app.services.situation_types import Period, TaskForceFigures
from app.storage.database import Database


def task_force_figures(
    source: Session | Database, period: Period, *, today: date | None = None
) -> tuple[TaskForceFigures, ...]:
    """For every active social task force, by name: cases by status (every status,
    zeros included), opened and closed within the period, and reviews overdue
    today (due before today, not held, of a case not closed)."""
    day = today or to_local(now()).date()
    if isinstance(source, Database):
        with source.reading() as session:
            return _figures(session, period, day)
    return _figures(source, period, day)


def _figures(session: Session, period: Period, today: date) -> tuple[TaskForceFigures, ...]:
    forces = session.execute(
        select(TASK_FORCE.c.id, TASK_FORCE.c.name)
        .where(
            TASK_FORCE.c.active.is_(True),
            TASK_FORCE.c.kind == TaskForceKind.SOCIAL.value,
        )
        .order_by(TASK_FORCE.c.name)
    ).all()
    by_status: dict[int, dict[str, int]] = defaultdict(dict)
    for force, status, count in session.execute(
        select(CASE.c.task_force_id, CASE.c.status, func.count()).group_by(
            CASE.c.task_force_id, CASE.c.status
        )
    ):
        by_status[force][status] = count
    opened = _per_force(session, CASE.c.opened_on.between(period.start, period.end))
    closed = _per_force(session, CASE.c.closed_on.between(period.start, period.end))
    overdue = _overdue_reviews(session, today)
    return tuple(
        TaskForceFigures(
            name=name,
            by_status=tuple((s, by_status[force].get(s.value, 0)) for s in CaseStatus),
            new_in_period=opened.get(force, 0),
            closed_in_period=closed.get(force, 0),
            overdue_reviews=overdue.get(force, 0),
        )
        for force, name in forces
    )


def _per_force(session: Session, condition: ColumnElement[bool]) -> dict[int, int]:
    rows = session.execute(
        select(CASE.c.task_force_id, func.count()).where(condition).group_by(CASE.c.task_force_id)
    )
    return {force: count for force, count in rows}


def _overdue_reviews(session: Session, today: date) -> dict[int, int]:
    rows = session.execute(
        select(CASE.c.task_force_id, func.count())
        .select_from(CASE_REVIEW)
        .join(CASE, CASE.c.id == CASE_REVIEW.c.case_id)
        .where(
            and_(
                CASE_REVIEW.c.held_on.is_(None),
                CASE_REVIEW.c.due < today,
                CASE.c.status != CaseStatus.CLOSED.value,
            )
        )
        .group_by(CASE.c.task_force_id)
    )
    return {force: count for force, count in rows}
