"""Every pair of statuses: the allowed moves happen, the others are refused by name."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from app.domain.vocabulary import CASE_STATUS_TITLES, CASE_TRANSITIONS, CaseStatus
from app.errors import Conflict, ValidationError
from app.services import cases
from app.services.case_types import CaseDetail
from app.storage.database import Database
from tests.services.case_support import draft, guardian_consent, sign_in_tester, task_force

pytestmark = pytest.mark.usefixtures("fixed_clock")

PATH = {
    CaseStatus.REFERRED: (),
    CaseStatus.ASSESSED: (CaseStatus.ASSESSED,),
    CaseStatus.ACTIVE: (CaseStatus.ASSESSED, CaseStatus.ACTIVE),
    CaseStatus.FOLLOW_UP: (CaseStatus.ASSESSED, CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP),
    CaseStatus.CLOSED: (CaseStatus.CLOSED,),
}


def case_in(db: Database, status: CaseStatus) -> CaseDetail:
    sign_in_tester(db)
    case = cases.create_case(db, draft(task_force(db)))
    guardian_consent(db, case.id)
    for step in PATH[status]:
        case = cases.move_case(db, case.id, step)
    assert case.status is status
    return case


@pytest.mark.parametrize(("start", "to"), list(product(CaseStatus, CaseStatus)))
def test_transition(db: Database, start: CaseStatus, to: CaseStatus) -> None:
    case = case_in(db, start)
    if to in CASE_TRANSITIONS[start]:
        moved = cases.move_case(db, case.id, to, version=case.version)
        assert moved.status is to
        assert moved.version == case.version + 1
        assert moved.allowed_moves == tuple(s for s in CaseStatus if s in CASE_TRANSITIONS[to])
        assert (moved.closed_on is not None) == (to is CaseStatus.CLOSED)
        return
    with pytest.raises(ValidationError) as refused:
        cases.move_case(db, case.id, to)
    message = refused.value.errors["status"]
    if start is CaseStatus.CLOSED:
        assert message == "case is closed"
    else:
        # The statuses by their titles, as a sentence names them ("follow-up").
        assert f"from {_named(start)} to {_named(to)}" in message
        for allowed in CASE_TRANSITIONS[start]:
            assert _named(allowed) in message.split("may move to")[1]
    assert cases.open_case(db, case.id).status is start


def _named(status: CaseStatus) -> str:
    return CASE_STATUS_TITLES.title(status).lower()


def test_closing_keeps_the_reason_and_the_date(db: Database) -> None:
    case = case_in(db, CaseStatus.ACTIVE)
    closed = cases.move_case(db, case.id, CaseStatus.CLOSED, reason="Familjen har flyttat")
    assert closed.closed_on == date(2026, 11, 26)
    assert closed.close_reason == "Familjen har flyttat"
    assert closed.allowed_moves == ()
    assert [e.kind for e in closed.timeline][-1] == "closed"


def test_a_reason_for_another_move_becomes_a_note(db: Database) -> None:
    case = case_in(db, CaseStatus.REFERRED)
    moved = cases.move_case(db, case.id, CaseStatus.ASSESSED, reason="Bedömd på mötet")
    assert moved.notes[-1].text == "Referred → Assessed: Bedömd på mötet"


def test_closing_without_a_reason_is_allowed(db: Database) -> None:
    case = case_in(db, CaseStatus.REFERRED)
    assert cases.move_case(db, case.id, CaseStatus.CLOSED).close_reason == ""


def test_status_changes_show_in_the_timeline(db: Database) -> None:
    case = case_in(db, CaseStatus.FOLLOW_UP)
    statuses = [e.text for e in cases.open_case(db, case.id).timeline if e.kind == "status"]
    assert statuses == [
        "Status Referred → Assessed",
        "Status Assessed → Active",
        "Status Active → Follow-up",
    ]


def test_a_stale_version_is_a_conflict(db: Database) -> None:
    case = case_in(db, CaseStatus.REFERRED)
    cases.move_case(db, case.id, CaseStatus.ASSESSED, version=case.version)
    with pytest.raises(Conflict):
        cases.move_case(db, case.id, CaseStatus.ACTIVE, version=case.version)


def test_an_unknown_status_is_refused(db: Database) -> None:
    case = case_in(db, CaseStatus.REFERRED)
    with pytest.raises(ValidationError) as refused:
        cases.move_case(db, case.id, "paused")  # type: ignore[arg-type]
    assert "paused" in refused.value.errors["status"]


def test_readers_see_no_moves(db: Database) -> None:
    from app.domain.vocabulary import Role
    from tests.services.case_support import user

    case = case_in(db, CaseStatus.REFERRED)
    reader = user(db, "rita", Role.READER, case.task_force_id)
    seen = cases.open_case(reader, case.id)
    assert seen.allowed_moves == () and not seen.may_change
