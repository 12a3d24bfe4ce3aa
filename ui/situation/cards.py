"""The page's building blocks: a titled card, and a clickable count with its changes.

Looks are greys and one dark blue for what can be clicked; a change is told by
its sign and words, never by colour alone (greyscale screenshots, colour-blind
colleagues).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.briefing import numbers
from app.services.incident_types import IncidentFilter
from app.services.situation_types import Change
from ui.widgets import palette

# Enter, Return and Space open what a click opens, as on a button.
ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)


def card_style() -> str:
    return (
        "QFrame#card { background: palette(base); "
        f"border: 1px solid {palette.BORDER.name()}; border-radius: 6px; }}"
    )


def tile_style() -> str:
    # The keyboard's focus shows as the palette's highlight in a thicker frame.
    return (
        "QFrame#tile { background: palette(base); "
        f"border: 1px solid {palette.BORDER.name()}; border-radius: 6px; }}"
        f'QFrame#tile[hover="true"] {{ border: 1px solid {palette.HOVER_BORDER.name()}; '
        f"background: {palette.HOVER_TINT.name()}; }}"
        "QFrame#tile:focus { border: 2px solid palette(highlight); }"
    )


def muted_colour() -> str:
    return palette.MUTED.name()


def link_colour() -> str:
    return palette.LINK.name()


def heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    return label


def muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {muted_colour()};")
    label.setWordWrap(True)
    return label


class Card(QFrame):
    """A section of the page: a bold title, an optional note, then its body."""

    def __init__(self, title: str, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(card_style())
        self.title = heading_label(title, self)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(6)
        self.body.addWidget(self.title)
        self.note = muted_label(note, self)
        self.note.setVisible(bool(note))
        self.body.addWidget(self.note)

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))


class CountTile(QFrame):
    """A number of incidents, large, with its title and its changes; a click (or Enter
    or Space while it has the keyboard's focus) asks for exactly those incidents.

    Signals:
        clicked(IncidentFilter): the officer clicked the tile or pressed Enter on it.
    """

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(tile_style())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.filter: IncidentFilter | None = None
        self.caption = QLabel(self)
        self.caption.setStyleSheet(f"color: {muted_colour()};")
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * (2.5 if large else 1.9))
        font.setBold(True)
        self.value.setFont(font)
        self.against_previous = QLabel(self)
        self.against_year = QLabel(self)
        for label in (self.against_previous, self.against_year):
            label.setStyleSheet(f"color: {muted_colour()};")
        # Five tiles share a row: their words wrap rather than widen the page past a
        # laptop's screen at 150 % scaling.
        for label in (self.caption, self.against_previous, self.against_year):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        for widget in (self.caption, self.value, self.against_previous, self.against_year):
            layout.addWidget(widget)

    def show_change(self, title: str, change: Change, language: str) -> None:
        self.caption.setText(title)
        self.value.setText(numbers.integer(change.current.value, language))
        self.against_previous.setText(
            self.tr("%1 against the previous period").replace(
                "%1", numbers.change_previous(change, language)
            )
        )
        self.against_year.setText(
            self.tr("%1 against a year ago").replace("%1", numbers.change_year(change, language))
        )
        self.filter = change.current.filter
        self.setToolTip(
            self.tr("Show these %Ln incident(s) in the incident log", "", change.current.value)
        )
        # What a screen reader says on reaching the tile: its title and number,
        # then the changes and what Enter does.
        self.setAccessibleName(f"{title}: {self.value.text()}")
        self.setAccessibleDescription(
            f"{self.against_previous.text()}. {self.against_year.text()}. {self.toolTip()}"
        )

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover(True)
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover(False)
        super().leaveEvent(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.filter is not None:
            self.clicked.emit(self.filter)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ACTIVATE_KEYS and self.filter is not None:
            self.clicked.emit(self.filter)
            return
        super().keyPressEvent(event)

    def _hover(self, on: bool) -> None:
        self.setProperty("hover", on)
        self.style().unpolish(self)
        self.style().polish(self)
