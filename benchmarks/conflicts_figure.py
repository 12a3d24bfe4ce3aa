"""Conflicts caught: two real application processes save the same version of a record.

Each round starts two child processes on one SQLite file (the very children of
tests/test_two_processes.py); both read the record, wait for each other, then
save. Exactly one may win; the other must get Conflict. A round where both
"win" (a lost update) or neither does, or where the stored record is not the
winner's, counts as a problem.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from figures import Figure

from app.demo.generate import ensure_reference_data
from app.services import incidents, roster
from app.services.incident_types import IncidentDraft
from app.services.roster_types import AgencyDraft
from app.settings import sqlite_url
from app.storage.database import open_database
from tests.test_two_processes import _race


def conflict_figures(args: argparse.Namespace) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="samverkan-conflicts-"))
    started = time.perf_counter()
    rounds = caught = 0
    problems: list[str] = []
    try:
        url = sqlite_url(work / "office.db")
        db = open_database(url, account="benchmark")
        with db.writing() as session:
            ensure_reference_data(session)
        records = {
            "incident": incidents.create(
                db, IncidentDraft(datetime(2025, 3, 1, 12, 0), "VAND", "Klotter")
            ).id,
            "agency": roster.create_agency(db, AgencyDraft("Tumba gymnasium", "school")).id,
        }
        for round_ in range(args.conflict_rounds):
            for kind, record_id in records.items():
                rounds += 1
                children = _race(url, kind, record_id, work / f"{kind}-{round_}")
                codes = sorted(child.returncode for child in children.values())
                winner = next((t for t, c in children.items() if c.returncode == 0), None)
                if codes != [0, 1] or winner is None:
                    problems.append(f"{kind} round {round_}: exit codes {codes}")
                    continue
                stored = (
                    incidents.get(db, record_id).summary
                    if kind == "incident"
                    else roster.get_agency(db, record_id).notes
                )
                if stored != winner:
                    problems.append(f"{kind} round {round_}: stored {stored!r}, not {winner!r}")
                    continue
                caught += 1
        db.close()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - started
    return [
        Figure(
            "conflicts_caught",
            caught,
            "",
            None,
            f"of {rounds} races of two processes on one SQLite file, in {took:.0f} s",
        ),
        Figure("lost_updates", len(problems), "", 0.0, "; ".join(problems[:3])),
    ]
