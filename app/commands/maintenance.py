"""backup and restore: copies of a SQLite database, and one put back.

    samverkan backup                  a dated copy in the backup folder
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
from app.i18n import translate
from app.i18n.formats import decimal, integer
from app.storage import backup, restore
from app.storage.database import Database

UrlHandler = Callable[[str, argparse.Namespace], str]


def register(commands: Any) -> dict[str, Handler]:
    saving = commands.add_parser(
        "backup",
        help=translate("maintenance_command", "write a consistent copy of the SQLite database now"),
        description=translate(
            "maintenance_command",
            "Copy the database with SQLite's online backup API: consistent even while "
            "others write. Without FILE the copy is dated, in the backup folder (the "
            "setting backup_folder, else backups beside the database; the last "
            "backups_kept of those stay).",
        ),
    )
    saving.add_argument(
        "file", nargs="?", type=Path, metavar=translate("maintenance_command", "FILE")
    )
    saving.add_argument(
        "--replace",
        action="store_true",
        help=translate("maintenance_command", "overwrite FILE if it exists"),
    )
    putting_back = commands.add_parser(
        "restore",
        help=translate(
            "maintenance_command",
            "put a backup in place of the database (checked first; the database is kept)",
        ),
        description=translate(
            "maintenance_command",
            "Check FILE (integrity and schema version), copy the database as it is "
            "to the backups folder, then replace it by FILE. Close Samverkan everywhere first.",
        ),
    )
    putting_back.add_argument("file", type=Path, metavar=translate("maintenance_command", "FILE"))
    return {"backup": _opened(backup_url), "restore": _opened(restore_url)}


def backup_url(url: str, args: argparse.Namespace) -> str:
    path = backup.sqlite_file(url)
    if path is None:
        raise StorageProblem(
            translate(
                "maintenance_command",
                "Only a SQLite database file can be backed up by Samverkan; back up a "
                "database server with its own tools (pg_dump, pg_restore).",
            )
        )
    if not path.is_file():
        raise StorageProblem(
            translate("maintenance_command", "There is no database at {path} to back up.").format(
                path=path
            )
        )
    target: Path | None = args.file
    if target is not None:
        target = target.expanduser().absolute()
        if target.resolve() == path.resolve():
            raise ValidationError(
                {
                    "file": translate(
                        "maintenance_command", "is the database itself; name another file"
                    )
                }
            )
        if target.exists() and not getattr(args, "replace", False):
            raise ValidationError(
                {
                    "file": translate(
                        "maintenance_command", "{path} exists; add --replace to overwrite it"
                    ).format(path=target)
                }
            )
    written = backup.backup_now(path, target)
    return translate("maintenance_command", "backed up {database} to {copy} ({size})").format(
        database=path, copy=written, size=_size(written)
    )


def restore_url(url: str, args: argparse.Namespace) -> str:
    path = backup.sqlite_file(url)
    if path is None:
        raise StorageProblem(
            translate(
                "maintenance_command",
                "Only a SQLite database file can be restored by Samverkan; back up and "
                "restore a database server with its own tools (pg_dump, pg_restore).",
            )
        )
    result = restore.restore(path, Path(args.file).expanduser().absolute())
    if result.kept:
        text = translate(
            "maintenance_command",
            "restored {database} from {backup} (schema version {revision}); the database "
            "it replaced is kept as {kept}",
        )
    else:
        text = translate(
            "maintenance_command",
            "restored {database} from {backup} (schema version {revision}) (there was no "
            "database before)",
        )
    return text.format(
        database=path, backup=result.source, revision=result.revision, kept=result.kept
    )


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


def _size(path: Path) -> str:
    size = path.stat().st_size
    if size >= 1024 * 1024:
        return translate("maintenance_command", "{size} MB").format(
            size=decimal(size / 1024 / 1024)
        )
    return translate("maintenance_command", "{size} kB").format(size=integer(round(size / 1024)))
