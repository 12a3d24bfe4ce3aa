"""The dialog that creates and edits an incident.

Saving calls the incident service directly: one small write takes a few
milliseconds, well within the UI thread's budget. A ValidationError puts
each message under its field and the dialog stays open; a conflict (someone
else saved meanwhile) shows both versions side by side to merge (ui/widgets/conflict.py);
another known problem shows in the banner on top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, SamverkanError, ValidationError
from app.services import identity_numbers, incidents
from app.services.incident_types import Incident, IncidentDraft
from app.services.reference import ReferenceData
from app.storage.database import Database
from ui.incidents import texts
from ui.incidents.editor_fields import Field
from ui.incidents.editor_form import IncidentForm, incident_rows
from ui.widgets import palette
from ui.widgets.conflict import ConflictDialog, Resolution, offer_merge
from ui.widgets.texts import fill


class IncidentEditor(QDialog):
    """Create (incident=None) or edit an incident.

    Signals:
        incident_saved(Incident): the service stored it; the dialog then closes.
    """

    incident_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: ReferenceData,
        incident: Incident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._incident = incident
        self.conflict_dialog: ConflictDialog | None = None  # the last one offered
        self.setWindowTitle(
            self.tr("New incident")
            if incident is None
            else self.tr("Incident %1").replace("%1", incident.reference)
        )
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            f"background: {palette.ERROR_TINT.name()}; "
            f"color: {palette.ERROR_TEXT_ON_TINT.name()}; padding: 8px; border-radius: 4px;"
        )
        # A child from the start: a form made as a window of its own keeps its own
        # ring of Tab stops, and Tab would never reach Save and Cancel.
        self.form = IncidentForm(reference, self)
        self.form.load(incident.draft() if incident else None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Offered when the service refuses an identity number: one action masks them all.
        self.mask_button = self.buttons.addButton(
            self.tr("&Mask identity numbers"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mask_button.setVisible(False)
        self.mask_button.clicked.connect(self.mask_identity_numbers)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.form.summary.setFocus()

    # -- public ----------------------------------------------------------------

    def save(self) -> None:
        """Store the incident through the service; stay open on any problem."""
        self._clear_errors()
        problems: dict[str, str] = {}
        draft = self.form.draft(problems)
        if problems or draft is None:
            self.show_errors(problems)
            return
        try:
            if self._incident is None:
                saved = incidents.create(self._db, draft)
            else:
                saved = incidents.update(
                    self._db, self._incident.id, draft, expected_version=self._incident.version
                )
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except Conflict as error:
            self._offer_merge(draft, error)
            return
        except SamverkanError as error:
            self._show_banner(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.incident_saved.emit(saved)
        self.accept()

    def _offer_merge(self, mine: IncidentDraft, error: Conflict) -> None:
        """Both versions side by side; the merge is saved against the current version."""
        self._show_banner(
            self.tr("Not saved: %1. Compare the two versions and choose what to keep.").replace(
                "%1", str(error)
            )
        )
        current = error.current
        if not isinstance(current, Incident):
            return
        rows = incident_rows(mine, current.draft(), self.form)
        self.conflict_dialog = offer_merge(
            self,
            rows,
            subject=current.reference,
            on_resolved=lambda chosen: self._save_merged(current, mine, chosen),
        )

    def _save_merged(self, current: Incident, mine: IncidentDraft, chosen: Resolution) -> None:
        self._incident = current  # the version the merge is saved against
        if chosen.nothing_of_mine:  # theirs as stored: nothing to write
            self.incident_saved.emit(current)
            self.accept()
            return
        self.form.load(chosen.merged(mine))
        self.save()

    def mask_identity_numbers(self) -> int:
        """Replace the digits of every identity number in the text fields by X.

        Returns how many fields changed; the officer then saves again.
        """
        changed = 0
        for field in self.form.fields.values():
            widget = field.widget
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                before = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
                after = identity_numbers.mask(before)
                if after != before:
                    if isinstance(widget, QLineEdit):
                        widget.setText(after)
                    else:
                        widget.setPlainText(after)
                    field.set_error("")
                    changed += 1
        self.mask_button.setVisible(False)
        return changed

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; messages for fields not shown go to the banner."""
        loose = [
            f"{name.replace('_', ' ')}: {message}"  # a field the form has not (none so far)
            for name, message in errors.items()
            if name not in self.form.fields
        ]
        first: Field | None = None
        for name, field in self.form.fields.items():  # in the form's order
            if name in errors:
                message = errors[name]
                field.set_error(message[:1].upper() + message[1:])
                first = first or field
        if loose:
            self._show_banner("\n".join(loose))
        self.mask_button.setVisible(
            any(identity_numbers.find(self._text_of(name)) for name in errors)
        )
        if first is not None:
            self._scroll.ensureWidgetVisible(first)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_of(self, name: str) -> str:
        field = self.form.fields.get(name)
        widget = field.widget if field else None
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def field_error(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        return self.form.fields[name].error

    # -- building ---------------------------------------------------------------

    def _lay_out(self) -> None:
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self.form)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The fields take the focus (and it scrolls to each); the frame is no stop.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        if self._incident is not None:
            outer.addWidget(self._history_label(self._incident))
        outer.addWidget(self._scroll, 1)
        outer.addWidget(self.buttons)
        # As large as the form wants, within the screen; the scroll area takes the rest.
        wanted = self.form.sizeHint()
        screen = self.screen().availableGeometry()
        width = max(wanted.width() + 60, self.fontMetrics().averageCharWidth() * 140)
        self.resize(
            min(width, int(screen.width() * 0.95)),
            min(wanted.height() + 110, int(screen.height() * 0.95)),
        )

    def _history_label(self, incident: Incident) -> QLabel:
        entered = texts.local_time(incident.entered_at)
        if incident.updated_at is None:
            text = fill(self.tr("Entered %1 by %2"), entered, incident.entered_by or "?")
        else:
            text = fill(
                self.tr("Entered %1 by %2 · last changed %3 by %4"),
                entered,
                incident.entered_by or "?",
                texts.local_time(incident.updated_at),
                incident.updated_by or "?",
            )
        label = QLabel(text, self)
        label.setStyleSheet(f"color: {palette.MUTED.name()};")  # secondary information
        return label

    def _clear_errors(self) -> None:
        self.banner.setVisible(False)
        for field in self.form.fields.values():
            field.set_error("")

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)
