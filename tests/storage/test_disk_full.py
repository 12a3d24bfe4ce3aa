"""A full disk while writing: the transaction fails whole, the user is told, the
database is intact and takes the next write once there is room.

SQLite's `PRAGMA max_page_count` makes it report SQLITE_FULL exactly as a full
disk does; a child process with a file-size limit (RLIMIT_FSIZE) has the
operating system itself refuse the writes.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.errors import StorageProblem
from app.exchange.csv_incidents import import_incidents
from app.services import incident_query, incidents
from app.services.incident_types import IncidentQuery
from app.storage import engine
from app.storage.database import Database
from tests.cli_support import run
from tests.services.support import draft
from tests.storage import crash_harness as harness

FULL = "The disk is full: nothing was saved. Free some space and try again."


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return harness.prepare(tmp_path_factory.mktemp("inputs"))


@pytest.fixture
def demo(inputs: dict[str, Path], tmp_path: Path) -> Path:
    return harness.copy_base(inputs, tmp_path / "samverkan.db")


def _state(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO incident_fts(incident_fts) VALUES ('integrity-check')")
        rows = connection.execute("SELECT * FROM incident ORDER BY id").fetchall()
        counters = connection.execute("SELECT * FROM reference_counter ORDER BY 1").fetchall()
        return rows, counters
    finally:
        connection.close()


def _page_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def cramped(db: Database) -> Iterator[Database]:
    """`db` on a disk that has room for about 20 more pages (80 kB)."""
    db.close()  # the pooled connections go; new ones get the limit
    room = {"pages": 0}

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        if room["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count = {room['pages']}")

    path = Path(str(db.engine.url.database))
    incidents.create(db, draft(summary="Finns före"))
    db.close()
    room["pages"] = _page_count(path) + 20
    yield db
    db.close()


def test_a_big_write_on_a_full_disk_saves_nothing_and_says_so(
    cramped: Database, inputs: dict[str, Path]
) -> None:
    path = Path(str(cramped.engine.url.database))
    before = _state(path)

    with pytest.raises(StorageProblem) as raised:
        import_incidents(cramped, inputs["big.csv"])

    assert str(raised.value) == FULL
    cramped.close()
    assert _state(path) == before
    # The database still works: reading, and a small write that fits.
    assert incident_query.count(cramped, IncidentQuery()) == 1
    assert incidents.create(cramped, draft(summary="Får plats")).summary == "Får plats"
    assert incident_query.count(cramped, IncidentQuery()) == 2


def test_many_small_writes_fill_the_disk_one_whole_transaction_at_a_time(
    cramped: Database,
) -> None:
    path = Path(str(cramped.engine.url.database))
    saved = 1
    with pytest.raises(StorageProblem, match="The disk is full"):
        for number in range(10_000):
            incidents.create(cramped, draft(summary=f"Händelse {number}", description="x" * 900))
            saved += 1
    cramped.close()
    rows, _counters = _state(path)
    assert len(rows) == saved  # every committed one, not the one that did not fit


def test_the_command_line_says_the_disk_is_full(
    demo: Path,
    inputs: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _state(demo)
    limit = f"PRAGMA max_page_count = {_page_count(demo) + 20}"
    monkeypatch.setattr(engine, "SQLITE_PRAGMAS", (*engine.SQLITE_PRAGMAS, limit))

    code, out, err = run(capsys, demo, "import-incidents", str(inputs["big.csv"]))

    assert (code, out, err) == (1, "", f"samverkan: {FULL}")
    assert _state(demo) == before


def _limit_file_size(size: int) -> None:
    # The write beyond the limit fails with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as Linux has it")
def test_a_file_size_limit_refuses_the_write_and_nothing_is_lost(
    demo: Path, inputs: dict[str, Path]
) -> None:
    before = _state(demo)
    size = demo.stat().st_size
    child = subprocess.run(
        [
            sys.executable,
            str(harness.ROOT / "main.py"),
            "--database",
            str(demo),
            "import-incidents",
            str(inputs["big.csv"]),
        ],
        cwd=harness.ROOT,
        capture_output=True,
        text=True,
        preexec_fn=lambda: _limit_file_size(size + 64 * 1024),
        check=False,
    )
    assert child.returncode == 1, child.stderr
    assert child.stderr.startswith("samverkan: ")
    assert "nothing was saved" in child.stderr
    assert "Traceback" not in child.stderr
    assert _state(demo) == before
