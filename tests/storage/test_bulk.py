"""Bulk loading: rows written as they were given (COPY on PostgreSQL, executemany on
SQLite), all or nothing; indexes dropped for a large load come back, also after a
cancel."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from app.domain.tables import AGENCY, CATEGORY, INCIDENT, INCIDENT_AGENCY, USER
from app.storage.bulk import indexes_deferred, insert_rows, refresh_statistics
from app.storage.database import Database

STOCKHOLM_SUMMER = timezone(timedelta(hours=2))


def _incident(db: Database, number: int, **values: Any) -> dict[str, Any]:
    with db.reading() as session:
        category = session.execute(select(CATEGORY.c.id).limit(1)).scalar_one()
        user = session.execute(select(USER.c.id).limit(1)).scalar_one()
    row: dict[str, Any] = {c.name: None for c in INCIDENT.columns if c.name != "search_vector"}
    row.update(
        id=number,
        ref_year=2026,
        ref_seq=number,
        occurred_at=datetime(2026, 6, 1, 22, 30, 15, tzinfo=STOCKHOLM_SUMMER),
        entered_at=datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
        entered_by_id=user,
        version=1,
        category_id=category,
        area="public",
        severity=2,
        status="open",
        place="",
        summary=f"Incident {number}",
        description="",
        source_reliability="unknown",
        verified=False,
        police_ref="",
        rescue_ref="",
        external_ref="",
        external_url="",
        injured=0,
        damage="",
        insurance_claim_ref="",
        action_taken="",
        secret=False,
    )
    row.update(values)
    return row


def _stored(db: Database) -> list[dict[str, Any]]:
    columns = [c for c in INCIDENT.columns if c.name != "search_vector"]
    with db.reading() as session:
        return [dict(r._mapping) for r in session.execute(select(*columns).order_by(INCIDENT.c.id))]


def test_rows_are_written_as_given(db: Database) -> None:
    awkward = _incident(
        db,
        7,
        occurred_until=datetime(2026, 6, 2, 1, 0, tzinfo=STOCKHOLM_SUMMER),
        reported_at=datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
        latitude=59.329323,
        longitude=18.068581,
        place="Torget\tvid \\N kiosken",
        description="Två rader\nmed\ttab, \\N och \\ snedstreck; Å Ä Ö",
        verified=True,
        secret=True,
        estimated_cost_sek=12_500,
    )
    plain = _incident(db, 3)
    insert_rows_in(db, [plain, awkward])
    stored = _stored(db)
    assert stored == [plain, awkward]
    assert stored[1]["occurred_at"].tzinfo is not None
    assert stored[1]["verified"] is True and stored[0]["verified"] is False
    assert stored[0]["latitude"] is None and stored[0]["occurred_until"] is None


def insert_rows_in(db: Database, rows: list[dict[str, Any]]) -> None:
    with db.writing() as session:
        insert_rows(session, INCIDENT, rows)


def test_a_row_added_after_continues_after_the_written_ids(db: Database) -> None:
    insert_rows_in(db, [_incident(db, 41), _incident(db, 40)])
    values = _incident(db, 99)
    del values["id"]
    with db.writing() as session:
        new_id = session.execute(insert(INCIDENT).values(values).returning(INCIDENT.c.id))
        assert new_id.scalar_one() == 42


def test_a_bad_row_leaves_nothing_written(db: Database) -> None:
    with db.reading() as session:
        agency = session.execute(select(AGENCY.c.id).limit(1)).scalar_one()
    # The driver's own error on SQLite (as before), SQLAlchemy's on PostgreSQL.
    with pytest.raises((IntegrityError, sqlite3.IntegrityError)), db.writing() as session:
        insert_rows(session, INCIDENT, [_incident(db, 1), _incident(db, 2)])
        insert_rows(session, INCIDENT_AGENCY, [{"incident_id": 1, "agency_id": agency}])
        # The same reference number again: refused by the unique constraint.
        insert_rows(session, INCIDENT, [_incident(db, 3, ref_seq=1)])
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(INCIDENT)).scalar_one() == 0
        links = select(func.count()).select_from(INCIDENT_AGENCY)
        assert session.execute(links).scalar_one() == 0


def _indexes(db: Database) -> set[tuple[str, str]]:
    with db.engine.connect() as connection:
        return {
            (name, sql)
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'incident' AND sql IS NOT NULL"
            )
        }


def test_indexes_come_back_after_a_large_load(db: Database) -> None:
    before = _indexes(db)
    assert len(before) >= 7
    with db.writing() as session, indexes_deferred(session, INCIDENT, rows_coming=50_000):
        inside = session.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident' "
            "AND sql IS NOT NULL"
        )
        assert inside.scalar_one() == 0
    assert _indexes(db) == before


def test_indexes_come_back_after_a_cancelled_load(db: Database) -> None:
    before = _indexes(db)

    class Stop(Exception):
        pass

    with (
        pytest.raises(Stop),
        db.writing() as session,
        indexes_deferred(session, INCIDENT, rows_coming=50_000),
    ):
        raise Stop
    assert _indexes(db) == before


def test_a_small_load_keeps_the_indexes(db: Database) -> None:
    before = _indexes(db)
    with db.writing() as session, indexes_deferred(session, INCIDENT, rows_coming=10):
        assert _indexes(db) == before
    assert _indexes(db) == before


def test_statistics_can_be_refreshed(db: Database) -> None:
    with db.writing() as session:
        refresh_statistics(session)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar_one() >= 0


def test_a_large_load_is_tidied_after_its_commit(db: Database) -> None:
    """On PostgreSQL VACUUM (ANALYZE) marks the new rows all-visible; on SQLite nothing."""
    import time

    from app.storage.bulk import tidy_after_large_load

    tidy_after_large_load(db.engine, [INCIDENT])
    if db.engine.dialect.name != "postgresql":
        return
    deadline = time.monotonic() + 5
    vacuumed = None
    while vacuumed is None and time.monotonic() < deadline:
        with db.reading() as session:
            vacuumed = (
                session.connection()
                .exec_driver_sql(
                    "SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'incident'"
                )
                .scalar()
            )
        time.sleep(0.1)
    assert vacuumed is not None
