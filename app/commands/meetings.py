"""meetings, export-meeting."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.clock import to_local
from app.commands import Handler
from app.commands.arguments import whole_number
from app.i18n import translate
from app.services import meetings
from app.services.meeting_types import MeetingRow
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    commands.add_parser(
        "meetings", help=translate("meetings_command", "list the joint meetings, upcoming and past")
    )
    exp = commands.add_parser(
        "export-meeting",
        help=translate("meetings_command", "write a meeting's invitation to an iCalendar file"),
    )
    exp.add_argument("meeting_id", type=whole_number, metavar="ID")
    exp.add_argument("file", type=Path, metavar=translate("meetings_command", "FILE.ics"))
    return {"meetings": _list, "export-meeting": _export}


def _list(db: Database, args: argparse.Namespace) -> str:
    listed = meetings.list_meetings(db)
    if not listed.upcoming and not listed.past:
        return translate("meetings_command", "no meetings")
    lines: list[str] = []
    headings = (
        (translate("meetings_command", "Upcoming:"), listed.upcoming),
        (translate("meetings_command", "Past:"), listed.past),
    )
    for heading, rows in headings:
        if rows:
            if lines:
                lines.append("")
            lines.append(heading)
            lines += [_line(row) for row in rows]
    return "\n".join(lines)


def _line(row: MeetingRow) -> str:
    # The id first and the time in ISO: scripts read this table too.
    start = to_local(row.starts_at)
    return f"{row.id:>6}  {start:%Y-%m-%d %H:%M}  {row.title}"


def _export(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.ics import export_meeting

    meeting = export_meeting(db, args.meeting_id, args.file)
    return translate("meetings_command", 'wrote the invitation to "{title}" to {file}').format(
        title=meeting.title, file=args.file
    )
