"""The meetings in one list: the upcoming ones (soonest first), then the past ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.services.meeting_types import MeetingList, MeetingRow
from ui.meetings import texts


class MeetingListView(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpacing(1)
        # Long titles end in "…" rather than scrolling sideways; the tooltip has them whole.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)

    def show_meetings(self, listed: MeetingList) -> None:
        selected = self.current_id()
        self.clear()
        self._heading(self.tr("Upcoming"))
        for row in listed.upcoming:
            self._row(row)
        if not listed.upcoming:
            self._heading(self.tr("No meeting planned"), muted=True)
        self._heading(self.tr("Past"))
        for row in listed.past:
            self._row(row)
        if selected is not None:
            self.select(selected)

    def current_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def select(self, meeting_id: int) -> bool:
        for index in range(self.count()):
            item = self.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.setCurrentItem(item)
                return True
        return False

    def first_id(self) -> int | None:
        for index in range(self.count()):
            value = self.item(index).data(Qt.ItemDataRole.UserRole)
            if value is not None:
                return int(value)
        return None

    def _heading(self, text: str, *, muted: bool = False) -> None:
        item = QListWidgetItem(text, self)
        # Enabled (readable, not greyed) but not selectable: a heading is not a meeting.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(not muted)
        font.setItalic(muted)
        if not muted:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        item.setFont(font)

    def _row(self, row: MeetingRow) -> None:
        lines = [texts.span(row.starts_at, row.ends_at), row.title]
        if row.place:
            lines.append(row.place)
        item = QListWidgetItem("\n".join(lines), self)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(f"{row.title}\n{row.place}")
