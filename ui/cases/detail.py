"""The selected case: a header with its status and the moves it may make, and tabs
for the overview (particulars and timeline), consent, factors, responsible people,
actions, reviews, linked incidents and notes.

The panel only shows; the page connects its buttons and calls the services.
Buttons are disabled when the user may not change the case or it is closed,
but the service remains the guard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import CASE_TRANSITIONS, CaseStatus
from app.i18n import formats
from app.services.case_detail import blocked_by_consent
from app.services.case_types import CaseDetail, ConsentInfo, FactorInfo
from ui.cases import texts
from ui.cases.dialog_base import today
from ui.cases.overview import FactorLists, Overview
from ui.cases.record_list import Line, RecordList

TAB_OVERVIEW, TAB_CONSENT, TAB_FACTORS, TAB_RESPONSIBLE = range(4)
TAB_ACTIONS, TAB_REVIEWS, TAB_INCIDENTS, TAB_NOTES = range(4, 8)


class CaseDetailPanel(QWidget):
    """Signals:
    move_requested(CaseStatus): the officer asked to move the case to this status.
    """

    move_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.agencies: tuple[str, ...] = ()
        self.move_buttons: dict[CaseStatus, QPushButton] = {}
        self._responsible_agencies: list[str] = []
        self.placeholder = QLabel(self.tr("Select a case to see its detail."), self)
        self.placeholder.setStyleSheet(f"color: {texts.MUTED_COLOUR.name()};")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.status_label = QLabel(self)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {texts.ERROR_COLOUR.name()}; font-weight: bold;")
        self.problem_label.hide()
        self.edit_button = QPushButton(self.tr("Edit particulars…"), self)
        self.moves = QHBoxLayout()
        self.moves.setSpacing(6)
        self.overview = Overview(self)
        self.consents = RecordList(
            [
                self.tr("Signed by"),
                self.tr("Label"),
                self.tr("Signed"),
                self.tr("Expires"),
                self.tr("State"),
                self.tr("Agencies"),
            ],
            [130, 120, 96, 96, 150],
            self,
        )
        self.add_consent_button = self.consents.add_button(self.tr("Add consent…"))
        self.withdraw_button = self.consents.add_button(self.tr("Withdraw"))
        self.factors = FactorLists(self)
        self.responsible = RecordList([self.tr("Agency"), self.tr("Responsible")], [330], self)
        self.responsible_button = self.responsible.add_button(self.tr("Set responsible…"))
        self.case_actions = RecordList(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Done")],
            [380, 200, 170],
            self,
        )
        self.add_action_button = self.case_actions.add_button(self.tr("Add action…"))
        self.done_button = self.case_actions.add_button(self.tr("Mark done"))
        self.reviews = RecordList(
            [self.tr("Due", "a review's date"), self.tr("Held"), self.tr("Notes")],
            [170, 100],
            self,
        )
        self.add_review_button = self.reviews.add_button(self.tr("Add review…"))
        self.hold_button = self.reviews.add_button(self.tr("Hold review…"))
        self.incidents = RecordList(
            [self.tr("Reference"), self.tr("Occurred"), self.tr("Summary")], [100, 130], self
        )
        self.link_button = self.incidents.add_button(self.tr("Link incident…"))
        self.unlink_button = self.incidents.add_button(self.tr("Unlink"))
        self.notes = RecordList(
            [self.tr("Written"), self.tr("By"), self.tr("Note")], [130, 150], self
        )
        self.add_note_button = self.notes.add_button(self.tr("Add note…"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for widget in (
            self.overview,
            self.consents,
            self.factors,
            self.responsible,
            self.case_actions,
            self.reviews,
            self.incidents,
            self.notes,
        ):
            self.tabs.addTab(widget, "")
        self._lay_out()
        for register in (self.consents, self.case_actions, self.reviews, self.incidents):
            register.selection_changed.connect(self._update_buttons)
        self.show_case(None)

    # -- public ------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        detail = self.detail
        return detail is not None and detail.may_change and detail.status != CaseStatus.CLOSED

    def set_factor_vocabulary(self, factors: Sequence[FactorInfo]) -> None:
        self.factors.set_vocabulary(factors)

    def show_case(self, detail: CaseDetail | None, agencies: Sequence[str] = ()) -> None:
        """Show `detail` (None: nothing selected); `agencies` are its task force's."""
        self.detail = detail
        self.agencies = tuple(agencies)
        self.stack.setCurrentIndex(0 if detail is None else 1)
        if detail is None:
            return
        self.heading.setText(f"{detail.number}  ·  {detail.subject_code}  ·  {detail.task_force}")
        self.status_label.setText(
            self.tr("Status: %1").replace("%1", texts.status_title(detail.status))
        )
        # The consent problem matters while it stands between the case and Active.
        blocks = detail.consent_problem is not None and detail.status in (
            CaseStatus.ASSESSED,
            CaseStatus.ACTIVE,
            CaseStatus.FOLLOW_UP,
        )
        self.problem_label.setText(
            self.tr("Consent: %1").replace("%1", detail.consent_problem or "")
        )
        self.problem_label.setVisible(blocks)
        self._show_moves(detail)
        self.overview.show_case(detail)
        self.consents.set_lines([self._consent_line(c) for c in detail.consents])
        self.factors.show_factors(detail.factor_ids)
        self._show_responsible(detail)
        self.case_actions.set_lines(
            [
                Line(
                    a.id,
                    (
                        a.what,
                        a.person or self.tr("(nobody yet)"),
                        texts.overdue(texts.day(a.due)) if a.overdue else texts.day(a.due),
                        texts.day(a.done_on),
                    ),
                    "done" if a.done_on else "overdue" if a.overdue else "",
                )
                for a in detail.actions
            ]
        )
        self.reviews.set_lines(
            [
                Line(
                    r.id,
                    (
                        texts.overdue(texts.day(r.due)) if r.overdue else texts.day(r.due),
                        texts.day(r.held_on),
                        r.notes,
                    ),
                    "done" if r.held_on else "overdue" if r.overdue else "",
                )
                for r in detail.reviews
            ]
        )
        self.incidents.set_lines(
            [
                Line(i.id, (i.reference, texts.moment(i.occurred_at), i.summary))
                for i in detail.incidents
            ]
        )
        self.notes.set_lines(
            [Line(n.id, (texts.moment(n.written_at), n.author, n.text)) for n in detail.notes]
        )
        self._set_tab_titles(detail)
        self._update_buttons()

    # -- inside --------------------------------------------------------------------------

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addLayout(self.moves)
        header.addWidget(self.edit_button)
        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(header)
        box.addWidget(self.problem_label)
        box.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _show_moves(self, detail: CaseDetail) -> None:
        """A button for every move the status has; the ones consent does not allow now
        are shown disabled, with the reason as their tooltip."""
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        possible = CASE_TRANSITIONS[detail.status]
        for status in (s for s in CaseStatus if s in possible):
            button = QPushButton(texts.move_text(status), self)
            button.clicked.connect(lambda _checked=False, s=status: self.move_requested.emit(s))
            if status not in detail.allowed_moves and detail.consent_problem:
                button.setToolTip(detail.consent_problem)
            self.moves.addWidget(button)
            self.move_buttons[status] = button

    def _consent_line(self, consent: ConsentInfo) -> Line:
        if consent.withdrawn_on is not None:
            state = self.tr("withdrawn %1").replace("%1", texts.day(consent.withdrawn_on))
        elif consent.valid:
            state = self.tr("valid")
        elif consent.signed_on > today():
            state = self.tr("not yet valid")
        else:
            state = self.tr("expired")
        return Line(
            consent.id,
            (
                texts.signer_title(consent.signer),
                consent.signer_label,
                texts.day(consent.signed_on),
                texts.day(consent.expires_on),
                state,
                ", ".join(consent.agencies),
            ),
            "" if consent.valid else "inactive",
        )

    def _show_responsible(self, detail: CaseDetail) -> None:
        named = {r.agency: r.person for r in detail.responsible}
        agencies = list(self.agencies) + [a for a in named if a not in self.agencies]
        self.responsible.set_lines(
            [
                Line(n, (agency, named.get(agency, self.tr("(nobody named)"))))
                for n, agency in enumerate(agencies)
            ]
        )
        self._responsible_agencies = agencies

    def current_responsible_agency(self) -> str | None:
        row = self.responsible.current_id()
        agencies = self._responsible_agencies
        return agencies[row] if row is not None and 0 <= row < len(agencies) else None

    def _set_tab_titles(self, detail: CaseDetail) -> None:
        open_actions = sum(a.done_on is None for a in detail.actions)
        valid = sum(c.valid for c in detail.consents)
        if any(r.overdue for r in detail.reviews):
            reviews = self.tr("Reviews (%1) — overdue")
        else:
            reviews = self.tr("Reviews (%1)")
        if any(a.overdue for a in detail.actions):
            actions = self.tr("Actions (%n open) — overdue", "", open_actions)
        else:
            actions = self.tr("Actions (%n open)", "", open_actions)
        titles = (
            self.tr("Overview"),
            self.tr("Consent (%n valid)", "", valid),
            self.tr("Factors (%1)").replace("%1", formats.integer(len(detail.factor_ids))),
            self.tr("Responsible"),
            actions,
            reviews.replace("%1", formats.integer(len(detail.reviews))),
            self.tr("Incidents (%1)").replace("%1", formats.integer(len(detail.incidents))),
            self.tr("Notes (%1)").replace("%1", formats.integer(len(detail.notes))),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def _update_buttons(self) -> None:
        detail = self.detail
        editable = self.editable
        # Without valid consent an active case waits: only what resolves or records
        # that may be done (the service refuses the rest in any case).
        working = editable and not (
            detail is not None and blocked_by_consent(detail.status, detail.consent_problem)
        )
        for button in (
            self.edit_button,
            self.responsible_button,
            self.add_action_button,
            self.add_review_button,
            self.link_button,
            self.add_note_button,
        ):
            button.setEnabled(working)
        self.add_consent_button.setEnabled(editable)
        self.factors.set_editable(working)
        for status, button in self.move_buttons.items():
            button.setEnabled(editable and detail is not None and status in detail.allowed_moves)
        consent = self._consent(self.consents.current_id())
        self.withdraw_button.setEnabled(
            editable and consent is not None and consent.withdrawn_on is None
        )
        self.done_button.setEnabled(
            working
            and self.case_actions.current_id() is not None
            and self.case_actions.current_state() != "done"
        )
        self.hold_button.setEnabled(
            editable
            and self.reviews.current_id() is not None
            and self.reviews.current_state() != "done"
        )
        self.unlink_button.setEnabled(working and self.incidents.current_id() is not None)
        if detail is not None and not detail.may_change:
            self.edit_button.setToolTip(self.tr("Your role may read this case but not change it."))
        elif detail is not None and detail.status == CaseStatus.CLOSED:
            self.edit_button.setToolTip(self.tr("A closed case is not changed."))
        else:
            self.edit_button.setToolTip("")

    def _consent(self, consent_id: int | None) -> ConsentInfo | None:
        if self.detail is None or consent_id is None:
            return None
        return next((c for c in self.detail.consents if c.id == consent_id), None)
