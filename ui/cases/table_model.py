"""The case table's item model: the rows the service gave for the current filter.

A user sees the cases of their own task forces, a few hundred at most, so
the model holds the whole list; filtering runs in the service.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.i18n import formats
from app.services.case_types import CaseRow
from ui.cases import texts

COL_NUMBER = 0
COL_TASK_FORCE = 1
COL_SUBJECT = 2
COL_BIRTH_YEAR = 3
COL_DISTRICT = 4
COL_STATUS = 5
COL_NEXT_REVIEW = 6
COL_OPEN_ACTIONS = 7
COLUMN_COUNT = 8

IdRole = Qt.ItemDataRole.UserRole + 1  # the case's id
RawRole = Qt.ItemDataRole.UserRole + 2  # the value behind the text (date, status, int)
OverdueRole = Qt.ItemDataRole.UserRole + 3  # the review is overdue

_CONTEXT = "CaseTableModel"
HEADERS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("CaseTableModel", "Number"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Task force"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Subject"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Born"),
        QT_TRANSLATE_NOOP("CaseTableModel", "District"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Next review"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Open actions"),
    ),
)

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    # -- what the page uses ---------------------------------------------------------

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def row_of(self, case_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == case_id), None)

    def case_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return QCoreApplication.translate(_CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.case_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == IdRole:
            return row.id
        if role == RawRole:
            return self._raw(row, column)
        if role == OverdueRole:
            return row.review_overdue
        marked = column == COL_NEXT_REVIEW and row.review_overdue
        if role == Qt.ItemDataRole.FontRole and marked:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return texts.OVERDUE_COLOUR.color()
        if role == Qt.ItemDataRole.ToolTipRole and marked:
            return QCoreApplication.translate("CaseTableModel", "The review date has passed")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_BIRTH_YEAR,
            COL_OPEN_ACTIONS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_TASK_FORCE:
            return row.task_force
        if column == COL_SUBJECT:
            return row.subject_code
        if column == COL_BIRTH_YEAR:
            return str(row.birth_year)
        if column == COL_DISTRICT:
            return row.district or ""
        if column == COL_STATUS:
            return texts.status_title(row.status)
        if column == COL_NEXT_REVIEW:
            due = texts.day(row.next_review)
            return texts.overdue(due) if row.review_overdue else due
        if column == COL_OPEN_ACTIONS:
            return formats.integer(row.open_actions)
        return ""

    def _raw(self, row: CaseRow, column: int) -> Any:
        return {
            COL_NUMBER: row.number,
            COL_TASK_FORCE: row.task_force,
            COL_SUBJECT: row.subject_code,
            COL_BIRTH_YEAR: row.birth_year,
            COL_DISTRICT: row.district,
            COL_STATUS: row.status,
            COL_NEXT_REVIEW: row.next_review,
            COL_OPEN_ACTIONS: row.open_actions,
        }.get(column)
