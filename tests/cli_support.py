"""Running sub-commands the way main.py runs them, on a database file of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from app.services import users
from app.settings import sqlite_url
from app.storage.database import Database, open_database


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "samverkan.db"


@pytest.fixture
def mine(path: Path) -> Iterator[Database]:
    """The database as the command line sees it: this process's account administers."""
    database = open_database(sqlite_url(path))
    users.sign_in(database)
    yield database
    database.close()


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--database", str(path), *argv])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()
