"""The roster page: agencies on the left, their people on the right, one search field.

Everything an officer does to reach somebody quickly is one keystroke or
click away: type part of a name, role, agency or number; copy the phone
number (Ctrl+Shift+C) or the e-mail address; export a contact for Outlook.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamverkanError
from app.exchange.vcard import ImportResult, export_people, import_roster
from app.i18n import formats
from app.services import roster
from app.services.phones import display_phone
from app.services.roster_types import AgencyInfo, Person
from app.storage.database import Database
from ui.roster.agency_editor import AgencyEditor
from ui.roster.people_model import PeopleTableModel
from ui.roster.person_editor import PersonEditor
from ui.widgets.forms import ask, page_heading
from ui.widgets.jobs import Job, run_job
from ui.widgets.keyboard import tab_chain
from ui.widgets.persist import remember_splitter
from ui.widgets.texts import fill

SPLITTER_KEY = "roster/splitter"
SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not search


class RosterPage(QWidget):
    """Signals: status_message(str), a passing notice for the status bar."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.editor: PersonEditor | None = None
        self.agency_editor: AgencyEditor | None = None
        self.agencies = QListWidget(self)
        self.agencies.setAccessibleName(self.tr("Agencies"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, role, agency, phone number or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.show_left = QCheckBox(self.tr("Show people who left"), self)
        self.model = PeopleTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        self.detail = QLabel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._make_actions()
        self._lay_out()
        self._connect()
        self.reload_agencies()
        self._agency_changed()
        self.reload()

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Roster")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [
            self.new_action,
            self.new_agency_action,
            None,
            self.export_one_action,
            self.export_all_action,
            self.import_action,
        ]

    # -- actions ---------------------------------------------------------------

    def current_person(self) -> Person | None:
        index = self.table.currentIndex()
        return self.model.person(index.row()) if index.isValid() else None

    def new_person(self) -> PersonEditor:
        return self._open_editor(None)

    def edit_person(self) -> PersonEditor | None:
        person = self.current_person()
        if person is None:
            return None
        try:
            fresh = roster.get_person(self._db, person.id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.reload()
            return None
        return self._open_editor(fresh)

    def new_agency(self) -> AgencyEditor:
        return self._open_agency_editor(None)

    def edit_agency(self) -> AgencyEditor | None:
        """Open the chosen agency (not "All agencies") in the agency editor."""
        agency_id = self._agency_id()
        if agency_id is None:
            return None
        try:
            agency = roster.get_agency(self._db, agency_id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.reload_agencies()
            return None
        return self._open_agency_editor(agency)

    def import_vcard(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
        )
        if path:
            self.start_vcard_import(Path(path))

    def start_vcard_import(self, path: Path) -> Job | None:
        """Add or update the people of a .vcf file in the background; problems are shown."""
        db = self._db
        job = run_job(
            self,
            lambda _progress: import_roster(db, path),
            title=self.tr("Import contacts"),
            label=self.tr("Reading %1…").replace("%1", path.name),
            cancellable=False,
        )
        job.succeeded.connect(self._vcard_imported)
        return job

    def copy_phone(self) -> str:
        """Put the selected person's phone (else mobile) on the clipboard; returns it."""
        person = self.current_person()
        number = display_phone(person.phone or person.mobile) if person else ""
        return self._copy(number, self.tr("%1 has no phone number."), person)

    def copy_email(self) -> str:
        person = self.current_person()
        return self._copy(person.email if person else "", self.tr("%1 has no e-mail."), person)

    def deactivate(self) -> bool:
        """Mark the selected person as having left, after the officer confirms."""
        person = self.current_person()
        if person is None or not person.active:
            return False
        answer = ask(
            self,
            self.tr("Person has left"),
            fill(
                self.tr(
                    "Mark %1 as having left %2?\n\nThe person is hidden from the roster but "
                    "stays in the meetings they attended."
                ),
                person.name,
                person.agency,
            ),
        )
        if not answer:
            return False
        try:
            roster.deactivate_person(self._db, person.id)
        except SamverkanError as error:
            QMessageBox.warning(self, self.tr("Person has left"), str(error))
            return False
        self.reload()
        self.reload_agencies()
        self.status_message.emit(self.tr("%1 marked as having left.").replace("%1", person.name))
        return True

    def export_selected(self) -> None:
        person = self.current_person()
        if person is not None:
            self._ask_and_export([person], person.name)

    def export_all(self) -> None:
        self._ask_and_export(self.model.people(), f"roster-{date.today().isoformat()}")

    def write_vcard(self, path: Path, people: list[Person]) -> int:
        """Write `people` as vCards to `path` and say so; the dialogs' last step."""
        try:
            written = export_people(path, people)
        except (OSError, SamverkanError) as error:
            QMessageBox.warning(self, self.tr("Export contacts"), str(error))
            return 0
        self.status_message.emit(
            self.tr("Exported %Ln contact(s) to %1.", "", written).replace("%1", str(path))
        )
        return written

    def reload(self) -> None:
        """Search again with the current text, agency and "people who left" choice."""
        self._search_timer.stop()
        selected = self.current_person()
        try:
            people = roster.search_people(
                self._db,
                self.search.text(),
                self.show_left.isChecked(),
                agency_id=self._agency_id(),
            )
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return
        self.model.set_people(people)
        row = self.model.row_of(selected.id) if selected else None
        self.table.selectRow(row if row is not None else 0)
        self._selection_changed(QItemSelection(), QItemSelection())

    def reload_agencies(self) -> None:
        chosen = self._agency_id()
        self.agencies.blockSignals(True)
        self.agencies.clear()
        everyone = QListWidgetItem(self.tr("All agencies"), self.agencies)
        everyone.setData(Qt.ItemDataRole.UserRole, None)
        self.agencies.setCurrentItem(everyone)
        for agency in roster.list_agencies(self._db):
            item = QListWidgetItem(
                f"{agency.name} ({formats.integer(agency.people)})", self.agencies
            )
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            tip = [agency.name]
            if agency.phone:
                tip.append(self.tr("Switchboard %1").replace("%1", display_phone(agency.phone)))
            if agency.duty_phone:
                tip.append(self.tr("On duty %1").replace("%1", display_phone(agency.duty_phone)))
            item.setToolTip("\n".join(tip))
            if agency.id == chosen:
                self.agencies.setCurrentItem(item)
        self.agencies.blockSignals(False)

    # -- inside ------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: Any, slot: Any) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("&New person…"), QKeySequence.StandardKey.New, self.new_person
        )
        self.edit_action = action(self.tr("&Edit…"), "Ctrl+E", self.edit_person)
        self.copy_phone_action = action(self.tr("Copy &phone"), "Ctrl+Shift+C", self.copy_phone)
        self.copy_email_action = action(self.tr("Copy e-&mail"), "Ctrl+Shift+M", self.copy_email)
        self.deactivate_action = action(self.tr("Has &left…"), None, self.deactivate)
        self.export_one_action = action(
            self.tr("Export selected &contact to vCard…"), None, self.export_selected
        )
        self.export_all_action = action(
            self.tr("Export shown contacts to vCard…"), "Ctrl+Shift+E", self.export_all
        )
        self.new_agency_action = action(self.tr("New &agency…"), None, self.new_agency)
        self.edit_agency_action = action(self.tr("Edit a&gency…"), None, self.edit_agency)
        self.import_action = action(
            self.tr("&Import contacts (vCard)…"), "Ctrl+Shift+I", self.import_vcard
        )
        self.find_action = action(self.tr("Search"), QKeySequence.StandardKey.Find, self._find)

    def _lay_out(self) -> None:
        heading = page_heading(self.tr("Agency roster"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for act, label in (
            (self.new_action, None),
            (self.edit_action, None),
            (self.copy_phone_action, None),
            (self.copy_email_action, None),
            (self.export_one_action, self.tr("Export contact")),
            (self.deactivate_action, None),
        ):
            text = act.text().replace("&", "").replace("…", "")
            button = QPushButton(label or text, self)
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({shortcut})" if shortcut else text)
            button.clicked.connect(act.trigger)
            act.enabledChanged.connect(button.setEnabled)
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_left)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # One line per person, columns as wide as typical values: a roster is read
        # down the names, and wrapped numbers are hard to read out on the phone.
        self.table.setWordWrap(False)
        # Cut at the end: in the middle, agency names broke mid-word.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        metrics = self.fontMetrics()
        chars = metrics.averageCharWidth()
        for column, sample in enumerate(
            (
                "Katarina Sjöberg-Lind",
                "Biträdande regionpolischef",
                "Södertörns brandförsvarsförbund",
                "070-174 06 13",
                "070-174 06 13",
                "katarina.sjoberg@botkyrka.exam",
            )
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + chars * 2)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agencies, 1)
        agency_buttons = QHBoxLayout()
        order: list[QWidget] = [self.agencies]  # Tab: the agencies and their buttons first
        for act, text in (
            (self.new_agency_action, self.tr("New agency…")),
            (self.edit_agency_action, self.tr("Edit agency…")),
        ):
            button = QPushButton(text, left)
            button.clicked.connect(act.trigger)
            act.enabledChanged.connect(button.setEnabled)
            button.setEnabled(act.isEnabled())
            agency_buttons.addWidget(button)
            order.append(button)
        left_layout.addLayout(agency_buttons)
        self.agencies.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.agencies.addAction(self.new_agency_action)
        self.agencies.addAction(self.edit_agency_action)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        width = metrics.horizontalAdvance("Polisen, länskommunikationscentralen (10)") + chars
        splitter.setSizes([width, width * 4])
        remember_splitter(splitter, SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        tab_chain([*order, self.search, self.table])

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.show_left.toggled.connect(self.reload)
        self.agencies.currentItemChanged.connect(self.reload)
        self.agencies.currentItemChanged.connect(self._agency_changed)
        self.agencies.itemDoubleClicked.connect(lambda _item: self.edit_agency())
        self.table.doubleClicked.connect(self.edit_person)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _agency_id(self) -> int | None:
        item = self.agencies.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _agency_changed(self) -> None:
        self.edit_agency_action.setEnabled(self._agency_id() is not None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person = self.current_person()
        for act in (
            self.edit_action,
            self.copy_phone_action,
            self.copy_email_action,
            self.export_one_action,
        ):
            act.setEnabled(person is not None)
        self.deactivate_action.setEnabled(person is not None and person.active)
        self.detail.setText(self._describe(person) if person else "")

    def _describe(self, person: Person) -> str:
        lines = [f"<b>{_html(person.name)}</b> · {_html(person.title)} · {_html(person.agency)}"]
        reach = [
            self.tr("Phone %1").replace("%1", display_phone(person.phone)) if person.phone else "",
            self.tr("Mobile %1").replace("%1", display_phone(person.mobile))
            if person.mobile
            else "",
            _html(person.email),
        ]
        lines.append(" · ".join(r for r in reach if r))
        if person.deputy:
            lines.append(self.tr("Deputy: %1").replace("%1", _html(person.deputy)))
        return "<br>".join(lines)

    def _copy(self, text: str, missing: str, person: Person | None) -> str:
        if person is None:
            return ""
        if not text:
            self.status_message.emit(missing.replace("%1", person.name))
            return ""
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(self.tr("Copied %1.").replace("%1", text))
        return text

    def _ask_and_export(self, people: list[Person], name: str) -> None:
        default = str(Path.home() / f"{name}.vcf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), default, self.tr("vCard files (*.vcf)")
        )
        if path:
            self.write_vcard(Path(path), people)

    def _open_editor(self, person: Person | None) -> PersonEditor:
        editor = PersonEditor(self._db, person, self, agency_id=self._agency_id())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.person_saved.connect(self._saved)
        editor.open()
        self.editor = editor
        return editor

    def _open_agency_editor(self, agency: AgencyInfo | None) -> AgencyEditor:
        editor = AgencyEditor(self._db, agency, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.agency_saved.connect(self._agency_saved)
        editor.open()
        self.agency_editor = editor
        return editor

    def _agency_saved(self, agency: AgencyInfo) -> None:
        self.reload_agencies()
        for row in range(self.agencies.count()):
            item = self.agencies.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == agency.id:
                self.agencies.setCurrentItem(item)
                break
        else:  # made inactive: it is no longer listed
            self.agencies.setCurrentRow(0)
        self.reload()
        self.status_message.emit(self.tr("%1 saved.").replace("%1", agency.name))

    def _vcard_imported(self, result: object) -> None:
        self.reload_agencies()
        self.reload()
        if isinstance(result, ImportResult):
            counts = (
                self.tr("%Ln added", "", result.created),
                self.tr("%Ln updated", "", result.updated),
                self.tr("%Ln new agency(-ies)", "", result.agencies_created),
            )
            message = self.tr("Imported contacts: %1, %2, %3.")
            self.status_message.emit(fill(message, *counts))

    def _saved(self, person: Person) -> None:
        self.reload_agencies()
        self.reload()
        row = self.model.row_of(person.id)
        if row is not None:
            self.table.selectRow(row)
        self.status_message.emit(self.tr("%1 saved.").replace("%1", person.name))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
