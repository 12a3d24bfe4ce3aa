"""Remembering the shape of the screen (column widths, splitters) in QSettings.

One place for the wiring, so views do not each copy it: a widget's state is
restored once and saved shortly after the user changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter

SAVE_DELAY_MS = 400  # a drag resizes a column hundreds of times; save once it rests


def restore_bytes(key: str) -> QByteArray | None:
    value = QSettings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore the header's widths, order and hidden columns, and keep them saved."""
    state = restore_bytes(key)
    if state is not None:
        header.restoreState(state)
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(lambda: QSettings().setValue(key, header.saveState()))
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
    header.sortIndicatorChanged.connect(lambda *_: timer.start())


def remember_splitter(splitter: QSplitter, key: str) -> None:
    state = restore_bytes(key)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))
