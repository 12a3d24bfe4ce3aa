"""The window's part of the self-test: the real main window, offscreen.

Every page of the navigation is built and painted, the dialogs that need no
input are opened and closed, and the icons are drawn (which proves the SVG
plugins are in the build). QSettings go to the test's temporary folder, so
the officer's remembered window and column sizes stay as they were. An
exception inside Qt's calls (a paint event, a slot) is caught and fails the
check it happened in, instead of reaching the crash dialog.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import formats, translate
from app.selftest import CheckFailed, Outcome, Report, Workspace, describe_bug, run_check
from ui.widgets.texts import fill

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Every icon the window draws (resources/icons/<name>.svg).
ICONS = (
    "samverkan",
    "situation",
    "incidents",
    "roster",
    "meetings",
    "task_forces",
    "cases",
    "users",
    "audit",
    "secret",
)
SETTLE_TIMEOUT_S = 30.0
_application: object = None  # the QApplication this module made, if it made one


def run_window_checks(space: Workspace, report: Report) -> list[Outcome]:
    """icons, pages, dialogs: one outcome each, reported as it ends."""
    outcomes: list[Outcome] = []

    def done(outcome: Outcome) -> None:
        outcomes.append(outcome)
        report(outcome)

    # Before the QApplication exists (it reads the platform once); a platform
    # chosen by the caller is kept.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as error:  # a build without Qt: the window cannot run at all
        # No Qt, so no QCoreApplication.translate: the catalog is read without it.
        problem = translate("SelfTest", "Qt cannot be loaded: {error}").format(error=error)
        done(Outcome("window", False, problem))
        return outcomes
    try:
        if not isinstance(QApplication.instance(), QApplication):
            _new_application()
        with _settings_in(space.folder / "settings"), _quiet_offscreen():
            done(run_check("icons", lambda _space: check_icons(), space))
            state = _WindowState()
            try:
                done(run_check("pages", lambda s: check_pages(s, state), space))
                done(run_check("dialogs", lambda s: check_dialogs(s, state), space))
            finally:
                state.close()
    except Exception as error:  # the application itself could not be set up
        done(Outcome("window", False, describe_bug(error)))
    return outcomes


class _WindowState:
    """The main window the page check opens and the dialog check reuses."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def close(self) -> None:
        window = self.window
        self.window = None
        if window is None:
            return
        window.close()
        window.deleteLater()
        # Background gathering finished and the window gone before the database
        # closes and its folder is deleted.
        with suppress(CheckFailed):
            _settle()


def check_icons() -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon

    from app.resources import resources_dir
    from ui.resources import icon_path

    missing, blank = [], []
    for name in ICONS:
        path = icon_path(name)
        if not path.is_file():
            missing.append(name)
        elif QIcon(str(path)).pixmap(32, 32).isNull():
            blank.append(name)
    if missing:
        raise CheckFailed(
            fill(
                QCoreApplication.translate("SelfTest", "missing in %1: %2"),
                str(resources_dir() / "icons"),
                ", ".join(missing),
            )
        )
    if blank:
        raise CheckFailed(
            QCoreApplication.translate(
                "SelfTest", "cannot be drawn (no SVG support in this build?): %1"
            ).replace("%1", ", ".join(blank))
        )
    return fill(
        QCoreApplication.translate("SelfTest", "%1 drawn from %2"),
        formats.integer(len(ICONS)),
        str(resources_dir() / "icons"),
    )


def check_pages(space: Workspace, state: _WindowState) -> str:
    """Show every area of the navigation: each page is built and paints."""
    from PySide6.QtCore import QCoreApplication

    from ui.application import open_main_window

    db = space.database()
    with _caught_errors() as caught:
        gathered: list[object] = []
        window = open_main_window(db)
        state.window = window
        window.situation.gathered.connect(gathered.append)
        _settle()
        shown: list[str] = []
        for row in range(window.navigation.count()):
            title = window.navigation.item(row).text()
            window.navigation.setCurrentRow(row)
            _settle()
            page = window.pages.currentWidget()
            if getattr(page, "title", None) != title:
                raise CheckFailed(
                    QCoreApplication.translate("SelfTest", "%1: the page was not built").replace(
                        "%1", title
                    )
                )
            _painted(page, title)
            _raise_first(caught)
            shown.append(title)
        if not gathered:
            state_text = window.situation.state_label.text()
            raise CheckFailed(
                QCoreApplication.translate(
                    "SelfTest", "Situation: nothing was gathered (%1)"
                ).replace("%1", state_text or QCoreApplication.translate("SelfTest", "no answer"))
            )
        _painted(window, QCoreApplication.translate("SelfTest", "the main window"))
        _raise_first(caught)
    return ", ".join(shown)


