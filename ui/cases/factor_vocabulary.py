"""The risk and protective factor vocabularies, edited by co-ordinators and administrators.

Each button is one user action and one transaction: add a factor, or save the
selected one (titles, in use or not). A factor is never deleted: cases that
have it keep it; taken out of use, it is no longer offered for new ticks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import FactorKind
from app.errors import SamverkanError, ValidationError
from app.services import cases
from app.services.case_types import FactorInfo
from app.storage.database import Database
from ui.widgets.forms import add_rows_with_messages, error_label

KIND_COLUMN, SWEDISH_COLUMN, ENGLISH_COLUMN, IN_USE_COLUMN = range(4)


class FactorVocabularyDialog(QDialog):
    """Lists both vocabularies; `changed` tells the page to read them again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.changed = False
        self.factors: list[FactorInfo] = []
        self.setWindowTitle(self.tr("Risk and protective factors"))
        self.resize(720, 560)

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.windowTitle())
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Swedish"), self.tr("English"), self.tr("In use")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(KIND_COLUMN, 110)
        self.table.setColumnWidth(SWEDISH_COLUMN, 250)
        self.table.setColumnWidth(ENGLISH_COLUMN, 250)
        self.table.setColumnWidth(IN_USE_COLUMN, 60)
        self.table.itemSelectionChanged.connect(self._show_selected)

        # Editing the selected factor.
        self.edit_sv = QLineEdit(self)
        self.edit_en = QLineEdit(self)
        self.edit_active = QCheckBox(self.tr("Offered for new cases"), self)
        self.save_button = QPushButton(self.tr("Save factor"), self)
        self.save_button.clicked.connect(self.save_selected)
        edit_box = QGroupBox(self.tr("Selected factor"), self)
        edit_form = QFormLayout(edit_box)
        self.edit_messages = add_rows_with_messages(
            edit_form,
            [
                ("title_sv", self.tr("&Swedish"), self.edit_sv),
                ("title_en", self.tr("E&nglish"), self.edit_en),
            ],
            edit_box,
        )
        edit_form.addRow("", self.edit_active)
        edit_form.addRow("", self.save_button)

        # Adding a factor.
        self.new_kind = QComboBox(self)
        self.new_kind.addItem(self.tr("Risk factor"), FactorKind.RISK)
        self.new_kind.addItem(self.tr("Protective factor"), FactorKind.PROTECTIVE)
        self.new_sv = QLineEdit(self)
        self.new_en = QLineEdit(self)
        self.add_button = QPushButton(self.tr("Add factor"), self)
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("New factor"), self)
        add_form = QFormLayout(add_box)
        self.add_messages = add_rows_with_messages(
            add_form,
            [
                ("kind", self.tr("&Kind"), self.new_kind),
                ("title_sv", self.tr("S&wedish"), self.new_sv),
                ("title_en", self.tr("Eng&lish"), self.new_en),
            ],
            add_box,
        )
        add_form.addRow("", self.add_button)

        self.general = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        forms = QHBoxLayout()
        forms.addWidget(edit_box)
        forms.addWidget(add_box)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Factors are never deleted: a case keeps the factors it has. Take a "
                "factor out of use and it is no longer offered."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        try:
            self.factors = cases.list_factors(self._db, include_inactive=True)
        except SamverkanError as error:
            self._say(str(error))
            return
        kinds = {FactorKind.RISK: self.tr("Risk"), FactorKind.PROTECTIVE: self.tr("Protective")}
        self.table.setRowCount(len(self.factors))
        for row, factor in enumerate(self.factors):
            cells = (
                kinds[factor.kind],
                factor.title_sv,
                factor.title_en,
                self.tr("Yes") if factor.active else self.tr("No"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, factor.id)
                self.table.setItem(row, column, item)
            if factor.id == select_id:
                self.table.selectRow(row)
        self._show_selected()

    def selected(self) -> FactorInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.factors[rows[0].row()] if rows else None

    def select(self, factor_id: int) -> None:
        for row, factor in enumerate(self.factors):
            if factor.id == factor_id:
                self.table.selectRow(row)

    def save_selected(self) -> FactorInfo | None:
        factor = self.selected()
        if factor is None:
            return None
        self._clear(self.edit_messages)
        try:
            saved = cases.update_factor(
                self._db,
                factor.id,
                self.edit_sv.text(),
                self.edit_en.text(),
                self.edit_active.isChecked(),
            )
        except ValidationError as error:
            self._show(self.edit_messages, error)
            return None
        except SamverkanError as error:
            self._say(str(error))
            return None
        self.changed = True
        self.reload(select_id=saved.id)
        return saved

    def add(self) -> FactorInfo | None:
        self._clear(self.add_messages)
        try:
            added = cases.add_factor(
                self._db,
                FactorKind(self.new_kind.currentData()),
                self.new_sv.text(),
                self.new_en.text(),
            )
        except ValidationError as error:
            self._show(self.add_messages, error)
            return None
        except SamverkanError as error:
            self._say(str(error))
            return None
        self.changed = True
        self.new_sv.clear()
        self.new_en.clear()
        self.reload(select_id=added.id)
        return added

    def _show_selected(self) -> None:
        factor = self.selected()
        for widget in (self.edit_sv, self.edit_en, self.edit_active, self.save_button):
            widget.setEnabled(factor is not None)
        self._clear(self.edit_messages)
        self.edit_sv.setText(factor.title_sv if factor else "")
        self.edit_en.setText(factor.title_en if factor else "")
        self.edit_active.setChecked(factor.active if factor else False)

    def _clear(self, messages: dict[str, QLabel]) -> None:
        self._say("")
        for label in messages.values():
            label.clear()
            label.hide()

    def _show(self, messages: dict[str, QLabel], error: ValidationError) -> None:
        for field, text in error.errors.items():
            if field in messages:
                messages[field].setText(text[:1].upper() + text[1:])
                messages[field].show()
            else:  # not a field of this form: the message alone
                self._say(text[:1].upper() + text[1:])

    def _say(self, text: str) -> None:
        """A message for the whole dialog (hidden when there is none)."""
        self.general.setText(text)
        self.general.setVisible(bool(text))
