"""The person editor: create or change one person, with messages under the fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.errors import Conflict, SamverkanError, ValidationError
from app.services import roster
from app.services.phones import display_phone
from app.services.roster_types import Person, PersonDraft
from app.storage.database import Database
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge, shown
from ui.widgets.forms import add_rows_with_messages, error_label, lay_out_form_dialog


class PersonEditor(QDialog):
    """Signals: person_saved(Person) after a successful save."""

    person_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        person: Person | None,
        parent: QWidget | None = None,
        *,
        agency_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._person = person
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.name = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.agency = QComboBox(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("e.g. 08-500 500 00"))
        self.mobile = QLineEdit(self)
        self.mobile.setPlaceholderText(self.tr("e.g. 070-123 45 67 or +44 …"))
        self.email = QLineEdit(self)
        self.deputy = QComboBox(self)
        self.joint = QCheckBox(self.tr("Sits in the joint meeting"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.messages: dict[str, QLabel] = {}
        self._fill_choices(agency_id)
        form = QFormLayout()
        rows = (
            ("name", self.tr("&Name"), self.name),
            ("title", self.tr("&Title or role"), self.title_edit),
            ("agency_id", self.tr("&Agency"), self.agency),
            ("phone", self.tr("&Phone"), self.phone),
            ("mobile", self.tr("&Mobile"), self.mobile),
            ("email", self.tr("&E-mail"), self.email),
            ("deputy_id", self.tr("&Deputy"), self.deputy),
            ("joint_meeting", "", self.joint),
            ("notes", self.tr("N&otes"), self.notes),
        )
        self.messages.update(add_rows_with_messages(form, rows, self))
        self.general = error_label(self)
        lay_out_form_dialog(self, form, self.general)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        if person is not None:
            self._show(person)

    def _fill_choices(self, agency_id: int | None) -> None:
        for agency in roster.list_agencies(self._db):
            self.agency.addItem(agency.name, agency.id)
        own = self._person.agency_id if self._person else agency_id
        if own is not None:
            found = self.agency.findData(own)
            if found < 0 and self._person is not None:  # the agency was deactivated
                self.agency.addItem(self._person.agency, own)
                found = self.agency.count() - 1
            self.agency.setCurrentIndex(found)
        self.deputy.addItem(self.tr("(none)"), None)
        for other in roster.list_people(self._db):
            if self._person is None or other.id != self._person.id:
                self.deputy.addItem(f"{other.name} – {other.agency}", other.id)

    def _show(self, person: Person) -> None:
        self._show_draft(_as_typed(person), person)

    def _show_draft(self, draft: PersonDraft, person: Person) -> None:
        """The draft's values in the fields; `person` names an agency or deputy no longer
        offered (deactivated, or left), so that saving keeps them."""
        self.name.setText(draft.name)
        self.title_edit.setText(draft.title)
        self.phone.setText(draft.phone)
        self.mobile.setText(draft.mobile)
        self.email.setText(draft.email)
        if draft.agency_id is not None:
            self.agency.setCurrentIndex(_find_or_add(self.agency, draft.agency_id, person.agency))
        self.deputy.setCurrentIndex(
            0
            if draft.deputy_id is None
            else _find_or_add(self.deputy, draft.deputy_id, person.deputy)
        )
        self.joint.setChecked(draft.joint_meeting)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name.text(),
            agency_id=self.agency.currentData(),
            title=self.title_edit.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            email=self.email.text(),
            deputy_id=self.deputy.currentData(),
            joint_meeting=self.joint.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> Person | None:
        """Validate and store; on a problem show it next to its field and stay open."""
        self._clear_messages()
        try:
            if self._person is None:
                saved = roster.create_person(self._db, self.draft())
            else:
                saved = roster.update_person(
                    self._db,
                    self._person.id,
                    self.draft(),
                    expected_version=self._person.version,
                )
        except ValidationError as error:
            for field, message in error.errors.items():
                label = self.messages.get(field)
                if label is None:
                    self._show_general(f"{field}: {message}")
                    continue
                label.setText(message[:1].upper() + message[1:] + ".")
                label.show()
            return None
        except Conflict as error:
            self._offer_merge(error)
            return None
        except SamverkanError as error:
            self._show_general(str(error))
            return None
        self._person = replace(saved)
        self.person_saved.emit(saved)
        self.accept()
        return saved

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self._show_general(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        current = error.current
        if not isinstance(current, Person):
            return
        mine = self.draft()
        labels = [
            ("name", self.tr("Name")),
            ("title", self.tr("Title or role")),
            ("agency_id", self.tr("Agency")),
            ("phone", self.tr("Phone")),
            ("mobile", self.tr("Mobile")),
            ("email", self.tr("E-mail")),
            ("deputy_id", self.tr("Deputy")),
            ("joint_meeting", self.tr("Sits in the joint meeting")),
            ("notes", self.tr("Notes")),
        ]
        names = {
            "agency_id": lambda value: _choice_text(self.agency, value, current.agency),
            "deputy_id": lambda value: _choice_text(self.deputy, value, current.deputy),
        }
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, _as_typed(current), labels, names),
            subject=current.name,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: Person, mine: PersonDraft, chosen: Resolution) -> None:
        self._person = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.person_saved.emit(current)
            self.accept()
            return
        self._show_draft(chosen.merged(mine), current)
        self.save()

    def _show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def _clear_messages(self) -> None:
        for label in self.messages.values():
            label.hide()
        self.general.hide()


def _as_typed(person: Person) -> PersonDraft:
    """The person's draft with the phone numbers as the fields show them."""
    return replace(
        person.draft(), phone=display_phone(person.phone), mobile=display_phone(person.mobile)
    )


def _find_or_add(box: QComboBox, value: object, text: str) -> int:
    found = box.findData(value)
    if found < 0:
        box.addItem(text, value)
        found = box.count() - 1
    return found


def _choice_text(box: QComboBox, value: object, fallback: str) -> str:
    if value is None:
        return shown(None)
    found = box.findData(value)
    return box.itemText(found) if found >= 0 else fallback or str(value)
