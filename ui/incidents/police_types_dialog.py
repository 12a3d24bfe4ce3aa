"""Tools → Police event types…: which category each of the police's event types is filed in.

Everyone may look; administrators change. A type left at its default keeps
following the built-in default; Save writes every change in one audited
transaction (police_import.set_type_mappings).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamverkanError
from app.services import police_import, reference, users
from app.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.language import pick


class PoliceTypesDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, new_types: Sequence[str] = ()
    ) -> None:
        """`new_types`: types a file brought that the office has not mapped yet; they are
        listed first, so that the administrator sees what to decide."""
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Police event types"))
        self.setMinimumSize(560, 560)
        self.may_change = users.sign_in(db).is_administrator
        mappings = police_import.type_mappings(db, new_types)
        first = set(new_types)
        self.mappings = [m for m in mappings if m.police_type in first] + [
            m for m in mappings if m.police_type not in first
        ]
        categories = reference.load(db).categories

        intro = QLabel(
            self.tr(
                "The category an imported police notice is filed in, by the police's type. "
                "Types the police add later are filed as Other until they are given one here."
            )
            if self.may_change
            else self.tr("Only an administrator may change these."),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.mappings), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Police type"), self.tr("Category")])
        self.table.setAccessibleName(self.tr("Police event types"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []
        for row, mapping in enumerate(self.mappings):
            item = QTableWidgetItem(mapping.police_type)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            box = QComboBox(self.table)
            for category in categories:
                box.addItem(pick((category.title_en, category.title_sv)), category.code)
            box.setCurrentIndex(max(0, box.findData(mapping.category)))
            box.setEnabled(self.may_change)
            box.setAccessibleName(mapping.police_type)
            self.table.setCellWidget(row, 1, box)
            self.boxes.append(box)
        self.table.resizeColumnToContents(1)
        self.message = error_label(self)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if self.may_change
            else QDialogButtonBox.StandardButton.Close,
            self,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, str]:
        """The types whose category differs from what was loaded."""
        return {
            mapping.police_type: str(box.currentData())
            for mapping, box in zip(self.mappings, self.boxes, strict=True)
            if box.currentData() != mapping.category
        }

    def save(self) -> None:
        changes = self.chosen()
        if changes:
            try:
                police_import.set_type_mappings(self._db, changes)
            except SamverkanError as error:
                from ui.widgets.jobs import problem_text

                self.message.setText(problem_text(error))
                self.message.show()
                return
        self.accept()
