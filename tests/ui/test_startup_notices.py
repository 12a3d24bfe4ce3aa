"""What the start found about the database (a network share, a failed backup) is
shown beside the window without blocking it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

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
