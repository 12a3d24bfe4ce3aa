"""export-roster, import-roster, roster-pdf."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.i18n import translate
from app.i18n.formats import integer
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    exp = commands.add_parser(
        "export-roster",
        help=translate("roster_command", "write the roster to a vCard file (Outlook)"),
    )
    exp.add_argument("file", type=Path, metavar=translate("roster_command", "FILE.vcf"))
    exp.add_argument(
        "--include-inactive",
        action="store_true",
        help=translate("roster_command", "also people who have left"),
    )
    imp = commands.add_parser(
        "import-roster",
        help=translate("roster_command", "add or update people from a vCard file (all or nothing)"),
    )
    imp.add_argument("file", type=Path, metavar=translate("roster_command", "FILE.vcf"))
    pdf = commands.add_parser(
        "roster-pdf", help=translate("roster_command", "print the joint meeting's contact list")
    )
    pdf.add_argument("file", type=Path, metavar=translate("roster_command", "FILE.pdf"))
    pdf.add_argument(
        "--municipality",
        default="",
        metavar=translate("roster_command", "NAME"),
        help=translate("roster_command", "name in the heading"),
    )
    return {
        "export-roster": export_roster,
        "import-roster": import_roster,
        "roster-pdf": roster_pdf,
    }


def export_roster(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.vcard import export_roster as export

    written = export(db, args.file, include_inactive=args.include_inactive)
    text = translate("roster_command", "exported %Ln people to {file}", None, written)
    return text.format(file=args.file)


def import_roster(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.vcard import import_roster as load

    result = load(db, args.file)
    if result.agencies_created:
        text = translate(
            "roster_command",
            "imported {file}: added %Ln people, updated {updated}, added {agencies} agencies",
            None,
            result.created,
        )
    else:
        text = translate(
            "roster_command",
            "imported {file}: added %Ln people, updated {updated}",
            None,
            result.created,
        )
    return text.format(
        file=args.file, updated=integer(result.updated), agencies=integer(result.agencies_created)
    )


def roster_pdf(db: Database, args: argparse.Namespace) -> str:
    from app.briefing.roster_pdf import write_roster_pdf

    members = write_roster_pdf(db, args.file, municipality=args.municipality)
    text = translate(
        "roster_command",
        "wrote the contact list of %Ln joint-meeting member(s) to {file}",
        None,
        members,
    )
    return text.format(file=args.file)
