"""The incident log page: filter bar, table, detail pane, and the actions on incidents.

The page wires its parts together in one place (_connect) and offers its
file actions (new, export, import) for the main window's menu.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound, SamverkanError
from app.i18n import formats
from app.services import incident_query, incidents, reference
from app.services.incident_types import Incident, IncidentFilter, IncidentQuery
from app.storage.database import Database
from ui.incidents.detail import IncidentDetail
from ui.incidents.editor import IncidentEditor
from ui.incidents.filter_bar import FilterBar
from ui.incidents.table_model import IncidentTableModel
from ui.incidents.table_view import IncidentTableView
from ui.widgets.forms import ask, page_heading
from ui.widgets.jobs import Job, run_job
from ui.widgets.persist import remember_splitter
from ui.widgets.texts import fill

SPLITTER_KEY = "incidents/splitter"


class IncidentPage(QWidget):
    """Everything about the incident log on one page.

    Signals:
        status_message(str): a passing notice for the status bar ("Incident … saved").
        counts_changed(str): the "Showing N of M incidents" text changed.
        incidents_changed(): incidents were saved, deleted or imported here
            (not emitted for a mere change of filter).
    """

    status_message = Signal(str)
    counts_changed = Signal(str)
    incidents_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._all_count = 0
        self.counts_text = ""
        self.editor: IncidentEditor | None = None
        data = reference.load(db)
        self.filter_bar = FilterBar(data, self)
        self.filter_bar.restore()
        self.model = IncidentTableModel(
            db, data, IncidentQuery(self.filter_bar.current_filter()), self
        )
        self.table = IncidentTableView(self.model, self)
        self.detail = IncidentDetail(data, self)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_detail)
        self._make_actions()
        self._lay_out()
        self._connect()
        self._count_all()
        self._update_counts()
        if self.model.total:
            self.table.select_row(0)  # the detail pane shows something, the keyboard is ready

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Incidents")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [
            self.new_action,
            None,
            self.export_action,
            self.import_action,
            None,
            self.export_cap_action,
            self.import_cap_action,
        ]

    # -- actions ---------------------------------------------------------------

    def new_incident(self) -> IncidentEditor:
        """Open the editor for a new incident (window-modal, does not block)."""
        return self._open_editor(None)

    def edit_incident(self) -> IncidentEditor | None:
        incident_id = self.table.current_id()
        if incident_id is None:
            return None
        try:
            incident = incidents.get(self._db, incident_id)
        except NotFound:
            self.status_message.emit(self.tr("That incident was deleted meanwhile."))
            self.refresh()
            return None
        return self._open_editor(incident)

    def delete_incident(self) -> bool:
        """Delete the selected incident after the officer confirms; True if deleted."""
        index = self.table.currentIndex()
        row = self.model.incident_row(index.row()) if index.isValid() else None
        if row is None:
            return False
        question = self.tr('Delete incident %1, "%2"?\n\nThis cannot be undone.')
        answer = ask(
            self,
            self.tr("Delete incident"),
            fill(question, row.reference, row.summary),
        )
        if not answer:
            return False
        try:
            incidents.delete(self._db, row.id)
        except NotFound:
            pass  # someone else deleted it first: the result is the same
        except SamverkanError as error:
            QMessageBox.warning(self, self.tr("Delete incident"), str(error))
            return False
        self.refresh()
        self.table.select_row(min(index.row(), self.model.total - 1))
        self.incidents_changed.emit()
        self.status_message.emit(self.tr("Incident %1 deleted.").replace("%1", row.reference))
        return True

    def refresh(self) -> None:
        """Read the log again (after a change here or elsewhere)."""
        selected = self.table.current_id()
        self.model.refresh()
        self._count_all()
        self._reselect(selected)

    def show_filter(self, flt: IncidentFilter) -> None:
        """List exactly the incidents of `flt` (a click on the situation page).

        The filter bar shows what of it its boxes can say; parts it has no box
        for (an area, secret ones left out) still apply until the officer
        changes the filter.
        """
        self.filter_bar.show_filter(flt)
        self._filter_changed(flt)

    def export_shown(self) -> None:
        default = str(Path.home() / f"incidents-{date.today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export shown incidents"), default, self.tr("CSV files (*.csv)")
        )
        if path:
            self.start_export(Path(path), include_secret=self._ask_include_secret())

    def _ask_include_secret(self) -> bool:
        """Incidents flagged secret leave the office only when the officer says so."""
        query = self.model.query
        without = replace(query, filter=replace(query.filter, include_secret=False))
        try:
            secret = self.model.total - incident_query.count(self._db, without)
        except SamverkanError:
            return False
        if secret <= 0:
            return False
        answer = ask(
            self,
            self.tr("Incidents flagged secret"),
            self.tr(
                "%Ln of the shown incidents are flagged secret. Include them in the file?",
                "",
                secret,
            ),
        )
        return answer

    def start_export(self, path: Path, *, include_secret: bool = False) -> Job | None:
        """Write what the table shows (same filter and order) to a CSV file; incidents
        flagged secret only with include_secret."""
        from app.exchange.csv_incidents import export_incidents

        query = self.model.query
        query = replace(query, filter=replace(query.filter, include_secret=include_secret))
        job = run_job(
            self,
            lambda progress: export_incidents(self._db, path, query, progress=progress),
            title=self.tr("Export incidents"),
            label=self.tr("Writing %1…").replace("%1", path.name),
        )
        job.succeeded.connect(
            lambda n: self.status_message.emit(
                self.tr("Exported %Ln incident(s) to %1.", "", n).replace("%1", str(path))
            )
        )
        job.cancelled.connect(lambda: self.status_message.emit(self.tr("Export cancelled.")))
        return job

    def export_cap(self, path: Path | None = None) -> bool:
        """The selected incident as a CAP 1.2 alert; True when written."""
        from ui.incidents.cap_actions import export_incident

        incident_id = self.table.current_id()
        if incident_id is None:
            return False
        exported = export_incident(self, self._db, incident_id, path)
        if exported is not None:
            self.status_message.emit(
                self.tr("Incident %1 written as a CAP alert.").replace("%1", exported.reference)
            )
        return exported is not None

    def import_cap(self, path: Path | None = None) -> bool:
        """A CAP 1.2 alert as a new incident, selected once read; True when imported."""
        from ui.incidents.cap_actions import import_alert

        imported = import_alert(self, self._db, path)
        if imported is None:
            return False
        self.refresh()
        self._reselect(imported.incident.id)
        self.incidents_changed.emit()
        self.status_message.emit(
            self.tr("The CAP alert is incident %1.").replace("%1", imported.incident.reference)
        )
        return True

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import incidents"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> Job | None:
        from app.exchange.csv_incidents import import_incidents

        job = run_job(
            self,
            lambda progress: import_incidents(self._db, path, progress=progress),
            title=self.tr("Import incidents"),
            label=self.tr("Reading %1…").replace("%1", path.name),
        )
        job.succeeded.connect(self._imported)
        job.cancelled.connect(lambda: self.status_message.emit(self.tr("Import cancelled.")))
        return job

    # -- inside ------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: Any, slot: Any, tip: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            keys_text = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = tip or text.replace("&", "").rstrip("…")
            act.setToolTip(f"{plain} ({keys_text})" if keys_text else plain)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("&New incident…"), QKeySequence.StandardKey.New, self.new_incident
        )
        self.edit_action = action(
            self.tr("&Edit…"), "Ctrl+E", self.edit_incident, self.tr("Open the selected incident")
        )
        self.delete_action = action(
            self.tr("&Delete…"),
            QKeySequence.StandardKey.Delete,
            self.delete_incident,
            self.tr("Delete the selected incident"),
        )
        # Delete only while the table has focus: in the search field it deletes text.
        self.removeAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.find_action = action(
            self.tr("Search"), QKeySequence.StandardKey.Find, self.filter_bar.focus_search
        )
        self.refresh_action = action(
            self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.export_action = action(
            self.tr("&Export shown incidents to CSV…"), "Ctrl+Shift+E", self.export_shown
        )
        self.import_action = action(
            self.tr("&Import incidents from CSV…"), "Ctrl+Shift+I", self.import_file
        )
        self.export_cap_action = action(
            self.tr("Export selected incident as CAP &alert…"), "", self.export_cap
        )
        self.import_cap_action = action(self.tr("Import CAP a&lert…"), "", self.import_cap)
        for act in (self.edit_action, self.delete_action, self.export_cap_action):
            act.setEnabled(False)

    def _lay_out(self) -> None:
        heading = page_heading(self.tr("Incident log"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for act in (self.new_action, self.edit_action, self.delete_action):
            button = QPushButton(act.text().replace("…", ""), self)
            button.setToolTip(act.toolTip())
            button.clicked.connect(act.trigger)
            act.enabledChanged.connect(button.setEnabled)
            button.setEnabled(act.isEnabled())
            top.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 180])
        remember_splitter(splitter, SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.filter_bar.clear_button, self.table)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.table.edit_requested.connect(self.edit_incident)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_counts)
        self.model.modelReset.connect(
            lambda: self._selection_changed(QItemSelection(), QItemSelection())
        )
        self.model.load_failed.connect(self.status_message)

    def _open_editor(self, incident: Incident | None) -> IncidentEditor:
        data = reference.load(self._db)
        editor = IncidentEditor(self._db, data, incident, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.incident_saved.connect(self._saved)
        editor.open()
        self.editor = editor
        return editor

    def _saved(self, incident: Incident) -> None:
        self.model.refresh()
        self._count_all()
        self._reselect(incident.id)
        self.incidents_changed.emit()
        if self.table.current_id() != incident.id:
            self.detail.show_incident(incident)  # saved, but outside the filter or far down
        self.status_message.emit(self.tr("Incident %1 saved.").replace("%1", incident.reference))

    def _imported(self, count: object) -> None:
        self.refresh()
        self.incidents_changed.emit()
        number = count if isinstance(count, int) else 0
        self.status_message.emit(self.tr("Imported %Ln incident(s).", "", number))

    def _filter_changed(self, flt: IncidentFilter) -> None:
        selected = self.table.current_id()
        self.model.set_filter(flt)
        self._reselect(selected)

    def _reselect(self, incident_id: int | None) -> None:
        row = self.model.row_of(incident_id) if incident_id is not None else None
        if row is not None:
            self.table.select_row(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        incident_id = self.table.current_id()
        for act in (self.edit_action, self.delete_action, self.export_cap_action):
            act.setEnabled(incident_id is not None)
        # The detail is read once the table has painted and the selection has
        # settled: holding an arrow key down reads only where it stops.
        self._detail_timer.start()

    def _show_detail(self) -> None:
        incident_id = self.table.current_id()
        if incident_id is None:
            self.detail.show_incident(None)
            return
        try:
            self.detail.show_incident(incidents.get(self._db, incident_id))
        except SamverkanError as error:
            self.detail.show_incident(None)
            self.status_message.emit(str(error))

    def _count_all(self) -> None:
        try:
            self._all_count = incident_query.count(self._db, IncidentQuery())
        except SamverkanError as error:
            self.status_message.emit(str(error))
        self._update_counts()

    def _update_counts(self) -> None:
        # "%Ln": Qt writes the number as the language does (1 234 / 1,234).
        text = self.tr("Showing %1 of %Ln incident(s)", "", self._all_count)
        text = text.replace("%1", formats.integer(self.model.total))
        self.counts_text = text
        self.counts_changed.emit(text)
