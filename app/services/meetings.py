"""The joint meetings' use cases: meetings with attendees and agenda, and action items.

A meeting's agenda is replaced as a whole on update: it is a short, ordered
list that the officer edits in one dialog, and positions are rewritten 0..n-1.
Action items belong to a meeting or stand alone; whether one is overdue is
worked out on reading, from the clock, so it changes with the date and is
never stored.
"""

from __future__ import annotations

import re
import socket
import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy import delete as sql_delete
from sqlalchemy import update as sql_update
from sqlmodel import Session

from app.clock import now, to_local, to_utc
from app.domain.tables import ACTION_ITEM, AGENCY, AGENDA_ITEM, MEETING, MEETING_ATTENDEE, PERSON
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import integer
from app.services import identity_numbers, versions
from app.services.meeting_types import (
    Action,
    ActionDraft,
    ActionStatus,
    AgendaItemDraft,
    Meeting,
    MeetingDraft,
    MeetingList,
    MeetingRow,
    PersonRef,
)
from app.services.text_rules import in_the_future, text_problem
from app.storage.database import Database

TITLE_MAX = 200
PLACE_MAX = 200
WHAT_MAX = 500
# Notes, an agenda item's notes and decision have no limit (the meeting's minutes).
NOTES_MAX: int | None = None
# The years a meeting may fall in: outside them the conversion to UTC can overflow
# (year 1, 31 December 9999) and no real meeting is planned there.
FIRST_YEAR = 1970
LAST_YEAR = 2999
# Without a previous meeting a briefing covers the last month.
DEFAULT_BRIEFING_DAYS = 30
# A problem of an agenda item's field, one whole sentence per field.
_ITEM_PROBLEM = {
    "title": QT_TRANSLATE_NOOP("meetings", "item {number}, title: {problem}"),
    "notes": QT_TRANSLATE_NOOP("meetings", "item {number}, notes: {problem}"),
    "decision": QT_TRANSLATE_NOOP("meetings", "item {number}, decision: {problem}"),
}

# -- meetings -------------------------------------------------------------------


def create(db: Database, draft: MeetingDraft) -> Meeting:
    """Validate and store a new meeting with a new, stable iCalendar UID."""
    with db.writing() as session:
        values = _checked_meeting(session, draft)
        meeting_id = session.execute(
            insert(MEETING).values(**values, uid=new_uid(), version=1).returning(MEETING.c.id)
        ).scalar_one()
        _write_parts(session, meeting_id, draft)
        return _load(session, meeting_id)


def update(
    db: Database, meeting_id: int, draft: MeetingDraft, *, expected_version: int | None = None
) -> Meeting:
    """Save changes; the attendees and the agenda are replaced by the draft's, in order.
    With expected_version, refuse (Conflict) if someone saved in between."""
    with db.writing() as session:
        old = _meeting_row(session, meeting_id)
        if versions.stale(expected_version, old["version"]):
            raise _meeting_changed(session, meeting_id)
        values = _checked_meeting(session, draft)
        if not versions.write_version(session, MEETING, meeting_id, old["version"], values):
            raise _meeting_changed(session, meeting_id)
        session.execute(
            sql_delete(MEETING_ATTENDEE).where(MEETING_ATTENDEE.c.meeting_id == meeting_id)
        )
        session.execute(sql_delete(AGENDA_ITEM).where(AGENDA_ITEM.c.meeting_id == meeting_id))
        _write_parts(session, meeting_id, draft)
        return _load(session, meeting_id)


def _meeting_changed(session: Session, meeting_id: int) -> Conflict:
    current = _load(session, meeting_id)
    return Conflict(
        translate(
            "meetings", 'meeting "{title}" was changed by someone else since you opened it'
        ).format(title=current.title),
        current=current,
    )


def delete(db: Database, meeting_id: int) -> None:
    """Delete a meeting with its agenda; its action items stay, standing alone."""
    with db.writing() as session:
        _meeting_row(session, meeting_id)
        # Explicit rather than trusting ON DELETE on every engine's settings.
        session.execute(
            sql_update(ACTION_ITEM)
            .where(ACTION_ITEM.c.meeting_id == meeting_id)
            .values(meeting_id=None)
        )
        session.execute(
            sql_delete(MEETING_ATTENDEE).where(MEETING_ATTENDEE.c.meeting_id == meeting_id)
        )
        session.execute(sql_delete(AGENDA_ITEM).where(AGENDA_ITEM.c.meeting_id == meeting_id))
        session.execute(sql_delete(MEETING).where(MEETING.c.id == meeting_id))


