"""The audit log page: who opened or changed which case, when, and every refusal.

Administrators and the data protection officer read the log here, filter it
by person, case, action and dates, and export what the filter selects as
CSV. Anyone else sees a message instead; the service refuses them, and that
refusal is itself written to the log. The page offers no way to change the
log, because there is none.

The table shows the newest 1,000 matching entries (a note says when there
are more); the export writes all of them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import LOCAL_TZ, now, to_local
from app.domain.vocabulary import AUDIT_ACTION_TITLES, AuditAction
from app.errors import AccessDenied, SamverkanError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, formats
from app.services import audit_log, users
from app.services.audit_log import AuditFilter, AuditListing, AuditRow
from app.storage.database import Database
from ui.widgets.dates import date_format
from ui.widgets.forms import page_heading
from ui.widgets.language import pick
from ui.widgets.texts import fill

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditPage", "Time"),
    QT_TRANSLATE_NOOP("AuditPage", "Person"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Case"),
    QT_TRANSLATE_NOOP("AuditPage", "Detail"),
)
COL_TIME, COL_PERSON, COL_ACTION, COL_CASE, COL_DETAIL = range(len(COLUMNS))
SHOWN = 1000
# A date edit at its minimum shows "any": no limit on that side.
NO_DATE = QDate(2000, 1, 1)
TYPING_PAUSE_MS = 300


class OptionalDateEdit(QDateEdit):
    """A date edit whose minimum shows as a word ("any"): Tab must still leave it.

    QDateTimeEdit keeps Tab for moving between its sections, and while the
    special value's word is shown it has none and swallows the key (a trap for
    the keyboard); then Tab moves the focus as in any other widget.
    """

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


class AuditPage(QWidget):
    """Signals:
    status_message(str): a passing notice for the status bar ("Wrote 12 entries to …").
    """

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.listing = AuditListing((), 0)
        self.export_action = QAction(self.tr("E&xport audit log…"), self)
        self.export_action.triggered.connect(self.export_chosen)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.case_number = QLineEdit(self)
        self.case_number.setPlaceholderText(self.tr("e.g. 2026-004"))
        self.case_number.setClearButtonEnabled(True)
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action.addItem(pick(AUDIT_ACTION_TITLES[action]), action)
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.table = self._make_table()
        self.note = QLabel(self)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.hide()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self._lay_out()
        self._fill_people()  # before connecting: filling is not a change of filter
        self._connect()
        self.refresh()

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Audit log")

    def file_actions(self) -> list[QAction | None]:
        return [self.export_action]

    # -- actions ---------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        since, until = self._day(self.date_from), self._day(self.date_to)
        return AuditFilter(
            user_id=self.person.currentData(),
            case_number=self.case_number.text().strip() or None,
            action=self.action.currentData(),
            since=None if since is None else datetime.combine(since, time(), LOCAL_TZ),
            until=(
                None
                if until is None
                else datetime.combine(until + timedelta(days=1), time(), LOCAL_TZ)
            ),
        )

    def refresh(self) -> bool:
        """Read the newest entries the filters select; False if the user may not."""
        self._typing.stop()
        try:
            self.listing = audit_log.browse(self._db, self.current_filter(), limit=SHOWN)
        except AccessDenied as refused:
            self._show_refused(str(refused))
            return False
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return False
        self._show(self.listing)
        return True

    def export_chosen(self) -> None:
        name = f"granskningslogg-{to_local(now()).date().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int | None:
        """Write every entry the filters select to `path`; how many, or None on failure."""
        try:
            written = audit_log.export_csv(self._db, path, filters=self.current_filter())
        except AccessDenied as refused:
            self._show_refused(str(refused))
            return None
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Export audit log"), "; ".join(error.errors.values()))
            return None
        except (SamverkanError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export audit log"), str(error))
            return None
        self.refresh()  # the export is in the log now
        self.status_message.emit(
            self.tr("Wrote %Ln entries to %1.", "", written).replace("%1", str(path))
        )
        return written

    def clear_filters(self) -> None:
        for widget in (self.person, self.action, self.case_number, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.case_number.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for widget in (self.person, self.action, self.case_number, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.refresh()

    # -- inside ------------------------------------------------------------------

    def _show(self, listing: AuditListing) -> None:
        self.table.setRowCount(len(listing.rows))
        for row, entry in enumerate(listing.rows):
            for column, item in enumerate(self._items(entry)):
                self.table.setItem(row, column, item)
        if listing.more:
            self.note.setText(
                fill(
                    self.tr(
                        "Showing the newest %1 of %2 entries. Narrow the filter, or export to "
                        "see them all."
                    ),
                    formats.integer(len(listing.rows)),
                    formats.integer(listing.total),
                )
            )
        else:
            self.note.setText(self.tr("%Ln entries.", "", listing.total))

    def _items(self, entry: AuditRow) -> list[QTableWidgetItem]:
        person = QTableWidgetItem(entry.display_name)
        person.setToolTip(entry.account)
        local = to_local(entry.at)
        return [
            QTableWidgetItem(f"{formats.short_date(local.date())} {local:%H:%M:%S}"),
            person,
            QTableWidgetItem(pick(AUDIT_ACTION_TITLES[entry.action])),
            QTableWidgetItem(entry.case_number),
            QTableWidgetItem(entry.detail),
        ]

    def _show_refused(self, reason: str) -> None:
        self.refused.setText(
            self.tr(
                "Only administrators and the data protection officer read the audit log "
                "(%1). Your attempt to open it has been written to the log."
            ).replace("%1", reason)
        )
        self.refused.show()
        self.filters.hide()
        self.table.hide()
        self.note.hide()
        self.export_action.setEnabled(False)
        self.table.setRowCount(0)

    def _fill_people(self) -> None:
        self.person.addItem(self.tr("Everyone"), None)
        try:
            people = users.list_users(self._db)
        except SamverkanError:
            people = []
        for user in people:
            self.person.addItem(f"{user.display_name} ({user.account})", user.id)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = OptionalDateEdit(NO_DATE, self)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AuditPage", c) for c in COLUMNS]
        )
        header = table.horizontalHeader()
        for column in (COL_TIME, COL_PERSON, COL_ACTION, COL_CASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setAccessibleName(self.tr("Audit log entries, newest first"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        return table

    def _lay_out(self) -> None:
        export = QPushButton(self.tr("Export…"), self)
        export.clicked.connect(self.export_action.trigger)
        self.export_action.enabledChanged.connect(export.setEnabled)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Audit log"), self))
        top.addStretch(1)
        top.addWidget(export)
        self.filters = QWidget(self)
        row = QHBoxLayout(self.filters)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("&Person"), self.person),
            (self.tr("&Case"), self.case_number),
            (self.tr("&Action"), self.action),
            (self.tr("Fro&m"), self.date_from),
            (self.tr("T&o"), self.date_to),
        ):
            buddy = QLabel(label, self.filters)
            buddy.setBuddy(widget)
            buddy.setMinimumWidth(buddy.sizeHint().width())  # never squeezed to "Tc"
            row.addWidget(buddy)
            row.addWidget(widget)
        clear = QPushButton(self.tr("Clear"), self.filters)
        clear.clicked.connect(self.clear_filters)
        row.addWidget(clear)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.refused)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def _connect(self) -> None:
        self.person.currentIndexChanged.connect(lambda _index: self.refresh())
        self.action.currentIndexChanged.connect(lambda _index: self.refresh())
        self.date_from.dateChanged.connect(lambda _date: self.refresh())
        self.date_to.dateChanged.connect(lambda _date: self.refresh())
        self.case_number.textChanged.connect(lambda _text: self._typing.start())
        self.case_number.returnPressed.connect(self.refresh)
