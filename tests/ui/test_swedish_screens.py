"""The Swedish window shows no English: every page, menu and dialog, read as an officer reads it.

Each screen is opened twice over the same demo database, once in English and
once in Swedish, and every text a person reads or hears is gathered: labels,
buttons, titles, tooltips, placeholders, headers, menu entries, combo-box
entries and the names a screen reader announces. A text that reads the same in
both languages and has English words in it was never translated: a string the
code forgot to mark, or one built from pieces. (Data such as names and the
demo's Swedish incident texts reads the same in both, but has no English words.)
A placeholder left in a text ("%1", "{count}") fails too, in either language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.i18n import set_language
from app.services import users
from app.storage.database import Database
from tests.ui.test_conflict_dialog import ROWS
from tests.ui.test_keyboard import MAIN_DIALOGS, PAGE_DIALOGS, _dialogs, open_page_dialog
from ui import translation
from ui.main_window import MainWindow

# Words that are English and not Swedish (so "Status", "Period" or "Information",
# the same in both, are not counted).
ENGLISH = {
    "the",
    "and",
    "of",
    "to",
    "are",
    "with",
    "from",
    "your",
    "you",
    "has",
    "have",
    "was",
    "were",
    "will",
    "can",
    "yes",
    "no",
    "new",
    "edit",
    "show",
    "save",
    "open",
    "close",
    "cancel",
    "add",
    "delete",
    "remove",
    "none",
    "incident",
    "incidents",
    "case",
    "cases",
    "meeting",
    "meetings",
    "agency",
    "agencies",
    "people",
    "date",
    "time",
    "search",
    "export",
    "import",
    "print",
    "file",
    "files",
    "settings",
    "name",
    "user",
    "users",
    "role",
    "task",
    "force",
    "forces",
    "action",
    "actions",
    "review",
    "reviews",
    "consent",
    "note",
    "notes",
    "link",
    "select",
    "choose",
    "clear",
    "any",
    "every",
    "when",
    "where",
    "which",
    "who",
    "what",
    "there",
    "here",
    "only",
    "than",
    "its",
    "been",
    "an",
    "or",
    "on",
    "in",
    "at",
    "this",
    "that",
    "these",
    "those",
    "please",
    "could",
    "should",
    "would",
    "nothing",
    "something",
    "someone",
    "else",
    "changed",
    "saved",
    "loading",
    "written",
    "shown",
    "hidden",
    "left",
    "right",
    "today",
    "week",
    "month",
    "year",
    "days",
}
PLACEHOLDER = re.compile(r"%L?\d|%L?n\b|\{[a-z_]+\}")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _texts_of(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        for section in range(widget.count()):
            yield str(model.headerData(section, widget.orientation()) or "")
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None and isinstance(action.menu(), QMenu):
            yield from _texts_of(action.menu())


def read_screen(root: QWidget) -> set[str]:
    """Every text `root` shows or announces (hidden parts left out)."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found.update(_plain(text) for text in _texts_of(widget) if text)
    found.discard("")
    return found


def english_in(texts: set[str]) -> list[str]:
    return sorted(t for t in texts if ENGLISH & set(re.findall(r"[a-z]+", t.lower())))


def _open_window(qtbot: QtBot, db: Database, language: str) -> MainWindow:
    set_language(language)
    translation.install(language)
    users.sign_in(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.situation.gathered, timeout=15_000):
        window.show()
    qtbot.waitExposed(window)
    return window


Opener = Callable[[MainWindow], QWidget | None]
Reader = Callable[[Opener], tuple[set[str], set[str]]]


@pytest.fixture
def both(qtbot: QtBot, demo_db: Database) -> Iterator[Reader]:
    """Opens a screen in English, then in Swedish; the texts of each."""

    def read(opener: Opener) -> tuple[set[str], set[str]]:
        texts = []
        for language in ("en", "sv"):
            window = _open_window(qtbot, demo_db, language)
            screen = opener(window) or window
            qtbot.waitExposed(screen)
            texts.append(read_screen(screen) | read_screen(window))
            for dialog in window.findChildren(QDialog):
                dialog.close()
            window.close()
        return texts[0], texts[1]

    yield read
    set_language("en")
    translation.install("en")


def _assert_swedish(
    english: set[str], swedish: set[str], given: frozenset[str] = frozenset()
) -> None:
    """`given`: texts the test itself puts on the screen (a conflict's field names)."""
    untranslated = english_in((english & swedish) - given)
    assert not untranslated, f"{len(untranslated)} English text(s) in Swedish: {untranslated}"
    left = sorted(t for t in swedish | english if PLACEHOLDER.search(t))
    assert not left, f"placeholders never filled: {left}"
    assert len(swedish - english) > len(swedish) // 3, "the Swedish screen is hardly Swedish"


PAGES = range(8)


@pytest.mark.parametrize("row", PAGES)
def test_every_page_is_in_swedish(both: Reader, row: int) -> None:
    def page(window: MainWindow) -> QWidget:
        assert row < window.navigation.count()
        window.navigation.setCurrentRow(row)
        return window

    english, swedish = both(page)
    _assert_swedish(english, swedish)


@pytest.mark.parametrize("name", MAIN_DIALOGS)
def test_every_main_dialog_is_in_swedish(both: Reader, name: str) -> None:
    english, swedish = both(lambda window: _dialogs(window)[name]())
    given = frozenset(row.label for row in ROWS) if name == "conflict" else frozenset()
    _assert_swedish(english, swedish, given)


@pytest.mark.parametrize(("area", "opener"), PAGE_DIALOGS)
def test_every_page_dialog_is_in_swedish(both: Reader, area: str, opener: str) -> None:
    english, swedish = both(lambda window: open_page_dialog(window, area, opener))
    _assert_swedish(english, swedish)