def get(db: Database, meeting_id: int) -> Meeting:
    with db.reading() as session:
        return _load(session, meeting_id)


def list_meetings(db: Database) -> MeetingList:
    """All meetings, split at the clock: not yet over (soonest first) and past (latest
    first). A meeting under way counts as upcoming: it is still the one to look at."""
    moment = now()
    with db.reading() as session:
        rows = session.execute(
            select(
                MEETING.c.id,
                MEETING.c.title,
                MEETING.c.starts_at,
                MEETING.c.ends_at,
                MEETING.c.place,
            ).order_by(MEETING.c.starts_at, MEETING.c.id)
        ).all()
    listed = [
        MeetingRow(r.id, r.title, r.starts_at, r.ends_at, r.place, r.ends_at > moment) for r in rows
    ]
    return MeetingList(
        upcoming=tuple(row for row in listed if row.upcoming),
        past=tuple(reversed([row for row in listed if not row.upcoming])),
    )


def briefing_period(db: Database, meeting_id: int) -> tuple[datetime, datetime]:
    """The default period of a meeting's briefing: from the previous meeting's start to
    this meeting's start; without a previous meeting, the 30 days before it."""
    with db.reading() as session:
        start = _meeting_row(session, meeting_id)["starts_at"]
        # ORDER BY … LIMIT 1 rather than max(): the column's type reads the value back.
        previous = session.execute(
            select(MEETING.c.starts_at)
            .where(MEETING.c.starts_at < start)
            .order_by(MEETING.c.starts_at.desc())
            .limit(1)
        ).scalar()
    return (previous or start - timedelta(days=DEFAULT_BRIEFING_DAYS), start)


def people_to_invite(db: Database, *, include: Iterable[int] = ()) -> tuple[PersonRef, ...]:
    """The active people of the roster, by name; `include` adds people who are
    inactive but already invited, so that editing a meeting does not drop them."""
    keep = list(include)
    with db.reading() as session:
        rows = session.execute(
            _people_query().where(or_(PERSON.c.active.is_(True), PERSON.c.id.in_(keep)))
        ).all()
    return tuple(sorted((_person(row) for row in rows), key=lambda p: (p.name.lower(), p.id)))


def new_uid() -> str:
    """A globally unique, stable iCalendar UID: Outlook updates the same event when a
    changed invitation arrives with it."""
    return f"samverkan-meeting-{uuid.uuid4()}@{_uid_domain()}"


# -- action items ---------------------------------------------------------------


def create_action(db: Database, draft: ActionDraft) -> Action:
    """Store a new open action item, standalone (meeting_id None) or from a meeting."""
    with db.writing() as session:
        values = _checked_action(session, draft)
        action_id = session.execute(
            insert(ACTION_ITEM)
            .values(**values, status=ActionStatus.OPEN.value, done_on=None, version=1)
            .returning(ACTION_ITEM.c.id)
        ).scalar_one()
        return _load_action(session, action_id)


def update_action(
    db: Database, action_id: int, draft: ActionDraft, *, expected_version: int | None = None
) -> Action:
    with db.writing() as session:
        old = _action_row(session, action_id, expected_version)
        values = _checked_action(session, draft)
        _write_action(session, action_id, old, values)
        return _load_action(session, action_id)


def mark_done(
    db: Database,
    action_id: int,
    done_on: date | None = None,
    *,
    expected_version: int | None = None,
) -> Action:
    """Mark an action item done, on `done_on` (default: today, as the clock says)."""
    today = _today()
    day = done_on or today
    if day > today:
        raise ValidationError({"done_on": in_the_future()})
    with db.writing() as session:
        old = _action_row(session, action_id, expected_version)
        _write_action(session, action_id, old, {"status": ActionStatus.DONE.value, "done_on": day})
        return _load_action(session, action_id)


