"""The dialog that creates or edits an action item: what, who, by when, from which meeting."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import now, to_local
from app.errors import Conflict, SamverkanError, ValidationError
from app.services import meetings
from app.services.meeting_types import Action, ActionDraft
from app.storage.database import Database
from ui.meetings import texts
from ui.meetings.fields import Labelled
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge
from ui.widgets.dates import date_format
from ui.widgets.keyboard import label_fields


class ActionDialog(QDialog):
    """A new action item, or `action` to edit; `meeting_id` preselects the meeting a
    new one comes from. Editing saves with the version it was opened at, so a change
    saved by someone else in between is not overwritten: both versions are shown side
    by side to merge.

    Signals:
        action_saved(Action): the service stored it; the dialog then closes.
    """

    action_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        *,
        action: Action | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.action = action
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(self.tr("Edit action item") if action else self.tr("New action item"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {texts.ERROR_COLOUR.name()};")
        self.banner.hide()
        self.what_edit = QLineEdit(self)
        self.what_edit.setMaxLength(500)
        self.owner_box = QComboBox(self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(date_format())
        due = to_local(now()).date() + timedelta(days=14)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.meeting_box = QComboBox(self)
        self.fields = {
            "what": Labelled(self.what_edit),
            "owner_id": Labelled(self.owner_box),
            "due": Labelled(self.due_edit),
            "meeting_id": Labelled(self.meeting_box),
        }
        self._fill(action.meeting_id if action is not None else meeting_id)
        if action is not None:
            self.what_edit.setText(action.what)
            self.select_owner(action.owner_id)
            self.due_edit.setDate(QDate(action.due.year, action.due.month, action.due.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.fields["what"])
        form.addRow(self.tr("Owner"), self.fields["owner_id"])
        form.addRow(self.tr("Due"), self.fields["due"])
        form.addRow(self.tr("Meeting"), self.fields["meeting_id"])
        label_fields(form)  # the inputs sit in frames with their messages: named here
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def draft(self) -> ActionDraft:
        owner = self.owner_box.currentData()
        qdate = self.due_edit.date()
        return ActionDraft(
            what=self.what_edit.text(),
            owner_id=int(owner) if owner is not None else 0,
            due=date(qdate.year(), qdate.month(), qdate.day()),
            meeting_id=self.meeting_box.currentData(),
        )

    def save(self) -> Action | None:
        for field in self.fields.values():
            field.set_error("")
        self.banner.hide()
        try:
            if self.action is None:
                saved = meetings.create_action(self._db, self.draft())
            else:
                saved = meetings.update_action(
                    self._db,
                    self.action.id,
                    self.draft(),
                    expected_version=self.action.version,
                )
        except ValidationError as error:
            for name, message in error.errors.items():
                if name in self.fields:
                    self.fields[name].set_error(message)
            return None
        except Conflict as error:
            self._offer_merge(error)
            return None
        except SamverkanError as error:
            self.banner.setText(str(error))
            self.banner.show()
            return None
        self.action_saved.emit(saved)
        self.accept()
        return saved

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self.banner.setText(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        self.banner.show()
        current = error.current
        if not isinstance(current, Action):
            return
        mine = self.draft()
        labels = [
            ("what", self.tr("What")),
            ("owner_id", self.tr("Owner")),
            ("due", self.tr("Due")),
            ("meeting_id", self.tr("Meeting")),
        ]
        texts = {
            "owner_id": lambda value: _choice(self.owner_box, value, current.owner),
            "meeting_id": lambda value: _choice(self.meeting_box, value, current.meeting_title),
        }
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, current.draft(), labels, texts),
            subject=current.what,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: Action, mine: ActionDraft, chosen: Resolution) -> None:
        self.action = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.action_saved.emit(current)
            self.accept()
            return
        merged = chosen.merged(mine)
        self.what_edit.setText(merged.what)
        if self.owner_box.findData(merged.owner_id) < 0:  # an owner who has left since
            self.owner_box.addItem(current.owner, merged.owner_id)
        self.select_owner(merged.owner_id)
        self.due_edit.setDate(QDate(merged.due.year, merged.due.month, merged.due.day))
        if merged.meeting_id is None:
            self.meeting_box.setCurrentIndex(0)  # None (standalone)
        else:
            if self.meeting_box.findData(merged.meeting_id) < 0:
                self.meeting_box.addItem(current.meeting_title, merged.meeting_id)
            self.meeting_box.setCurrentIndex(self.meeting_box.findData(merged.meeting_id))
        self.save()

    def select_owner(self, person_id: int) -> None:
        index = self.owner_box.findData(person_id)
        if index >= 0:
            self.owner_box.setCurrentIndex(index)

    def _fill(self, meeting_id: int | None) -> None:
        try:
            # An inactive owner of an edited item stays choosable.
            include = [self.action.owner_id] if self.action is not None else []
            people = meetings.people_to_invite(self._db, include=include)
            listed = meetings.list_meetings(self._db)
        except SamverkanError as error:
            self.banner.setText(str(error))
            self.banner.show()
            return
        for person in people:
            self.owner_box.addItem(f"{person.name} ({person.agency})", person.id)
        self.meeting_box.addItem(self.tr("None (standalone)"), None)
        for row in (*listed.upcoming, *listed.past):
            self.meeting_box.addItem(f"{texts.moment(row.starts_at)}  {row.title}", row.id)
        if meeting_id is not None:
            index = self.meeting_box.findData(meeting_id)
            self.meeting_box.setCurrentIndex(max(index, 0))


def _choice(box: QComboBox, value: object, fallback: str) -> str:
    """The text a choice box shows for `value` (the stored name when it offers it no more)."""
    found = box.findData(value)
    return box.itemText(found) if found >= 0 else fallback or str(value)
