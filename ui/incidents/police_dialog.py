"""File → Import police events…: a preview of what the import will do, then the import.

The dialog reads the file once and shows, before anything is written, how many
of the notices are new, changed by the police, unchanged, or for other
municipalities; which police types have no category (they are filed as
Other); and each conflict, a notice the police changed whose incident an
officer has edited since, with a choice per conflict. Import writes it all in
one transaction (police_import.run works the plan out again inside it).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamverkanError, os_reason
from app.exchange.police_events import PoliceEvent, read_events
from app.exchange.text_files import read_bytes
from app.i18n import formats
from app.services import police_import, reference
from app.services.police_import import NoticeAction, PoliceImportResult, PolicePreview
from app.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.language import pick
from ui.widgets.texts import fill

TAKE_POLICE, KEEP_MINE = 0, 1
_CONTEXT = "PoliceImportDialog"
# The table's columns (translated when shown); the notice's text stretches.
COLUMNS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Import"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Incident"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Happened"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Police type"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Category"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "District"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Notice"),
        QT_TRANSLATE_NOOP("PoliceImportDialog", "Keep"),
    ),
)
TEXT_COLUMN, KEEP_COLUMN = 6, 7
NARROW_COLUMN_MAX = 150
SHOWN = (NoticeAction.CONFLICT, NoticeAction.UPDATE, NoticeAction.NEW)
ACTION_TITLES = cast(
    dict[NoticeAction, str],
    {
        NoticeAction.CONFLICT: QT_TRANSLATE_NOOP("PoliceImportDialog", "Conflict"),
        NoticeAction.UPDATE: QT_TRANSLATE_NOOP("PoliceImportDialog", "Update"),
        NoticeAction.NEW: QT_TRANSLATE_NOOP("PoliceImportDialog", "New"),
    },
)


class PoliceImportDialog(QDialog):
    """Preview and import of one file of police event notices.

    After a successful import `outcome` holds what was done and the dialog is
    accepted; a refused file leaves the dialog open with the reason shown.
    """

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._events: list[PoliceEvent] = []
        self.plan: PolicePreview | None = None
        self.outcome: PoliceImportResult | None = None
        self.setWindowTitle(self.tr("Import police events"))
        self.setMinimumSize(720, 520)
        self.resize(1080, 640)  # the notices' text needs the width

        self.municipality = QLineEdit(self)
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.municipality.setToolTip(
            self.tr("Only this municipality's notices are imported; the others are counted")
        )
        self.refresh_button = QPushButton(self.tr("&Preview again"), self)
        self.refresh_button.clicked.connect(self.make_preview)
        self.municipality.returnPressed.connect(self.make_preview)
        row = QHBoxLayout()
        row.addWidget(self.municipality, 1)
        row.addWidget(self.refresh_button)
        municipality_label = QLabel(self.tr("&Municipality:"), self)
        municipality_label.setBuddy(self.municipality)
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(str(path), self))
        form.addRow(municipality_label, row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.map_types_button = QPushButton(self.tr("Choose &categories for these types…"), self)
        self.map_types_button.clicked.connect(self.map_new_types)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        details_row.addWidget(self.map_types_button, 0, Qt.AlignmentFlag.AlignTop)
        self.conflicts_heading = QLabel(
            self.tr(
                "<b>Conflicts</b> (at the top): the police changed these notices, and an "
                "officer has edited their incidents since the last import. Choose per notice "
                "which text to keep."
            ),
            self,
        )
        self.conflicts_heading.setWordWrap(True)
        # Every notice the import will write, conflicts first; unchanged ones are only counted.
        self.notices = QTableWidget(0, len(COLUMNS), self)
        self.notices.setHorizontalHeaderLabels([_translated(title) for title in COLUMNS])
        self.notices.setAccessibleName(self.tr("Notices the import will write"))
        self.notices.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        self.notices.verticalHeader().setVisible(False)
        self.notices.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.notices.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.notices.setWordWrap(False)  # one line a notice; the whole text in its tooltip
        self.notices.horizontalHeader().setSectionResizeMode(
            TEXT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.category_titles = {
            c.code: pick((c.title_en, c.title_sv)) for c in reference.load(db).categories
        }
        self.message = error_label(self)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(details_row)
        layout.addWidget(self.conflicts_heading)
        layout.addWidget(self.notices, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        try:
            self._events = read_events(read_bytes(path))
            self.municipality.setText(police_import.municipality_or_setting(db, None))
        except SamverkanError as error:
            self._show_problem(error)
        except OSError as error:
            text = self.tr("%1 could not be read: %2")
            self._show_problem(fill(text, str(path), os_reason(error)))
        if self._events:
            self.make_preview()
        else:
            self.import_button.setEnabled(False)

    # -- preview -------------------------------------------------------------

    def make_preview(self) -> None:
        self.message.clear()
        self.message.hide()
        try:
            self.plan = police_import.preview(self._db, self._events, self.municipality.text())
        except SamverkanError as error:
            self.plan = None
            self._show_problem(error)
            self._show_plan(None)
            return
        self._show_plan(self.plan)

    def _show_plan(self, plan: PolicePreview | None) -> None:
        self.conflicts_heading.setVisible(bool(plan and plan.conflicts))
        self.notices.setRowCount(0)
        if plan is None:
            self.map_types_button.hide()
            self.summary.clear()
            self.details.clear()
            self.import_button.setEnabled(False)
            return
        # Whole sentences, each with its own plural; the numbers as the language writes them.
        summary = [
            self.tr("<b>%Ln</b> notice(s) in the file.", "", plan.events_in_file),
            fill(
                self.tr(
                    "<b>%Ln</b> notice(s) for %1: <b>%2</b> new, <b>%3</b> updated by the "
                    "police, <b>%4</b> unchanged, <b>%5</b> in conflict.",
                    "",
                    len(plan.plans),
                ),
                escape(plan.municipality),
                formats.integer(plan.count(NoticeAction.NEW)),
                formats.integer(plan.count(NoticeAction.UPDATE)),
                formats.integer(plan.count(NoticeAction.UNCHANGED)),
                formats.integer(plan.count(NoticeAction.CONFLICT)),
            ),
        ]
        if plan.other_municipality:
            summary.append(
                self.tr(
                    "<b>%Ln</b> notice(s) for other municipalities are left out.",
                    "",
                    plan.other_municipality,
                )
            )
        self.summary.setText(" ".join(summary))
        notes: list[str] = []
        if plan.unmapped_types:
            names = ", ".join(
                f"{name} ({formats.integer(count)})" for name, count in plan.unmapped_types
            )
            notes.append(
                self.tr("Police types without a category, filed as Other: %1").replace("%1", names)
            )
        if plan.count(NoticeAction.DELETED):
            notes.append(
                self.tr(
                    "%Ln notice(s) whose incidents were deleted are not brought back.",
                    "",
                    plan.count(NoticeAction.DELETED),
                )
            )
        if plan.count(NoticeAction.LATER):
            notes.append(
                self.tr(
                    "%Ln notice(s) announce something still to come; they are imported "
                    "once it has happened.",
                    "",
                    plan.count(NoticeAction.LATER),
                )
            )
        if plan.repeated:
            notes.append(
                self.tr(
                    "%Ln notice(s) appear more than once in the file; the first is used.",
                    "",
                    plan.repeated,
                )
            )
        if plan.masked:
            notes.append(
                self.tr("%Ln notice(s) held an identity number; it is masked.", "", plan.masked)
            )
        if plan.source_agency is None:
            notes.append(
                self.tr("The roster has no police agency: the incidents name no source agency.")
            )
        self.map_types_button.setVisible(bool(plan.unmapped_types))
        self.details.setText("<br>".join(notes))
        self.details.setVisible(bool(notes))
        shown = [p for p in plan.plans if p.action in SHOWN]
        shown.sort(key=lambda p: SHOWN.index(p.action))  # stable: the file's order within
        self.notices.setRowCount(len(shown))
        for row, notice in enumerate(shown):
            event = notice.event
            when = formats.local_time(event.occurred_at)
            cells = (
                _translated(ACTION_TITLES[notice.action]),
                notice.incident_reference,
                when,
                event.type,
                self.category_titles.get(notice.category, notice.category),
                notice.district or "",
                event.summary,
            )
            for column, text in enumerate(cells):
                self.notices.setItem(row, column, _item(text))
            if notice.action is NoticeAction.CONFLICT:
                self.notices.setCellWidget(row, KEEP_COLUMN, _ChoiceBox(self.notices))
        self.notices.setColumnHidden(KEEP_COLUMN, not plan.conflicts)
        for column in range(len(COLUMNS)):
            if column != TEXT_COLUMN:
                self.notices.resizeColumnToContents(column)
                # A long police type or category title must not push the notice out.
                width = min(self.notices.columnWidth(column), NARROW_COLUMN_MAX)
                self.notices.setColumnWidth(column, width)
        actionable = len(plan.plans) - plan.count(NoticeAction.UNCHANGED)
        waiting = plan.count(NoticeAction.DELETED) + plan.count(NoticeAction.LATER)
        self.import_button.setEnabled(actionable - waiting > 0)

    def map_new_types(self) -> QDialog | None:
        """The police-type editor with this file's unmapped types first; the preview is
        made again once it is saved."""
        from ui.incidents.police_types_dialog import PoliceTypesDialog

        if self.plan is None:
            return None
        editor = PoliceTypesDialog(
            self._db, self, new_types=[name for name, _ in self.plan.unmapped_types]
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(self.make_preview)
        editor.open()
        return editor

    def take_police_for(self) -> dict[int, int | None]:
        """The conflicts where the police's text is chosen: event id → the incident's
        version the officer decided on (a colleague's later save keeps the incident)."""
        if self.plan is None:
            return {}
        chosen: dict[int, int | None] = {}
        for row, conflict in enumerate(self.plan.conflicts):  # the table's first rows
            box = self.notices.cellWidget(row, KEEP_COLUMN)
            if isinstance(box, _ChoiceBox) and box.take_police():
                chosen[conflict.event.event_id] = conflict.incident_version
        return chosen

    def choose(self, row: int, *, take_police: bool) -> None:
        """Decide the conflict in `row` (conflicts are the table's first rows)."""
        box = self.notices.cellWidget(row, KEEP_COLUMN)
        assert isinstance(box, _ChoiceBox)
        box.set_take_police(take_police)

    # -- import --------------------------------------------------------------

    def do_import(self) -> None:
        if self.plan is None:
            return
        try:
            self.outcome = police_import.run(
                self._db,
                self._events,
                self.plan.municipality,
                take_police=self.take_police_for(),
            )
        except SamverkanError as error:
            self._show_problem(error)
            return
        self.accept()

    def _show_problem(self, error: SamverkanError | str) -> None:
        from ui.widgets.jobs import problem_text

        text = error if isinstance(error, str) else problem_text(error)
        self.message.setText(text)
        self.message.show()


class _ChoiceBox(QWidget):
    """Keep the officer's incident, or take the police's text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = QComboBox(self)
        self.box.addItem(self.tr("The police's text"))
        self.box.addItem(self.tr("The officer's edit"))
        self.box.setCurrentIndex(KEEP_MINE)  # nothing an officer wrote is lost unasked
        self.box.setAccessibleName(self.tr("Which version to keep"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.box)

    def take_police(self) -> bool:
        return self.box.currentIndex() == TAKE_POLICE

    def set_take_police(self, take: bool) -> None:
        self.box.setCurrentIndex(TAKE_POLICE if take else KEEP_MINE)


def _translated(source: str) -> str:
    """A column title or notice action, marked above, in the current language."""
    return QCoreApplication.translate(_CONTEXT, source)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    return item
