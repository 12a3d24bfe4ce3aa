"""Field widgets of the incident editor: date-time edits in Swedish wall-clock time,
an optional date-time, and a field frame that shows its own error message.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_local
from ui.widgets import palette
from ui.widgets.dates import date_time_format

ERROR_COLOUR = palette.ERROR
ERROR_TINT = palette.ERROR_TINT


def datetime_edit(parent: QWidget) -> QDateTimeEdit:
    """A date-time edit whose fields are Swedish wall-clock time, whatever the PC's zone.

    The edit works in UTC so that Qt never shifts or refuses a time because of
    the machine's own daylight-saving rules; the numbers shown are taken as
    Europe/Stockholm local time (what IncidentDraft accepts as naive). They
    read as the language writes them: 2026-11-26 14:05 (sv), 26 Nov 2026 14:05 (en).
    """
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat(date_time_format())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


def set_local(edit: QDateTimeEdit, value: datetime) -> None:
    """Show an aware (or naive local) datetime as Swedish local time."""
    local = to_local(value) if value.tzinfo is not None else value
    edit.setDateTime(
        QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            QTimeZone.utc(),
        )
    )


def get_local(edit: QDateTimeEdit) -> datetime:
    """The naive Swedish local time shown in the edit."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class OptionalDateTime(QWidget):
    """A date-time that may be left out: a check box switches the edit on."""

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = datetime_edit(self)
        self.edit.setAccessibleName(check_text.replace("&", ""))  # the box names the time
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.setFocusProxy(self.check)

    def value(self) -> datetime | None:
        return get_local(self.edit) if self.check.isChecked() else None

    def set_value(self, value: datetime | None, default: datetime) -> None:
        self.check.setChecked(value is not None)
        set_local(self.edit, value if value is not None else default)


class Field(QWidget):
    """A form field with room for an error message right under it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error_label)
        # No focus proxy: the frame is made after its edit, and Qt's Tab would then
        # visit every frame once more, after the last field, instead of Save.
        self.setSizePolicy(widget.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)

    @property
    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def set_error(self, message: str) -> None:
        """Show a message under the field and tint it; '' clears both."""
        shown = bool(message)
        self.error_label.setText(message)
        self.error_label.setVisible(shown)
        # A palette tint rather than a style sheet: a sheet on a combo box or
        # date edit switches its whole drawing away from the platform style.
        tinted = QPalette()
        if shown:
            tinted = self.widget.palette()
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
                tinted.setColor(role, ERROR_TINT.color())
        self.widget.setPalette(tinted)
        self.widget.setAccessibleDescription(message)
