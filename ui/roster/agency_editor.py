"""The agency editor: create or change one agency, with messages under the fields."""

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
from app.services.roster_types import AgencyDraft, AgencyInfo
from app.services.roster_vocabulary import AgencyKind
from app.storage.database import Database
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge
from ui.widgets.forms import add_rows_with_messages, error_label, lay_out_form_dialog
from ui.widgets.language import language


class AgencyEditor(QDialog):
    """Signals: agency_saved(AgencyInfo) after a successful save."""

    agency_saved = Signal(object)

    def __init__(
        self, db: Database, agency: AgencyInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._agency = agency
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(self.tr("Edit agency") if agency else self.tr("New agency"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in AgencyKind:
            self.kind.addItem(kind.title(language()), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(AgencyKind.OTHER.value))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("e.g. 08-500 500 00"))
        self.duty_phone = QLineEdit(self)
        self.duty_phone.setPlaceholderText(self.tr("e.g. 070-123 45 67"))
        self.email = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.active = QCheckBox(self.tr("Active (offered when choosing an agency)"), self)
        self.active.setChecked(True)
        # The services can hide an agency but not bring it back: only an existing,
        # active agency can be marked inactive here.
        self.active.setEnabled(agency is not None and agency.active)
        self.messages: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("name", self.tr("&Name"), self.name),
            ("kind", self.tr("&Kind"), self.kind),
            ("phone", self.tr("&Switchboard phone"), self.phone),
            ("duty_phone", self.tr("On-&duty phone"), self.duty_phone),
            ("email", self.tr("&E-mail"), self.email),
            ("notes", self.tr("N&otes"), self.notes),
            ("active", "", self.active),
        )
        self.messages.update(add_rows_with_messages(form, rows, self))
        self.general = error_label(self)
        lay_out_form_dialog(self, form, self.general)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)
        if agency is not None:
            self._show(agency)

    def _show(self, agency: AgencyInfo) -> None:
        self._show_draft(_as_typed(agency))
        self.active.setChecked(agency.active)

    def _show_draft(self, draft: AgencyDraft) -> None:
        self.name.setText(draft.name)
        found = self.kind.findData(draft.kind)
        if found < 0:  # a kind no longer in the vocabulary: kept as it is
            self.kind.addItem(draft.kind, draft.kind)
            found = self.kind.count() - 1
        self.kind.setCurrentIndex(found)
        self.phone.setText(draft.phone)
        self.duty_phone.setText(draft.duty_phone)
        self.email.setText(draft.email)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> AgencyDraft:
        return AgencyDraft(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            phone=self.phone.text(),
            duty_phone=self.duty_phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> AgencyInfo | None:
        """Validate and store; on a problem show it next to its field and stay open."""
        self._clear_messages()
        try:
            if self._agency is None:
                saved = roster.create_agency(self._db, self.draft())
            else:
                saved = roster.update_agency(
                    self._db, self._agency.id, self.draft(), expected_version=self._agency.version
                )
            if saved.active and not self.active.isChecked():
                roster.deactivate_agency(self._db, saved.id)
                saved = roster.get_agency(self._db, saved.id)
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
        self._agency = saved
        self.agency_saved.emit(saved)
        self.accept()
        return saved

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self._show_general(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        current = error.current
        if not isinstance(current, AgencyInfo):
            return
        mine = self.draft()
        labels = [
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("phone", self.tr("Switchboard phone")),
            ("duty_phone", self.tr("On-duty phone")),
            ("email", self.tr("E-mail")),
            ("notes", self.tr("Notes")),
        ]
        kinds = {"kind": lambda value: self.kind.itemText(max(self.kind.findData(value), 0))}
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, _as_typed(current), labels, kinds),
            subject=current.name,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: AgencyInfo, mine: AgencyDraft, chosen: Resolution) -> None:
        self._agency = current  # the version the merge is saved against
        if chosen.nothing_of_mine and current.active == self.active.isChecked():
            self.agency_saved.emit(current)  # theirs as stored: nothing to write
            self.accept()
            return
        self._show_draft(chosen.merged(mine))
        self.save()

    def _show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def _clear_messages(self) -> None:
        for label in self.messages.values():
            label.hide()
        self.general.hide()


def _as_typed(agency: AgencyInfo) -> AgencyDraft:
    """The agency's draft with the phone numbers as the fields show them."""
    return replace(
        agency.draft(),
        phone=display_phone(agency.phone),
        duty_phone=display_phone(agency.duty_phone),
    )
