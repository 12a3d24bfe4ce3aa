"""Both versions side by side: the generic merge dialog, and the editors that offer it
when somebody else saved the record behind them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import TaskForceKind
from app.i18n import set_language
from app.services import cases, incidents, meetings, risk_dates, roster, task_forces
from app.services.case_types import TaskForceDraft
from app.services.incident_types import IncidentDraft
from app.services.meeting_types import ActionDraft, AgendaItemDraft, MeetingDraft
from app.services.reference import load
from app.services.risk_date_types import RiskDateDraft
from app.services.roster_types import AgencyDraft, PersonDraft
from app.storage.database import Database
from tests.services.case_support import draft as case_draft
from tests.services.case_support import sign_in_tester, task_force
from ui.cases.case_dialog import CaseDialog
from ui.incidents.editor import IncidentEditor
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.meeting_dialog import MeetingDialog
from ui.meetings.risk_dates_panel import RiskDateDialog
from ui.roster.agency_editor import AgencyEditor
from ui.roster.person_editor import PersonEditor
from ui.task_forces.task_force_dialog import TaskForceDialog
from ui.widgets.conflict import ConflictDialog, FieldVersions, Resolution, field_rows, shown

pytestmark = pytest.mark.usefixtures("fixed_clock")


@dataclass(frozen=True)
class Draft:
    name: str
    phone: str
    notes: str


ROWS = field_rows(
    Draft("Åsa", "070-123 45 67", "min anteckning"),
    Draft("Åsa", "070-123 45 68", "deras anteckning"),
    [("name", "Name"), ("phone", "Phone"), ("notes", "Notes")],
)


def _dialog(qtbot: QtBot, rows: list[FieldVersions] = ROWS) -> ConflictDialog:
    dialog = ConflictDialog(rows, subject="Åsa")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_only_the_fields_that_differ_are_marked_and_offered_a_choice(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.differing() == ["phone", "notes"]
    assert dialog.text("notes", theirs=False) == "min anteckning"
    assert dialog.text("notes", theirs=True) == "deras anteckning"
    assert not dialog.takes_theirs("phone") and not dialog.takes_theirs("name")


def test_a_choice_per_field_makes_the_merge(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.choose("notes", theirs=True)
    with qtbot.waitSignal(dialog.resolved) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    chosen: Resolution = signal.args[0]
    assert chosen.values == {"name": "Åsa", "phone": "070-123 45 67", "notes": "deras anteckning"}
    assert not chosen.nothing_of_mine
    assert chosen.merged(Draft("x", "y", "z")) == Draft("Åsa", "070-123 45 67", "deras anteckning")
    assert not dialog.isVisible()


def test_keep_all_mine_and_take_all_theirs(qtbot: QtBot) -> None:
    mine = _dialog(qtbot)
    mine.choose("phone", theirs=True)
    with qtbot.waitSignal(mine.resolved) as signal:
        mine.keep_mine_button.click()
    assert signal.args[0].values["phone"] == "070-123 45 67"
    theirs = _dialog(qtbot)
    with qtbot.waitSignal(theirs.resolved) as signal:
        theirs.take_theirs_button.click()
    assert signal.args[0].values == {
        "name": "Åsa",
        "phone": "070-123 45 68",
        "notes": "deras anteckning",
    }
    assert signal.args[0].nothing_of_mine


def test_cancel_resolves_nothing(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.resolved):
        dialog.reject()


@dataclass(frozen=True)
class Timed:
    when: datetime
    agencies: tuple[str, ...]


def test_values_are_compared_as_shown() -> None:
    local = datetime(2026, 11, 26, 14, 0)  # naive: Swedish local time, as a form gives it
    utc = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)  # the same moment, as stored
    rows = field_rows(
        Timed(local, ("Polisen", "Skolan")),
        Timed(utc, ("Skolan", "Polisen")),
        [("when", "When"), ("agencies", "Agencies")],
    )
    assert [row.differs for row in rows] == [False, False]  # the order of choices is no difference
    assert rows[0].theirs_text == "26 Nov 2026 14:00"


def test_values_are_shown_as_swedish_writes_them() -> None:
    set_language("sv")  # back to English after the test (tests/conftest.py)
    rows = field_rows(
        Timed(datetime(2026, 11, 26, 13, 0, tzinfo=UTC), ()),
        Timed(datetime(2026, 11, 26, 14, 0), ()),
        [("when", "När"), ("agencies", "Myndigheter")],
    )
    assert rows[0].mine_text == rows[0].theirs_text == "2026-11-26 14:00"
    assert shown(date(2026, 1, 5)) == "2026-01-05"
    assert shown(59.329300) == "59,3293" and shown(1234.5) == "1\u00a0234,5"


# -- the incident editor ------------------------------------------------------------------


def test_the_incident_editor_merges_field_by_field(
    qtbot: QtBot, db: Database, fixed_clock: datetime
) -> None:
    draft = IncidentDraft(
        occurred_at=fixed_clock - timedelta(hours=3),
        category="VAND",
        summary="Klotter på skolan",
        district="Alby",
        place="Alby skola",
    )
    incident = incidents.create(db, draft)
    editor = IncidentEditor(db, load(db), incident)
    qtbot.addWidget(editor)
    editor.show()
    # Someone else saves first: another place and another description.
    theirs = replace(draft, place="Alby skola, entrén", description="Sanerat av fastighet")
    incidents.update(db, incident.id, theirs, expected_version=incident.version)
    # The officer changes the summary and the place.
    editor.form.summary.setText("Klotter på Alby skola")
    editor.form.place.setText("Alby skolgård")
    editor.save()
    assert editor.isVisible() and "changed by someone else" in editor.banner.text()
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.differing() == ["summary", "place", "description"]
    assert dialog.text("place", theirs=False) == "Alby skolgård"
    assert dialog.text("place", theirs=True) == "Alby skola, entrén"
    assert dialog.text("category", theirs=True) == dialog.text("category", theirs=False)
    dialog.choose("place", theirs=True)  # take theirs
    dialog.choose("summary", theirs=False)  # keep mine
    dialog.choose("description", theirs=True)
    with qtbot.waitSignal(editor.incident_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = incidents.get(db, incident.id)
    assert saved.args[0] == stored
    assert stored.summary == "Klotter på Alby skola"
    assert stored.place == "Alby skola, entrén"
    assert stored.description == "Sanerat av fastighet"
    assert stored.district == "Alby" and stored.category == "VAND"
    assert stored.version == incident.version + 2
    assert not editor.isVisible()


def test_a_merge_that_meets_a_newer_save_is_offered_again(
    qtbot: QtBot, db: Database, fixed_clock: datetime
) -> None:
    draft = IncidentDraft(fixed_clock - timedelta(hours=3), "VAND", "Klotter")
    incident = incidents.create(db, draft)
    editor = IncidentEditor(db, load(db), incident)
    qtbot.addWidget(editor)
    incidents.update(db, incident.id, replace(draft, place="Fittja"))
    editor.form.summary.setText("Mitt klotter")
    editor.save()
    first = editor.conflict_dialog
    assert first is not None
    # Yet another save lands while the officer compares.
    incidents.update(db, incident.id, replace(draft, place="Fittja torg"))
    first.keep_mine_button.click()
    second = editor.conflict_dialog
    assert second is not None and second is not first
    assert second.text("place", theirs=True) == "Fittja torg"
    with qtbot.waitSignal(editor.incident_saved):
        second.choose("place", theirs=True)
        second.save_merged()
    stored = incidents.get(db, incident.id)
    assert (stored.summary, stored.place) == ("Mitt klotter", "Fittja torg")


def test_taking_all_theirs_writes_nothing(
    qtbot: QtBot, db: Database, fixed_clock: datetime
) -> None:
    draft = IncidentDraft(fixed_clock - timedelta(hours=3), "VAND", "Klotter")
    incident = incidents.create(db, draft)
    editor = IncidentEditor(db, load(db), incident)
    qtbot.addWidget(editor)
    theirs = incidents.update(db, incident.id, replace(draft, place="Fittja"))
    editor.form.summary.setText("Mitt klotter")
    editor.save()
    assert editor.conflict_dialog is not None
    with qtbot.waitSignal(editor.incident_saved) as saved:
        editor.conflict_dialog.take_theirs_button.click()
    assert saved.args[0] == theirs == incidents.get(db, incident.id)


# -- every other editor: the record changed behind it, a field each way ---------------------


def _merge(qtbot: QtBot, editor: object, saved_signal: object, mine: str, theirs: str) -> None:
    """Save the editor, meet the conflict, keep `mine`, take `theirs`, save the merge."""
    assert editor.save() is None  # type: ignore[attr-defined]
    dialog: ConflictDialog = editor.conflict_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    assert mine in dialog.differing() and theirs in dialog.differing()
    dialog.choose(mine, theirs=False)
    dialog.choose(theirs, theirs=True)
    with qtbot.waitSignal(saved_signal):
        dialog.save_merged()


def test_the_person_editor_merges(qtbot: QtBot, db: Database) -> None:
    agency_id = roster.list_agencies(db)[0].id
    person = roster.create_person(db, PersonDraft("Åsa Lind", agency_id, phone="08-500 500 00"))
    editor = PersonEditor(db, person)
    qtbot.addWidget(editor)
    roster.update_person(db, person.id, replace(person.draft(), title="Rektor", notes="Deras"))
    editor.title_edit.setText("Biträdande rektor")
    editor.notes.setPlainText("Mina")
    _merge(qtbot, editor, editor.person_saved, "title", "notes")
    stored = roster.get_person(db, person.id)
    assert (stored.title, stored.notes, stored.phone) == (
        "Biträdande rektor",
        "Deras",
        "+46850050000",
    )
    assert stored.version == person.version + 2


def test_the_agency_editor_merges(qtbot: QtBot, db: Database) -> None:
    agency = roster.create_agency(
        db, AgencyDraft("Tumba gymnasium", "school", phone="08-530 610 00")
    )
    editor = AgencyEditor(db, agency)
    qtbot.addWidget(editor)
    roster.update_agency(db, agency.id, replace(agency.draft(), email="a@b.se", notes="Deras"))
    editor.email.setText("tumba@botkyrka.se")
    editor.notes.setPlainText("Mina")
    assert editor.save() is None
    dialog = editor.conflict_dialog
    assert dialog is not None
    assert "phone" not in dialog.differing()  # the same number, typed or stored
    dialog.choose("email", theirs=False)
    dialog.choose("notes", theirs=True)
    with qtbot.waitSignal(editor.agency_saved):
        dialog.save_merged()
    stored = roster.get_agency(db, agency.id)
    assert (stored.email, stored.notes) == ("tumba@botkyrka.se", "Deras")


def test_the_meeting_dialog_merges(qtbot: QtBot, db: Database, fixed_clock: datetime) -> None:
    start = datetime(2026, 12, 3, 9, 0)
    meeting = meetings.create(
        db, MeetingDraft("Ledningsgruppen", start, start + timedelta(hours=2))
    )
    dialog = MeetingDialog(db, meeting)
    qtbot.addWidget(dialog)
    theirs = replace(meeting.draft(), place="Kommunhuset", agenda=(AgendaItemDraft("Lägesbild"),))
    meetings.update(db, meeting.id, theirs, expected_version=meeting.version)
    dialog.title_edit.setText("Ledningsgruppen, december")
    dialog.place_edit.setText("Tumba bibliotek")
    assert dialog.save() is None
    merge = dialog.conflict_dialog
    assert merge is not None
    assert merge.differing() == ["title", "place", "agenda"]
    assert merge.text("agenda", theirs=True) == "1. Lägesbild"
    merge.choose("title", theirs=False)
    merge.choose("place", theirs=True)
    merge.choose("agenda", theirs=True)
    with qtbot.waitSignal(dialog.meeting_saved):
        merge.save_merged()
    stored = meetings.get(db, meeting.id)
    assert (stored.title, stored.place) == ("Ledningsgruppen, december", "Kommunhuset")
    assert stored.agenda == (AgendaItemDraft("Lägesbild"),)
    assert stored.starts_at == meeting.starts_at


def test_the_action_dialog_merges(qtbot: QtBot, db: Database) -> None:
    owner = roster.create_person(db, PersonDraft("Åsa Lind", roster.list_agencies(db)[0].id))
    action = meetings.create_action(db, ActionDraft("Boka lokal", owner.id, date(2026, 12, 10)))
    dialog = ActionDialog(db, action=action)
    qtbot.addWidget(dialog)
    meetings.update_action(db, action.id, replace(action.draft(), due=date(2026, 12, 17)))
    dialog.what_edit.setText("Boka lokal och fika")
    dialog.due_edit.setDate(QDate(2026, 12, 8))
    _merge(qtbot, dialog, dialog.action_saved, "what", "due")
    stored = meetings.get_action(db, action.id)
    assert (stored.what, stored.due) == ("Boka lokal och fika", date(2026, 12, 17))


def test_the_risk_date_dialog_merges(qtbot: QtBot, db: Database) -> None:
    stored = risk_dates.create(db, RiskDateDraft("Valborg", date(2027, 4, 30)))
    dialog = RiskDateDialog(db, stored)
    qtbot.addWidget(dialog)
    risk_dates.update(db, stored.id, replace(stored.draft(), notes="Brasor i Alby"))
    dialog.title_edit.setText("Valborgsmässoafton")
    dialog.notes_edit.setPlainText("Mina")
    _merge(qtbot, dialog, dialog.risk_date_saved, "title", "notes")
    after = risk_dates.get(db, stored.id)
    assert (after.title, after.notes) == ("Valborgsmässoafton", "Brasor i Alby")


def test_the_task_force_dialog_merges(qtbot: QtBot, db: Database) -> None:
    sign_in_tester(db)
    info = task_forces.create_task_force(
        db, TaskForceDraft("Trygghetsgruppen", TaskForceKind.WORKING_GROUP)
    )
    dialog = TaskForceDialog(db, info)
    qtbot.addWidget(dialog)
    task_forces.update_task_force(
        db,
        info.id,
        TaskForceDraft("Trygghetsgruppen", TaskForceKind.WORKING_GROUP, cadence="Tisdagar"),
        info.version,
    )
    dialog.name_edit.setText("Trygghetsgruppen Tumba")
    dialog.cadence_edit.setText("Onsdagar")
    _merge(qtbot, dialog, dialog.task_force_saved, "name", "cadence")
    after = task_forces.get_task_force(db, info.id)
    assert (after.name, after.cadence) == ("Trygghetsgruppen Tumba", "Tisdagar")


def test_the_case_dialog_merges(qtbot: QtBot, db: Database) -> None:
    sign_in_tester(db)
    tf = task_force(db)
    case = cases.create_case(db, case_draft(tf))
    dialog = CaseDialog(db, task_forces.list_task_forces(db), ["Alby", "Fittja"], detail=case)
    qtbot.addWidget(dialog)
    cases.update_case(db, case.id, case_draft(tf, school="Fittja skola"), case.version)
    dialog.referred_by.setText("Skolsköterska")
    dialog.school.setText("Hallunda skola")
    _merge(qtbot, dialog, dialog.case_saved, "referred_by", "school")
    after = cases.open_case(db, case.id)
    assert (after.referred_by, after.school) == ("Skolsköterska", "Fittja skola")
