"""The meeting invitation parses back with the same UID, times, people and Swedish text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.exchange.ics import export_meeting
from app.services import meetings
from app.storage.database import Database
from tests.services.meeting_support import add_chiefs, add_meeting

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_invitation_parses_back(db: Database, tmp_path: Path) -> None:
    chiefs = add_chiefs(db)
    meeting = add_meeting(
        db,
        title="Samverkansmöte – chefer, vårens åtgärder",
        place="Kommunalhuset, Tumba, sal Tumba",
        attendee_ids=tuple(chiefs),
    )
    path = tmp_path / "möte.ics"
    export_meeting(db, meeting.id, path)
    calendar = _read(path)
    assert calendar["method"] == "REQUEST" and str(calendar["version"]) == "2.0"
    assert "Samverkan" in str(calendar["prodid"])
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["tzid"] == "Europe/Stockholm"
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == meeting.uid
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Stockholm"
    assert end.astimezone(UTC) == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert event.decoded("dtstamp") == datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
    assert str(event["summary"]) == "Samverkansmöte – chefer, vårens åtgärder"
    assert str(event["location"]) == "Kommunalhuset, Tumba, sal Tumba"
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert sorted(str(a) for a in attendees) == [
        "mailto:asa.oberg@polisen.se",
        "mailto:marta.lind@botkyrka.se",
    ]
    assert sorted(str(a.params["cn"]) for a in attendees) == ["Märta Lind", "Åsa Öberg"]
    text = str(event["description"])
    assert "1. Lägesbild sedan förra mötet\n2. Fordonsbränder\n3. Beslut" in text
    assert "Jörgen Ek, Räddningschef" in text  # no e-mail: named, not an ATTENDEE


def test_same_meeting_twice_has_the_same_uid_and_a_later_sequence(
    db: Database, tmp_path: Path
) -> None:
    meeting = add_meeting(db)
    export_meeting(db, meeting.id, tmp_path / "a.ics")
    meetings.update(db, meeting.id, meeting.draft())
    export_meeting(db, meeting.id, tmp_path / "b.ics")
    first, second = (_read(tmp_path / n).walk("VEVENT")[0] for n in ("a.ics", "b.ics"))
    assert str(first["uid"]) == str(second["uid"]) == meeting.uid
    assert int(second["sequence"]) == int(first["sequence"]) + 1


def test_summer_meeting_is_in_summer_time(db: Database, tmp_path: Path) -> None:
    meeting = add_meeting(
        db, starts_at=datetime(2027, 6, 3, 9, 0), ends_at=datetime(2027, 6, 3, 11, 0)
    )
    export_meeting(db, meeting.id, tmp_path / "m.ics")
    raw = (tmp_path / "m.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Stockholm:20270603T090000" in raw
    event = _read(tmp_path / "m.ics").walk("VEVENT")[0]
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2027, 6, 3, 7, 0, tzinfo=UTC)
