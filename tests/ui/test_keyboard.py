"""Everything by keyboard alone, and named for a screen reader.

The tests press keys only (no mouse): Tab walks each page and each main dialog
and must come back to where it started, stopping at every control there is and
only at controls a screen reader can name; the arrow keys switch pages; an
incident is made and opened again; the situation page's figures open the
incident log; the menus open with Alt and a letter.

The name a screen reader reads is taken as on Windows (the officers' screens):
the accessible name, else a button's text, else the label Qt finds for the
widget (a QLabel beside it whose buddy it is, or the group box around it).
Qt on Linux would name an unnamed combo box by its current text; Windows does
not, so that is not counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import incident_query, incidents, users
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from ui.main_window import INCIDENTS_ROW, MainWindow
from ui.situation.cards import CountTile
from ui.situation.chart_view import ChartView

# A 1920 × 1080 screen at 150 % is 1280 × 720 points; less the window's frame and
# title (about 8 + 30 points) and Windows' taskbar (48 pixels, 32 points).
FITS_AT_150 = (1280 - 16, 720 - 32 - 38)
POLICE_EVENTS = Path(__file__).resolve().parent.parent / "data" / "police-events"
MOST_PRESSES = 400  # the police types' dialog has a box for each of ~90 types
TAB = Qt.Key.Key_Tab


# -- what a screen reader hears ----------------------------------------------------


def announced_name(widget: QWidget) -> str:
    """The name a screen reader on Windows announces for `widget` ('' for none)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    if isinstance(widget, QLabel):  # a label's own text: its links are read in it
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface else ""
    return label_for(widget)


def label_for(widget: QWidget) -> str:
    """Qt's own rule (QAccessibleWidget's buddyString): a sibling QLabel whose buddy is
    the widget, else the title of a group box that is its parent."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for child in parent.children():
        if isinstance(child, QLabel) and child.buddy() is widget:
            return child.text().replace("&", "")
    return parent.title().replace("&", "") if isinstance(parent, QGroupBox) else ""


def interactive(root: QWidget) -> list[QWidget]:
    """The controls of `root` that Tab should reach: shown, enabled, taking Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisibleTo(root) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if isinstance(widget, QScrollBar) or isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue  # parts of a control, not a control
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue  # Tab reaches a group's chosen button; the arrows choose
        found.append(widget)
    return found


def walk(qtbot: QtBot, start: QWidget, back: Callable[[QWidget], bool]) -> list[QWidget]:
    """Press Tab from `start` until `back(focus)`; the widgets on the way, each once.

    Fails when Tab never comes back (a trap) or the focus is lost.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    left = False  # a date edit keeps the focus for its day, month and year first
    for _ in range(MOST_PRESSES):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        focus = QApplication.focusWidget()
        assert focus is not None, f"Tab lost the focus after {seen[-1:]}"
        left = left or focus is not start
        if left and back(focus):
            return seen
        if focus not in seen:
            seen.append(focus)
    raise AssertionError(f"Tab never came back; it stayed among {_names(seen[-3:])}")


def _names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {announced_name(w)!r}" for w in widgets]


def assert_named_and_complete(stops: list[QWidget], root: QWidget) -> None:
    unnamed = [w for w in stops if not announced_name(w).strip()]
    assert not unnamed, f"no name for a screen reader: {_names(unnamed)}"
    missed = [w for w in interactive(root) if w not in stops]
    assert not missed, f"Tab never reaches: {_names(missed)}"


# -- the window ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    users.sign_in(demo_db)
    shown = MainWindow(demo_db)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.situation.gathered, timeout=15_000):
        shown.show()
        shown.activateWindow()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.close()


def walk_dialog(qtbot: QtBot, dialog: QWidget) -> None:
    """Tab once round a dialog from where its focus starts: every stop named, every
    control reached, back at the start."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    start = QApplication.focusWidget()
    stops = walk(qtbot, start, lambda focus: focus is start)
    assert_named_and_complete([start, *stops], dialog)


