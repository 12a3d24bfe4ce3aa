"""What the start found about the database (a network share, a failed backup) is
shown beside the window without blocking it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.storage.database import Database
from ui.application import show_notices


def test_notices_show_in_a_window_that_does_not_block(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notices = (
        "The database /mnt/kontor/s.db is on a network file system (cifs). SQLite's file "
        "locking is not safe over a network.",
        "No backup of the database could be made at start (the disk is full).",
    )
    box = show_notices(parent, notices)
    assert isinstance(box, QMessageBox)
    assert box.isVisible() and not box.isModal()
    assert box.text() == "\n\n".join(notices)
    assert box.icon() is QMessageBox.Icon.Warning
    box.close()


def test_no_notices_no_window(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert show_notices(parent, ()) is None


def test_the_start_copy_is_made_behind_the_open_window(qtbot: QtBot, db: Database) -> None:
    from app.storage import backup
    from ui.application import back_up_in_background

    window = QWidget()
    qtbot.addWidget(window)
    path = backup.sqlite_path(db.engine)
    assert path is not None and backup.backups(path) == []
    back_up_in_background(window, db).join(timeout=30)
    copies = backup.backups(path)
    assert [c.kind for c in copies] == [backup.DATED]
    qtbot.wait(50)  # the queued result arrives; nothing failed, so no notice window
    assert window.findChild(QMessageBox) is None


def test_a_failed_start_copy_is_said_beside_the_window(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import backup
    from ui.application import back_up_in_background

    def full(_path: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup_at_start", full)
    window = QWidget()
    qtbot.addWidget(window)
    back_up_in_background(window, db).join(timeout=30)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert box is not None and "No backup of the database could be made" in box.text()
    box.close()
