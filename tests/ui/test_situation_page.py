"""The situation page: the gathered numbers on screen, clicks that open the incident log
on exactly those incidents, the period picker, and a refresh after an incident is added."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.briefing import numbers
from app.services import incident_query, incidents
from app.services import situation as situation_service
from app.services.incident_types import IncidentDraft, IncidentQuery
from app.services.situation_types import Period, Situation
from app.storage.database import Database
from ui.main_window import MainWindow
from ui.situation.page import NOTABLE_SHOWN, SituationPage
from ui.situation.period_picker import CUSTOM, LAST_30, THIS_WEEK

pytestmark = pytest.mark.usefixtures("fixed_clock")
TODAY = date(2026, 11, 26)
WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def gatherers_finish() -> Iterator[None]:
    """No gathering may outlive its test (and its database)."""
    yield
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def _shown(qtbot: QtBot, db: Database, kind: str = LAST_30) -> SituationPage:
    page = SituationPage(db)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS):
        page.show()
    if page.picker.choice().kind != kind:
        with qtbot.waitSignal(page.gathered, timeout=WAIT_MS):
            page.picker.choose(kind)
    return page


def _expected(db: Database, period: Period) -> Situation:
    return situation_service.gather(db, period, notable_limit=NOTABLE_SHOWN)


def test_the_page_shows_the_gathered_numbers(qtbot: QtBot, demo_db: Database) -> None:
    page = _shown(qtbot, demo_db)
    assert page.title == "Situation"
    assert page.file_actions()[0] is page.briefing_action
    expected = _expected(demo_db, Period(TODAY - timedelta(days=29), TODAY))
    assert page.situation is not None and page.situation.period == expected.period
    assert expected.total.current.value > 0  # the demo fills the period
    assert page.total_tile.value.text() == numbers.integer(expected.total.current.value, "en")
    assert page.total_tile.against_previous.text().startswith(
        numbers.change_previous(expected.total, "en")
    )
    areas = {t.caption.text(): t.value.text() for t in page.area_tiles if t.isVisibleTo(page)}
    assert areas == {
        line.title("en"): numbers.integer(line.change.current.value, "en")
        for line in expected.by_area
    }
    table = page.categories
    assert table.rowCount() == len(expected.by_category)
    for row, line in enumerate(expected.by_category):
        assert table.item(row, 0).text() == line.title("en")
        value = line.change.current.value
        assert table.item(row, 1).text() == (numbers.integer(value, "en") if value else "–")
        assert table.item(row, 2).text() == numbers.change_previous(line.change, "en")
    matrix = expected.matrix
    for d in range(len(matrix.districts)):
        for c in range(len(matrix.categories)):
            value = matrix.cells[d][c].value
            item = page.matrix.cell_item(d, c)
            assert item is not None
            assert item.text() == (str(value) if value else "–")
            assert item.font().bold() == ((d, c) in matrix.emphasised)
    assert expected.key_points
    assert all(k.text("en") in page.key_points.text() for k in expected.key_points)
    assert page.notable.topLevelItemCount() == len(expected.notable)


def test_a_click_on_a_chart_bar_asks_for_its_incidents(qtbot: QtBot, demo_db: Database) -> None:
    page = _shown(qtbot, demo_db)
    for view in (page.weekly_chart, page.district_chart):
        assert view.chart is not None and view.chart.regions
        region = max(view.chart.regions, key=lambda r: r.width * r.height)
        point = view.widget_point(region.x + region.width / 2, region.y + region.height / 2)
        assert view.region_at(point) == region  # back through the scale, y flipped
        with qtbot.waitSignal(page.show_incidents) as signal:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
        assert signal.args == [region.filter]
        # the filter lists as many incidents as the bar says
        shown = region.label.rsplit(":", 1)[-1].split("(")[0].strip().replace(",", "")
        assert incident_query.count(demo_db, IncidentQuery(region.filter)) == int(shown)
    with qtbot.assertNotEmitted(page.show_incidents):
        qtbot.mouseClick(page.weekly_chart, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))


def test_a_matrix_cell_opens_the_incident_log_on_exactly_its_incidents(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    page = window.situation
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS):
        window.show()
    assert window.pages.currentWidget() is page
    matrix = page.situation.matrix if page.situation else None
    assert matrix is not None and matrix.emphasised
    d, c = sorted(matrix.emphasised)[0]
    cell = matrix.cells[d][c]
    item = page.matrix.cell_item(d, c)
    assert item is not None
    page.scroller.ensureWidgetVisible(page.matrix)
    rect = page.matrix.visualItemRect(item)
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.incidents
    assert window.incidents.model.query.filter == cell.filter
    assert window.incidents.model.total == cell.value > 0
    bar = window.incidents.filter_bar
    assert bar.district.currentData() == matrix.districts[d]
    assert bar.category.currentData() == matrix.categories[c].key


def test_a_count_tile_opens_the_incident_log(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.situation.gathered, timeout=WAIT_MS):
        window.show()
    situation = window.situation.situation
    assert situation is not None
    qtbot.mouseClick(window.situation.total_tile, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.incidents
    assert window.incidents.model.total == situation.total.current.value


def test_the_period_picker_changes_the_period(qtbot: QtBot, demo_db: Database) -> None:
    page = _shown(qtbot, demo_db)
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS) as signal:
        page.picker.choose(THIS_WEEK)
    assert signal.args[0].period == Period(date(2026, 11, 23), TODAY)  # Monday to today
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS) as signal:
        page.picker.choose(CUSTOM, date(2026, 3, 1), date(2026, 5, 31))
    situation = signal.args[0]
    assert situation.period == Period(date(2026, 3, 1), date(2026, 5, 31))
    expected = _expected(demo_db, situation.period)
    assert page.total_tile.value.text() == numbers.integer(expected.total.current.value, "en")
    assert "1–31 March" not in page.period_label.text()
    assert "1 March – 31 May 2026" in page.period_label.text()


def test_the_page_gathers_again_when_an_incident_is_added(qtbot: QtBot, demo_db: Database) -> None:
    page = _shown(qtbot, demo_db)
    before = page.situation.total.current.value if page.situation else 0
    incidents.create(
        demo_db,
        IncidentDraft(
            occurred_at=datetime(2026, 11, 25, 21, 30),
            category="VAND",
            summary="Klotter på busskuren vid Tumba torg",
            district="Tumba",
        ),
    )
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS) as signal:
        page.incidents_changed()  # what the incident page announces after a save
    assert signal.args[0].total.current.value == before + 1
    assert page.total_tile.value.text() == numbers.integer(before + 1, "en")


def test_a_hidden_page_gathers_when_shown_again(qtbot: QtBot, demo_db: Database) -> None:
    page = _shown(qtbot, demo_db)
    page.hide()
    page.incidents_changed()
    assert not page.busy
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS):
        page.show()


def test_typed_custom_dates_are_announced_once_the_officer_pauses(
    qtbot: QtBot, demo_db: Database
) -> None:
    from PySide6.QtCore import QDate

    from ui.situation.period_picker import PeriodPicker

    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.choose(CUSTOM, date(2026, 3, 1), date(2026, 5, 31))
    announced: list[object] = []
    picker.choice_changed.connect(announced.append)
    for day in (1, 12, 15):  # as if typed: three changes in quick succession
        picker.date_from.setDate(QDate(2026, 4, day))
    assert announced == []
    qtbot.waitUntil(lambda: len(announced) == 1, timeout=2_000)
    qtbot.wait(700)
    assert len(announced) == 1


@pytest.mark.usefixtures("swedish")
def test_in_swedish_numbers_dates_and_words_follow_the_language(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = _shown(qtbot, demo_db, CUSTOM)
    with qtbot.waitSignal(page.gathered, timeout=WAIT_MS) as signal:
        page.picker.choose(CUSTOM, date(2026, 3, 1), date(2026, 5, 31))
    situation: Situation = signal.args[0]
    assert page.title == "Läget" and page.heading.text() == "Läget"
    assert page.period_label.text().startswith("1 mars – 31 maj 2026  ·  jämfört med")
    assert page.state_label.text().startswith("Uppdaterad ")
    assert page.picker.date_from.text() == "2026-03-01"  # Swedish dates in the fields too
    total = situation.total
    tile = page.total_tile
    assert tile.caption.text() == "Alla händelser"
    assert tile.value.text() == numbers.integer(total.current.value, "sv")
    assert tile.against_previous.text() == (
        f"{numbers.change_previous(total, 'sv')} mot föregående period"
    )
    assert "\u00a0%" in tile.against_previous.text() + tile.against_year.text() or total.small
    assert tile.toolTip() == (
        f"Visa de här {numbers.integer(total.current.value, 'sv')} händelserna i händelseloggen"
    )
    assert {t.caption.text() for t in page.area_tiles if t.isVisibleTo(page)} <= {
        "Trygghet",
        "Säkerhet",
        "Informationssäkerhet",
        "Försäkring",
    }
    headers = [page.categories.horizontalHeaderItem(c) for c in range(4)]
    assert [h.text() if h else "" for h in headers] == [
        "Kategori",
        "Period",
        "Föregående",
        "I fjol",
    ]
    assert page.categories_card.note.text().startswith("Förändringar på små tal (under 10)")
    assert page.district_card.note.text() == (
        "Fylld stapel: perioden. Tunn ram: föregående period."
    )
    weekly = page.weekly_chart.chart
    district = page.district_chart.chart
    assert weekly is not None and district is not None
    assert all(r.label.startswith("Vecka ") for r in weekly.regions)
    assert all("(föregående period " in r.label for r in district.regions)
    notable = page.notable.headerItem()
    assert [notable.text(c) for c in range(notable.columnCount())] == [
        "Tidpunkt",
        "Nummer",
        "Allvar",
        "Kommundel",
        "Kategori",
        "Sammanfattning",
        "Verifierad",
    ]
    if situation.notable:
        first, row = situation.notable[0], page.notable.topLevelItem(0)
        assert row is not None
        assert row.text(0) == numbers.local_time(first.occurred_at, "sv")
    assert [page.picker.box.itemText(i) for i in range(page.picker.box.count())] == [
        "Den här veckan",
        "Sedan senaste samverkansmötet",
        "Senaste 30 dagarna",
        "Egna datum",
    ]
    assert [a.text() for a in page.file_actions() if a] == [
        "&Lägesbild som PDF…",
        "&Uppdatera läget",
    ]


def test_the_matrix_keeps_every_district_in_sight_in_a_narrow_card(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = _shown(qtbot, demo_db)
    matrix = page.matrix
    last = matrix.columnCount() - 1
    assert last > 0

    def last_district_ends() -> int:
        start = matrix.verticalHeader().width() + matrix.columnViewportPosition(last)
        return start + matrix.columnWidth(last)

    wide = matrix.verticalHeader().width()
    matrix.setFixedWidth(360)  # a laptop's window: the category names give way
    qtbot.waitUntil(lambda: last_district_ends() <= matrix.width(), timeout=2_000)
    assert matrix.verticalHeader().width() < wide
    names = matrix.verticalHeaderItem(0)
    assert names is not None and names.toolTip() == names.text()  # whole in the tooltip
