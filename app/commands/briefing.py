"""briefing: the situation briefing for a joint meeting (or a period) as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.commands.audit import day
from app.errors import ValidationError
from app.services.situation_types import Period
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    briefing = commands.add_parser(
        "briefing",
        help="write the situation briefing (lägesbild) for a meeting or a period as a PDF",
    )
    briefing.add_argument(
        "--meeting", type=int, metavar="ID", help="the meeting; its period is since the last one"
    )
    briefing.add_argument("--from", dest="start", type=day, metavar="DATE")
    briefing.add_argument("--to", dest="end", type=day, metavar="DATE")
    briefing.add_argument("--lang", choices=("sv", "en"), default="sv")
    briefing.add_argument(
        "--appendix", action="store_true", help="add every incident of the period as a table"
    )
    briefing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return {"briefing": _briefing}


def _briefing(db: Database, args: argparse.Namespace) -> str:
    from app.briefing.briefing_data import gather_briefing
    from app.briefing.briefing_pdf import write_briefing

    _check_arguments(args)
    data = gather_briefing(
        db,
        meeting_id=args.meeting,
        period=_period(args),
        language=args.lang,
        appendix=args.appendix,
    )
    pages = write_briefing(data, args.out)
    return f"wrote {pages} {'page' if pages == 1 else 'pages'} to {args.out}"


def _check_arguments(args: argparse.Namespace) -> None:
    """The mistakes that need no database, refused before the (long) gathering, naming
    the path as the user typed it."""
    errors: dict[str, str] = {}
    if args.meeting is not None and (args.start is not None or args.end is not None):
        errors["meeting"] = (
            "give either --meeting (its period is since the last one) or --from and --to, not both"
        )
    out: Path = args.out
    folder = out.parent
    if out.is_dir():
        errors["out"] = f"{out} is a folder; give the file to write, such as {out / 'briefing.pdf'}"
    elif not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        errors["out"] = f"the folder {folder} {problem}"
    if errors:
        raise ValidationError(errors)


def _period(args: argparse.Namespace) -> Period | None:
    if args.start is None and args.end is None:
        return None
    errors = {}
    if args.start is None:
        errors["from"] = "give the first day of the period too"
    if args.end is None:
        errors["to"] = "give the last day of the period too"
    if errors:
        raise ValidationError(errors)
    return Period(args.start, args.end)
