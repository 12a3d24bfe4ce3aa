"""The meeting sub-commands, through a fresh parser and the module's register()."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from app.commands import Handler
from app.commands import meetings as meeting_commands
from app.errors import NotFound
from app.storage.database import Database
from tests.services.meeting_support import add_meeting

pytestmark = pytest.mark.usefixtures("fixed_clock")


def _run(db: Database, *argv: str) -> str:
    parser = argparse.ArgumentParser()
    handlers: dict[str, Handler] = meeting_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return handlers[args.command](db, args)


def test_meetings_lists_upcoming_then_past(db: Database) -> None:
    assert _run(db, "meetings") == "no meetings"
    past = add_meeting(
        db,
        title="Oktobermötet",
        starts_at=datetime(2026, 10, 1, 9),
        ends_at=datetime(2026, 10, 1, 11),
    )
    coming = add_meeting(db, title="Decembermötet")
    lines = _run(db, "meetings").splitlines()
    assert lines == [
        "Upcoming:",
        f"{coming.id:>6}  2026-12-03 09:00  Decembermötet",
        "",
        "Past:",
        f"{past.id:>6}  2026-10-01 09:00  Oktobermötet",
    ]


def test_export_meeting_writes_the_invitation(db: Database, tmp_path: Path) -> None:
    meeting = add_meeting(db)
    path = tmp_path / "inbjudan.ics"
    assert str(path) in _run(db, "export-meeting", str(meeting.id), str(path))
    event = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]) == meeting.uid
    with pytest.raises(NotFound):
        _run(db, "export-meeting", "9999", str(path))
