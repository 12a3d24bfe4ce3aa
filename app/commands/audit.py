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
from datetime import datetime, time
from pathlib import Path
from typing import Any

from app.clock import LOCAL_TZ
from app.commands import Handler
from app.commands.arguments import day
from app.i18n import translate
from app.services import audit_log, retention
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    audit = commands.add_parser(
        "audit",
        help=translate(
            "audit_command",
            "export the audit log to a CSV file (administrators and the data protection officer)",
        ),
    )
    audit.add_argument(
        "--since",
        type=day,
        metavar=translate("audit_command", "DATE"),
        help=translate("audit_command", "only entries from this local date on"),
    )
    audit.add_argument("file", type=Path, metavar=translate("audit_command", "FILE.csv"))
    commands.add_parser(
        "purge-expired",
        help=translate(
            "audit_command",
            "erase the closed cases whose retention period has ended, and the "
            "upgrade backups that could hold them",
        ),
    )
    return {"audit": _export, "purge-expired": _purge}


def _export(db: Database, args: argparse.Namespace) -> str:
    since = None if args.since is None else datetime.combine(args.since, time(), LOCAL_TZ)
    written = audit_log.export_csv(db, args.file, since=since)
    text = translate("audit_command", "wrote %Ln entry(ies) to {file}", None, written)
    return text.format(file=args.file)


def _purge(db: Database, args: argparse.Namespace) -> str:
    result = retention.purge_expired(db)
    if not result.erased:
        return translate("audit_command", "nothing to erase")
    count = len(result.erased)
    erased = translate("audit_command", "erased %Ln closed case(s): {cases}", None, count)
    lines = [erased.format(cases=", ".join(result.erased))]
    deleted, kept = result.backups_deleted, result.backups_not_deleted
    # "it" or "them" are the erased cases: two whole sentences, each counting the copies.
    if deleted:
        if count == 1:
            text = translate(
                "audit_command",
                "deleted %Ln upgrade backup(s) that could hold it: {files}",
                None,
                len(deleted),
            )
        else:
            text = translate(
                "audit_command",
                "deleted %Ln upgrade backup(s) that could hold them: {files}",
                None,
                len(deleted),
            )
        lines.append(text.format(files=", ".join(deleted)))
    if kept:
        if count == 1:
            text = translate(
                "audit_command",
                "could not delete %Ln upgrade backup(s) that could hold it; "
                "delete by hand: {files}",
                None,
                len(kept),
            )
        else:
            text = translate(
                "audit_command",
                "could not delete %Ln upgrade backup(s) that could hold them; "
                "delete by hand: {files}",
                None,
                len(kept),
            )
        lines.append(text.format(files=", ".join(kept)))
    return "\n".join(lines)
