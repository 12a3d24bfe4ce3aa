"""No lost update between two real application processes on one SQLite file.

Two child processes open the same database, both read version N of a record, wait
at a barrier until both have read it, then both save. Exactly one wins; the other
gets Conflict (exit 1 with the message) and nothing of the winner's save is lost.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.demo.generate import ensure_reference_data
from app.services import incidents, roster
from app.services.incident_types import IncidentDraft
from app.services.roster_types import AgencyDraft
from app.settings import sqlite_url
from app.storage.database import Database, open_database

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 4

# One officer's application: open, read the record, wait for the other, save.
CHILD = textwrap.dedent(
    """
    import sys, time
    from dataclasses import replace
    from pathlib import Path
    from app.errors import Conflict
    from app.services import incidents, roster
    from app.storage.database import open_database

    url, kind, record_id, text, folder = sys.argv[1:6]
    folder = Path(folder)
    db = open_database(url, account="officer-" + text, upgrade=False)
    if kind == "incident":
        record = incidents.get(db, int(record_id))
        save = lambda: incidents.update(
            db, record.id, replace(record.draft(), summary=text), expected_version=record.version
        )
    else:
        record = roster.get_agency(db, int(record_id))
        save = lambda: roster.update_agency(
            db, record.id, replace(record.draft(), notes=text), expected_version=record.version
        )
    # Written aside, then renamed: the test never reads a half-written file.
    (folder / ("reading-" + text)).write_text(str(record.version))
    (folder / ("reading-" + text)).replace(folder / ("read-" + text))
    deadline = time.monotonic() + 30
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            sys.exit("no go from the test")
        time.sleep(0.005)
    try:
        saved = save()
    except Conflict as error:
        print("not saved:", error, file=sys.stderr)
        sys.exit(1)
    print("saved version", saved.version)
    """
)


@pytest.fixture
def shared(tmp_path: Path) -> tuple[str, Database]:
    url = sqlite_url(tmp_path / "office.db")
    db = open_database(url, account="tester")
    with db.writing() as session:
        ensure_reference_data(session)
    return url, db


def _race(url: str, kind: str, record_id: int, folder: Path) -> dict[str, subprocess.Popen[str]]:
    """Both officers read, then both save at once; their processes, by their text."""
    folder.mkdir()
    children = {
        text: subprocess.Popen(
            [sys.executable, "-c", CHILD, url, kind, str(record_id), text, str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for text in ("Anna", "Bo")
    }
    deadline = time.monotonic() + 60
    while not all((folder / f"read-{text}").exists() for text in children):
        assert time.monotonic() < deadline, "the children did not read the record"
        assert all(child.poll() is None for child in children.values()), _output(children)
        time.sleep(0.01)
    versions = {(folder / f"read-{text}").read_text() for text in children}
    assert len(versions) == 1  # both opened the same version
    (folder / "go").touch()
    for child in children.values():
        child.wait(timeout=60)
    return children


def _output(children: dict[str, subprocess.Popen[str]]) -> str:
    return "\n".join(f"{t}: {c.communicate()}" for t, c in children.items())


@pytest.mark.parametrize("kind", ["incident", "agency"])
def test_two_processes_saving_one_version_one_wins_one_conflicts(
    shared: tuple[str, Database], tmp_path: Path, kind: str
) -> None:
    url, db = shared
    if kind == "incident":
        record_id = incidents.create(
            db, IncidentDraft(datetime(2025, 3, 1, 12, 0), "VAND", "Klotter")
        ).id
    else:
        record_id = roster.create_agency(db, AgencyDraft("Tumba gymnasium", "school")).id
    for round_ in range(ROUNDS):
        before = (
            incidents.get(db, record_id).version
            if kind == "incident"
            else roster.get_agency(db, record_id).version
        )
        children = _race(url, kind, record_id, tmp_path / f"round-{round_}")
        codes = {text: child.returncode for text, child in children.items()}
        assert sorted(codes.values()) == [0, 1], _output(children)
        winner = next(text for text, code in codes.items() if code == 0)
        loser = next(text for text, code in codes.items() if code == 1)
        _, message = children[loser].communicate()
        assert "changed by someone else" in message
        assert "Traceback" not in message
        if kind == "incident":
            stored = incidents.get(db, record_id)
            assert stored.summary == winner
        else:
            stored_agency = roster.get_agency(db, record_id)
            assert stored_agency.notes == winner
            stored = stored_agency  # type: ignore[assignment]
        assert stored.version == before + 1  # one save, not two
    db.close()


def test_the_loser_saves_its_merge_against_the_new_version(
    shared: tuple[str, Database], tmp_path: Path
) -> None:
    """After the race the loser reads the current version and saves again: both
    officers' work ends up stored, nothing overwritten unseen."""
    url, db = shared
    incident = incidents.create(db, IncidentDraft(datetime(2025, 3, 1, 12, 0), "VAND", "Klotter"))
    children = _race(url, "incident", incident.id, tmp_path / "race")
    winner = next(text for text, child in children.items() if child.returncode == 0)
    current = incidents.get(db, incident.id)
    merged = incidents.update(
        db,
        incident.id,
        replace(current.draft(), place="Alby torg"),  # the loser's field, theirs kept
        expected_version=current.version,
    )
    assert (merged.summary, merged.place) == (winner, "Alby torg")
    db.close()
