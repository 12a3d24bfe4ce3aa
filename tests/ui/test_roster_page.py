"""The roster page: search by phone number, create a person, copy a number."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.demo.roster import ensure_roster
from app.services import roster
from app.storage.database import Database
from ui.roster.page import RosterPage


@pytest.fixture
def page(db: Database, qtbot: QtBot) -> RosterPage:
    with db.writing() as session:
        ensure_roster(session)
    widget = RosterPage(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(page: RosterPage) -> list[str]:
    return [p.name for p in page.model.people()]


@pytest.mark.parametrize("typed", ["08-465 004 12", "+46846500412", "0846500412", "070 174 06 11"])
def test_search_finds_a_person_by_phone_number(page: RosterPage, qtbot: QtBot, typed: str) -> None:
    qtbot.keyClicks(page.search, typed)
    qtbot.waitUntil(lambda: names(page) == ["Daniel Kovačević"], timeout=2000)
    assert "08-465 004 12" in page.detail.text()


def test_people_who_left_and_agencies(page: RosterPage, qtbot: QtBot) -> None:
    everyone = len(names(page))
    page.show_left.setChecked(True)
    assert len(names(page)) == everyone + 1
    page.agencies.setCurrentRow(1)
    agency = page.agencies.currentItem().text()
    assert names(page) and all(agency.startswith(p.agency) for p in page.model.people())


def test_create_a_person_through_the_editor(page: RosterPage, db: Database) -> None:
    editor = page.new_person()
    editor.name.setText("Åsa Öberg")
    editor.agency.setCurrentIndex(editor.agency.findText("Lokalpolisområde Botkyrka"))
    editor.phone.setText("08-12")
    editor.email.setText("not an address")
    assert editor.save() is None
    assert editor.messages["phone"].isVisibleTo(editor)
    assert editor.messages["email"].isVisibleTo(editor)
    assert not editor.messages["name"].isVisibleTo(editor)
    editor.phone.setText("08-500 500 00")
    editor.email.setText("asa.oberg@botkyrka.example")
    editor.deputy.setCurrentIndex(
        editor.deputy.findText("Sara Nyström", Qt.MatchFlag.MatchStartsWith)
    )
    saved = editor.save()
    assert saved is not None and saved.phone == "+46850050000" and saved.deputy == "Sara Nyström"
    assert roster.get_person(db, saved.id).agency == "Lokalpolisområde Botkyrka"
    assert page.current_person() == saved


def test_copy_phone_puts_it_on_the_clipboard(page: RosterPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "Leila")
    qtbot.waitUntil(lambda: names(page) == ["Leila Haddad"], timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == "08-465 004 02"
    assert page.copy_email() == "leila.haddad@botkyrka.example"
    assert QGuiApplication.clipboard().text() == "leila.haddad@botkyrka.example"


def test_export_writes_vcards(page: RosterPage, tmp_path: Path) -> None:
    path = tmp_path / "all.vcf"
    assert page.write_vcard(path, page.model.people()) == len(names(page))
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(names(page))
