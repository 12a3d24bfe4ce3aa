"""The command line: the same use cases as the screens, for scripts and the impatient.

The sub-command names and options are an interface; keep them stable.
Errors print one line to stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from app import __version__
from app.errors import SamverkanError, ValidationError
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.settings import database_url, log_dir
from app.storage.database import Database, open_database

EXIT_OK, EXIT_USER_ERROR, EXIT_BUG = 0, 1, 2

log = logging.getLogger("samverkan")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverkan",
        description="Samverkan: the desk application of a municipal safety office. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Samverkan {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: $SAMVERKAN_DATABASE, else a file in "
        "your local data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--incidents", type=_count, default=2_000, metavar="N")
    demo.add_argument("--seed", type=int, default=None, metavar="S")

    imp = commands.add_parser("import-incidents", help="add the incidents of a CSV file")
    imp.add_argument("file", type=Path, metavar="FILE.csv")

    exp = commands.add_parser("export-incidents", help="write incidents to a CSV file")
    exp.add_argument("file", type=Path, metavar="FILE.csv")
    exp.add_argument("--text", default="", metavar="WORDS", help="free-text search")
    exp.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    exp.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    exp.add_argument("--category", action="append", default=[], metavar="CODE")
    exp.add_argument("--district", action="append", default=[], metavar="NAME")
    exp.add_argument("--severity", action="append", type=_severity, default=[], metavar="N")
    exp.add_argument("--status", action="append", default=[], metavar="S")
    exp.add_argument("--include-secret", action="store_true", help="also incidents flagged secret")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a sub-command. The caller handles the no-command case (the window)."""
    handlers: dict[str, Callable[[Database, argparse.Namespace], str]] = {
        "demo": _demo,
        "import-incidents": _import,
        "export-incidents": _export,
    }
    try:
        db = open_database(database_url(args.database))
        try:
            message = handlers[args.command](db, args)
        finally:
            db.close()
    except ValidationError as error:
        return _fail(_validation_text(error))
    except SamverkanError as error:
        return _fail(str(error))
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except Exception:
        path = log_exception()
        return _fail(f"unexpected error; the details are in {path}", EXIT_BUG)
    print(message)
    return EXIT_OK


def _demo(db: Database, args: argparse.Namespace) -> str:
    from app.demo.generate import generate

    result = generate(db, incidents=args.incidents, seed=args.seed, progress=_progress("demo"))
    return (
        f"added {result.incidents:,} demo incidents in {result.districts} districts "
        f"with {result.agencies} agencies"
    )


def _import(db: Database, args: argparse.Namespace) -> str:
    from app.exchange.csv_incidents import import_incidents

    added = import_incidents(db, args.file, progress=_progress("import"))
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


def _progress(label: str) -> Callable[[int, int], bool]:
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> bool:
        if interactive and total:
            sys.stderr.write(f"\r{label}: {done:,} of {total:,}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        return True

    return report


def _validation_text(error: ValidationError) -> str:
    where = f"line {error.line}: " if error.line is not None else ""
    return where + "; ".join(f"{field}: {message}" for field, message in error.errors.items())


def _fail(message: str, code: int = EXIT_USER_ERROR) -> int:
    print(f"samverkan: {message}", file=sys.stderr)
    return code


def log_exception() -> Path:
    """Append the current exception's traceback to the log file; returns its path."""
    path = log_dir() / "samverkan.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    try:
        log.exception("unexpected error")
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _severity(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise argparse.ArgumentTypeError("must be 1, 2, 3 or 4")
    return int(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-26") from None


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
