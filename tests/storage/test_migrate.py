"""Migrations: an old database comes up to the head with a backup first and its data intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.errors import StorageProblem
from app.services import incident_query, incidents
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.settings import sqlite_url
from app.storage import backup, migrate
from app.storage.database import Database, open_database
from app.storage.engine import make_engine
from tests.services.support import fts_integrity

OCCURRED = datetime(2026, 3, 14, 21, 30, tzinfo=UTC)
SUMMARY = "Anlagd brand i förrådet vid Vårsta skola"
DESCRIPTION = "Räddningstjänsten släckte; rökskador i ÖVRE korridoren. Åtgärd: nytt lås."


@pytest.fixture
def old_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(sqlite_url(tmp_path / "old.db"))
    yield engine
    engine.dispose()


def _fill_revision_0001(engine: Engine) -> None:
    stamp = int(OCCURRED.timestamp())
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO app_user (id, account, display_name, role, created_at) "
            "VALUES (1, 'kommun\\officer', 'Åsa Öberg', 'administrator', ?)",
            (stamp,),
        )
        c.exec_driver_sql(
            "INSERT INTO district (id, name, sort_order, active) VALUES (1, 'Vårsta', 0, 1)"
        )
        c.exec_driver_sql("INSERT INTO reference_counter (year, last) VALUES (2026, 7)")
        c.exec_driver_sql(
            "INSERT INTO incident (id, ref_year, ref_seq, occurred_at, occurred_until, "
            "reported_at, entered_at, entered_by_id, updated_at, updated_by_id, version, "
            "category_id, area, severity, status, district_id, place, latitude, longitude, "
            "summary, description, source_agency_id, source_reliability, verified, police_ref, "
            "rescue_ref, external_ref, external_url, injured, damage, estimated_cost_sek, "
            "insurance_claim_ref, action_taken, secret, duplicate_of_id) "
            "VALUES (1, 2026, 7, ?, NULL, ?, ?, 1, NULL, NULL, 1, "
            "(SELECT id FROM category WHERE code = 'FIRE'), 'safety', 3, 'ongoing', 1, "
            "'Vårsta skola', NULL, NULL, ?, ?, NULL, 'unknown', 0, '', 'SBFF-2026-12345', '', "
            "'', 0, 'Förråd utbränt', 85000, '', '', 0, NULL)",
            (stamp, stamp + 600, stamp + 900, SUMMARY, DESCRIPTION),
        )


def test_a_fresh_database_is_created_at_head_without_a_backup(old_engine: Engine) -> None:
    assert migrate.current_revision(old_engine) is None
    assert migrate.upgrade(old_engine) is None
    assert migrate.current_revision(old_engine) == migrate.head_revision()
    assert migrate.upgrade(old_engine) is None  # nothing to do a second time


def test_upgrading_from_the_first_revision_backs_up_and_keeps_the_data(
    old_engine: Engine, fixed_clock: datetime, tmp_path: Path
) -> None:
    assert migrate.upgrade(old_engine, revision="0001", backup=False) is None
    assert migrate.current_revision(old_engine) == "0001"
    _fill_revision_0001(old_engine)

    copy = migrate.upgrade(old_engine)

    # A backup copy was taken first: a valid SQLite file with the old schema and data.
    assert copy is not None and copy.exists()
    assert copy.parent == tmp_path / "backups"
    assert "before-upgrade" in copy.name
    saved = sqlite3.connect(copy)
    try:
        assert saved.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert saved.execute("SELECT summary, description FROM incident").fetchall() == [
            (SUMMARY, DESCRIPTION)
        ]
        tables = {r[0] for r in saved.execute("SELECT name FROM sqlite_master")}
        assert "incident_fts" not in tables
    finally:
        saved.close()

    # The data survived the upgrade.
    assert migrate.current_revision(old_engine) == migrate.head_revision()
    db = Database(old_engine, account="kommun\\officer")
    incident = incidents.get(db, 1)
    assert incident.reference == "2026-0007"
    assert incident.summary == SUMMARY
    assert incident.description == DESCRIPTION
    assert incident.occurred_at == OCCURRED
    assert incident.district == "Vårsta"
    assert incident.place == "Vårsta skola"
    assert incident.category == "FIRE"
    assert incident.severity == 3
    assert incident.estimated_cost_sek == 85000
    assert incident.entered_by == "Åsa Öberg"

    # ... and is now found by the full-text search that the upgrade added.
    def count(words: str) -> int:
        return incident_query.count(db, IncidentQuery(IncidentFilter(text=words)))

    assert count("förrådet") == 1
    assert count("VÅRSTA") == 1
    assert count("korridoren") == 1
    assert count("varsta") == 0
    fts_integrity(db)

    # The index built by the migration is the one the service keeps in step.
    changed = replace(incident.draft(), summary="Klotter på Vårsta skola", description="")
    incidents.update(db, 1, changed)
    assert count("förrådet") == 0
    assert count("klotter") == 1
    fts_integrity(db)

    # The sequence continues after the old references.
    assert incidents.create(db, incident.draft()).reference == "2026-0008"


def test_a_database_with_an_unknown_newer_revision_is_refused(old_engine: Engine) -> None:
    migrate.upgrade(old_engine)
    with old_engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_newer'")
    with pytest.raises(StorageProblem, match="newer"):
        migrate.upgrade(old_engine)
    with pytest.raises(StorageProblem):
        migrate.upgrade(old_engine, backup=False)


def test_open_database_upgrades_an_old_file(tmp_path: Path, fixed_clock: datetime) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.db"))
    migrate.upgrade(engine, revision="0001", backup=False)
    _fill_revision_0001(engine)
    engine.dispose()

    db = open_database(sqlite_url(tmp_path / "old.db"), account="tester")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert len(list((tmp_path / "backups").glob("old-before-upgrade-*.db"))) == 1
        assert incident_query.count(db, IncidentQuery(IncidentFilter(text="rökskador"))) == 1
    finally:
        db.close()


def test_backup_to_copies_a_live_database(db: Database, tmp_path: Path) -> None:
    from tests.services.support import draft

    incidents.create(db, draft(summary="Finns i kopian"))
    target = backup.backup_to(db.engine, tmp_path / "copies" / "copy.db")
    saved = sqlite3.connect(target)
    try:
        assert saved.execute("SELECT summary FROM incident").fetchall() == [("Finns i kopian",)]
    finally:
        saved.close()


def test_a_database_in_memory_is_not_backed_up() -> None:
    engine = make_engine("sqlite://")
    try:
        assert backup.sqlite_path(engine) is None
        assert backup.backup_before_upgrade(engine) is None
        with pytest.raises(ValueError):
            backup.backup_to(engine, Path("never.db"))
    finally:
        engine.dispose()