def test_tab_walks_every_page_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    navigation = window.navigation
    for row in range(navigation.count()):
        navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        stops = walk(qtbot, navigation, lambda focus: focus is navigation)
        assert stops, f"Tab finds nothing on {navigation.item(row).text()}"
        assert all(page.isAncestorOf(w) for w in stops), _names(stops)
        assert_named_and_complete(stops, page)
    assert announced_name(navigation) == "Areas"


def test_the_situation_page_is_walked_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    page = window.situation
    stops = walk(qtbot, window.navigation, lambda focus: focus is window.navigation)
    tiles = [w for w in stops if isinstance(w, CountTile)]
    assert tiles == [page.total_tile, *[t for t in page.area_tiles if t.isVisible()]]
    order = [stops.index(w) for w in (page.picker.box, page.total_tile, page.weekly_chart)]
    assert order == sorted(order)
    assert announced_name(page.total_tile).startswith("All incidents: ")


def test_the_arrow_keys_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    navigation = window.navigation
    navigation.setFocus(Qt.FocusReason.TabFocusReason)
    titles = []
    for _ in range(navigation.count() - 1):
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
        titles.append(getattr(window.pages.currentWidget(), "title", None))
    assert titles == [navigation.item(row).text() for row in range(1, navigation.count())]
    qtbot.keyClick(navigation, Qt.Key.Key_Home)
    assert window.pages.currentWidget() is window.situation
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert window.pages.currentWidget() is window.incidents
    assert navigation.hasFocus()  # the list keeps the focus; Tab then enters the page


