"""The Qt bindings keep Python's reference counts: a long session must not abort.

PySide6 6.12.0 on Python 3.11 released a reference to None on every Qt call
that returns nothing; after a few thousand calls Python aborted with
"none_dealloc". Python 3.12 made None immortal, so there it cannot happen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.update()
        timer.setInterval(5)
    after = sys.getrefcount(None)
    # A few references come and go with the interpreter's own work; thousands
    # lost means the bindings are releasing None.
    assert abs(after - before) < 100
