"""An open database: its engine and who is working in it."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from app.errors import StorageProblem, os_reason
from app.i18n import translate
from app.identity import os_account
from app.storage import backup, location, migrate
from app.storage.engine import make_engine, session_scope


@dataclass
class Database:
    """The handle every service takes first: where the data is and who is acting."""

    engine: Engine
    account: str = field(default_factory=os_account)
    # What the person starting the program must hear about the database but
    # that does not stop it: a network share, a backup that failed.
    notices: tuple[str, ...] = ()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _translated_errors(), session_scope(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work that writes: all of it is committed, or none of it."""
        with _translated_errors(), session_scope(self.engine, write=True) as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def server_account(engine: Engine) -> str:
    """On a database server the identity is the session's user, as the server
    authenticated it (on Windows with Kerberos: the signed-in account), not what
    this workstation says about itself."""
    with _translated_errors(), engine.connect() as connection:
        return str(connection.exec_driver_sql("SELECT session_user").scalar_one())


def open_database(
    url: str,
    *,
    account: str | None = None,
    upgrade: bool = True,
    start_backup: bool = False,
    report: Callable[[str], None] | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database at `url`.

    With `start_backup` (the window's start), a SQLite file is first copied to
    a dated backup, before any upgrade; once it is open, the dated copies past
    the office's `backups_kept` go. A problem that does not stop the work (a
    network share, a failed backup) becomes one of the database's `notices`,
    each also given to `report` (by default one line on stderr).
    """
    parsed = make_url(url)
    path = backup.sqlite_file(url) if parsed.get_backend_name() == "sqlite" else None
    notices: list[str] = []
    if path is not None:
        _check_sqlite_folder(path)
        if warning := location.network_warning(path):
            notices.append(warning)
        if start_backup:
            notices.extend(_backup_at_start(path))
    engine = make_engine(url)
    try:
        if account is None and engine.dialect.name != "sqlite":
            account = _server_account_or_message(engine, parsed)
        if upgrade:
            with _translated_errors():
                migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    if path is not None and start_backup:
        # Only after a successful opening: a database that cannot be opened
        # keeps every older copy, which may be the good ones.
        backup.prune(path, backup.kept_setting(engine))
    database = Database(engine, account) if account else Database(engine)
    database.notices = tuple(notices)
    for notice in notices:
        (report or _to_stderr)(notice)
    return database


def back_up_after_start(db: Database) -> tuple[str, ...]:
    """The dated copy of a running window's SQLite file, and the old copies pruned;
    the notices of a failure (nothing else, and nothing on a server).

    The window calls this on a worker thread once it shows: copying a large file
    takes seconds, and the online backup API copies consistently while the
    officer works. The copy before a schema upgrade is made by the upgrade itself.
    """
    path = backup.sqlite_path(db.engine)
    if path is None:
        return ()
    notices = _backup_at_start(path)
    if not notices:
        backup.prune(path, backup.kept_setting(db.engine))
    return tuple(notices)


def _backup_at_start(path: Path) -> list[str]:
    try:
        backup.backup_at_start(path)
    except (OSError, sqlite3.Error) as error:
        if not isinstance(error, sqlite3.Error):
            reason = os_reason(error)
        elif "full" in str(error).lower():
            reason = translate("database", "the disk is full")
        else:
            reason = str(error)
        message = translate(
            "database",
            "No backup of the database could be made at start ({reason}). Your work is "
            "saved as usual; make room or check the backups folder {folder}.",
        )
        return [message.format(reason=reason, folder=backup.backup_folder(path))]
    return []


def _to_stderr(notice: str) -> None:
    print(
        translate("database", "samverkan: warning: {notice}").format(notice=notice), file=sys.stderr
    )


def _check_sqlite_folder(path: Path) -> None:
    if str(path) == ":memory:":
        return
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = translate(
                "database",
                "The folder {folder} cannot be created ({reason}). Choose another place for "
                "the database with --database.",
            )
            raise StorageProblem(
                message.format(folder=path.parent, reason=os_reason(error))
            ) from error


def _server_account_or_message(engine: Engine, parsed: URL) -> str:
    """The server's name for us; a server that cannot be reached (down, a wrong
    address, a refused login) is one plain line with what to check."""
    try:
        return server_account(engine)
    except OperationalError as error:
        first = str(error.orig or error).strip().splitlines()[0] if str(error.orig or error) else ""
        # The driver's own words (first) are the server's, in its language.
        if parsed.host:
            message = translate(
                "database",
                "Cannot reach the database server at {host} (database {database}): {problem}. "
                "Check the address, that the server is running and that your account may "
                "log in.",
            )
        else:
            message = translate(
                "database",
                "Cannot reach the database server at the local socket (database {database}): "
                "{problem}. Check the address, that the server is running and that your "
                "account may log in.",
            )
        raise StorageProblem(
            message.format(host=parsed.host, database=parsed.database, problem=first)
        ) from error


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Known problems of the environment become a plain message with what to do."""
    try:
        yield
    except (DatabaseError, sqlite3.DatabaseError) as error:
        if isinstance(error, sqlite3.IntegrityError) or (
            isinstance(error, DatabaseError) and isinstance(error.orig, sqlite3.IntegrityError)
        ):
            raise
        text = str(getattr(error, "orig", None) or error).lower()
        if "locked" in text or "busy" in text or "lock timeout" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The database is busy: another program is writing to it. Try again in a "
                    "moment.",
                )
            ) from error
        if "readonly" in text or "read-only" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The database is read-only. Check the file's permissions or open a copy.",
                )
            ) from error
        if "disk is full" in text or "database or disk is full" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The disk is full: nothing was saved. Free some space and try again.",
                )
            ) from error
        if "not a database" in text or "malformed" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The database file is damaged or is not a Samverkan database. Restore a "
                    "backup or open another file.",
                )
            ) from error
        if "disk i/o error" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The disk could not be written (a disk I/O error): nothing was saved. "
                    "Check the disk or the network connection and try again.",
                )
            ) from error
        if "unable to open" in text:
            raise StorageProblem(
                translate(
                    "database",
                    "The database file cannot be opened. Check that the folder exists and "
                    "that you may write to it.",
                )
            ) from error
        raise
