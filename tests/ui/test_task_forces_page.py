"""The task forces page: create one through the dialog, see it with its members;
messages under the fields; buttons follow the role."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.demo.roster import ensure_roster
from app.domain.tables import CASE
from app.domain.vocabulary import Role, TaskForceKind
from app.services import task_forces, users
from app.services.case_types import TaskForceDraft
from app.storage.database import Database
from ui.task_forces.page import COL_NAME, COL_OPEN, TaskForcePage

pytestmark = pytest.mark.usefixtures("fixed_clock")

SCHOOL = "Utbildningsförvaltningen"
POLICE = "Lokalpolisområde Botkyrka"


@pytest.fixture
def roster_db(db: Database) -> Database:
    with db.writing() as session:
        ensure_roster(session)
    return db


def person_id(db: Database, name: str) -> int:
    return next(p.id for p in task_forces.roster_choices(db) if p.name == name)


def row_of(page: TaskForcePage, name: str) -> int:
    for row in range(page.table.rowCount()):
        item = page.table.item(row, COL_NAME)
        if item is not None and item.text() == name:
            return row
    raise AssertionError(f"{name} not listed")


def test_create_a_task_force_and_see_it_listed_with_its_members(
    qtbot: QtBot, roster_db: Database
) -> None:
    page = TaskForcePage(roster_db)
    qtbot.addWidget(page)
    assert page.may_manage and page.new_action.isEnabled()
    assert page.table.rowCount() == 0
    dialog = page.new_task_force()
    dialog.save()  # nothing typed: the name is asked for, under its field
    assert dialog.isVisible() and dialog.messages["name"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit, "SSPF Alby")
    dialog.district_box.setCurrentIndex(dialog.district_box.findData("Alby"))
    qtbot.keyClicks(dialog.cadence_edit, "Varannan tisdag")
    qtbot.keyClicks(dialog.purpose_edit, "Unga i riskzon i Alby.")
    for agency in (SCHOOL, POLICE):
        dialog.set_checked(dialog.agency_list, agency)
    qtbot.keyClicks(dialog.people_filter, "kommunpolis")
    visible = [
        dialog.people_list.item(r).text()
        for r in range(dialog.people_list.count())
        if not dialog.people_list.item(r).isHidden()
    ]
    assert visible and all("Kommunpolis" in text for text in visible)
    dialog.set_checked(dialog.people_list, person_id(roster_db, "Ahmed Yousef"))
    dialog.set_checked(dialog.people_list, person_id(roster_db, "Samir Al-Khatib"))
    with qtbot.waitSignal(page.status_message) as said:
        dialog.save()
    assert not dialog.isVisible() and "SSPF Alby" in said.args[0]
    row = row_of(page, "SSPF Alby")
    assert page.table.item(row, COL_OPEN).text() == "0"
    assert page.selected is not None and page.selected.name == "SSPF Alby"
    shown = page.detail.toPlainText()
    for text in (
        "Unga i riskzon i Alby.",
        "Ahmed Yousef",
        "Kommunpolis",
        "Samir Al-Khatib",
        SCHOOL,
    ):
        assert text in shown
    stored = task_forces.list_task_forces(roster_db)[0]
    assert stored.kind is TaskForceKind.SOCIAL and stored.district == "Alby"
    assert {m.name for m in stored.members} == {"Ahmed Yousef", "Samir Al-Khatib"}


def test_edit_shows_messages_under_fields_and_saves_changes(
    qtbot: QtBot, roster_db: Database
) -> None:
    users.sign_in(roster_db)
    made = task_forces.create_task_force(
        roster_db,
        TaskForceDraft(name="Arbetsgrupp PDV", kind=TaskForceKind.WORKING_GROUP),
    )
    moment = datetime(2026, 11, 1, tzinfo=UTC)
    with roster_db.writing() as session:
        session.execute(
            CASE.insert().values(
                number="2026-001",
                task_force_id=made.id,
                subject_code="K1",
                birth_year=2011,
                status="active",
                opened_on=date(2026, 11, 1),
                created_at=moment,
                updated_at=moment,
            )
        )
    page = TaskForcePage(roster_db)
    qtbot.addWidget(page)
    assert page.table.item(row_of(page, "Arbetsgrupp PDV"), COL_OPEN).text() == "1"
    dialog = page.edit_task_force()
    assert dialog is not None and dialog.name_edit.text() == "Arbetsgrupp PDV"
    dialog.cadence_edit.setText("Tisdagar, ring 811218-9876")
    dialog.save()
    assert dialog.isVisible()
    assert "identity number" in dialog.messages["cadence"].text()
    dialog.cadence_edit.setText("En gång i månaden")
    dialog.active_box.setChecked(False)
    dialog.save()  # it has an open case: it stays active until the case is closed
    assert dialog.isVisible()
    assert "has open cases; close them first" in dialog.messages["active"].text()
    with roster_db.writing() as session:
        session.execute(CASE.update().values(status="closed"))
    dialog.save()
    assert not dialog.isVisible()
    changed = task_forces.get_task_force(roster_db, made.id)
    assert changed.cadence == "En gång i månaden" and not changed.active and changed.version == 2


def test_a_member_sees_the_task_forces_but_may_not_change_them(
    qtbot: QtBot, roster_db: Database
) -> None:
    users.sign_in(roster_db)  # "tester" becomes the administrator
    task_forces.create_task_force(
        roster_db, TaskForceDraft(name="SSPF Fittja", kind=TaskForceKind.SOCIAL)
    )
    users.add_user(roster_db, "KOMMUN\\medlem", "Medlem", Role.MEMBER)
    page = TaskForcePage(Database(roster_db.engine, "KOMMUN\\medlem"))
    qtbot.addWidget(page)
    assert not page.may_manage
    assert not page.new_action.isEnabled() and not page.edit_action.isEnabled()
    assert not any(button.isEnabled() for button in page.buttons)
    assert page.table.rowCount() == 1 and "SSPF Fittja" in page.detail.toPlainText()
    # Past the buttons, the service refuses, and the dialog says so.
    dialog = page.new_task_force()
    dialog.name_edit.setText("SSPF Tumba")
    assert dialog.save() is None
    assert "may not" in dialog.general.text()


def add_case(db: Database, task_force_id: int, number: str, status: str) -> None:
    moment = datetime(2026, 11, 1, tzinfo=UTC)
    with db.writing() as session:
        session.execute(
            CASE.insert().values(
                number=number,
                task_force_id=task_force_id,
                subject_code=f"K-{number}",
                birth_year=2011,
                status=status,
                opened_on=date(2026, 11, 1),
                created_at=moment,
                updated_at=moment,
            )
        )


def test_open_cases_are_listed_for_those_who_may_see_them_and_a_dash_for_others(
    qtbot: QtBot, roster_db: Database
) -> None:
    users.sign_in(roster_db)
    alby = task_forces.create_task_force(
        roster_db, TaskForceDraft(name="SSPF Alby", kind=TaskForceKind.SOCIAL)
    )
    fittja = task_forces.create_task_force(
        roster_db, TaskForceDraft(name="SSPF Fittja", kind=TaskForceKind.SOCIAL)
    )
    add_case(roster_db, alby.id, "2026-002", "active")
    add_case(roster_db, alby.id, "2026-001", "referred")
    add_case(roster_db, alby.id, "2026-003", "closed")
    add_case(roster_db, fittja.id, "2026-004", "active")
    member = users.add_user(roster_db, "KOMMUN\\medlem", "Medlem", Role.MEMBER)
    task_forces.set_user_task_forces(roster_db, member.id, [alby.id])
    page = TaskForcePage(Database(roster_db.engine, "KOMMUN\\medlem"))
    qtbot.addWidget(page)
    assert page.table.item(row_of(page, "SSPF Alby"), COL_OPEN).text() == "2"
    # Not "0": that would read as a real count.
    assert page.table.item(row_of(page, "SSPF Fittja"), COL_OPEN).text() == "—"
    page.select(alby.id)
    shown = page.detail.toPlainText()
    assert "2026-001 — Referred" in shown and "2026-002 — Active" in shown
    assert shown.index("2026-001") < shown.index("2026-002") and "2026-003" not in shown
    page.select(fittja.id)
    shown = page.detail.toPlainText()
    assert "—" in shown and "Only the task force's members see its cases." in shown
    assert "2026-004" not in shown


def test_identity_numbers_are_masked_with_one_click(qtbot: QtBot, roster_db: Database) -> None:
    page = TaskForcePage(roster_db)
    qtbot.addWidget(page)
    dialog = page.new_task_force()
    assert not dialog.mask_button.isVisibleTo(dialog)
    dialog.name_edit.setText("SSPF Alby")
    dialog.cadence_edit.setText("Tisdagar, ring 811218-9876")
    dialog.purpose_edit.setPlainText("Gäller 19811218-9876\noch 811218-9876")
    assert dialog.save() is None
    assert dialog.mask_button.isVisibleTo(dialog)
    assert dialog.mask_identity_numbers() == 2
    assert dialog.cadence_edit.text() == "Tisdagar, ring XXXXXX-XXXX"
    assert dialog.purpose_edit.toPlainText() == "Gäller XXXXXXXX-XXXX\noch XXXXXX-XXXX"
    assert dialog.name_edit.text() == "SSPF Alby"
    assert not dialog.mask_button.isVisibleTo(dialog)
    saved = dialog.save()
    assert saved is not None and saved.cadence == "Tisdagar, ring XXXXXX-XXXX"


def test_the_mask_button_is_not_offered_for_other_problems(
    qtbot: QtBot, roster_db: Database
) -> None:
    page = TaskForcePage(roster_db)
    qtbot.addWidget(page)
    dialog = page.new_task_force()
    dialog.cadence_edit.setText("Tisdagar")
    assert dialog.save() is None  # no name
    assert dialog.messages["name"].isVisibleTo(dialog)
    assert not dialog.mask_button.isVisibleTo(dialog)
