"""Both versions side by side, after somebody else saved the record being edited.

One generic dialog for every editor: a row per field with its label, "yours" (what
the officer typed and has not saved) and "theirs" (what is stored now). Fields that
differ are marked and get a choice, keep mine or take theirs; identical fields are
shown plainly. Keep all mine, Take all theirs and Save merged end the dialog with a
Resolution; the editor then saves the merged draft against the current version (and
if that too meets a newer save, the dialog comes again).

The editor drives it with FieldVersions rows, built from two drafts by `field_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_local
from app.i18n import formats, language
from ui.widgets import palette
from ui.widgets.keyboard import default_button_first

D = TypeVar("D")
DIFFERS_TINT = palette.DIFFERS_TINT  # the rows the officer must decide, as a highlighter marks
SECONDARY = palette.MUTED
EMPTY = "—"


@dataclass(frozen=True)
class FieldVersions:
    """One field in both versions: the texts shown and the values saved."""

    name: str
    label: str
    mine_text: str
    theirs_text: str
    mine: object
    theirs: object

    @property
    def differs(self) -> bool:
        # Compared as shown: a phone typed "08-500 500 00" is the stored +46850050000.
        return self.mine_text != self.theirs_text


@dataclass(frozen=True)
class Resolution:
    """What the officer chose: the value of every field, and whether any is theirs' own."""

    values: dict[str, object]
    nothing_of_mine: bool  # every differing field taken from the stored version

    def merged(self, draft: D) -> D:
        """`draft` (the officer's) with the chosen values."""
        return replace(draft, **self.values)  # type: ignore[type-var]


