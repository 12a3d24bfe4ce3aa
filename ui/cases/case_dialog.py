"""New case… and Edit particulars…: the referral of a young person, pseudonymously."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.errors import Conflict, SamverkanError
from app.services import cases
from app.services.case_types import CaseDetail, CaseDraft, TaskForceInfo
from app.storage.database import Database
from ui.cases.dialog_base import CaseFormDialog, date_edit, date_of, set_date, today
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge

# A case concerns a young person: birth years from 30 years back to this year.
OLDEST_YEARS = 30


class CaseDialog(CaseFormDialog):
    """A new case (`detail` None) or the particulars of `detail`, saved with the version
    it was opened at.

    Signals (besides case_saved):
        case_reloaded(CaseDetail): someone else had saved the case; it was read again
            and the page should show it. The officer's typing stays in the dialog.
    """

    case_reloaded = Signal(object)

    def __init__(
        self,
        db: Database,
        task_forces: Sequence[TaskForceInfo],
        districts: Sequence[str],
        parent: QWidget | None = None,
        *,
        detail: CaseDetail | None = None,
    ) -> None:
        title = self.tr("New case") if detail is None else self.tr("Edit particulars")
        super().__init__(db, title, parent)
        self.detail = detail
        self.version = detail.version if detail is not None else 0
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        year = today().year
        self.task_force = QComboBox(self)
        for info in task_forces:
            self.task_force.addItem(info.name, info.id)
        self.subject_code = QLineEdit(self)
        self.subject_code.setMaxLength(16)
        self.subject_code.setPlaceholderText(self.tr("a pseudonym such as K7-ALV; never a name"))
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(year - OLDEST_YEARS, year)
        self.birth_year.setValue(year - 15)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("(none)"), None)
        for name in districts:
            self.district.addItem(name, name)
        self.school = QLineEdit(self)
        self.school.setMaxLength(120)
        self.referred_by = QLineEdit(self)
        self.referred_by.setMaxLength(120)
        self.referred_by.setPlaceholderText(self.tr("an agency or a role, not a name"))
        self.referral_reason = QPlainTextEdit(self)
        self.referral_reason.setTabChangesFocus(True)
        self.referral_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.opened_on = date_edit(self, today())
        self.add_rows(
            (
                ("task_force", self.tr("Task force"), self.task_force),
                ("subject_code", self.tr("Subject code"), self.subject_code),
                ("birth_year", self.tr("Birth year"), self.birth_year),
                ("district", self.tr("District"), self.district),
                ("school", self.tr("School"), self.school),
                ("referred_by", self.tr("Referred by"), self.referred_by),
                ("referral_reason", self.tr("Reason"), self.referral_reason),
                ("opened_on", self.tr("Opened on"), self.opened_on),
            )
        )
        self.finish()
        self.resize(560, 0)
        if detail is not None:
            self._load(detail)
        if not task_forces:
            self.show_general(
                self.tr("You belong to no social task force, so there is nowhere to refer a case.")
            )

    def draft(self) -> CaseDraft:
        return CaseDraft(
            task_force_id=int(self.task_force.currentData() or 0),
            subject_code=self.subject_code.text(),
            birth_year=self.birth_year.value(),
            district=self.district.currentData(),
            school=self.school.text(),
            referred_by=self.referred_by.text(),
            referral_reason=self.referral_reason.toPlainText(),
            opened_on=date_of(self.opened_on),
        )

    def submit(self) -> CaseDetail:
        if self.detail is None:
            return cases.create_case(self._db, self.draft())
        return cases.update_case(self._db, self.detail.id, self.draft(), self.version)

    def conflict(self, error: Conflict) -> None:
        """Read the case again (an audited look), show it behind the dialog, and both
        versions side by side to merge. The officer's typing stays here: Save then
        saves it over the other change, knowingly."""
        if self.detail is None:
            super().conflict(error)
            return
        mine = self.draft()
        try:
            fresh = cases.open_case(self._db, self.detail.id)
        except SamverkanError as problem:
            self.show_general(self.tr("Not saved: %1").replace("%1", str(problem)))
            return
        self.version = fresh.version
        self.case_reloaded.emit(fresh)
        self.show_general(
            self.tr(
                "Not saved: the case was changed by someone else meanwhile, and has been "
                "reloaded behind this window. Choose what to keep of each version, save "
                "again to replace their particulars with yours, or Cancel to keep theirs."
            )
        )
        labels = [
            ("task_force_id", self.tr("Task force")),
            ("subject_code", self.tr("Subject code")),
            ("birth_year", self.tr("Birth year")),
            ("district", self.tr("District")),
            ("school", self.tr("School")),
            ("referred_by", self.tr("Referred by")),
            ("referral_reason", self.tr("Reason")),
            ("opened_on", self.tr("Opened on")),
        ]
        texts = {"task_force_id": lambda value: self._task_force_name(value, fresh)}
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, _draft_of(fresh), labels, texts),
            subject=fresh.number,
            on_resolved=lambda chosen: self._save_merged(fresh, mine, chosen),
        )

    def _save_merged(self, current: CaseDetail, mine: CaseDraft, chosen: Resolution) -> None:
        self.detail, self.version = current, current.version  # saved against this version
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.case_saved.emit(current)
            self.accept()
            return
        self._show_draft(chosen.merged(mine), current)
        self.save()

    def _task_force_name(self, task_force_id: int, detail: CaseDetail) -> str:
        index = self.task_force.findData(task_force_id)
        if index >= 0:
            return self.task_force.itemText(index)
        return detail.task_force if task_force_id == detail.task_force_id else str(task_force_id)

    def _load(self, detail: CaseDetail) -> None:
        self._show_draft(_draft_of(detail), detail)

    def _show_draft(self, draft: CaseDraft, detail: CaseDetail) -> None:
        index = self.task_force.findData(draft.task_force_id)
        if index < 0:  # not one the user could choose now: keep it shown all the same
            self.task_force.addItem(detail.task_force, draft.task_force_id)
            index = self.task_force.count() - 1
        self.task_force.setCurrentIndex(index)
        self.subject_code.setText(draft.subject_code)
        if draft.birth_year < self.birth_year.minimum():
            self.birth_year.setMinimum(draft.birth_year)
        self.birth_year.setValue(draft.birth_year)
        district = self.district.findData(draft.district)
        if district < 0 and draft.district:
            self.district.addItem(draft.district, draft.district)
            district = self.district.count() - 1
        self.district.setCurrentIndex(max(district, 0))
        self.school.setText(draft.school)
        self.referred_by.setText(draft.referred_by)
        self.referral_reason.setPlainText(draft.referral_reason)
        set_date(self.opened_on, draft.opened_on or detail.opened_on)


def _draft_of(detail: CaseDetail) -> CaseDraft:
    """The particulars of a stored case, as a draft."""
    return CaseDraft(
        task_force_id=detail.task_force_id,
        subject_code=detail.subject_code,
        birth_year=detail.birth_year,
        district=detail.district,
        school=detail.school,
        referred_by=detail.referred_by,
        referral_reason=detail.referral_reason,
        opened_on=detail.opened_on,
    )
