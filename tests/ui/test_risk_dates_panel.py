"""The risk dates on the meetings page: added, edited and deleted through the service,
with the service's messages under their fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import risk_dates
from app.services.risk_date_types import RiskDateDraft
from app.storage.database import Database
from ui.meetings.page import MeetingPage
from ui.meetings.risk_dates_panel import RiskDatesPanel

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _panel(qtbot: QtBot, db: Database) -> RiskDatesPanel:
    panel = RiskDatesPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_add_a_risk_date(qtbot: QtBot, db: Database) -> None:
    panel = _panel(qtbot, db)
    before = panel.listed_titles()
    dialog = panel.add()
    dialog.save()  # no title
    assert dialog.isVisible()
    assert dialog.messages["title"].isVisibleTo(dialog) and dialog.messages["title"].text()
    dialog.title_edit.setText("Valborgsmässoafton")
    dialog.starts_edit.setDate(QDate(2027, 4, 30))
    dialog.yearly.setChecked(True)
    dialog.notes_edit.setPlainText("Eldar i Tullinge och Tumba; polisen förstärker.")
    saved = dialog.save()
    assert saved is not None and not dialog.isVisible()
    assert risk_dates.get(db, saved.id).recurring_yearly
    assert sorted(panel.listed_titles()) == sorted([*before, "Valborgsmässoafton"])
    assert panel.current_id() == saved.id


def test_an_end_before_the_start_is_said_under_its_field(qtbot: QtBot, db: Database) -> None:
    panel = _panel(qtbot, db)
    dialog = panel.add()
    dialog.title_edit.setText("Skolavslutning")
    dialog.starts_edit.setDate(QDate(2027, 6, 10))
    dialog.several_days.setChecked(True)
    dialog.ends_edit.setDate(QDate(2027, 6, 8))
    assert dialog.save() is None
    assert dialog.messages["ends_on"].text() == "cannot be before the first day"


def test_edit_and_delete(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    made = risk_dates.create(db, RiskDateDraft("Demonstration på Tumba torg", date(2026, 12, 5)))
    panel = _panel(qtbot, db)
    panel.select(made.id)
    dialog = panel.edit_selected()
    assert dialog is not None and dialog.title_edit.text() == made.title
    dialog.title_edit.setText("Anmäld demonstration, Tumba torg")
    assert dialog.save() is not None
    assert "Anmäld demonstration, Tumba torg" in panel.listed_titles()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.select(made.id)
    assert panel.delete_selected()
    assert "Anmäld demonstration, Tumba torg" not in panel.listed_titles()
    assert all(r.id != made.id for r in risk_dates.list_risk_dates(db))


def test_the_meetings_page_shows_the_panel(qtbot: QtBot, db: Database) -> None:
    page = MeetingPage(db)
    qtbot.addWidget(page)
    assert isinstance(page.risk_dates_panel, RiskDatesPanel)


@pytest.mark.usefixtures("swedish")
def test_the_panel_in_swedish(qtbot: QtBot, db: Database) -> None:
    risk_dates.create(
        db, RiskDateDraft("Valborgsmässoafton", date(2027, 4, 30), recurring_yearly=True)
    )
    panel = _panel(qtbot, db)
    assert panel.tree.headerItem().text(0) == "När"
    when = [
        item.text(0)
        for row in range(panel.tree.topLevelItemCount())
        if (item := panel.tree.topLevelItem(row)) is not None
        and item.text(1) == "Valborgsmässoafton"
    ]
    assert when == ["2027-04-30 (varje år)"]
    dialog = panel.add()
    assert dialog.windowTitle() == "Nytt riskdatum"
    assert dialog.starts_edit.displayFormat() == "yyyy-MM-dd"


def test_english_dates(qtbot: QtBot, db: Database) -> None:
    risk_dates.create(db, RiskDateDraft("Skolavslutning", date(2027, 6, 10), date(2027, 6, 11)))
    panel = _panel(qtbot, db)
    items = [panel.tree.topLevelItem(row) for row in range(panel.tree.topLevelItemCount())]
    assert "10 Jun 2027 – 11 Jun 2027" in [i.text(0) for i in items if i is not None]
    assert panel.add().starts_edit.displayFormat() == "d MMM yyyy"