def reopen(db: Database, action_id: int, *, expected_version: int | None = None) -> Action:
    with db.writing() as session:
        old = _action_row(session, action_id, expected_version)
        _write_action(session, action_id, old, {"status": ActionStatus.OPEN.value, "done_on": None})
        return _load_action(session, action_id)


def delete_action(db: Database, action_id: int) -> None:
    with db.writing() as session:
        _action_row(session, action_id, None)
        session.execute(sql_delete(ACTION_ITEM).where(ACTION_ITEM.c.id == action_id))


def get_action(db: Database, action_id: int) -> Action:
    with db.reading() as session:
        return _load_action(session, action_id)


def open_actions(db: Database, *, today: date | None = None) -> tuple[Action, ...]:
    """Every open action item of every meeting and standing alone: the overdue ones
    first, then by due date."""
    with db.reading() as session:
        return open_actions_in(session, today=today or _today())


def open_actions_in(session: Session, *, today: date) -> tuple[Action, ...]:
    """`open_actions` inside the caller's transaction (the situation picture reads in one)."""
    actions = _actions(session, ACTION_ITEM.c.status == ActionStatus.OPEN.value, today)
    return tuple(sorted(actions, key=lambda a: (not a.overdue, a.due, a.id)))


def done_since(db: Database, day: date) -> tuple[Action, ...]:
    """Action items done on `day` or later, in the order they were done."""
    with db.reading() as session:
        return done_since_in(session, day, today=_today())


def done_since_in(session: Session, day: date, *, today: date) -> tuple[Action, ...]:
    """`done_since` inside the caller's transaction."""
    actions = _actions(
        session,
        and_(ACTION_ITEM.c.status == ActionStatus.DONE.value, ACTION_ITEM.c.done_on >= day),
        today,
    )
    return tuple(sorted(actions, key=lambda a: (a.done_on or day, a.id)))


# -- inside -----------------------------------------------------------------------


def _today() -> date:
    """Today in Stockholm: an action due today is not overdue until local midnight."""
    return to_local(now()).date()


def _checked_meeting(session: Session, draft: MeetingDraft) -> dict[str, Any]:
    """The meeting table's values; every problem of the draft reported at once."""
    errors: dict[str, str] = {}
    title = draft.title.strip()
    place = draft.place.strip()
    notes = draft.notes.strip()
    if not title:
        errors["title"] = translate("meetings", "a title is required")
    for name, value, limit in (
        ("title", title, TITLE_MAX),
        ("place", place, PLACE_MAX),
        ("notes", notes, NOTES_MAX),
    ):
        found = _text_problem(value, limit)
        if found and name not in errors:
            errors[name] = found
    starts = _moment(draft.starts_at, "starts_at", errors)
    ends = _moment(draft.ends_at, "ends_at", errors)
    if starts is not None and ends is not None and ends <= starts:
        errors["ends_at"] = translate("meetings", "the meeting must end after it starts")
    if len(set(draft.attendee_ids)) != len(draft.attendee_ids):
        errors["attendee_ids"] = translate("meetings", "a person is invited twice")
    else:
        missing = set(draft.attendee_ids) - _existing_people(session, draft.attendee_ids)
        if missing:
            errors["attendee_ids"] = translate("meetings", "there is no person {ids}").format(
                ids=", ".join(map(str, sorted(missing)))
            )
    agenda = _agenda_problem(draft.agenda)
    if agenda:
        errors["agenda"] = agenda
    if errors:
        raise ValidationError(errors)
    return {"title": title, "starts_at": starts, "ends_at": ends, "place": place, "notes": notes}


def _text_problem(value: str, limit: int | None) -> str | None:
    """The shared text rules (NUL, control characters, lone surrogates), at most `limit`
    characters, then no identity number: meetings are printed in the briefing and sent
    as invitations. Line breaks are kept: the invitation escapes them."""
    if limit is not None and len(value) > limit:
        return _at_most(limit)
    problem = text_problem(value, max_length=len(value), multiline=True)
    return problem or identity_numbers.problem(value)


