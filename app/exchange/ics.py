"""A joint meeting as an iCalendar invitation (RFC 5545) that Outlook accepts.

The UID is the meeting's own, stored one: a second export of a changed
meeting updates the event in the attendees' calendars instead of adding a
new one. Times carry TZID=Europe/Stockholm with the VTIMEZONE built from
zoneinfo, so the meeting stays at 09:00 across daylight-saving changes. A time
in the autumn's repeated hour is written in UTC instead: as local wall time it
is ambiguous, and RFC 5545 reads it as the first (summer) 02:30.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from app import __version__
from app.clock import LOCAL_TZ, now, to_local
from app.services import meetings
from app.services.meeting_types import Meeting
from app.storage.database import Database

TZID = "Europe/Stockholm"
PRODID = f"-//Samverkan//Samverkan {__version__}//SV"


def invitation(meeting: Meeting, *, organizer: tuple[str, str] | None = None) -> Calendar:
    """The calendar with one VEVENT; organizer is (name, e-mail address)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "REQUEST")
    calendar.add_component(_timezone(meeting))
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", now())
    event.add("dtstart", _wall_time(meeting.starts_at))
    event.add("dtend", _wall_time(meeting.ends_at))
    # Outlook orders updates of the same UID by SEQUENCE: the version counts saves.
    event.add("sequence", meeting.version - 1)
    event.add("summary", meeting.title)
    if meeting.place:
        event.add("location", meeting.place)
    event.add("description", description(meeting))
    if organizer is not None:
        name, address = organizer
        event.add("organizer", _address(name, address, organizer=True))
    for person in meeting.attendees:
        if person.email:
            event.add("attendee", _address(person.name, person.email), encode=False)
    calendar.add_component(event)
    return calendar


def description(meeting: Meeting) -> str:
    """The agenda as numbered lines, then the notes and who has no e-mail address
    (an ATTENDEE needs one, so they are named here and invited another way)."""
    lines = ["Dagordning:"] if meeting.agenda else []
    lines += [f"{n}. {item.title}" for n, item in enumerate(meeting.agenda, start=1)]
    if meeting.notes:
        lines += ["", meeting.notes]
    without = [p for p in meeting.attendees if not p.email]
    if without:
        lines += ["", "Inbjudna utan e-postadress:"]
        lines += ["- " + ", ".join(filter(None, (p.name, p.title, p.agency))) for p in without]
    return "\n".join(lines)


def write_invitation(meeting: Meeting, path: Path) -> None:
    path.write_bytes(invitation(meeting).to_ical())


def export_meeting(db: Database, meeting_id: int, path: Path) -> Meeting:
    """Write the invitation of a stored meeting to `path`; returns the meeting."""
    meeting = meetings.get(db, meeting_id)
    write_invitation(meeting, path)
    return meeting


def _address(name: str, email: str, *, organizer: bool = False) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    if not organizer:
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText("NEEDS-ACTION")
        address.params["rsvp"] = vText("TRUE")
    return address


def _wall_time(moment: datetime) -> datetime:
    """Stockholm time, or UTC when that wall time happens twice (the autumn's repeated
    hour), which only UTC writes unambiguously."""
    local = to_local(moment)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return moment.astimezone(UTC)
    return local


def _timezone(meeting: Meeting) -> Timezone:
    # Only the transitions around the meeting: the whole zoneinfo history
    # would make the file large and slow to build.
    first = to_local(meeting.starts_at).date() - timedelta(days=366)
    last = to_local(meeting.ends_at).date() + timedelta(days=366)
    return Timezone.from_tzinfo(
        LOCAL_TZ, TZID, first_date=date(first.year, 1, 1), last_date=date(last.year, 12, 31)
    )
