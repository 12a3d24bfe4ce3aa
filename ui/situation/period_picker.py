"""Which period the situation page shows: this week, since the last joint meeting,
the last 30 days, or a range the officer picks.

The choice is remembered as a choice (not as dates), so "this week" stays this
week after a restart. "Since the last joint meeting" needs a query; it is
resolved by `resolve` on the gathering thread, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.clock import now, to_local
from app.services import meetings
from app.services.situation_types import Period
from app.storage.database import Database
from ui.widgets.dates import date_format

THIS_WEEK = "week"
SINCE_MEETING = "meeting"
LAST_30 = "30d"
CUSTOM = "custom"
DATE_TYPING_MS = 500
SETTINGS_KEY = "situation/period"
FALLBACK_DAYS = 30  # since the last meeting, when there has been none


@dataclass(frozen=True)
class PeriodChoice:
    kind: str
    start: date | None = None  # CUSTOM only
    end: date | None = None


def today() -> date:
    return to_local(now()).date()


def resolve(db: Database, choice: PeriodChoice) -> Period:
    """The dates of a choice, as of the clock now (reads the meetings for SINCE_MEETING)."""
    day = today()
    if choice.kind == THIS_WEEK:
        return Period(day - timedelta(days=day.weekday()), day)
    if choice.kind == SINCE_MEETING:
        past = meetings.list_meetings(db).past
        if past:
            start = to_local(past[0].starts_at).date()
            return Period(min(start, day), day)
        return Period(day - timedelta(days=FALLBACK_DAYS - 1), day)
    if choice.kind == CUSTOM and choice.start is not None and choice.end is not None:
        return Period(min(choice.start, choice.end), max(choice.start, choice.end))
    return Period(day - timedelta(days=29), day)


class PeriodPicker(QWidget):
    """A box of the four choices; the two dates show for the custom range.

    Signals:
        choice_changed(PeriodChoice): the officer picked another period.
    """

    choice_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox(self)
        self.box.setAccessibleName(self.tr("Period"))
        for title, kind in (
            (self.tr("This week"), THIS_WEEK),
            (self.tr("Since the last joint meeting"), SINCE_MEETING),
            (self.tr("Last 30 days"), LAST_30),
            (self.tr("Custom range"), CUSTOM),
        ):
            self.box.addItem(title, kind)
        day = today()
        self.date_from = self._date_edit(day - timedelta(days=29), self.tr("From date"))
        self.date_to = self._date_edit(day, self.tr("To date"))
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        caption = QLabel(self.tr("&Period:"), self)
        caption.setBuddy(self.box)
        layout.addWidget(caption)
        for widget in (self.box, self.date_from, self.dash, self.date_to):
            layout.addWidget(widget)
        remembered = str(QSettings().value(SETTINGS_KEY, SINCE_MEETING))
        index = self.box.findData(remembered if remembered != CUSTOM else SINCE_MEETING)
        self.box.setCurrentIndex(max(index, 0))
        self._show_dates()
        self.box.currentIndexChanged.connect(self._box_changed)
        # Typing a date passes through invalid and partial dates: gather once the
        # officer pauses, not on every keystroke.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(DATE_TYPING_MS)
        self._typing.timeout.connect(self._announce)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._typing.start)

    def choice(self) -> PeriodChoice:
        kind = str(self.box.currentData())
        if kind == CUSTOM:
            return PeriodChoice(kind, _day(self.date_from), _day(self.date_to))
        return PeriodChoice(kind)

    def choose(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        """Pick a choice (and the custom dates) as the officer would; announces it once."""
        self.blockSignals(True)
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.box.setCurrentIndex(max(self.box.findData(kind), 0))
        self._typing.stop()  # announced below, once
        self.blockSignals(False)
        self._box_changed()

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(name)
        return edit

    def _box_changed(self) -> None:
        self._show_dates()
        QSettings().setValue(SETTINGS_KEY, str(self.box.currentData()))
        self._announce()

    def _show_dates(self) -> None:
        custom = self.box.currentData() == CUSTOM
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)

    def _announce(self) -> None:
        self.choice_changed.emit(self.choice())


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
