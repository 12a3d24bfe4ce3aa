"""The main window: navigation on the left, one page at a time, menus and status bar.

It composes pages and nothing else: what a page can do lives in the page.
A page is a QWidget with a `title`, `file_actions()` and a `status_message`
signal. The situation picture is the first page; it gathers its figures off
the UI thread once the window shows, so the window still opens as fast as the
incident log, which is built at once (its counts fill the status bar). The
other pages are built when first shown. Areas are listed only once they work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.domain.vocabulary import Role
from app.errors import SamverkanError
from app.i18n import formats
from app.services.access import READS_AUDIT_LOG, SEES_CASES
from app.services.incident_types import IncidentFilter
from app.storage.database import Database
from ui.incidents.page import IncidentPage
from ui.resources import icon
from ui.situation.page import SituationPage
from ui.widgets.palette import soft_highlight
from ui.widgets.persist import restore_bytes
from ui.widgets.texts import fill

GEOMETRY_KEY = "main_window/geometry"
INCIDENTS_ROW = 1  # after the situation picture
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Samverkan"))
        self.incidents = IncidentPage(db, self)
        # Hidden until it takes its place among the pages: until then Tab must not
        # reach its fields behind the situation picture.
        self.incidents.hide()
        self.situation = SituationPage(db, self)

        self.navigation = QListWidget(self)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        # A quiet side bar in the window's colour; the current area in a soft highlight
        # taken from the palette (light or dark), framed while the list has the focus.
        self.navigation.setStyleSheet(
            "QListWidget { background: palette(window); border: none; padding: 6px; "
            "outline: none; }"
            "QListWidget::item { padding: 4px 8px; border-radius: 4px; color: palette(text); }"
            f"QListWidget::item:selected {{ background: {soft_highlight().name()}; }}"
            "QListWidget::item:focus { border: 2px solid palette(highlight); }"
        )
        self.pages = QStackedWidget(self)
        self.counts = QLabel(self)  # the incident log's counts, in the status bar
        self._factories: list[Callable[[], QWidget] | None] = []
        self._add_page(lambda: self.situation, self.situation.title, "situation")
        self._add_page(lambda: self.incidents, self.incidents.title, "incidents")
        for make, title, icon_name in self._more_pages(db):
            self._add_page(make, title, icon_name)
        self.navigation.currentRowChanged.connect(self._show_page)
        # As wide as the longest area's name, so that none is cut off.
        widest = max(
            self.fontMetrics().horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        self.navigation.setFixedWidth(max(widest + 72, self.fontMetrics().averageCharWidth() * 22))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.statusBar().addPermanentWidget(self.counts)
        for page in (self.incidents, self.situation):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.incidents.counts_changed.connect(self.counts.setText)
        self.incidents.incidents_changed.connect(self.situation.incidents_changed)
        self.situation.show_incidents.connect(self.show_incidents)
        self.counts.setText(self.incidents.counts_text)
        self._make_menus()
        self._make_situation_shortcuts()
        self._restore()
        self.setTabOrder(self.navigation, self.incidents.filter_bar.search)

    def show_incidents(self, flt: IncidentFilter) -> None:
        """Open the incident log on exactly the incidents of `flt`."""
        self.navigation.setCurrentRow(INCIDENTS_ROW)
        self.incidents.show_filter(flt)

    def _make_situation_shortcuts(self) -> None:
        """Ctrl+F and Ctrl+N on the situation picture lead to the incident log: its search,
        a new incident. (The situation page has neither of its own; the shortcuts live
        on it, so they answer only while it shows.)"""
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self._search_incidents),
            (QKeySequence.StandardKey.New, self._new_incident),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.situation)
            shortcut.activated.connect(slot)

    def _search_incidents(self) -> None:
        self.navigation.setCurrentRow(INCIDENTS_ROW)
        self.incidents.filter_bar.focus_search()

    def _new_incident(self) -> None:
        self.navigation.setCurrentRow(INCIDENTS_ROW)
        self.incidents.new_incident()

    def _more_pages(self, db: Database) -> list[tuple[Callable[[], QWidget], str, str]]:
        """(factory, title, icon) of the pages after the incident log.

        Cases and the audit log are listed only for the roles that may read them;
        the services refuse the others anyway (and log the refusal), so hiding the
        areas only spares people a page that can never show them anything.
        """
        role = _signed_in_role(db)

        # Imported when first shown: start-up pays only for the incident log.
        def roster() -> QWidget:
            from ui.roster.page import RosterPage

            return RosterPage(db, self)

        def meetings() -> QWidget:
            from ui.meetings.page import MeetingPage

            return MeetingPage(db, self)

        def task_forces() -> QWidget:
            from ui.task_forces.page import TaskForcePage

            return TaskForcePage(db, self)

        def cases() -> QWidget:
            from ui.cases.page import CasePage

            return CasePage(db, self)

        def audit() -> QWidget:
            from ui.audit.page import AuditPage

            return AuditPage(db, self)

        def users() -> QWidget:
            from ui.users.page import UsersPage

            return UsersPage(db, self)

        pages = [
            (roster, self.tr("Roster"), "roster"),
            (meetings, self.tr("Joint meetings"), "meetings"),
            (task_forces, self.tr("Task forces"), "task_forces"),
        ]
        if role is None or role in SEES_CASES:
            pages.append((cases, self.tr("Cases"), "cases"))
        pages.append((users, self.tr("Users"), "users"))
        if role is None or role in READS_AUDIT_LOG:
            pages.append((audit, self.tr("Audit log"), "audit"))
        return pages

    def _add_page(self, make: Callable[[], QWidget], title: str, icon_name: str) -> None:
        item = QListWidgetItem(icon(icon_name), title, self.navigation)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 4))
        self._factories.append(make)
        self.pages.addWidget(QWidget(self))  # a placeholder until first shown
        if self.navigation.count() == 1:
            self.navigation.setCurrentRow(0)
            self._show_page(0)

    def _show_page(self, row: int) -> None:
        make = self._factories[row] if 0 <= row < len(self._factories) else None
        if make is not None:
            page = make()
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._factories[row] = None
            if page is not self.incidents and page is not self.situation:
                page.status_message.connect(  # type: ignore[attr-defined]
                    lambda text: self.statusBar().showMessage(text, 8000)
                )
        self.pages.setCurrentIndex(row)
        # The incident counts speak of the incident log: shown only beside it.
        self.counts.setVisible(self.pages.currentWidget() is self.incidents)
        self._fill_file_menu()

    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        # The police's notices go into the incident log from whichever page is open.
        self.police_action = QAction(self.tr("Import &police events…"), self)
        self.police_action.triggered.connect(self.import_police_events)
        self._fill_file_menu()
        # The settings concern every page: a menu of their own, not a page's.
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = tools.addAction(self.tr("&Settings…"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.police_types_action = tools.addAction(self.tr("&Police event types…"))
        self.police_types_action.triggered.connect(self.open_police_types)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Samverkan"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def _fill_file_menu(self) -> None:
        """The File menu holds what the current page can do with files, then Quit."""
        menu = getattr(self, "file_menu", None)
        if menu is None:
            return
        menu.clear()
        page = self.pages.currentWidget()
        for action in getattr(page, "file_actions", list)():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.police_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def open_settings(self) -> QWidget:
        """This computer's settings, and the office's (read-only for all but administrators)."""
        from ui.settings.dialog import OfficeSettingsDialog

        dialog = OfficeSettingsDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.workstation_saved.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Saved. The language and the database change at the next start."), 10_000
            )
        )
        dialog.open()
        return dialog

    def import_police_events(self, path: Path | None = None) -> QWidget | None:
        """Ask for a file of the police's event notices, preview its import, import."""
        from ui.incidents.police_dialog import PoliceImportDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import police events"),
                str(Path.home()),
                self.tr("Police events (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = PoliceImportDialog(self._db, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._police_imported(dialog))
        dialog.open()
        return dialog

    def _police_imported(self, dialog: QWidget) -> None:
        result = getattr(dialog, "outcome", None)
        self.incidents.refresh()
        self.incidents.incidents_changed.emit()
        if result is not None:
            # "new: 3", not "3 new": no number agrees with a word (1 ny, 2 nya).
            self.statusBar().showMessage(
                fill(
                    self.tr("Police events imported. New: %1, updated: %2, unchanged: %3."),
                    formats.integer(result.created),
                    formats.integer(result.updated),
                    formats.integer(result.unchanged),
                ),
                8000,
            )

    def open_police_types(self) -> QWidget:
        """The police types' categories; read-only for all but administrators."""
        from ui.incidents.police_types_dialog import PoliceTypesDialog

        dialog = PoliceTypesDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QWidget:
        """Version and licence, and every bundled component's licence (ui.about)."""
        from ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _restore(self) -> None:
        geometry = restore_bytes(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen().availableGeometry()
            self.resize(min(1400, screen.width() - 40), min(860, screen.height() - 40))
        state = restore_bytes(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        super().closeEvent(event)


def _signed_in_role(db: Database) -> Role | None:
    """The signed-in user's role; None when it cannot be read (then every area is listed)."""
    from app.services.users import sign_in

    try:
        return sign_in(db).role
    except SamverkanError:
        return None
