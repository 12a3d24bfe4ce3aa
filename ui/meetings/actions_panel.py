"""Open action items across all meetings, the overdue ones first and in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.meeting_types import Action
from ui.meetings import texts

DUE, WHAT, OWNER, MEETING = range(4)


class ActionsPanel(QWidget):
    """Signals:
    mark_done_requested(int): the officer asked to mark this action item done.
    new_requested(): the officer asked for a new action item.
    """

    mark_done_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Open action items"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Owner"), self.tr("Meeting")]
        )
        self.tree.setColumnWidth(DUE, 150)
        self.tree.setColumnWidth(WHAT, 420)
        self.tree.setColumnWidth(OWNER, 220)
        self.new_button = QPushButton(self.tr("New action item…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.new_button.clicked.connect(self.new_requested)
        self.done_button.clicked.connect(self._mark_done)
        self.tree.currentItemChanged.connect(
            lambda current, _previous: self.done_button.setEnabled(current is not None)
        )
        self.tree.itemDoubleClicked.connect(lambda *_: self._mark_done())

    def show_actions(self, actions: tuple[Action, ...]) -> None:
        selected = self.current_id()
        self.tree.clear()
        overdue = sum(a.overdue for a in actions)
        heading = self.tr("Open action items (%1)").replace("%1", str(len(actions)))
        if overdue:
            heading += " — " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.heading.setText(heading)
        for action in actions:
            due = texts.day(action.due)
            if action.overdue:
                due = self.tr("%1 overdue").replace("%1", due)
            meeting = (
                f"{texts.moment(action.meeting_starts_at)[:10]}  {action.meeting_title}"
                if action.meeting_starts_at is not None
                else self.tr("(standalone)")
            )
            item = QTreeWidgetItem([due, action.what, action.owner, meeting])
            item.setData(DUE, Qt.ItemDataRole.UserRole, action.id)
            item.setData(DUE, Qt.ItemDataRole.UserRole + 1, action.overdue)
            item.setToolTip(WHAT, action.what)
            if action.overdue:
                red = QBrush(QColor(texts.OVERDUE_COLOUR))
                for column in range(4):
                    item.setForeground(column, red)
                font = item.font(DUE)
                font.setBold(True)
                item.setFont(DUE, font)
            self.tree.addTopLevelItem(item)
            if action.id == selected:
                self.tree.setCurrentItem(item)
        self.done_button.setEnabled(self.tree.currentItem() is not None)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(DUE, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, action_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(DUE, Qt.ItemDataRole.UserRole) == action_id:
                self.tree.setCurrentItem(item)

    def is_overdue(self, action_id: int) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(DUE, Qt.ItemDataRole.UserRole) == action_id:
                return bool(item.data(DUE, Qt.ItemDataRole.UserRole + 1))
        return False

    def _mark_done(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self.mark_done_requested.emit(action_id)
