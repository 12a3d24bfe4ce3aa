"""The people table: a plain list model over what the roster service returns.

The roster is small (hundreds of people), so the model holds the whole
filtered list; there is nothing to page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.services.phones import display_phone
from app.services.roster_types import Person

Index = QModelIndex | QPersistentModelIndex


COLUMNS = ("name", "title", "agency", "phone", "mobile", "email", "deputy")


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._headings = (
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Agency"),
            self.tr("Phone"),
            self.tr("Mobile"),
            self.tr("E-mail"),
            self.tr("Deputy"),
        )

    def set_people(self, people: Sequence[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def people(self) -> list[Person]:
        return list(self._people)

    def row_of(self, person_id: int) -> int | None:
        return next((n for n, p in enumerate(self._people) if p.id == person_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person(index.row())
        if person is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(person, column)
            if column in ("phone", "mobile"):
                return display_phone(value)
            if column == "name" and not person.active:
                return self.tr("%1 (left)").replace("%1", person.name)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and person.joint_meeting:
            return self.tr("Sits in the joint meeting")
        if role == Qt.ItemDataRole.FontRole and column == "name" and person.joint_meeting:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None
