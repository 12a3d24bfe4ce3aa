"""Samverkan's entry point: the window by default, sub-commands for the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    from app import cli
    from app.commands import selftest
    from app.i18n import set_language
    from app.settings import DATABASE_ENV

    # Before the arguments are parsed: the command line's help is translated too.
    language, configured_database = _workstation()
    set_language(language)
    args = cli.parse(argv)
    if args.database is None and not os.environ.get(DATABASE_ENV):
        # The database chosen in the settings, for the window and the command line alike.
        args.database = configured_database or None
    if args.command == selftest.COMMAND:
        # Before app.cli.run, which would open the user's database first.
        return selftest.run(args, _window_checks)
    if args.command is not None:
        return cli.run(args)
    return _window(args.database)


def _workstation() -> tuple[str, str]:
    """This user's language and chosen database (ui.workstation): QtCore alone."""
    try:
        from ui import workstation
        from ui.translation import chosen_language
    except ImportError:  # a bundle without Qt still answers on the command line
        from app.i18n import system_language

        return system_language(), ""
    return chosen_language(), workstation.DATABASE.read()


def _window(database: str | None) -> int:
    # Qt's widgets are imported only here: the command line needs QtCore alone.
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
    from app.i18n import translate
    from app.selftest import Outcome

    try:
        from ui.selftest import run_window_checks
    except ImportError as error:
        detail = translate("main", "the window cannot be loaded: {error}").format(error=error)
        outcome = Outcome("window", False, detail)
        report(outcome)
        return [outcome]
    return run_window_checks(space, report)


if __name__ == "__main__":
    sys.exit(main())
