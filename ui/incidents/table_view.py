"""The incident table: fixed column widths, one-line rows, SQL sorting from the header.

Nothing here measures contents: ResizeToContents or resizeColumnsToContents
would ask the model for every row, which at a million incidents means
reading the whole log. Widths are fixed defaults the user may drag; they are
remembered.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
)

from app.domain.vocabulary import Severity, Status
from ui.incidents import texts
from ui.incidents.table_model import (
    COL_AREA,
    COL_CATEGORY,
    COL_DISTRICT,
    COL_OCCURRED,
    COL_PLACE,
    COL_REFERENCE,
    COL_REPORTED,
    COL_SEVERITY,
    COL_STATUS,
    COL_SUMMARY,
    COL_VERIFIED,
    COLUMN_COUNT,
    IncidentTableModel,
)
from ui.widgets.persist import remember_header

HEADER_KEY = "incidents/table/header-v1"  # bump when the columns change

# Default widths: the width of a typical value in the current font and language,
# so that they fit whatever font and size the desktop uses. Nothing is measured
# from the data itself.
SAMPLES: dict[int, str] = {
    COL_REFERENCE: "2026-0000",
    COL_CATEGORY: "Serious violence or threat",
    COL_AREA: "Information secu",
    COL_VERIFIED: "",
    COL_DISTRICT: "Storvreten",
    COL_PLACE: "Hallunda tunnelbanest",
    COL_SUMMARY: "Skadegörelse på busskur vid",
}


def sample(column: int) -> str:
    """A typical value of a column; times, severities and statuses as the language writes them."""
    if column in (COL_OCCURRED, COL_REPORTED):
        return texts.local_time(datetime(2026, 12, 31, 22, 59, tzinfo=UTC))
    if column == COL_SEVERITY:
        return max((texts.severity_text(level) for level in Severity), key=len)
    if column == COL_STATUS:
        return max((texts.status_title(status) for status in Status), key=len)
    return SAMPLES[column]


ICON_COLUMNS = (COL_REFERENCE, COL_SEVERITY)
HIDDEN_BY_DEFAULT = (COL_REPORTED, COL_AREA)


class IncidentTableView(QTableView):
    """Shows an IncidentTableModel.

    Signals:
        edit_requested(): the user asked to open the current incident
            (Enter or Return on a row, or a double-click).
    """

    edit_requested = Signal()

    def __init__(self, model: IncidentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.setAccessibleName(self.tr("Incidents"))

        rows = self.verticalHeader()
        rows.setVisible(False)
        # Fixed, uniform row heights: the view never asks how high a row is.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)

        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 5)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._apply_default_widths()
        header.setSortIndicator(COL_OCCURRED, Qt.SortOrder.DescendingOrder)
        remember_header(header, HEADER_KEY)
        self._sort_column = header.sortIndicatorSection()
        self._sort_order = header.sortIndicatorOrder()
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        # Sorting on: the view calls model.sort() (SQL) for the header's indicator.
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def incident_model(self) -> IncidentTableModel:
        model = self.model()
        assert isinstance(model, IncidentTableModel)
        return model

    def current_id(self) -> int | None:
        """The id of the selected incident, if any."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.incident_model().incident_row(rows[0].row())
        return row.id if row else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, COL_REFERENCE)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def reset_columns(self) -> None:
        """Default widths and visible columns (from the header's context menu)."""
        self._apply_default_widths()
        QSettings().setValue(HEADER_KEY, self.horizontalHeader().saveState())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the incident; QAbstractItemView would only emit activated(),
        # which some platforms also emit on a single click.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def _apply_default_widths(self) -> None:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        title_metrics = header.fontMetrics()
        padding = metrics.averageCharWidth() * 2 + 4
        for column in range(COLUMN_COUNT):
            content = metrics.horizontalAdvance(sample(column)) + padding
            if column in ICON_COLUMNS:
                icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
                content += icon + 4
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            # room for the title and the sort arrow
            heading = title_metrics.horizontalAdvance(title) + padding + 16
            header.resizeSection(column, max(content, heading))
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.incident_model().is_sortable(column):
            # The model ignored it; put the indicator back where the sort really is.
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, self._sort_order)
            header.blockSignals(False)
            header.viewport().update()
            return
        self._sort_column, self._sort_order = column, order

    def _column_menu(self, position: object) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        model = self.model()
        for column in range(COLUMN_COUNT):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            # The summary is what identifies an incident: it cannot be hidden.
            action.setEnabled(column != COL_SUMMARY)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(header.mapToGlobal(position))  # type: ignore[call-overload]

    def _show_column(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        header.setSectionHidden(column, not shown)
        QSettings().setValue(HEADER_KEY, header.saveState())
