"""Gathering the situation on a worker thread, so the page never freezes the window.

The Database is shared with the worker (its engine pools connections across
threads; gather opens its own read transaction). Each request carries a
number: a result that comes back after a newer request was made is dropped,
so a quick change of period never shows an older picture last.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import SamverkanError
from app.services.situation_types import Situation


class _Signals(QObject):
    done = Signal(int, object)  # (request number, Situation or the error raised)


class _Runner(QRunnable):
    def __init__(self, number: int, work: Callable[[], Situation], signals: _Signals) -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as error:  # handed to the UI thread, never lost
            result = error
        # RuntimeError: the page was closed meanwhile; nobody listens any more.
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._number, result)


class Gatherer(QObject):
    """Runs one gathering at a time in the background and reports the latest.

    Signals:
        gathered(Situation): the latest request's situation is ready.
        failed(str): the latest request met a known problem (locked database …).
        busy_changed(bool): gathering started (True) or ended (False).
    """

    gathered = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._latest = 0
        self.busy = False

    def start(self, work: Callable[[], Situation]) -> None:
        """Gather with `work()` on the thread pool; an earlier request still running is
        left to finish and its result dropped."""
        self._latest += 1
        runner = _Runner(self._latest, work, self._signals)
        self._set_busy(True)
        QThreadPool.globalInstance().start(runner)

    def _done(self, number: int, result: object) -> None:
        if number != self._latest:
            return  # a newer request is on its way
        self._set_busy(False)
        if isinstance(result, SamverkanError):
            self.failed.emit(str(result))
        elif isinstance(result, BaseException):
            sys.excepthook(type(result), result, result.__traceback__)
            self.failed.emit(str(result))
        else:
            self.gathered.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
