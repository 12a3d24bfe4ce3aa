"""Open action items across all meetings, the overdue ones first and in red; with
"Show done", also the ones done lately (greyed), so that they can be reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import formats
from app.services.meeting_types import Action
from ui.meetings import texts

DUE, WHAT, OWNER, MEETING = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
DONE_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_WIDTH = 150  # at least; wider when the dates and their marks need it


class ActionsPanel(QWidget):
    """Signals:
    mark_done_requested(int): the officer asked to mark this action item done.
    new_requested(): the officer asked for a new action item.
    edit_requested(int): the officer asked to edit this action item.
    reopen_requested(int): the officer asked to reopen this done action item.
    delete_requested(int): the officer asked to delete this action item.
    show_done_changed(bool): "Show done" was ticked or cleared; read the items again.
    """

    mark_done_requested = Signal(int)
    new_requested = Signal()
    edit_requested = Signal(int)
    reopen_requested = Signal(int)
    delete_requested = Signal(int)
    show_done_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Open action items"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Action items"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Owner"), self.tr("Meeting")]
        )
        self.tree.setColumnWidth(DUE, DUE_WIDTH)
        self.tree.setColumnWidth(WHAT, 420)
        self.tree.setColumnWidth(OWNER, 220)
        self.show_done_box = QCheckBox(self.tr("Show done"), self)
        self.show_done_box.setToolTip(self.tr("Also list the items done in the last 90 days"))
        self.new_button = QPushButton(self.tr("New action item…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        # The heading (it grows with its counts) may wrap, and the buttons go under
        # the list: side by side with the risk dates the page must still fit a
        # laptop's screen at 150 % scaling (1280 points wide).
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_done_box)
        bottom = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.done_button,
            self.reopen_button,
            self.delete_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.done_button.clicked.connect(lambda: self._emit(self.mark_done_requested))
        self.reopen_button.clicked.connect(lambda: self._emit(self.reopen_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.show_done_box.toggled.connect(self.show_done_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self._emit(self.edit_requested))
        self._update_buttons()

    @property
    def show_done(self) -> bool:
        return self.show_done_box.isChecked()

    def show_actions(self, actions: tuple[Action, ...], done: tuple[Action, ...] = ()) -> None:
        """List the open `actions`, then the `done` ones (shown only with "Show done")."""
        selected = self.current_id()
        self.tree.clear()
        overdue = sum(a.overdue for a in actions)
        heading = self.tr("Open action items (%1)").replace("%1", formats.integer(len(actions)))
        if overdue:
            heading += " — " + self.tr("%n overdue", "", overdue)
        if self.show_done:
            heading += " — " + self.tr("%n done lately", "", len(done))
        self.heading.setText(heading)
        for action in (*actions, *(done if self.show_done else ())):
            item = self._item(action)
            self.tree.addTopLevelItem(item)
            if action.id == selected:
                self.tree.setCurrentItem(item)
        # "2026-07-16 (försenad)" in bold is wider in some languages than in others.
        needed = self.tree.sizeHintForColumn(DUE) + self.fontMetrics().averageCharWidth()
        self.tree.setColumnWidth(DUE, max(DUE_WIDTH, needed))
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(DUE, ID_ROLE)) if item is not None else None

    def current_is_done(self) -> bool:
        item = self.tree.currentItem()
        return item is not None and bool(item.data(DUE, DONE_ROLE))

    def select(self, action_id: int) -> None:
        item = self._find(action_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def is_overdue(self, action_id: int) -> bool:
        item = self._find(action_id)
        return item is not None and bool(item.data(DUE, OVERDUE_ROLE))

    def is_done(self, action_id: int) -> bool:
        item = self._find(action_id)
        return item is not None and bool(item.data(DUE, DONE_ROLE))

    def listed_ids(self) -> list[int]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [int(item.data(DUE, ID_ROLE)) for item in items if item is not None]

    # -- inside ------------------------------------------------------------------

    def _item(self, action: Action) -> QTreeWidgetItem:
        due = texts.day(action.due)
        if action.is_done:
            due = self.tr("done %1").replace("%1", texts.day(action.done_on or action.due))
        elif action.overdue:
            due = self.tr("%1 (overdue)").replace("%1", due)
        meeting = (
            f"{texts.local_day(action.meeting_starts_at)}  {action.meeting_title}"
            if action.meeting_starts_at is not None
            else self.tr("(standalone)")
        )
        item = QTreeWidgetItem([due, action.what, action.owner, meeting])
        item.setData(DUE, ID_ROLE, action.id)
        item.setData(DUE, OVERDUE_ROLE, action.overdue)
        item.setData(DUE, DONE_ROLE, action.is_done)
        item.setToolTip(WHAT, action.what)
        if action.is_done:
            grey = QBrush(texts.DONE_COLOUR.color())
            for column in range(4):
                item.setForeground(column, grey)
                font = item.font(column)
                font.setItalic(True)
                item.setFont(column, font)
        elif action.overdue:
            red = QBrush(texts.OVERDUE_COLOUR.color())
            for column in range(4):
                item.setForeground(column, red)
            font = item.font(DUE)
            font.setBold(True)
            item.setFont(DUE, font)
        return item

    def _find(self, action_id: int) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(DUE, ID_ROLE) == action_id:
                return item
        return None

    def _update_buttons(self) -> None:
        selected = self.tree.currentItem() is not None
        done = self.current_is_done()
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.done_button.setEnabled(selected and not done)
        self.reopen_button.setEnabled(selected and done)

    def _emit(self, signal: SignalInstance) -> None:
        action_id = self.current_id()
        if action_id is not None:
            signal.emit(action_id)
