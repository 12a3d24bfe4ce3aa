"""The page's two lists: the notable incidents of the period, and the overdue action items."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.briefing import numbers
from app.services.incident_types import IncidentFilter
from app.services.meeting_types import Action
from app.services.situation_types import NotableIncident
from ui.incidents import texts as incident_texts
from ui.situation.cards import ACTIVATE_KEYS

FILTER_ROLE = Qt.ItemDataRole.UserRole


class _List(QTreeWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        # A row is marked as the arrow keys move: the keyboard reads the list row by row.
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHeaderLabels(list(headers))
        self.setStyleSheet("QTreeWidget { border: none; }")

    def fit_height(self, rows: int) -> None:
        row = (
            self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 6
        )
        self.setFixedHeight(self.header().height() + row * max(rows, 1) + 6)


class NotableList(_List):
    """High and critical incidents, latest last; a click (or Enter on the current row)
    lists that incident in the log.

    Signals:
        incident_clicked(IncidentFilter): a filter finding exactly that incident.
    """

    incident_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("When"),
                self.tr("Reference"),
                self.tr("Severity"),
                self.tr("District"),
                self.tr("Category"),
                self.tr("Summary"),
                self.tr("Verified"),
            ],
            parent,
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemClicked.connect(self._clicked)

    def show_incidents(self, notable: Sequence[NotableIncident], language: str) -> None:
        self.clear()
        for incident in notable:
            item = QTreeWidgetItem(
                [
                    numbers.local_time(incident.occurred_at, language),
                    incident.reference,
                    incident_texts.severity_text(incident.severity),
                    incident.district,
                    incident.category_en if language == "en" else incident.category_sv,
                    incident.summary,
                    self.tr("yes") if incident.verified else self.tr("no"),
                ]
            )
            item.setData(0, FILTER_ROLE, IncidentFilter(text=incident.reference))
            item.setToolTip(5, incident.summary)
            self.addTopLevelItem(item)
        for column in (0, 1, 2, 3, 4):
            self.resizeColumnToContents(column)
        self.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.resizeColumnToContents(6)
        self.fit_height(len(notable))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in ACTIVATE_KEYS and item is not None:
            self._clicked(item, 0)
            return
        super().keyPressEvent(event)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        flt = item.data(0, FILTER_ROLE)
        if flt is not None:
            self.incident_clicked.emit(flt)


class OverdueList(_List):
    """Open action items whose due date has passed, the oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Due"), self.tr("What"), self.tr("Owner")], parent)

    def show_actions(self, actions: Sequence[Action], language: str) -> None:
        self.clear()
        for action in actions:
            item = QTreeWidgetItem(
                [
                    numbers.short_date(action.due, language),
                    action.what,
                    action.owner,
                ]
            )
            item.setToolTip(1, action.what)
            item.setToolTip(2, f"{action.owner} ({action.owner_agency})")
            self.addTopLevelItem(item)
        self.resizeColumnToContents(0)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.fit_height(len(actions))
