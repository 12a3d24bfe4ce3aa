"""The filter bar above the incident table: search, period, category, district, severity, status.

It turns what the officer picks into an IncidentFilter and announces it;
the query itself runs in the service. The choice is remembered in QSettings
as choices (e.g. "last 7 days"), not as dates, so that a relative period
stays relative after a restart.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.clock import now, to_local
from app.domain.vocabulary import Severity, Status
from app.services.incident_types import IncidentFilter
from app.services.reference import ReferenceData
from ui.incidents import texts
from ui.widgets import palette
from ui.widgets.dates import date_format
from ui.widgets.language import language

SEARCH_DELAY_MS = 250
CATEGORY_BOX_CHARS = 16  # the category box's width, in average characters
SETTINGS_GROUP = "incidents/filter"

PERIOD_ALL = "all"
PERIOD_7 = "7d"
PERIOD_30 = "30d"
PERIOD_YEAR = "year"
PERIOD_CUSTOM = "custom"
SEVERITY_HIGH_AND_CRITICAL = "3+"
STATUS_OPEN = "open"


class FilterBar(QWidget):
    """Search field and choice boxes that select which incidents the table shows.

    Signals:
        filter_changed(IncidentFilter): the officer changed the selection (typing
            is debounced by SEARCH_DELAY_MS).
    """

    filter_changed = Signal(object)

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restoring = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        self.search = QLineEdit(self)
        hint = self.tr("Search summary, place, description or reference")
        self.search.setPlaceholderText(hint)
        self.search.setToolTip(hint)  # whole, when a narrow window cuts the placeholder short
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)

        self.period = QComboBox(self)
        for title, key in (
            (self.tr("All time"), PERIOD_ALL),
            (self.tr("Last 7 days"), PERIOD_7),
            (self.tr("Last 30 days"), PERIOD_30),
            (self.tr("This year"), PERIOD_YEAR),
            (self.tr("Custom period"), PERIOD_CUSTOM),
        ):
            self.period.addItem(title, key)
        self.period.setAccessibleName(self.tr("Period"))
        today = _today()
        self.date_from = self._date_edit(today.addDays(-30), self.tr("From date"))
        self.date_to = self._date_edit(today, self.tr("To date"))
        self.dash = QLabel("–", self)

        self.category = QComboBox(self)
        self.district = QComboBox(self)
        self.severity = QComboBox(self)
        self.status = QComboBox(self)
        self.set_reference(reference)
        self.severity.addItem(self.tr("All severities"), None)
        self.severity.addItem(self.tr("High and critical"), SEVERITY_HIGH_AND_CRITICAL)
        for level in Severity:
            self.severity.addItem(texts.severity_text(level), int(level))
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Not closed"), STATUS_OPEN)
        for status in Status:
            self.status.addItem(texts.status_title(status), status.value)
        for box, name in (
            (self.severity, self.tr("Severity")),
            (self.status, self.tr("Status")),
            (self.category, self.tr("Category")),
            (self.district, self.tr("District")),
        ):
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Category titles run long (longer still in Swedish): the box keeps to a
        # moderate width so the search field has room, its list opens as wide as
        # the titles, and the tooltip says a long chosen title whole.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(CATEGORY_BOX_CHARS)
        self.category.currentTextChanged.connect(self.category.setToolTip)

        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Show all incidents again"))
        # Said when the table is narrowed further than the boxes can show (a click
        # on the situation page: several categories, an area, secret ones left out).
        self.narrowed = QLabel(self.tr("Narrowed further than the boxes show"), self)
        self.narrowed.setStyleSheet(
            f"background: {palette.NOTICE_TINT.name()}; color: {palette.NOTICE_TEXT.name()}; "
            "padding: 2px 6px; border-radius: 4px;"
        )
        self.narrowed.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 1)  # the room the boxes leave: long placeholders fit
        for widget in (self.period, self.date_from, self.dash, self.date_to):
            layout.addWidget(widget)
        for widget in (self.category, self.district, self.severity, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.narrowed)

        self._timer.timeout.connect(self._changed)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self._changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        for box in (self.category, self.district, self.severity, self.status):
            box.currentIndexChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        self._show_custom_dates()

    # -- public ----------------------------------------------------------------

    def set_reference(self, reference: ReferenceData) -> None:
        """Fill the category and district boxes (again), keeping the current choice."""
        self._restoring = True
        chosen = (self.category.currentData(), self.district.currentData())
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for info in reference.categories:
            self.category.addItem(info.title(language()), info.code)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        for name in reference.districts:
            self.district.addItem(name, name)
        _select(self.category, chosen[0])
        _select(self.district, chosen[1])
        self._restoring = False

    def current_filter(self) -> IncidentFilter:
        date_from, date_to = self._dates()
        category = self.category.currentData()
        district = self.district.currentData()
        return IncidentFilter(
            text=self.search.text().strip(),
            date_from=date_from,
            date_to=date_to,
            categories=(category,) if category else (),
            districts=(district,) if district else (),
            severities=_severities(self.severity.currentData()),
            statuses=_statuses(self.status.currentData()),
        )

    def show_filter(self, flt: IncidentFilter) -> None:
        """Show `flt` in the boxes as far as they can say it (does not announce it).

        A period becomes a custom one; one category, district or severity is
        selected, two or more leave the box at "all" (the page applies `flt`
        itself, whole).
        """
        self._restoring = True
        self._timer.stop()
        self.search.setText(flt.text)
        custom = flt.date_from is not None or flt.date_to is not None
        _select(self.period, PERIOD_CUSTOM if custom else PERIOD_ALL)
        for edit, day in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        _select(self.category, flt.categories[0] if len(flt.categories) == 1 else None)
        _select(self.district, flt.districts[0] if len(flt.districts) == 1 else None)
        high = (int(Severity.HIGH), int(Severity.CRITICAL))
        severity: object = None
        if tuple(sorted(flt.severities)) == high:
            severity = SEVERITY_HIGH_AND_CRITICAL
        elif len(flt.severities) == 1:
            severity = flt.severities[0]
        _select(self.severity, severity)
        _select(self.status, flt.statuses[0] if len(flt.statuses) == 1 else None)
        self._show_custom_dates()
        self._save()
        self._restoring = False
        hidden = _hidden_parts(flt, self.current_filter(), self.category, self.district)
        self.narrowed.setToolTip(
            self.tr("Also: %1. Change a box or Clear to leave it.").replace("%1", "; ".join(hidden))
        )
        self.narrowed.setVisible(bool(hidden))

    def clear(self) -> None:
        """Back to all incidents (one filter_changed, not one per box)."""
        self._restoring = True
        self._timer.stop()
        self.search.clear()
        for box in (self.period, self.category, self.district, self.severity, self.status):
            box.setCurrentIndex(0)
        self._show_custom_dates()
        self._restoring = False
        self._changed()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def restore(self) -> None:
        """Take the filter remembered from last time (does not announce it)."""
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        self._restoring = True
        self.search.setText(str(settings.value("text", "")))
        for box, key in (
            (self.period, "period"),
            (self.category, "category"),
            (self.district, "district"),
            (self.severity, "severity"),
            (self.status, "status"),
        ):
            _select(box, settings.value(key))
        for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
            value = QDate.fromString(str(settings.value(key, "")), Qt.DateFormat.ISODate)
            if value.isValid():
                edit.setDate(value)
        settings.endGroup()
        self._show_custom_dates()
        self._restoring = False

    # -- inside ------------------------------------------------------------------

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())  # 2026-11-26 (sv), 26 Nov 2026 (en)
        edit.setAccessibleName(name)
        return edit

    def _search_edited(self) -> None:
        if not self._restoring:
            self._timer.start()  # restarts: the query runs once typing pauses

    def _period_changed(self) -> None:
        self._show_custom_dates()
        self._changed()

    def _show_custom_dates(self) -> None:
        custom = self.period.currentData() == PERIOD_CUSTOM
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)

    def _dates(self) -> tuple[date | None, date | None]:
        today = to_local(now()).date()
        period = self.period.currentData()
        if period == PERIOD_7:
            return today - timedelta(days=6), None
        if period == PERIOD_30:
            return today - timedelta(days=29), None
        if period == PERIOD_YEAR:
            return date(today.year, 1, 1), None
        if period == PERIOD_CUSTOM:
            return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]
        return None, None

    def _changed(self) -> None:
        if self._restoring:
            return
        self.narrowed.hide()  # the boxes say it all again
        self._timer.stop()
        self._save()
        self.filter_changed.emit(self.current_filter())

    def _save(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("text", self.search.text())
        for box, key in (
            (self.period, "period"),
            (self.category, "category"),
            (self.district, "district"),
            (self.severity, "severity"),
            (self.status, "status"),
        ):
            data = box.currentData()
            settings.setValue(key, "" if data is None else str(data))
        settings.setValue("from", self.date_from.date().toString(Qt.DateFormat.ISODate))
        settings.setValue("to", self.date_to.date().toString(Qt.DateFormat.ISODate))
        settings.endGroup()


def _today() -> QDate:
    today = to_local(now()).date()
    return QDate(today.year, today.month, today.day)


def _select(box: QComboBox, value: object) -> None:
    """Select the item whose data (compared as text) is value; else the first."""
    wanted = "" if value is None else str(value)
    for index in range(box.count()):
        data = box.itemData(index)
        if ("" if data is None else str(data)) == wanted:
            box.setCurrentIndex(index)
            return
    box.setCurrentIndex(0)


def _severities(choice: object) -> tuple[int, ...]:
    if choice == SEVERITY_HIGH_AND_CRITICAL:
        return (int(Severity.HIGH), int(Severity.CRITICAL))
    return (int(choice),) if isinstance(choice, int) else ()


def _statuses(choice: object) -> tuple[str, ...]:
    if choice == STATUS_OPEN:
        return tuple(s.value for s in Status if s != Status.CLOSED)
    return (str(choice),) if choice else ()


def _hidden_parts(
    wanted: IncidentFilter, shown: IncidentFilter, category: QComboBox, district: QComboBox
) -> list[str]:
    """What of `wanted` the boxes cannot show, in words (category and district titles
    as the boxes have them)."""
    parts: list[str] = []
    if wanted.categories != shown.categories:
        titles = [category.itemText(category.findData(code)) for code in wanted.categories]
        parts.append(
            QCoreApplication.translate("FilterBar", "categories %1").replace(
                "%1", ", ".join(titles)
            )
        )
    if wanted.districts != shown.districts:
        names = [district.itemText(district.findData(name)) for name in wanted.districts]
        parts.append(
            QCoreApplication.translate("FilterBar", "districts %1").replace("%1", ", ".join(names))
        )
    if wanted.areas:
        areas = ", ".join(texts.area_title(area) for area in wanted.areas)
        parts.append(QCoreApplication.translate("FilterBar", "area %1").replace("%1", areas))
    if tuple(sorted(wanted.severities)) != tuple(sorted(shown.severities)):
        levels = ", ".join(texts.severity_text(level) for level in wanted.severities)
        parts.append(QCoreApplication.translate("FilterBar", "severities %1").replace("%1", levels))
    if wanted.statuses != shown.statuses:
        statuses = ", ".join(texts.status_title(status) for status in wanted.statuses)
        parts.append(QCoreApplication.translate("FilterBar", "statuses %1").replace("%1", statuses))
    if wanted.agencies:
        parts.append(
            QCoreApplication.translate("FilterBar", "agencies %1").replace(
                "%1", ", ".join(wanted.agencies)
            )
        )
    if not wanted.include_secret:
        parts.append(QCoreApplication.translate("FilterBar", "incidents flagged secret left out"))
    return parts