def _moment(value: datetime, name: str, errors: dict[str, str]) -> datetime | None:
    """`value` in UTC, or None with a message under `name` when it is not a time in
    FIRST_YEAR..LAST_YEAR (checked before converting, which overflows at the calendar's
    ends)."""
    if not isinstance(value, datetime):
        errors[name] = translate("meetings", "must be a date and time")
        return None
    moment = to_utc(value) if FIRST_YEAR <= value.year <= LAST_YEAR else None
    if moment is None or not FIRST_YEAR <= moment.year <= LAST_YEAR:
        errors[name] = translate("meetings", "must be in the years {first}–{last}").format(
            first=FIRST_YEAR, last=LAST_YEAR
        )
        return None
    return moment


def _agenda_problem(agenda: Iterable[AgendaItemDraft]) -> str | None:
    """The first problem of the agenda, naming the item and its field: the dialog shows
    one message under the agenda, where the officer picks the item to correct."""
    for number, item in enumerate(agenda, start=1):
        if not item.title.strip():
            return translate("meetings", "item {number}: a title is required").format(number=number)
        if len(item.title.strip()) > TITLE_MAX:
            return translate(
                "meetings", "item {number}: the title has at most {limit} characters"
            ).format(number=number, limit=integer(TITLE_MAX))
        # Agenda items are printed in the briefing: no identity number may stand there.
        for name, value, limit in (
            ("title", item.title.strip(), TITLE_MAX),
            ("notes", item.notes.strip(), NOTES_MAX),
            ("decision", item.decision.strip(), NOTES_MAX),
        ):
            found = _text_problem(value, limit)
            if found:
                return translate("meetings", _ITEM_PROBLEM[name]).format(
                    number=number, problem=found
                )
    return None


def _write_parts(session: Session, meeting_id: int, draft: MeetingDraft) -> None:
    if draft.attendee_ids:
        session.execute(
            insert(MEETING_ATTENDEE),
            [{"meeting_id": meeting_id, "person_id": p} for p in draft.attendee_ids],
        )
    if draft.agenda:
        session.execute(
            insert(AGENDA_ITEM),
            [
                {
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": item.title.strip(),
                    "notes": item.notes.strip(),
                    "decision_asked": item.decision_asked,
                    "decision": item.decision.strip(),
                }
                for position, item in enumerate(draft.agenda)
            ],
        )


def _existing_people(session: Session, ids: Iterable[int]) -> set[int]:
    wanted = list(ids)
    if not wanted:
        return set()
    return set(session.execute(select(PERSON.c.id).where(PERSON.c.id.in_(wanted))).scalars())


def _meeting_row(session: Session, meeting_id: int) -> Any:
    row = session.execute(select(MEETING).where(MEETING.c.id == meeting_id)).mappings().first()
    if row is None:
        raise NotFound(
            translate("meetings", "meeting {id} does not exist (any more)").format(id=meeting_id)
        )
    return row


def _action_gone(action_id: int) -> str:
    return translate("meetings", "action item {id} does not exist (any more)").format(id=action_id)


def _at_most(limit: int) -> str:
    return translate("meetings", "at most {limit} characters").format(limit=integer(limit))


