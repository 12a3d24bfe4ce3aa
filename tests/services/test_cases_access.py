"""Need to know and the audit log: each role and a non-member on list, open and change;
audit entries for view, create, change and refusal, none holding the case's text."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.vocabulary import AuditAction, CaseStatus, FactorKind, Role
from app.errors import AccessDenied
from app.services import cases
from app.services.case_types import CaseDetail, CaseFilter
from app.storage.database import Database
from tests.services.case_support import (
    SCHOOL,
    active_case,
    audit,
    draft,
    guardian_consent,
    person,
    sign_in_tester,
    task_force,
    user,
)

pytestmark = pytest.mark.usefixtures("fixed_clock")
SECRET_TEXTS = ("Alby skola", "Skolkurator, Alby skola", "Hög frånvaro", "Hemlig anteckning")


@pytest.fixture
def world(db: Database) -> dict[str, object]:
    """Two task forces, a case in each, and a user of every role."""
    sign_in_tester(db)
    alby = task_force(db, "SSPF Alby")
    fittja = task_force(db, "SSPF Fittja", district="Fittja")
    ours = active_case(db, alby, opened_on=date(2026, 9, 1))
    theirs = cases.create_case(db, draft(fittja, subject_code="FIT-22", district="Fittja"))
    return {
        "admin": db,
        "coordinator": user(db, "cora", Role.COORDINATOR, alby),
        "member": user(db, "mona", Role.MEMBER, alby),
        "reader": user(db, "rolf", Role.READER, alby),
        "dpo": user(db, "dora", Role.DATA_PROTECTION_OFFICER, alby),
        "outsider": user(db, "olle", Role.MEMBER),
        "alby": alby,
        "fittja": fittja,
        "ours": ours,
        "theirs": theirs,
    }


def _db(world: dict[str, object], who: str) -> Database:
    found = world[who]
    assert isinstance(found, Database)
    return found


def _case(world: dict[str, object], which: str) -> CaseDetail:
    found = world[which]
    assert isinstance(found, CaseDetail)
    return found


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("admin", {"FIT-22", "ALB-17"}),
        ("coordinator", {"ALB-17"}),
        ("member", {"ALB-17"}),
        ("reader", {"ALB-17"}),
        ("outsider", set()),
    ],
)
def test_list_shows_the_task_forces_one_belongs_to(
    world: dict[str, object], who: str, sees: set[str]
) -> None:
    assert {row.subject_code for row in cases.list_cases(_db(world, who))} == sees


def test_the_data_protection_officer_sees_no_cases(world: dict[str, object]) -> None:
    dpo = _db(world, "dpo")
    with pytest.raises(AccessDenied):
        cases.list_cases(dpo)
    with pytest.raises(AccessDenied):
        cases.open_case(dpo, _case(world, "ours").id)
    with pytest.raises(AccessDenied):
        cases.add_note(dpo, _case(world, "ours").id, "x")
    with pytest.raises(AccessDenied):
        cases.create_case(dpo, draft(world["alby"]))  # type: ignore[arg-type]


def test_asking_for_another_task_force_is_refused_and_recorded(world: dict[str, object]) -> None:
    member = _db(world, "member")
    with pytest.raises(AccessDenied):
        cases.list_cases(member, CaseFilter(task_force_id=world["fittja"]))  # type: ignore[arg-type]
    last = audit(member)[-1]
    assert last["action"] == AuditAction.REFUSED.value and last["account"] == "mona"
    assert last["detail"].startswith("list cases:")


@pytest.mark.parametrize(
    ("who", "opens", "changes"),
    [
        ("admin", True, True),
        ("coordinator", True, True),
        ("member", True, True),
        ("reader", True, False),
        ("dpo", False, False),
        ("outsider", False, False),
    ],
)
def test_open_and_change_by_role(
    world: dict[str, object], who: str, opens: bool, changes: bool
) -> None:
    acting = _db(world, who)
    case = _case(world, "ours")
    if opens:
        seen = cases.open_case(acting, case.id)
        assert seen.may_change is changes
    else:
        with pytest.raises(AccessDenied):
            cases.open_case(acting, case.id)
    if changes:
        assert cases.add_note(acting, case.id, "Hemlig anteckning").notes
    else:
        with pytest.raises(AccessDenied):
            cases.add_note(acting, case.id, "Hemlig anteckning")
        with pytest.raises(AccessDenied):
            cases.move_case(acting, case.id, CaseStatus.FOLLOW_UP)
        with pytest.raises(AccessDenied):
            cases.create_case(acting, draft(world["alby"]))  # type: ignore[arg-type]
        entry = audit(acting)[-1]
        assert entry["action"] == AuditAction.REFUSED.value
        assert entry["account"] == acting.account


def test_members_cannot_touch_another_task_forces_case(world: dict[str, object]) -> None:
    member = _db(world, "member")
    theirs = _case(world, "theirs")
    with pytest.raises(AccessDenied):
        cases.open_case(member, theirs.id)
    with pytest.raises(AccessDenied):
        cases.create_case(member, draft(world["fittja"], subject_code="FIT-23"))  # type: ignore[arg-type]
    ours = _case(world, "ours")
    # Nor move a case of theirs into a task force they do not belong to.
    with pytest.raises(AccessDenied):
        cases.update_case(member, ours.id, draft(world["fittja"]), ours.version)  # type: ignore[arg-type]
    refusals = [e for e in audit(member) if e["action"] == AuditAction.REFUSED.value]
    assert [e["case_number"] for e in refusals[-3:]] == [theirs.number, "", ours.number]


def test_only_vocabulary_editors_edit_factors(world: dict[str, object]) -> None:
    added = cases.add_factor(_db(world, "coordinator"), FactorKind.RISK, "Ny risk", "New risk")
    assert added in cases.list_factors(_db(world, "reader"))
    with pytest.raises(AccessDenied):
        cases.add_factor(_db(world, "member"), FactorKind.RISK, "Annan", "Other")
    changed = cases.update_factor(_db(world, "admin"), added.id, "Ny risk", "New risk", False)
    assert not changed.active
    assert changed not in cases.list_factors(_db(world, "admin"))
    assert changed in cases.list_factors(_db(world, "admin"), include_inactive=True)


def test_every_view_create_change_and_refusal_is_written(db: Database, fixed_clock: object) -> None:
    sign_in_tester(db)
    alby = task_force(db)
    outsider = user(db, "olle", Role.MEMBER)
    before = len(audit(db))
    case = cases.create_case(db, draft(alby))
    cases.open_case(db, case.id)
    guardian_consent(db, case.id, (SCHOOL,))
    cases.add_note(db, case.id, "Hemlig anteckning")
    cases.move_case(db, case.id, CaseStatus.ASSESSED)
    with pytest.raises(AccessDenied):
        cases.open_case(outsider, case.id)
    entries = audit(db)[before:]
    assert [(e["action"], e["account"], e["case_id"], e["case_number"]) for e in entries] == [
        ("create", "tester", case.id, "2026-001"),
        ("view", "tester", case.id, "2026-001"),
        ("change", "tester", case.id, "2026-001"),
        ("change", "tester", case.id, "2026-001"),
        ("change", "tester", case.id, "2026-001"),
        ("refused", "olle", case.id, "2026-001"),
    ]
    assert all(e["at"] == fixed_clock for e in entries)
    details = [e["detail"] for e in entries]
    assert details[0] == "created in SSPF Alby, status referred"
    assert SCHOOL in details[2] and "guardian" in details[2]
    assert details[3] == "note 1 added"
    assert details[4] == "status referred -> assessed"
    assert details[5].startswith("open a case: case 2026-001 belongs to a task force")


def test_no_audit_entry_holds_the_cases_text(db: Database) -> None:
    sign_in_tester(db)
    case = active_case(db, task_force(db), opened_on=date(2026, 9, 1))
    teacher = person(db, "Lärare Lo", SCHOOL)
    case = cases.update_case(
        db, case.id, draft(case.task_force_id, school="Hemliga skolan"), case.version
    )
    cases.add_note(db, case.id, "Hemlig anteckning")
    cases.add_action(db, case.id, "Hemlig åtgärd", teacher, date(2026, 12, 1))
    review = cases.add_review(db, case.id, date(2026, 12, 1)).reviews[0]
    cases.hold_review(db, case.id, review.id, notes="Hemliga minnesanteckningar")
    cases.set_responsible(db, case.id, SCHOOL, teacher)
    cases.set_factors(db, case.id, [1, 2])
    cases.move_case(db, case.id, CaseStatus.CLOSED, reason="Hemligt skäl")
    details = " | ".join(e["detail"] for e in audit(db))
    for text in (
        *SECRET_TEXTS,
        "Hemliga skolan",
        "Hemlig åtgärd",
        "Hemliga minnes",
        "Hemligt skäl",
        "ALB-17",
        "Vårdnadshavare 1",
        "Lärare Lo",
    ):
        assert text not in details, text
    assert "changed school" in details
    assert "status active -> closed (reason given)" in details
    assert "factors: 2 added, 0 removed" in details


def test_refused_work_is_undone(world: dict[str, object]) -> None:
    reader = _db(world, "reader")
    case = _case(world, "ours")
    with pytest.raises(AccessDenied):
        cases.add_note(reader, case.id, "Läsaren skriver")
    assert not cases.open_case(reader, case.id).notes
