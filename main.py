"""Samverkan's entry point: the window by default, sub-commands for the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    from app import cli
    from app.commands import selftest

    args = cli.parse(argv)
    if args.command == selftest.COMMAND:
        # Before app.cli.run, which would open the user's database first.
        return selftest.run(args, _window_checks)
    if args.command is not None:
        return cli.run(args)
    return _window(args.database)


def _window(database: str | None) -> int:
    # Qt is imported only here: the command line starts without it.
    from app.errors import SamverkanError
    from app.settings import database_url
    from app.storage.database import open_database
    from ui.single_instance import SingleInstance, instance_key

    url = database_url(database)
    # A second start on the same database brings the first window forward and
    # ends here, before it opens (or upgrades, or backs up) anything.
    instance = SingleInstance(instance_key(url))
    if instance.hand_over():
        return 0
    from ui.application import create_application, run_gui, show_startup_error

    create_application()
    if not instance.listen() and instance.hand_over():
        return 0  # another start won the same moment: it has the window
    try:
        # An upgrade backs the file up first; the dated copy of every start is made
        # once the window shows (ui.application), off the critical path.
        db = open_database(url)
    except SamverkanError as error:
        instance.close()
        return show_startup_error(str(error))
    return run_gui(db, instance)


def _window_checks(space: Any, report: Any) -> list[Any]:
    """The self-test's window part (ui.selftest), loaded only now: the command line
    starts without Qt, and a bundle missing Qt says so as a failed check."""
    from app.selftest import Outcome

    try:
        from ui.selftest import run_window_checks
    except ImportError as error:
        outcome = Outcome("window", False, f"the window cannot be loaded: {error}")
        report(outcome)
        return [outcome]
    return run_window_checks(space, report)


if __name__ == "__main__":
    sys.exit(main())
