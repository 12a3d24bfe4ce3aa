"""The demo cases: pseudonymous, in every status, and obeying the case service's rules."""

from __future__ import annotations

from sqlalchemy import func, select

from app.demo.cases import ensure_cases
from app.demo.generate import generate
from app.demo.task_forces import ensure_task_forces
from app.domain.tables import CASE, TASK_FORCE
from app.domain.vocabulary import CaseStatus, TaskForceKind
from app.services import cases, identity_numbers
from app.services.case_validation import subject_code_problem
from app.storage.database import Database
from tests.services.case_support import sign_in_tester, task_force


def _count(db: Database) -> int:
    with db.reading() as s:
        return int(s.execute(select(func.count()).select_from(CASE)).scalar_one())


def test_demo_cases_obey_the_rules_and_are_idempotent(db: Database, fixed_clock: object) -> None:
    sign_in_tester(db)  # the administrator, who sees every case
    generate(db, incidents=400, seed=3)
    ensure_task_forces(db)
    ensure_cases(db)
    added = _count(db)
    with db.reading() as s:
        social = s.execute(
            select(func.count())
            .select_from(TASK_FORCE)
            .where(TASK_FORCE.c.kind == TaskForceKind.SOCIAL.value)
        ).scalar_one()
    assert social > 0 and added == social * 6
    ensure_cases(db)
    assert _count(db) == added

    rows = cases.list_cases(db)
    assert {row.status for row in rows} == set(CaseStatus)
    assert any(row.review_overdue for row in rows)
    linked = 0
    for row in rows:
        case = cases.open_case(db, row.id)
        assert subject_code_problem(case.subject_code) is None
        for text in (case.school, case.referred_by, case.referral_reason, case.close_reason):
            assert not identity_numbers.find(text)
        if case.status in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP):
            assert case.consent_problem is None, (case.number, case.consent_problem)
            assert case.actions and case.reviews and case.responsible
            assert {r.agency for r in case.responsible} <= set(case.shared_with)
        if case.status is CaseStatus.CLOSED:
            assert case.closed_on is not None and case.close_reason
            assert all(a.done_on is not None for a in case.actions)
        for action in case.actions:
            assert action.done_on is None or action.done_on <= fixed_clock.date()  # type: ignore[attr-defined]
        linked += len(case.incidents)
    assert linked > 0


def test_demo_cases_only_for_social_task_forces_without_cases(
    db: Database, fixed_clock: object
) -> None:
    sign_in_tester(db)
    social = task_force(db, "SSPF Fittja", district="Fittja")
    task_force(db, "Arbetsgrupp", district=None, kind=TaskForceKind.WORKING_GROUP)
    task_force(db, "SSPF Gamla", district="Alby", active=False)
    ensure_cases(db)
    rows = cases.list_cases(db)
    assert len(rows) == 6 and {r.task_force for r in rows} == {"SSPF Fittja"}
    assert all(r.subject_code.startswith("FIT-") for r in rows)
    # Without a roster or incidents the cases are still whole and valid.
    for row in rows:
        detail = cases.open_case(db, row.id)
        if detail.status is CaseStatus.ACTIVE:
            assert detail.consent_problem is None
    assert social
