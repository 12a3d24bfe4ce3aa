"""Reading and exporting the audit log: who opened or changed which case, when.

Only administrators and the data protection officer (access.READS_AUDIT_LOG)
read the log; anyone else gets AccessDenied, and that refusal is itself
written to the log. An export is recorded as an entry of its own, in the
transaction that read what it exports.

There is deliberately no function here, or anywhere in the application, to
edit, delete or switch off the log: entries are only ever added (by
access.record, in the transaction of the act), and on SQLite triggers make
the database refuse UPDATE and DELETE on them. Retention erases cases, never
their audit entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session

from app.clock import to_local, to_utc
from app.domain.tables import AUDIT_ENTRY, USER
from app.domain.vocabulary import AuditAction
from app.exchange import csv_audit
from app.i18n import QT_TRANSLATE_NOOP
from app.services import access
from app.storage.database import Database

DEFAULT_LIMIT = 1000


@dataclass(frozen=True)
class AuditFilter:
    """What to show; every field left None matches everything.

    `account` matches the account as written in the entry (case ignored), so
    it finds the entries of a user who has been removed since. `case_number`
    matches from the start: "2026-" finds every case of 2026. `since` is
    inclusive and `until` exclusive; naive datetimes are local time.
    """

    user_id: int | None = None
    account: str | None = None
    case_number: str | None = None
    action: AuditAction | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    account: str
    display_name: str
    action: AuditAction
    case_number: str
    detail: str


@dataclass(frozen=True)
class AuditListing:
    """The newest `rows` of a filter, and how many entries it matches in all."""

    rows: tuple[AuditRow, ...]
    total: int

    @property
    def more(self) -> bool:
        return self.total > len(self.rows)


def list_entries(
    db: Database, filters: AuditFilter | None = None, *, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> list[AuditRow]:
    """The entries the filter matches, newest first."""
    with _reading_the_log(db, "read the audit log") as (session, _who):
        return _rows(session, filters or AuditFilter(), limit=limit, offset=offset)


def count_entries(db: Database, filters: AuditFilter | None = None) -> int:
    with _reading_the_log(db, "read the audit log") as (session, _who):
        return _count(session, filters or AuditFilter())


def browse(
    db: Database, filters: AuditFilter | None = None, *, limit: int = DEFAULT_LIMIT
) -> AuditListing:
    """The newest `limit` entries and the number of all matches, in one transaction."""
    chosen = filters or AuditFilter()
    with _reading_the_log(db, "read the audit log") as (session, _who):
        return AuditListing(tuple(_rows(session, chosen, limit=limit)), _count(session, chosen))


def export_csv(
    db: Database,
    path: Path,
    *,
    since: datetime | None = None,
    filters: AuditFilter | None = None,
) -> int:
    """Write the matching entries, oldest first, to a CSV file; returns how many.

    `since` (inclusive; naive is local time) narrows `filters`. The export is
    recorded in the log in the transaction that read the entries; the file
    appears under its name only once that is committed.
    """
    chosen = filters or AuditFilter()
    if since is not None:
        chosen = replace(chosen, since=since)
    written = 0
    # The transaction ends (commits) inside the staged file's block: the file
    # is renamed into place only after the export entry is committed.
    with (
        csv_audit.staged_csv(path) as writer,
        _reading_the_log(db, "export the audit log") as (session, who),
    ):
        for row in _rows(session, chosen, newest_first=False):
            writer.writerow(csv_audit.cells(row))
            written += 1
        access.record(session, who, AuditAction.EXPORT, detail=_export_detail(written, chosen))
    return written


@contextmanager
def _reading_the_log(db: Database, doing: str) -> Iterator[tuple[Session, access.Actor]]:
    # case_work: a refusal is written to the log after the rollback.
    with access.case_work(db, doing) as (session, who):
        access.require_role(
            who,
            access.READS_AUDIT_LOG,
            QT_TRANSLATE_NOOP("access", "your role ({role}) may not read the audit log"),
        )
        yield session, who


def _rows(
    session: Session,
    filters: AuditFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = True,
) -> list[AuditRow]:
    order = (
        (AUDIT_ENTRY.c.at.desc(), AUDIT_ENTRY.c.id.desc())
        if newest_first
        else (AUDIT_ENTRY.c.at, AUDIT_ENTRY.c.id)
    )
    query = _where(
        select(
            AUDIT_ENTRY.c.id,
            AUDIT_ENTRY.c.at,
            AUDIT_ENTRY.c.account,
            USER.c.display_name,
            AUDIT_ENTRY.c.action,
            AUDIT_ENTRY.c.case_number,
            AUDIT_ENTRY.c.detail,
        ).select_from(AUDIT_ENTRY.outerjoin(USER, USER.c.id == AUDIT_ENTRY.c.user_id)),
        filters,
    ).order_by(*order)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [_row(values) for values in session.execute(query)]


def _count(session: Session, filters: AuditFilter) -> int:
    query = _where(select(func.count()).select_from(AUDIT_ENTRY), filters)
    return int(session.execute(query).scalar_one())


def _where(query: Select[Any], filters: AuditFilter) -> Select[Any]:
    entry = AUDIT_ENTRY.c
    if filters.user_id is not None:
        query = query.where(entry.user_id == filters.user_id)
    if filters.account:
        query = query.where(func.lower(entry.account) == filters.account.strip().lower())
    if filters.case_number and filters.case_number.strip():
        prefix = filters.case_number.strip()
        query = query.where(func.substr(entry.case_number, 1, len(prefix)) == prefix)
    if filters.action is not None:
        query = query.where(entry.action == AuditAction(filters.action).value)
    if filters.since is not None:
        query = query.where(entry.at >= to_utc(filters.since))
    if filters.until is not None:
        query = query.where(entry.at < to_utc(filters.until))
    return query


def _row(values: Any) -> AuditRow:
    entry_id, at, account, display_name, action, case_number, detail = values
    return AuditRow(
        id=entry_id,
        at=at,
        account=account,
        display_name=display_name or account,
        action=AuditAction(action),
        case_number=case_number,
        detail=detail,
    )


def _export_detail(written: int, filters: AuditFilter) -> str:
    """What was exported, in words: the count and the filter, never any case text."""
    parts = [f"{written} entries"]
    if filters.since is not None:
        parts.append(f"since {to_local(to_utc(filters.since)):%Y-%m-%d %H:%M}")
    if filters.until is not None:
        parts.append(f"until {to_local(to_utc(filters.until)):%Y-%m-%d %H:%M}")
    if filters.user_id is not None:
        parts.append(f"user {filters.user_id}")
    if filters.account:
        parts.append(f"account {filters.account.strip()}")
    if filters.case_number:
        parts.append(f"case {filters.case_number.strip()}")
    if filters.action is not None:
        parts.append(f"action {AuditAction(filters.action).value}")
    return ", ".join(parts)
