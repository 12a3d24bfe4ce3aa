"""The page's tables: incidents by category with their changes, and the district ×
category matrix. Each count cell holds its incident filter; a click on it asks
for exactly those incidents.

The matrix lists categories down and districts across (as the briefing does:
district names are short, category names long). Its highest cells are bold on
a darker grey, which still stands out on a greyscale screen or print.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.briefing import numbers
from app.services.situation_types import Line, Matrix
from ui.situation.cards import ACTIVATE_KEYS
from ui.widgets import palette
from ui.widgets.texts import fill

FILTER_ROLE = Qt.ItemDataRole.UserRole
# Darker than the zebra and the header, plain grey in greyscale.
EMPHASIS_BACKGROUND = palette.EMPHASIS_TINT
ZERO_COLOUR = palette.MUTED
HEADER_BACKGROUND = palette.HEADER_TINT
HEADER_LINE = palette.HEADER_LINE
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
NAMES_AT_LEAST = 10  # characters of a category's name that the matrix always shows


class CountTable(QTableWidget):
    """A read-only table whose count cells can be clicked, or reached with the arrow
    keys and opened with Enter or Space.

    Signals:
        count_clicked(IncidentFilter): the officer clicked a count (or pressed Enter on it).
    """

    count_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The current cell is marked as the arrow keys move; Tab leaves the table.
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setStyleSheet(
            "QTableWidget { border: none; background: palette(base); }"
            "QTableCornerButton::section { background: palette(base); border: none; }"
            "QHeaderView { background: palette(base); }"
            f"QHeaderView::section {{ background: {HEADER_BACKGROUND.name()}; border: none; "
            f"border-bottom: 1px solid {HEADER_LINE.name()}; padding: 3px 6px; "
            "font-weight: bold; }"
        )
        self.cellClicked.connect(self._clicked)
        self.cellEntered.connect(self._entered)

    def count_item(self, value: int, flt: object, language: str) -> QTableWidgetItem:
        item = QTableWidgetItem(numbers.integer(value, language) if value else "–")
        item.setTextAlignment(RIGHT)
        if value:
            item.setData(FILTER_ROLE, flt)
            item.setToolTip(self.tr("Show these incidents in the incident log"))
        else:
            item.setForeground(QBrush(ZERO_COLOUR.color()))
        return item

    def fit_height(self) -> None:
        """As tall as its rows: the page scrolls, not the table."""
        height = self.horizontalHeader().height() + 4
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in ACTIVATE_KEYS and current.isValid():
            self._clicked(current.row(), current.column())
            return
        super().keyPressEvent(event)

    def _clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        flt = item.data(FILTER_ROLE) if item is not None else None
        if flt is not None:
            self.count_clicked.emit(flt)

    def _entered(self, row: int, column: int) -> None:
        item = self.item(row, column)
        clickable = item is not None and item.data(FILTER_ROLE) is not None
        if clickable:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()


class ChangeTable(CountTable):
    """Lines (categories or areas) with this period's count and the two changes."""

    def show_lines(self, lines: Sequence[Line], first_header: str, language: str) -> None:
        self.clear()
        self.setColumnCount(4)
        self.setRowCount(len(lines))
        self.setHorizontalHeaderLabels(
            [first_header, self.tr("Period"), self.tr("Previous"), self.tr("Year ago")]
        )
        for row, line in enumerate(lines):
            change = line.change
            name = QTableWidgetItem(line.title(language))
            name.setToolTip(line.title(language))  # whole, when the column cuts it short
            self.setItem(row, 0, name)
            self.setItem(
                row, 1, self.count_item(change.current.value, change.current.filter, language)
            )
            for column, text in (
                (2, numbers.change_previous(change, language)),
                (3, numbers.change_year(change, language)),
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                item.setToolTip(
                    fill(
                        self.tr("Previous period: %1; same period a year ago: %2"),
                        numbers.integer(change.previous, language),
                        numbers.integer(change.year_ago, language),
                    )
                )
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.fit_height()


class TurnedHeader(QHeaderView):
    """A horizontal header whose titles read upwards, so that ten districts fit side by
    side in a narrow column (the briefing turns them the same way)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        title = str(self.model().headerData(logical, self.orientation()) or "")
        metrics = QFontMetrics(self._bold())
        return QSize(metrics.height() + 14, metrics.horizontalAdvance(title) + 14)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        title = str(self.model().headerData(logical, self.orientation()) or "")
        painter.save()
        painter.fillRect(rect, HEADER_BACKGROUND.color(self.palette()))
        painter.setPen(HEADER_LINE.color(self.palette()))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self._bold())
        painter.translate(
            rect.left() + rect.width() / 2 + painter.fontMetrics().ascent() / 2 - 1,
            rect.bottom() - 7,
        )
        painter.rotate(-90)
        painter.drawText(0, 0, title)
        painter.restore()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font


class MatrixTable(CountTable):
    """Categories down, districts across; the highest cells emphasised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(TurnedHeader(self))
        self.horizontalHeader().setSectionsClickable(False)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_matrix(self, matrix: Matrix, language: str, no_district: str) -> None:
        self.clear()
        self.setRowCount(len(matrix.categories))
        self.setColumnCount(len(matrix.districts))
        self.setHorizontalHeaderLabels([name or no_district for name in matrix.districts])
        for row, line in enumerate(matrix.categories):
            name = QTableWidgetItem(line.title(language))
            name.setToolTip(line.title(language))  # whole, when the column cuts it short
            self.setVerticalHeaderItem(row, name)
        bold = QFont(self.font())
        bold.setBold(True)
        for d, _district in enumerate(matrix.districts):
            for c, _category in enumerate(matrix.categories):
                cell = matrix.cells[d][c]
                item = self.count_item(cell.value, cell.filter, language)
                item.setTextAlignment(CENTRE)
                if (d, c) in matrix.emphasised:
                    item.setFont(bold)
                    item.setBackground(QBrush(EMPHASIS_BACKGROUND.color()))
                self.setItem(c, d, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # As narrow as a turned name and the widest count allow: ten districts side by side.
        counts = [numbers.integer(cell.value, language) for row in matrix.cells for cell in row]
        widest = max((QFontMetrics(bold).horizontalAdvance(c) for c in counts), default=0)
        header.setMinimumSectionSize(max(QFontMetrics(bold).height() + 14, widest + 12))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().show()
        self.verticalHeader().setStyleSheet(
            "QHeaderView::section { background: palette(base); "
            "border: none; padding: 0 8px 0 0; font-weight: normal; }"
        )
        self._fit_names()
        self.fit_height()

    def cell_item(self, district: int, category: int) -> QTableWidgetItem | None:
        """The item of matrix.cells[district][category] (shown transposed)."""
        return self.item(category, district)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        """Every district stays in sight: the category names down the side give way
        (cut short with "…", whole in their tooltips) when long ones, Swedish ones
        especially, would push the last districts out of the narrow card."""
        least = self.horizontalHeader().minimumSectionSize()
        room = self.width() - 2 * self.frameWidth() - self.columnCount() * least
        narrowest = self.fontMetrics().averageCharWidth() * NAMES_AT_LEAST
        names = self.verticalHeader()
        wanted = max(room, narrowest)
        if names.maximumWidth() != wanted:
            names.setMaximumWidth(wanted)
            self.updateGeometries()
