"""Pieces every page and dialog builds the same way: headings, fields with their messages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import palette
from ui.widgets.keyboard import label_fields

ERROR_COLOUR = palette.ERROR


def page_heading(text: str, parent: QWidget) -> QLabel:
    """The large bold title at the top of a page."""
    heading = QLabel(text, parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    heading.setFont(font)
    return heading


def error_label(parent: QWidget) -> QLabel:
    """A hidden red label for a validation message."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def field_with_button(field: QWidget, button: QWidget, parent: QWidget) -> QWidget:
    """A field that takes the row's width, with its button (Browse…, Choose…) after it."""
    row = QWidget(parent)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(field, 1)
    line.addWidget(button)
    return row


def add_rows_with_messages(
    form: QFormLayout, rows: Iterable[tuple[str, str, QWidget]], parent: QWidget
) -> dict[str, QLabel]:
    """Add (field, label, widget) rows, each with its message label under the widget.

    Returns the message labels by field name, to show a ValidationError's
    messages next to the fields they are about.
    """
    messages: dict[str, QLabel] = {}
    for field, label, widget in rows:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        messages[field] = error_label(parent)
        box.addWidget(messages[field])
        # A QLabel with the field as buddy: "&Name" then shows as an underlined
        # mnemonic (Alt+N), not as a literal "&" (addRow(str, layout) has no buddy).
        caption = QLabel(label, parent)
        caption.setBuddy(widget)
        form.addRow(caption, box)
    label_fields(form)  # rows whose widget holds the inputs: named by their caption
    return messages


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, general: QLabel) -> QDialogButtonBox:
    """The body every editing dialog shares: its form, a message for the whole
    form, and Save (calls dialog.save) and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(general)
    layout.addWidget(buttons)
    return buttons


def ask(parent: QWidget, title: str, question: str) -> bool:
    """A yes/no question for a choice the officer must make; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
