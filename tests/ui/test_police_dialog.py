"""File → Import police events…: the preview, the conflict choice, the import; the type editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.exchange.police_events import read_events
from app.services import incident_query, incidents, office_settings, police_import, users
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from ui.incidents.police_dialog import PoliceImportDialog
from ui.incidents.police_types_dialog import PoliceTypesDialog
from ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data" / "police-events"
BOTKYRKA = DATA / "botkyrka-2023-2026.json"


@pytest.fixture
def office(db: Database, fixed_clock: datetime) -> Database:
    users.sign_in(db)
    office_settings.set_setting(db, office_settings.MUNICIPALITY_NAME, "Botkyrka")
    return db


def test_the_preview_counts_before_anything_is_written_then_imports(
    qtbot: QtBot, office: Database
) -> None:
    dialog = PoliceImportDialog(office, BOTKYRKA)
    qtbot.addWidget(dialog)
    assert dialog.municipality.text() == "Botkyrka"  # from the settings
    assert "<b>334</b> new" in dialog.summary.text()
    assert incident_query.count(office, IncidentQuery()) == 0
    assert dialog.import_button.isEnabled()
    assert dialog.notices.rowCount() == 334  # every notice the import will write
    assert not dialog.conflicts_heading.isVisibleTo(dialog)
    dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.created == 334
    assert incident_query.count(office, IncidentQuery()) == 334


def test_another_municipality_is_previewed_again(qtbot: QtBot, office: Database) -> None:
    dialog = PoliceImportDialog(office, DATA / "stockholms-lan-2023-2026.json")
    qtbot.addWidget(dialog)
    dialog.municipality.setText("Huddinge")
    dialog.refresh_button.click()
    assert dialog.plan is not None and dialog.plan.municipality == "Huddinge"
    assert "for Huddinge" in dialog.summary.text()


def test_a_conflict_is_shown_and_the_officer_chooses(
    qtbot: QtBot, office: Database, tmp_path: Path
) -> None:
    events = read_events(BOTKYRKA.read_bytes())
    police_import.run(office, events, "Botkyrka")
    incident_id = next(
        i
        for i in incident_query.ids(office, IncidentQuery())
        if incidents.get(office, i).external_ref == str(events[0].event_id)
    )
    current = incidents.get(office, incident_id)
    incidents.update(office, incident_id, replace(current.draft(), summary="Officer's words"))
    changed = tmp_path / "changed.json"
    raw = BOTKYRKA.read_text(encoding="utf-8").replace(
        events[0].summary.replace('"', '\\"')[:40], "Polisen har uppdaterat notisen", 1
    )
    changed.write_text(raw, encoding="utf-8")
    dialog = PoliceImportDialog(office, changed)
    qtbot.addWidget(dialog)
    assert dialog.conflicts_heading.isVisibleTo(dialog)
    assert dialog.notices.item(0, 0).text() == "Conflict"
    assert dialog.notices.item(0, 1).text() == current.reference
    assert dialog.take_police_for() == {}  # the officer's edit is kept unless chosen
    dialog.choose(0, take_police=True)
    assert dialog.take_police_for() == {events[0].event_id: current.version + 1}
    dialog.import_button.click()
    assert "Polisen har uppdaterat notisen" in incidents.get(office, incident_id).summary


def test_a_file_that_is_not_events_is_refused_in_the_dialog(
    qtbot: QtBot, office: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    dialog = PoliceImportDialog(office, bad)
    qtbot.addWidget(dialog)
    assert dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_the_file_menu_offers_the_import_on_every_page(qtbot: QtBot, office: Database) -> None:
    window = MainWindow(office)
    qtbot.addWidget(window)
    assert window.police_action in window.file_menu.actions()
    window.navigation.setCurrentRow(0)
    assert window.police_action in window.file_menu.actions()
    dialog = window.import_police_events(BOTKYRKA)
    assert isinstance(dialog, PoliceImportDialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "New: 334" in window.statusBar().currentMessage())


def test_an_administrator_changes_a_types_category(qtbot: QtBot, office: Database) -> None:
    dialog = PoliceTypesDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.may_change
    row = next(i for i, m in enumerate(dialog.mappings) if m.police_type == "Brand")
    box = dialog.boxes[row]
    box.setCurrentIndex(box.findData("VAND"))
    assert dialog.chosen() == {"Brand": "VAND"}
    dialog.save()
    mapping = {m.police_type: m.category for m in police_import.type_mappings(office)}
    assert mapping["Brand"] == "VAND"


def test_the_incident_log_exports_and_imports_cap_alerts(
    qtbot: QtBot, office: Database, tmp_path: Path
) -> None:
    from lxml import etree

    from app.services.incident_types import IncidentDraft

    window = MainWindow(office)
    qtbot.addWidget(window)
    page = window.incidents
    assert page.export_cap_action in page.file_actions()
    assert not page.export_cap_action.isEnabled()  # nothing selected yet
    made = incidents.create(
        office,
        IncidentDraft(
            occurred_at=datetime(2026, 11, 20, 21, 0), category="FIRE", summary="Bilbrand"
        ),
    )
    page.refresh()
    page.table.select_row(0)
    qtbot.waitUntil(page.export_cap_action.isEnabled)
    target = tmp_path / "larm.xml"
    assert page.export_cap(target)
    xsd = Path(__file__).resolve().parents[2] / "resources" / "cap" / "CAP-v1.2.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(etree.parse(str(target)))
    # The same alert with another identifier comes back as a new incident, selected.
    other = tmp_path / "other.xml"
    other.write_bytes(target.read_bytes().replace(b"samverkan.", b"elsewhere.", 1))
    assert page.import_cap(other)
    assert incident_query.count(office, IncidentQuery()) == 2
    selected = incidents.get(office, page.table.current_id() or 0)
    assert selected.summary == "Bilbrand" and selected.id != made.id


def test_types_the_file_brings_unmapped_can_be_given_a_category_from_the_preview(
    qtbot: QtBot, office: Database, tmp_path: Path
) -> None:
    text = BOTKYRKA.read_text(encoding="utf-8").replace('"type": "Brand"', '"type": "Ny typ"')
    source = tmp_path / "ny.json"
    source.write_text(text, encoding="utf-8")
    dialog = PoliceImportDialog(office, source)
    qtbot.addWidget(dialog)
    assert dialog.map_types_button.isVisibleTo(dialog)
    editor = dialog.map_new_types()
    assert isinstance(editor, PoliceTypesDialog)
    assert editor.mappings[0].police_type == "Ny typ"  # the file's new type first
    editor.boxes[0].setCurrentIndex(editor.boxes[0].findData("FIRE"))
    editor.save()
    assert dialog.plan is not None and dialog.plan.unmapped_types == ()  # previewed again
    assert not dialog.map_types_button.isVisibleTo(dialog)


def test_the_preview_speaks_swedish(qtbot: QtBot, office: Database, swedish: None) -> None:
    dialog = PoliceImportDialog(office, BOTKYRKA)
    qtbot.addWidget(dialog)
    assert "<b>334</b> notiser gäller Botkyrka – nya: <b>334</b>" in dialog.summary.text()
    headers = [dialog.notices.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Vad som görs", "Händelse", "Inträffade"]
    assert dialog.notices.item(0, 0).text() == "Ny"
    assert dialog.notices.item(0, 2).text()[4] == "-"  # 2026-11-26 14:05
