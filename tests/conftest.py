"""Shared fixtures: offscreen Qt, a fresh database per test, a controllable clock."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed, and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import clock
from app.demo.generate import ensure_reference_data
from app.settings import sqlite_url
from app.storage.database import Database, open_database

FIXED_NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)

# The command-line tests' fixtures (`path`, `mine`) live beside their helper.
pytest_plugins = ["tests.cli_support"]


@pytest.fixture
def fixed_clock() -> Iterator[datetime]:
    """Freeze the application's clock at FIXED_NOW (a Thursday afternoon)."""
    clock.set_clock(lambda: FIXED_NOW)
    yield FIXED_NOW
    clock.set_clock(None)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new, migrated SQLite database file with only the default categories."""
    database = open_database(sqlite_url(tmp_path / "samverkan.db"), account="tester")
    yield database
    database.close()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database with the demo municipality's districts, agencies and officers."""
    with empty_db.writing() as session:
        ensure_reference_data(session)
    return empty_db
