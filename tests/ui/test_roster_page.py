"""The roster page: search by phone number, create a person, copy a number."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.demo.roster import ensure_roster
from app.exchange.vcard import export_people
from app.services import roster
from app.services.roster_types import Person
from app.services.roster_vocabulary import AgencyKind
from app.storage.database import Database
from ui.roster.page import RosterPage
from ui.widgets.jobs import Job


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


def agency_texts(page: RosterPage) -> list[str]:
    return [page.agencies.item(row).text() for row in range(page.agencies.count())]


def test_create_and_edit_an_agency_through_the_dialog(page: RosterPage, db: Database) -> None:
    assert not page.edit_agency_action.isEnabled()  # "All agencies" is chosen
    editor = page.new_agency()
    assert editor.kind.count() == len(AgencyKind)
    editor.name.setText("Fältgruppen Tumba")
    editor.kind.setCurrentIndex(editor.kind.findData(AgencyKind.SOCIAL_SERVICES.value))
    editor.phone.setText("08-530 610 00")
    editor.duty_phone.setText("070-174 06 99")
    editor.email.setText("faltgruppen@botkyrka.example")
    saved = editor.save()
    assert saved is not None and saved.kind == "social_services"
    assert saved.phone == "+46853061000" and saved.duty_phone == "+46701740699"
    assert "Fältgruppen Tumba (0)" in agency_texts(page)
    assert page.agencies.currentItem().text() == "Fältgruppen Tumba (0)"
    assert page.edit_agency_action.isEnabled()
    again = page.edit_agency()
    assert again is not None and again.name.text() == "Fältgruppen Tumba"
    assert again.phone.text() == "08-530 610 00"
    again.notes.setPlainText("Kvällar och helger.")
    assert again.save() is not None
    assert roster.get_agency(db, saved.id).notes == "Kvällar och helger."


def test_an_agency_without_a_name_shows_its_message(page: RosterPage) -> None:
    before = agency_texts(page)
    editor = page.new_agency()
    editor.phone.setText("08-12")
    assert editor.save() is None
    assert editor.messages["name"].isVisibleTo(editor)
    assert editor.messages["name"].text()
    assert editor.messages["phone"].isVisibleTo(editor)
    assert not editor.messages["email"].isVisibleTo(editor)
    assert editor.isVisible()
    assert agency_texts(page) == before


def test_import_a_vcard_file(page: RosterPage, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    newcomer = Person(
        id=9999,
        version=1,
        name="Nora Lindqvist",
        title="Fältassistent",
        agency_id=0,
        agency="Fältgruppen Tumba",
        phone="+46853061000",
        mobile="+46701740698",
        email="nora.lindqvist@botkyrka.example",
        deputy_id=None,
        deputy="",
        joint_meeting=False,
        active=True,
        notes="",
    )
    export_people(path, [newcomer])
    messages: list[str] = []
    page.status_message.connect(messages.append)
    job = page.start_vcard_import(path)
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.succeeded, timeout=3000):
        pass
    assert "Nora Lindqvist" in names(page)
    assert any(text.startswith("Fältgruppen Tumba (1)") for text in agency_texts(page))
    assert messages and "1 added" in messages[-1] and messages[-1].endswith("1 new agency.")


def test_a_broken_vcard_file_is_shown_and_changes_nothing(
    page: RosterPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        "ui.widgets.jobs.QMessageBox.warning", lambda _p, _t, text: problems.append(text)
    )
    path = tmp_path / "broken.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Utan Byrå\r\nEND:VCARD\r\n")
    before = names(page)
    job = page.start_vcard_import(path)
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.failed, timeout=3000):
        pass
    assert problems and "org" in problems[0]
    assert names(page) == before


def test_an_identity_number_is_shown_under_its_field(page: RosterPage, db: Database) -> None:
    """The roster refuses a personnummer in a title or notes; the editors say where."""
    person = page.new_person()
    person.name.setText("Åsa Öberg")
    person.agency.setCurrentIndex(person.agency.findText("Lokalpolisområde Botkyrka"))
    person.title_edit.setText("Handläggare 811218-9876")
    person.notes.setPlainText("Ring om 811218-9876")
    assert person.save() is None
    for field in ("title", "notes"):
        assert person.messages[field].isVisibleTo(person)
        assert "personal identity number" in person.messages[field].text()
    assert not person.messages["name"].isVisibleTo(person)
    agency = page.new_agency()
    agency.name.setText("Ny myndighet")
    agency.notes.setPlainText("Kontakt: 811218-9876")
    assert agency.save() is None
    assert "at character 10" in agency.messages["notes"].text()
    assert "Ny myndighet" not in {a.name for a in roster.list_agencies(db)}


@pytest.mark.usefixtures("swedish")
def test_the_page_in_swedish(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    """Column headings, buttons and the plural in the export message in Swedish."""
    with db.writing() as session:
        ensure_roster(session)
    page = RosterPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.title == "Kontakter"
    headings = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    assert headings == [
        "Namn",
        "Titel",
        "Myndighet",
        "Telefon",
        "Mobil",
        "E-post",
        "Ersättare",
    ]
    assert page.agencies.item(0).text() == "Alla myndigheter"
    messages: list[str] = []
    page.status_message.connect(messages.append)
    person = page.current_person()
    assert person is not None
    page.write_vcard(tmp_path / "en.vcf", [person])
    assert messages[-1] == f"1 kontakt exporterad till {tmp_path / 'en.vcf'}."
    page.write_vcard(tmp_path / "alla.vcf", page.model.people())
    count = len(page.model.people())
    assert messages[-1] == f"{count} kontakter exporterade till {tmp_path / 'alla.vcf'}."
