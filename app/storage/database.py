"""An open database: its engine and who is working in it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from app.errors import StorageProblem
from app.identity import os_account
from app.storage import migrate
from app.storage.engine import make_engine, session_scope


@dataclass
class Database:
    """The handle every service takes first: where the data is and who is acting."""

    engine: Engine
    account: str = field(default_factory=os_account)

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


def open_database(url: str, *, account: str | None = None, upgrade: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at `url`."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        _check_sqlite_folder(Path(parsed.database))
    engine = make_engine(url)
    if account is None and engine.dialect.name != "sqlite":
        account = server_account(engine)
    database = Database(engine, account) if account else Database(engine)
    if upgrade:
        with _translated_errors():
            migrate.upgrade(engine)
    return database


def _check_sqlite_folder(path: Path) -> None:
    if str(path) == ":memory:":
        return
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageProblem(
                f"The folder {path.parent} cannot be created ({error.strerror}). "
                "Choose another place for the database with --database."
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
        if "locked" in text or "busy" in text:
            raise StorageProblem(
                "The database is busy: another program is writing to it. Try again in a moment."
            ) from error
        if "readonly" in text or "read-only" in text:
            raise StorageProblem(
                "The database is read-only. Check the file's permissions or open a copy."
            ) from error
        if "disk is full" in text or "database or disk is full" in text:
            raise StorageProblem(
                "The disk is full: nothing was saved. Free some space and try again."
            ) from error
        if "not a database" in text or "malformed" in text:
            raise StorageProblem(
                "The database file is damaged or is not a Samverkan database. "
                "Restore a backup or open another file."
            ) from error
        if "unable to open" in text:
            raise StorageProblem(
                "The database file cannot be opened. Check that the folder exists and that "
                "you may write to it."
            ) from error
        raise
