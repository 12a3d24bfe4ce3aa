"""An administrator decides which task forces a user belongs to: membership is
what lets a user open a task force's cases (need to know)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamverkanError
from app.services import task_forces
from app.services.users import UserInfo
from app.storage.database import Database
from ui.task_forces.texts import kind_title
from ui.widgets.forms import error_label
from ui.widgets.texts import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class UserTaskForcesDialog(QDialog):
    """A checklist of every task force, checked where the user belongs.

    Signals:
        memberships_saved(tuple[int, ...]): the task forces the user now belongs to.
    """

    memberships_saved = Signal(object)

    def __init__(self, db: Database, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self.setWindowTitle(self.tr("Task forces of %1").replace("%1", user.display_name))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Task forces the user belongs to"))
        self.general = error_label(self)
        try:
            listed = task_forces.list_task_forces(self._db)
        except SamverkanError as error:
            listed = []
            self.general.setText(str(error))
            self.general.show()
        for task_force in listed:
            active = task_force.active
            text = self.tr("%1 — %2") if active else self.tr("%1 — %2 (not active)")
            item = QListWidgetItem(fill(text, task_force.name, kind_title(task_force.kind)))
            item.setData(ID_ROLE, task_force.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            member = user.id in task_force.user_ids
            item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        note = QLabel(
            self.tr("%1 may open the cases of the task forces checked here.").replace(
                "%1", user.display_name
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def checked_ids(self) -> list[int]:
        return [
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, task_force_id: int, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == task_force_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def save(self) -> bool:
        self.general.hide()
        try:
            now_in = task_forces.set_user_task_forces(self._db, self._user.id, self.checked_ids())
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return False
        self.memberships_saved.emit(now_in)
        self.accept()
        return True