def shown(value: object) -> str:
    """A value as the dialog shows it: times in Swedish local time, dates and numbers
    as the language writes them, lists joined."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        local = to_local(value) if value.tzinfo is not None else value
        return formats.date_time(local)
    if isinstance(value, date):
        return formats.short_date(value)
    if isinstance(value, float):
        # Up to six places (a coordinate), without trailing zeros: "59,3293" / "59.3293".
        point = "," if language() == "sv" else "."
        return formats.decimal(value, 6).rstrip("0").rstrip(point)
    if isinstance(value, tuple | list | set | frozenset):
        # The order of a set of choices is not a difference.
        return ", ".join(sorted(shown(v) for v in value)) or EMPTY
    return str(value)


def field_rows(
    mine: object,
    theirs: object,
    labels: Sequence[tuple[str, str]],
    texts: Mapping[str, Callable[[Any], str]] | None = None,
) -> list[FieldVersions]:
    """A row for each (field, label) of two drafts; `texts` shows a field's value its own
    way (an id as the name it stands for), else `shown`."""
    rows = []
    for name, label in labels:
        show = (texts or {}).get(name, shown)
        mine_value, theirs_value = getattr(mine, name), getattr(theirs, name)
        rows.append(
            FieldVersions(
                name, label, show(mine_value), show(theirs_value), mine_value, theirs_value
            )
        )
    return rows


class ConflictDialog(QDialog):
    """The two versions side by side, a choice per differing field.

    Signals:
        resolved(Resolution): Keep all mine, Take all theirs or Save merged was chosen;
            the dialog then closes. Cancel closes it without a signal.
    """

    resolved = Signal(object)

    def __init__(
        self, rows: Sequence[FieldVersions], *, subject: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._theirs: dict[str, QRadioButton] = {}
        self._mine: dict[str, QRadioButton] = {}
        self.setWindowTitle(self.tr("Changed by someone else: %1").replace("%1", subject))
        intro = QLabel(
            self.tr(
                "Someone else saved %1 after you opened it. Nothing of yours is saved yet. "
                "Choose for each marked field whether to keep yours or take theirs, "
                "then save the merge."
            ).replace("%1", subject),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_mine_button = QPushButton(self.tr("&Keep all mine"), self)
        self.take_theirs_button = QPushButton(self.tr("&Take all theirs"), self)
        self.save_button = QPushButton(self.tr("&Save merged"), self)
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        for button in (self.keep_mine_button, self.take_theirs_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_mine_button.clicked.connect(self.keep_all_mine)
        self.take_theirs_button.clicked.connect(self.take_all_theirs)
        self.save_button.clicked.connect(self.save_merged)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._table())
        scroll.setAccessibleName(self.tr("Both versions, field by field"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, 520)
        default_button_first(buttons)  # once every widget is made: see its note

    # -- choosing ------------------------------------------------------------------

    def differing(self) -> list[str]:
        """The fields whose versions differ, in the dialog's order."""
        return [row.name for row in self._rows if row.differs]

    def choose(self, name: str, *, theirs: bool) -> None:
        """Keep mine (theirs=False) or take theirs for the differing field `name`."""
        (self._theirs if theirs else self._mine)[name].setChecked(True)

    def takes_theirs(self, name: str) -> bool:
        button = self._theirs.get(name)
        return button is not None and button.isChecked()

    def resolution(self) -> Resolution:
        values = {
            row.name: row.theirs if self.takes_theirs(row.name) else row.mine for row in self._rows
        }
        return Resolution(values, all(self.takes_theirs(name) for name in self.differing()))

    def keep_all_mine(self) -> None:
        for name in self.differing():
            self.choose(name, theirs=False)
        self.save_merged()

    def take_all_theirs(self) -> None:
        for name in self.differing():
            self.choose(name, theirs=True)
        self.save_merged()

    def save_merged(self) -> None:
        self.resolved.emit(self.resolution())
        self.accept()

    def text(self, name: str, *, theirs: bool) -> str:
        """The text shown for a field's version (for tests and screen readers alike)."""
        row = next(r for r in self._rows if r.name == name)
        return row.theirs_text if theirs else row.mine_text

    # -- building -------------------------------------------------------------------

    def _table(self) -> QWidget:
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(12)
        headings = (self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved)"), self.tr("Keep"))
        for column, heading in enumerate(headings):
            label = QLabel(heading, body)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for line, row in enumerate(self._rows, start=1):
            self._add_row(grid, line, row, body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self._rows) + 1, 1)
        return body

    def _add_row(self, grid: QGridLayout, line: int, row: FieldVersions, body: QWidget) -> None:
        caption = QLabel(row.label.replace("&", ""), body)
        cells = [_cell(row.mine_text, body), _cell(row.theirs_text, body)]
        grid.addWidget(caption, line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cells[0], line, 1)
        grid.addWidget(cells[1], line, 2)
        if not row.differs:
            same = QLabel(self.tr("the same"), body)
            same.setStyleSheet(f"color: {SECONDARY.name()};")
            grid.addWidget(same, line, 3, Qt.AlignmentFlag.AlignTop)
            return
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        for cell in cells:
            cell.setStyleSheet(f"background: {DIFFERS_TINT.name()}; padding: 2px;")
        mine = QRadioButton(self.tr("Mine"), body)
        theirs = QRadioButton(self.tr("Theirs"), body)
        mine.setAccessibleName(self.tr("%1: yours").replace("%1", caption.text()))
        theirs.setAccessibleName(self.tr("%1: theirs").replace("%1", caption.text()))
        group = QButtonGroup(body)
        group.addButton(mine)
        group.addButton(theirs)
        mine.setChecked(True)  # what the officer typed, until they choose otherwise
        self._mine[row.name], self._theirs[row.name] = mine, theirs
        choice = QHBoxLayout()
        choice.addWidget(mine)
        choice.addWidget(theirs)
        grid.addLayout(choice, line, 3, Qt.AlignmentFlag.AlignTop)


def _cell(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # stored text is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def offer_merge(
    parent: QWidget,
    rows: Sequence[FieldVersions],
    *,
    subject: str,
    on_resolved: Callable[[Resolution], None],
) -> ConflictDialog:
    """Open the dialog over `parent` (window-modal, not blocking) and return it."""
    dialog = ConflictDialog(rows, subject=subject, parent=parent)
    dialog.resolved.connect(on_resolved)
    dialog.open()
    return dialog
