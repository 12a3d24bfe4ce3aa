"""The filter bar: what it selects, debounced typing, and remembering the choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.services.incident_types import IncidentFilter
from app.services.reference import load
from app.storage.database import Database
from ui.incidents.filter_bar import PERIOD_7, PERIOD_YEAR, FilterBar


def make_bar(qtbot: QtBot, db: Database) -> FilterBar:
    bar = FilterBar(load(db))
    qtbot.addWidget(bar)
    return bar


def choose(box: QComboBox, data: object) -> None:
    box.setCurrentIndex(box.findData(data))


def test_choices_become_one_filter(qtbot: QtBot, db: Database, fixed_clock: object) -> None:
    bar = make_bar(qtbot, db)
    with qtbot.waitSignal(bar.filter_changed) as signal:
        choose(bar.category, "FIRE")
    assert signal.args == [IncidentFilter(categories=("FIRE",))]
    choose(bar.district, "Tumba")
    choose(bar.severity, "3+")
    choose(bar.status, "open")
    choose(bar.period, PERIOD_7)
    flt = bar.current_filter()
    assert flt.districts == ("Tumba",)
    assert flt.severities == (3, 4)
    assert flt.statuses == ("new", "ongoing", "follow_up")
    assert flt.date_from == date(2026, 11, 20) and flt.date_to is None
    choose(bar.period, PERIOD_YEAR)
    assert bar.current_filter().date_from == date(2026, 1, 1)


def test_typing_is_debounced_into_one_change(qtbot: QtBot, db: Database) -> None:
    bar = make_bar(qtbot, db)
    seen: list[IncidentFilter] = []
    bar.filter_changed.connect(seen.append)
    qtbot.keyClicks(bar.search, "brand tumba")
    assert seen == []  # nothing while typing
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    assert seen[0].text == "brand tumba"


def test_clear_announces_the_empty_filter_once(qtbot: QtBot, db: Database) -> None:
    bar = make_bar(qtbot, db)
    choose(bar.category, "FIRE")
    bar.search.setText("x")
    seen: list[IncidentFilter] = []
    bar.filter_changed.connect(seen.append)
    bar.clear()
    assert seen == [IncidentFilter()]


def test_the_last_filter_is_restored(qtbot: QtBot, db: Database) -> None:
    bar = make_bar(qtbot, db)
    choose(bar.category, "DRUG")
    choose(bar.severity, 4)
    bar.search.setText("centrum")
    bar.search.returnPressed.emit()
    again = make_bar(qtbot, db)
    again.restore()
    assert again.current_filter() == IncidentFilter(
        text="centrum", categories=("DRUG",), severities=(4,)
    )


def test_a_filter_the_boxes_cannot_show_is_said(qtbot: QtBot, db: Database) -> None:
    bar = make_bar(qtbot, db)
    bar.show_filter(IncidentFilter(categories=("FIRE",), districts=("Tumba",)))
    assert not bar.narrowed.isVisibleTo(bar)  # the boxes show it all

    codes = tuple(c.code for c in load(db).categories[:2])
    bar.show_filter(IncidentFilter(categories=codes, areas=("safety",), include_secret=False))
    assert bar.narrowed.isVisibleTo(bar)
    tip = bar.narrowed.toolTip()
    assert "categories" in tip and "Safety" in tip and "secret" in tip

    choose(bar.district, "Tumba")  # the officer changes the filter: the boxes say it all
    assert not bar.narrowed.isVisibleTo(bar)


def test_the_bar_speaks_the_language_and_writes_its_dates(
    qtbot: QtBot, db: Database, swedish: None
) -> None:
    bar = make_bar(qtbot, db)
    assert bar.date_from.displayFormat() == "yyyy-MM-dd"
    assert bar.search.accessibleName() == "Sök"
    assert bar.clear_button.text() == "Rensa"
    assert bar.period.itemText(1) == "Senaste 7 dagarna"
    bar.show_filter(IncidentFilter(include_secret=False))
    assert "sekretessmarkerade" in bar.narrowed.toolTip()
