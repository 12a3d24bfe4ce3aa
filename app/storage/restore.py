"""Putting a backup back in place of the SQLite database, checked first, nothing thrown away.

The order keeps every step undoable:
1. the backup is copied beside the database (the file given is never touched)
   and the copy checked: PRAGMA integrity_check, and a schema version that this
   program knows (an older one is upgraded at the next start, with its own copy);
2. the database must be free: switching it out of WAL mode succeeds only for the
   one connection to it (it also writes the WAL back into the file and removes
   it), and BEGIN EXCLUSIVE, with a short wait, then holds off everybody;
3. the database as it is is copied to `backups/<stem>-before-restore-<stamp>.db`;
4. the checked copy is written into the database with the online backup API, so
   that SQLite's own locking covers the replacement (no file renamed under a
   reader, which Windows refuses anyway). A database that SQLite cannot read at
   all (garbage bytes) is replaced by renaming instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageProblem
from app.i18n import translate
from app.storage import backup

# How long a restore waits for the database to be free before it gives up.
FREE_WAIT_SECONDS = 0.5


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    revision: str  # the restored schema version
    kept: Path | None  # the replaced database's copy (None when there was none)


def restore(db_path: Path, source: Path) -> Restored:
    """Replace the SQLite database `db_path` by the backup `source`; StorageProblem
    (with what to do) when the backup is not fit or the database is in use."""
    if not source.is_file():
        message = translate("restore", "There is no backup file {file}. Check the name.")
        raise StorageProblem(message.format(file=source))
    if source.resolve() == db_path.resolve():
        raise StorageProblem(
            translate("restore", "That is the database itself: name a backup copy to restore.")
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staging = db_path.with_name(f".{db_path.name}.restoring")
    try:
        revision = _checked_copy(source, staging)
        if not db_path.exists():
            os.replace(staging, db_path)
            return Restored(db_path, source, revision, None)
        kept = _replace(db_path, staging)
    finally:
        _remove(staging)
    return Restored(db_path, source, revision, kept)


def _checked_copy(source: Path, staging: Path) -> str:
    """Copy `source` to `staging` and check it; its schema version."""
    _remove(staging)
    shutil.copyfile(source, staging)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        # A copy of a live database: its last transactions are in the WAL.
        shutil.copyfile(wal, staging.with_name(staging.name + "-wal"))
    try:
        connection = sqlite3.connect(staging, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            revision = _revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        message = translate(
            "restore",
            "{file} is not a SQLite database or is damaged ({problem}): nothing was restored. "
            "Choose another backup.",
        )
        raise StorageProblem(message.format(file=source, problem=error)) from error
    if problems != ["ok"]:
        # SQLite's own words for what it found.
        message = translate(
            "restore",
            "{file} is damaged (the integrity check found: {problem}): nothing was restored. "
            "Choose another backup.",
        )
        raise StorageProblem(message.format(file=source, problem=problems[0]))
    if revision is None:
        message = translate(
            "restore",
            "{file} has no schema version: it is not a Samverkan database. Nothing was "
            "restored; choose a backup that Samverkan made.",
        )
        raise StorageProblem(message.format(file=source))
    from app.storage.migrate import known_revisions

    if revision not in known_revisions():
        message = translate(
            "restore",
            "{file} has schema version {version}, which is newer than this program knows: "
            "nothing was restored. Install the newer Samverkan that wrote it first.",
        )
        raise StorageProblem(message.format(file=source, version=revision))
    return revision


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table
        return None
    return None if row is None else str(row[0])


def _replace(db_path: Path, staging: Path) -> Path:
    """Copy the database aside, then write `staging` into it; the copy's path."""
    try:
        live = sqlite3.connect(db_path, timeout=FREE_WAIT_SECONDS, isolation_level=None)
    except sqlite3.Error as error:
        raise _in_use(db_path) from error
    try:
        try:
            _take_alone(live, db_path)
        except _Unreadable:
            live.close()
            return _replace_unreadable(db_path, staging)
        try:
            # The file is whole (no WAL) and nobody else may read or write it.
            kept = backup.new_backup_path(db_path, backup.BEFORE_RESTORE)
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(db_path, kept)
        finally:
            live.execute("ROLLBACK")
        incoming = sqlite3.connect(staging)
        try:
            incoming.backup(live)
        finally:
            incoming.close()
        if live.execute("PRAGMA quick_check").fetchone() != ("ok",):
            message = translate(
                "restore",
                "The restored database did not pass its check; the one it replaced is kept "
                "as {kept}. Restore that copy the same way.",
            )
            raise StorageProblem(message.format(kept=kept))
    finally:
        live.close()
    return kept


class _Unreadable(Exception):
    """SQLite cannot read the database at all: not a database, or its header is gone."""


def _take_alone(live: sqlite3.Connection, db_path: Path) -> None:
    """Make `live` the database's only user, in an exclusive transaction."""
    try:
        mode = live.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise _in_use(db_path)
        live.execute("BEGIN EXCLUSIVE")
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise _in_use(db_path) from error
        if "not a database" in text or "malformed" in text:
            raise _Unreadable from error
        raise


def _replace_unreadable(db_path: Path, staging: Path) -> Path:
    """A file SQLite cannot read is kept as it is (with its side files) and replaced."""
    kept = backup.new_backup_path(db_path, backup.BEFORE_RESTORE)
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, kept)
    for suffix in backup.SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            shutil.copyfile(side, kept.with_name(kept.name + suffix))
    try:
        os.replace(staging, db_path)
        for suffix in backup.SIDE_FILES:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    except PermissionError as error:  # Windows: another program has it open
        raise _in_use(db_path) from error
    return kept


def _in_use(db_path: Path) -> StorageProblem:
    message = translate(
        "restore",
        "The database {path} is in use (a Samverkan window or command has it open): "
        "nothing was restored. Close Samverkan on every computer that uses it and try again.",
    )
    return StorageProblem(message.format(path=db_path))


def _remove(path: Path) -> None:
    for suffix in ("", *backup.SIDE_FILES):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
