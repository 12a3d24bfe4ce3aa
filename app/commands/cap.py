"""export-cap, import-cap: one incident as an OASIS CAP 1.2 alert, and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.i18n import translate
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    exp = commands.add_parser(
        "export-cap", help=translate("cap_command", "write one incident as an OASIS CAP 1.2 alert")
    )
    exp.add_argument(
        "reference",
        metavar=translate("cap_command", "REFERENCE"),
        help=translate("cap_command", "the incident, e.g. 2026-0142"),
    )
    exp.add_argument("file", type=Path, metavar=translate("cap_command", "FILE.xml"))
    exp.add_argument(
        "--include-secret",
        action="store_true",
        help=translate("cap_command", "also when the incident is flagged secret"),
    )
    exp.add_argument(
        "--include-description",
        action="store_true",
        help=translate(
            "cap_command",
            "also the description (free text; by default only the summary leaves the office)",
        ),
    )
    imp = commands.add_parser(
        "import-cap", help=translate("cap_command", "add an OASIS CAP 1.2 alert as a new incident")
    )
    imp.add_argument("file", type=Path, metavar=translate("cap_command", "FILE.xml"))
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
    return translate(
        "cap_command",
        "exported incident {reference} (version {version}) as CAP alert {identifier} to {file}",
    ).format(
        reference=exported.reference,
        version=exported.version,
        identifier=exported.identifier,
        file=args.file,
    )


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.services.cap_exchange import import_file

    imported = import_file(db, args.file)
    text = translate(
        "cap_command", "imported CAP alert {identifier} from {file} as incident {reference}"
    ).format(identifier=imported.identifier, file=args.file, reference=imported.incident.reference)
    # The notes come translated from the service.
    return "".join([text, *(f"; {note}" for note in imported.notes)])
