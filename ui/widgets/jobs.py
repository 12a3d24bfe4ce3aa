"""Running a long service call off the UI thread, with progress, cancel and one error path.

Import, export and demo generation all go through run_job(). The work gets a
progress callback `(done, total) -> keep_going`; cancelling the dialog makes
it return False, and the service stops (and rolls back). A SamverkanError
becomes a plain message; anything else is a bug and goes to sys.excepthook
(the crash dialog and the log file). The Database is shared with the worker:
its engine pools connections across threads and each service call opens its
own unit of work.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app import errors
from app.errors import SamverkanError, StorageProblem, ValidationError, os_problem
from app.i18n import formats

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

SHOW_AFTER_MS = 400  # quick jobs finish without a dialog flashing up


class _Signals(QObject):
    # Emitted on the worker thread; the Job lives on the UI thread, so Qt
    # queues them there.
    progressed = Signal(int, int)
    returned = Signal(object)
    raised = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            _emit(self._signals.progressed, done, total)
            return not self._cancel.is_set()

        try:
            result = self._work(progress)
        except BaseException as error:  # handed over to the UI thread, never lost
            _emit(self._signals.raised, error)
        else:
            _emit(self._signals.returned, result)


def _emit(signal: Any, *args: object) -> None:
    # RuntimeError: the window that waited was closed meanwhile; nobody listens any more.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class Job(QObject):
    """One long call in the background. Keep no reference: it lives until it ends.

    Signals:
        succeeded(object): the work returned this value.
        cancelled(): the officer cancelled and the work stopped.
        failed(object): the work raised (already shown to the officer).
        ended(): after any of the three.
    """

    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        *,
        title: str,
        label: str,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self._signals = _Signals(self)
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._progressed)
        self._signals.returned.connect(self._returned)
        self._signals.raised.connect(self._raised)
        self._runner = _Runner(work, self._signals, self._cancel)
        self._runner.setAutoDelete(False)  # the Job owns it until the end
        self.dialog.setValue(0)  # starts the minimum-duration timer
        QThreadPool.globalInstance().start(self._runner)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total))

    def _returned(self, result: object) -> None:
        # Even if cancel came too late (the work had finished), it is done: report it.
        self._close()
        self.succeeded.emit(result)
        self._end()

    def _raised(self, error: BaseException) -> None:
        self._close()
        if self._cancel.is_set() and isinstance(error, SamverkanError):
            self.cancelled.emit()
        elif isinstance(error, SamverkanError):
            show_problem(self._parent, self.dialog.windowTitle(), error)
            self.failed.emit(error)
        elif isinstance(error, OSError):
            # A file that is gone, locked by Excel or on a full disk: the officer's to
            # mend, said in a sentence, not the crash dialog.
            show_problem(self._parent, self.dialog.windowTitle(), StorageProblem(os_problem(error)))
            self.failed.emit(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
            self.failed.emit(error)
        self._end()

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()

    def _end(self) -> None:
        self.ended.emit()
        self.dialog.deleteLater()
        self.deleteLater()


def run_job(
    parent: QWidget, work: Work, *, title: str, label: str, cancellable: bool = True
) -> Job:
    """Start `work(progress)` on a worker thread with a progress dialog over `parent`."""
    return Job(parent, work, title=title, label=label, cancellable=cancellable)


def problem_text(error: SamverkanError) -> str:
    """A known problem as the officer reads it; validation errors one field a line."""
    if isinstance(error, ValidationError) and error.errors:
        lines = [f"{field_name(field)}: {message}" for field, message in error.errors.items()]
        if error.line is not None:
            where = QCoreApplication.translate("Job", "Line %1:")
            where = where.replace("%1", formats.integer(error.line))
            lines.insert(0, where)
        return "\n".join(lines)
    return str(error)


def field_name(field: str) -> str:
    """A ValidationError's field as the officer reads it (app.field_names)."""
    return errors.field_name(field)


def show_problem(parent: QWidget, title: str, error: SamverkanError) -> None:
    QMessageBox.warning(parent, title, problem_text(error))
