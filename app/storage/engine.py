"""Opening the database: the engine, its per-connection pragmas, units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

# Applied to every SQLite connection. synchronous=FULL: data entry is slow
# enough that durability costs nothing; trusted_schema=OFF: a database file
# from elsewhere cannot smuggle functions into triggers or views;
# secure_delete=ON: deleted rows are overwritten with zeros, not merely
# unlinked, so that a case erased at the end of its retention period cannot
# be read back from the file's free space (retention.purge_expired).
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA synchronous = FULL",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -32000",
    "PRAGMA temp_store = MEMORY",
)


# The key of the PostgreSQL advisory lock that every writing unit of work takes
# first ('SAMV'); advisory locks are per database, so other databases on the
# same server do not share it.
WRITER_LOCK = 0x53414D56

# How long a writer waits for another writer, on either engine (SQLite's
# busy_timeout above), before the user is told the database is busy.
WRITER_WAIT = "10s"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=echo)
    if parsed.get_backend_name() == "postgresql":
        return _postgresql_engine(url, echo=echo)
    return create_engine(url, echo=echo, pool_pre_ping=True)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_engine(url: str, *, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock at BEGIN: a deferred transaction that
        # upgrades later can fail at once with SQLITE_BUSY instead of waiting.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgresql_engine(url: str, *, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers one at a time, as on SQLite (BEGIN IMMEDIATE): the services
        # read, check and then write (a unique name, never without an
        # administrator, the next number), which under READ COMMITTED two
        # concurrent writers could both pass. Readers are not held up (MVCC);
        # an office's writes are short and few. The lock ends with the
        # transaction, also when the connection dies.
        if connection.get_execution_options().get("sqlite_begin") == "IMMEDIATE":
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITER_WAIT}'")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    return engine


@contextmanager
def session_scope(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back on any error.

    A writing unit takes the write lock at its start: BEGIN IMMEDIATE on SQLite,
    the writers' advisory lock on PostgreSQL."""
    bind = engine.execution_options(sqlite_begin="IMMEDIATE") if write else engine
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