def _load(session: Session, meeting_id: int) -> Meeting:
    row = _meeting_row(session, meeting_id)
    attendees = session.execute(
        _people_query()
        .join(MEETING_ATTENDEE, MEETING_ATTENDEE.c.person_id == PERSON.c.id)
        .where(MEETING_ATTENDEE.c.meeting_id == meeting_id)
    ).all()
    agenda = session.execute(
        select(AGENDA_ITEM)
        .where(AGENDA_ITEM.c.meeting_id == meeting_id)
        .order_by(AGENDA_ITEM.c.position, AGENDA_ITEM.c.id)
    ).mappings()
    actions = _actions(session, ACTION_ITEM.c.meeting_id == meeting_id, _today())
    return Meeting(
        id=row["id"],
        uid=row["uid"],
        title=row["title"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        place=row["place"],
        notes=row["notes"],
        version=row["version"],
        attendees=tuple(
            sorted((_person(a) for a in attendees), key=lambda p: (p.agency, p.name, p.id))
        ),
        agenda=tuple(
            AgendaItemDraft(a["title"], a["notes"], bool(a["decision_asked"]), a["decision"])
            for a in agenda
        ),
        actions=tuple(sorted(actions, key=lambda a: (a.due, a.id))),
    )


def _people_query() -> Any:
    return select(
        PERSON.c.id,
        PERSON.c.name,
        PERSON.c.title,
        AGENCY.c.name.label("agency"),
        PERSON.c.email,
        PERSON.c.joint_meeting,
        PERSON.c.active,
    ).join(AGENCY, AGENCY.c.id == PERSON.c.agency_id)


def _person(row: Any) -> PersonRef:
    return PersonRef(
        row.id,
        row.name,
        row.title,
        row.agency,
        row.email,
        bool(row.joint_meeting),
        bool(row.active),
    )


def _checked_action(session: Session, draft: ActionDraft) -> dict[str, Any]:
    errors: dict[str, str] = {}
    what = draft.what.strip()
    if not what:
        errors["what"] = translate("meetings", "say what is to be done")
    elif len(what) > WHAT_MAX:
        errors["what"] = _at_most(WHAT_MAX)
    else:
        # Action items are printed in the briefing: no identity number may stand there.
        found = _text_problem(what, WHAT_MAX)
        if found:
            errors["what"] = found
    if not _existing_people(session, [draft.owner_id]):
        errors["owner_id"] = translate("meetings", "choose an owner from the roster")
    if not isinstance(draft.due, date) or isinstance(draft.due, datetime):
        errors["due"] = translate("meetings", "a due date is required")
    if (
        draft.meeting_id is not None
        and not session.execute(
            select(MEETING.c.id).where(MEETING.c.id == draft.meeting_id)
        ).first()
    ):
        errors["meeting_id"] = translate("meetings", "there is no meeting {id}").format(
            id=draft.meeting_id
        )
    if errors:
        raise ValidationError(errors)
    return {
        "what": what,
        "owner_id": draft.owner_id,
        "due": draft.due,
        "meeting_id": draft.meeting_id,
    }


def _action_row(session: Session, action_id: int, expected_version: int | None) -> Any:
    row = (
        session.execute(select(ACTION_ITEM).where(ACTION_ITEM.c.id == action_id)).mappings().first()
    )
    if row is None:
        raise NotFound(_action_gone(action_id))
    if versions.stale(expected_version, row["version"]):
        raise _action_changed(session, action_id)
    return row


def _write_action(session: Session, action_id: int, old: Any, values: dict[str, Any]) -> None:
    if not versions.write_version(session, ACTION_ITEM, action_id, old["version"], values):
        raise _action_changed(session, action_id)


def _action_changed(session: Session, action_id: int) -> Conflict:
    return Conflict(
        translate("meetings", "the action item was changed by someone else since you opened it"),
        current=_load_action(session, action_id),
    )


def _load_action(session: Session, action_id: int) -> Action:
    found = _actions(session, ACTION_ITEM.c.id == action_id, _today())
    if not found:
        raise NotFound(_action_gone(action_id))
    return found[0]


def _actions(session: Session, where: Any, today: date) -> list[Action]:
    rows = session.execute(
        select(
            ACTION_ITEM,
            PERSON.c.name.label("owner"),
            AGENCY.c.name.label("owner_agency"),
            MEETING.c.title.label("meeting_title"),
            MEETING.c.starts_at.label("meeting_starts_at"),
        )
        .join(PERSON, PERSON.c.id == ACTION_ITEM.c.owner_id)
        .join(AGENCY, AGENCY.c.id == PERSON.c.agency_id)
        .outerjoin(MEETING, MEETING.c.id == ACTION_ITEM.c.meeting_id)
        .where(where)
    ).mappings()
    actions = []
    for r in rows:
        status = ActionStatus(r["status"])
        actions.append(
            Action(
                id=r["id"],
                what=r["what"],
                owner_id=r["owner_id"],
                owner=r["owner"],
                owner_agency=r["owner_agency"],
                due=r["due"],
                status=status,
                done_on=r["done_on"],
                meeting_id=r["meeting_id"],
                meeting_title=r["meeting_title"] or "",
                meeting_starts_at=r["meeting_starts_at"],
                version=r["version"],
                overdue=status == ActionStatus.OPEN and r["due"] < today,
            )
        )
    return actions


def _uid_domain() -> str:
    """The host name, reduced to what a UID's domain part may hold."""
    host = re.sub(r"[^A-Za-z0-9.-]", "", socket.gethostname()).strip(".-")[:40]
    return host or "samverkan.local"
