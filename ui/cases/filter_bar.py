"""The filter bar above the case table: task force, status, district, overdue review only.

It turns the officer's choice into a CaseFilter and announces it; the
filtering itself runs in the service.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

from app.domain.vocabulary import CaseStatus
from app.services.case_types import CaseFilter, TaskForceInfo
from ui.cases import texts


class CaseFilterBar(QWidget):
    """Signals:
    filter_changed(CaseFilter): the officer changed the selection.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.task_force = QComboBox(self)
        self.status = QComboBox(self)
        self.district = QComboBox(self)
        self.overdue = QCheckBox(self.tr("Overdue review only"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Show all cases again"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status.addItem(texts.status_title(status), status.value)
        self.set_choices([], [])
        for box, name in (
            (self.task_force, self.tr("Task force")),
            (self.status, self.tr("Status")),
            (self.district, self.tr("District")),
        ):
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._changed)
        self.overdue.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in (
            self.task_force,
            self.status,
            self.district,
            self.overdue,
            self.clear_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_choices(self, task_forces: Sequence[TaskForceInfo], districts: Sequence[str]) -> None:
        """Fill the task force and district boxes (again), keeping the current choice."""
        chosen = (self.task_force.currentData(), self.district.currentData())
        self._filling = True
        try:
            self.task_force.clear()
            self.task_force.addItem(self.tr("All task forces"), None)
            for info in task_forces:
                self.task_force.addItem(info.name, info.id)
            self.district.clear()
            self.district.addItem(self.tr("All districts"), None)
            for name in districts:
                self.district.addItem(name, name)
            self.task_force.setCurrentIndex(max(self.task_force.findData(chosen[0]), 0))
            self.district.setCurrentIndex(max(self.district.findData(chosen[1]), 0))
        finally:
            self._filling = False

    def filters(self) -> CaseFilter:
        status = self.status.currentData()
        return CaseFilter(
            task_force_id=self.task_force.currentData(),
            status=CaseStatus(status) if status else None,
            district=self.district.currentData(),
            overdue_review=self.overdue.isChecked(),
        )

    def select_task_force(self, task_force_id: int | None) -> None:
        self.task_force.setCurrentIndex(max(self.task_force.findData(task_force_id), 0))

    def select_status(self, status: CaseStatus | None) -> None:
        value = status.value if status is not None else None
        self.status.setCurrentIndex(max(self.status.findData(value), 0))

    def select_district(self, district: str | None) -> None:
        self.district.setCurrentIndex(max(self.district.findData(district), 0))

    def clear(self) -> None:
        self._filling = True
        try:
            for box in (self.task_force, self.status, self.district):
                box.setCurrentIndex(0)
            self.overdue.setChecked(False)
        finally:
            self._filling = False
        self._changed()

    def _changed(self) -> None:
        if not self._filling:
            self.filter_changed.emit(self.filters())
