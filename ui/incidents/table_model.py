"""The incident table's item model: a count and a few cached pages, never the whole log.

Sorting and filtering run in SQL (app.services.incident_query); the model only
remembers the current IncidentQuery, the number of matching rows and an LRU
cache of pages. A row that is not cached is fetched with its page the moment
the view asks for it: a keyset page costs a few milliseconds even at a
million rows, so the view scrolls smoothly without a background loader.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.errors import SamverkanError
from app.services import incident_query
from app.services.incident_types import (
    IncidentFilter,
    IncidentQuery,
    IncidentRow,
    IncidentSort,
    Page,
    SortColumn,
    SortKey,
)
from app.services.reference import ReferenceData
from app.storage.database import Database
from ui.incidents import texts
from ui.resources import icon

COL_REFERENCE = 0
COL_OCCURRED = 1
COL_REPORTED = 2
COL_CATEGORY = 3
COL_AREA = 4
COL_SEVERITY = 5
COL_STATUS = 6
COL_VERIFIED = 7
COL_DISTRICT = 8
COL_PLACE = 9
COL_SUMMARY = 10
COLUMN_COUNT = 11

RawRole = Qt.ItemDataRole.UserRole + 1  # the stored value (datetime, code, int), not the text
IdRole = Qt.ItemDataRole.UserRole + 2  # the incident's id

# Contexts written out in every call: lupdate reads only literals.
_CONTEXT = "IncidentTableModel"
# QT_TRANSLATE_NOOP marks the texts for lupdate; headerData() translates them.
HEADERS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("IncidentTableModel", "Reference"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Occurred"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Reported"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Category"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Area"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Severity"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Status"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Verified"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "District"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Place"),
        QT_TRANSLATE_NOOP("IncidentTableModel", "Summary"),
    ),
)

# Columns the service can sort by; the verified column cannot be sorted.
SORT_COLUMNS: dict[int, SortColumn] = {
    COL_REFERENCE: SortColumn.REFERENCE,
    COL_OCCURRED: SortColumn.OCCURRED,
    COL_REPORTED: SortColumn.REPORTED,
    COL_CATEGORY: SortColumn.CATEGORY,
    COL_AREA: SortColumn.AREA,
    COL_SEVERITY: SortColumn.SEVERITY,
    COL_STATUS: SortColumn.STATUS,
    COL_DISTRICT: SortColumn.DISTRICT,
    COL_PLACE: SortColumn.PLACE,
    COL_SUMMARY: SortColumn.SUMMARY,
}

_RAW: dict[int, str] = {
    COL_REFERENCE: "reference",
    COL_OCCURRED: "occurred_at",
    COL_REPORTED: "reported_at",
    COL_CATEGORY: "category",
    COL_AREA: "area",
    COL_SEVERITY: "severity",
    COL_STATUS: "status",
    COL_VERIFIED: "verified",
    COL_DISTRICT: "district",
    COL_PLACE: "place",
    COL_SUMMARY: "summary",
}

Index = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    """Rows of the incident log for one IncidentQuery, loaded page by page.

    Signals:
        load_failed(str): a page could not be read (e.g. the database is busy);
            the rows show empty and the page may refresh.
    """

    load_failed = Signal(str)

    PAGE_SIZE = 100
    MAX_PAGES = 20

    def __init__(
        self,
        db: Database,
        reference: ReferenceData,
        query: IncidentQuery | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._reference = reference
        self._query = query or IncidentQuery()
        self._total = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._failed_pages: set[int] = set()
        self._severity_icons: dict[int, QIcon] = {}
        self._secret_icon = icon("secret")
        self._total = self._count()

    # -- what the page changes ---------------------------------------------

    @property
    def query(self) -> IncidentQuery:
        """The query the table shows; an export of "what is shown" uses the same."""
        return self._query

    @property
    def total(self) -> int:
        """How many incidents match the filter."""
        return self._total

    def set_filter(self, flt: IncidentFilter) -> None:
        self._reset(IncidentQuery(flt, self._query.sort))

    def set_reference(self, reference: ReferenceData) -> None:
        self._reference = reference
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_column = SORT_COLUMNS.get(column)
        if sort_column is None:
            return
        new_sort = IncidentSort(sort_column, order == Qt.SortOrder.DescendingOrder)
        if new_sort != self._query.sort:  # the view sorts once when sorting is switched on
            self._reset(IncidentQuery(self._query.filter, new_sort))

    def refresh(self) -> None:
        """Count again and forget the cached pages (after a change to the data)."""
        self._reset(self._query)

    def is_sortable(self, column: int) -> bool:
        return column in SORT_COLUMNS

    def row_of(self, incident_id: int) -> int | None:
        """The row of an incident if it is on a cached page (or the first page)."""
        if self._total and 0 not in self._pages:
            self._page(0)
        for page in self._pages.values():
            for offset, row in enumerate(page.rows):
                if row.id == incident_id:
                    return page.start + offset
        return None

    def incident_row(self, row: int) -> IncidentRow | None:
        """The loaded row at a position, fetching its page if needed."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE_SIZE)
        if page is None:
            return None
        offset = row - page.start
        return page.rows[offset] if 0 <= offset < len(page.rows) else None

    # -- QAbstractTableModel ----------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_VERIFIED:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.incident_row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RawRole:
            return getattr(row, _RAW[column])
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VERIFIED:
            return Qt.AlignmentFlag.AlignCenter
        return None

    # -- inside --------------------------------------------------------------

    def _display(self, row: IncidentRow, column: int) -> str:
        value = getattr(row, _RAW[column])
        if column in (COL_OCCURRED, COL_REPORTED):
            return texts.local_time(value if isinstance(value, datetime) else None)
        if column == COL_CATEGORY:
            return texts.category_title(self._reference, row.category)
        if column == COL_AREA:
            return texts.area_title(row.area)
        if column == COL_SEVERITY:
            return texts.severity_text(row.severity)
        if column == COL_STATUS:
            return texts.status_title(row.status)
        if column == COL_VERIFIED:
            return "✓" if row.verified else ""
        return str(value)

    def _decoration(self, row: IncidentRow, column: int) -> QIcon | None:
        if column == COL_SEVERITY:
            return self._severity_icon(row.severity)
        if column == COL_REFERENCE and row.secret:
            return self._secret_icon
        return None

    def _tooltip(self, row: IncidentRow, column: int) -> str | None:
        if column == COL_REFERENCE and row.secret:
            return QCoreApplication.translate(
                "IncidentTableModel", "Secret: kept out of briefings and exports unless asked for"
            )
        if column == COL_VERIFIED:
            return (
                QCoreApplication.translate("IncidentTableModel", "Verified")
                if row.verified
                else QCoreApplication.translate("IncidentTableModel", "Not verified")
            )
        if column in (COL_SUMMARY, COL_PLACE, COL_CATEGORY):
            return self._display(row, column)  # long texts are elided in the cell
        return None

    def _severity_icon(self, severity: int) -> QIcon:
        cached = self._severity_icons.get(severity)
        if cached is None:
            # A small dot drawn at twice the size, so it stays round on high-DPI screens.
            pixmap = QPixmap(24, 24)
            pixmap.setDevicePixelRatio(2.0)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(texts.severity_colour(severity))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            cached = QIcon(pixmap)
            # The same colour when selected: the cue must not fade on the highlight.
            cached.addPixmap(pixmap, QIcon.Mode.Selected)
            self._severity_icons[severity] = cached
        return cached

    def _reset(self, query: IncidentQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._failed_pages.clear()
        self._total = self._count()
        self.endResetModel()

    def _count(self) -> int:
        try:
            return incident_query.count(self._db, self._query)
        except SamverkanError as error:
            self._report(str(error))
            return 0

    def _page(self, number: int) -> Page | None:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if number in self._failed_pages:
            return None  # do not retry a failing read for every cell painted
        try:
            page = incident_query.fetch_page(
                self._db,
                self._query,
                number * self.PAGE_SIZE,
                self.PAGE_SIZE,
                total=self._total,
                known=self._known_keys(),
            )
        except SamverkanError as error:
            self._failed_pages.add(number)
            self._report(str(error))
            return None
        if not page.rows:
            # Rows vanished since the count (someone deleted incidents
            # meanwhile): count again rather than show holes.
            self._failed_pages.add(number)
            QTimer.singleShot(0, self, self.refresh)
            return None
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _known_keys(self) -> list[tuple[int, SortKey]]:
        known: list[tuple[int, SortKey]] = []
        for page in self._pages.values():
            if page.first_key is not None and page.last_key is not None:
                known.append((page.start, page.first_key))
                known.append((page.start + len(page.rows) - 1, page.last_key))
        return known

    def _report(self, message: str) -> None:
        # Deferred: data() runs inside painting, where a dialog or a status
        # update must not start.
        QTimer.singleShot(0, self, lambda: self.load_failed.emit(message))
