"""The coming risk dates on the meetings page: Walpurgis Night, the end of term,
announced events. The briefing lists them for the weeks until the next meeting.

The panel lists the dates that fall in the coming year (a yearly one once, at
its next occurrence) and adds, edits and deletes them through
app.services.risk_dates; the dialog shows each message under its field.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import now, to_local
from app.errors import Conflict, NotFound, SamverkanError, ValidationError
from app.i18n import formats
from app.services import risk_dates
from app.services.risk_date_types import RiskDate, RiskDateDraft, RiskDateOccurrence
from app.storage.database import Database
from ui.widgets.conflict import ConflictDialog, Resolution, field_rows, offer_merge
from ui.widgets.dates import date_format
from ui.widgets.forms import add_rows_with_messages, ask, error_label, lay_out_form_dialog

WHEN, TITLE, NOTES = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole
AHEAD_DAYS = 365  # the panel looks a year ahead


class RiskDatesPanel(QWidget):
    """Signals:
    status_message(str): a passing notice ("Risk date … saved").
    """

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.dialog: RiskDateDialog | None = None
        heading = QLabel(self.tr("Coming risk dates"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Risk dates"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Notes")])
        self.tree.setColumnWidth(WHEN, 210)
        self.tree.setColumnWidth(TITLE, 300)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        """Read the risk dates of the coming year again."""
        selected = self.current_id()
        today = to_local(now()).date()
        try:
            coming = risk_dates.coming(self._db, today, today + timedelta(days=AHEAD_DAYS))
        except SamverkanError as error:
            self.status_message.emit(str(error))
            coming = []
        self.tree.clear()
        shown: set[int] = set()
        for occurrence in coming:
            if occurrence.risk_date_id in shown:
                continue  # a yearly date: its next occurrence is enough
            shown.add(occurrence.risk_date_id)
            self.tree.addTopLevelItem(self._item(occurrence))
        if selected is not None:
            self.select(selected)
        self._enable()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(WHEN, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select(self, risk_date_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(WHEN, ID_ROLE) == risk_date_id:
                self.tree.setCurrentItem(item)
                return

    def listed_titles(self) -> list[str]:
        return [
            item.text(TITLE)
            for row in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(row)) is not None
        ]

    def add(self) -> RiskDateDialog:
        return self._open(None)

    def edit_selected(self) -> RiskDateDialog | None:
        risk_date_id = self.current_id()
        if risk_date_id is None:
            return None
        try:
            risk_date = risk_dates.get(self._db, risk_date_id)
        except NotFound:
            self.status_message.emit(self.tr("That risk date was deleted meanwhile."))
            self.refresh()
            return None
        return self._open(risk_date)

    def delete_selected(self) -> bool:
        item = self.tree.currentItem()
        risk_date_id = self.current_id()
        if item is None or risk_date_id is None:
            return False
        question = self.tr('Delete the risk date "%1"?').replace("%1", item.text(TITLE))
        if not ask(self, self.tr("Delete risk date"), question):
            return False
        try:
            risk_dates.delete(self._db, risk_date_id)
        except NotFound:
            pass  # deleted meanwhile: the result is the same
        except SamverkanError as error:
            QMessageBox.warning(self, self.tr("Delete risk date"), str(error))
            return False
        self.refresh()
        self.status_message.emit(self.tr("Risk date deleted."))
        return True

    def _open(self, risk_date: RiskDate | None) -> RiskDateDialog:
        dialog = RiskDateDialog(self._db, risk_date, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.risk_date_saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, risk_date: RiskDate) -> None:
        self.refresh()
        self.select(risk_date.id)
        self.status_message.emit(self.tr('Risk date "%1" saved.').replace("%1", risk_date.title))

    def _item(self, occurrence: RiskDateOccurrence) -> QTreeWidgetItem:
        when = formats.short_date(occurrence.starts_on)
        if occurrence.ends_on != occurrence.starts_on:
            when += f" – {formats.short_date(occurrence.ends_on)}"
        if occurrence.recurring_yearly:
            when = self.tr("%1 (every year)").replace("%1", when)
        notes = " ".join(occurrence.notes.split())
        item = QTreeWidgetItem([when, occurrence.title, notes])
        item.setData(WHEN, ID_ROLE, occurrence.risk_date_id)
        item.setToolTip(NOTES, occurrence.notes)
        return item

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)


class RiskDateDialog(QDialog):
    """A new risk date, or `risk_date` to edit (saved with the version it was opened at).

    Signals:
        risk_date_saved(RiskDate): the service stored it; the dialog then closes.
    """

    risk_date_saved = Signal(object)

    def __init__(
        self, db: Database, risk_date: RiskDate | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.risk_date = risk_date
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(self.tr("Edit risk date") if risk_date else self.tr("New risk date"))
        today = to_local(now()).date()
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(risk_dates.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Walpurgis Night"))
        self.starts_edit = _date_edit(today, self)
        self.several_days = QCheckBox(self.tr("Lasts several days, until:"), self)
        self.ends_edit = _date_edit(today, self)
        ends = QWidget(self)
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.several_days)
        ends_row.addWidget(self.ends_edit)
        ends_row.addStretch(1)
        self.yearly = QCheckBox(self.tr("Every year on this date"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        self.messages = add_rows_with_messages(
            form,
            [
                ("title", self.tr("&What:"), self.title_edit),
                ("starts_on", self.tr("&First day:"), self.starts_edit),
                ("ends_on", self.tr("&Ends:"), ends),
                ("recurring_yearly", self.tr("&Recurs:"), self.yearly),
                ("notes", self.tr("&Notes:"), self.notes_edit),
            ],
            self,
        )
        self.general = error_label(self)
        lay_out_form_dialog(self, form, self.general)
        self.several_days.toggled.connect(self.ends_edit.setEnabled)
        if risk_date is not None:
            self._show_draft(risk_date.draft())
        self.ends_edit.setEnabled(self.several_days.isChecked())
        self.resize(520, 320)

    def _show_draft(self, draft: RiskDateDraft) -> None:
        self.title_edit.setText(draft.title)
        self.starts_edit.setDate(_qdate(draft.starts_on))
        self.several_days.setChecked(draft.ends_on is not None)
        if draft.ends_on is not None:
            self.ends_edit.setDate(_qdate(draft.ends_on))
        self.yearly.setChecked(draft.recurring_yearly)
        self.notes_edit.setPlainText(draft.notes)

    def draft(self) -> RiskDateDraft:
        return RiskDateDraft(
            title=self.title_edit.text(),
            starts_on=_day(self.starts_edit),
            ends_on=_day(self.ends_edit) if self.several_days.isChecked() else None,
            notes=self.notes_edit.toPlainText(),
            recurring_yearly=self.yearly.isChecked(),
        )

    def save(self) -> RiskDate | None:
        for label in (*self.messages.values(), self.general):
            label.hide()
        try:
            if self.risk_date is None:
                saved = risk_dates.create(self._db, self.draft())
            else:
                saved = risk_dates.update(
                    self._db,
                    self.risk_date.id,
                    self.draft(),
                    expected_version=self.risk_date.version,
                )
        except ValidationError as error:
            for field, message in error.errors.items():
                label = self.messages.get(field, self.general)
                label.setText(message)
                label.show()
            return None
        except Conflict as error:
            self._offer_merge(error)
            return None
        except SamverkanError as error:
            self.general.setText(str(error))
            self.general.show()
            return None
        self.risk_date_saved.emit(saved)
        self.accept()
        return saved

    def _offer_merge(self, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self.general.setText(
            str(error) + " " + self.tr("Compare the two versions and choose what to keep.")
        )
        self.general.show()
        current = error.current
        if not isinstance(current, RiskDate):
            return
        mine = self.draft()
        labels = [
            ("title", self.tr("What")),
            ("starts_on", self.tr("First day")),
            ("ends_on", self.tr("Ends")),
            ("recurring_yearly", self.tr("Every year")),
            ("notes", self.tr("Notes")),
        ]
        self.conflict_dialog = offer_merge(
            self,
            field_rows(mine, current.draft(), labels),
            subject=current.title,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: RiskDate, mine: RiskDateDraft, chosen: Resolution) -> None:
        self.risk_date = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.risk_date_saved.emit(current)
            self.accept()
            return
        self._show_draft(chosen.merged(mine))
        self.save()


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
