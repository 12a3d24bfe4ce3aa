"""The audit log: filters, who may read it, the CSV export and its own entry."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app import clock
from app.domain.tables import AUDIT_ENTRY, USER
from app.domain.vocabulary import AuditAction, Role
from app.errors import AccessDenied, ValidationError
from app.exchange.csv_audit import HEADER
from app.services import access, audit_log, users
from app.services.audit_log import AuditFilter
from app.storage.database import Database


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (the database lives in tmp_path)."""
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # 09:00 in Stockholm


def as_role(db: Database, account: str, role: Role) -> Database:
    """The same database, used by `account` with `role` (the tester administers).

    Registered straight in the table, not with users.add_user: adding a user is
    itself written to the audit log, and these tests count only their own entries.
    """
    users.sign_in(db)
    with db.writing() as session:
        session.execute(
            insert(USER).values(
                account=account,
                display_name=account.split("\\")[-1].title(),
                role=role.value,
                created_at=clock.now(),
            )
        )
    return Database(db.engine, account)


def write(
    db: Database,
    action: AuditAction,
    case_number: str = "",
    *,
    at: datetime,
    detail: str = "",
) -> None:
    """An audit entry as the case services write them: access.record in a write."""
    clock.set_clock(lambda: at)
    with db.writing() as session:
        access.record(
            session,
            access.actor(session, db.account),
            action,
            case_number=case_number,
            detail=detail,
        )


def entries(db: Database) -> list[tuple[str, str, str]]:
    """(account, action, detail) of every entry, straight from the table."""
    with db.reading() as session:
        rows = session.execute(
            select(AUDIT_ENTRY.c.account, AUDIT_ENTRY.c.action, AUDIT_ENTRY.c.detail).order_by(
                AUDIT_ENTRY.c.id
            )
        )
        return [tuple(row) for row in rows]


@pytest.fixture
def log(db: Database, fixed_clock: datetime) -> Database:
    """Five entries by two people over three days; `db` (tester) administers."""
    member = as_role(db, "kommun\\medlem", Role.MEMBER)
    write(db, AuditAction.CREATE, "2026-001", at=T0, detail="created")
    write(member, AuditAction.VIEW, "2026-001", at=T0 + timedelta(hours=1))
    write(member, AuditAction.CHANGE, "2026-001", at=T0 + timedelta(days=1), detail="status active")
    write(member, AuditAction.REFUSED, "2025-014", at=T0 + timedelta(days=1, hours=2))
    write(db, AuditAction.VIEW, "2025-014", at=T0 + timedelta(days=2), detail="=HYPERLINK(1)")
    clock.set_clock(lambda: fixed_clock)
    return db


def test_entries_come_newest_first_with_names(log: Database) -> None:
    rows = audit_log.list_entries(log)
    assert [r.action for r in rows] == [
        AuditAction.VIEW,
        AuditAction.REFUSED,
        AuditAction.CHANGE,
        AuditAction.VIEW,
        AuditAction.CREATE,
    ]
    assert rows[0].at == T0 + timedelta(days=2) and rows[0].account == "tester"
    assert rows[1].display_name == "Medlem" and rows[1].case_number == "2025-014"
    assert audit_log.count_entries(log) == 5
    assert [r.id for r in audit_log.list_entries(log, limit=2, offset=1)] == [
        rows[1].id,
        rows[2].id,
    ]


def test_filters_by_person_case_action_and_time(log: Database) -> None:
    member = next(u for u in users.list_users(log) if u.account == "kommun\\medlem")

    def actions(**values: object) -> list[str]:
        found = audit_log.list_entries(log, AuditFilter(**values))  # type: ignore[arg-type]
        assert audit_log.count_entries(log, AuditFilter(**values)) == len(found)  # type: ignore[arg-type]
        return [f"{r.action.value} {r.case_number}" for r in found]

    assert actions(user_id=member.id) == ["refused 2025-014", "change 2026-001", "view 2026-001"]
    assert actions(account="KOMMUN\\Medlem") == actions(user_id=member.id)
    assert actions(case_number="2025-014") == ["view 2025-014", "refused 2025-014"]
    assert actions(case_number="2026-") == ["change 2026-001", "view 2026-001", "create 2026-001"]
    assert actions(case_number="2026-%") == []  # no wildcards smuggled in
    assert actions(action=AuditAction.VIEW) == ["view 2025-014", "view 2026-001"]
    # Naive times are local: 09:00 Stockholm is T0; since inclusive, until exclusive.
    assert actions(since=datetime(2026, 11, 21, 9, 0)) == [
        "view 2025-014",
        "refused 2025-014",
        "change 2026-001",
    ]
    assert actions(until=datetime(2026, 11, 20, 10, 0)) == ["create 2026-001"]
    assert actions(user_id=member.id, action=AuditAction.VIEW, case_number="2026") == [
        "view 2026-001"
    ]


