"""Everything a briefing needs, gathered first into one plain value, then drawn.

No query runs while the PDF is drawn: `gather_briefing` reads the situation,
the meeting, the risk dates, the contacts and the office's settings, and, for
the optional appendix, streams the period's incidents once into compact rows
(the secret ones only counted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.clock import now, to_local, to_utc
from app.errors import ValidationError
from app.i18n import catalog, translate
from app.services import identity_numbers, incident_query, meetings, office_settings, roster
from app.services import reference as reference_data
from app.services import users as user_service
from app.services.incident_types import IncidentQuery, IncidentSort, SortColumn
from app.services.meeting_types import AgendaItemDraft, PersonRef
from app.services.phones import display_phone
from app.services.situation_types import Period, Situation
from app.storage.database import Database

LANGUAGES = ("sv", "en")
# Without a next meeting, risk dates are shown for this long after the period.
RISK_WEEKS = 6


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    title: str
    starts_at: datetime  # UTC
    place: str


@dataclass(frozen=True)
class RiskDateLine:
    """A coming date of raised risk: Walpurgis Night, the end of term, a demonstration."""

    day: date
    title: str
    until: date | None = None
    note: str = ""


@dataclass(frozen=True)
class AgencyContact:
    name: str
    duty_phone: str  # shown form, "" without one
    phone: str


@dataclass(frozen=True)
class MemberContact:
    name: str
    title: str
    agency: str
    phone: str  # shown form
    mobile: str
    deputy: str
    deputy_title: str
    deputy_phone: str


@dataclass(frozen=True)
class AppendixRow:
    """One incident of the appendix; the summary already masked."""

    reference: str
    occurred_at: datetime  # UTC
    category: str  # code
    district: str
    severity: int
    status: str
    summary: str


@dataclass(frozen=True)
class Appendix:
    rows: list[AppendixRow]
    secret_left_out: int


@dataclass(frozen=True)
class BriefingData:
    language: str
    situation: Situation
    municipality: str
    classification: str
    prepared_by: str
    generated_at: datetime  # UTC
    meeting: MeetingInfo | None = None
    agenda: tuple[AgendaItemDraft, ...] = ()
    attendees: tuple[PersonRef, ...] = ()
    risk_dates: tuple[RiskDateLine, ...] = ()
    risk_until: date | None = None
    agencies: tuple[AgencyContact, ...] = ()
    members: tuple[MemberContact, ...] = ()
    categories: dict[str, tuple[str, str]] = field(default_factory=dict)  # code: (sv, en)
    appendix: Appendix | None = None
    logo: Path | None = None

    def category_title(self, code: str) -> str:
        sv, en = self.categories.get(code, (code, code))
        return en if self.language == "en" else sv


def gather_briefing(
    db: Database,
    *,
    meeting_id: int | None = None,
    period: Period | None = None,
    language: str = "sv",
    appendix: bool = False,
) -> BriefingData:
    """The briefing's data; the period defaults to the meeting's (since the previous one)."""
    from app.services import situation as situation_service

    errors: dict[str, str] = {}
    if language not in LANGUAGES:
        errors["language"] = translate("briefing", "choose sv or en")
    if period is None and meeting_id is None:
        errors["period"] = translate("briefing", "give a period, or a meeting to take it from")
    elif period is not None and period.end < period.start:
        errors["period"] = translate("briefing", "the period ends before it starts")
    if errors:
        raise ValidationError(errors)
    meeting = meetings.get(db, meeting_id) if meeting_id is not None else None
    if period is None:
        assert meeting_id is not None
        period = meeting_period(db, meeting_id)
    situation = situation_service.gather(db, period)
    risk_from, risk_until = risk_window(db, period, meeting.starts_at if meeting else None)
    reference = reference_data.load(db)
    return BriefingData(
        language=language,
        situation=situation,
        municipality=office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME),
        classification=_classification(db, language),
        prepared_by=_prepared_by(db),
        generated_at=situation.generated_at or now(),
        meeting=MeetingInfo(meeting.id, meeting.title, meeting.starts_at, meeting.place)
        if meeting
        else None,
        agenda=meeting.agenda if meeting else (),
        attendees=meeting.attendees if meeting else (),
        risk_dates=_risk_dates(db, risk_from, risk_until),
        risk_until=risk_until,
        agencies=_agencies(db),
        members=_members(db),
        categories={c.code: (c.title_sv, c.title_en) for c in reference.categories},
        appendix=_appendix(db, period) if appendix else None,
        logo=_logo(db),
    )


def meeting_period(db: Database, meeting_id: int) -> Period:
    """Since the previous joint meeting up to the day before this one, and not past today."""
    start, end = meetings.briefing_period(db, meeting_id)
    first = to_local(start).date()
    last = min(to_local(end).date() - timedelta(days=1), to_local(now()).date())
    return Period(first, max(first, last))


def risk_window(db: Database, period: Period, meeting_starts: datetime | None) -> tuple[date, date]:
    """The days whose risk dates are "coming": from the day after the period, but never
    before today (a past period's briefing is read now), up to the next meeting after
    that (after this one, for a meeting's briefing), or RISK_WEEKS without one."""
    today = to_local(now()).date()
    first = max(period.end + timedelta(days=1), today)
    after = to_utc(datetime.combine(first, time.min))
    if meeting_starts is not None:
        after = max(after, meeting_starts)
    last = _next_meeting_day(db, after) or first + timedelta(weeks=RISK_WEEKS)
    return first, last


def _next_meeting_day(db: Database, after: datetime) -> date | None:
    later = [row.starts_at for row in meetings.list_meetings(db).upcoming if row.starts_at > after]
    return to_local(min(later)).date() if later else None


def _classification(db: Database, language: str) -> str:
    """The office's marking as it was set; the default one in the briefing's language
    (its Swedish translation is the default as stored, office_settings.DEFAULT_MARKING)."""
    marking = office_settings.get_setting(db, office_settings.CLASSIFICATION_MARKING)
    if marking == office_settings.DEFAULT_MARKING and language != "sv":
        return catalog(language).translate("briefing", "Internal – not for publication")
    return marking


def _risk_dates(db: Database, start: date, end: date) -> tuple[RiskDateLine, ...]:
    from app.services import risk_dates

    return tuple(
        RiskDateLine(
            day=occurrence.starts_on,
            title=occurrence.title,
            until=occurrence.ends_on if occurrence.ends_on != occurrence.starts_on else None,
            note=occurrence.notes,
        )
        for occurrence in risk_dates.coming(db, start, end)
    )


def _agencies(db: Database) -> tuple[AgencyContact, ...]:
    agencies = sorted(roster.list_agencies(db), key=lambda a: roster.swedish_key(a.name))
    return tuple(
        AgencyContact(a.name, _shown(a.duty_phone), _shown(a.phone))
        for a in agencies
        if a.duty_phone or a.phone
    )


def _members(db: Database) -> tuple[MemberContact, ...]:
    members = roster.joint_meeting_members(db)
    deputies = {p.id: p for p in roster.list_people(db, include_inactive=True)}
    contacts = []
    for person in sorted(members, key=lambda p: (roster.swedish_key(p.agency), p.name)):
        deputy = deputies.get(person.deputy_id) if person.deputy_id is not None else None
        contacts.append(
            MemberContact(
                name=person.name,
                title=person.title,
                agency=person.agency,
                phone=_shown(person.phone),
                mobile=_shown(person.mobile),
                deputy=deputy.name if deputy else "",
                deputy_title=deputy.title if deputy else "",
                deputy_phone=_shown(deputy.mobile or deputy.phone) if deputy else "",
            )
        )
    return tuple(contacts)


def _appendix(db: Database, period: Period) -> Appendix:
    """Every incident of the period in time order, streamed in batches; secret ones counted."""
    query = IncidentQuery(period.filter(), IncidentSort(SortColumn.OCCURRED, descending=False))
    rows: list[AppendixRow] = []
    secret = 0
    for row in incident_query.iterate(db, query):
        if row.secret:
            secret += 1
            continue
        rows.append(
            AppendixRow(
                row.reference,
                row.occurred_at,
                row.category,
                row.district,
                row.severity,
                row.status,
                identity_numbers.mask(row.summary),
            )
        )
    return Appendix(rows, secret)


def _prepared_by(db: Database) -> str:
    """The signed-in officer's name as the users list has it; "" when it knows only the
    account (an account name is not for paper: the office's name stands instead)."""
    mine = [u for u in user_service.list_users(db) if u.account == db.account]
    name = mine[0].display_name.strip() if mine else ""
    return "" if name == db.account or "\\" in name or "@" in name else name


def _logo(db: Database) -> Path | None:
    # None when unset or when the file has gone or is no picture: the briefing
    # is made without a logo rather than not at all.
    return office_settings.logo_path(db)


def _shown(e164: str) -> str:
    return display_phone(e164) if e164 else ""
