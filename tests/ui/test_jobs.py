"""Background jobs: result, cancel, known problems and bugs each take their one path."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import SamverkanError, StorageProblem, ValidationError
from ui.widgets.jobs import Progress, problem_text, run_job


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    threads: list[threading.Thread] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        for done in range(1, 4):
            progress(done, 3)
        return 42

    job = run_job(parent, work, title="Test", label="Working")
    with qtbot.waitSignal(job.succeeded, timeout=2000) as result:
        pass
    assert result.args == [42]
    assert threads[0] is not threading.main_thread()


def test_cancel_makes_progress_say_stop(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        for _ in range(400):  # bounded: a failing test must not leave the thread running
            if not progress(1, 10):
                raise SamverkanError("cancelled; nothing was written")
            threading.Event().wait(0.005)

    job = run_job(parent, work, title="Test", label="Working")
    started.wait(2)
    with qtbot.waitSignal(job.cancelled, timeout=2000):
        job.dialog.canceled.emit()  # what the dialog's Cancel button does


def test_a_known_problem_becomes_a_message(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))

    def work(_progress: Progress) -> None:
        raise StorageProblem("The database is busy.")

    job = run_job(parent, work, title="Import", label="Reading")
    with qtbot.waitSignal(job.failed, timeout=2000):
        pass
    assert shown == ["The database is busy."]


def test_a_bug_goes_to_the_excepthook(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    caught: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: caught.append(args))

    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("bug")

    job = run_job(parent, work, title="Export", label="Writing", cancellable=False)
    with qtbot.waitSignal(job.failed, timeout=2000):
        pass
    assert caught and caught[0][0] is ZeroDivisionError


def test_validation_problems_read_one_per_line() -> None:
    error = ValidationError({"summary": "is required", "occurred_at": "is in the future"}, line=7)
    assert problem_text(error) == "Line 7:\nsummary: is required\noccurred at: is in the future"


@pytest.mark.usefixtures("swedish")
def test_validation_problems_in_swedish() -> None:
    error = ValidationError({"summary": "krävs", "occurred_at": "ligger i framtiden"}, line=1207)
    assert (
        problem_text(error)
        == "Rad 1\u00a0207:\nsammanfattning: krävs\ninträffade: ligger i framtiden"
    )


@pytest.mark.usefixtures("swedish")
def test_the_keys_of_cap_police_and_vcard_problems_in_swedish() -> None:
    error = ValidationError(
        {
            "municipality_name": "är inte satt",
            "identifier": "är för lång",
            "info": "saknas",
            "onset": "ligger i framtiden",
            "municipality": "är inte satt",
            "police type": "behöver ett namn",
            "location.name": "saknas",
        }
    )
    assert problem_text(error).splitlines() == [
        "kommunens namn: är inte satt",
        "identifierare (identifier): är för lång",
        "innehåll (info): saknas",
        "början (onset): ligger i framtiden",
        "kommun: är inte satt",
        "polisens typ: behöver ett namn",
        "plats (location.name): saknas",
    ]


def test_a_key_built_to_be_read_stands_as_it_is() -> None:
    error = ValidationError({"card 2 (Anna_Berg) email": "is not an address"})
    assert problem_text(error) == "card 2 (Anna_Berg) email: is not an address"
