"""Bulk loading: indexes dropped for a large load come back, also after a cancel."""

from __future__ import annotations

import pytest

from app.domain.tables import INCIDENT
from app.storage.bulk import indexes_deferred, refresh_statistics
from app.storage.database import Database


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
