"""A register of a case shown as a list with its buttons above: consents, actions,
reviews, incidents, notes, responsible people. One widget, so that the tabs look
and behave alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.cases import texts

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Line:
    """One line of a register: its record's id, the column texts, and how to show it."""

    id: int
    columns: Sequence[str]
    state: str = ""  # "overdue": bold and dark red; "done": grey italics; "" plain
    tooltip: str = ""


class RecordList(QWidget):
    """Signals:
    selection_changed(): another line became current (buttons follow it).
    """

    selection_changed = Signal()

    def __init__(
        self, headers: Sequence[str], widths: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(list(headers))
        for column, width in enumerate(widths):
            self.tree.setColumnWidth(column, width)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        self.tree.currentItemChanged.connect(lambda *_: self.selection_changed.emit())

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self.buttons.addWidget(button)
        return button

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_lines(self, lines: Sequence[Line]) -> None:
        """Show `lines`, keeping the current line when it is still there."""
        selected = self.current_id()
        self.tree.clear()
        for line in lines:
            item = QTreeWidgetItem(list(line.columns))
            item.setData(0, ID_ROLE, line.id)
            item.setData(0, STATE_ROLE, line.state)
            for column, text in enumerate(line.columns):
                item.setToolTip(column, line.tooltip or text)
            _style(item, line.state, len(line.columns))
            self.tree.addTopLevelItem(item)
            if line.id == selected:
                self.tree.setCurrentItem(item)
        self.selection_changed.emit()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def current_state(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, STATE_ROLE) or "") if item is not None else ""

    def select(self, record_id: int) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def texts(self, column: int = 0) -> list[str]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item.text(column) for item in items if item is not None]

    def state_of(self, record_id: int) -> str:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == record_id:
                return str(item.data(0, STATE_ROLE) or "")
        return ""


def _style(item: QTreeWidgetItem, state: str, columns: int) -> None:
    if state == "overdue":
        brush = QBrush(texts.OVERDUE_COLOUR.color())
        for column in range(columns):
            item.setForeground(column, brush)
            font = item.font(column)
            font.setBold(True)
            item.setFont(column, font)
    elif state in ("done", "inactive"):
        brush = QBrush(texts.MUTED_COLOUR.color())
        for column in range(columns):
            item.setForeground(column, brush)
            font = item.font(column)
            font.setItalic(True)
            item.setFont(column, font)
