"""SIGKILL at random moments: an import, a demo generation and a bulk edit, killed
for real, leave a whole database with every committed transaction and none half.

Bounded: six kills of each of the four workloads (24 in all, about 20 s), with a
seeded random so that a failure can be run again; on a busy machine no run
starts after 40 s, and at least half of the kills must have happened by then.
benchmarks/reliability.py kills more.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.storage import crash_harness as harness

SEED = 20261126
KILLS_EACH = 6
BUDGET_S = 40.0


def test_killed_writers_leave_every_committed_transaction_and_none_half(tmp_path: Path) -> None:
    outcomes = harness.run_all(tmp_path, KILLS_EACH, SEED, budget_s=BUDGET_S)

    problems = [problem for outcome in outcomes.values() for problem in outcome.problems]
    assert problems == []
    assert set(outcomes) == {"import", "demo", "batches", "edit"}
    for name, outcome in outcomes.items():
        assert KILLS_EACH // 2 <= outcome.kills <= KILLS_EACH, name
    # The looping children committed many transactions between kills, and each
    # was found whole after the kill that followed it.
    assert outcomes["batches"].transactions >= KILLS_EACH
    assert outcomes["edit"].transactions >= KILLS_EACH


def _inputs(tmp_path: Path) -> tuple[dict[str, Path], Path]:
    files = harness.prepare(tmp_path / "inputs")
    return files, harness.copy_base(files, tmp_path / "checked.db")


def test_the_checks_see_a_torn_bulk_edit(tmp_path: Path) -> None:
    # The harness must be able to fail: half an edit committed is not a state it allows.
    _files, db = _inputs(tmp_path)
    edit = next(workload for workload in harness.WORKLOADS if workload.name == "edit")
    connection = sqlite3.connect(db)
    connection.execute("UPDATE incident SET damage = 'edit 1'")
    connection.execute("UPDATE incident SET damage = 'edit 2' WHERE id % 2 = 0")
    connection.commit()
    connection.close()
    state = edit.state(db)
    assert state == "edit 1|edit 2"
    allowed, committed = harness._allowed(edit, "edit 1", ["ready", "begin edit 2"])
    assert (allowed, committed) == (["edit 1", "edit 2"], 0)
    assert state not in allowed


def test_the_checks_see_a_lost_commit_and_a_half_import(tmp_path: Path) -> None:
    batches = next(workload for workload in harness.WORKLOADS if workload.name == "batches")
    lines = ["ready", "begin 350", "committed 350", "begin 400"]
    allowed, committed = harness._allowed(batches, "300", lines)
    assert (allowed, committed) == (["350", "400"], 1)
    assert "300" not in allowed  # the committed batch lost
    assert "375" not in allowed  # half a batch
    imported = next(workload for workload in harness.WORKLOADS if workload.name == "import")
    assert harness._allowed(imported, "300", ["imported 2,000 incidents"]) == (
        [str(300 + harness.IMPORT_ROWS)],
        1,
    )


def test_the_checks_see_a_damaged_file(tmp_path: Path) -> None:
    _files, db = _inputs(tmp_path)
    assert harness.check_whole(db) == []
    with db.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096)
    assert harness.check_whole(db) != []
