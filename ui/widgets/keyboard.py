"""Small helpers for the keyboard's way through a page."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QPushButton,
    QScrollBar,
    QWidget,
)


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` one after the other, in this order.

    Qt's default is the order of creation; widgets made later (a row's role box,
    a tile per area) would otherwise come last of all.
    """
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def default_button_first(box: QDialogButtonBox) -> None:
    """Tab reaches every button of `box`, the default one first.

    Qt (6.8 and later) makes a button box's default button its focus proxy once
    shown: Tab into the box lands on that button and leaves the box from it, so
    the buttons before it in the Tab order could never be reached. Call it once
    the dialog's widgets are all made (Qt leaves the order alone while the
    default button is the last widget of the window's chain).
    """
    default = next((b for b in box.buttons() if isinstance(b, QPushButton) and b.isDefault()), None)
    if default is not None:
        tab_chain([default, *[b for b in box.buttons() if b is not default]])


def label_fields(form: QFormLayout) -> None:
    """Name each row's inputs by the row's label, and point the label's mnemonic at
    the row's first input.

    Qt does both by itself only for an input that is the label's buddy and its
    sibling. A row that holds a frame round the input (with a message under
    it) or several inputs (a check box beside a date) gets neither: a screen
    reader would announce a nameless edit, and Alt with the underlined letter
    would go nowhere (a label hands the focus only to a buddy that takes it).
    """
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        if not isinstance(label, QLabel) or field_item is None:
            continue
        text = label.text().replace("&", "").strip().rstrip(":").strip()
        inputs = _inputs(field_item)
        if not text or not inputs:
            continue
        buddy = label.buddy()
        if buddy is None or not _takes_tab(buddy):
            label.setBuddy(inputs[0])
        for widget in inputs:
            named_by_qt = label.buddy() is widget and label.parentWidget() is widget.parentWidget()
            if not (widget.accessibleName() or named_by_qt or isinstance(widget, QAbstractButton)):
                widget.setAccessibleName(text)


def _takes_tab(widget: QWidget) -> bool:
    target = widget.focusProxy() or widget
    return bool(target.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _inputs(item: QLayoutItem) -> list[QWidget]:
    """The widgets of a form row that Tab stops at, in the row's order."""
    found: list[QWidget] = []
    widget, layout = item.widget(), item.layout()
    if widget is not None:
        candidates = [widget, *widget.findChildren(QWidget)]
    elif layout is not None:
        candidates = []
        for index in range(layout.count()):
            inner = layout.itemAt(index)
            if inner is not None:
                candidates += _inputs(inner)
    else:
        candidates = []
    for candidate in candidates:
        inside_control = isinstance(candidate.parentWidget(), QAbstractSpinBox | QComboBox)
        inside_control |= isinstance(candidate, QScrollBar)
        if (
            candidate.focusProxy() is None
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not inside_control
            and candidate not in found
        ):
            found.append(candidate)
    return found
