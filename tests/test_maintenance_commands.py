"""backup and restore on the command line, and the messages that a database which
cannot be used gives instead of a traceback, run the way main.py runs them."""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.commands import maintenance
from app.errors import StorageProblem
from app.services import incidents, office_settings
from app.settings import sqlite_url
from app.storage import backup, engine, location, migrate
from app.storage.database import Database, open_database
from tests.cli_support import run
from tests.services.support import draft, open_extra

pytestmark = pytest.mark.usefixtures("fixed_clock")


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module as app.cli will list it (until it does)."""
    if maintenance not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, maintenance))


@pytest.fixture
def filled(path: Path) -> Iterator[Path]:
    """A database with one incident, closed again: nobody holds it."""
    db = open_extra(path)
    incidents.create(db, draft(summary="Innan"))
    db.close()
    yield path


def _summaries(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT summary FROM incident ORDER BY id")]
    finally:
        connection.close()


def _add(path: Path, summary: str) -> None:
    db = open_database(sqlite_url(path), account="tester")
    try:
        incidents.create(db, draft(summary=summary))
    finally:
        db.close()


def test_backup_writes_a_dated_copy_beside_the_database(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, filled, "backup")
    copy = filled.parent / "backups" / "samverkan-20261126-140000.db"
    assert (code, err) == (0, "")
    assert out.startswith(f"backed up {filled} to {copy} (")
    assert _summaries(copy) == ["Innan"]
    assert [p for p, _ in backup.backup_files(filled)] == [copy]


def test_backup_to_a_file_refuses_to_overwrite_without_replace(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kopior" / "natt.db"
    assert run(capsys, filled, "backup", str(target))[0] == 0
    _add(filled, "Sedan")
    code, out, err = run(capsys, filled, "backup", str(target))
    assert (code, out) == (1, "")
    assert err == f"samverkan: file: {target} exists; add --replace to overwrite it"
    assert _summaries(target) == ["Innan"]
    assert run(capsys, filled, "backup", str(target), "--replace")[0] == 0
    assert _summaries(target) == ["Innan", "Sedan"]
    code, _, err = run(capsys, filled, "backup", str(filled))
    assert (code, err) == (1, "samverkan: file: is the database itself; name another file")


def test_restore_puts_a_backup_back_and_keeps_the_database(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.db"
    run(capsys, filled, "backup", str(copy))
    _add(filled, "Försvinner ur databasen")

    code, out, err = run(capsys, filled, "restore", str(copy))

    kept = filled.parent / "backups" / "samverkan-before-restore-20261126-140000.db"
    assert (code, err) == (0, "")
    assert out == (
        f"restored {filled} from {copy} (schema version {migrate.head_revision()}); "
        f"the database it replaced is kept as {kept}"
    )
    assert _summaries(filled) == ["Innan"]
    assert _summaries(kept) == ["Innan", "Försvinner ur databasen"]


def test_restore_refuses_while_samverkan_has_the_database_open(
    mine: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office_settings.set_setting(mine, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    copy = tmp_path / "copy.db"
    assert run(capsys, path, "backup", str(copy))[0] == 0
    code, out, err = run(capsys, path, "restore", str(copy))
    assert (code, out) == (1, "")
    assert err.startswith(f"samverkan: The database {path} is in use")
    assert "Close Samverkan" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"garbage" * 500, "is not a SQLite database or is damaged"),
        (b"", "no schema version"),
    ],
)
def test_restore_refuses_a_file_that_is_no_backup(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    candidate = tmp_path / "candidate.db"
    candidate.write_bytes(content)
    code, out, err = run(capsys, filled, "restore", str(candidate))
    assert (code, out) == (1, "")
    assert err.startswith("samverkan: ") and message in err
    assert "nothing was restored" in err.lower() or "Nothing was restored" in err
    assert _summaries(filled) == ["Innan"]
    code, _, err = run(capsys, filled, "restore", str(tmp_path / "missing.db"))
    assert (code, err) == (
        1,
        f"samverkan: There is no backup file {tmp_path / 'missing.db'}. Check the name.",
    )


def test_restore_without_opening_mends_a_database_that_cannot_open(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.db"
    run(capsys, filled, "backup", str(copy))
    filled.write_bytes(b"\x00" * 10_000)
    code, _, err = run(capsys, filled, "settings")
    assert code == 1 and "damaged" in err

    # What app.cli runs for `restore` before opening anything.
    args = argparse.Namespace(file=copy)
    out = maintenance.WITHOUT_OPENING["restore"](sqlite_url(filled), args)

    assert out.startswith(f"restored {filled} from {copy}")
    assert _summaries(filled) == ["Innan"]
    assert run(capsys, filled, "settings", "retention_years") == (0, "retention_years = 3", "")


def test_backup_and_restore_are_for_sqlite_files() -> None:
    args = argparse.Namespace(file=None, replace=False)
    for command in ("backup", "restore"):
        with pytest.raises(StorageProblem, match="pg_dump"):
            maintenance.WITHOUT_OPENING[command]("postgresql+psycopg://u@localhost/x", args)


# --- a database that cannot be used: one line saying what to do -----------------------------


def _fails_cleanly(capsys: pytest.CaptureFixture[str], database: str, *argv: str) -> str:
    code, out, err = run(capsys, database, *argv)  # type: ignore[arg-type]
    assert (code, out) == (1, "")
    assert err.startswith("samverkan: ") and "\n" not in err
    assert "Traceback" not in err
    return err


def test_a_corrupt_file_is_named_damaged(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path.write_bytes(os.urandom(8192))
    err = _fails_cleanly(capsys, str(path), "settings")
    assert "damaged or is not a Samverkan database" in err and "Restore a backup" in err
    with pytest.raises(StorageProblem, match="damaged"):
        open_database(sqlite_url(path), account="tester")


def test_a_newer_schema_says_to_install_the_newer_program(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(filled)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    connection.commit()
    connection.close()
    err = _fails_cleanly(capsys, str(filled), "settings")
    assert "newer than this program" in err and "Install the newer Samverkan" in err
    with pytest.raises(StorageProblem, match="newer"):
        open_database(sqlite_url(filled), account="tester")


def test_a_missing_folder_that_cannot_be_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    database = blocker / "sub" / "samverkan.db"
    err = _fails_cleanly(capsys, str(database), "settings")
    assert f"The folder {database.parent} cannot be created" in err
    assert "--database" in err
    with pytest.raises(StorageProblem, match="cannot be created"):
        open_database(sqlite_url(database), account="tester")


def test_a_read_only_database_says_so(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Opened read-only through SQLite's URI (this works as root too, unlike chmod).
    url = f"sqlite:///file:{filled}?mode=ro&uri=true"
    err = _fails_cleanly(capsys, url, "settings", "retention_years", "5")
    assert "The database is read-only" in err and "permissions" in err
    db = open_database(url, account="tester")
    try:
        with pytest.raises(StorageProblem, match="read-only"):
            incidents.create(db, draft())
    finally:
        db.close()
    assert _summaries(filled) == ["Innan"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_file_says_so(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled.chmod(0o444)
    filled.parent.chmod(0o555)
    try:
        err = _fails_cleanly(capsys, str(filled), "settings", "retention_years", "5")
        assert "read-only" in err or "cannot be opened" in err
    finally:
        filled.parent.chmod(0o755)
        filled.chmod(0o644)


def test_a_locked_database_says_busy(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Wait a fifth of a second for the lock, not ten.
    quick = tuple(p for p in engine.SQLITE_PRAGMAS if "busy_timeout" not in p)
    monkeypatch.setattr(engine, "SQLITE_PRAGMAS", ("PRAGMA busy_timeout = 200", *quick))
    holder = sqlite3.connect(filled, isolation_level=None)
    try:
        # Another program (a restore, a tool) holds the whole file.
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        err = _fails_cleanly(capsys, str(filled), "settings")
        assert "The database is busy" in err and "Try again" in err
        with pytest.raises(StorageProblem, match="busy"):
            open_database(sqlite_url(filled), account="tester")
    finally:
        holder.close()
    assert run(capsys, filled, "settings", "retention_years")[0] == 0


def test_a_database_on_a_network_share_warns_on_one_line(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        location, "network_location", lambda path, **_: "on the network share \\\\fil\\kontor"
    )
    code, out, err = run(capsys, filled, "settings", "retention_years")
    assert (code, out) == (0, "retention_years = 3")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"samverkan: warning: The database {filled} is on the network share")
    assert "locking is not safe" in err and "PostgreSQL" in err
