"""The incident editor: saving through the service, errors next to their fields."""

from __future__ import annotations

import itertools
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import incidents
from app.services.incident_types import IncidentDraft
from app.services.reference import load
from app.storage.database import Database
from ui.incidents.editor import IncidentEditor
from ui.incidents.editor_fields import set_local


def open_editor(qtbot: QtBot, db: Database, incident=None) -> IncidentEditor:  # type: ignore[no-untyped-def]
    editor = IncidentEditor(db, load(db), incident)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_new_incident_is_saved_with_its_fields(
    qtbot: QtBot, db: Database, fixed_clock: object
) -> None:
    editor = open_editor(qtbot, db)
    qtbot.keyClicks(editor.form.summary, "Brand i soprum")
    editor.form.category.setCurrentIndex(editor.form.category.findData("FIRE"))
    editor.form.severity.setCurrentIndex(editor.form.severity.findData(3))
    editor.form.district.setCurrentIndex(editor.form.district.findData("Tumba"))
    qtbot.keyClicks(editor.form.place, "Tumba torg")
    qtbot.keyClicks(editor.form.estimated_cost_sek, "12 000")
    editor.form.agencies_involved.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.incident_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = incidents.get(db, saved.args[0].id)
    assert (stored.summary, stored.category, stored.severity) == ("Brand i soprum", "FIRE", 3)
    assert (stored.district, stored.place) == ("Tumba", "Tumba torg")
    assert stored.estimated_cost_sek == 12000
    assert stored.agencies_involved == (editor.form.agencies_involved.item(0).text(),)
    assert stored.area == "safety"  # the category's default area


def test_an_empty_summary_is_shown_under_its_field(
    qtbot: QtBot, db: Database, fixed_clock: object
) -> None:
    editor = open_editor(qtbot, db)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.field_error("summary") == "Is required"
    assert editor.form.fields["summary"].error_label.isVisible()
    assert editor.field_error("category") == "Is required"  # nothing chosen in advance
    assert editor.field_error("place") == ""
    assert editor.focusWidget() is editor.form.category  # the first refused field, in form order


def test_a_future_time_is_refused_and_the_dialog_stays(
    qtbot: QtBot, db: Database, fixed_clock: object
) -> None:
    editor = open_editor(qtbot, db)
    qtbot.keyClicks(editor.form.summary, "Klotter")
    set_local(editor.form.occurred_at, fixed_clock + timedelta(days=2))  # type: ignore[operator]
    qtbot.keyClicks(editor.form.latitude, "north")
    editor.save()
    assert editor.isVisible()
    assert editor.field_error("latitude") == "Must be a number"  # read by the dialog itself
    editor.form.latitude.clear()
    editor.save()
    assert editor.field_error("occurred_at") == "Is in the future"
    assert editor.field_error("latitude") == ""


def test_editing_saves_a_new_version_and_reports_a_conflict(
    qtbot: QtBot, db: Database, fixed_clock: object
) -> None:
    draft = IncidentDraft(
        occurred_at=fixed_clock - timedelta(hours=3),  # type: ignore[operator]
        category="VAND",
        summary="Klotter på skolan",
        district="Alby",
    )
    incident = incidents.create(db, draft)
    editor = open_editor(qtbot, db, incident)
    assert editor.form.summary.text() == "Klotter på skolan"
    assert editor.form.district.currentData() == "Alby"
    # Someone else saves first:
    incidents.update(db, incident.id, draft, expected_version=incident.version)
    editor.form.summary.setText("Klotter på Alby skola")
    editor.save()
    assert editor.isVisible()
    assert editor.banner.isVisible() and "changed by someone else" in editor.banner.text()
    again = open_editor(qtbot, db, incidents.get(db, incident.id))
    again.form.summary.setText("Klotter på Alby skola")
    with qtbot.waitSignal(again.incident_saved):
        again.save()
    assert incidents.get(db, incident.id).summary == "Klotter på Alby skola"


def test_tab_walks_the_form_in_reading_order(qtbot: QtBot, db: Database) -> None:
    editor = open_editor(qtbot, db)
    form = editor.form
    order = [form.category, form.area, form.severity, form.status, form.summary]
    for here, there in itertools.pairwise(order):
        assert _next_focusable(here) is there


def _next_focusable(widget: QWidget) -> QWidget:
    """Where Tab goes from widget: the next in the focus chain that takes Tab focus."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_an_identity_number_is_refused_where_it_is_and_masked_with_one_action(
    qtbot: QtBot, db: Database, fixed_clock: object
) -> None:
    editor = open_editor(qtbot, db)
    qtbot.keyClicks(editor.form.summary, "Hot mot personal")
    editor.form.category.setCurrentIndex(editor.form.category.findData("VIOL"))
    editor.form.description.setPlainText("Anmälaren 811218-9876 hördes.")
    editor.save()
    assert editor.isVisible()
    assert "character 11" in editor.field_error("description")
    assert not editor.mask_button.isHidden()
    assert editor.mask_identity_numbers() == 1
    assert editor.form.description.toPlainText() == "Anmälaren XXXXXX-XXXX hördes."
    with qtbot.waitSignal(editor.incident_saved) as saved:
        editor.save()
    assert incidents.get(db, saved.args[0].id).description == "Anmälaren XXXXXX-XXXX hördes."


def test_the_editor_speaks_swedish_and_writes_swedish_times(
    qtbot: QtBot, db: Database, fixed_clock: object, swedish: None
) -> None:
    editor = open_editor(qtbot, db)
    assert editor.windowTitle() == "Ny händelse"
    assert editor.form.occurred_at.displayFormat() == "yyyy-MM-dd HH:mm"
    assert editor.form.summary.accessibleName() == "Sammanfattning"
    qtbot.keyClicks(editor.form.summary, "Klotter")
    qtbot.keyClicks(editor.form.latitude, "norr")
    editor.save()
    assert editor.field_error("latitude") == "Måste vara ett tal"


def test_english_dates_read_day_month_year(qtbot: QtBot, db: Database) -> None:
    editor = open_editor(qtbot, db)
    assert editor.form.occurred_at.displayFormat() == "d MMM yyyy HH:mm"
