"""The meetings page: a meeting through the dialog, an action item, marking it done,
overdue items marked, and the invitation written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from app.services import meetings
from app.services.meeting_types import ActionDraft
from app.storage.database import Database
from tests.services.meeting_support import add_chiefs, add_meeting
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.meeting_dialog import MeetingDialog
from ui.meetings.page import MeetingPage

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _page(qtbot: QtBot, db: Database) -> MeetingPage:
    page = MeetingPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_interface_for_the_main_window(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.title == "Joint meetings"
    actions = page.file_actions()
    assert None in actions and all(a is None or a.text() for a in actions)
    assert not page.export_action.isEnabled()  # nothing selected


def test_create_a_meeting_through_the_dialog(qtbot: QtBot, db: Database) -> None:
    chiefs = add_chiefs(db)
    page = _page(qtbot, db)
    dialog = page.new_meeting()
    assert isinstance(dialog, MeetingDialog)
    assert sorted(dialog.checked_people()) == sorted(chiefs)  # joint meeting members
    dialog.set_person_checked(chiefs[1], False)
    dialog.start_edit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 0)))
    dialog.end_edit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(11, 30)))
    dialog.place_edit.setText("Kommunalhuset, Tumba, sal Tumba")
    dialog.agenda.add_item("Fordonsbränder")
    dialog.agenda.add_item("Lägesbild sedan förra mötet")
    dialog.agenda.move_item(-1)  # the situation first
    dialog.agenda.decision_asked.setChecked(False)
    dialog.save()  # no title yet
    assert dialog.isVisible()
    assert dialog.fields["title"].error_label.text() == "a title is required"
    qtbot.keyClicks(dialog.title_edit, "Samverkansm")  # QTest aborts on non-ASCII keys here
    dialog.title_edit.insert("öte – december")
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        dialog.save()
    meeting = saved.args[0]
    assert [a.title for a in meeting.agenda] == ["Lägesbild sedan förra mötet", "Fordonsbränder"]
    assert {p.id for p in meeting.attendees} == {chiefs[0], chiefs[2]}
    assert meeting.starts_at == datetime.fromisoformat("2026-12-03T08:00:00+00:00")
    assert page.meeting is not None and page.meeting.id == meeting.id
    assert "Samverkansmöte – december" in page.detail.toPlainText()
    assert "Kommunalhuset, Tumba" in page.detail.toPlainText()


def test_add_an_action_item_and_mark_it_done(qtbot: QtBot, db: Database) -> None:
    chiefs = add_chiefs(db)
    meeting = add_meeting(db, attendee_ids=tuple(chiefs))
    page = _page(qtbot, db)
    assert page.meeting is not None and page.meeting.id == meeting.id
    dialog = page.new_action_item()
    assert isinstance(dialog, ActionDialog)
    assert dialog.meeting_box.currentData() == meeting.id  # from the selected meeting
    qtbot.keyClicks(dialog.what_edit, "Boka trygghetsvandring i Fittja")
    dialog.select_owner(chiefs[1])
    dialog.due_edit.setDate(QDate(2026, 12, 10))
    with qtbot.waitSignal(dialog.action_saved) as saved:
        dialog.save()
    action = saved.args[0]
    assert action.owner_id == chiefs[1] and action.meeting_id == meeting.id
    assert page.actions_panel.tree.topLevelItemCount() == 1
    assert page.actions_panel.current_id() == action.id
    assert "Boka trygghetsvandring i Fittja" in page.detail.toPlainText()
    page.actions_panel.done_button.click()
    assert page.actions_panel.tree.topLevelItemCount() == 0
    assert meetings.get_action(db, action.id).done_on == date(2026, 11, 26)
    assert "done 2026-11-26" in page.detail.toPlainText()


def test_overdue_items_first_and_marked(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    later = meetings.create_action(db, ActionDraft("Senare", owner, date(2026, 12, 20)))
    late = meetings.create_action(db, ActionDraft("Försenad", owner, date(2026, 11, 2)))
    page = _page(qtbot, db)
    tree = page.actions_panel.tree
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    assert first.text(1) == "Försenad" and "overdue" in first.text(0)
    assert first.foreground(1).color().name() == "#b3261e"
    assert second.text(1) == "Senare" and "overdue" not in second.text(0)
    assert page.actions_panel.is_overdue(late.id) and not page.actions_panel.is_overdue(later.id)
    assert "1 overdue" in page.actions_panel.heading.text()


def test_export_invitation_writes_the_selected_meeting(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    meeting = add_meeting(db, attendee_ids=tuple(add_chiefs(db)))
    page = _page(qtbot, db)
    path = tmp_path / "inbjudan.ics"
    assert page.export_invitation(path)
    event = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]) == meeting.uid