def check_dialogs(space: Workspace, state: _WindowState) -> str:
    """The dialogs that need no input: opened over the window, painted, closed."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    from app.services import incident_query, incidents, reference
    from app.services.incident_types import IncidentQuery
    from ui.incidents.editor import IncidentEditor

    db = space.database()
    window = state.window
    if window is None:
        raise CheckFailed(
            QCoreApplication.translate(
                "SelfTest", "needs the main window, which did not open (see pages)"
            )
        )
    row = next(iter(incident_query.iterate(db, IncidentQuery())), None)
    if row is None:
        raise CheckFailed(QCoreApplication.translate("SelfTest", "no incident to edit"))

    def editor() -> QDialog:
        dialog = IncidentEditor(db, reference.load(db), incidents.get(db, row.id), window)
        dialog.open()
        return dialog

    openers: tuple[tuple[str, Callable[[], object]], ...] = (
        (
            QCoreApplication.translate("SelfTest", "incident editor (%1)").replace(
                "%1", row.reference
            ),
            editor,
        ),
        (QCoreApplication.translate("SelfTest", "settings"), window.open_settings),
        (QCoreApplication.translate("SelfTest", "police event types"), window.open_police_types),
        (QCoreApplication.translate("SelfTest", "briefing"), window.situation.open_briefing),
        (QCoreApplication.translate("SelfTest", "about Samverkan"), window.show_about),
    )
    opened: list[str] = []
    with _caught_errors() as caught:
        for name, open_dialog in openers:
            dialog = open_dialog()
            _settle()
            if not isinstance(dialog, QDialog) or not dialog.isVisible():
                raise CheckFailed(
                    QCoreApplication.translate("SelfTest", "%1: did not open").replace("%1", name)
                )
            _painted(dialog, name)
            dialog.reject()
            _settle()
            _raise_first(caught)
            opened.append(name)
    return ", ".join(opened)


# ---------------------------------------------------------------- helpers


def _new_application() -> None:
    global _application
    from PySide6.QtWidgets import QApplication, QStyleFactory

    # Kept here: the application must outlive every widget of the checks.
    application = _application = QApplication([sys.argv[0] if sys.argv else "samverkan"])
    # The style the window has for officers (ui.application), without the crash
    # hook: a bug here fails a check and is not a dialog nobody sees.
    if "Fusion" in QStyleFactory.keys():  # noqa: SIM118 (a list, not a dict)
        application.setStyle("Fusion")
    # The pages in the language the command line speaks (main.py chose it).
    from app.i18n import language
    from ui import translation

    translation.install(language())


@contextmanager
def _settings_in(folder: Path) -> Iterator[None]:
    """QSettings() read and write an INI file in `folder` until the end (as the UI
    tests do), never the registry or the officer's own file; restored afterwards."""
    from PySide6.QtCore import QCoreApplication, QSettings

    ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    old_format = QSettings.defaultFormat()
    # No getter for the INI folder: it is the one a probe's file name lies in.
    old_folder = Path(QSettings(ini, user, "probe", "probe").fileName()).parent.parent
    folder.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("Samverkan")
    QCoreApplication.setApplicationName("Samverkan self-test")
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, user, str(folder))
    try:
        yield
    finally:
        QSettings().sync()
        QSettings.setPath(ini, user, str(old_folder))
        QSettings.setDefaultFormat(old_format)
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


# What the offscreen platform says about every window it cannot move or raise;
# a desktop platform can, so these say nothing about the build.
OFFSCREEN_NOISE = "This plugin does not support"


@contextmanager
def _quiet_offscreen() -> Iterator[None]:
    """Drop the offscreen platform's notes; every other Qt message goes to stderr."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOISE) and sys.stderr is not None:
            print(f"qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _caught_errors() -> Iterator[list[BaseException]]:
    """Exceptions raised inside Qt's calls (paint, slots) and on worker threads."""
    caught: list[BaseException] = []
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook

    def hook(_kind: object, error: BaseException, _trace: object) -> None:
        caught.append(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        caught.append(args.exc_value or args.exc_type())

    sys.excepthook = hook
    threading.excepthook = thread_hook
    try:
        yield caught
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook


def _raise_first(caught: list[BaseException]) -> None:
    if caught:
        raise caught[0]  # with its own trace, for the log file


def _painted(widget: object, name: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() == 0 or pixmap.height() == 0:
        raise CheckFailed(
            QCoreApplication.translate("SelfTest", "%1: nothing was painted").replace("%1", name)
        )


def _settle() -> None:
    """Process events until the background work (thread pool) is done and the
    queued results are delivered."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    quiet_rounds = 0
    while quiet_rounds < 3:
        QCoreApplication.processEvents()
        if pool.activeThreadCount() == 0:
            quiet_rounds += 1
        else:
            quiet_rounds = 0
            if time.monotonic() > deadline:
                raise CheckFailed(
                    QCoreApplication.translate(
                        "SelfTest", "background work still running after %1 s"
                    ).replace("%1", formats.integer(round(SETTLE_TIMEOUT_S)))
                )
        time.sleep(0.01)
