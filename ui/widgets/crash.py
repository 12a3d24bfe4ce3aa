"""The one place a bug ends up: a log file in the data folder and one crash dialog.

A user never sees a traceback. Known problems (SamverkanError) never come
here: screens show them as plain messages.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from app import settings

LOG_NAME = "samverkan.log"
log = logging.getLogger("samverkan.ui")

_shown = False  # one dialog per session: a bug in paint code would otherwise open hundreds


def log_file() -> Path:
    return settings.log_dir() / LOG_NAME


def install(log_path: Path | None = None) -> Path:
    """Log to a rotating file and route uncaught exceptions (any thread) to the crash dialog."""
    path = log_path or log_file()
    root = logging.getLogger("samverkan")
    logging_there = any(
        isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path.resolve()
        for h in root.handlers
    )
    if not logging_there:  # installing twice must not write every line twice
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.excepthook = lambda kind, error, trace: report(kind, error, trace, path)
    threading.excepthook = lambda args: report(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, path
    )
    return path


def report(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    path: Path | None = None,
) -> None:
    """Log the traceback, then tell the officer once where the log is."""
    global _shown
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    log.critical("Unexpected error", exc_info=(kind, error, trace))
    app = QApplication.instance()
    if _shown or app is None or QThread.currentThread() is not app.thread():
        return  # dialogs only from the UI thread; the log has it either way
    _shown = True
    where = path or log_file()
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("crash", "Samverkan: unexpected error"),
        QCoreApplication.translate(
            "crash",
            "Something went wrong inside Samverkan. What you saved before is safe.\n\n"
            "The details were written to:\n%1\n\n"
            "Please send this file to your administrator. It is best to save your "
            "work and restart the application.",
        ).replace("%1", str(where)),
    )
