"""export-cap, import-cap: one incident as an OASIS CAP 1.2 alert, and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    exp = commands.add_parser("export-cap", help="write one incident as an OASIS CAP 1.2 alert")
    exp.add_argument("reference", metavar="REFERENCE", help="the incident, e.g. 2026-0142")
    exp.add_argument("file", type=Path, metavar="FILE.xml")
    exp.add_argument(
        "--include-secret", action="store_true", help="also when the incident is flagged secret"
    )
    exp.add_argument(
        "--include-description",
        action="store_true",
        help="also the description (free text; by default only the summary leaves the office)",
    )
    imp = commands.add_parser("import-cap", help="add an OASIS CAP 1.2 alert as a new incident")
    imp.add_argument("file", type=Path, metavar="FILE.xml")
    return {"export-cap": _export, "import-cap": _import}


def _export(db: Database, args: argparse.Namespace) -> str:
    from app.services.cap_exchange import export_to_file

    exported = export_to_file(
        db,
        args.reference,
        args.file,
        include_secret=args.include_secret,
        include_description=args.include_description,
    )
    return (
        f"exported incident {exported.reference} (version {exported.version}) "
        f"as CAP alert {exported.identifier} to {args.file}"
    )


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.services.cap_exchange import import_file

    imported = import_file(db, args.file)
    notes = "".join(f"; {note}" for note in imported.notes)
    return (
        f"imported CAP alert {imported.identifier} from {args.file} "
        f"as incident {imported.incident.reference}{notes}"
    )
