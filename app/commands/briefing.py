"""briefing: the situation briefing for a joint meeting (or a period) as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import Handler
from app.commands.arguments import day, whole_number
from app.errors import ValidationError
from app.i18n import language, translate
from app.services.situation_types import Period
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    briefing = commands.add_parser(
        "briefing",
        help=translate(
            "briefing_command",
            "write the situation briefing (lägesbild) for a meeting or a period as a PDF",
        ),
    )
    briefing.add_argument(
        "--meeting",
        type=whole_number,
        metavar="ID",
        help=translate("briefing_command", "the meeting; its period is since the last one"),
    )
    briefing.add_argument(
        "--from",
        dest="start",
        type=day,
        metavar=translate("briefing_command", "DATE"),
        help=translate("briefing_command", "the first day of the period (with --to)"),
    )
    briefing.add_argument(
        "--to",
        dest="end",
        type=day,
        metavar=translate("briefing_command", "DATE"),
        help=translate("briefing_command", "the last day of the period (with --from)"),
    )
    briefing.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=None,
        help=translate(
            "briefing_command", "the briefing's language (default: the language you work in)"
        ),
    )
    briefing.add_argument(
        "--appendix",
        action="store_true",
        help=translate("briefing_command", "add every incident of the period as a table"),
    )
    briefing.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("briefing_command", "FILE.pdf"),
        help=translate("briefing_command", "the PDF file to write"),
    )
    return {"briefing": _briefing}


def _briefing(db: Database, args: argparse.Namespace) -> str:
    from app.briefing.briefing_data import gather_briefing
    from app.briefing.briefing_pdf import write_briefing

    _check_arguments(args)
    data = gather_briefing(
        db,
        meeting_id=args.meeting,
        period=_period(args),
        language=args.lang or language(),
        appendix=args.appendix,
    )
    pages = write_briefing(data, args.out)
    text = translate("briefing_command", "wrote %Ln page(s) to {file}", None, pages)
    return text.format(file=args.out)


def _check_arguments(args: argparse.Namespace) -> None:
    """The mistakes that need no database, refused before the (long) gathering, naming
    the path as the user typed it."""
    errors: dict[str, str] = {}
    if args.meeting is not None and (args.start is not None or args.end is not None):
        errors["meeting"] = translate(
            "briefing_command",
            "give either --meeting (its period is since the last one) or --from and --to, not both",
        )
    out: Path = args.out
    folder = out.parent
    if out.is_dir():
        errors["out"] = translate(
            "briefing_command", "{path} is a folder; give the file to write, such as {example}"
        ).format(path=out, example=out / "briefing.pdf")
    elif folder.exists() and not folder.is_dir():
        errors["out"] = translate("briefing_command", "the folder {folder} is not a folder").format(
            folder=folder
        )
    elif not folder.exists():
        errors["out"] = translate("briefing_command", "the folder {folder} does not exist").format(
            folder=folder
        )
    if errors:
        raise ValidationError(errors)


def _period(args: argparse.Namespace) -> Period | None:
    if args.start is None and args.end is None:
        return None
    errors = {}
    if args.start is None:
        errors["from"] = translate("briefing_command", "give the first day of the period too")
    if args.end is None:
        errors["to"] = translate("briefing_command", "give the last day of the period too")
    if errors:
        raise ValidationError(errors)
    return Period(args.start, args.end)
