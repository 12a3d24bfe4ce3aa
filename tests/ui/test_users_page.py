"""The users page: an administrator changes roles and adds colleagues; others only read."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import AuditAction, Role, TaskForceKind
from app.services import audit_log, task_forces, users
from app.services.case_types import TaskForceDraft
from app.storage.database import Database
from ui.users.page import COL_TASK_FORCES, UsersPage


def row_of(page: UsersPage, account: str) -> int:
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        if item is not None and item.text() == account:
            return row
    raise AssertionError(f"{account} not listed")


def test_an_administrator_adds_a_user_and_changes_a_role(qtbot: QtBot, db: Database) -> None:
    page = UsersPage(db)
    qtbot.addWidget(page)
    assert page.me.is_administrator and page.add_button.isEnabled()
    dialog = page.add_user()
    dialog.save()  # nothing typed: the account is named
    assert dialog.isVisible() and dialog.messages["account"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.account, "KOMMUN\\dpo")
    qtbot.keyClicks(dialog.display_name, "Dataskyddsombudet")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.DATA_PROTECTION_OFFICER))
    dialog.save()
    assert not dialog.isVisible()
    row = row_of(page, "KOMMUN\\dpo")
    box = page.table.cellWidget(row, 2)
    assert isinstance(box, QComboBox) and box.currentData() == Role.DATA_PROTECTION_OFFICER
    added = next(u for u in users.list_users(db) if u.account == "KOMMUN\\dpo")
    with qtbot.waitSignal(page.status_message):
        assert page.change_role(added.id, Role.READER)
    assert next(u for u in users.list_users(db) if u.id == added.id).role is Role.READER


def test_the_last_administrator_is_told_why_not(qtbot: QtBot, db: Database) -> None:
    page = UsersPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_message) as said:
        assert not page.change_role(page.me.id, Role.MEMBER)
    assert "administrator" in said.args[0]


def test_a_member_sees_the_list_but_cannot_change_it(qtbot: QtBot, db: Database) -> None:
    users.sign_in(db)  # "tester" becomes the administrator
    page = UsersPage(Database(db.engine, "DOMAIN\\kollega"))
    qtbot.addWidget(page)
    assert not page.me.is_administrator
    assert not page.add_button.isEnabled()
    assert page.table.cellWidget(row_of(page, "tester"), 2) is None


def test_an_administrator_decides_which_task_forces_a_user_belongs_to(
    qtbot: QtBot, db: Database
) -> None:
    users.sign_in(db)
    alby = task_forces.create_task_force(
        db, TaskForceDraft(name="SSPF Alby", kind=TaskForceKind.SOCIAL)
    )
    task_forces.create_task_force(db, TaskForceDraft(name="SSPF Fittja", kind=TaskForceKind.SOCIAL))
    colleague = users.add_user(db, "KOMMUN\\kollega", "Kollega", Role.MEMBER)
    page = UsersPage(db)
    qtbot.addWidget(page)
    assert not page.task_forces_button.isEnabled()  # nobody selected yet
    page.select_user(colleague.id)
    assert page.task_forces_button.isEnabled()
    dialog = page.edit_task_forces()
    assert dialog is not None and dialog.checked_ids() == []
    dialog.set_checked(alby.id)
    with qtbot.waitSignal(page.status_message):
        assert dialog.save()
    row = row_of(page, "KOMMUN\\kollega")
    assert page.table.item(row, COL_TASK_FORCES).text() == "SSPF Alby"
    assert task_forces.get_task_force(db, alby.id).user_ids == (colleague.id,)
    again = page.edit_task_forces(colleague.id)
    assert again is not None and again.checked_ids() == [alby.id]


def test_a_member_sees_memberships_but_may_not_change_them(qtbot: QtBot, db: Database) -> None:
    users.sign_in(db)
    alby = task_forces.create_task_force(
        db, TaskForceDraft(name="SSPF Alby", kind=TaskForceKind.SOCIAL)
    )
    colleague = users.add_user(db, "DOMAIN\\kollega", "Kollega", Role.MEMBER)
    task_forces.set_user_task_forces(db, colleague.id, [alby.id])
    page = UsersPage(Database(db.engine, "DOMAIN\\kollega"))
    qtbot.addWidget(page)
    page.select_user(colleague.id)
    assert page.table.item(row_of(page, "DOMAIN\\kollega"), COL_TASK_FORCES).text() == "SSPF Alby"
    assert not page.task_forces_button.isEnabled()
    # Past the button, the service refuses, and the dialog says so.
    dialog = page.edit_task_forces(colleague.id)
    assert dialog is not None
    dialog.set_checked(alby.id, False)
    assert not dialog.save()
    assert "may not" in dialog.general.text()
    assert task_forces.get_task_force(db, alby.id).user_ids == (colleague.id,)


def test_role_changes_and_refused_additions_are_in_the_audit_log(
    qtbot: QtBot, db: Database
) -> None:
    users.sign_in(db)  # "tester" becomes the administrator
    colleague = users.add_user(db, "DOMAIN\\kollega", "Kollega", Role.MEMBER)
    page = UsersPage(db)
    qtbot.addWidget(page)
    box = page.table.cellWidget(row_of(page, "DOMAIN\\kollega"), 2)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(Role.ADMINISTRATOR))
    with qtbot.waitSignal(page.status_message):
        box.activated.emit(box.currentIndex())
    # Past the disabled button, the service refuses a reader, and the refusal is logged.
    reader = users.add_user(db, "DOMAIN\\läsare", "Läsare", Role.READER)
    their_page = UsersPage(Database(db.engine, reader.account))
    qtbot.addWidget(their_page)
    dialog = their_page.add_user()
    dialog.account.setText("DOMAIN\\ny")
    dialog.save()
    assert dialog.isVisible() and "only an administrator" in dialog.general.text()
    entries = [(e.account, e.action, e.detail) for e in reversed(audit_log.list_entries(db))]
    assert entries == [
        ("tester", AuditAction.CHANGE, "user DOMAIN\\kollega added as member"),
        ("tester", AuditAction.CHANGE, "role of DOMAIN\\kollega: member -> administrator"),
        ("tester", AuditAction.CHANGE, "user DOMAIN\\läsare added as reader"),
        (
            "DOMAIN\\läsare",
            AuditAction.REFUSED,
            "add a user: only an administrator manages users and their roles",
        ),
    ]
    assert next(u for u in users.list_users(db) if u.id == colleague.id).is_administrator


@pytest.mark.usefixtures("swedish")
def test_the_page_in_swedish(qtbot: QtBot, db: Database) -> None:
    """Headings, buttons, the roles and the status messages in Swedish."""
    users.sign_in(db)  # "tester" becomes the administrator
    colleague = users.add_user(db, "KOMMUN\\kollega", "Kollega", Role.MEMBER)
    page = UsersPage(db)
    qtbot.addWidget(page)
    assert page.title == "Användare"
    headings = [
        page.table.horizontalHeaderItem(column).text()  # type: ignore[union-attr]
        for column in range(page.table.columnCount())
    ]
    assert headings == ["Konto", "Namn", "Roll", "Insatsgrupper"]
    assert page.add_button.text() == "&Lägg till användare…"
    box = page.table.cellWidget(row_of(page, "KOMMUN\\kollega"), 2)
    assert isinstance(box, QComboBox) and box.currentText() == "Medlem"
    with qtbot.waitSignal(page.status_message) as said:
        assert page.change_role(colleague.id, Role.READER)
    assert said.args[0] == "Kollega har nu rollen läsare."
    dialog = page.add_user()
    assert dialog.windowTitle() == "Lägg till användare"
    dialog.reject()
