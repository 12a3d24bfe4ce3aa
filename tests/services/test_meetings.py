"""Joint meetings and action items: validation, order, conflicts, overdue by the clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app import clock
from app.errors import Conflict, NotFound, ValidationError
from app.services import meetings
from app.services.meeting_types import ActionDraft, ActionStatus, AgendaItemDraft
from app.storage.database import Database
from tests.services.meeting_support import add_chiefs, add_meeting, add_person, meeting_draft

pytestmark = pytest.mark.usefixtures("fixed_clock")  # 2026-11-26 14:00 in Stockholm


def test_create_stores_local_times_as_utc_with_attendees_and_agenda_in_order(db: Database) -> None:
    chiefs = add_chiefs(db)
    meeting = add_meeting(db, attendee_ids=tuple(chiefs))
    assert meeting.starts_at == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # CET is UTC+1
    assert meeting.ends_at == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert [a.title for a in meeting.agenda] == [
        "Lägesbild sedan förra mötet",
        "Fordonsbränder",
        "Beslut om gemensamma insatser",
    ]
    assert meeting.agenda[2].decision_asked
    assert {p.name for p in meeting.attendees} == {"Åsa Öberg", "Jörgen Ek", "Märta Lind"}
    chief = next(p for p in meeting.attendees if p.name == "Jörgen Ek")
    assert (chief.title, chief.agency) == ("Räddningschef", "Södertörns brandförsvarsförbund")
    assert meeting.uid.startswith("samverkan-meeting-") and "@" in meeting.uid
    assert meetings.get(db, meeting.id) == meeting


def test_every_meeting_gets_its_own_uid_which_survives_updates(db: Database) -> None:
    first, second = add_meeting(db), add_meeting(db)
    assert first.uid != second.uid
    changed = meetings.update(db, first.id, replace(first.draft(), title="Nytt namn"))
    assert changed.uid == first.uid and changed.version == 2


def test_validation_reports_every_field(db: Database) -> None:
    draft = meeting_draft(
        title="  ",
        ends_at=datetime(2026, 12, 3, 9, 0),
        attendee_ids=(9999,),
        agenda=(AgendaItemDraft("ok"), AgendaItemDraft(" ")),
    )
    with pytest.raises(ValidationError) as caught:
        meetings.create(db, draft)
    assert set(caught.value.errors) == {"title", "ends_at", "attendee_ids", "agenda"}
    assert "item 2" in caught.value.errors["agenda"]
    assert "9999" in caught.value.errors["attendee_ids"]


def test_agenda_titles_at_most_200_characters(db: Database) -> None:
    add_meeting(db, agenda=(AgendaItemDraft("x" * 200),))
    with pytest.raises(ValidationError) as caught:
        add_meeting(db, agenda=(AgendaItemDraft("x" * 201),))
    assert caught.value.errors == {"agenda": "item 1: the title has at most 200 characters"}


def test_update_replaces_agenda_in_order_and_refuses_a_stale_version(db: Database) -> None:
    chiefs = add_chiefs(db)
    meeting = add_meeting(db, attendee_ids=tuple(chiefs))
    reordered = (meeting.agenda[2], AgendaItemDraft("Valborg inför"), meeting.agenda[0])
    saved = meetings.update(
        db,
        meeting.id,
        replace(meeting.draft(), agenda=reordered, attendee_ids=(chiefs[0],)),
        expected_version=meeting.version,
    )
    assert [a.title for a in saved.agenda] == [
        "Beslut om gemensamma insatser",
        "Valborg inför",
        "Lägesbild sedan förra mötet",
    ]
    assert [p.id for p in saved.attendees] == [chiefs[0]]
    with pytest.raises(Conflict):
        meetings.update(db, meeting.id, meeting.draft(), expected_version=meeting.version)


def test_delete_keeps_the_action_items_standing_alone(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    meeting = add_meeting(db, attendee_ids=(owner,))
    action = meetings.create_action(
        db, ActionDraft("Ta fram lägesbild", owner, date(2026, 12, 10), meeting.id)
    )
    meetings.delete(db, meeting.id)
    with pytest.raises(NotFound):
        meetings.get(db, meeting.id)
    assert meetings.get_action(db, action.id).meeting_id is None


def test_list_meetings_splits_at_the_clock(db: Database) -> None:
    past = add_meeting(
        db, starts_at=datetime(2026, 10, 1, 9, 0), ends_at=datetime(2026, 10, 1, 11, 0)
    )
    older = add_meeting(
        db, starts_at=datetime(2026, 9, 1, 9, 0), ends_at=datetime(2026, 9, 1, 11, 0)
    )
    # Under way at 14:00 local: still upcoming.
    now_on = add_meeting(
        db, starts_at=datetime(2026, 11, 26, 13, 0), ends_at=datetime(2026, 11, 26, 15, 0)
    )
    later = add_meeting(
        db, starts_at=datetime(2027, 1, 14, 9, 0), ends_at=datetime(2027, 1, 14, 11, 0)
    )
    listed = meetings.list_meetings(db)
    assert [m.id for m in listed.upcoming] == [now_on.id, later.id]
    assert [m.id for m in listed.past] == [past.id, older.id]
    assert all(m.upcoming for m in listed.upcoming) and not any(m.upcoming for m in listed.past)


def test_action_items_standalone_and_from_a_meeting(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    meeting = add_meeting(db, attendee_ids=(owner,))
    alone = meetings.create_action(db, ActionDraft("Beställ belysning", owner, date(2026, 12, 1)))
    linked = meetings.create_action(
        db, ActionDraft("Trygghetsvandring Fittja", owner, date(2026, 12, 5), meeting.id)
    )
    assert alone.meeting_id is None and alone.meeting_title == ""
    assert linked.meeting_title == meeting.title and linked.owner == "Åsa Öberg"
    assert [a.id for a in meetings.get(db, meeting.id).actions] == [linked.id]
    with pytest.raises(ValidationError) as caught:
        meetings.create_action(db, ActionDraft(" ", 9999, date(2026, 12, 1), 9999))
    assert set(caught.value.errors) == {"what", "owner_id", "meeting_id"}


def test_update_action_refuses_a_stale_version(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    action = meetings.create_action(db, ActionDraft("Beställ belysning", owner, date(2026, 12, 1)))
    moved = meetings.update_action(
        db, action.id, replace(action.draft(), due=date(2026, 12, 8)), expected_version=1
    )
    assert moved.due == date(2026, 12, 8) and moved.version == 2
    with pytest.raises(Conflict):
        meetings.update_action(db, action.id, action.draft(), expected_version=1)
    with pytest.raises(Conflict):
        meetings.mark_done(db, action.id, expected_version=1)


def test_mark_done_and_reopen(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    action = meetings.create_action(db, ActionDraft("Beställ belysning", owner, date(2026, 11, 1)))
    assert action.overdue
    done = meetings.mark_done(db, action.id)
    assert done.status == ActionStatus.DONE and done.done_on == date(2026, 11, 26)
    assert not done.overdue
    assert meetings.open_actions(db) == ()
    earlier = meetings.mark_done(db, action.id, date(2026, 11, 20))
    assert earlier.done_on == date(2026, 11, 20)
    with pytest.raises(ValidationError):
        meetings.mark_done(db, action.id, date(2026, 11, 27))
    again = meetings.reopen(db, action.id)
    assert again.status == ActionStatus.OPEN and again.done_on is None and again.overdue
    meetings.delete_action(db, action.id)
    with pytest.raises(NotFound):
        meetings.reopen(db, action.id)


def test_open_actions_overdue_first_then_by_due_date(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")

    def action(what: str, due: date) -> int:
        return meetings.create_action(db, ActionDraft(what, owner, due)).id

    soon = action("soon", date(2026, 11, 30))
    late_old = action("late, long ago", date(2026, 10, 1))
    today = action("due today", date(2026, 11, 26))
    late = action("late", date(2026, 11, 25))
    finished = action("finished", date(2026, 9, 1))
    meetings.mark_done(db, finished)
    listed = meetings.open_actions(db)
    assert [a.id for a in listed] == [late_old, late, today, soon]
    assert [a.overdue for a in listed] == [True, True, False, False]
    assert [a.id for a in meetings.open_actions(db, today=date(2026, 12, 1))] == [
        late_old,
        late,
        today,
        soon,
    ]
    assert all(a.overdue for a in meetings.open_actions(db, today=date(2026, 12, 1)))


def test_overdue_follows_the_clock_across_a_date_change(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    action = meetings.create_action(db, ActionDraft("Rapport", owner, date(2026, 11, 26)))
    # 23:59 in Stockholm on the due date: not yet overdue.
    clock.set_clock(lambda: datetime(2026, 11, 26, 22, 59, tzinfo=UTC))
    assert not meetings.get_action(db, action.id).overdue
    assert not meetings.open_actions(db)[0].overdue
    # 00:01 the next day in Stockholm (still the 26th in UTC): overdue.
    clock.set_clock(lambda: datetime(2026, 11, 26, 23, 1, tzinfo=UTC))
    assert meetings.get_action(db, action.id).overdue
    assert meetings.open_actions(db)[0].overdue


def test_done_since(db: Database) -> None:
    owner = add_person(db, "Åsa Öberg")
    ids = [
        meetings.create_action(db, ActionDraft(f"a{n}", owner, date(2026, 11, 1))).id
        for n in range(3)
    ]
    meetings.mark_done(db, ids[0], date(2026, 11, 10))
    meetings.mark_done(db, ids[1], date(2026, 11, 2))
    assert [a.id for a in meetings.done_since(db, date(2026, 11, 1))] == [ids[1], ids[0]]
    assert [a.id for a in meetings.done_since(db, date(2026, 11, 5))] == [ids[0]]


def test_briefing_period_runs_from_the_previous_meeting(db: Database) -> None:
    first = add_meeting(
        db, starts_at=datetime(2026, 9, 3, 9, 0), ends_at=datetime(2026, 9, 3, 11, 0)
    )
    second = add_meeting(
        db, starts_at=datetime(2026, 10, 1, 9, 0), ends_at=datetime(2026, 10, 1, 11, 0)
    )
    assert meetings.briefing_period(db, second.id) == (first.starts_at, second.starts_at)
    assert meetings.briefing_period(db, first.id) == (
        first.starts_at - timedelta(days=30),
        first.starts_at,
    )
    with pytest.raises(NotFound):
        meetings.briefing_period(db, 9999)


def test_people_to_invite_are_the_active_ones_plus_those_already_invited(db: Database) -> None:
    active = add_person(db, "Åsa Öberg", title="Lokalpolisområdeschef")
    gone = add_person(db, "Bo Berg", active=False)
    assert [p.id for p in meetings.people_to_invite(db)] == [active]
    assert {p.id for p in meetings.people_to_invite(db, include=[gone])} == {active, gone}
    assert meetings.people_to_invite(db)[0].agency == "Lokalpolisområde Botkyrka"


# A personnummer with a valid check digit (the Tax Agency's test person).
IDENTITY = "19121212-1212"


def test_identity_numbers_refused_in_the_meeting_naming_every_field(db: Database) -> None:
    draft = meeting_draft(
        title=f"Möte om {IDENTITY}",
        place=f"Hos {IDENTITY}",
        notes=f"Ring {IDENTITY}",
    )
    with pytest.raises(ValidationError) as caught:
        meetings.create(db, draft)
    errors = caught.value.errors
    assert set(errors) == {"title", "place", "notes"}
    assert "character 9" in errors["title"] and "personal identity number" in errors["title"]
    assert meetings.list_meetings(db).upcoming == ()


@pytest.mark.parametrize("field", ["title", "notes", "decision"])
def test_identity_numbers_refused_in_an_agenda_item_naming_item_and_field(
    db: Database, field: str
) -> None:
    item = replace(AgendaItemDraft("Fordonsbränder"), **{field: f"Gäller {IDENTITY}"})
    draft = meeting_draft(agenda=(AgendaItemDraft("Lägesbild"), item))
    with pytest.raises(ValidationError) as caught:
        meetings.create(db, draft)
    message = caught.value.errors["agenda"]
    assert message.startswith(f"item 2, {field}: contains a personal identity number")
    assert "character 8" in message


def test_identity_numbers_refused_when_a_meeting_is_changed(db: Database) -> None:
    meeting = add_meeting(db)
    agenda = (AgendaItemDraft("Lägesbild", notes="Anmälan om 121212-1212"),)
    with pytest.raises(ValidationError) as caught:
        meetings.update(db, meeting.id, replace(meeting.draft(), agenda=agenda))
    assert "item 1, notes" in caught.value.errors["agenda"]
    assert meetings.get(db, meeting.id).agenda == meeting.agenda


def test_identity_numbers_refused_in_an_action_item(db: Database) -> None:
    owner = add_chiefs(db)[0]
    draft = ActionDraft(f"Kontakta vårdnadshavare till {IDENTITY}", owner, date(2026, 12, 10))
    with pytest.raises(ValidationError) as caught:
        meetings.create_action(db, draft)
    assert "personal identity number at character 30" in caught.value.errors["what"]
    action = meetings.create_action(db, replace(draft, what="Kontakta vårdnadshavare"))
    with pytest.raises(ValidationError) as caught:
        meetings.update_action(db, action.id, draft)
    assert set(caught.value.errors) == {"what"}
    assert meetings.get_action(db, action.id).what == "Kontakta vårdnadshavare"
