"""Setting up the Qt application and running the window.

main.py claims the single instance (ui.single_instance), then calls
run_gui(open_database(url), instance); everything Qt-wide is decided
here: names (which QSettings uses), style, icon, the crash hook.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget

from app.errors import SamverkanError
from app.i18n import formats, language
from app.services import incident_query
from app.services.incident_types import IncidentQuery
from app.storage.database import Database, back_up_after_start
from ui import translation
from ui.main_window import MainWindow
from ui.resources import icon
from ui.single_instance import SingleInstance, bring_forward
from ui.widgets import crash
from ui.widgets.forms import ask
from ui.widgets.jobs import Job, run_job

log = logging.getLogger("samverkan")

DEMO_INCIDENTS = 2_000


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with its names, style, icon and crash hook (reused if one exists)."""
    existing = QApplication.instance()
    application = (
        existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    )
    QCoreApplication.setOrganizationName("Samverkan")
    QCoreApplication.setApplicationName("Samverkan")
    QApplication.setApplicationDisplayName("Samverkan")
    translation.install(language())
    # Fusion looks the same on every desktop, which keeps screenshots, the
    # manual and the officers' screens alike.
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 (a list, not a dict)
        application.setStyle("Fusion")
    application.setWindowIcon(icon("samverkan"))
    crash.install()
    return application


def run_gui(db: Database, instance: SingleInstance | None = None) -> int:
    """Show the main window over `db` and run until it closes; the exit code.

    `instance` (listening already) brings this window forward when the
    application is started a second time on the same database.
    """
    application = create_application()
    window = open_main_window(db)
    if instance is not None:
        instance.set_on_activate(lambda: bring_forward(window))
    if os.environ.get("SAMVERKAN_EXIT_WHEN_SHOWN"):
        # For the start-up benchmark: quit once the first frame is painted.
        QTimer.singleShot(0, window, lambda: (window.repaint(), application.quit()))
    else:
        QTimer.singleShot(0, window, lambda: offer_demo_data(window, db))
    backing_up: threading.Thread | None = None
    if not os.environ.get("SAMVERKAN_EXIT_WHEN_SHOWN"):
        backing_up = back_up_in_background(window, db)
    if db.notices:
        QTimer.singleShot(0, window, lambda: show_notices(window, db.notices))
    try:
        return application.exec()
    finally:
        if instance is not None:
            instance.close()  # a start from now on is a first start again
        if backing_up is not None:
            backing_up.join()  # a copy is finished, never left half-written
        db.close()  # release the database file before the process ends


class _Relay(QObject):
    """Carries a worker thread's result to the UI thread (a queued signal)."""

    done = Signal(object)


def back_up_in_background(window: QWidget, db: Database) -> threading.Thread:
    """Make the dated copy of every start on a worker thread; a failure is shown as a
    notice. Copying a large database takes seconds: the window does not wait."""
    relay = _Relay(window)
    relay.done.connect(lambda notices: show_notices(window, notices) if notices else None)
    thread = threading.Thread(
        target=lambda: relay.done.emit(back_up_after_start(db)), name="start-backup"
    )
    thread.start()
    return thread


def open_main_window(db: Database) -> MainWindow:
    """Erase what retention says must go, then show the main window over `db`.

    Retention runs before the window opens, so that an expired case is never shown.
    """
    purge_note = _purge_expired(db)
    window = MainWindow(db)
    window.show()
    if purge_note:
        window.statusBar().showMessage(purge_note, 15000)
    return window


def _purge_expired(db: Database) -> str:
    """Erase closed cases past their retention period; a line for the status bar.

    A failure here must not keep the office out of its application: it is
    logged and said, and the next start tries again.
    """
    from app.services import retention

    try:
        result = retention.purge_expired(db)
    except SamverkanError as error:
        log.warning("retention could not run: %s", error)
        return QCoreApplication.translate("Startup", "Retention could not run: %1").replace(
            "%1", str(error)
        )
    if not result.erased:
        return ""
    note = RetentionNote().erased(result.erased)
    if result.backups_not_deleted:
        # These still hold the erased cases: someone must delete them by hand.
        note += " " + QCoreApplication.translate(
            "Startup", "Delete these backups by hand, they hold erased cases: %1."
        ).replace("%1", ", ".join(result.backups_not_deleted))
    return note


class RetentionNote(QObject):
    """What retention erased at start, counted: lupdate marks a text as a plural only
    in a tr() call (not in QCoreApplication.translate), hence a class of its own."""

    def erased(self, erased: Sequence[str]) -> str:
        count = len(erased)
        return self.tr(
            "Retention: erased %n closed case(s) past their retention period: %1.", "", count
        ).replace("%1", ", ".join(erased))


def show_notices(parent: QWidget, notices: Sequence[str]) -> QMessageBox | None:
    """What the start found that does not stop the work (a database on a network
    share, a backup that failed), in a window that does not block: the office
    can go on working while it reads it."""
    if not notices:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "About the database"),
        "\n\n".join(notices),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def show_startup_error(message: str) -> int:
    """The database could not be opened: say why in a dialog (no window yet); exit code 1."""
    create_application()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "Samverkan cannot start"),
        message,
    )
    return 1


def offer_demo_data(window: MainWindow, db: Database) -> Job | None:
    """On an empty log, offer to fill it with made-up incidents to try things out."""
    try:
        if incident_query.count(db, IncidentQuery()) > 0:
            return None
    except SamverkanError:
        return None
    answer = ask(
        window,
        QCoreApplication.translate("Startup", "Empty incident log"),
        QCoreApplication.translate(
            "Startup",
            "The incident log is empty.\n\nLoad demo data to try Samverkan out? A demo "
            "municipality with %1 made-up incidents, a roster of fictional people, a year "
            "of joint meetings, task forces with fictional pseudonymous cases and demo "
            "colleagues. You can delete them later.",
        ).replace("%1", formats.integer(DEMO_INCIDENTS)),
    )
    if not answer:
        return None
    return load_demo_data(window, db, window.incidents.refresh)


def load_demo_data(parent: QWidget, db: Database, done: Callable[[], None]) -> Job:
    from app.demo.generate import generate

    job = run_job(
        parent,
        lambda progress: generate(db, incidents=DEMO_INCIDENTS, progress=progress),
        title=QCoreApplication.translate("Startup", "Demo data"),
        label=QCoreApplication.translate("Startup", "Making %1 demo incidents…").replace(
            "%1", formats.integer(DEMO_INCIDENTS)
        ),
    )
    job.succeeded.connect(lambda _result: done())
    return job
