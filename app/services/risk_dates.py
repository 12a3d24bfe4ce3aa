"""Risk dates: the days the office prepares for, kept on the meetings page and
listed in the briefing for the weeks until the next meeting.

A yearly date (Walpurgis Night, New Year's Eve) is stored once with the year it
was first entered and expanded into every later year on reading; 29 February
falls on 28 February in the other years. Free text is held to the same rules
as everywhere else, identity numbers included.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, or_, select
from sqlmodel import Session

from app.domain.tables import RISK_DATE
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import translate
from app.services import versions
from app.services.case_validation import free_text, required_text
from app.services.risk_date_types import RiskDate, RiskDateDraft, RiskDateOccurrence
from app.services.text_rules import not_a_date
from app.storage.database import Database

TITLE_MAX = 120
NOTES_MAX = 4_000
# A yearly date must end before it begins again.
LONGEST_YEARLY_DAYS = 365


def list_risk_dates(db: Database) -> list[RiskDate]:
    """Every risk date as stored, by its first day."""
    with db.reading() as session:
        rows = session.execute(
            select(RISK_DATE).order_by(RISK_DATE.c.starts_on, RISK_DATE.c.id)
        ).mappings()
        return [_risk_date(r) for r in rows]


def get(db: Database, risk_date_id: int) -> RiskDate:
    with db.reading() as session:
        return _risk_date(_row(session, risk_date_id))


def coming(db: Database, start: date, end: date) -> list[RiskDateOccurrence]:
    """The risk dates that touch start..end (both inclusive), yearly ones expanded,
    in the order they begin."""
    with db.reading() as session:
        return coming_in(session, start, end)


def coming_in(session: Session, start: date, end: date) -> list[RiskDateOccurrence]:
    """`coming` inside the caller's transaction (the situation picture gathers in one)."""
    if end < start:
        return []
    rows = session.execute(
        select(RISK_DATE).where(
            RISK_DATE.c.starts_on <= end,
            or_(
                RISK_DATE.c.recurring_yearly.is_(True),
                RISK_DATE.c.starts_on >= start,
                RISK_DATE.c.ends_on >= start,
            ),
        )
    ).mappings()
    found = [o for r in rows for o in occurrences(_risk_date(r), start, end)]
    return sorted(found, key=lambda o: (o.starts_on, o.ends_on, o.title, o.risk_date_id))


def occurrences(risk_date: RiskDate, start: date, end: date) -> list[RiskDateOccurrence]:
    """Where one risk date falls in start..end: once, or once for each year it recurs."""
    length = ((risk_date.ends_on or risk_date.starts_on) - risk_date.starts_on).days
    if risk_date.recurring_yearly:
        # A span that began in the year before `start` may still run into it.
        years = range(max(risk_date.starts_on.year, start.year - 1), end.year + 1)
        firsts = [_in_year(risk_date.starts_on, year) for year in years]
    else:
        firsts = [risk_date.starts_on]
    return [
        RiskDateOccurrence(
            risk_date_id=risk_date.id,
            title=risk_date.title,
            starts_on=first,
            ends_on=first + timedelta(days=length),
            notes=risk_date.notes,
            recurring_yearly=risk_date.recurring_yearly,
        )
        for first in firsts
        if first <= end and first + timedelta(days=length) >= start
    ]


def create(db: Database, draft: RiskDateDraft) -> RiskDate:
    with db.writing() as session:
        values = _checked(draft)
        new_id = session.execute(
            insert(RISK_DATE).values(**values, version=1).returning(RISK_DATE.c.id)
        ).scalar_one()
        return _risk_date(_row(session, new_id))


def update(
    db: Database, risk_date_id: int, draft: RiskDateDraft, *, expected_version: int | None = None
) -> RiskDate:
    """Save changes; with expected_version, refuse (Conflict) if someone saved in between."""
    with db.writing() as session:
        old = _row(session, risk_date_id)
        if versions.stale(expected_version, old["version"]):
            raise _changed_meanwhile(session, risk_date_id)
        values = _checked(draft)
        if not versions.write_version(session, RISK_DATE, risk_date_id, old["version"], values):
            raise _changed_meanwhile(session, risk_date_id)
        return _risk_date(_row(session, risk_date_id))


def _changed_meanwhile(session: Session, risk_date_id: int) -> Conflict:
    current = _risk_date(_row(session, risk_date_id))
    return Conflict(
        translate(
            "risk_dates", 'risk date "{title}" was changed by someone else since you opened it'
        ).format(title=current.title),
        current=current,
    )


def delete(db: Database, risk_date_id: int) -> None:
    with db.writing() as session:
        _row(session, risk_date_id)
        session.execute(sql_delete(RISK_DATE).where(RISK_DATE.c.id == risk_date_id))


# -- inside -----------------------------------------------------------------------


def _checked(draft: RiskDateDraft) -> dict[str, Any]:
    """The table's values; every problem of the draft reported at once."""
    errors: dict[str, str] = {}
    title = draft.title.strip() if isinstance(draft.title, str) else draft.title
    problem = required_text(title, max_length=TITLE_MAX)
    if problem:
        errors["title"] = problem
    notes = draft.notes.strip() if isinstance(draft.notes, str) else draft.notes
    problem = free_text(notes, max_length=NOTES_MAX, multiline=True)
    if problem:
        errors["notes"] = problem
    if not _is_date(draft.starts_on):
        errors["starts_on"] = translate("risk_dates", "a first day is required")
    if draft.ends_on is not None:
        if not _is_date(draft.ends_on):
            errors["ends_on"] = not_a_date()
        elif "starts_on" not in errors and draft.ends_on < draft.starts_on:
            errors["ends_on"] = translate("risk_dates", "cannot be before the first day")
        elif (
            "starts_on" not in errors
            and draft.recurring_yearly
            and (draft.ends_on - draft.starts_on).days >= LONGEST_YEARLY_DAYS
        ):
            errors["ends_on"] = translate("risk_dates", "a yearly date must be shorter than a year")
    if errors:
        raise ValidationError(errors)
    return {
        "title": title,
        "notes": notes,
        "starts_on": draft.starts_on,
        # A span of one day is stored as a single day.
        "ends_on": draft.ends_on if draft.ends_on != draft.starts_on else None,
        "recurring_yearly": bool(draft.recurring_yearly),
    }


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not hasattr(value, "hour")


def _in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _row(session: Session, risk_date_id: int) -> Any:
    row = (
        session.execute(select(RISK_DATE).where(RISK_DATE.c.id == risk_date_id)).mappings().first()
    )
    if row is None:
        raise NotFound(
            translate("risk_dates", "risk date {id} does not exist (any more)").format(
                id=risk_date_id
            )
        )
    return row


def _risk_date(row: Any) -> RiskDate:
    return RiskDate(
        id=row["id"],
        title=row["title"],
        starts_on=row["starts_on"],
        ends_on=row["ends_on"],
        notes=row["notes"],
        recurring_yearly=bool(row["recurring_yearly"]),
        version=row["version"],
    )