def test_an_incident_is_made_and_opened_again_by_keyboard(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    page = window.incidents
    before = incident_query.count(demo_db, IncidentQuery())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page  # from the situation page to the log
    editor = page.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.form.summary)
    qtbot.keyClicks(editor.form.summary, "Kastade sten mot buss")
    # Alt and the label's underlined letter lead to the field: Ca&tegory
    qtbot.keyClick(editor.form.summary, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.form.category
    qtbot.keyClick(editor.form.category, Qt.Key.Key_Down)  # the first category
    assert editor.form.category.currentData() is not None
    qtbot.keyClick(editor.form.category, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.form.summary  # Su&mmary
    with qtbot.waitSignal(editor.incident_saved) as saved:
        qtbot.keyClick(editor.form.summary, Qt.Key.Key_Return)  # the dialog's default: Save
    qtbot.waitUntil(lambda: not editor.isVisible())
    # A real window system gives the window back its activation; offscreen, ask.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    incident = saved.args[0]
    assert incident_query.count(demo_db, IncidentQuery()) == before + 1
    assert page.table.current_id() == incident.id  # shown and selected in the table

    # Back to the table by Tab, Enter opens the incident, Escape closes it.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search.hasFocus()
    for _ in range(20):
        if QApplication.focusWidget() is page.table:
            break
        qtbot.keyClick(QApplication.focusWidget(), TAB)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    again = page.editor
    assert again is not None and again is not editor and again.isVisible()
    assert again.windowTitle() == f"Incident {incident.reference}"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.form.summary)
    qtbot.keyClick(again.form.summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert incidents.get(demo_db, incident.id).summary == "Kastade sten mot buss"


def _tab_to(qtbot: QtBot, window: MainWindow, wanted: Callable[[QWidget], bool]) -> QWidget:
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        focus = QApplication.focusWidget()
        if focus is not None and wanted(focus):
            return focus
    raise AssertionError("Tab never reached it")


def test_a_count_tile_opens_the_incident_log_with_enter(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    tile = _tab_to(qtbot, window, lambda w: isinstance(w, CountTile) and w is not None)
    assert isinstance(tile, CountTile) and tile.filter is not None
    assert "against the previous period" in tile.accessibleDescription()
    with qtbot.waitSignal(window.situation.show_incidents) as asked:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.incidents
    assert asked.args == [tile.filter]
    expected = incident_query.count(demo_db, IncidentQuery(tile.filter))
    assert window.incidents.model.total == expected == int(tile.value.text().replace(",", ""))


def test_a_chart_bar_is_chosen_with_the_arrows_and_opened_with_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = _tab_to(qtbot, window, lambda w: isinstance(w, ChartView))
    assert isinstance(chart, ChartView) and chart.chart is not None
    assert chart is window.situation.weekly_chart
    assert chart.current == 0  # the first bar is chosen on arrival
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    region = chart.chart.regions[1]
    assert chart.current_region() == region
    assert region.label in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == len(chart.chart.regions) - 1
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    with qtbot.waitSignal(window.situation.show_incidents) as asked:
        qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert asked.args == [chart.chart.regions[0].filter]
    assert window.pages.currentWidget() is window.incidents


def test_a_matrix_cell_and_a_notable_incident_open_with_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    situation = window.situation
    matrix = _tab_to(qtbot, window, lambda w: w is situation.matrix)
    assert matrix is situation.matrix
    target = next(
        (r, c)
        for r in range(situation.matrix.rowCount())
        for c in range(situation.matrix.columnCount())
        if situation.matrix.item(r, c).data(Qt.ItemDataRole.UserRole) is not None
    )
    for _ in range(target[0]):
        qtbot.keyClick(matrix, Qt.Key.Key_Down)
    for _ in range(target[1]):
        qtbot.keyClick(matrix, Qt.Key.Key_Right)
    assert (situation.matrix.currentRow(), situation.matrix.currentColumn()) == target
    cell = situation.matrix.item(*target)
    with qtbot.waitSignal(situation.show_incidents) as asked:
        qtbot.keyClick(matrix, Qt.Key.Key_Enter)
    assert asked.args == [cell.data(Qt.ItemDataRole.UserRole)]

    window.navigation.setCurrentRow(0)
    notable = _tab_to(qtbot, window, lambda w: w is situation.notable)
    qtbot.keyClick(notable, Qt.Key.Key_Down)
    item = situation.notable.currentItem()
    assert item is not None
    with qtbot.waitSignal(situation.show_incidents) as asked:
        qtbot.keyClick(notable, Qt.Key.Key_Return)
    assert asked.args[0].text == item.text(1)  # the incident's reference


# The offscreen platform says it cannot raise a menu or grab the keyboard for it.
@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_the_menus_open_with_alt_and_their_letter(qtbot: QtBot, window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Tools", "&Help"]
    for letter, title in (
        (Qt.Key.Key_F, "&File"),
        (Qt.Key.Key_T, "&Tools"),
        (Qt.Key.Key_H, "&Help"),
    ):
        menu = menus[title]
        qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda menu=menu: not menu.isVisible())


def test_every_menu_action_has_a_letter_or_a_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    lacking = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # the File menu holds the page's actions
        for menu_action in window.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.isSeparator():
                    continue
                if "&" not in action.text() and action.shortcut().isEmpty():
                    lacking.append(f"{window.navigation.item(row).text()}: {action.text()}")
    assert not lacking


# -- focus that shows ---------------------------------------------------------------


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_the_focus_is_drawn_on_tiles_charts_and_the_navigation(
    qtbot: QtBot, window: MainWindow
) -> None:
    situation = window.situation
    for widget in (situation.total_tile, situation.weekly_chart, window.navigation):
        window.pages.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        without = _picture(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert _picture(widget) != without, f"no visible focus on {type(widget).__name__}"


# -- the main dialogs -----------------------------------------------------------------


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    from tests.ui.test_conflict_dialog import ROWS
    from ui.widgets.conflict import ConflictDialog

    def conflict() -> QWidget:
        dialog = ConflictDialog(ROWS, subject="Åsa", parent=window)
        dialog.open()
        return dialog

    def edit() -> QWidget | None:
        window.navigation.setCurrentRow(INCIDENTS_ROW)
        window.incidents.table.select_row(0)
        return window.incidents.edit_incident()

    return {
        "new incident": window.incidents.new_incident,
        "edit incident": edit,
        "office settings": window.open_settings,
        "briefing": window.situation.open_briefing,
        "police import": lambda: window.import_police_events(
            POLICE_EVENTS / "botkyrka-2023-2026.json"
        ),
        "police types": window.open_police_types,
        "conflict": conflict,
    }


MAIN_DIALOGS = [
    "new incident",
    "edit incident",
    "office settings",
    "briefing",
    "police import",
    "police types",
    "conflict",
]


@pytest.mark.parametrize("name", MAIN_DIALOGS)
def test_tab_walks_each_main_dialog(qtbot: QtBot, window: MainWindow, name: str) -> None:
    dialog = _dialogs(window)[name]()
    assert dialog is not None
    walk_dialog(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_item_views_let_tab_leave(qtbot: QtBot, window: MainWindow) -> None:
    """Tab inside a table moves from cell to cell by default, and never out of it."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    trapping = [
        f"{type(view).__name__} {announced_name(view)!r}"
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation() and view.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert not trapping


# -- the window at 150 % -----------------------------------------------------------


def test_the_main_window_fits_a_laptop_screen_at_150_percent(window: MainWindow) -> None:
    """The self-test at 125 % and 150 % runs in tests/test_scaling.py; here, the
    smallest size the pages allow must leave the window room on such a screen."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # every page built: the widest counts
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= FITS_AT_150[0], smallest
    assert smallest.height() <= FITS_AT_150[1], smallest


# -- the pages' own dialogs -----------------------------------------------------------

PAGE_DIALOGS = [
    ("Roster", "new_person"),
    ("Roster", "new_agency"),
    ("Joint meetings", "new_meeting"),
    ("Joint meetings", "new_action_item"),
    ("Task forces", "new_task_force"),
    ("Cases", "new_case"),
    ("Cases", "edit_factor_lists"),
    ("Cases", "add_consent"),
    ("Cases", "add_action"),
    ("Cases", "add_review"),
    ("Cases", "add_note"),
    ("Cases", "link_incident"),
    ("Cases", "set_responsible"),
    ("Users", "add_user"),
    ("Users", "edit_task_forces"),
]


# The navigation's rows of those areas (by row: their titles are translated).
PAGE_ROWS = {"Roster": 2, "Joint meetings": 3, "Task forces": 4, "Cases": 5, "Users": 6}


def open_page_dialog(window: MainWindow, area: str, opener: str) -> QWidget | None:
    """The area's page, its first row chosen (a case; a user other than me), and the
    dialog its method `opener` opens."""
    window.navigation.setCurrentRow(PAGE_ROWS[area])
    page = window.pages.currentWidget()
    table = getattr(page, "table", None)
    if table is not None:
        table.selectRow(1 if area == "Users" else 0)
    dialog: QWidget | None = getattr(page, opener)()
    return dialog


@pytest.mark.parametrize(("area", "opener"), PAGE_DIALOGS)
def test_tab_walks_each_page_dialog(
    qtbot: QtBot, window: MainWindow, area: str, opener: str
) -> None:
    assert window.navigation.item(PAGE_ROWS[area]).text() == area
    dialog = open_page_dialog(window, area, opener)
    assert dialog is not None
    walk_dialog(qtbot, dialog)
    dialog.close()


def test_a_risk_date_dialog_is_walked(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    window.navigation.setCurrentRow(titles.index("Joint meetings"))
    dialog = window.pages.currentWidget().risk_dates_panel.add()  # type: ignore[attr-defined]
    walk_dialog(qtbot, dialog)
    dialog.close()


def test_a_key_points_link_opens_with_enter(qtbot: QtBot, window: MainWindow) -> None:
    situation = window.situation
    assert situation.situation is not None
    first = next(i for i, p in enumerate(situation.situation.key_points) if p.filter is not None)
    label = _tab_to(qtbot, window, lambda w: w is situation.key_points)
    assert label.selectedText().startswith("Show")  # the first link is marked on arrival
    for _ in range(first):  # Tab steps from link to link inside the label
        qtbot.keyClick(label, TAB)
    with qtbot.waitSignal(situation.show_incidents) as asked:
        qtbot.keyClick(label, Qt.Key.Key_Return)
    assert asked.args == [situation.situation.key_points[first].filter]
