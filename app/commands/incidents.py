"""demo, import-incidents, export-incidents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--incidents", type=count, default=2_000, metavar="N")
    demo.add_argument("--seed", type=int, default=None, metavar="S")

    imp = commands.add_parser("import-incidents", help="add the incidents of a CSV file")
    imp.add_argument("file", type=Path, metavar="FILE.csv")

    exp = commands.add_parser("export-incidents", help="write incidents to a CSV file")
    exp.add_argument("file", type=Path, metavar="FILE.csv")
    exp.add_argument("--text", default="", metavar="WORDS", help="free-text search")
    exp.add_argument("--from", dest="date_from", type=day, metavar="DATE")
    exp.add_argument("--to", dest="date_to", type=day, metavar="DATE")
    exp.add_argument("--category", action="append", default=[], metavar="CODE")
    exp.add_argument("--district", action="append", default=[], metavar="NAME")
    exp.add_argument("--severity", action="append", type=_severity, default=[], metavar="N")
    exp.add_argument("--status", action="append", default=[], metavar="S")
    exp.add_argument("--include-secret", action="store_true", help="also incidents flagged secret")
    return {"demo": _demo, "import-incidents": _import, "export-incidents": _export}


def _demo(db: Database, args: argparse.Namespace) -> str:
    from app.demo.generate import generate

    result = generate(db, incidents=args.incidents, seed=args.seed, progress=progress("demo"))
    return (
        f"added {result.incidents:,} demo incidents in {result.districts} districts "
        f"with {result.agencies} agencies, {result.people} people and "
        f"{result.meetings} joint meetings"
    )


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.csv_incidents import import_incidents

    added = import_incidents(db, args.file, progress=progress("import"))
    return f"imported {added:,} incidents from {args.file}"


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
    return f"exported {written:,} incidents to {args.file}"


def progress(label: str) -> Callable[[int, int], bool]:
    """A progress callback that reports on stderr when a person is watching."""
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> bool:
        if interactive and total:
            sys.stderr.write(f"\r{label}: {done:,} of {total:,}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        return True

    return report


def count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _severity(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError("must be 1, 2, 3 or 4")
    return int(text)


def day(text: str) -> date:
    """An argparse type for dates like 2026-11-26."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-26") from None
