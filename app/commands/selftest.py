"""self-test: check that this installation works, without touching the user's data.

Unlike the other sub-commands it opens no database of the user's: main.py runs
it before app.cli would open one (see `run`). The lines it prints and its exit
code (0 all passed, 1 otherwise) are an interface: the Windows build runs it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import Handler
from app.errors import os_reason
from app.i18n import translate

if TYPE_CHECKING:
    from app.selftest import MoreChecks

COMMAND = "self-test"


def register(commands: Any) -> dict[str, Handler]:
    parser = commands.add_parser(
        COMMAND,
        help=translate(
            "selftest_command",
            "check this installation: make a database in a temporary folder, write a "
            "briefing and a CAP alert, show every page offscreen; exits 0 when all worked "
            "(your own database, settings and data folder are not touched; --database is "
            "ignored)",
        ),
    )
    parser.add_argument(
        "--output",
        type=Path,
        metavar=translate("selftest_command", "FILE"),
        help=translate(
            "selftest_command",
            "also write the lines to FILE (a windowed build has no console to print to)",
        ),
    )
    # No handler: main.py calls run() before any database is opened.
    return {}


def run(args: argparse.Namespace, window_checks: MoreChecks | None) -> int:
    """Run every check, print a line for each and a summary; 0 only when all passed.

    `window_checks` paints the window's pages: given by main.py, which knows the
    screens (app/ does not import ui/)."""
    from app import selftest

    started = time.monotonic()
    lines: list[str] = []

    def report(outcome: selftest.Outcome) -> None:
        _say(outcome.line(), lines)

    outcomes = selftest.run_all(report, window_checks)
    _say(selftest.summary(outcomes, time.monotonic() - started), lines)
    output: Path | None = getattr(args, "output", None)
    if output is not None:
        try:
            output.write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as error:
            message = translate("selftest_command", "cannot write {file}: {reason}").format(
                file=output, reason=os_reason(error)
            )
            print(f"samverkan: {message}", file=sys.stderr)
            return 1
    return 0 if outcomes and all(o.ok for o in outcomes) else 1


def _say(line: str, lines: list[str]) -> None:
    lines.append(line)
    # A windowed build on Windows has no console: sys.stdout is None there.
    if sys.stdout is not None:
        print(line, flush=True)
