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
        self.name.setText(person.name)
        self.title_edit.setText(person.title)
        self.phone.setText(display_phone(person.phone))
        self.mobile.setText(display_phone(person.mobile))
        self.email.setText(person.email)
        if person.deputy_id is not None:
            found = self.deputy.findData(person.deputy_id)
            if found < 0:  # the deputy has left: still shown, so that saving keeps them
                self.deputy.addItem(person.deputy, person.deputy_id)
                found = self.deputy.count() - 1
            self.deputy.setCurrentIndex(found)
        self.joint.setChecked(person.joint_meeting)
        self.notes.setPlainText(person.notes)

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
            self._show_general(
                str(error) + " " + self.tr("Close the editor and open the person again.")
            )
            return None
        except SamverkanError as error:
            self._show_general(str(error))
            return None
        self._person = replace(saved)
        self.person_saved.emit(saved)
        self.accept()
        return saved

    def _show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def _clear_messages(self) -> None:
        for label in self.messages.values():
            label.hide()
        self.general.hide()
