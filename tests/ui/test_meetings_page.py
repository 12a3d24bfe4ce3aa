"""The meetings page: a meeting through the dialog, an action item, marking it done,
editing, reopening and deleting it, overdue items marked, and the invitation written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import NotFound
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
    assert "done 26 Nov 2026" in page.detail.toPlainText()


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


def test_edit_an_action_item_through_the_dialog(qtbot: QtBot, db: Database) -> None:
    chiefs = add_chiefs(db)
    action = meetings.create_action(db, ActionDraft("Boka lokal", chiefs[0], date(2026, 12, 10)))
    page = _page(qtbot, db)
    dialog = page.edit_action(action.id)
    assert isinstance(dialog, ActionDialog)
    assert dialog.windowTitle() == "Edit action item"
    assert dialog.what_edit.text() == "Boka lokal"
    assert dialog.owner_box.currentData() == chiefs[0]
    assert dialog.due_edit.date() == QDate(2026, 12, 10)
    dialog.what_edit.clear()
    qtbot.keyClicks(dialog.what_edit, "Boka lokal och fika")
    dialog.select_owner(chiefs[2])
    with qtbot.waitSignal(dialog.action_saved) as saved:
        dialog.save()
    assert saved.args[0].version == action.version + 1
    item = page.actions_panel.tree.topLevelItem(0)
    assert item is not None and item.text(1) == "Boka lokal och fika"
    assert page.actions_panel.current_id() == action.id
    stored = meetings.get_action(db, action.id)
    assert stored.what == "Boka lokal och fika" and stored.owner_id == chiefs[2]


def test_editing_after_someone_else_saved_shows_a_conflict(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    action = meetings.create_action(db, ActionDraft("Boka lokal", owner, date(2026, 12, 10)))
    page = _page(qtbot, db)
    dialog = page.edit_action(action.id)
    assert dialog is not None
    meetings.update_action(db, action.id, ActionDraft("Annan text", owner, date(2026, 12, 11)))
    dialog.what_edit.setText("Min text")
    assert dialog.save() is None
    assert dialog.isVisible() and not dialog.banner.isHidden()
    assert "changed by someone else" in dialog.banner.text()
    assert meetings.get_action(db, action.id).what == "Annan text"


def test_mark_done_then_reopen_an_action_item(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    action = meetings.create_action(db, ActionDraft("Ring polisen", owner, date(2026, 12, 10)))
    page = _page(qtbot, db)
    panel = page.actions_panel
    assert page.mark_done(action.id) is not None
    assert panel.listed_ids() == []  # only open items by default
    panel.show_done_box.setChecked(True)
    assert panel.listed_ids() == [action.id] and panel.is_done(action.id)
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "done 26 Nov 2026"
    panel.select(action.id)
    assert panel.reopen_button.isEnabled() and not panel.done_button.isEnabled()
    panel.reopen_button.click()
    assert not meetings.get_action(db, action.id).is_done
    assert panel.listed_ids() == [action.id] and not panel.is_done(action.id)
    assert panel.done_button.isEnabled() and not panel.reopen_button.isEnabled()
    panel.show_done_box.setChecked(False)
    assert panel.listed_ids() == [action.id]  # open again, so listed anyway


def test_done_items_shown_only_for_the_last_90_days(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    old = meetings.create_action(db, ActionDraft("Gammal", owner, date(2026, 7, 1)))
    meetings.mark_done(db, old.id, date(2026, 8, 1))  # 117 days before the clock
    recent = meetings.create_action(db, ActionDraft("Ny", owner, date(2026, 10, 1)))
    meetings.mark_done(db, recent.id, date(2026, 9, 1))
    page = _page(qtbot, db)
    page.actions_panel.show_done_box.setChecked(True)
    assert page.actions_panel.listed_ids() == [recent.id]
    assert "1 done lately" in page.actions_panel.heading.text()


def test_delete_an_action_item(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    keep = meetings.create_action(db, ActionDraft("Behåll", owner, date(2026, 12, 10)))
    gone = meetings.create_action(db, ActionDraft("Ta bort", owner, date(2026, 12, 11)))
    page = _page(qtbot, db)
    assert page.actions_panel.listed_ids() == [keep.id, gone.id]
    with qtbot.waitSignal(page.status_message) as message:
        assert page.delete_action(gone.id, confirm=False)
    assert message.args[0] == 'Action item "Ta bort" deleted.'
    assert page.actions_panel.listed_ids() == [keep.id]
    with pytest.raises(NotFound):
        meetings.get_action(db, gone.id)
    assert not page.delete_action(gone.id, confirm=False)  # already gone


def test_delete_asks_naming_the_item_and_double_click_edits(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = add_chiefs(db)[0]
    action = meetings.create_action(db, ActionDraft("Ta bort", owner, date(2026, 12, 11)))
    page = _page(qtbot, db)
    asked: list[str] = []

    def say_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    page.actions_panel.select(action.id)
    page.actions_panel.delete_button.click()
    assert asked == ['Delete the action item "Ta bort"? This cannot be undone.']
    assert page.actions_panel.listed_ids() == [action.id]  # kept: the answer was No
    item = page.actions_panel.tree.topLevelItem(0)
    assert item is not None
    page.actions_panel.tree.itemDoubleClicked.emit(item, 1)
    assert isinstance(page.dialog, ActionDialog) and page.dialog.action is not None
    assert page.dialog.action.id == action.id


def test_export_invitation_writes_the_selected_meeting(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    meeting = add_meeting(db, attendee_ids=tuple(add_chiefs(db)))
    page = _page(qtbot, db)
    path = tmp_path / "inbjudan.ics"
    assert page.export_invitation(path)
    event = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]) == meeting.uid


def test_identity_numbers_shown_under_the_meeting_fields(qtbot: QtBot, db: Database) -> None:
    add_chiefs(db)
    page = _page(qtbot, db)
    dialog = page.new_meeting()
    assert isinstance(dialog, MeetingDialog)
    dialog.title_edit.setText("Samverkansmöte")
    dialog.place_edit.setText("Hos 19121212-1212")
    dialog.agenda.add_item("Lägesbild")
    dialog.agenda.notes_edit.setPlainText("Anmälan om 121212-1212")
    assert dialog.save() is None
    assert dialog.isVisible()
    assert "personal identity number at character 5" in dialog.fields["place"].error_label.text()
    agenda = dialog.fields["agenda"].error_label
    assert agenda.isVisible() and agenda.text().startswith("item 1, notes: contains a personal")
    assert dialog.fields["title"].error_label.text() == ""
    assert dialog.banner.isHidden()


def test_identity_numbers_shown_under_what_in_the_action_dialog(qtbot: QtBot, db: Database) -> None:
    add_chiefs(db)
    page = _page(qtbot, db)
    dialog = page.new_action_item()
    assert isinstance(dialog, ActionDialog)
    dialog.what_edit.setText("Ring vårdnadshavare till 121212-1212")
    assert dialog.save() is None
    assert dialog.isVisible()
    label = dialog.fields["what"].error_label
    assert label.isVisible() and "personal identity number at character 26" in label.text()
    assert meetings.open_actions(db) == ()


@pytest.mark.usefixtures("swedish")
def test_the_page_in_swedish(qtbot: QtBot, db: Database) -> None:
    """Swedish texts, Swedish plurals and Swedish dates (2026-11-02) on the page."""
    owner = add_chiefs(db)[0]
    meetings.create_action(db, ActionDraft("Försenad", owner, date(2026, 11, 2)))
    meetings.create_action(db, ActionDraft("Senare", owner, date(2026, 12, 20)))
    add_meeting(db)
    page = _page(qtbot, db)
    assert page.title == "Samverkansmöten"
    assert page.actions_panel.heading.text() == "Öppna åtgärdspunkter (2) — 1 försenad"
    item = page.actions_panel.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "2026-11-02 (försenad)"
    assert page.actions_panel.tree.headerItem().text(0) == "Klart senast"
    assert "Dagordning" in page.detail.toPlainText()
    dialog = page.new_meeting()
    assert dialog.windowTitle() == "Nytt möte"
    assert dialog.start_edit.displayFormat() == "yyyy-MM-dd HH:mm"
    action_dialog = page.new_action_item()
    assert action_dialog.due_edit.displayFormat() == "yyyy-MM-dd"


def test_dates_follow_english_too(qtbot: QtBot, db: Database) -> None:
    owner = add_chiefs(db)[0]
    meetings.create_action(db, ActionDraft("Försenad", owner, date(2026, 11, 2)))
    page = _page(qtbot, db)
    item = page.actions_panel.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "2 Nov 2026 (overdue)"
    assert page.new_meeting().start_edit.displayFormat() == "d MMM yyyy HH:mm"
