"""Killing real writers with SIGKILL at random moments, and checking what is left.

Used by tests/storage/test_crash_safety.py (a bounded number of kills) and by
benchmarks/reliability.py (more of them). Four workloads, each on a database
file of its own:

- import: `python main.py --database F import-incidents big.csv`, one transaction;
- demo:   `python main.py --database F demo --incidents N`, one transaction;
- batches: this module as a child importing small CSV files through the
  service in a loop, one transaction each;
- edit:   this module as a child changing every incident in one transaction per
  round (a bulk edit through the unit of work), round after round.

The children that run many transactions say where they are on stdout, flushed:
`begin STATE` before a transaction and `committed STATE` after its commit,
STATE being what the database holds once it is committed. After the kill the
database must pass `PRAGMA integrity_check` (and the foreign-key and full-text
checks) and hold exactly the last committed state or, when the kill came
between the commit and its line, the state of the transaction begun last:
every committed transaction is there, none is half there.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BATCH_ROWS = 50  # incidents per transaction of the batches workload
IMPORT_ROWS = 2_000  # incidents of the import workload's one transaction
DEMO_INCIDENTS = 3_000
BASE_INCIDENTS = 300
DRIVER_WINDOW_S = 1.5  # how long after "ready" a looping child may be killed


@dataclass
class Outcome:
    """What the kills of one workload (or of all) came to."""

    kills: int = 0  # runs ended by SIGKILL and then checked
    completed: int = 0  # runs that ended by themselves before the kill came
    transactions: int = 0  # committed transactions found whole after a kill or an end
    failed_kills: int = 0  # kills after which something was wrong
    problems: list[str] = field(default_factory=list)

    def add(self, other: Outcome) -> None:
        self.kills += other.kills
        self.completed += other.completed
        self.transactions += other.transactions
        self.failed_kills += other.failed_kills
        self.problems.extend(other.problems)


# --- the databases and files the workloads start from -------------------------------------


def prepare(folder: Path) -> dict[str, Path]:
    """A demo database and the CSV files the workloads import; their paths by name."""
    sys.path.insert(0, str(ROOT))
    from app.demo.generate import generate
    from app.exchange.csv_incidents import export_incidents
    from app.services.incident_types import IncidentQuery
    from app.settings import sqlite_url
    from app.storage.database import open_database

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "base.db"
    db = open_database(sqlite_url(base), account="tester")
    try:
        generate(db, incidents=BASE_INCIDENTS, seed=6)
        exported = folder / "exported.csv"
        export_incidents(db, exported, IncidentQuery())
    finally:
        db.close()
    rows = _rows_without_references(exported)
    files = {"base": base}
    files["small.csv"] = _write_csv(folder / "small.csv", rows[0], _repeat(rows[1:], BATCH_ROWS))
    files["big.csv"] = _write_csv(folder / "big.csv", rows[0], _repeat(rows[1:], IMPORT_ROWS))
    return files


def _rows_without_references(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    # Reference numbers would collide on the second import; links name them.
    dropped = {rows[0].index(name) for name in ("reference", "related", "duplicate_of")}
    return [[cell for index, cell in enumerate(row) if index not in dropped] for row in rows]


def _repeat(rows: list[list[str]], count: int) -> list[list[str]]:
    return [rows[index % len(rows)] for index in range(count)]


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def copy_base(files: dict[str, Path], target: Path) -> Path:
    """A fresh copy of the base database for one workload."""
    source = sqlite3.connect(files["base"])
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


# --- what a database holds ----------------------------------------------------------------


def incident_count(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT count(*) FROM incident").fetchone()[0])
    finally:
        connection.close()


def edit_marks(path: Path) -> str:
    """The distinct bulk-edit marks on the incidents: one, unless an edit was torn."""
    connection = sqlite3.connect(path)
    try:
        marks = connection.execute(
            "SELECT DISTINCT coalesce(damage, '') FROM incident ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()
    return "|".join(mark for (mark,) in marks)


def check_whole(path: Path) -> list[str]:
    """What is wrong with the database file: integrity, foreign keys, full-text index."""
    problems = []
    connection = sqlite3.connect(path)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:3]}")
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found rows")
        connection.execute("INSERT INTO incident_fts(incident_fts) VALUES ('integrity-check')")
        connection.commit()
    except sqlite3.DatabaseError as error:
        problems.append(f"the database cannot be read whole: {error}")
    finally:
        connection.close()
    return problems


# --- the workloads ------------------------------------------------------------------------


@dataclass(frozen=True)
class Workload:
    name: str
    command: Callable[[Path, dict[str, Path]], list[str]]
    state: Callable[[Path], str]
    # For a one-transaction command: the state after it, from the one before.
    after: Callable[[str], str] | None = None
    done_word: str = ""  # a line of stdout that says the command committed


def _main_py(*argv: str) -> list[str]:
    return [PYTHON, str(ROOT / "main.py"), *argv]


WORKLOADS = (
    Workload(
        "import",
        lambda db, files: _main_py(
            "--database", str(db), "import-incidents", str(files["big.csv"])
        ),
        incident_count,
        after=lambda before: str(int(before) + IMPORT_ROWS),
        done_word="imported",
    ),
    Workload(
        "demo",
        lambda db, files: _main_py(
            "--database", str(db), "demo", "--incidents", str(DEMO_INCIDENTS), "--seed", "3"
        ),
        incident_count,
        after=lambda before: str(int(before) + DEMO_INCIDENTS),
        done_word="added",
    ),
    Workload(
        "batches",
        lambda db, files: [
            PYTHON,
            "-m",
            "tests.storage.crash_harness",
            "batches",
            str(db),
            str(files["small.csv"]),
        ],
        incident_count,
    ),
    Workload(
        "edit",
        lambda db, files: [PYTHON, "-m", "tests.storage.crash_harness", "edit", str(db)],
        edit_marks,
    ),
)


def run_workload(
    workload: Workload,
    files: dict[str, Path],
    folder: Path,
    kills: int,
    rng: random.Random,
    deadline: float = float("inf"),
) -> Outcome:
    """Run and kill the workload's child `kills` times on one database; check after each.
    No run starts after `deadline` (time.monotonic)."""
    db = copy_base(files, folder / f"{workload.name}.db")
    outcome = Outcome()
    # An unkilled run first: how long the command takes sets when kills may come.
    window = _calibrate(workload, db, files, outcome) if workload.after else (0.0, DRIVER_WINDOW_S)
    attempts = 0
    while outcome.kills < kills and attempts < kills * 4 and time.monotonic() < deadline:
        attempts += 1
        before = workload.state(db)
        started = time.perf_counter()
        lines, killed = _run_and_kill(workload, db, files, rng, window)
        if not killed and workload.after is not None:
            # It ended before the kill: kills come within the time it takes now
            # (the first, unkilled run may have shared the processor with others).
            took = time.perf_counter() - started
            window = (min(window[0], took * 0.8), took)
        problems = check_whole(db)
        state = workload.state(db)
        allowed, committed = _allowed(workload, before, lines)
        if state not in allowed:
            problems.append(f"holds {state!r}, expected one of {sorted(allowed)}")
        outcome.problems.extend(f"{workload.name}: {problem}" for problem in problems)
        outcome.transactions += committed
        if killed:
            outcome.kills += 1
            outcome.failed_kills += bool(problems)
        else:
            outcome.completed += 1
    return outcome


def _calibrate(
    workload: Workload, db: Path, files: dict[str, Path], outcome: Outcome
) -> tuple[float, float]:
    """When kills may come: from about the time Python takes to start the
    command's modules to a little past the command's end, measured now."""
    assert workload.after is not None
    started = time.perf_counter()
    subprocess.run(_main_py("--version"), cwd=ROOT, capture_output=True, check=False)
    start_up = time.perf_counter() - started
    before = workload.state(db)
    started = time.perf_counter()
    finished = subprocess.run(
        workload.command(db, files), cwd=ROOT, capture_output=True, text=True, check=False
    )
    duration = time.perf_counter() - started
    if finished.returncode != 0 or workload.state(db) != workload.after(before):
        outcome.problems.append(f"{workload.name}: the unkilled run failed: {finished.stderr}")
    else:
        outcome.transactions += 1
    return (start_up * 0.8, max(duration * 1.05, start_up))


def _run_and_kill(
    workload: Workload,
    db: Path,
    files: dict[str, Path],
    rng: random.Random,
    window: tuple[float, float],
) -> tuple[list[str], bool]:
    """Start the child, SIGKILL it at a random moment; its stdout lines and whether
    the kill ended it (False when it had finished by itself)."""
    child = subprocess.Popen(
        workload.command(db, files),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if workload.after is None:
        # A looping child: killed while it works, not while Python starts.
        ready.wait(timeout=30)
    time.sleep(rng.uniform(*window))
    killed = child.poll() is None
    if killed:
        child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    return lines, killed and child.returncode == -signal.SIGKILL


def _allowed(workload: Workload, before: str, lines: Sequence[str]) -> tuple[list[str], int]:
    """The states the database may hold after the run with stdout `lines`, the one
    that must be there first; and how many committed transactions that checks."""
    if workload.after is not None:
        after = workload.after(before)
        if any(line.startswith(workload.done_word) for line in lines):
            return [after], 1
        return [before, after], 0
    committed = [line.split(" ", 1)[1] for line in lines if line.startswith("committed ")]
    begun = [line.split(" ", 1)[1] for line in lines if line.startswith("begin ")]
    last_committed = committed[-1] if committed else before
    allowed = [last_committed]
    if len(begun) > len(committed):
        allowed.append(begun[-1])
    return allowed, len(committed)


def run_all(
    folder: Path, kills_per_workload: int, seed: int, budget_s: float | None = None
) -> dict[str, Outcome]:
    """Every workload, side by side (each on its own database); outcomes by name.
    With `budget_s`, no run starts after that many seconds (a busy machine)."""
    deadline = float("inf") if budget_s is None else time.monotonic() + budget_s
    files = prepare(folder / "inputs")
    seeds = random.Random(seed)
    jobs = [(workload, random.Random(seeds.random())) for workload in WORKLOADS]
    # Two at a time: more would share the processor and stretch every run.
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            workload.name: pool.submit(
                run_workload, workload, files, folder, kills_per_workload, rng, deadline
            )
            for workload, rng in jobs
        }
        return {name: future.result() for name, future in futures.items()}


# --- the looping children -----------------------------------------------------------------


def _say(line: str) -> None:
    print(line, flush=True)


def _child_batches(db_path: Path, csv_path: Path) -> None:
    from app.exchange.csv_incidents import import_incidents
    from app.settings import sqlite_url
    from app.storage.database import open_database

    db = open_database(sqlite_url(db_path), account="tester")
    count = int(incident_count(db_path))
    _say("ready")
    while True:
        _say(f"begin {count + BATCH_ROWS}")
        count += import_incidents(db, csv_path)
        _say(f"committed {count}")


def _child_edit(db_path: Path) -> None:
    from sqlalchemy import bindparam, select

    from app.domain.tables import INCIDENT
    from app.settings import sqlite_url
    from app.storage.database import open_database

    db = open_database(sqlite_url(db_path), account="tester")
    marks = edit_marks(db_path)
    round_ = int(marks.rsplit(" ", 1)[1]) if marks.startswith("edit ") else 0
    _say("ready")
    while True:
        round_ += 1
        mark = f"edit {round_}"
        _say(f"begin {mark}")
        with db.writing() as session:
            ids = session.execute(select(INCIDENT.c.id).order_by(INCIDENT.c.id)).scalars().all()
            # One statement per incident: the kill can land between any two of them.
            statement = (
                INCIDENT.update()
                .where(INCIDENT.c.id == bindparam("row_id"))
                .values(damage=bindparam("mark"), version=INCIDENT.c.version + 1)
            )
            for row_id in ids:
                session.execute(statement, {"row_id": row_id, "mark": mark})
        _say(f"committed {mark}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1] == "batches":
        _child_batches(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1] == "edit":
        _child_edit(Path(sys.argv[2]))
    else:
        raise SystemExit(f"unknown workload {sys.argv[1]}")
