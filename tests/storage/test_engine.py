"""The SQLite engine: pragmas on every connection, units of work, typed storage errors."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text

from app.domain import District
from app.errors import StorageProblem
from app.services import incident_query, incidents
from app.services.incident_types import IncidentQuery
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from app.storage.engine import make_engine
from tests.services.support import draft

EXPECTED_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "trusted_schema": 0,
    "secure_delete": 1,  # erased cases leave zeros, not their text
}


def _pragmas(connection: Any) -> dict[str, Any]:
    values = {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in (*EXPECTED_PRAGMAS, "busy_timeout")
    }
    return values


def _assert_pragmas(values: dict[str, Any]) -> None:
    for name, expected in EXPECTED_PRAGMAS.items():
        assert values[name] == expected, name
    assert values["busy_timeout"] > 0


def test_pragmas_are_set_on_a_connection(db: Database) -> None:
    with db.engine.connect() as connection:
        _assert_pragmas(_pragmas(connection))


def test_pragmas_are_set_on_every_connection_of_the_pool(db: Database) -> None:
    with ExitStack() as stack:
        connections = [stack.enter_context(db.engine.connect()) for _ in range(4)]
        raw = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw) == 4  # really four different SQLite connections
        for connection in connections:
            _assert_pragmas(_pragmas(connection))


def test_pragmas_are_set_again_after_the_pool_is_emptied(db: Database) -> None:
    db.engine.dispose()
    with db.engine.connect() as connection:
        _assert_pragmas(_pragmas(connection))


def test_pragmas_are_set_on_a_fresh_engine_before_any_migration(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "raw.db"))
    try:
        with engine.connect() as connection:
            _assert_pragmas(_pragmas(connection))
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO incident_agency (incident_id, agency_id) VALUES (999999, 999999)"
        )


def test_open_database_creates_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "samverkan.db"
    database = open_database(sqlite_url(path), account="tester")
    try:
        assert path.exists()
        assert incident_query.count(database, IncidentQuery()) == 0
    finally:
        database.close()


def test_writing_commits_at_the_end_of_the_block(db: Database) -> None:
    with db.writing() as session:
        session.add(District(name="Ny stadsdel", sort_order=99))
    with db.reading() as session:
        assert session.exec(select(District).where(District.name == "Ny stadsdel")).first()


def test_writing_rolls_back_everything_on_an_error(db: Database) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.writing() as session:
        session.add(District(name="Försvinner", sort_order=99))
        session.flush()
        raise Boom
    with db.reading() as session:
        assert session.exec(select(District).where(District.name == "Försvinner")).first() is None


def test_a_writer_holds_the_write_lock_from_its_first_statement(db: Database) -> None:
    """BEGIN IMMEDIATE: a unit of work that writes takes the lock before it reads."""
    path = db.engine.url.database
    assert path is not None
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with db.writing() as session:
            session.execute(text("SELECT 1"))  # only reads so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the block ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_reader_does_not_block_a_writer(db: Database) -> None:
    incidents.create(db, draft())
    with db.reading() as session:
        session.execute(text("SELECT count(*) FROM incident")).scalar_one()
        created = incidents.create(db, draft(summary="Under läsning"))
    assert incidents.get(db, created.id).summary == "Under läsning"


def test_a_locked_database_is_a_storage_problem(db: Database) -> None:
    """Another program writing: a plain StorageProblem (after the busy timeout)."""

    @event.listens_for(db.engine, "connect")
    def _short_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    db.engine.dispose()
    path = db.engine.url.database
    assert path is not None
    blocker = sqlite3.connect(path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageProblem, match="busy"):
            incidents.create(db, draft())
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert incident_query.count(db, IncidentQuery()) == 0
    incidents.create(db, draft())
    assert incident_query.count(db, IncidentQuery()) == 1


def test_a_database_newer_than_the_program_is_a_storage_problem(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "newer.db")
    open_database(url, account="tester").close()
    connection = sqlite3.connect(tmp_path / "newer.db")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    with pytest.raises(StorageProblem, match="newer"):
        open_database(url, account="tester")


def test_a_file_that_is_not_a_database_is_a_storage_problem(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Minnesanteckningar, inte en databas.\n" * 200)
    with pytest.raises(StorageProblem, match="not a Samverkan database"):
        open_database(sqlite_url(path), account="tester")


def test_times_are_stored_as_utc_epoch_seconds(db: Database) -> None:
    """UtcDateTime on SQLite: integer seconds, and any aware zone converts to UTC."""
    moment = datetime(2026, 6, 1, 12, 30, 15, tzinfo=timezone(timedelta(hours=5)))
    created = incidents.create(db, draft(occurred_at=moment))
    with db.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT occurred_at, typeof(occurred_at) FROM incident WHERE id = ?", (created.id,)
        ).one()
    assert stored[1] == "integer"
    assert stored[0] == int(moment.timestamp())
    assert created.occurred_at == datetime(2026, 6, 1, 7, 30, 15, tzinfo=UTC)


def test_a_broken_constraint_is_not_disguised_as_a_storage_problem(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.writing() as session:
        session.add(District(name="Alby", sort_order=1))
