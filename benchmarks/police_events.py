"""How fast the police's event notices come into the incident log.

    python benchmarks/police_events.py [--file FILE.json] [--municipality Botkyrka]
        [--repeats 5]

By default the county file of the tests (8,833 notices). Reads the notices,
previews and imports one municipality's into a fresh SQLite database (the
demo's reference data), and imports the same file again (nothing new). The
baseline, measured in the same run on the same notices: one incidents.create
per notice, each in its own transaction, as a first version would. Prints a
table, then one JSON object as its last line. Every figure is the median of --repeats fresh runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figures import Figure  # noqa: E402  (beside this script)

from app import clock  # noqa: E402
from app.demo.generate import ensure_reference_data  # noqa: E402
from app.exchange.police_events import for_municipality, read_events  # noqa: E402
from app.services import incidents, police_import  # noqa: E402
from app.settings import sqlite_url  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402

TARGET_S = 5.0  # the issue's: read the county's file and import the municipality's notices
LARGEST = "Stockholm"  # the county's largest municipality: the scale an import can reach
DEFAULT_FILE = ROOT / "tests" / "data" / "police-events" / "stockholms-lan-2023-2026.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--municipality", default="Botkyrka")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    data = args.file.read_bytes()
    work = Path(tempfile.mkdtemp(prefix="samverkan-police-"))

    runs: dict[str, list[float]] = {}

    def timed(name: str, action: object) -> object:
        start = time.perf_counter()
        result = action()  # type: ignore[operator]
        runs.setdefault(name, []).append(time.perf_counter() - start)
        return result

    imported = 0
    events: list = []  # type: ignore[type-arg]
    for attempt in range(args.repeats):
        events = timed("read_s", lambda: read_events(data))  # type: ignore[assignment]

        fresh = _fresh(work / f"whole-{attempt}.db")

        def whole(db: Database = fresh) -> None:
            notices = read_events(data)
            plan = police_import.preview(db, notices, args.municipality)
            police_import.run(db, notices, plan.municipality)

        timed("read_and_import_s", whole)
        db = _fresh(work / f"ours-{attempt}.db")

        def ours(db: Database = db, events: list = events) -> None:  # type: ignore[type-arg]
            plan = police_import.preview(db, events, args.municipality)
            police_import.run(db, events, plan.municipality)

        timed("import_s", ours)
        again = timed(
            "again_s", lambda db=db, events=events: police_import.run(db, events, args.municipality)
        )
        assert isinstance(again, police_import.PoliceImportResult) and again.created == 0
        imported = again.unchanged
        naive_db = _fresh(work / f"naive-{attempt}.db")
        timed(
            "naive_import_s",
            lambda naive_db=naive_db, events=events: _naive(naive_db, events, args.municipality),
        )
        largest = _fresh(work / f"largest-{attempt}.db")
        timed(
            "largest_import_s",
            lambda db=largest, events=events: police_import.run(db, events, LARGEST),
        )
        assert len(for_municipality(events, args.municipality)) >= imported

    median = {name: statistics.median(values) for name, values in runs.items()}
    figures = [
        Figure("read_s", median["read_s"], "s", None, f"{len(events):,} notices parsed"),
        Figure(
            "read_and_import_s",
            median["read_and_import_s"],
            "s",
            TARGET_S,
            f"read, preview and import {imported:,} notices for {args.municipality}",
        ),
        Figure("import_s", median["import_s"], "s", None, "preview and import, the notices read"),
        Figure("again_s", median["again_s"], "s", None, "the same file again: nothing new"),
        Figure(
            "naive_import_s",
            median["naive_import_s"],
            "s",
            None,
            "baseline: one incidents.create (one transaction) per notice",
        ),
    ]
    figures.append(
        Figure(
            "largest_import_s",
            median["largest_import_s"],
            "s",
            None,
            f"{LARGEST}'s {len(for_municipality(events, LARGEST)):,} notices, the notices read",
        )
    )
    ratio = median["naive_import_s"] / max(median["import_s"], 1e-9)
    figures.append(Figure("naive_vs_ours_ratio", ratio, "x", None, "how many times slower"))
    print(f"Police events into the incident log (median of {args.repeats})\n")
    print(f"{'figure':<22} {'value':>10} {'target':>8}  verdict  note")
    for f in figures:
        target = f"{f.target:g} {f.unit}" if f.target is not None else ""
        print(f"{f.name:<22} {f.value:>8.3f} {f.unit:<2}{target:>8}  {f.verdict:<7}  {f.note}")
    result: dict[str, object] = {"notices": len(events), "imported": imported}
    result.update({f.name: round(f.value, 3) for f in figures})
    result["missed"] = [f.name for f in figures if f.verdict == "MISSED"]
    print()
    print(json.dumps(result))
    return 0


def _fresh(path: Path) -> Database:
    db = open_database(sqlite_url(path), account="benchmark")
    with db.writing() as session:
        ensure_reference_data(session)
    return db


def _naive(db: Database, events: list, municipality: str) -> None:  # type: ignore[type-arg]
    """What a first version would do: each notice through the public create call."""
    plan = police_import.preview(db, events, municipality)
    for notice in plan.plans:
        if notice.action is police_import.NoticeAction.NEW:
            incidents.create(db, police_import.draft_of(notice, plan.source_agency))


if __name__ == "__main__":
    clock.set_clock(None)
    raise SystemExit(main())
