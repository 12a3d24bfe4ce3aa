"""The task forces page: the task forces in a table, the selected one's detail
beside it, and New / Edit for co-ordinators and administrators.

Task forces are few (one per district and a handful of groups), so the page
reads them whole and again after each change. The buttons follow the role,
but the service is what refuses: a member who gets past a button still gets
AccessDenied.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import CaseStatus
from app.errors import NotFound, SamverkanError
from app.services import access, task_forces, users
from app.services.case_types import TaskForceInfo
from app.storage.database import Database
from ui.task_forces.detail import TaskForceDetail
from ui.task_forces.task_force_dialog import TaskForceDialog
from ui.task_forces.texts import kind_title, open_cases_text
from ui.widgets.forms import page_heading
from ui.widgets.persist import remember_splitter

SPLITTER_KEY = "task_forces/splitter"
COL_NAME, COL_KIND, COL_DISTRICT, COL_CADENCE, COL_ACTIVE, COL_OPEN = range(6)
COLUMNS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("TaskForcePage", "Name"),
        QT_TRANSLATE_NOOP("TaskForcePage", "Kind"),
        QT_TRANSLATE_NOOP("TaskForcePage", "District"),
        QT_TRANSLATE_NOOP("TaskForcePage", "Meets"),
        QT_TRANSLATE_NOOP("TaskForcePage", "Active"),
        QT_TRANSLATE_NOOP("TaskForcePage", "Open cases"),
    ),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class TaskForcePage(QWidget):
    """Signals:
    status_message(str): a passing notice for the status bar ("Task force … saved").
    """

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.me = users.sign_in(db)
        self.may_manage = self.me.role in access.MANAGES_TASK_FORCES
        self.task_forces: list[TaskForceInfo] = []
        self._user_names: dict[int, str] = {}
        self.dialog: TaskForceDialog | None = None
        self.table = self._make_table()
        self.detail = TaskForceDetail(self)
        self.detail.setAccessibleName(self.tr("Task force details"))
        self._make_actions()
        self._lay_out()
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_task_force())
        self.refresh()
        if self.task_forces:
            self.select(self.task_forces[0].id)

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Task forces")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [self.new_action, self.edit_action]

    # -- actions ---------------------------------------------------------------

    @property
    def selected(self) -> TaskForceInfo | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_NAME) if row >= 0 else None
        if item is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((t for t in self.task_forces if t.id == wanted), None)

    def refresh(self) -> None:
        """Read the task forces again, keeping the selection."""
        keep = self.selected.id if self.selected else None
        try:
            self.task_forces = task_forces.list_task_forces(self._db)
            self._user_names = {u.id: u.display_name for u in users.list_users(self._db)}
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.task_forces))
        for row, task_force in enumerate(self.task_forces):
            for column, text in enumerate(self._cells(task_force)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, task_force.id)
                if column == COL_OPEN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if keep is not None:
            self.select(keep)
        self._show_selected()

    def select(self, task_force_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            if item is not None and item.data(ID_ROLE) == task_force_id:
                self.table.selectRow(row)
                return

    def new_task_force(self) -> TaskForceDialog:
        return self._open_dialog(None)

    def edit_task_force(self) -> TaskForceDialog | None:
        chosen = self.selected
        if chosen is None:
            return None
        try:
            current = task_forces.get_task_force(self._db, chosen.id)
        except NotFound:
            self.status_message.emit(self.tr("That task force was deleted meanwhile."))
            self.refresh()
            return None
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return None
        return self._open_dialog(current)

    # -- inside ------------------------------------------------------------------

    def _open_dialog(self, task_force: TaskForceInfo | None) -> TaskForceDialog:
        dialog = TaskForceDialog(self._db, task_force, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.task_force_saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, task_force: TaskForceInfo) -> None:
        self.refresh()
        self.select(task_force.id)
        self.status_message.emit(self.tr('Task force "%1" saved.').replace("%1", task_force.name))

    def _show_selected(self) -> None:
        chosen = self.selected
        self.detail.show_task_force(chosen, self._user_names, self._open_case_numbers(chosen))
        self.edit_action.setEnabled(self.may_manage and chosen is not None)

    def _open_case_numbers(self, chosen: TaskForceInfo | None) -> list[tuple[str, CaseStatus]]:
        """The open cases of the selected task force, if the user may see them (the
        service counted them only then)."""
        if chosen is None or chosen.open_cases is None:
            return []
        try:
            return task_forces.open_case_numbers(self._db, chosen.id)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return []

    def _cells(self, task_force: TaskForceInfo) -> tuple[str, ...]:
        return (
            task_force.name,
            kind_title(task_force.kind),
            task_force.district or self.tr("Whole municipality"),
            task_force.cadence,
            self.tr("Yes") if task_force.active else self.tr("No"),
            open_cases_text(task_force.open_cases),
        )

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TaskForcePage", c) for c in COLUMNS]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAccessibleName(self.tr("Task forces"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        return table

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New task force…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_task_force)
        self.edit_action = QAction(self.tr("&Edit task force…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_task_force)
        for act in (self.new_action, self.edit_action):
            act.setEnabled(self.may_manage)
            self.addAction(act)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Task forces"), self))
        top.addStretch(1)
        self.buttons: list[QPushButton] = []
        for act in (self.new_action, self.edit_action):
            button = QPushButton(act.text().replace("&", "").replace("…", ""), self)
            button.clicked.connect(act.trigger)
            act.enabledChanged.connect(button.setEnabled)
            button.setEnabled(act.isEnabled())
            top.addWidget(button)
            self.buttons.append(button)
        note = QLabel(self)
        note.setWordWrap(True)
        if not self.may_manage:
            note.setText(
                self.tr("Only co-ordinators and administrators create and change task forces.")
            )
        else:
            note.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
