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

The copies app.storage.backup makes of a SQLite file (dated copies on start
and on demand, before each schema upgrade and before a restore, in the
office's backup folder, in `backups/` beside the file, or in a folder the office
chose before) would keep an erased case for ever. So when cases are
erased, every such copy made at or after the earliest moment one of them was
created is deleted too; the time is read from the file's name (local time, to
the second; app.storage.backup.all_backups), not from its modification time,
which copying and restoring change. Older copies cannot hold the erased cases
and stay. Copies made anywhere else (by hand, by the office's own backup) are
the office's to manage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import CASE
from app.domain.vocabulary import AuditAction, CaseStatus
from app.services import access
from app.services.office_settings import retention_years_in
from app.storage import search
from app.storage.backup import all_backups, backup_folder, sqlite_path
from app.storage.database import Database

# Files SQLite may leave beside a copy; they go with it.
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class PurgeResult:
    erased: tuple[str, ...]  # case numbers, in number order
    retention_years: int
    # False when another program kept the WAL from being emptied (it reads
    # the database); the erased text then leaves the WAL at its next checkpoint.
    wal_emptied: bool = True
    # File names of the upgrade backups deleted because they could hold an
    # erased case, and of those that could not be deleted (in use, read-only).
    backups_deleted: tuple[str, ...] = ()
    backups_not_deleted: tuple[str, ...] = ()


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
            earliest = session.execute(
                select(func.min(CASE.c.created_at)).where(
                    CASE.c.id.in_([case_id for case_id, *_ in expired])
                )
            ).scalar_one()
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
    wal_emptied = _scrub(db)
    deleted, not_deleted = _delete_upgrade_backups(db, earliest)
    return PurgeResult(
        tuple(number for _, number, _ in expired), years, wal_emptied, deleted, not_deleted
    )


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


def _delete_upgrade_backups(
    db: Database, since: datetime
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Delete the upgrade backups of the SQLite file made at or after `since` (UTC).

    Returns the names deleted and the names that could not be, each sorted."""
    path = sqlite_path(db.engine)
    if path is None:
        return (), ()
    # Stamps are whole seconds; a copy made in the same second may hold the case.
    since = since.astimezone(UTC).replace(microsecond=0)
    deleted, not_deleted = [], []
    # The erasure is committed by now: a file system problem is reported in
    # the result, never raised over the erasure that did happen.
    try:
        # Every folder: the office's current one, backups/ beside the file, and the
        # folders it chose before, where older copies stay.
        candidates = [(b.path, b.made) for b in all_backups(path)]
    except OSError:
        return (), (str(backup_folder(path)),)
    for candidate, made in candidates:
        if made < since:
            continue
        try:
            candidate.unlink()
        except OSError:
            not_deleted.append(candidate.name)
            continue
        deleted.append(candidate.name)
        for suffix in _SIDE_FILES:
            try:
                candidate.with_name(candidate.name + suffix).unlink(missing_ok=True)
            except OSError:
                not_deleted.append(candidate.name + suffix)
    return tuple(deleted), tuple(not_deleted)
