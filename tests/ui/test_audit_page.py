"""The audit page: the log for administrators and the DPO, a message for everyone else."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app import clock
from app.domain.tables import USER
from app.domain.vocabulary import AuditAction, Role
from app.services import access, audit_log, users
from app.storage.database import Database
from ui.audit import page as audit_page
from ui.audit.page import COL_ACTION, COL_CASE, COL_PERSON, COL_TIME, AuditPage

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # 09:00 in Stockholm


def write(db: Database, action: AuditAction, number: str, at: datetime) -> None:
    clock.set_clock(lambda: at)
    with db.writing() as session:
        access.record(session, access.actor(session, db.account), action, case_number=number)


def as_role(db: Database, account: str, role: Role) -> Database:
    """The same database, used by `account` with `role` (the tester administers).

    Registered straight in the table, not with users.add_user: adding a user is
    itself written to the audit log, and these tests count only their own entries.
    """
    users.sign_in(db)
    with db.writing() as session:
        session.execute(
            insert(USER).values(
                account=account,
                display_name=account.split("\\")[-1].title(),
                role=role.value,
                created_at=clock.now(),
            )
        )
    return Database(db.engine, account)


@pytest.fixture
def log(db: Database, fixed_clock: datetime) -> Database:
    users.sign_in(db)  # the tester administers
    member = as_role(db, "kommun\\medlem", Role.MEMBER)
    write(db, AuditAction.CREATE, "2026-001", T0)
    write(member, AuditAction.VIEW, "2026-001", T0 + timedelta(hours=1))
    write(member, AuditAction.CHANGE, "2026-001", T0 + timedelta(days=1))
    write(member, AuditAction.VIEW, "2025-014", T0 + timedelta(days=2))
    clock.set_clock(lambda: fixed_clock)
    return db


def column(page: AuditPage, col: int) -> list[str]:
    return [page.table.item(row, col).text() for row in range(page.table.rowCount())]  # type: ignore[union-attr]


def test_the_page_lists_the_newest_entries_first(qtbot: QtBot, log: Database) -> None:
    page = AuditPage(log)
    qtbot.addWidget(page)
    assert page.title == "Audit log"
    assert [a.text().replace("&", "") for a in page.file_actions() if a] == ["Export audit log…"]
    assert column(page, COL_CASE) == ["2025-014", "2026-001", "2026-001", "2026-001"]
    assert column(page, COL_TIME)[-1] == "20 Nov 2026 09:00:00"  # local time
    assert column(page, COL_PERSON) == ["Medlem", "Medlem", "Medlem", "tester"]
    assert page.note.text() == "4 entries."
    assert not page.refused.isVisibleTo(page)


def test_filters_by_action_person_case_and_dates(qtbot: QtBot, log: Database) -> None:
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.action.setCurrentIndex(page.action.findData(AuditAction.VIEW))
    assert column(page, COL_ACTION) == ["Viewed", "Viewed"]
    page.action.setCurrentIndex(0)
    page.person.setCurrentIndex(page.person.findText("tester (tester)"))
    assert column(page, COL_ACTION) == ["Created"]
    page.person.setCurrentIndex(0)
    qtbot.keyClicks(page.case_number, "2025")
    qtbot.waitUntil(lambda: column(page, COL_CASE) == ["2025-014"])
    page.case_number.clear()
    page.date_from.setDate(QDate(2026, 11, 21))
    page.date_to.setDate(QDate(2026, 11, 21))  # the whole of the 21st, and no later
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert column(page, COL_ACTION) == ["Changed"]
    page.clear_filters()
    assert page.table.rowCount() == 4


def test_the_table_is_limited_with_a_note(
    qtbot: QtBot, log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_page, "SHOWN", 3)
    page = AuditPage(log)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 3
    assert "newest 3 of 4" in page.note.text()


def test_export_writes_what_the_filter_selects_and_is_logged(
    qtbot: QtBot, log: Database, tmp_path: Path
) -> None:
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.action.setCurrentIndex(page.action.findData(AuditAction.VIEW))
    target = tmp_path / "export.csv"
    with qtbot.waitSignal(page.status_message) as said:
        assert page.export_to(target) == 2
    assert str(target) in said.args[0]
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert [(r[3], r[4]) for r in rows[1:]] == [("view", "2026-001"), ("view", "2025-014")]
    page.action.setCurrentIndex(page.action.findData(AuditAction.EXPORT))
    assert column(page, COL_ACTION) == ["Exported"]


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MEMBER, Role.READER])
def test_others_see_a_message_and_the_refusal_is_logged(
    qtbot: QtBot, log: Database, role: Role
) -> None:
    other = as_role(log, "kommun\\nyfiken", role)
    page = AuditPage(other)
    qtbot.addWidget(page)
    assert page.refused.isVisibleTo(page) and "audit log" in page.refused.text()
    assert not page.table.isVisibleTo(page) and page.table.rowCount() == 0
    assert not page.export_action.isEnabled()
    newest = audit_log.list_entries(log)[0]
    assert (newest.account, newest.action) == ("kommun\\nyfiken", AuditAction.REFUSED)
    assert audit_log.count_entries(log, audit_log.AuditFilter(account="kommun\\nyfiken")) == 1


def test_the_dpo_reads_the_log(qtbot: QtBot, log: Database) -> None:
    page = AuditPage(as_role(log, "kommun\\dso", Role.DATA_PROTECTION_OFFICER))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 4 and page.export_action.isEnabled()


@pytest.mark.usefixtures("swedish")
def test_the_page_in_swedish(qtbot: QtBot, log: Database, tmp_path: Path) -> None:
    """Headings, filters, the count and the times as Swedish writes them."""
    page = AuditPage(log)
    qtbot.addWidget(page)
    assert page.title == "Granskningslogg"
    headings = [
        page.table.horizontalHeaderItem(column).text()  # type: ignore[union-attr]
        for column in range(page.table.columnCount())
    ]
    assert headings == ["Tid", "Person", "Åtgärd", "Ärende", "Detaljer"]
    assert column(page, COL_TIME)[-1] == "2026-11-20 09:00:00"
    assert column(page, COL_ACTION)[-1] == "Skapad"
    assert page.note.text() == "4 poster."
    assert page.date_from.text() == "valfritt"
    page.date_from.setDate(QDate(2026, 11, 21))
    assert page.date_from.text() == "2026-11-21"
    page.date_from.setDate(audit_page.NO_DATE)
    with qtbot.waitSignal(page.status_message) as said:
        page.export_to(tmp_path / "export.csv")
    assert said.args[0].startswith("Exporterade 4 poster till ")
