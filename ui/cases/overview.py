"""The first tab of a case: its particulars beside its timeline, and the factor checklists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import FactorKind
from app.services.case_types import CaseDetail, FactorInfo, TimelineEntry
from ui.cases import texts
from ui.widgets.language import language

ID_ROLE = Qt.ItemDataRole.UserRole


class Overview(QWidget):
    """The particulars as a form of labels, and the timeline (oldest first, like the
    service gives it, so it reads as a story; the newest line is scrolled into view)."""

    FIELDS = (
        "subject_code",
        "birth_year",
        "district",
        "school",
        "referred_by",
        "referral_reason",
        "opened_on",
        "closed_on",
        "shared_with",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        titles = {
            "subject_code": self.tr("Subject code"),
            "birth_year": self.tr("Birth year"),
            "district": self.tr("District"),
            "school": self.tr("School"),
            "referred_by": self.tr("Referred by"),
            "referral_reason": self.tr("Why"),
            "opened_on": self.tr("Opened"),
            "closed_on": self.tr("Closed"),
            "shared_with": self.tr("Shared with"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in self.FIELDS:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = label
            form.addRow(titles[name] + ":", label)
        particulars = QGroupBox(self.tr("Particulars"), self)
        particulars.setLayout(form)
        self.timeline = QTreeWidget(self)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Detail")])
        self.timeline.setColumnWidth(0, 96)
        self.timeline.setColumnWidth(1, 110)
        history = QGroupBox(self.tr("Timeline (oldest first)"), self)
        box = QVBoxLayout(history)
        box.addWidget(self.timeline)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(particulars, 2)
        layout.addWidget(history, 3)

    def show_case(self, detail: CaseDetail) -> None:
        values = {
            "subject_code": detail.subject_code,
            "birth_year": str(detail.birth_year),
            "district": detail.district or self.tr("(none)"),
            "school": detail.school,
            "referred_by": detail.referred_by,
            "referral_reason": detail.referral_reason,
            "opened_on": texts.day(detail.opened_on),
            "closed_on": (
                f"{texts.day(detail.closed_on)} — {detail.close_reason}".rstrip(" —")
                if detail.closed_on
                else self.tr("(open)")
            ),
            "shared_with": ", ".join(detail.shared_with) or self.tr("nobody: no valid consent"),
        }
        for name, label in self.values.items():
            label.setText(values[name])
        self.show_timeline(detail.timeline)

    def show_timeline(self, entries: Sequence[TimelineEntry]) -> None:
        self.timeline.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [texts.day(entry.on), texts.timeline_kind(entry.kind), entry.text]
            )
            item.setToolTip(2, entry.text)
            self.timeline.addTopLevelItem(item)
        last = self.timeline.topLevelItem(self.timeline.topLevelItemCount() - 1)
        if last is not None:
            self.timeline.scrollToItem(last)

    def timeline_texts(self) -> list[str]:
        items = (self.timeline.topLevelItem(r) for r in range(self.timeline.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]


class FactorLists(QWidget):
    """Risk factors beside protective factors, ticked for the case; Save factors stores
    the ticks. A factor taken out of the vocabulary still shows where it is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary: list[FactorInfo] = []
        self._editable = False
        self.lists = {kind: QListWidget(self) for kind in FactorKind}
        self.save_button = QPushButton(self.tr("Save factors"), self)
        self.changed_note = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.changed_note, 1)
        top.addWidget(self.save_button)
        columns = QHBoxLayout()
        for kind, title in (
            (FactorKind.RISK, self.tr("Risk factors")),
            (FactorKind.PROTECTIVE, self.tr("Protective factors")),
        ):
            group = QGroupBox(title, self)
            QVBoxLayout(group).addWidget(self.lists[kind])
            columns.addWidget(group)
            self.lists[kind].itemChanged.connect(lambda _item: self._mark_changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def set_vocabulary(self, factors: Sequence[FactorInfo]) -> None:
        self._vocabulary = list(factors)

    def set_editable(self, editable: bool) -> None:
        """Ticks can be changed only where the case may be changed."""
        self._editable = editable
        flags = Qt.ItemFlag.ItemIsEnabled
        if editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for box in self.lists.values():
            box.blockSignals(True)
            for row in range(box.count()):
                box.item(row).setFlags(flags)
            box.blockSignals(False)
        if not editable:
            self.save_button.setEnabled(False)

    def show_factors(self, ticked: Sequence[int]) -> None:
        chosen = set(ticked)
        lang = language()
        for kind, box in self.lists.items():
            box.blockSignals(True)
            box.clear()
            for factor in self._vocabulary:
                if factor.kind != kind or (not factor.active and factor.id not in chosen):
                    continue
                item = QListWidgetItem(factor.title(lang), box)
                item.setData(ID_ROLE, factor.id)
                flags = Qt.ItemFlag.ItemIsEnabled
                if self._editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                checked = factor.id in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            box.blockSignals(False)
        self.save_button.setEnabled(False)
        self.changed_note.clear()

    def checked_ids(self) -> list[int]:
        ids = []
        for box in self.lists.values():
            for row in range(box.count()):
                item = box.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    ids.append(int(item.data(ID_ROLE)))
        return ids

    def set_checked(self, factor_id: int, checked: bool) -> None:
        for box in self.lists.values():
            for row in range(box.count()):
                item = box.item(row)
                if item.data(ID_ROLE) == factor_id:
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )

    def _mark_changed(self) -> None:
        self.save_button.setEnabled(True)
        self.changed_note.setText(self.tr("Changed — not saved yet."))
