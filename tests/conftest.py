"""Shared fixtures: offscreen Qt, a fresh database per test, a controllable clock."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed, and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English, the source language, whatever the machine speaks;
# tests/i18n switch to Swedish where they test it. Also for the command-line
# tests' subprocesses.
os.environ["SAMVERKAN_LANGUAGE"] = "en"

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from app import clock
from app.demo.generate import ensure_reference_data
from app.i18n import set_language
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from tests.postgres_support import URL_ENV, Server, start_cluster

FIXED_NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)

# The command-line tests' fixtures (`path`, `mine`) live beside their helper.
pytest_plugins = ["tests.cli_support"]

# Locally every hypothesis run explores new inputs. CI (SAMVERKAN_CI, set by
# .ci/run) runs a fixed, derandomised sample, so that its verdict depends on the
# code and not on the dice; new finds come from developers' runs and are then
# kept as explicit examples.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("SAMVERKAN_CI"):
    hypothesis_settings.load_profile("ci")

ENGINES = ("sqlite", "postgresql")
# Where the tests run on either engine (with --engine postgresql or both);
# everything else (screens, PDF, exchange formats, the command line on a
# file) is SQLite's alone.
EITHER_ENGINE = ("tests/storage/", "tests/services/", "tests/exchange/", "tests/input/")
# Tests about SQLite itself: pragmas, the FTS5 index's internals, the file,
# its locks and its backup API. Test names, or modules (ending in .py).
SQLITE_ONLY = (
    "tests/storage/test_engine.py",
    "tests/storage/test_migrate.py",
    "tests/storage/test_settings.py",
    "tests/storage/test_backup.py",
    "tests/storage/test_crash_safety.py",
    "tests/storage/test_disk_full.py",
    "tests/storage/test_location.py",
    "tests/storage/test_bulk.py::test_indexes_come_back_after_a_large_load",
    "tests/storage/test_bulk.py::test_indexes_come_back_after_a_cancelled_load",
    "tests/storage/test_bulk.py::test_a_small_load_keeps_the_indexes",
    "tests/storage/test_bulk.py::test_statistics_can_be_refreshed",
    # Inserts SQLite's epoch seconds; tests/storage/test_postgresql.py tries the
    # server's trigger and roles instead.
    "tests/storage/test_schema.py::test_the_database_refuses_to_change_the_audit_log",
    # The erased case's bytes in the file and its WAL, and the file's backups.
    "tests/services/test_retention.py::test_no_byte_of_an_erased_case_remains_in_the_file_or_its_wal",
    "tests/services/test_retention.py::test_the_upgrade_backups_that_could_hold_an_erased_case_go_with_it",
    "tests/services/test_retention.py::test_a_backup_made_in_the_second_the_case_was_created_goes_too",
    "tests/services/test_retention.py::test_backups_stay_when_nothing_is_erased",
    # A second Database on the same SQLite file (tests.services.support.open_extra):
    # on PostgreSQL that would be another database on another engine.
    "tests/services/test_reference_numbers.py::test_two_databases_on_one_file_give_out_distinct_numbers",
    "tests/services/test_incident_crud.py::test_update_bumps_the_version_and_records_who_and_when",
    "tests/services/test_demo.py::test_the_same_seed_gives_the_same_incidents",
    "tests/services/test_demo.py::test_another_seed_gives_other_incidents",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql", "both"),
        default="sqlite",
        help="the database engine of the storage and service tests (default sqlite); "
        "postgresql uses SAMVERKAN_TEST_POSTGRES_URL or a throw-away cluster",
    )


def _engines(config: pytest.Config) -> tuple[str, ...]:
    chosen = str(config.getoption("--engine"))
    return ENGINES if chosen == "both" else (chosen,)


def _runs_on_either_engine(nodeid: str, item: pytest.Item | None = None) -> bool:
    if not nodeid.startswith(EITHER_ENGINE):
        return False
    if any(nodeid == name or nodeid.startswith(name + "::") for name in SQLITE_ONLY):
        return False
    if nodeid.split("[")[0] in SQLITE_ONLY:
        return False
    return item is None or item.get_closest_marker("sqlite_only") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that use a database (`db`, `empty_db`) run once per chosen engine."""
    engines = _engines(metafunc.config)
    if engines == ("sqlite",) or "database_engine" not in metafunc.fixturenames:
        return
    node = metafunc.definition
    eligible = (
        _runs_on_either_engine(node.nodeid) and node.get_closest_marker("sqlite_only") is None
    )
    metafunc.parametrize("database_engine", engines if eligible else ("sqlite",))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--engine postgresql runs only what runs on PostgreSQL; the `postgresql` marker
    keeps a test about the server out of a run without it."""
    engines = _engines(config)
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        engine = params.get("database_engine")
        if item.get_closest_marker("postgresql") is not None:
            wanted = "postgresql" in engines
        elif "sqlite" not in engines:
            wanted = engine == "postgresql"
        else:
            wanted = True
        (keep if wanted else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """The PostgreSQL server of the session: SAMVERKAN_TEST_POSTGRES_URL, or a cluster
    started here and stopped at the end."""
    url = os.environ.get(URL_ENV)
    cluster = None if url else start_cluster()
    server = Server(url or cluster.url)  # type: ignore[union-attr]
    yield server
    server.close()
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def database_engine() -> str:
    """The engine of `empty_db` and `db` (parametrized by --engine)."""
    return "sqlite"


@pytest.fixture
def database_url(
    database_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """The URL of a new, migrated database on the test's engine."""
    if database_engine == "sqlite":
        yield sqlite_url(tmp_path / "samverkan.db")
        return
    server: Server = request.getfixturevalue("postgres_server")
    url = server.fresh()
    yield url
    server.drop(url)


@pytest.fixture
def fixed_clock() -> Iterator[datetime]:
    """Freeze the application's clock at FIXED_NOW (a Thursday afternoon)."""
    clock.set_clock(lambda: FIXED_NOW)
    yield FIXED_NOW
    clock.set_clock(None)


@pytest.fixture
def empty_db(database_url: str) -> Iterator[Database]:
    """A new, migrated database (a SQLite file, or a PostgreSQL database with
    --engine) with only the default categories."""
    database = open_database(database_url, account="tester")
    yield database
    database.close()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database with the demo municipality's districts, agencies and officers."""
    with empty_db.writing() as session:
        ensure_reference_data(session)
    return empty_db


@pytest.fixture
def swedish(request: pytest.FixtureRequest) -> Iterator[None]:
    """The interface in Swedish for one test: app.i18n and Qt's tr() alike."""
    from ui import translation  # Qt: only for the tests that ask for this

    request.getfixturevalue("qapp")  # Qt keeps translators only with an application

    set_language("sv")
    translation.install("sv")
    yield
    set_language("en")
    translation.install("en")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test starts in English, and one that switched language cannot leak it."""
    set_language("en")
    yield
    set_language("en")