def test_browse_gives_the_newest_rows_and_the_total(log: Database) -> None:
    listing = audit_log.browse(log, limit=2)
    assert len(listing.rows) == 2 and listing.total == 5 and listing.more
    assert not audit_log.browse(log, AuditFilter(action=AuditAction.CREATE)).more


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER])
def test_administrators_and_the_dpo_read_the_log(log: Database, role: Role) -> None:
    reader = as_role(log, "kommun\\granskare", role)
    assert audit_log.count_entries(reader) == 5


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MEMBER, Role.READER])
def test_others_are_refused_and_the_refusal_is_logged(log: Database, role: Role, out: Path) -> None:
    other = as_role(log, "kommun\\nyfiken", role)
    for attempt in (
        lambda: audit_log.list_entries(other),
        lambda: audit_log.count_entries(other),
        lambda: audit_log.browse(other),
        lambda: audit_log.export_csv(other, out / "logg.csv"),
    ):
        with pytest.raises(AccessDenied, match="audit log"):
            attempt()
    refusals = [e for e in entries(log) if e[0] == "kommun\\nyfiken"]
    assert [action for _, action, _ in refusals] == ["refused"] * 4
    assert "export the audit log" in refusals[-1][2]
    assert not (out / "logg.csv").exists()
    assert list(out.iterdir()) == []  # not even a temporary file


def test_the_export_is_csv_that_reads_back_and_is_itself_logged(log: Database, out: Path) -> None:
    path = out / "granskning.csv"
    assert audit_log.export_csv(log, path) == 5
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel wants
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(records[0]) == HEADER
    assert records[1] == [
        "2026-11-20 09:00:00+01:00",
        "tester",
        "tester",
        "create",
        "2026-001",
        "created",
    ]
    assert [r[3] for r in records[1:]] == ["create", "view", "change", "refused", "view"]
    assert records[2][1:3] == ["kommun\\medlem", "Medlem"]
    assert records[5][5] == "'=HYPERLINK(1)"  # not run as a formula by a spreadsheet
    account, action, detail = entries(log)[-1]
    assert (account, action) == ("tester", "export") and detail.startswith("5 entries")
    assert [p.name for p in out.iterdir()] == ["granskning.csv"]


def test_the_export_takes_since_and_filters(log: Database, out: Path) -> None:
    path = out / "sedan.csv"
    written = audit_log.export_csv(
        log,
        path,
        since=datetime(2026, 11, 21),
        filters=AuditFilter(case_number="2025-014"),
    )
    assert written == 2
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3
    assert entries(log)[-1][2] == "2 entries, since 2026-11-21 00:00, case 2025-014"


def test_an_export_to_a_missing_folder_is_named_and_writes_no_entry(
    log: Database, out: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        audit_log.export_csv(log, out / "saknas" / "logg.csv")
    assert set(caught.value.errors) == {"file"}
    assert "export" not in [action for _, action, _ in entries(log)]


def test_a_failed_write_leaves_no_file_and_no_entry(
    log: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.exchange import csv_audit

    def broken(row: audit_log.AuditRow) -> list[str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_audit, "cells", broken)
    with pytest.raises(OSError):
        audit_log.export_csv(log, out / "full.csv")
    assert list(out.iterdir()) == []
    assert "export" not in [action for _, action, _ in entries(log)]


def test_the_service_offers_no_way_to_change_the_log() -> None:
    public = {name for name in dir(audit_log) if not name.startswith("_")}
    for verb in ("delete", "update", "edit", "remove", "disable", "clear", "purge"):
        assert not [name for name in public if verb in name.lower()], verb
