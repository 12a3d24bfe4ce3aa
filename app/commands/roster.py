"""export-roster, import-roster, roster-pdf."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    exp = commands.add_parser("export-roster", help="write the roster to a vCard file (Outlook)")
    exp.add_argument("file", type=Path, metavar="FILE.vcf")
    exp.add_argument("--include-inactive", action="store_true", help="also people who have left")
    imp = commands.add_parser(
        "import-roster", help="add or update people from a vCard file (all or nothing)"
    )
    imp.add_argument("file", type=Path, metavar="FILE.vcf")
    pdf = commands.add_parser("roster-pdf", help="print the joint meeting's contact list")
    pdf.add_argument("file", type=Path, metavar="FILE.pdf")
    pdf.add_argument("--municipality", default="", metavar="NAME", help="name in the heading")
    return {
        "export-roster": export_roster,
        "import-roster": import_roster,
        "roster-pdf": roster_pdf,
    }


def export_roster(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.vcard import export_roster as export

    written = export(db, args.file, include_inactive=args.include_inactive)
    return f"exported {written} people to {args.file}"


def import_roster(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.vcard import import_roster as load

    result = load(db, args.file)
    agencies = f", added {result.agencies_created} agencies" if result.agencies_created else ""
    return (
        f"imported {args.file}: added {result.created} people, updated {result.updated}{agencies}"
    )


def roster_pdf(db: Database, args: argparse.Namespace) -> str:
    from app.briefing.roster_pdf import write_roster_pdf

    members = write_roster_pdf(db, args.file, municipality=args.municipality)
    return f"wrote the contact list of {members} joint-meeting members to {args.file}"
