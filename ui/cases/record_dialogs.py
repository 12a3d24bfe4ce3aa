"""The dialogs that add to a case's registers: a consent, an action, a review and its
holding, the responsible person of an agency, a linked incident, a note, and the
closing with its reason. Each makes one service call on Save."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain.vocabulary import CaseStatus, ConsentSigner
from app.errors import SamverkanError
from app.services import cases, roster
from app.services.case_types import CaseDetail, ReviewInfo
from app.services.roster_types import Person
from app.storage.database import Database
from ui.cases import texts
from ui.cases.dialog_base import CaseFormDialog, date_edit, date_of, today

CONSENT_DAYS = 365  # a consent is commonly signed for a year
ACTION_DAYS = 14
REVIEW_DAYS = 90


def _text_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box


def _people(db: Database, dialog: CaseFormDialog) -> list[Person]:
    try:
        return roster.list_people(db)
    except SamverkanError as error:
        dialog.show_general(str(error))
        return []


class ConsentDialog(CaseFormDialog):
    """A signature for the consent register: who signed, when, until when, for which agencies."""

    def __init__(
        self, db: Database, case_id: int, agencies: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Add consent"), parent)
        self.case_id = case_id
        self.signer = QComboBox(self)
        for signer in ConsentSigner:
            self.signer.addItem(texts.signer_title(signer), signer.value)
        self.signer_label = QLineEdit(self)
        self.signer_label.setMaxLength(60)
        self.signer_label.setText(self.tr("Guardian 1"))
        self.signer_label.setPlaceholderText(self.tr("e.g. Guardian 1; never a name"))
        self.signed_on = date_edit(self, today())
        self.expires_on = date_edit(self, today() + timedelta(days=CONSENT_DAYS))
        self.agencies = QListWidget(self)
        for name in agencies:
            item = QListWidgetItem(name, self.agencies)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.agencies.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.add_rows(
            (
                ("signer", self.tr("Signed by"), self.signer),
                ("signer_label", self.tr("Label"), self.signer_label),
                ("signed_on", self.tr("Signed on"), self.signed_on),
                ("expires_on", self.tr("Expires on"), self.expires_on),
                ("agencies", self.tr("Agencies covered"), self.agencies),
            )
        )
        self.finish()

    def checked_agencies(self) -> list[str]:
        items = (self.agencies.item(row) for row in range(self.agencies.count()))
        return [
            i.text() for i in items if i is not None and i.checkState() == Qt.CheckState.Checked
        ]

    def set_agency_checked(self, name: str, checked: bool) -> None:
        for item in self.agencies.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def submit(self) -> CaseDetail:
        return cases.add_consent(
            self._db,
            self.case_id,
            ConsentSigner(self.signer.currentData()),
            self.signer_label.text(),
            date_of(self.signed_on),
            date_of(self.expires_on),
            self.checked_agencies(),
        )


class ActionDialog(CaseFormDialog):
    """An action of the case: what, who (from the roster, or nobody yet), by when.
    `agencies`, when given, limits who may be named to the people of those agencies
    (an active case's consent decides who may know of it)."""

    def __init__(
        self,
        db: Database,
        case_id: int,
        parent: QWidget | None = None,
        *,
        agencies: Sequence[str] | None = None,
    ) -> None:
        super().__init__(db, self.tr("Add action"), parent)
        self.case_id = case_id
        self.what = QLineEdit(self)
        self.what.setMaxLength(500)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("(nobody yet)"), None)
        for person in _people(db, self):
            if agencies is None or person.agency in agencies:
                self.person.addItem(f"{person.name} ({person.agency})", person.id)
        self.has_due = QCheckBox(self.tr("by"), self)
        self.has_due.setChecked(True)
        self.due = date_edit(self, today() + timedelta(days=ACTION_DAYS))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget(self)
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due, 1)
        self.add_rows(
            (
                ("what", self.tr("What"), self.what),
                ("person_id", self.tr("Who"), self.person),
                ("due", self.tr("Due"), due_row),
            )
        )
        self.finish()

    def select_person(self, person_id: int | None) -> None:
        self.person.setCurrentIndex(max(self.person.findData(person_id), 0))

    def submit(self) -> CaseDetail:
        due = date_of(self.due) if self.has_due.isChecked() else None
        return cases.add_action(
            self._db, self.case_id, self.what.text(), self.person.currentData(), due
        )


