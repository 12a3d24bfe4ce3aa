"""Samverkan's entry point: the window by default, sub-commands for the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from app import cli

    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    return _window(args.database)


def _window(database: str | None) -> int:
    # Qt is imported only here: the command line starts without it.
    from app.errors import SamverkanError
    from app.settings import database_url
    from app.storage.database import open_database

    try:
        # An upgrade backs the file up first; the dated copy of every start is made
        # once the window shows (ui.application), off the critical path.
        db = open_database(database_url(database))
    except SamverkanError as error:
        from ui.application import show_startup_error

        return show_startup_error(str(error))
    from ui.application import run_gui

    return run_gui(db)


if __name__ == "__main__":
    sys.exit(main())
