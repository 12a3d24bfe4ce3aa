"""Application set-up: names, icon, crash hook, and the demo-data offer."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import settings
from app.i18n import set_language
from app.services import incident_query
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from ui import application, translation
from ui.main_window import MainWindow
from ui.resources import icon_path
from ui.widgets import crash


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crash logs into tmp_path; the hooks and handlers are put back afterwards."""
    monkeypatch.setattr(settings, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_shown", False)
    handlers = list(logging.getLogger("samverkan").handlers)
    yield tmp_path
    for handler in logging.getLogger("samverkan").handlers:
        if handler not in handlers:
            logging.getLogger("samverkan").removeHandler(handler)
            handler.close()


def test_create_application_names_and_hooks(log_folder: Path) -> None:
    app = application.create_application([])
    assert app is QApplication.instance()
    assert QCoreApplication.applicationName() == "Samverkan"
    assert QCoreApplication.organizationName() == "Samverkan"
    assert not app.windowIcon().isNull()
    assert icon_path("samverkan").exists()
    assert sys.excepthook is not sys.__excepthook__


def test_a_bug_is_logged_and_shown_once(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crash.install()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    for _ in range(2):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    log = (log_folder / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log and "Traceback" in log
    assert len(shown) == 1 and str(log_folder / crash.LOG_NAME) in shown[0]


def test_an_empty_log_offers_demo_data(
    qtbot: QtBot, db: Database, fixed_clock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert application.offer_demo_data(window, db) is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(application, "DEMO_INCIDENTS", 200)
    job = application.offer_demo_data(window, db)
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert incident_query.count(db, IncidentQuery()) == 200
    assert window.incidents.model.total == 200
    assert application.offer_demo_data(window, db) is None  # not empty any more


def test_a_startup_problem_is_said_plainly(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    assert application.show_startup_error("The database is read-only.") == 1
    assert shown == ["The database is read-only."]


def test_starting_the_window_erases_cases_past_their_retention(
    qtbot: QtBot, db: Database, fixed_clock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from app import clock
    from app.domain.vocabulary import AuditAction, CaseStatus
    from app.services import audit_log, cases
    from tests.services.case_support import draft, sign_in_tester, task_force

    sign_in_tester(db)
    case = cases.create_case(db, draft(task_force(db)))
    cases.move_case(db, case.id, CaseStatus.CLOSED, reason="moved away")
    later = clock.now() + timedelta(days=3 * 366 + 2)  # past the default three years
    monkeypatch.setattr(clock, "_now", lambda: later)

    window = application.open_main_window(db)
    qtbot.addWidget(window)

    assert cases.list_cases(db) == []
    erased = audit_log.list_entries(db, audit_log.AuditFilter(action=AuditAction.ERASE))
    assert [e.case_number for e in erased] == [case.number]
    assert case.number in window.statusBar().currentMessage()


def test_the_retention_note_counts_in_both_languages(qapp: QApplication) -> None:
    note = application.RetentionNote()
    assert note.erased(["2026-001"]) == (
        "Retention: erased 1 closed case past its retention period: 2026-001."
    )
    set_language("sv")
    translation.install("sv")
    try:
        assert note.erased(["2026-001", "2026-002"]) == (
            "Gallring: 2 avslutade ärenden som passerat gallringsfristen har gallrats: "
            "2026-001, 2026-002."
        )
    finally:
        set_language("en")
        translation.install("en")
