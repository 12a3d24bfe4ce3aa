"""What every case dialog shares: a form with messages under the fields, Save and
Cancel, one service call on Save, and the service's errors shown where they belong.

A dialog stays open on any problem. A ValidationError's messages go under
their fields (a field the form does not show goes to the line above the
buttons); when a refused text holds an identity number, one button masks
them all. The dialog never executes modally: the page opens it with open(),
and tests fill the fields and call save().
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.clock import now, to_local
from app.errors import AccessDenied, Conflict, SamverkanError, ValidationError
from app.services import identity_numbers
from app.services.case_types import CaseDetail
from app.storage.database import Database
from ui.widgets.dates import date_format
from ui.widgets.forms import add_rows_with_messages, error_label, lay_out_form_dialog


class CaseFormDialog(QDialog):
    """Subclasses build their rows with `add_rows`, then call `finish`, and implement
    `submit` (the one service call).

    Signals:
        case_saved(CaseDetail): the service stored the change; the dialog then closes.
    """

    case_saved = Signal(object)

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.messages: dict[str, QLabel] = {}
        self.general = error_label(self)
        self._text_fields: list[QLineEdit | QPlainTextEdit] = []
        self.buttons: QDialogButtonBox | None = None
        self.mask_button: QPushButton | None = None

    # -- building ------------------------------------------------------------------

    def add_rows(self, rows: Iterable[tuple[str, str, QWidget]]) -> None:
        rows = list(rows)
        self.messages.update(add_rows_with_messages(self.form, rows, self))
        for _field, _label, widget in rows:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                self._text_fields.append(widget)

    def finish(self) -> None:
        self.buttons = lay_out_form_dialog(self, self.form, self.general)
        # Offered when the service refuses an identity number: one action masks them all.
        self.mask_button = self.buttons.addButton(
            self.tr("&Mask identity numbers"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mask_button.hide()
        self.mask_button.clicked.connect(self.mask_identity_numbers)
        self.setMinimumWidth(460)

    # -- saving ----------------------------------------------------------------------

    def submit(self) -> CaseDetail:
        raise NotImplementedError

    def save(self) -> CaseDetail | None:
        """Call the service; on success announce the case and close, else show why not."""
        self.clear_messages()
        try:
            detail = self.submit()
        except ValidationError as error:
            self.show_errors(error.errors)
            return None
        except Conflict as error:
            self.conflict(error)
            return None
        except AccessDenied as error:
            self.show_general(self.tr("Not allowed: %1").replace("%1", str(error)))
            return None
        except SamverkanError as error:
            self.show_general(self.tr("Not saved: %1").replace("%1", str(error)))
            return None
        self.case_saved.emit(detail)
        self.accept()
        return detail

    def conflict(self, error: Conflict) -> None:
        """Someone else changed the case meanwhile; subclasses that save with a version
        reload it. The plain answer is to say so."""
        self.show_general(
            self.tr("Not saved: the case was changed by someone else meanwhile (%1).").replace(
                "%1", str(error)
            )
        )

    # -- messages --------------------------------------------------------------------

    def clear_messages(self) -> None:
        for label in (*self.messages.values(), self.general):
            label.clear()
            label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        loose = []
        for field, message in errors.items():
            text = message[:1].upper() + message[1:]
            label = self.messages.get(field)
            if label is None:  # a field the form does not show: its message above the buttons
                loose.append(text)
                continue
            label.setText(text)
            label.show()
        if loose:
            self.show_general("\n".join(loose))
        if self.mask_button is not None:
            self.mask_button.setVisible(
                any(identity_numbers.find(_text(w)) for w in self._text_fields)
            )

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def message(self, field: str) -> str:
        """The message shown under `field` ("" when none): for tests and screen readers."""
        label = self.messages.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def mask_identity_numbers(self) -> int:
        """Replace the digits of every identity number in the text fields by X; returns
        how many fields changed. The officer then saves again."""
        changed = 0
        for widget in self._text_fields:
            before = _text(widget)
            after = identity_numbers.mask(before)
            if after != before:
                if isinstance(widget, QLineEdit):
                    widget.setText(after)
                else:
                    widget.setPlainText(after)
                changed += 1
        if self.mask_button is not None:
            self.mask_button.hide()
        return changed


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    """A date field in the language's form with a calendar, set to `value`."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    set_date(edit, value)
    return edit


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def today() -> date:
    """Today in Stockholm, from the application's clock (tests freeze it)."""
    return to_local(now()).date()
