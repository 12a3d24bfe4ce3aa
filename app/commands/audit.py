"""audit, purge-expired.

`audit` exports the audit log. The issue says "administrators only"; the
data protection officer may export too, because reading the log is the
whole of that role (access.READS_AUDIT_LOG). Anyone else is refused by the
service, and the refusal is written to the log.

`purge-expired` erases the closed cases whose retention period has ended.
It needs no role: erasure is the office's duty (see app.services.retention).
With the cases it deletes the copies the application made of the database
file before schema upgrades (`backups/` beside the file) since the first of
them was created: those copies could hold them. It names every copy deleted,
and any it could not delete, which the office must then remove by hand.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.clock import LOCAL_TZ
from app.commands import Handler
from app.services import audit_log, retention
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    audit = commands.add_parser(
        "audit",
        help="export the audit log to a CSV file (administrators and the data protection officer)",
    )
    audit.add_argument(
        "--since", type=day, metavar="DATE", help="only entries from this local date on"
    )
    audit.add_argument("file", type=Path, metavar="FILE.csv")
    commands.add_parser(
        "purge-expired",
        help="erase the closed cases whose retention period has ended, and the "
        "upgrade backups that could hold them",
    )
    return {"audit": _export, "purge-expired": _purge}


def day(text: str) -> date:
    """An argparse type for dates like 2026-11-26."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-26") from None


def _export(db: Database, args: argparse.Namespace) -> str:
    since = None if args.since is None else datetime.combine(args.since, time(), LOCAL_TZ)
    written = audit_log.export_csv(db, args.file, since=since)
    return f"wrote {written} {'entry' if written == 1 else 'entries'} to {args.file}"


def _purge(db: Database, args: argparse.Namespace) -> str:
    result = retention.purge_expired(db)
    if not result.erased:
        return "nothing to erase"
    count = len(result.erased)
    noun = "case" if count == 1 else "cases"
    lines = [f"erased {count} closed {noun}: {', '.join(result.erased)}"]
    if result.backups_deleted:
        lines.append(
            f"deleted {_backups(len(result.backups_deleted))} that could hold "
            f"{'it' if count == 1 else 'them'}: {', '.join(result.backups_deleted)}"
        )
    if result.backups_not_deleted:
        lines.append(
            f"could not delete {_backups(len(result.backups_not_deleted))} that could hold "
            f"{'it' if count == 1 else 'them'}; delete by hand: "
            + ", ".join(result.backups_not_deleted)
        )
    return "\n".join(lines)


def _backups(count: int) -> str:
    return f"{count} upgrade {'backup' if count == 1 else 'backups'}"
