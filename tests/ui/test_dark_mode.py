"""Readable in the system's dark mode as in the light one.

Windows' dark mode reaches a Qt application as a dark QPalette (Fusion takes
it from the system). The tests set such a palette on the application, build the
main window, visit every page and measure the WCAG contrast of the colours the
application itself chose: style sheets' text on their background, coloured
words in the detail panes, item colours in the tables, the side bar's current
area. Text needs 4.5:1 (WCAG AA). The light palette is held to the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QStyleFactory,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import users
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.widgets import palette as tones
from ui.widgets.palette import AA_TEXT, contrast_ratio, is_dark, soft_highlight

COLOUR = r"(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}\b|palette\([\w-]+\))"
TEXT_COLOUR = re.compile(r"(?<![-\w])color:\s*" + COLOUR)
BACKGROUND = re.compile(r"(?<![-\w])background(?:-color)?:\s*" + COLOUR)
ROLES = {
    "window": QPalette.ColorRole.Window,
    "base": QPalette.ColorRole.Base,
    "text": QPalette.ColorRole.Text,
    "window-text": QPalette.ColorRole.WindowText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted-text": QPalette.ColorRole.HighlightedText,
    "alternate-base": QPalette.ColorRole.AlternateBase,
}


def dark_palette() -> QPalette:
    """Close to what Qt's Windows theme gives Fusion in Windows 11's dark mode."""
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#1c1c1c",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#0063b1",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#4cc2ff",
        QPalette.ColorRole.Light: "#3c3c3c",
        QPalette.ColorRole.Midlight: "#333333",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#151515",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, name in colours.items():
        pal.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#787878"))
    return pal


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette for one test: the system's light or dark mode."""
    before = QApplication.palette()
    chosen = dark_palette() if request.param == "dark" else light_palette()
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


@pytest.fixture
def every_page(qtbot: QtBot, demo_db: Database, scheme: QPalette) -> MainWindow:
    users.sign_in(demo_db)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.situation.gathered, timeout=15_000):
        window.show()
    qtbot.waitExposed(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    window.incidents.table.select_row(0)
    window.navigation.setCurrentRow(0)
    return window


# -- the rule ------------------------------------------------------------------------


def resolve(colour: str, widget: QWidget) -> QColor:
    found = re.fullmatch(r"palette\(([\w-]+)\)", colour)
    if found:
        return widget.palette().color(ROLES[found.group(1)])
    return QColor(colour)


def backgrounds_behind(widget: QWidget) -> list[QColor]:
    """What a widget's text may stand on: a style sheet's background of the widget
    or the nearest ancestor that sets one, else both the window and base colours."""
    current: QWidget | None = widget
    while current is not None:
        found = BACKGROUND.search(current.styleSheet())
        if found:
            return [resolve(found.group(1), current)]
        current = current.parentWidget()
    pal = widget.palette()
    return [pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base)]


