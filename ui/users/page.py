"""Users and roles: who may do what. Administrators change roles, add colleagues and
decide which task forces each user belongs to (whose cases they may open);
everybody else sees the list. The service refuses others in any case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from app.domain.vocabulary import Role
from app.errors import SamverkanError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import task_forces, users
from app.services.access import role_name
from app.storage.database import Database
from ui.settings.dialog import OfficeSettingsDialog
from ui.task_forces.membership_dialog import UserTaskForcesDialog
from ui.widgets.forms import add_rows_with_messages, error_label, lay_out_form_dialog, page_heading
from ui.widgets.keyboard import tab_chain
from ui.widgets.language import language
from ui.widgets.texts import fill

COLUMNS = (
    QT_TRANSLATE_NOOP("UsersPage", "Account"),
    QT_TRANSLATE_NOOP("UsersPage", "Name"),
    QT_TRANSLATE_NOOP("UsersPage", "Role"),
    QT_TRANSLATE_NOOP("UsersPage", "Task forces"),
)
COL_ACCOUNT, COL_NAME, COL_ROLE, COL_TASK_FORCES = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole


class UsersPage(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.me = users.sign_in(db)
        self.people: list[users.UserInfo] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("UsersPage", c) for c in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Users and their roles"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.add_button.setEnabled(self.me.is_administrator)
        self.task_forces_button = QPushButton(self.tr("Task f&orces…"), self)
        self.task_forces_button.setToolTip(
            self.tr("Which task forces the selected user belongs to: whose cases they may open")
        )
        self.task_forces_button.clicked.connect(lambda: self.edit_task_forces())
        self.task_forces_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.settings_action = QAction(self.tr("Office &settings…"), self)
        self.settings_action.setStatusTip(
            self.tr(
                "Your language and database; the briefing's municipality, marking and logo; "
                "retention; backups"
            )
        )
        # Not the heuristic role: on macOS a "settings" text would move the action
        # out of this page's File menu into the application menu.
        self.settings_action.setMenuRole(QAction.MenuRole.NoRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        note = QLabel(
            self.tr("Your role: %1.").replace("%1", self._role_text(self.me.role))
            + (
                ""
                if self.me.is_administrator
                else " "
                + self.tr(
                    "Only an administrator adds users, changes roles and decides "
                    "who belongs to which task force."
                )
            ),
            self,
        )
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Users and roles"), self))
        top.addStretch(1)
        top.addWidget(self.task_forces_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Users")

    def file_actions(self) -> list[QAction | None]:
        return [self.settings_action]

    def open_settings(self) -> OfficeSettingsDialog:
        """The office's settings: changed by administrators, read by everybody else."""
        dialog = OfficeSettingsDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(
            lambda _changed: self.status_message.emit(self.tr("Office settings saved."))
        )
        dialog.workstation_saved.connect(
            lambda: self.status_message.emit(
                self.tr("Saved. The language and the database change at the next start.")
            )
        )
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.people = users.list_users(self._db)
        memberships = self._memberships()
        self.table.setRowCount(len(self.people))
        boxes: list[QWidget] = []
        for row, user in enumerate(self.people):
            account = QTableWidgetItem(user.account)
            account.setData(ID_ROLE, user.id)
            self.table.setItem(row, COL_ACCOUNT, account)
            self.table.setItem(row, COL_NAME, QTableWidgetItem(user.display_name))
            self.table.setItem(
                row, COL_TASK_FORCES, QTableWidgetItem(", ".join(memberships.get(user.id, ())))
            )
            if self.me.is_administrator:
                box = QComboBox(self.table)
                for role in Role:
                    box.addItem(self._role_text(role), role)
                box.setCurrentIndex(box.findData(user.role))
                box.setAccessibleName(self.tr("Role of %1").replace("%1", user.display_name))
                box.activated.connect(
                    lambda _index, b=box, u=user.id: self.change_role(u, b.currentData())
                )
                self.table.setCellWidget(row, COL_ROLE, box)
                boxes.append(box)
            else:
                self.table.setItem(row, COL_ROLE, QTableWidgetItem(self._role_text(user.role)))
        # Tab goes from the table through its role boxes, top down, then to the buttons.
        tab_chain([self.table, *boxes])
        self._selection_changed()

    @property
    def selected_user(self) -> users.UserInfo | None:
        item = self.table.item(self.table.currentRow(), COL_ACCOUNT)
        if item is None or not self.table.selectionModel().hasSelection():
            return None
        wanted = item.data(ID_ROLE)
        return next((u for u in self.people if u.id == wanted), None)

    def select_user(self, user_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_ACCOUNT)
            if item is not None and item.data(ID_ROLE) == user_id:
                self.table.selectRow(row)
                return

    def edit_task_forces(self, user_id: int | None = None) -> UserTaskForcesDialog | None:
        """Open the checklist of task forces for the user (default: the selected one)."""
        user = (
            self.selected_user
            if user_id is None
            else next((u for u in self.people if u.id == user_id), None)
        )
        if user is None:
            return None
        dialog = UserTaskForcesDialog(self._db, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.memberships_saved.connect(lambda _ids, u=user: self._memberships_saved(u))
        dialog.open()
        return dialog

    def _memberships_saved(self, user: users.UserInfo) -> None:
        self.refresh()
        self.select_user(user.id)
        self.status_message.emit(
            self.tr("Task forces of %1 saved.").replace("%1", user.display_name)
        )

    def _memberships(self) -> dict[int, list[str]]:
        """Task-force names by user id (membership is not secret)."""
        found: dict[int, list[str]] = {}
        try:
            listed = task_forces.list_task_forces(self._db)
        except SamverkanError as error:
            self.status_message.emit(str(error))
            return found
        for task_force in listed:
            for user_id in task_force.user_ids:
                found.setdefault(user_id, []).append(task_force.name)
        return found

    def _selection_changed(self) -> None:
        self.task_forces_button.setEnabled(
            self.me.is_administrator and self.selected_user is not None
        )

    def change_role(self, user_id: int, role: Role) -> bool:
        try:
            changed = users.set_role(self._db, user_id, role)
        except ValidationError as error:
            self.status_message.emit("; ".join(error.errors.values()))
            self.refresh()
            return False
        except SamverkanError as error:
            self.status_message.emit(str(error))
            self.refresh()
            return False
        self.status_message.emit(
            fill(self.tr("%1 now has the role %2."), changed.display_name, role_name(changed.role))
        )
        return True

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._db, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _role_text(self, role: Role) -> str:
        return users.role_title(role, language())


class AddUserDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)  # the account's hint is read whole
        self._db = db
        self.setWindowTitle(self.tr("Add user"))
        self.account = QLineEdit(self)
        self.account.setPlaceholderText(self.tr("as Windows knows it, e.g. KOMMUN\\asa.oberg"))
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(users.role_title(role, language()), role)
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER))
        form = QFormLayout()
        rows = (
            ("account", self.tr("&Account"), self.account),
            ("display_name", self.tr("&Name"), self.display_name),
            ("role", self.tr("&Role"), self.role),
        )
        self.messages = add_rows_with_messages(form, rows, self)
        self.general = error_label(self)
        lay_out_form_dialog(self, form, self.general)
        self.account.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        for label in (*self.messages.values(), self.general):
            label.hide()
        try:
            users.add_user(
                self._db, self.account.text(), self.display_name.text(), self.role.currentData()
            )
        except ValidationError as error:
            for field, message in error.errors.items():
                label = self.messages.get(field, self.general)
                label.setText(message[:1].upper() + message[1:])
                label.show()
            return
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return
        self.accept()
