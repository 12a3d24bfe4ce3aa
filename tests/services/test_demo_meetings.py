"""The demo meetings: a year of them around today, idempotent, nothing without chiefs."""

from __future__ import annotations

import pytest

from app.demo.meetings import ensure_meetings
from app.services import meetings
from app.storage.database import Database
from tests.services.meeting_support import add_chiefs, add_person

pytestmark = pytest.mark.usefixtures("fixed_clock")


def test_without_joint_meeting_people_it_adds_nothing_and_says_so(db: Database) -> None:
    add_person(db, "Bo Berg", joint_meeting=False)
    with db.writing() as session:
        result = ensure_meetings(session)
    assert result.meetings == 0 and "joint meeting" in str(result)
    assert meetings.list_meetings(db).past == ()


def test_a_year_of_meetings_with_agendas_decisions_and_actions(db: Database) -> None:
    chiefs = add_chiefs(db)
    with db.writing() as session:
        first = ensure_meetings(session)
    listed = meetings.list_meetings(db)
    assert first.meetings == len(listed.past) + len(listed.upcoming) == 12
    assert len(listed.upcoming) == 2
    latest = meetings.get(db, listed.past[0].id)
    assert {p.id for p in latest.attendees} == set(chiefs)
    assert latest.agenda[0].title == "Lägesbild sedan förra mötet"
    assert any(item.decision for item in latest.agenda if item.decision_asked)
    upcoming = meetings.get(db, listed.upcoming[0].id)
    assert not any(item.decision for item in upcoming.agenda)
    open_items = meetings.open_actions(db)
    assert any(a.overdue for a in open_items) and any(not a.overdue for a in open_items)
    assert sum(a.meeting_id is None for a in open_items) == 2
    with db.writing() as session:
        again = ensure_meetings(session)
    assert (again.meetings, again.actions) == (0, 0)
    assert len(meetings.open_actions(db)) == len(open_items)
