"""Backups of the SQLite file with SQLite's online backup API (consistent under writers).

Every copy lies in `backups/` beside the database file and is named after it
and the local time it was started, to the second:

    <stem>-<YYYYMMDD-HHMMSS>.db                  at each start of the window and by
                                                 `samverkan backup` without a file;
                                                 only the last `backups_kept` stay
    <stem>-before-upgrade-<YYYYMMDD-HHMMSS>.db   before a schema upgrade (kept)
    <stem>-before-restore-<YYYYMMDD-HHMMSS>.db   the database a restore replaced (kept)

A second copy of the same kind within one second gets `-2`, `-3`… before `.db`.
`backup_files` lists them all with their times: whoever must find every copy
(retention deletes those that may hold an erased case) asks it, never the
names themselves.

A copy is written under a temporary name and renamed when complete, so that a
crash or a full disk never leaves a half copy under a backup's name; it is a
single file (rollback journal, no WAL beside it) that can be mailed or restored.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from app.clock import LOCAL_TZ, now, to_local
from app.domain.tables import SETTING

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
# The office setting (app.services.office_settings) that says how many dated
# copies stay; its bounds live here because the start of the program reads it
# before any service can.
BACKUPS_KEPT = "backups_kept"
# The office's folder for the copies (empty: backups/ beside the database file), and
# the folders it chose before (one per line): copies stay where they were made, and
# retention must still find the ones that may hold an erased case.
BACKUP_FOLDER = "backup_folder"
FORMER_FOLDERS = "backup_folders_before"
DEFAULT_KEPT, MIN_KEPT, MAX_KEPT = 10, 1, 100
DATED, BEFORE_UPGRADE, BEFORE_RESTORE = "dated", "before-upgrade", "before-restore"
# Files SQLite may leave beside a database; they belong to it.
SIDE_FILES = ("-journal", "-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # UTC, from the name
    kind: str  # DATED, BEFORE_UPGRADE or BEFORE_RESTORE


def sqlite_path(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return _file_of(database)


def sqlite_file(url: str) -> Path | None:
    """The SQLite file a database URL names; None for a server or memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return _file_of(parsed.database)


def _file_of(database: str) -> Path:
    # A URI filename (sqlite:///file:/path?mode=ro&uri=true) names the file after "file:".
    if database.startswith("file:"):
        database = database.removeprefix("file:").split("?", 1)[0]
    return Path(database)


def backup_folder(db_path: Path) -> Path:
    """Where the copies of `db_path` go: the office's chosen folder, else backups/ beside it."""
    chosen = chosen_folder(db_path)
    return chosen if chosen is not None else db_path.parent / FOLDER


def chosen_folder(db_path: Path) -> Path | None:
    """The folder the office chose; None for the default."""
    value = _stored_setting(db_path, BACKUP_FOLDER).strip()
    return Path(value) if value else None


def backup_folders(db_path: Path) -> list[Path]:
    """Every folder that may hold copies of `db_path`: the current one, backups/ beside
    the file, and the folders the office chose before."""
    former = [Path(line) for line in _stored_setting(db_path, FORMER_FOLDERS).splitlines() if line]
    found = [backup_folder(db_path), db_path.parent / FOLDER, *former]
    return list(dict.fromkeys(found))


