"""The incident editor's form: every field of IncidentDraft, grouped, and its values.

It knows widgets and values only; saving and showing the service's verdict is
the dialog's part (editor.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import now
from app.domain.vocabulary import Area, Reliability, Severity, Status
from app.services.incident_types import IncidentDraft
from app.services.reference import ReferenceData
from ui.incidents import texts
from ui.incidents.editor_fields import (
    Field,
    OptionalDateTime,
    datetime_edit,
    get_local,
    set_local,
)
from ui.widgets.conflict import FieldVersions, field_rows, shown
from ui.widgets.keyboard import tab_chain
from ui.widgets.language import language


class IncidentForm(QWidget):
    """The fields, in two columns; `fields` maps each IncidentDraft name to its Field."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self.fields: dict[str, Field] = {}
        self._order: list[QWidget] = []  # the fields as laid out, for Tab
        self._build_widgets()
        self._lay_out()
        # Tab goes down the left column, then down the right one, as the eye reads.
        tab_chain(self._order)
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()

    def _build_widgets(self) -> None:
        body = self
        self.occurred_at = datetime_edit(body)
        self.occurred_until = OptionalDateTime(self.tr("Until"), body)
        self.reported_at = OptionalDateTime(self.tr("Reported at"), body)
        # No category chosen in advance: a default would be saved unnoticed.
        categories = [(c.title(language()), c.code) for c in self._reference.categories]
        self.category = _combo(body, [(self.tr("Choose a category…"), None), *categories])
        self.area = _combo(body, [("", None)] + [(texts.area_title(a), a.value) for a in Area])
        self.severity = _combo(body, [(texts.severity_text(s), int(s)) for s in Severity])
        self.status = _combo(body, [(texts.status_title(s), s.value) for s in Status])
        self.summary = QLineEdit(body)
        self.summary.setMaxLength(200)
        self.description = _text_edit(body, lines=4)
        self.description.setPlaceholderText(self.tr("What happened. No names or personal data."))
        self.district = _combo(
            body, [(self.tr("(none)"), None)] + [(d, d) for d in self._reference.districts]
        )
        self.place = QLineEdit(body)
        self.place.setPlaceholderText(self.tr("Street, school, square"))
        self.latitude = QLineEdit(body)
        self.longitude = QLineEdit(body)
        for edit, hint in ((self.latitude, "59.2003"), (self.longitude, "17.8311")):
            edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", hint))
        agencies = [(self.tr("(none)"), None)] + [(a, a) for a in self._reference.agencies]
        self.source_agency = _combo(body, agencies)
        self.source_reliability = _combo(
            body, [(texts.reliability_title(r), r.value) for r in Reliability]
        )
        self.verified = QCheckBox(self.tr("Verified"), body)
        self.police_ref = QLineEdit(body)
        self.rescue_ref = QLineEdit(body)
        self.external_ref = QLineEdit(body)
        self.external_url = QLineEdit(body)
        self.external_url.setPlaceholderText("https://")
        self.agencies_involved = QListWidget(body)
        for name in self._reference.agencies:
            item = QListWidgetItem(name, self.agencies_involved)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        # Tall enough for a municipality's usual agencies without scrolling.
        rows = min(max(self.agencies_involved.count(), 3), 10)
        frame = self.agencies_involved.frameWidth() * 2
        self.agencies_involved.setFixedHeight(
            self.agencies_involved.sizeHintForRow(0) * rows + frame + 2
        )
        self.injured = QSpinBox(body)
        self.injured.setRange(0, 10_000)
        self.damage = _text_edit(body, lines=2)
        self.estimated_cost_sek = QLineEdit(body)
        self.estimated_cost_sek.setPlaceholderText(self.tr("SEK"))
        self.insurance_claim_ref = QLineEdit(body)
        self.action_taken = _text_edit(body, lines=3)
        self.related = QLineEdit(body)
        self.related.setPlaceholderText(self.tr("e.g. 2026-0141, 2026-0139"))
        self.duplicate_of = QLineEdit(body)
        self.secret = QCheckBox(self.tr("Secret: keep out of briefings and exports"), body)
        for name in IncidentDraft.__dataclass_fields__:
            self.fields[name] = Field(getattr(self, name), body)

    def _lay_out(self) -> None:
        # self.tr written out each time: lupdate finds only self.tr("…") calls.
        # Left: the event itself; right: where the knowledge came from and what followed.
        left = self._column(
            (self.tr("When"), [(self.tr("&Occurred"), "occurred_at"), ("", "occurred_until"),
                               ("", "reported_at")]),
            (self.tr("What"), [(self.tr("Ca&tegory"), "category"), (self.tr("Area"), "area"),
                               (self.tr("Se&verity"), "severity"),
                               (self.tr("Stat&us"), "status"),
                               (self.tr("Su&mmary"), "summary"),
                               (self.tr("&Description"), "description")]),
            (self.tr("Where"), [(self.tr("Dist&rict"), "district"), (self.tr("&Place"), "place"),
                                (self.tr("Latitude"), "latitude"),
                                (self.tr("Longitude"), "longitude")]),
            (self.tr("Consequences"), [(self.tr("Injured"), "injured"),
                                       (self.tr("Damage"), "damage"),
                                       (self.tr("Estimated cost"), "estimated_cost_sek"),
                                       (self.tr("Insurance claim"), "insurance_claim_ref")]),
        )  # fmt: skip
        right = self._column(
            (self.tr("Source"), [(self.tr("Source &agency"), "source_agency"),
                                 (self.tr("Reliability"), "source_reliability"),
                                 ("", "verified"),
                                 (self.tr("Police ref."), "police_ref"),
                                 (self.tr("Rescue service ref."), "rescue_ref"),
                                 (self.tr("Other reference"), "external_ref"),
                                 (self.tr("Link"), "external_url")]),
            (self.tr("Agencies involved"), [("", "agencies_involved")]),
            (self.tr("Follow-up"), [(self.tr("Action taken"), "action_taken"),
                                    (self.tr("Related incidents"), "related"),
                                    (self.tr("Duplicate of"), "duplicate_of"), ("", "secret")]),
        )  # fmt: skip
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 4, 0)
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _column(self, *groups: tuple[str, list[tuple[str, str]]]) -> QVBoxLayout:
        """Group boxes stacked; their labels share one width so the fields line up."""
        column = QVBoxLayout()
        column.setSpacing(10)
        labels: list[QLabel] = []
        for title, rows in groups:
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for text, name in rows:
                field = self.fields[name]
                widget = field.widget
                parts = [widget.check, widget.edit] if isinstance(widget, OptionalDateTime) else []
                self._order.extend(parts or [widget])
                field.setParent(box)  # also puts it in tab order: left column, then right
                if text:
                    label = QLabel(text, box)
                    # Alt+underlined letter jumps to the edit itself: a QLabel gives
                    # the focus only to a buddy that takes it, and the frame does not.
                    label.setBuddy(field.widget)
                    labels.append(label)
                    form.addRow(label, field)
                else:
                    form.addRow(field)
                # The label sits beside the field's frame, not beside the edit in it,
                # so Qt would not name the edit by it: named here (a row without a
                # label by its group's title; check boxes by their own text).
                if not isinstance(field.widget, QCheckBox | OptionalDateTime):
                    field.widget.setAccessibleName((text or title).replace("&", ""))
            column.addWidget(box)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        column.addStretch(1)
        return column

    # -- values -----------------------------------------------------------------

    def load(self, draft: IncidentDraft | None) -> None:
        moment = now()
        if draft is None:
            set_local(self.occurred_at, moment)
            self.occurred_until.set_value(None, moment)
            self.reported_at.set_value(None, moment)
            _select(self.severity, int(Severity.MODERATE))
            return
        set_local(self.occurred_at, draft.occurred_at)
        self.occurred_until.set_value(draft.occurred_until, draft.occurred_at)
        self.reported_at.set_value(draft.reported_at, moment)
        for name in (
            "category",
            "area",
            "status",
            "district",
            "source_agency",
            "source_reliability",
        ):
            value = getattr(draft, name)
            _select(getattr(self, name), str(value) if value is not None else None)
        _select(self.severity, draft.severity)
        for name in (
            "summary",
            "place",
            "police_ref",
            "rescue_ref",
            "external_ref",
            "external_url",
            "insurance_claim_ref",
        ):
            getattr(self, name).setText(getattr(draft, name))
        for name in ("description", "damage", "action_taken"):
            getattr(self, name).setPlainText(getattr(draft, name))
        for edit, number in ((self.latitude, draft.latitude), (self.longitude, draft.longitude)):
            edit.setText("" if number is None else f"{number:.6f}")
        cost = draft.estimated_cost_sek
        self.estimated_cost_sek.setText("" if cost is None else str(cost))
        self.injured.setValue(draft.injured)
        self.verified.setChecked(draft.verified)
        self.secret.setChecked(draft.secret)
        self.related.setText(", ".join(draft.related))
        self.duplicate_of.setText(draft.duplicate_of or "")
        for row in range(self.agencies_involved.count()):
            item = self.agencies_involved.item(row)
            checked = item.text() in draft.agencies_involved
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def draft(self, problems: dict[str, str]) -> IncidentDraft | None:
        """The draft from the widgets; fields the UI itself cannot read go to `problems`."""
        latitude = _number(self.latitude.text(), "latitude", problems, self.tr("must be a number"))
        longitude = _number(
            self.longitude.text(), "longitude", problems, self.tr("must be a number")
        )
        cost_text = re.sub(r"[\s\u00a0]", "", self.estimated_cost_sek.text())
        cost = None
        if cost_text:
            if cost_text.isdigit():
                cost = int(cost_text)
            else:
                problems["estimated_cost_sek"] = self.tr("must be a whole number of kronor")
        if problems:
            return None
        checked = [
            self.agencies_involved.item(row).text()
            for row in range(self.agencies_involved.count())
            if self.agencies_involved.item(row).checkState() == Qt.CheckState.Checked
        ]
        return IncidentDraft(
            occurred_at=get_local(self.occurred_at),
            occurred_until=self.occurred_until.value(),
            reported_at=self.reported_at.value(),
            category=str(self.category.currentData() or ""),
            area=self.area.currentData(),
            severity=int(self.severity.currentData()),
            status=str(self.status.currentData()),
            summary=self.summary.text().strip(),
            description=self.description.toPlainText().strip(),
            district=self.district.currentData(),
            place=self.place.text().strip(),
            latitude=latitude,
            longitude=longitude,
            source_agency=self.source_agency.currentData(),
            source_reliability=str(self.source_reliability.currentData()),
            verified=self.verified.isChecked(),
            agencies_involved=tuple(checked),
            police_ref=self.police_ref.text().strip(),
            rescue_ref=self.rescue_ref.text().strip(),
            external_ref=self.external_ref.text().strip(),
            external_url=self.external_url.text().strip(),
            injured=self.injured.value(),
            damage=self.damage.toPlainText().strip(),
            estimated_cost_sek=cost,
            insurance_claim_ref=self.insurance_claim_ref.text().strip(),
            action_taken=self.action_taken.toPlainText().strip(),
            secret=self.secret.isChecked(),
            related=tuple(r for r in re.split(r"[\s,;]+", self.related.text()) if r),
            duplicate_of=self.duplicate_of.text().strip() or None,
        )

    def field_labels(self) -> list[tuple[str, str]]:
        """(field, label) of every draft field in the draft's order, for the conflict dialog."""
        labels = {
            "occurred_at": self.tr("Occurred"),
            "category": self.tr("Category"),
            "summary": self.tr("Summary"),
            "severity": self.tr("Severity"),
            "area": self.tr("Area"),
            "status": self.tr("Status"),
            "occurred_until": self.tr("Until"),
            "reported_at": self.tr("Reported at"),
            "district": self.tr("District"),
            "place": self.tr("Place"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "description": self.tr("Description"),
            "source_agency": self.tr("Source agency"),
            "source_reliability": self.tr("Reliability"),
            "verified": self.tr("Verified"),
            "agencies_involved": self.tr("Agencies involved"),
            "police_ref": self.tr("Police ref."),
            "rescue_ref": self.tr("Rescue service ref."),
            "external_ref": self.tr("Other reference"),
            "external_url": self.tr("Link"),
            "injured": self.tr("Injured"),
            "damage": self.tr("Damage"),
            "estimated_cost_sek": self.tr("Estimated cost"),
            "insurance_claim_ref": self.tr("Insurance claim"),
            "action_taken": self.tr("Action taken"),
            "secret": self.tr("Secret"),
            "related": self.tr("Related incidents"),
            "duplicate_of": self.tr("Duplicate of"),
        }
        return [(name, labels.get(name, name)) for name in IncidentDraft.__dataclass_fields__]

    def value_texts(self) -> dict[str, Callable[[Any], str]]:
        """How the conflict dialog shows the fields whose values are codes."""

        def titled(title: Callable[[str], str]) -> Callable[[Any], str]:
            return lambda value: shown(None) if value is None else title(str(value))

        return {
            "category": titled(lambda code: texts.category_title(self._reference, code)),
            "area": titled(texts.area_title),
            "status": titled(texts.status_title),
            "source_reliability": titled(texts.reliability_title),
            "severity": lambda value: texts.severity_text(int(value)),
        }

    def _category_changed(self) -> None:
        # The area may follow the category: say which area that would be.
        info = self._reference.category(str(self.category.currentData()))
        if info is None:
            self.area.setItemText(0, self.tr("As the category"))
            return
        default = texts.area_title(info.default_area)
        self.area.setItemText(0, self.tr("As the category (%1)").replace("%1", default))


def incident_rows(
    mine: IncidentDraft, theirs: IncidentDraft, form: IncidentForm
) -> list[FieldVersions]:
    """The officer's draft beside the stored one, a row per field, for the conflict dialog."""
    return field_rows(mine, theirs, form.field_labels(), form.value_texts())


def _combo(parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
    box = QComboBox(parent)
    for title, data in items:
        box.addItem(title, data)
    return box


def _text_edit(parent: QWidget, *, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def _number(text: str, name: str, problems: dict[str, str], message: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        problems[name] = message
        return None
