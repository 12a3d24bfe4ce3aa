"""Backups: a dated copy at every start before any upgrade, the last N kept, every
copy listed with its time, copies consistent while another process writes, and a
restore that checks the backup and keeps the database it replaces."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import clock
from app.errors import StorageProblem, ValidationError
from app.identity import os_account
from app.services import incidents, office_settings, users
from app.settings import sqlite_url
from app.storage import backup, migrate, restore
from app.storage.database import Database, open_database
from app.storage.engine import make_engine
from tests.services.support import draft, open_extra
from tests.storage import crash_harness as harness

START = datetime(2026, 11, 27, 7, 30, tzinfo=UTC)  # 08:30 in Stockholm, after draft()'s time


@pytest.fixture
def ticking() -> Iterator[list[datetime]]:
    """A clock that the test moves on by hand: ticking[0] is now."""
    moment = [START]
    clock.set_clock(lambda: moment[0])
    yield moment
    clock.set_clock(None)


def _start(path: Path) -> Database:
    return open_database(sqlite_url(path), account="tester", start_backup=True)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_each_start_makes_a_dated_copy_and_keeps_the_last_n(
    path: Path, ticking: list[datetime]
) -> None:
    _start(path).close()  # a new database: nothing to copy yet
    assert backup.backup_files(path) == []
    db = open_extra(path, account=os_account())
    users.sign_in(db)  # the first account administers
    office_settings.set_setting(db, office_settings.BACKUPS_KEPT, "3")
    incidents.create(db, draft(summary="I varje kopia"))
    db.close()

    for minute in range(5):
        ticking[0] = START + timedelta(minutes=minute)
        _start(path).close()

    listed = backup.backup_files(path)
    folder = path.parent / "backups"
    assert [(p.name, made) for p, made in listed] == [
        ("samverkan-20261127-083200.db", START + timedelta(minutes=2)),
        ("samverkan-20261127-083300.db", START + timedelta(minutes=3)),
        ("samverkan-20261127-083400.db", START + timedelta(minutes=4)),
    ]
    assert all(p.parent == folder for p, _ in listed)
    for copy, _ in listed:
        # Whole single files (no WAL beside them) with the data in them.
        assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
        assert _rows(copy, "PRAGMA journal_mode") == [("delete",)]
        assert _rows(copy, "SELECT summary FROM incident") == [("I varje kopia",)]
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p, _ in listed]


def test_two_starts_in_one_second_make_two_copies(path: Path, ticking: list[datetime]) -> None:
    _start(path).close()
    _start(path).close()
    _start(path).close()
    names = [p.name for p, _ in backup.backup_files(path)]
    assert names == ["samverkan-20261127-083000.db", "samverkan-20261127-083000-2.db"]


def test_the_start_copy_is_taken_before_the_upgrade(path: Path, ticking: list[datetime]) -> None:
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, revision="0001", backup=False)
    engine.dispose()

    db = _start(path)
    db.close()

    kinds = {b.kind: b.path for b in backup.backups(path)}
    assert set(kinds) == {backup.DATED, backup.BEFORE_UPGRADE}
    for copy in kinds.values():
        assert _rows(copy, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert migrate.current_revision(make_engine(sqlite_url(path))) == migrate.head_revision()


def test_a_database_that_cannot_open_keeps_all_its_copies(
    path: Path, ticking: list[datetime]
) -> None:
    _start(path).close()
    for minute in range(1, 4):
        ticking[0] = START + timedelta(minutes=minute)
        _start(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    connection.execute("INSERT INTO app_setting (key, value) VALUES ('backups_kept', '1')")
    connection.commit()
    connection.close()
    ticking[0] = START + timedelta(minutes=10)

    with pytest.raises(StorageProblem, match="newer"):
        _start(path)

    # The copy was made (before the version was read); none was deleted.
    assert len(backup.backup_files(path)) == 4


def test_backup_files_lists_every_kind_with_its_time(tmp_path: Path) -> None:
    db_path = tmp_path / "kontor.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [
        "kontor-20261025-023000.db",  # the hour summer time ends: read as the later one
        "kontor-before-upgrade-20260101-120000.db",
        "kontor-before-restore-20260601-120000-2.db",
        "kontor-20260301-080000.db",
        "annan-20260301-080000.db",  # another database's
        "kontor-20260301-0800.db",  # not a stamp
        "kontor-notes.txt",
    ]
    for name in names:
        (folder / name).write_bytes(b"")
    listed = backup.backups(db_path)
    assert [(b.path.name, b.made, b.kind) for b in listed] == [
        (
            "kontor-before-upgrade-20260101-120000.db",
            datetime(2026, 1, 1, 11, tzinfo=UTC),
            "before-upgrade",
        ),
        ("kontor-20260301-080000.db", datetime(2026, 3, 1, 7, tzinfo=UTC), "dated"),
        (
            "kontor-before-restore-20260601-120000-2.db",
            datetime(2026, 6, 1, 10, tzinfo=UTC),
            "before-restore",
        ),
        ("kontor-20261025-023000.db", datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "dated"),
    ]
    assert backup.backup_files(db_path) == [(b.path, b.made) for b in listed]
    # Pruning counts the dated copies only.
    assert [p.name for p in backup.prune(db_path, 1)] == ["kontor-20260301-080000.db"]
    assert len(backup.backups(db_path)) == 3


def test_the_kept_setting_is_checked() -> None:
    assert backup.kept_value("25") == 25
    for bad in ("0", "101", "", None, "ten", "-3"):
        assert backup.kept_value(bad) == backup.DEFAULT_KEPT
    assert office_settings.SETTINGS[office_settings.BACKUPS_KEPT].default == "10"
    problem = office_settings.SETTINGS[office_settings.BACKUPS_KEPT].problem
    assert problem("100") is None and problem("1") is None
    assert problem("0") and problem("101") and problem("x")


def test_a_copy_taken_while_another_process_writes_is_consistent(tmp_path: Path) -> None:
    files = harness.prepare(tmp_path / "inputs")
    db_path = harness.copy_base(files, tmp_path / "busy.db")
    base = int(harness.incident_count(db_path))
    writer = subprocess.Popen(
        harness.WORKLOADS[2].command(db_path, files),
        cwd=harness.ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        counts = []
        for number in range(6):
            copy = backup.backup_now(db_path, tmp_path / f"copy-{number}.db")
            assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
            count = _rows(copy, "SELECT count(*) FROM incident")[0][0]
            assert isinstance(count, int)
            # A committed state: the base and whole batches, never part of one.
            assert (count - base) % harness.BATCH_ROWS == 0
            counts.append(count)
            time.sleep(0.15)
    finally:
        writer.kill()
        writer.wait()
    assert counts == sorted(counts) and counts[-1] > base  # the writer was writing


# --- restore ------------------------------------------------------------------------------


def _database_with(path: Path, summary: str) -> None:
    db = open_extra(path)
    try:
        incidents.create(db, draft(summary=summary))
    finally:
        db.close()


def _summaries(path: Path) -> list[object]:
    return [row[0] for row in _rows(path, "SELECT summary FROM incident ORDER BY id")]


def test_restore_puts_the_backup_back_and_keeps_the_replaced_database(
    db: Database, path: Path, ticking: list[datetime]
) -> None:
    incidents.create(db, draft(summary="Före kopian"))
    copy = backup.backup_now(path)
    incidents.create(db, draft(summary="Efter kopian"))
    db.close()

    ticking[0] = START + timedelta(hours=1)
    restored = restore.restore(path, copy)

    assert restored.revision == migrate.head_revision()
    assert restored.kept is not None and restored.kept.name == (
        "samverkan-before-restore-20261127-093000.db"
    )
    assert _summaries(path) == ["Före kopian"]
    assert _summaries(restored.kept) == ["Före kopian", "Efter kopian"]
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert not path.with_name(path.name + "-wal").exists()
    assert [p for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no staging left
    # The application opens it as usual.
    again = open_database(sqlite_url(path), account="tester")
    try:
        assert incidents.get(again, 1).summary == "Före kopian"
    finally:
        again.close()


def test_restore_refuses_while_the_database_is_open_elsewhere(
    db: Database, path: Path, tmp_path: Path
) -> None:
    incidents.create(db, draft(summary="Kvar"))
    copy = backup.backup_now(path, tmp_path / "copy.db")
    incidents.create(db, draft(summary="Också kvar"))
    # `db` keeps its connection open, as a running window does.
    with pytest.raises(StorageProblem, match="in use"):
        restore.restore(path, copy)
    assert [i.summary for i in (incidents.get(db, 1), incidents.get(db, 2))] == [
        "Kvar",
        "Också kvar",
    ]
    assert [b for b in backup.backups(path) if b.kind == backup.BEFORE_RESTORE] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all" * 100, "not a SQLite database"),
        (None, "no schema version"),
        ("newer", "newer than this program"),
        ("damaged", "damaged"),
    ],
)
def test_restore_refuses_a_backup_that_is_not_fit(
    path: Path, tmp_path: Path, content: bytes | str | None, message: str
) -> None:
    _database_with(path, "Orörd")
    candidate = tmp_path / "candidate.db"
    if isinstance(content, bytes):
        candidate.write_bytes(content)
    elif content is None:
        sqlite3.connect(candidate).execute("CREATE TABLE other (x)").connection.close()
    else:
        backup.backup_now(path, candidate)
        connection = sqlite3.connect(candidate)
        if content == "newer":
            connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
            connection.commit()
        connection.close()
        if content == "damaged":
            _damage(candidate)
    before = candidate.read_bytes()

    with pytest.raises(StorageProblem, match=message):
        restore.restore(path, candidate)

    assert _summaries(path) == ["Orörd"]
    assert candidate.read_bytes() == before  # the file given is never touched
    assert [p for p in path.parent.iterdir() if p.name.startswith(".")] == []


def _damage(path: Path) -> None:
    """Overwrite an index page in the middle: the file opens, its check fails."""
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident' LIMIT 1"
    ).fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x0d" + b"\xff" * (page_size - 1))


def test_restore_replaces_a_database_that_is_garbage(
    db: Database, path: Path, tmp_path: Path
) -> None:
    incidents.create(db, draft(summary="Räddad"))
    copy = backup.backup_now(path, tmp_path / "copy.db")
    db.close()
    path.write_bytes(b"\x00garbage" * 2000)
    path.with_name(path.name + "-wal").unlink(missing_ok=True)

    restored = restore.restore(path, copy)

    assert _summaries(path) == ["Räddad"]
    assert restored.kept is not None
    assert restored.kept.read_bytes() == b"\x00garbage" * 2000


def test_restore_onto_no_database(tmp_path: Path, db: Database, path: Path) -> None:
    incidents.create(db, draft(summary="Ny plats"))
    copy = backup.backup_now(path, tmp_path / "copy.db")
    target = tmp_path / "elsewhere" / "new.db"
    restored = restore.restore(target, copy)
    assert restored.kept is None
    assert _summaries(target) == ["Ny plats"]


@pytest.mark.parametrize("stored", ["²", "①", "１０", "9" * 5000, "-3", "", None, "0", "101"])
def test_a_backups_kept_value_that_is_no_count_falls_back_to_the_default(stored: object) -> None:
    from app.storage.backup import DEFAULT_KEPT, kept_value

    assert kept_value(stored) == DEFAULT_KEPT


def test_a_backups_kept_value_in_range_is_taken() -> None:
    from app.storage.backup import kept_value

    assert kept_value(" 25 ") == 25


def test_the_copies_go_to_the_folder_the_office_chose(
    path: Path, tmp_path: Path, ticking: list[datetime]
) -> None:
    chosen = tmp_path / "Säkerhetskopior på D"
    chosen.mkdir()
    _start(path).close()
    db = open_extra(path, account=os_account())
    users.sign_in(db)
    with pytest.raises(ValidationError) as refused:
        office_settings.set_setting(db, office_settings.BACKUP_FOLDER, str(tmp_path / "nowhere"))
    assert refused.value.errors == {"backup_folder": "no such folder"}
    office_settings.set_setting(db, office_settings.BACKUP_FOLDER, str(chosen))
    db.close()

    ticking[0] = START + timedelta(minutes=1)
    _start(path).close()
    listed = backup.backup_files(path)
    assert [p.parent for p, _ in listed] == [chosen]
    assert not (path.parent / "backups").exists()
    # Restore and retention look where the copies are.
    assert backup.backups(path)[0].path.parent == chosen


def test_an_unreadable_or_old_database_keeps_the_default_folder(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).close()  # a SQLite file without Samverkan's tables
    assert backup.backup_folder(plain) == tmp_path / "backups"
    assert backup.backup_folder(tmp_path / "missing.db") == tmp_path / "backups"


def test_the_folders_given_up_are_remembered_for_retention(
    path: Path, tmp_path: Path, ticking: list[datetime]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    _start(path).close()
    db = open_extra(path, account=os_account())
    users.sign_in(db)
    office_settings.set_setting(db, office_settings.BACKUP_FOLDER, str(first))
    db.close()
    ticking[0] = START + timedelta(minutes=1)
    _start(path).close()  # a copy in the first folder
    db = open_extra(path, account=os_account())
    office_settings.set_settings(db, {office_settings.BACKUP_FOLDER: str(second)})
    db.close()
    ticking[0] = START + timedelta(minutes=2)
    _start(path).close()  # a copy in the second
    assert backup.backup_folders(path) == [second, path.parent / "backups", first]
    assert [b.path.parent for b in backup.all_backups(path)] == [first, second]
    assert [p.parent for p, _ in backup.backup_files(path)] == [second]