def _stored_setting(db_path: Path, key: str) -> str:
    """A setting read from the file itself, read-only: the copy at start is made before
    anything else opens the database. "" when there is none or it cannot be read."""
    if not is_sqlite_file(db_path):
        return ""
    try:
        uri = f"file:{_uri_path(db_path)}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            row = connection.execute(
                f"SELECT value FROM {SETTING.name} WHERE key = ?", (key,)
            ).fetchone()
    except sqlite3.Error:
        return ""  # an old schema without settings, or unreadable: the default
    return str(row[0]) if row and row[0] else ""


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts like a SQLite database (an empty file does not)."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of the SQLite file `source` at `target` (replaced if there).

    The online backup API copies the committed state at one moment, even while
    other processes write: a writer that commits during the copy makes it start
    over (Python's `backup` in one step), never a mixture.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    _remove_with_side_files(partial)
    try:
        from_connection = sqlite3.connect(f"file:{_uri_path(source)}?mode=ro", uri=True, timeout=10)
        try:
            to_connection = sqlite3.connect(partial, isolation_level=None)
            try:
                from_connection.backup(to_connection)
                # One self-contained file: no WAL needed beside the copy.
                to_connection.execute("PRAGMA journal_mode = DELETE")
            finally:
                to_connection.close()
        finally:
            from_connection.close()
        os.replace(partial, target)
    except BaseException:
        _remove_with_side_files(partial)
        raise
    return target


def _uri_path(path: Path) -> str:
    # Characters that mean something in a URI filename are escaped.
    text = str(path.absolute()).replace("\\", "/")
    for char, escape in (("%", "%25"), ("?", "%3f"), ("#", "%23")):
        text = text.replace(char, escape)
    return text if text.startswith("/") else "/" + text


def backup_to(engine: Engine, target: Path) -> Path:
    source_path = sqlite_path(engine)
    if source_path is None:
        raise ValueError("only a SQLite file can be copied this way")
    return copy_database(source_path, target)


def new_backup_path(db_path: Path, kind: str = DATED) -> Path:
    """A free name in the backup folder for a copy of `kind` made now."""
    stamp = to_local(now()).strftime(STAMP)
    middle = "" if kind == DATED else f"{kind}-"
    folder = backup_folder(db_path)
    candidate = folder / f"{db_path.stem}-{middle}{stamp}.db"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{db_path.stem}-{middle}{stamp}-{number}.db"
    return candidate


def backup_now(db_path: Path, target: Path | None = None) -> Path:
    """A copy of the database file now: at `target`, else a dated one in backups/."""
    return copy_database(db_path, target or new_backup_path(db_path))


def backup_at_start(db_path: Path) -> Path | None:
    """The dated copy made when the program starts, before any upgrade.

    None when there is nothing to copy: no file yet, or a file that is not a
    SQLite database (opening it says so; a copy of it would only push a good
    copy out of the last N).
    """
    if not is_sqlite_file(db_path):
        return None
    return copy_database(db_path, new_backup_path(db_path))


def backup_before_upgrade(engine: Engine) -> Path | None:
    source_path = sqlite_path(engine)
    if source_path is None or not source_path.exists():
        return None
    return copy_database(source_path, new_backup_path(source_path, BEFORE_UPGRADE))


def backups(db_path: Path) -> list[Backup]:
    """Every backup of the database file in its backup folder, oldest first."""
    return _backups_in(backup_folder(db_path), db_path)


def all_backups(db_path: Path) -> list[Backup]:
    """Every backup of the database file in every folder that may hold one, oldest first
    (retention deletes from all of them)."""
    found = [b for folder in backup_folders(db_path) for b in _backups_in(folder, db_path)]
    return sorted(found, key=lambda b: (b.made, str(b.path)))


def _backups_in(folder: Path, db_path: Path) -> list[Backup]:
    try:
        names = [entry for entry in folder.iterdir() if entry.is_file()]
    except OSError:
        return []
    pattern = re.compile(
        re.escape(db_path.stem)
        + rf"-(?:(?P<kind>{BEFORE_UPGRADE}|{BEFORE_RESTORE})-)?"
        + r"(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?\.db"
    )
    found = []
    for entry in names:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        made = _stamp_time(match["stamp"])
        if made is not None:
            found.append((made, int(match["number"] or 1), entry, match["kind"] or DATED))
    found.sort()
    return [Backup(path, made, kind) for made, _number, path, kind in found]


def backup_files(db_path: Path) -> list[tuple[Path, datetime]]:
    """Every backup of the database file with the UTC time it was made, oldest first:
    the dated copies, those before upgrades and those before restores."""
    return [(backup.path, backup.made) for backup in backups(db_path)]


def _stamp_time(stamp: str) -> datetime | None:
    """The UTC time of a local stamp; an hour that the change from summer time
    repeats is read as its later occurrence (retention then errs towards
    deleting a copy that may hold an erased case, not towards keeping it)."""
    try:
        local = datetime.strptime(stamp, STAMP)
    except ValueError:
        return None
    return max(local.replace(tzinfo=LOCAL_TZ, fold=fold).astimezone(UTC) for fold in (0, 1))


def prune(db_path: Path, kept: int) -> list[Path]:
    """Delete the dated copies but the newest `kept`; the copies before upgrades
    and restores stay. Returns the deleted paths; one that cannot be deleted
    (in use, read-only) is left for the next start."""
    dated = [backup.path for backup in backups(db_path) if backup.kind == DATED]
    deleted = []
    for path in dated[: max(0, len(dated) - max(kept, MIN_KEPT))]:
        try:
            _remove_with_side_files(path)
        except OSError:
            continue
        deleted.append(path)
    return deleted


def kept_setting(engine: Engine) -> int:
    """How many dated copies to keep: the office's setting, else the default."""
    try:
        with engine.connect() as connection:
            value = connection.execute(
                select(SETTING.c.value).where(SETTING.c.key == BACKUPS_KEPT)
            ).scalar()
    except Exception:
        # An old schema without the table, or anything else unreadable: the
        # default, never a start that fails over how many copies to keep.
        return DEFAULT_KEPT
    return kept_value(value)


def kept_value(value: object) -> int:
    text = str(value).strip() if value is not None else ""
    # ASCII digits only: "²" is a digit to isdigit() but not to int().
    if text.isascii() and text.isdigit() and len(text) <= 6 and MIN_KEPT <= int(text) <= MAX_KEPT:
        return int(text)
    return DEFAULT_KEPT


def _remove_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