class ReviewDialog(CaseFormDialog):
    """A review date for the case."""

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Add review"), parent)
        self.case_id = case_id
        self.due = date_edit(self, today() + timedelta(days=REVIEW_DAYS))
        self.add_rows((("due", self.tr("Review on"), self.due),))
        self.finish()

    def submit(self) -> CaseDetail:
        return cases.add_review(self._db, self.case_id, date_of(self.due))


class HoldReviewDialog(CaseFormDialog):
    """The review was held: when, and what was concluded."""

    def __init__(
        self, db: Database, case_id: int, review: ReviewInfo, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Hold review of %1").replace("%1", texts.day(review.due))
        super().__init__(db, title, parent)
        self.case_id = case_id
        self.review_id = review.id
        self.held_on = date_edit(self, today())
        self.notes = _text_box(self)
        self.add_rows(
            (
                ("held_on", self.tr("Held on"), self.held_on),
                ("notes", self.tr("Notes"), self.notes),
            )
        )
        self.finish()

    def submit(self) -> CaseDetail:
        return cases.hold_review(
            self._db,
            self.case_id,
            self.review_id,
            held_on=date_of(self.held_on),
            notes=self.notes.toPlainText(),
        )


class ResponsibleDialog(CaseFormDialog):
    """Who answers for the case in an agency; "(nobody)" removes the agency's person."""

    def __init__(
        self,
        db: Database,
        case_id: int,
        agencies: Sequence[str],
        parent: QWidget | None = None,
        *,
        agency: str | None = None,
    ) -> None:
        super().__init__(db, self.tr("Responsible person"), parent)
        self.case_id = case_id
        self._everyone = _people(db, self)
        self.agency = QComboBox(self)
        for name in agencies:
            self.agency.addItem(name, name)
        if agency is not None:
            self.agency.setCurrentIndex(max(self.agency.findData(agency), 0))
        self.person = QComboBox(self)
        self.agency.currentIndexChanged.connect(lambda _i: self._fill_people())
        self._fill_people()
        self.add_rows(
            (
                ("agency", self.tr("Agency"), self.agency),
                ("person_id", self.tr("Person"), self.person),
            )
        )
        self.finish()

    def select_person(self, person_id: int | None) -> None:
        self.person.setCurrentIndex(max(self.person.findData(person_id), 0))

    def submit(self) -> CaseDetail:
        return cases.set_responsible(
            self._db, self.case_id, self.agency.currentData() or "", self.person.currentData()
        )

    def _fill_people(self) -> None:
        agency = self.agency.currentData()
        self.person.clear()
        self.person.addItem(self.tr("(nobody)"), None)
        for person in self._everyone:
            if person.agency == agency:
                self.person.addItem(f"{person.name}, {person.title}".strip(", "), person.id)


class LinkIncidentDialog(CaseFormDialog):
    """Link an incident of the log by its reference number."""

    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Link incident"), parent)
        self.case_id = case_id
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. 2026-0142"))
        self.add_rows((("incident", self.tr("Reference"), self.reference),))
        self.finish()

    def submit(self) -> CaseDetail:
        return cases.link_incident(self._db, self.case_id, self.reference.text())


class NoteDialog(CaseFormDialog):
    def __init__(self, db: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Add note"), parent)
        self.case_id = case_id
        self.text = _text_box(self, 8)
        self.add_rows((("text", self.tr("Note"), self.text),))
        self.finish()
        self.resize(560, 0)

    def submit(self) -> CaseDetail:
        return cases.add_note(self._db, self.case_id, self.text.toPlainText())


class CloseDialog(CaseFormDialog):
    """Closing a case asks why (not taken on, consent refused, moved away, done)."""

    def __init__(self, db: Database, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Close case %1").replace("%1", detail.number), parent)
        self.case_id = detail.id
        self.version = detail.version
        self.reason = _text_box(self, 3)
        self.add_rows((("reason", self.tr("Why"), self.reason),))
        self.finish()

    def submit(self) -> CaseDetail:
        return cases.move_case(
            self._db,
            self.case_id,
            CaseStatus.CLOSED,
            reason=self.reason.toPlainText(),
            version=self.version,
        )
