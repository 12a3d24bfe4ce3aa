"""backup and restore: copies of a SQLite database, and one put back.

    samverkan backup                  a dated copy in backups/ beside the database
    samverkan backup FILE [--replace] a copy at FILE
    samverkan restore FILE            check FILE, keep the database as it is in
                                      backups/, then put FILE in its place

Both work on a SQLite file only; a PostgreSQL server is backed up with its own
tools (pg_dump). Restore must work on a database that cannot be opened
(damaged, or from a newer program): `WITHOUT_OPENING` holds handlers that take
the database's URL instead of the opened database, for app.cli to run before
it opens anything.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.errors import StorageProblem, ValidationError
from app.storage import backup, restore
from app.storage.database import Database

UrlHandler = Callable[[str, argparse.Namespace], str]


def register(commands: Any) -> dict[str, Handler]:
    saving = commands.add_parser(
        "backup",
        help="write a consistent copy of the SQLite database now",
        description="Copy the database with SQLite's online backup API: consistent even "
        "while others write. Without FILE the copy is dated, in the backups folder beside "
        "the database (the last backups_kept of those stay).",
    )
    saving.add_argument("file", nargs="?", type=Path, metavar="FILE")
    saving.add_argument("--replace", action="store_true", help="overwrite FILE if it exists")
    putting_back = commands.add_parser(
        "restore",
        help="put a backup in place of the database (checked first; the database is kept)",
        description="Check FILE (integrity and schema version), copy the database as it is "
        "to the backups folder, then replace it by FILE. Close Samverkan everywhere first.",
    )
    putting_back.add_argument("file", type=Path, metavar="FILE")
    return {"backup": _opened(backup_url), "restore": _opened(restore_url)}


def backup_url(url: str, args: argparse.Namespace) -> str:
    path = _sqlite_file(url, "backed up")
    if not path.is_file():
        raise StorageProblem(f"There is no database at {path} to back up.")
    target: Path | None = args.file
    if target is not None:
        target = target.expanduser().absolute()
        if target.resolve() == path.resolve():
            raise ValidationError({"file": "is the database itself; name another file"})
        if target.exists() and not getattr(args, "replace", False):
            raise ValidationError({"file": f"{target} exists; add --replace to overwrite it"})
    written = backup.backup_now(path, target)
    return f"backed up {path} to {written} ({_size(written)})"


def restore_url(url: str, args: argparse.Namespace) -> str:
    path = _sqlite_file(url, "restored")
    result = restore.restore(path, Path(args.file).expanduser().absolute())
    kept = (
        f"; the database it replaced is kept as {result.kept}"
        if result.kept
        else " (there was no database before)"
    )
    return f"restored {path} from {result.source} (schema version {result.revision}){kept}"


# Handlers that take the database's URL: app.cli runs these without opening it.
WITHOUT_OPENING: dict[str, UrlHandler] = {"backup": backup_url, "restore": restore_url}


def _opened(handler: UrlHandler) -> Handler:
    """The handler for a database already opened: it lets go of the file first
    (restore needs it to itself), then works on its URL."""

    def run(db: Database, args: argparse.Namespace) -> str:
        url = db.engine.url.render_as_string(hide_password=False)
        db.close()
        return handler(url, args)

    return run


def _sqlite_file(url: str, done: str) -> Path:
    path = backup.sqlite_file(url)
    if path is None:
        raise StorageProblem(
            f"Only a SQLite database file can be {done} by Samverkan; back up a database "
            "server with its own tools (pg_dump, pg_restore)."
        )
    return path


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"
