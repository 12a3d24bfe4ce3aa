"""The main window composes the pages: built when first shown, File menu per page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.storage.database import Database
from ui.main_window import MainWindow
from ui.meetings.page import MeetingPage
from ui.roster.page import RosterPage
from ui.situation.page import SituationPage


def test_each_area_opens_its_page_and_its_file_actions(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Situation",
        "Incidents",
        "Roster",
        "Joint meetings",
        "Task forces",
        "Cases",
        "Users",
        "Audit log",
    ]
    assert window.findChild(RosterPage) is None  # not built until asked for

    assert isinstance(window.pages.currentWidget(), SituationPage)  # the first page
    window.navigation.setCurrentRow(2)
    roster = window.pages.currentWidget()
    assert isinstance(roster, RosterPage)
    roster_actions = {a.text() for a in window.file_menu.actions() if a.text()}

    window.navigation.setCurrentRow(3)
    meetings = window.pages.currentWidget()
    assert isinstance(meetings, MeetingPage)
    meeting_actions = {a.text() for a in window.file_menu.actions() if a.text()}
    assert roster_actions != meeting_actions

    window.navigation.setCurrentRow(2)
    assert window.pages.currentWidget() is roster  # built once, kept


def test_cases_and_the_audit_log_are_listed_for_the_roles_that_read_them(
    qtbot: QtBot, demo_db: Database
) -> None:
    from app.services import users
    from app.storage.database import Database as Db

    users.add_user(demo_db, "dpo.person", "Data Protection", "dpo")
    users.add_user(demo_db, "plain.member", "Plain Member", "member")
    seen = {}
    for account in ("dpo.person", "plain.member"):
        window = MainWindow(Db(demo_db.engine, account))
        qtbot.addWidget(window)
        seen[account] = [
            window.navigation.item(row).text() for row in range(window.navigation.count())
        ]
    assert "Cases" not in seen["dpo.person"] and "Audit log" in seen["dpo.person"]
    assert "Cases" in seen["plain.member"] and "Audit log" not in seen["plain.member"]


def test_the_tools_menu_opens_the_office_settings(qtbot: QtBot, demo_db: Database) -> None:
    from ui.settings.dialog import OfficeSettingsDialog

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Tools", "&Help"]
    dialog = window.open_settings()
    assert isinstance(dialog, OfficeSettingsDialog) and dialog.isVisible()
    dialog.close()


@pytest.mark.usefixtures("swedish")
def test_the_window_in_swedish(qtbot: QtBot, demo_db: Database) -> None:
    """The areas and menus in Swedish, and every page titled as its area is listed
    (the self-test checks that a page was built by its title)."""
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Verktyg", "&Hjälp"]
    listed = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        listed.append(window.navigation.item(row).text())
        assert getattr(window.pages.currentWidget(), "title", None) == listed[-1]
    assert listed[2:] == [
        "Kontakter",
        "Samverkansmöten",
        "Insatsgrupper",
        "Ärenden",
        "Användare",
        "Granskningslogg",
    ]
