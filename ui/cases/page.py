"""The case page: the cases of the user's task forces, filtered, and the selected
case's detail with everything that is done to it.

A user sees only the cases of the task forces they belong to (administrators
see all); the service decides, and the page says so plainly when it refuses.
Opening a case is written to the audit log, so the page opens one only when
the officer selects it, never by itself on start or on a repaint. Every
change is one service call that returns the case as stored; the page shows
that and reads the table again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import CaseStatus, Role, TaskForceKind
from app.errors import AccessDenied, Conflict, NotFound, SamverkanError, ValidationError
from app.services import cases, reference, users
from app.services.access import CHANGES_CASES, EDITS_VOCABULARIES, SEES_CASES
from app.services.case_types import CaseDetail, TaskForceInfo
from app.storage.database import Database
from ui.cases import texts
from ui.cases.case_dialog import CaseDialog
from ui.cases.detail import CaseDetailPanel
from ui.cases.dialog_base import CaseFormDialog
from ui.cases.factor_vocabulary import FactorVocabularyDialog
from ui.cases.filter_bar import CaseFilterBar
from ui.cases.record_dialogs import (
    ActionDialog,
    CloseDialog,
    ConsentDialog,
    HoldReviewDialog,
    LinkIncidentDialog,
    NoteDialog,
    ResponsibleDialog,
    ReviewDialog,
)
from ui.cases.table_model import (
    COL_BIRTH_YEAR,
    COL_DISTRICT,
    COL_NEXT_REVIEW,
    COL_NUMBER,
    COL_OPEN_ACTIONS,
    COL_STATUS,
    COL_SUBJECT,
    COL_TASK_FORCE,
    CaseTableModel,
)
from ui.widgets import palette
from ui.widgets.forms import ask, page_heading
from ui.widgets.language import language
from ui.widgets.persist import remember_header, remember_splitter

D = TypeVar("D", bound=CaseFormDialog)
SPLITTER_KEY = "cases/splitter"
HEADER_KEY = "cases/header"
COLUMN_WIDTHS = {
    COL_NUMBER: 80,
    COL_TASK_FORCE: 190,
    COL_SUBJECT: 90,
    COL_BIRTH_YEAR: 50,
    COL_DISTRICT: 110,
    COL_STATUS: 90,
    COL_NEXT_REVIEW: 160,
    COL_OPEN_ACTIONS: 100,
}


class CasePage(QWidget):
    """Signals:
    status_message(str): a passing notice for the status bar ("Case 2026-003 created.").
    """

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.case: CaseDetail | None = None
        self.dialog: CaseFormDialog | None = None
        self.task_forces: list[TaskForceInfo] = []
        self.districts: tuple[str, ...] = ()
        self.agency_names: tuple[str, ...] = ()
        self.me = users.sign_in(db)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            f"background: {palette.NOTICE_TINT.name()}; color: {palette.NOTICE_TEXT.name()}; "
            "padding: 6px; border-radius: 4px;"
        )
        self.notice.hide()
        self.filter_bar = CaseFilterBar(self)
        self.count_label = QLabel(self)
        self.model = CaseTableModel(self)
        self.table = self._make_table()
        self.detail = CaseDetailPanel(self)
        self._make_actions()
        self._lay_out()
        self._connect()
        self._load_choices()
        self._show(None)
        self.refresh()

    # -- what the main window uses ------------------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Cases")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [self.new_case_action, self.edit_case_action, None, self.factor_lists_action]

    def edit_factor_lists(self) -> FactorVocabularyDialog:
        """Open the factor vocabularies; the checklists follow when it closes."""
        dialog = FactorVocabularyDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._vocabulary_edited(dialog.changed))
        dialog.open()
        return dialog

    def _vocabulary_edited(self, changed: bool) -> None:
        if not changed:
            return
        try:
            self.detail.set_factor_vocabulary(cases.list_factors(self._db, include_inactive=True))
        except SamverkanError as error:
            self._say(str(error))
            return
        self._show(self.case)

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the table again for the filter; the shown case stays shown (not reopened)."""
        try:
            rows = cases.list_cases(self._db, self.filter_bar.filters())
        except SamverkanError as error:
            self.model.set_rows([])
            self._say(str(error))
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n case(s)", "", len(rows)))
        if self.case is not None:
            row = self.model.row_of(self.case.id)
            if row is not None:  # the shown case is reselected, not reopened (_row_changed)
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_NUMBER))
        self._say(self._membership_notice())

    def open_case(self, case_id: int) -> CaseDetail | None:
        """Open a case (written to the audit log) and show it; None when refused."""
        try:
            detail = cases.open_case(self._db, case_id)
        except NotFound:
            self._show(None)
            self._say(self.tr("That case no longer exists."))
            self.refresh()
            return None
        except SamverkanError as error:
            self._show(None)
            self._say(self._plain(error))
            return None
        self._say("")
        self._show(detail)
        return detail

    def select_case(self, case_id: int) -> bool:
        """Select the case's row in the table, which opens it."""
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # -- dialogs ---------------------------------------------------------------------------

    def new_case(self) -> CaseDialog:
        dialog = CaseDialog(self._db, self._choosable_task_forces(), self.districts, self)
        return self._open(dialog, self.tr("Case %1 created."))

    def edit_case(self) -> CaseDialog | None:
        if self.case is None:
            return None
        choices = self._choosable_task_forces()
        dialog = CaseDialog(self._db, choices, self.districts, self, detail=self.case)
        dialog.case_reloaded.connect(self._reloaded)
        return self._open(dialog, self.tr("Case %1 saved."))

    def add_consent(self) -> ConsentDialog | None:
        if self.case is None:
            return None
        dialog = ConsentDialog(self._db, self.case.id, self._case_agencies(), self)
        return self._open(dialog, self.tr("Consent added to case %1."))

    def add_action(self) -> ActionDialog | None:
        if self.case is None:
            return None
        dialog = ActionDialog(self._db, self.case.id, self, agencies=self._sharing_agencies())
        return self._open(dialog, self.tr("Action added."))

    def add_review(self) -> ReviewDialog | None:
        if self.case is None:
            return None
        return self._open(ReviewDialog(self._db, self.case.id, self), self.tr("Review added."))

    def hold_review(self) -> HoldReviewDialog | None:
        review_id = self.detail.reviews.current_id()
        if self.case is None or review_id is None:
            return None
        review = next((r for r in self.case.reviews if r.id == review_id), None)
        if review is None:
            return None
        dialog = HoldReviewDialog(self._db, self.case.id, review, self)
        return self._open(dialog, self.tr("Review recorded as held."))

    def set_responsible(self) -> ResponsibleDialog | None:
        if self.case is None:
            return None
        dialog = ResponsibleDialog(
            self._db,
            self.case.id,
            self._sharing_agencies() or self._case_agencies(),
            self,
            agency=self.detail.current_responsible_agency(),
        )
        return self._open(dialog, self.tr("Responsible person saved."))

    def link_incident(self) -> LinkIncidentDialog | None:
        if self.case is None:
            return None
        dialog = LinkIncidentDialog(self._db, self.case.id, self)
        return self._open(dialog, self.tr("Incident linked."))

    def add_note(self) -> NoteDialog | None:
        if self.case is None:
            return None
        return self._open(NoteDialog(self._db, self.case.id, self), self.tr("Note added."))

    # -- direct changes ---------------------------------------------------------------------

    def move_case(self, to: CaseStatus) -> CaseDetail | CloseDialog | None:
        """Move the case; closing asks why in a dialog (returned)."""
        case = self.case
        if case is None:
            return None
        if to == CaseStatus.CLOSED:
            return self._open(CloseDialog(self._db, case, self), self.tr("Case %1 closed."))
        return self._change(
            lambda: cases.move_case(self._db, case.id, to, version=case.version),
            self.tr("Case %1 moved to %2.").replace("%2", texts.status_title(to).lower()),
        )

    def withdraw_consent(self, confirm: bool = True) -> CaseDetail | None:
        case, consent_id = self.case, self.detail.consents.current_id()
        if case is None or consent_id is None:
            return None
        question = self.tr(
            "Record that this consent was withdrawn today? Sharing with the agencies it "
            "covers stops."
        )
        if confirm and not ask(self, self.tr("Withdraw consent"), question):
            return None
        return self._change(
            lambda: cases.withdraw_consent(self._db, case.id, consent_id),
            self.tr("Consent withdrawn in case %1."),
        )

    def save_factors(self) -> CaseDetail | None:
        case = self.case
        if case is None:
            return None
        ids = self.detail.factors.checked_ids()
        return self._change(
            lambda: cases.set_factors(self._db, case.id, ids), self.tr("Factors saved.")
        )

    def complete_action(self) -> CaseDetail | None:
        case, action_id = self.case, self.detail.case_actions.current_id()
        if case is None or action_id is None:
            return None
        return self._change(
            lambda: cases.complete_action(self._db, case.id, action_id),
            self.tr("Action marked done."),
        )

    def unlink_incident(self) -> CaseDetail | None:
        case, incident_id = self.case, self.detail.incidents.current_id()
        if case is None or incident_id is None:
            return None
        return self._change(
            lambda: cases.unlink_incident(self._db, case.id, incident_id),
            self.tr("Incident unlinked."),
        )

    # -- inside ------------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        # Wide enough for the header and the longest value in either language.
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        late = texts.overdue(texts.day(date(2026, 12, 30)))
        for column, width in COLUMN_WIDTHS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(title) + 24
            if column == COL_NEXT_REVIEW:
                needed = max(needed, metrics.horizontalAdvance(late) + 16)
            table.setColumnWidth(column, max(width, needed))
        # The task force's name takes the room there is; the short columns keep theirs.
        header.setSectionResizeMode(COL_TASK_FORCE, QHeaderView.ResizeMode.Stretch)
        remember_header(header, HEADER_KEY)
        table.setAccessibleName(self.tr("Cases"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        return table

    def _make_actions(self) -> None:
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_case_action.triggered.connect(self.new_case)
        self.edit_case_action = QAction(self.tr("&Edit particulars…"), self)
        self.edit_case_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_case_action.triggered.connect(self.edit_case)
        self.factor_lists_action = QAction(self.tr("Risk and protective &factors…"), self)
        self.factor_lists_action.triggered.connect(self.edit_factor_lists)
        # The service refuses other roles too; the menu only spares them the try.
        self.factor_lists_action.setEnabled(self.me.role in EDITS_VOCABULARIES)
        for action in (self.new_case_action, self.edit_case_action):
            self.addAction(action)
        self.new_case_button = QPushButton(self.tr("New case…"), self)
        self.new_case_button.clicked.connect(self.new_case_action.trigger)
        self.new_case_action.enabledChanged.connect(self.new_case_button.setEnabled)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Cases"), self))
        top.addStretch(1)
        top.addWidget(self.new_case_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 360])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(lambda _f: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        panel = self.detail
        panel.move_requested.connect(self.move_case)
        panel.edit_button.clicked.connect(self.edit_case)
        panel.add_consent_button.clicked.connect(self.add_consent)
        panel.withdraw_button.clicked.connect(lambda: self.withdraw_consent())
        panel.factors.save_button.clicked.connect(self.save_factors)
        panel.responsible_button.clicked.connect(self.set_responsible)
        panel.add_action_button.clicked.connect(self.add_action)
        panel.done_button.clicked.connect(self.complete_action)
        panel.add_review_button.clicked.connect(self.add_review)
        panel.hold_button.clicked.connect(self.hold_review)
        panel.link_button.clicked.connect(self.link_incident)
        panel.unlink_button.clicked.connect(self.unlink_incident)
        panel.add_note_button.clicked.connect(self.add_note)

    def _load_choices(self) -> None:
        """Task forces, districts, agencies and the factor vocabulary: read once, they
        change seldom (the page reads them again when it is built anew)."""
        from app.services import task_forces  # written beside the cases; imported late

        try:
            self.task_forces = task_forces.list_task_forces(self._db)
            ref = reference.load(self._db)
            self.detail.set_factor_vocabulary(cases.list_factors(self._db, include_inactive=True))
        except SamverkanError as error:
            self._say(str(error))
            return
        self.districts, self.agency_names = ref.districts, ref.agencies
        visible = [tf for tf in self.task_forces if self._sees(tf)]
        self.filter_bar.set_choices(visible, self.districts)
        may_create = self.me.role in CHANGES_CASES and bool(self._choosable_task_forces())
        self.new_case_action.setEnabled(may_create)
        self.new_case_button.setEnabled(may_create)

    def _sees(self, info: TaskForceInfo) -> bool:
        return self.me.is_administrator or (
            self.me.role in SEES_CASES and self.me.id in info.user_ids
        )

    def _choosable_task_forces(self) -> list[TaskForceInfo]:
        """Social task forces, active, that the user belongs to (all for administrators)."""
        return [
            tf
            for tf in self.task_forces
            if tf.kind == TaskForceKind.SOCIAL and tf.active and self._sees(tf)
        ]

    def _case_agencies(self) -> tuple[str, ...]:
        """The case's task force's agencies; every agency when it names none."""
        return self.detail.agencies or self.agency_names

    def _sharing_agencies(self) -> tuple[str, ...] | None:
        """While a case is worked on, only the agencies its consent covers take part."""
        case = self.case
        if case is not None and case.status in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP):
            return case.shared_with
        return None

    def _membership_notice(self) -> str:
        if self.me.is_administrator:
            return ""
        if self.me.role not in SEES_CASES:
            return self.tr(
                "Your role (%1) does not see cases. Cases are open to the members of their "
                "task force."
            ).replace("%1", users.role_title(Role(self.me.role), language()))
        if not any(self._sees(tf) for tf in self.task_forces):
            return self.tr(
                "You are not a member of any task force, so no cases are shown. An "
                "administrator can make you a member."
            )
        return ""

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.case_at(current.row()) if current.isValid() else None
        if row is None:
            return
        if self.case is not None and self.case.id == row.id:
            return  # already shown: reselected after a refresh
        self.open_case(row.id)

    def _show(self, detail: CaseDetail | None) -> None:
        self.case = detail
        agencies: tuple[str, ...] = ()
        if detail is not None:
            info = next((tf for tf in self.task_forces if tf.id == detail.task_force_id), None)
            agencies = info.agencies if info is not None and info.agencies else ()
        self.detail.show_case(detail, agencies)
        self.edit_case_action.setEnabled(detail is not None and self.detail.edit_button.isEnabled())

    def _open(self, dialog: D, done: str) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_saved.connect(lambda detail: self._saved(detail, done))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, detail: CaseDetail, done: str) -> None:
        self._say("")
        self._show(detail)
        self.refresh()
        message = done.replace("%1", detail.number)
        if self.model.row_of(detail.id) is None:
            message += " " + self.tr("The filter hides it from the table.")
        self.status_message.emit(message)

    def _reloaded(self, detail: CaseDetail) -> None:
        self._show(detail)
        self.refresh()

    def _change(self, call: Callable[[], CaseDetail], done: str) -> CaseDetail | None:
        """Run one service call that changes the shown case; show its errors plainly."""
        case = self.case
        try:
            detail = call()
        except Conflict:
            if case is not None:
                self.open_case(case.id)
            self._say(
                self.tr(
                    "Case %1 was changed by someone else meanwhile and has been reloaded. "
                    "Look again and repeat the change if it is still needed."
                ).replace("%1", case.number if case else "")
            )
            return None
        except NotFound:
            self._show(None)
            self.refresh()
            self._say(self.tr("That case no longer exists."))
            return None
        except ValidationError as error:
            self._say(self.tr("Not done: %1").replace("%1", self._problems(error)))
            return None
        except SamverkanError as error:
            self._say(self._plain(error))
            return None
        self._saved(detail, done)
        return detail

    def _problems(self, error: ValidationError) -> str:
        """Each message after the name of its field ("Status: a case cannot move …"):
        a direct change has no form to show them beside."""
        return "; ".join(self._problem(field, message) for field, message in error.errors.items())

    def _problem(self, field: str, message: str) -> str:
        title = self._field_title(field)
        if title is None:  # a field with no name on the screen: the message alone
            return message
        text = self.tr("%1: %2", "a field's name: its message")
        return text.replace("%1", title).replace("%2", message)

    def _field_title(self, field: str) -> str | None:
        titles = {
            "case_id": self.tr("Case"),
            "consent_id": self.tr("Consent"),
            "action_id": self.tr("Action"),
            "review_id": self.tr("Review"),
            "status": self.tr("Status"),
            "consent": self.tr("Consent"),
            "reason": self.tr("Reason"),
            "withdrawn_on": self.tr("Withdrawn on"),
            "done_on": self.tr("Done on"),
            "held_on": self.tr("Held on"),
            "due": self.tr("Due"),
            "factors": self.tr("Factors"),
            "agency": self.tr("Agency"),
            "person_id": self.tr("Person"),
            "incident": self.tr("Incident"),
            "notes": self.tr("Notes"),
            "text": self.tr("Note"),
            "what": self.tr("What"),
        }
        return titles.get(field)

    def _plain(self, error: SamverkanError) -> str:
        if isinstance(error, AccessDenied):
            return self.tr("Not allowed: %1.").replace("%1", str(error))
        return self.tr("Not done: %1").replace("%1", str(error))

    def _say(self, text: str) -> None:
        """A notice above the table until the next action; also to the status bar."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self.status_message.emit(text)
