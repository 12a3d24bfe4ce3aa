"""The audit and purge-expired sub-commands, run the way main.py runs them."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import main
from app import clock
from app.domain.vocabulary import AuditAction, Role
from app.identity import os_account
from app.services import access, audit_log, users
from app.settings import sqlite_url
from app.storage.backup import backup_to
from app.storage.database import Database, open_database
from tests.cli_support import run
from tests.services.test_retention import add_case

pytestmark = pytest.mark.usefixtures("fixed_clock")


def entry(db: Database, action: AuditAction, number: str, at: datetime) -> None:
    clock.set_clock(lambda: at)
    with db.writing() as session:
        access.record(session, access.actor(session, db.account), action, case_number=number)


def test_audit_writes_the_log_since_a_date(
    mine: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry(mine, AuditAction.VIEW, "2026-001", datetime(2026, 10, 31, 22, 59, tzinfo=UTC))
    entry(mine, AuditAction.CHANGE, "2026-001", datetime(2026, 10, 31, 23, 0, tzinfo=UTC))
    entry(mine, AuditAction.VIEW, "2026-002", datetime(2026, 11, 3, 12, 0, tzinfo=UTC))
    target = tmp_path / "logg.csv"
    # 2026-11-01 00:00 in Stockholm is 2026-10-31 23:00 UTC.
    code, out, err = run(capsys, path, "audit", "--since", "2026-11-01", str(target))
    assert (code, err) == (0, "")
    assert out == f"wrote 2 entries to {target}"
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert [(r[3], r[4]) for r in rows[1:]] == [("change", "2026-001"), ("view", "2026-002")]
    assert audit_log.list_entries(mine)[0].action is AuditAction.EXPORT


def test_audit_without_since_writes_everything(
    mine: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry(mine, AuditAction.VIEW, "2026-001", datetime(2020, 1, 1, tzinfo=UTC))
    code, out, _ = run(capsys, path, "audit", str(tmp_path / "allt.csv"))
    assert code == 0 and out.startswith("wrote 1 entry to ")


def test_audit_refuses_a_member_in_one_line(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    someone_else = open_database(sqlite_url(path), account="kommun\\admin")
    users.sign_in(someone_else)  # the administrator; this process's account is a member
    try:
        code, out, err = run(capsys, path, "audit", str(tmp_path / "logg.csv"))
        assert code == 1 and out == ""
        assert err.startswith("samverkan: ") and "audit log" in err and "\n" not in err
        assert not (tmp_path / "logg.csv").exists()
        refused = audit_log.list_entries(someone_else)[0]
        assert (refused.action, refused.account) == (AuditAction.REFUSED, os_account())
    finally:
        someone_else.close()


def test_a_bad_date_is_refused_by_the_parser(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main.main(["--database", str(path), "audit", "--since", "1 nov", str(tmp_path / "x.csv")])
    assert caught.value.code == 2
    assert "is not a date like 2026-11-26" in capsys.readouterr().err


def test_purge_expired_says_what_it_erased(
    mine: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, path, "purge-expired") == (0, "nothing to erase", "")
    add_case(mine, "2022-009", closed_on=date(2022, 6, 1))
    add_case(mine, "2022-004", closed_on=date(2022, 5, 1))
    add_case(mine, "2026-001", closed_on=date(2026, 5, 1))
    code, out, _ = run(capsys, path, "purge-expired")
    assert (code, out) == (0, "erased 2 closed cases: 2022-004, 2022-009")
    assert run(capsys, path, "purge-expired")[1] == "nothing to erase"


def test_purge_expired_names_the_upgrade_backups_it_deleted(
    mine: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_case(mine, "2022-004", closed_on=date(2022, 5, 1))
    copy = backup_to(
        mine.engine, path.parent / "backups" / "samverkan-before-upgrade-20261126-140000.db"
    )
    code, out, _ = run(capsys, path, "purge-expired")
    assert code == 0
    assert out.splitlines() == [
        "erased 1 closed case: 2022-004",
        f"deleted 1 upgrade backup that could hold it: {copy.name}",
    ]
    assert not copy.exists()


def test_purge_expired_needs_no_role(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    admin = open_database(sqlite_url(path), account="kommun\\admin")
    try:
        users.sign_in(admin)
        users.add_user(admin, os_account(), "Läsaren", Role.READER)
        add_case(admin, "2021-001", closed_on=date(2021, 1, 1))
        assert run(capsys, path, "purge-expired")[1] == "erased 1 closed case: 2021-001"
    finally:
        admin.close()
