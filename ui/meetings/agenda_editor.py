"""Editing a meeting's agenda: a list of items in order and the selected item's fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.meeting_types import AgendaItemDraft
from ui.widgets.keyboard import label_fields


class AgendaEditor(QWidget):
    """The items live here as drafts; the list shows their titles in order."""

    changed = Signal()

    def __init__(self, items: tuple[AgendaItemDraft, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[AgendaItemDraft] = list(items)
        self._loading = False
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.notes_edit.setFixedHeight(60)
        self.decision_asked = QCheckBox(self.tr("The meeting is asked to decide"), self)
        self.decision_edit = QPlainTextEdit(self)
        self.decision_edit.setTabChangesFocus(True)  # Tab moves on: no trap for the keyboard
        self.decision_edit.setFixedHeight(60)
        self.decision_edit.setPlaceholderText(self.tr("What the meeting decided"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Item title"), self.title_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.decision_asked)
        form.addRow(self.tr("Decision"), self.decision_edit)
        label_fields(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.list.currentRowChanged.connect(self._show)
        self.title_edit.textEdited.connect(self._store)
        self.notes_edit.textChanged.connect(self._store)
        self.decision_asked.toggled.connect(self._store)
        self.decision_edit.textChanged.connect(self._store)
        self._fill(0 if self._items else -1)

    def items(self) -> tuple[AgendaItemDraft, ...]:
        return tuple(self._items)

    def add_item(self, title: str = "") -> None:
        """A new item after the selected one (at the end without a selection)."""
        row = self.list.currentRow()
        at = row + 1 if row >= 0 else len(self._items)
        self._items.insert(at, AgendaItemDraft(title or self.tr("New item")))
        self._fill(at)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._items[row]
        self._fill(min(row, len(self._items) - 1))

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self._items):
            return
        self._items[row], self._items[to] = self._items[to], self._items[row]
        self._fill(to)

    def _fill(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for number, item in enumerate(self._items, start=1):
            self.list.addItem(self._label(number, item))
        self._loading = False
        self.list.setCurrentRow(current)
        self._show(current)
        self.changed.emit()

    def _label(self, number: int, item: AgendaItemDraft) -> str:
        label = f"{number}. {item.title}"
        return self.tr("%1 (decision)").replace("%1", label) if item.decision_asked else label

    def _show(self, row: int) -> None:
        self._loading = True
        item = self._items[row] if 0 <= row < len(self._items) else None
        for widget in (self.title_edit, self.notes_edit, self.decision_asked, self.decision_edit):
            widget.setEnabled(item is not None)
        self.title_edit.setText(item.title if item else "")
        self.notes_edit.setPlainText(item.notes if item else "")
        self.decision_asked.setChecked(item.decision_asked if item else False)
        self.decision_edit.setPlainText(item.decision if item else "")
        self.remove_button.setEnabled(item is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._items) - 1)
        self._loading = False

    def _store(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._items):
            return
        item = replace(
            self._items[row],
            title=self.title_edit.text(),
            notes=self.notes_edit.toPlainText(),
            decision_asked=self.decision_asked.isChecked(),
            decision=self.decision_edit.toPlainText(),
        )
        self._items[row] = item
        list_item = self.list.item(row)
        if list_item is not None:
            list_item.setText(self._label(row + 1, item))
