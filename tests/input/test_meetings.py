"""Joint meetings, their agenda and action items, and the iCalendar invitation.

Normalisation: a meeting's title, place and notes, and an agenda item's
title, notes and decision, are stripped of surrounding blanks; an action
item's text too. A title is required and has at most 200 characters (an
agenda item's too), a place 200, an action item 500; notes have no limit.
Every text keeps the shared text rules (no NUL, no control character but
tab and line ends, no lone surrogate); line breaks are allowed everywhere (the
invitation escapes them). A meeting falls in the years 1970-2999.
Times follow the incidents' rule (tests/input/test_incidents.py): a naive
time is Stockholm local time, one in the skipped spring hour is read with the
offset before the change, so 02:30-03:30 on 29 March 2026 is one instant
(01:30 UTC) and refused as a meeting that does not end after it starts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from app.clock import to_utc
from app.domain.tables import ACTION_ITEM, AGENDA_ITEM, MEETING, MEETING_ATTENDEE
from app.errors import ValidationError
from app.exchange import ics
from app.services import meetings, roster
from app.services.meeting_types import ActionDraft, AgendaItemDraft, MeetingDraft
from app.services.roster_types import PersonDraft
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    FEW,
    MISSING_LOCAL,
    REPEATED_LOCAL,
    check_refusal,
    count_rows,
    dst_local,
    edge_dates,
    text_refused,
    texts,
    tried,
)

START = datetime(2026, 12, 3, 9, 0)  # local
END = datetime(2026, 12, 3, 11, 0)
TABLES = (MEETING, AGENDA_ITEM, MEETING_ATTENDEE)
LIMITS = {"title": 200, "place": 200, "notes": None}


def _refused(value: str, limit: int | None, *, required: bool = False) -> bool:
    text = value.strip()
    return (
        (required and not text)
        or (limit is not None and len(text) > limit)
        or text_refused(text, len(text), multiline=True)
    )


def _person(db: Database) -> int:
    agency = roster.list_agencies(db)[0].id
    return roster.create_person(db, PersonDraft("Åsa Öberg", agency, email="asa@example.se")).id


@BOUNDED
@given(field=st.sampled_from(sorted(LIMITS)), value=texts)
def test_a_meetings_text_is_kept_or_refused_by_name(
    db: Database, fixed_clock: datetime, field: str, value: str
) -> None:
    tried()
    before = count_rows(db, *TABLES)
    fields: dict[str, Any] = {"title": "Samverkansmöte", field: value}
    try:
        meeting = meetings.create(db, MeetingDraft(starts_at=START, ends_at=END, **fields))
    except ValidationError as error:
        assert _refused(value, LIMITS[field], required=field == "title")
        check_refusal(error, field)
        assert count_rows(db, *TABLES) == before
        return
    assert not _refused(value, LIMITS[field], required=field == "title")
    assert getattr(meetings.get(db, meeting.id), field) == value.strip()


@BOUNDED
@given(items=st.lists(st.tuples(texts, texts, st.booleans(), texts), max_size=4))
def test_an_agenda_is_kept_in_order_or_the_whole_meeting_refused(
    db: Database, fixed_clock: datetime, items: list[tuple[str, str, bool, str]]
) -> None:
    tried()
    person = _person(db)
    agenda = tuple(AgendaItemDraft(*item) for item in items)
    before = count_rows(db, *TABLES)
    bad = any(
        _refused(title, 200, required=True) or _refused(notes, None) or _refused(decision, None)
        for title, notes, _, decision in items
    )
    try:
        meeting = meetings.create(
            db, MeetingDraft("Möte", START, END, attendee_ids=(person,), agenda=agenda)
        )
    except ValidationError as error:
        assert bad
        check_refusal(error, "agenda")
        assert count_rows(db, *TABLES) == before  # no meeting, no attendee, no item
        return
    assert not bad
    stored = meetings.get(db, meeting.id).agenda
    assert stored == tuple(
        AgendaItemDraft(t.strip(), n.strip(), asked, d.strip()) for t, n, asked, d in items
    )


def _event(path: Path) -> Any:
    return next(iter(Calendar.from_ical(path.read_bytes()).walk("VEVENT")))


def _no_bom(text: str) -> str:
    return text.lstrip("\ufeff")


@FEW
@given(
    title=texts,
    place=texts,
    notes=texts,
    local=dst_local,
    hours=st.sampled_from((1, 2, 25)),
)
def test_an_invitation_carries_the_meeting_exactly(
    db: Database,
    fixed_clock: datetime,
    tmp_path: Path,
    title: str,
    place: str,
    notes: str,
    local: datetime,
    hours: int,
) -> None:
    tried()
    starts = to_utc(local)
    try:
        meeting = meetings.create(
            db,
            MeetingDraft("x" + title, starts, starts + timedelta(hours=hours), place, notes),
        )
    except ValidationError:
        assert _refused("x" + title, 200) or _refused(place, 200) or _refused(notes, None)
        return
    path = tmp_path / "invitation.ics"
    ics.export_meeting(db, meeting.id, path)
    event = _event(path)
    assert str(event["uid"]) == meeting.uid
    # The iCalendar library drops byte order marks that begin a value: the one change.
    assert str(event["summary"]) == _no_bom(meeting.title) == _no_bom(("x" + title).strip())
    assert str(event.get("location", "")) == _no_bom(meeting.place) == _no_bom(place.strip())
    assert str(event["description"]) == _no_bom(ics.description(meeting))
    # Compared in UTC: Python never calls a time in the repeated hour equal across zones.
    assert event.decoded("dtstart").astimezone(UTC) == starts
    assert event.decoded("dtend").astimezone(UTC) == starts + timedelta(hours=hours)


def test_a_meeting_in_the_skipped_hour_is_refused_and_the_repeated_hour_kept(
    db: Database, fixed_clock: datetime
) -> None:
    tried(4)
    with pytest.raises(ValidationError) as refused:
        meetings.create(db, MeetingDraft("Vårmöte", MISSING_LOCAL, MISSING_LOCAL.replace(hour=3)))
    check_refusal(refused.value, "ends_at")
    spring = meetings.create(db, MeetingDraft("Vår", MISSING_LOCAL, MISSING_LOCAL.replace(hour=4)))
    assert meetings.get(db, spring.id).starts_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    autumn = meetings.create(
        db, MeetingDraft("Höst", REPEATED_LOCAL, REPEATED_LOCAL.replace(fold=1))
    )  # 02:30 CEST to 02:30 CET: one hour
    again = meetings.get(db, autumn.id)
    assert again.ends_at - again.starts_at == timedelta(hours=1)
    far = meetings.create(
        db, MeetingDraft("2099", datetime(2099, 12, 31, 23), datetime(2100, 1, 1))
    )
    assert meetings.get(db, far.id).starts_at == datetime(2099, 12, 31, 22, tzinfo=UTC)


@BOUNDED
@given(what=texts, due=edge_dates, done=edge_dates)
def test_an_action_item_is_kept_or_refused_and_done_never_in_the_future(
    db: Database, fixed_clock: datetime, what: str, due: date, done: date
) -> None:
    tried()
    owner = _person(db)
    before = count_rows(db, ACTION_ITEM)
    try:
        action = meetings.create_action(db, ActionDraft(what, owner, due))
    except ValidationError as error:
        assert _refused(what, 500, required=True)
        check_refusal(error, "what")
        assert count_rows(db, ACTION_ITEM) == before
        return
    stored = meetings.get_action(db, action.id)
    assert (stored.what, stored.due) == (what.strip(), due)
    try:
        marked = meetings.mark_done(db, action.id, done, expected_version=stored.version)
    except ValidationError as error:
        assert done > date(2026, 11, 26)
        check_refusal(error, "done_on")
        assert meetings.get_action(db, action.id) == stored
        return
    assert meetings.get_action(db, action.id).done_on == done == marked.done_on


FORBIDDEN = {"NUL": "a\x00b", "escape": "a\x1bb", "lone surrogate": "a\ud800b"}


@pytest.mark.parametrize("where", ["title", "place", "notes", "agenda", "action"])
@pytest.mark.parametrize("value", FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_forbidden_characters_are_refused_in_meetings(
    db: Database, fixed_clock: datetime, where: str, value: str
) -> None:
    tried()
    owner = _person(db)
    before = count_rows(db, *TABLES, ACTION_ITEM)
    with pytest.raises(ValidationError) as refused:
        if where == "action":
            meetings.create_action(db, ActionDraft(value, owner, date(2026, 12, 1)))
        elif where == "agenda":
            meetings.create(
                db, MeetingDraft("Möte", START, END, agenda=(AgendaItemDraft("Punkt", value),))
            )
        else:
            fields: dict[str, Any] = {"title": "Möte", where: value}
            meetings.create(db, MeetingDraft(starts_at=START, ends_at=END, **fields))
    check_refusal(refused.value, "what" if where == "action" else where)
    assert count_rows(db, *TABLES, ACTION_ITEM) == before


CALENDAR_ENDS = {
    "year 1": (datetime(1, 1, 1), datetime(1, 1, 1, 1), {"starts_at", "ends_at"}),
    "late on 31 December 9999": (
        datetime(9999, 12, 31, 23),
        datetime(9999, 12, 31, 23, 30),
        {"starts_at", "ends_at"},
    ),
    "the end only": (datetime(2026, 12, 3, 9), datetime(9999, 12, 31, 23, 30), {"ends_at"}),
    "aware, year 1": (
        datetime(1, 1, 1, 0, 30, tzinfo=UTC),
        datetime(2026, 12, 3, 9),
        {"starts_at"},
    ),
    "1969": (datetime(1969, 12, 31, 9), datetime(1969, 12, 31, 10), {"starts_at", "ends_at"}),
}


@pytest.mark.parametrize(("starts", "ends", "named"), CALENDAR_ENDS.values(), ids=CALENDAR_ENDS)
def test_a_meeting_at_the_ends_of_the_calendar_is_refused_with_a_message(
    db: Database, fixed_clock: datetime, starts: datetime, ends: datetime, named: set[str]
) -> None:
    tried()
    before = count_rows(db, *TABLES)
    with pytest.raises(ValidationError) as refused:
        meetings.create(db, MeetingDraft("Tidigt", starts, ends))
    assert set(refused.value.errors) == named
    for field in named:
        check_refusal(refused.value, field)
    assert count_rows(db, *TABLES) == before


def test_an_invitation_in_the_repeated_hour_keeps_the_instant(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    starts = REPEATED_LOCAL.replace(fold=1)  # 02:30 CET, 01:30 UTC
    meeting = meetings.create(db, MeetingDraft("Höst", starts, starts.replace(hour=4)))
    path = tmp_path / "invitation.ics"
    ics.export_meeting(db, meeting.id, path)
    event = _event(path)
    assert event.decoded("dtstart").astimezone(UTC) == meeting.starts_at
    assert event.decoded("dtend").astimezone(UTC) == meeting.ends_at
    # Only the ambiguous time is written in UTC; 04:00 keeps the Stockholm zone.
    assert "TZID" not in event["dtstart"].params
    assert event.decoded("dtstart").utcoffset() == timedelta(0)
    assert event["dtend"].params["TZID"] == "Europe/Stockholm"