def low_contrast_style_sheets(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        for found in TEXT_COLOUR.finditer(sheet):
            text = resolve(found.group(1), widget)
            for background in backgrounds_behind(widget):
                ratio = contrast_ratio(text, background)
                if ratio < AA_TEXT:
                    problems.append(
                        f"{type(widget).__name__} {text.name()} on {background.name()}: {ratio:.2f}"
                    )
    return problems


def low_contrast_html(root: QWidget) -> list[str]:
    problems = []
    for browser in root.findChildren(QTextBrowser):
        base = browser.palette().color(QPalette.ColorRole.Base)
        html = browser.toHtml()
        for found in TEXT_COLOUR.finditer(html):
            if html[found.end() :].lstrip(';" >').startswith("●"):
                continue  # the severity's coloured dot: a mark beside its words, not text
            text = QColor(found.group(1))
            if contrast_ratio(text, base) < AA_TEXT:
                problems.append(f"{type(browser).__name__} {text.name()} on {base.name()}")
    return problems


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def low_contrast_items(root: QWidget) -> list[str]:
    problems = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        pal = view.palette()
        for row in range(60):
            for column in range(40):  # models differ in how they count: ask for cells
                index = model.index(row, column)
                if not index.isValid():
                    break
                fore = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
                back = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
                if fore is None and back is None:
                    continue
                fore = fore or pal.color(QPalette.ColorRole.Text)
                behind = [back] if back else [pal.color(QPalette.ColorRole.Base)]
                for background in behind:
                    if contrast_ratio(fore, background) < AA_TEXT:
                        problems.append(
                            f"{type(view).__name__} row {row} column {column}: "
                            f"{fore.name()} on {background.name()}"
                        )
    return problems


# -- the tests --------------------------------------------------------------------


def test_the_palette_is_told_light_or_dark(scheme: QPalette) -> None:
    assert is_dark(scheme) == (scheme.color(QPalette.ColorRole.Window).lightness() < 128)
    assert tones.MUTED.name(scheme) == (tones.MUTED.dark if is_dark(scheme) else tones.MUTED.light)


def test_contrast_is_measured_as_wcag_says() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


def test_every_text_tone_reads_on_both_palettes() -> None:
    """Each Tone used for text against the palettes' windows and bases."""
    text_tones = {
        "MUTED": tones.MUTED,
        "ERROR": tones.ERROR,
        "OVERDUE": tones.OVERDUE,
        "DONE": tones.DONE,
        "LINK": tones.LINK,
    }
    problems = []
    for pal in (light_palette(), dark_palette()):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            background = pal.color(role)
            for name, tone in text_tones.items():
                ratio = contrast_ratio(tone.color(pal), background)
                if ratio < AA_TEXT:
                    problems.append(f"{name} on {background.name()}: {ratio:.2f}")
        text = pal.color(QPalette.ColorRole.Text)
        for name, tint in {
            "ERROR_TINT": tones.ERROR_TINT,
            "NOTICE_TINT": tones.NOTICE_TINT,
            "DIFFERS_TINT": tones.DIFFERS_TINT,
            "HOVER_TINT": tones.HOVER_TINT,
            "HEADER_TINT": tones.HEADER_TINT,
            "EMPHASIS_TINT": tones.EMPHASIS_TINT,
        }.items():
            ratio = contrast_ratio(text, tint.color(pal))
            if ratio < AA_TEXT:
                problems.append(f"text on {name} {tint.name(pal)}: {ratio:.2f}")
        for text_tone, tint in (
            (tones.ERROR_TEXT_ON_TINT, tones.ERROR_TINT),
            (tones.NOTICE_TEXT, tones.NOTICE_TINT),
        ):
            if contrast_ratio(text_tone.color(pal), tint.color(pal)) < AA_TEXT:
                problems.append(f"{text_tone.name(pal)} on {tint.name(pal)}")
    assert not problems


def test_the_pages_read_in_the_palette(every_page: MainWindow, scheme: QPalette) -> None:
    window = every_page
    problems = (
        low_contrast_style_sheets(window) + low_contrast_html(window) + low_contrast_items(window)
    )
    assert not problems


def test_the_side_bar_marks_the_current_area_readably(
    every_page: MainWindow, scheme: QPalette
) -> None:
    sheet = every_page.navigation.styleSheet()
    selected = re.search(r"::item:selected\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6})", sheet)
    assert selected, sheet
    background = QColor(selected.group(1))
    assert background.name() == soft_highlight(scheme).name()
    text = scheme.color(QPalette.ColorRole.Text)  # the items' colour: palette(text)
    assert contrast_ratio(text, background) >= AA_TEXT
    assert (background.lightness() < 128) == is_dark(scheme)  # a dark mark on a dark bar
    assert "::item:focus" in sheet  # and a frame while the keyboard is there


def test_the_dialogs_read_in_the_palette(
    qtbot: QtBot, every_page: MainWindow, scheme: QPalette
) -> None:
    from tests.ui.test_conflict_dialog import ROWS
    from ui.widgets.conflict import ConflictDialog

    window = every_page
    window.incidents.table.select_row(0)
    editor = window.incidents.edit_incident()
    assert editor is not None
    editor.show_errors({"summary": "must not be empty", "nowhere": "a loose message"})
    dialogs: list[QDialog] = [
        editor,
        ConflictDialog(ROWS, subject="Åsa", parent=window),
        window.situation.open_briefing(),  # type: ignore[list-item]
        window.open_settings(),  # type: ignore[list-item]
    ]
    problems = []
    for dialog in dialogs:
        dialog.show()
        problems += low_contrast_style_sheets(dialog) + low_contrast_html(dialog)
        dialog.close()
    assert not problems
