"""demo, import-incidents, export-incidents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.commands.arguments import count, day, whole_number
from app.i18n import translate
from app.i18n.formats import integer
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    demo = commands.add_parser(
        "demo", help=translate("incidents_command", "fill the database with demo data")
    )
    demo.add_argument(
        "--incidents",
        type=count,
        default=2_000,
        metavar="N",
        help=translate("incidents_command", "how many demo incidents (default: 2000)"),
    )
    demo.add_argument(
        "--seed",
        type=whole_number,
        default=None,
        metavar="S",
        help=translate("incidents_command", "the same seed makes the same demo data"),
    )

    imp = commands.add_parser(
        "import-incidents", help=translate("incidents_command", "add the incidents of a CSV file")
    )
    imp.add_argument("file", type=Path, metavar=translate("incidents_command", "FILE.csv"))

    exp = commands.add_parser(
        "export-incidents", help=translate("incidents_command", "write incidents to a CSV file")
    )
    exp.add_argument("file", type=Path, metavar=translate("incidents_command", "FILE.csv"))
    exp.add_argument(
        "--text",
        default="",
        metavar=translate("incidents_command", "WORDS"),
        help=translate("incidents_command", "free-text search"),
    )
    exp.add_argument(
        "--from",
        dest="date_from",
        type=day,
        metavar=translate("incidents_command", "DATE"),
        help=translate("incidents_command", "only incidents from this day on"),
    )
    exp.add_argument(
        "--to",
        dest="date_to",
        type=day,
        metavar=translate("incidents_command", "DATE"),
        help=translate("incidents_command", "only incidents up to this day"),
    )
    exp.add_argument(
        "--category",
        action="append",
        default=[],
        metavar=translate("incidents_command", "CODE"),
        help=translate("incidents_command", "only this category (FIRE); may be repeated"),
    )
    exp.add_argument(
        "--district",
        action="append",
        default=[],
        metavar=translate("incidents_command", "NAME"),
        help=translate("incidents_command", "only this district; may be repeated"),
    )
    exp.add_argument(
        "--severity",
        action="append",
        type=_severity,
        default=[],
        metavar="N",
        help=translate("incidents_command", "only this severity, 1 to 4; may be repeated"),
    )
    exp.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="S",
        help=translate(
            "incidents_command",
            "only this status (new, ongoing, follow_up, closed); may be repeated",
        ),
    )
    exp.add_argument(
        "--include-secret",
        action="store_true",
        help=translate("incidents_command", "also incidents flagged secret"),
    )
    return {"demo": _demo, "import-incidents": _import, "export-incidents": _export}


def _demo(db: Database, args: argparse.Namespace) -> str:
    from app.demo.generate import generate

    label = translate("incidents_command", "demo")
    result = generate(db, incidents=args.incidents, seed=args.seed, progress=progress(label))
    return translate(
        "incidents_command",
        "added %Ln demo incident(s) in {districts} districts with {agencies} agencies, "
        "{people} people and {meetings} joint meetings",
        None,
        result.incidents,
    ).format(
        districts=integer(result.districts),
        agencies=integer(result.agencies),
        people=integer(result.people),
        meetings=integer(result.meetings),
    )


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.csv_incidents import import_incidents

    label = translate("incidents_command", "import")
    added = import_incidents(db, args.file, progress=progress(label))
    text = translate("incidents_command", "imported %Ln incident(s) from {file}", None, added)
    return text.format(file=args.file)


def _export(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.csv_incidents import export_incidents

    query = IncidentQuery(
        IncidentFilter(
            text=args.text,
            date_from=args.date_from,
            date_to=args.date_to,
            categories=tuple(args.category),
            districts=tuple(args.district),
            severities=tuple(args.severity),
            statuses=tuple(args.status),
            include_secret=args.include_secret,
        )
    )
    written = export_incidents(db, args.file, query)
    text = translate("incidents_command", "exported %Ln incident(s) to {file}", None, written)
    return text.format(file=args.file)


def progress(label: str) -> Callable[[int, int], bool]:
    """A progress callback that reports on stderr when a person is watching."""
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> bool:
        if interactive and total:
            text = translate("incidents_command", "{task}: {done} of {total}")
            sys.stderr.write(
                "\r" + text.format(task=label, done=integer(done), total=integer(total))
            )
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        return True

    return report


def _severity(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError(translate("incidents_command", "must be 1, 2, 3 or 4"))
    return int(text)
