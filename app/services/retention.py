"""Retention (gallring): a closed case is erased when its retention period ends.

A case closed on `closed_on` is kept for the office's retention period in
calendar years (office_settings.retention_years, default 3; a case closed on
29 February counts from 28 February) and erased on the first day after. Its
consents, factors, actions, reviews, notes and incident links go with it
(ON DELETE CASCADE). Each erasure leaves one audit entry with the case
number and the closing date only: nothing of the case's text.

Erasing is the office's legal duty, not a user's decision: it runs for
whoever starts the application or the command, whatever their role, and
names them as the actor of the erasure entries.

On SQLite, `PRAGMA secure_delete = ON` (app.storage.engine) overwrites the
deleted rows with zeros; afterwards the incident full-text index is merged
(its segments keep the words of deleted incidents until then) and the WAL
is checkpointed and truncated, so that neither the database file nor its
WAL holds the erased text any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import CASE
from app.domain.vocabulary import AuditAction, CaseStatus
from app.services import access
from app.services.office_settings import retention_years_in
from app.storage import search
from app.storage.database import Database


@dataclass(frozen=True)
class PurgeResult:
    erased: tuple[str, ...]  # case numbers, in number order
    retention_years: int
    # False when another program kept the WAL from being emptied (it reads
    # the database); the erased text then leaves the WAL at its next checkpoint.
    wal_emptied: bool = True


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def purge_expired(db: Database) -> PurgeResult:
    """Erase every closed case whose retention period has ended, in one transaction."""
    today = to_local(now()).date()
    with db.reading() as session:
        # Most starts find nothing: they do not take the write lock at all.
        years = retention_years_in(session)
        if not _expired(session, years, today):
            return PurgeResult((), years)
    with db.writing() as session:
        years = retention_years_in(session)
        expired = _expired(session, years, today)
        if expired:
            who = access.actor(session, db.account)
            session.execute(
                CASE.delete().where(CASE.c.id.in_([case_id for case_id, *_ in expired]))
            )
            for _case_id, number, closed_on in expired:
                access.record(
                    session,
                    who,
                    AuditAction.ERASE,
                    case_number=number,
                    detail=f"retention: closed {closed_on.isoformat()}, {years} years",
                )
    if not expired:
        return PurgeResult((), years)
    return PurgeResult(tuple(number for _, number, _ in expired), years, _scrub(db))


def _expired(session: Session, years: int, today: date) -> list[tuple[int, str, date]]:
    """(id, number, closed on) of the closed cases past their retention period."""
    # Narrowed in SQL to a superset (closed before the end of the year that
    # could have expired), decided exactly per case in Python.
    rows = session.execute(
        select(CASE.c.id, CASE.c.number, CASE.c.closed_on)
        .where(
            CASE.c.status == CaseStatus.CLOSED.value,
            CASE.c.closed_on.is_not(None),
            CASE.c.closed_on <= date(today.year - years, 12, 31),
        )
        .order_by(CASE.c.number)
    ).all()
    return [
        (case_id, str(number), closed_on)
        for case_id, number, closed_on in rows
        if add_years(closed_on, years) < today
    ]


def _scrub(db: Database) -> bool:
    """After the erasure's commit: merge the full-text index, empty the WAL.

    Returns whether the WAL was emptied (always True off SQLite)."""
    if not db.is_sqlite:
        return True
    with db.writing() as session:
        search.optimise(session)
    # A checkpoint cannot run inside a transaction: on the raw connection,
    # which runs in autocommit (the engine sets isolation_level None).
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        raw.close()
    return not busy
