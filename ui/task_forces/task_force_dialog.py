"""The dialog that creates and edits a task force: its particulars on the left,
the member agencies and the people from the roster on the right.

Saving calls the service; a ValidationError puts each message under its
field and the dialog stays open. When a refused text holds an identity
number, one button masks them all, as in the case dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import TaskForceKind
from app.errors import Conflict, SamverkanError, ValidationError
from app.services import identity_numbers, reference, task_forces
from app.services.case_types import TaskForceDraft, TaskForceInfo
from app.storage.database import Database
from ui.task_forces.texts import kind_title, member_line
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge, shown
from ui.widgets.forms import add_rows_with_messages, error_label

ID_ROLE = Qt.ItemDataRole.UserRole


class TaskForceDialog(QDialog):
    """Create (task_force=None) or edit a task force.

    Signals:
        task_force_saved(TaskForceInfo): the service stored it; the dialog then closes.
    """

    task_force_saved = Signal(object)

    def __init__(
        self, db: Database, task_force: TaskForceInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._task_force = task_force
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(
            self.tr("New task force") if task_force is None else self.tr("Edit task force")
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(task_forces.NAME_MAX)
        self.kind_box = QComboBox(self)
        for kind in TaskForceKind:
            self.kind_box.addItem(kind_title(kind), kind)
        self.district_box = QComboBox(self)
        self.cadence_edit = QLineEdit(self)
        self.cadence_edit.setMaxLength(task_forces.CADENCE_MAX)
        self.cadence_edit.setPlaceholderText(self.tr("e.g. every second Tuesday 13.00–15.00"))
        self.active_box = QCheckBox(self.tr("Active"), self)
        self.active_box.setChecked(True)
        self.purpose_edit = QPlainTextEdit(self)
        self.purpose_edit.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.purpose_edit.setFixedHeight(90)
        self.agency_list = QListWidget(self)
        self.people_filter = QLineEdit(self)
        self.people_filter.setPlaceholderText(self.tr("Find a person, title or agency"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_list = QListWidget(self)
        self.general = error_label(self)
        self._fill_choices()
        self._fill(task_force)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Offered when the service refuses an identity number: one action masks them all.
        self.mask_button = self.buttons.addButton(
            self.tr("&Mask identity numbers"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mask_button.hide()
        self.mask_button.clicked.connect(self.mask_identity_numbers)
        self.people_filter.textChanged.connect(self._filter_people)
        self._lay_out()
        self.resize(900, 560)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> TaskForceInfo | None:
        """Store the task force; on success emit task_force_saved and close."""
        for label in (*self.messages.values(), self.general):
            label.hide()
        self.mask_button.hide()
        try:
            if self._task_force is None:
                saved = task_forces.create_task_force(self._db, self.draft())
            else:
                saved = task_forces.update_task_force(
                    self._db, self._task_force.id, self.draft(), self._task_force.version
                )
        except ValidationError as error:
            for field, message in error.errors.items():
                label = self.messages.get(field, self.general)
                label.setText(message[:1].upper() + message[1:])
                label.show()
            self.mask_button.setVisible(
                any(identity_numbers.find(text) for text in self._texts().values())
            )
            return None
        except Conflict as error:
            self._offer_merge(error)
            return None
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return None
        self.task_force_saved.emit(saved)
        self.accept()
        return saved

    def mask_identity_numbers(self) -> int:
        """Replace the digits of every identity number in the text fields by X; returns
        how many fields changed. The officer then saves again."""
        changed = 0
        for widget, before in self._texts().items():
            after = identity_numbers.mask(before)
            if after == before:
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(after)
            else:
                widget.setPlainText(after)
            changed += 1
        self.mask_button.hide()
        return changed

    def draft(self) -> TaskForceDraft:
        return TaskForceDraft(
            name=self.name_edit.text(),
            kind=self.kind_box.currentData(),
            district=self.district_box.currentData(),
            purpose=self.purpose_edit.toPlainText(),
            cadence=self.cadence_edit.text(),
            active=self.active_box.isChecked(),
            agencies=tuple(str(v) for v in _checked(self.agency_list)),
            person_ids=tuple(int(v) for v in _checked(self.people_list)),
        )

    def set_checked(self, which: QListWidget, value: object, checked: bool = True) -> None:
        """Check the item of `which` (agencies or people) whose value is `value`."""
        for row in range(which.count()):
            item = which.item(row)
            if item.data(ID_ROLE) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- someone else saved meanwhile ------------------------------------------------

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self.general.setText(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        self.general.show()
        current = error.current
        if not isinstance(current, TaskForceInfo):
            return
        mine = self.draft()
        labels = [
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("district", self.tr("District")),
            ("cadence", self.tr("Meets")),
            ("active", self.tr("Active")),
            ("purpose", self.tr("Purpose")),
            ("agencies", self.tr("Agencies")),
            ("person_ids", self.tr("People")),
        ]
        members = {member.id: member_line(member) for member in current.members}
        texts = {
            "kind": lambda kind: kind_title(TaskForceKind(kind)),
            "district": lambda name: name or self.tr("The whole municipality"),
            "person_ids": lambda ids: shown(tuple(members.get(i) or self._person(i) for i in ids)),
        }
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, _draft_of(current), labels, texts),
            subject=current.name,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(
        self, current: TaskForceInfo, mine: TaskForceDraft, chosen: Resolution
    ) -> None:
        self._task_force = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.task_force_saved.emit(current)
            self.accept()
            return
        merged = chosen.merged(mine)
        self.name_edit.setText(merged.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(merged.kind))
        if merged.district is None:
            self.district_box.setCurrentIndex(0)
        else:
            if self.district_box.findData(merged.district) < 0:
                self.district_box.addItem(merged.district, merged.district)
            self.district_box.setCurrentIndex(self.district_box.findData(merged.district))
        self.cadence_edit.setText(merged.cadence)
        self.active_box.setChecked(merged.active)
        self.purpose_edit.setPlainText(merged.purpose)
        for which, wanted in (
            (self.agency_list, set(merged.agencies)),
            (self.people_list, set(merged.person_ids)),
        ):
            for row in range(which.count()):
                item = which.item(row)
                self.set_checked(which, item.data(ID_ROLE), item.data(ID_ROLE) in wanted)
        self.save()

    def _person(self, person_id: int) -> str:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(ID_ROLE) == person_id:
                return item.text()
        return str(person_id)

    # -- inside ------------------------------------------------------------------

    def _texts(self) -> dict[QLineEdit | QPlainTextEdit, str]:
        """The free-text fields and what they hold now."""
        return {
            self.name_edit: self.name_edit.text(),
            self.cadence_edit: self.cadence_edit.text(),
            self.purpose_edit: self.purpose_edit.toPlainText(),
        }

    def _fill_choices(self) -> None:
        members = self._task_force.members if self._task_force else ()
        try:
            data = reference.load(self._db)
            people = task_forces.roster_choices(self._db, include=[m.id for m in members])
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return
        self.district_box.addItem(self.tr("The whole municipality"), None)
        for district in data.districts:
            self.district_box.addItem(district, district)
        agencies = list(data.agencies)
        # An agency made inactive since stays listed on the task force that has it.
        for name in self._task_force.agencies if self._task_force else ():
            if name not in agencies:
                agencies.append(name)
        for name in agencies:
            _add_checkable(self.agency_list, name, name)
        for person in people:
            _add_checkable(self.people_list, member_line(person), person.id)

    def _fill(self, task_force: TaskForceInfo | None) -> None:
        if task_force is None:
            return
        self.name_edit.setText(task_force.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(task_force.kind))
        if task_force.district is not None:
            if self.district_box.findData(task_force.district) < 0:
                self.district_box.addItem(task_force.district, task_force.district)
            self.district_box.setCurrentIndex(self.district_box.findData(task_force.district))
        self.cadence_edit.setText(task_force.cadence)
        self.active_box.setChecked(task_force.active)
        self.purpose_edit.setPlainText(task_force.purpose)
        for name in task_force.agencies:
            self.set_checked(self.agency_list, name)
        for member in task_force.members:
            self.set_checked(self.people_list, member.id)

    def _filter_people(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _lay_out(self) -> None:
        # Plain labels: a form row holding a layout gets no buddy, so "&" would show.
        left = QFormLayout()
        self.messages = add_rows_with_messages(
            left,
            (
                ("name", self.tr("Name"), self.name_edit),
                ("kind", self.tr("Kind"), self.kind_box),
                ("district", self.tr("District"), self.district_box),
                ("cadence", self.tr("Meets"), self.cadence_edit),
                ("active", "", self.active_box),
                ("purpose", self.tr("Purpose"), self.purpose_edit),
            ),
            self,
        )
        right = QFormLayout()
        people = QWidget(self)
        people_box = QVBoxLayout(people)
        people_box.setContentsMargins(0, 0, 0, 0)
        people_box.addWidget(self.people_filter)
        people_box.addWidget(self.people_list)
        self.messages |= add_rows_with_messages(
            right,
            (
                ("agencies", self.tr("Agencies"), self.agency_list),
                ("person_ids", self.tr("People"), people),
            ),
            self,
        )
        self.agency_list.setAccessibleName(self.tr("Member agencies"))
        self.people_list.setAccessibleName(self.tr("Member people from the roster"))
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        note = QLabel(
            self.tr(
                "Who may open the task force's cases is decided by an administrator "
                "on the Users page."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)


def _add_checkable(which: QListWidget, text: str, value: object) -> None:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    which.addItem(item)


def _checked(which: QListWidget) -> list[Any]:
    return [
        which.item(row).data(ID_ROLE)
        for row in range(which.count())
        if which.item(row).checkState() == Qt.CheckState.Checked
    ]


def _draft_of(info: TaskForceInfo) -> TaskForceDraft:
    """The editable part of a stored task force."""
    return TaskForceDraft(
        name=info.name,
        kind=info.kind,
        district=info.district,
        purpose=info.purpose,
        cadence=info.cadence,
        active=info.active,
        agencies=info.agencies,
        person_ids=tuple(member.id for member in info.members),
    )
