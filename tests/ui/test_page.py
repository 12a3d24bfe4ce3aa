"""The incident page end to end: editor, table, filter, delete, counts in the status bar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.demo.generate import ensure_reference_data
from app.errors import NotFound
from app.i18n import set_language
from app.services import incident_query, incidents
from app.services.incident_types import IncidentDraft, IncidentFilter, IncidentQuery
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from ui.incidents.page import IncidentPage
from ui.incidents.table_model import COL_SUMMARY, IdRole
from ui.main_window import MainWindow
from ui.widgets.jobs import Job


def make_page(qtbot: QtBot, db: Database) -> IncidentPage:
    page = IncidentPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def summaries(page: IncidentPage) -> list[str]:
    model = page.model
    return [model.index(row, COL_SUMMARY).data() for row in range(min(model.rowCount(), 200))]


def test_create_find_filter_and_delete(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, demo_db)
    assert page.model.total == 300

    editor = page.new_incident()
    qtbot.keyClicks(editor.form.summary, "Brand i soprum vid Zyxvagen")
    editor.form.category.setCurrentIndex(editor.form.category.findData("FIRE"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert page.model.total == 301
    assert summaries(page)[0] == "Brand i soprum vid Zyxvagen"  # newest first
    assert page.table.current_id() == page.model.index(0, 0).data(IdRole)
    qtbot.waitUntil(lambda: page.detail.incident is not None)  # read once the table settles
    assert page.detail.incident is not None
    assert page.detail.incident.summary == "Brand i soprum vid Zyxvagen"
    new_id = page.detail.incident.id

    qtbot.keyClicks(page.filter_bar.search, "xyzzyx")
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=2000)
    page.filter_bar.search.clear()
    qtbot.keyClicks(page.filter_bar.search, "Zyxvag")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert page.counts_text == "Showing 1 of 301 incidents"
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 301

    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.table.select_row(0)
    page.table.setFocus()
    assert page.delete_incident()
    assert page.model.total == 300
    assert "Brand i soprum vid Zyxvagen" not in summaries(page)
    assert asked and "Zyxvagen" in asked[0] and "2026-" in asked[0]
    with pytest.raises(NotFound):
        incidents.get(demo_db, new_id)


def test_delete_needs_the_officers_yes(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, demo_db)
    page.table.select_row(3)
    chosen = page.table.current_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    assert not page.delete_incident()
    assert page.model.total == 300
    assert chosen is not None and incidents.get(demo_db, chosen).id == chosen


def test_edit_opens_the_selected_incident(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    page.table.select_row(5)
    wanted = page.table.current_id()
    editor = page.edit_incident()
    assert editor is not None and editor.isVisible()
    assert editor.form.summary.text() == incidents.get(demo_db, wanted).summary  # type: ignore[arg-type]
    editor.form.summary.setText("Ändrad sammanfattning")
    editor.save()
    assert page.table.current_id() == wanted
    qtbot.waitUntil(
        lambda: (
            page.detail.incident is not None
            and page.detail.incident.summary == "Ändrad sammanfattning"
        )
    )


def test_status_bar_shows_the_counts(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert window.counts.text() == "Showing 300 of 300 incidents"
    bar = window.incidents.filter_bar
    bar.severity.setCurrentIndex(bar.severity.findData(4))
    shown = window.incidents.model.total
    assert 0 < shown < 300
    assert window.counts.text() == f"Showing {shown} of 300 incidents"


def test_the_keyboard_reaches_every_action(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts only reach the active window
        window.show()
        window.activateWindow()
    page = window.incidents
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search.hasFocus()
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Delete)  # edits text, deletes nothing
    assert page.model.total == 300

    page.table.setFocus()
    page.table.select_row(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.isVisible()
    page.editor.reject()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 299

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None and page.editor.windowTitle() == "New incident"
    page.editor.reject()


def test_export_writes_what_the_table_shows_and_import_reads_it(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, demo_db)
    bar = page.filter_bar
    bar.severity.setCurrentIndex(bar.severity.findData(4))
    shown = page.model.total
    path = tmp_path / "critical.csv"
    job = page.start_export(path, include_secret=True)
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.succeeded, timeout=3000) as done:
        pass
    assert done.args == [shown]
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == shown + 1  # and a header

    # The same file again: its references exist already, so nothing is imported.
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: problems.append(text))
    job = page.start_import(path)
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.failed, timeout=3000):
        pass
    assert problems and "exists already" in problems[0]
    assert page.model.total == shown

    other = open_database(sqlite_url(tmp_path / "other.db"), account="tester")
    with other.writing() as session:
        ensure_reference_data(session)
    try:
        fresh = make_page(qtbot, other)
        messages: list[str] = []
        fresh.status_message.connect(messages.append)
        job = fresh.start_import(path)
        assert isinstance(job, Job)
        with qtbot.waitSignal(job.ended, timeout=3000):
            pass
        assert fresh.model.total == shown
        assert fresh.counts_text == f"Showing {shown} of {shown} incidents"
        assert messages == [f"Imported {shown} incidents."]
    finally:
        other.close()


def test_export_leaves_out_secret_incidents_unless_asked(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    for number in range(3):
        incidents.create(
            demo_db,
            IncidentDraft(
                occurred_at=datetime(2026, 11, 20, 10, number),
                category="GANG",
                summary=f"Hemlig uppgift {number}",
                secret=True,
            ),
        )
    page = make_page(qtbot, demo_db)
    everything = page.model.total
    secret = everything - incident_query.count(
        demo_db, IncidentQuery(IncidentFilter(include_secret=False))
    )
    assert secret >= 3
    path = tmp_path / "open.csv"
    job = page.start_export(path)
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.succeeded, timeout=3000) as done:
        pass
    assert done.args == [everything - secret]


def test_the_page_speaks_swedish(qtbot: QtBot, demo_db: Database, swedish: None) -> None:
    page = make_page(qtbot, demo_db)
    assert page.title == "Händelser"
    assert page.counts_text == "Visar 300 av 300 händelser"
    assert page.new_action.text() == "&Ny händelse…"
    assert [a.text() for a in page.file_actions() if a is not None][-1] == "Importera CAP-va&rning…"
    page.filter_bar.search.setText("xyzzyx")
    page.filter_bar.search.returnPressed.emit()
    assert page.counts_text == "Visar 0 av 300 händelser"


def test_one_incident_is_counted_in_the_singular(
    qtbot: QtBot, db: Database, fixed_clock: datetime
) -> None:
    incidents.create(
        db,
        IncidentDraft(occurred_at=datetime(2026, 11, 20, 12, 0), category="FIRE", summary="Brand"),
    )
    page = make_page(qtbot, db)
    assert page.counts_text == "Showing 1 of 1 incident"


def test_a_file_that_cannot_be_read_is_a_message_not_a_crash(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gone, or locked by Excel: said in a sentence, in the officer's language."""
    page = make_page(qtbot, demo_db)
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: problems.append(text))
    missing = tmp_path / "borta.csv"
    set_language("sv")
    try:
        job = page.start_import(missing)
        with qtbot.waitSignal(job.failed, timeout=3000):
            pass
    finally:
        set_language("en")
    assert problems == [f"{missing}: filen eller mappen finns inte"]
