"""The command line: the same use cases as the screens, for scripts and the impatient.

The sub-command names and options are an interface; keep them stable.
Errors print one line to stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.commands import Handler
from app.commands import audit as audit_commands
from app.commands import briefing as briefing_commands
from app.commands import cap as cap_commands
from app.commands import cases as case_commands
from app.commands import incidents as incident_commands
from app.commands import maintenance as maintenance_commands
from app.commands import meetings as meeting_commands
from app.commands import police as police_commands
from app.commands import roster as roster_commands
from app.commands import selftest as selftest_commands
from app.commands import settings as settings_commands
from app.commands.arguments import install_argparse_texts
from app.errors import SamverkanError, ValidationError, describe_problems, os_reason
from app.i18n import translate
from app.settings import database_url, log_dir
from app.storage.database import open_database

EXIT_OK, EXIT_USER_ERROR, EXIT_BUG = 0, 1, 2

log = logging.getLogger("samverkan")

# Each module adds its sub-commands (see app.commands).
COMMAND_MODULES = (
    incident_commands,
    police_commands,
    cap_commands,
    roster_commands,
    meeting_commands,
    case_commands,
    audit_commands,
    briefing_commands,
    settings_commands,
    maintenance_commands,
    selftest_commands,
)
HANDLERS: dict[str, Handler] = {}


def build_parser() -> argparse.ArgumentParser:
    """The parser in the current language (app.i18n): build it after main.py chose one."""
    install_argparse_texts()
    parser = argparse.ArgumentParser(
        prog="samverkan",
        description=translate(
            "cli",
            "Samverkan: the desk application of a municipal safety office. "
            "Without a command it opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Samverkan {__version__}",
        help=translate("cli", "show the program's version number and exit"),
    )
    parser.add_argument(
        "--database",
        metavar=translate("cli", "PATH_OR_URL"),
        help=translate(
            "cli",
            "SQLite file or database URL (default: $SAMVERKAN_DATABASE, else a file in "
            "your local data folder)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    for module in COMMAND_MODULES:
        HANDLERS.update(module.register(commands))
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a sub-command. The caller handles the no-command case (the window)."""
    try:
        url = database_url(args.database)
        if args.command in maintenance_commands.WITHOUT_OPENING:
            # restore must work on a database that cannot be opened (damaged, too new).
            message = maintenance_commands.WITHOUT_OPENING[args.command](url, args)
        else:
            db = open_database(url)
            try:
                message = HANDLERS[args.command](db, args)
            finally:
                db.close()
    except ValidationError as error:
        return _fail(describe_problems(error.errors, error.line))
    except SamverkanError as error:
        return _fail(str(error))
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{os_reason(error)}{where}")
    except Exception:
        path = log_exception()
        message = translate("cli", "unexpected error; the details are in {path}")
        return _fail(message.format(path=path), EXIT_BUG)
    print(message)
    return EXIT_OK


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


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
