"""The briefing dialog: it writes the PDF off the UI thread and opens it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.briefing.briefing_data import meeting_period
from app.i18n import set_language
from app.services import meetings
from app.storage.database import Database
from ui import translation
from ui.briefing.dialog import BriefingDialog
from ui.meetings.page import MeetingPage

pytestmark = pytest.mark.usefixtures("fixed_clock")


@pytest.fixture(autouse=True)
def nothing_opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QUrl]]:
    """The system's PDF viewer is not started by tests; the URLs are noted instead."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    yield opened
    QThreadPool.globalInstance().waitForDone(20_000)


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def test_the_dialog_writes_the_briefing_of_the_next_meeting(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, nothing_opens: list[QUrl]
) -> None:
    dialog = BriefingDialog(demo_db)
    qtbot.addWidget(dialog)
    upcoming = meetings.list_meetings(demo_db).upcoming
    assert upcoming and dialog.meeting_box.currentData() == upcoming[0].id  # the next one
    assert dialog.period() is None  # the meeting's own period
    assert dialog.from_meeting.isChecked()
    assert Path(dialog.file_edit.text()).name.endswith(".pdf")
    target = tmp_path / "Lägesbild.pdf"
    with qtbot.waitSignal(dialog.briefing_written, timeout=20_000) as signal:
        job = dialog.make(target)
        assert job is not None
    path, pages = signal.args
    assert path == target and pages >= 2
    assert target.read_bytes().startswith(b"%PDF")
    assert _pages(target) == pages
    assert nothing_opens == [QUrl.fromLocalFile(str(target))]
    assert dialog.done_label.isVisibleTo(dialog) and str(pages) in dialog.done_label.text()
    period = meeting_period(demo_db, upcoming[0].id)
    assert period.start < period.end


def test_a_chosen_range_in_english_without_a_meeting(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = BriefingDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.meeting_box.setCurrentIndex(dialog.meeting_box.findData(None))
    assert dialog.chosen_dates.isChecked() and not dialog.from_meeting.isEnabled()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert Path(dialog.file_edit.text()).name.startswith("Situation briefing")
    target = tmp_path / "briefing.pdf"
    with qtbot.waitSignal(dialog.briefing_written, timeout=20_000):
        dialog.make(target, open_when_done=False)
    assert target.read_bytes().startswith(b"%PDF") and _pages(target) >= 1


def test_a_missing_folder_is_said_and_nothing_runs(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = BriefingDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.make(tmp_path / "no such folder" / "x.pdf") is None
    assert "does not exist" in dialog.message.text()


def test_the_meetings_page_offers_the_briefing_of_the_selected_meeting(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = MeetingPage(demo_db)
    qtbot.addWidget(page)
    assert page.meeting is not None and page.briefing_action in page.file_actions()
    dialog = page.open_briefing()
    assert isinstance(dialog, BriefingDialog)
    assert dialog.meeting_box.currentData() == page.meeting.id
    dialog.reject()


def test_print_hands_the_written_pdf_to_the_print_command(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from ui.widgets import printing

    fake_lp = tmp_path / "lp"
    fake_lp.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake_lp.chmod(0o755)
    sent: list[list[str]] = []

    def run(args: list[str], **_kwargs: object) -> subprocess.CompletedProcess[str]:
        sent.append(args)
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(printing.shutil, "which", lambda name: str(fake_lp))
    monkeypatch.setattr(printing.subprocess, "run", run)
    dialog = BriefingDialog(demo_db)
    qtbot.addWidget(dialog)
    target = tmp_path / "Lägesbild.pdf"
    with qtbot.waitSignal(dialog.briefing_written, timeout=20_000):
        dialog.make(target)
    assert dialog.print_button.isVisibleTo(dialog)
    assert dialog.print_written()
    assert sent == [[str(fake_lp), "--", str(target)]]

    monkeypatch.setattr(
        printing.subprocess,
        "run",
        lambda args, **_kw: subprocess.CompletedProcess(args, 1, "", "lp: no default destination"),
    )
    assert not dialog.print_written()
    assert "no default destination" in dialog.message.text()


def test_the_briefing_is_in_the_interfaces_language_unless_chosen(
    qtbot: QtBot, demo_db: Database
) -> None:
    english = BriefingDialog(demo_db)
    qtbot.addWidget(english)
    assert english.language_box.currentData() == "en"
    assert english.date_from.displayFormat() == "d MMM yyyy"
    set_language("sv")
    translation.install("sv")
    try:
        dialog = BriefingDialog(demo_db)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Lägesbild som PDF"
        assert dialog.language_box.currentData() == "sv"
        assert Path(dialog.file_edit.text()).name.startswith("Lägesbild ")
        assert dialog.date_from.displayFormat() == "yyyy-MM-dd"
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
        assert Path(dialog.file_edit.text()).name.startswith("Situation briefing ")
        assert dialog.make_button.text() == "&Skapa lägesbild"
    finally:
        set_language("en")
        translation.install("en")
