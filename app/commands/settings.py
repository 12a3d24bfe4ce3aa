"""settings: list the office's settings, or change one (administrators only).

    samverkan settings                          every setting as `key = value`
    samverkan settings retention_years          one of them
    samverkan settings retention_years 5        change it
    samverkan settings logo_path ""             clear it

A relative logo path is stored as an absolute one (from the current folder).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands import Handler
from app.errors import ValidationError
from app.i18n import translate
from app.services import office_settings
from app.storage.database import Database


def register(commands: Any) -> dict[str, Handler]:
    parser = commands.add_parser(
        "settings",
        help=translate(
            "settings_command", "list the office's settings, or change one (administrators only)"
        ),
        description=translate(
            "settings_command",
            "Without KEY, list every setting; with KEY, show it; with KEY and VALUE, change "
            "it (administrators only). Settings: {settings}",
        ).format(settings=", ".join(office_settings.SETTINGS)),
    )
    parser.add_argument("key", nargs="?", metavar=translate("settings_command", "KEY"))
    parser.add_argument("value", nargs="?", metavar=translate("settings_command", "VALUE"))
    return {"settings": _settings}


def _settings(db: Database, args: argparse.Namespace) -> str:
    current = office_settings.all_settings(db)
    if args.key is None:
        return "\n".join(_line(key, value) for key, value in current.items())
    if args.key not in office_settings.SETTINGS:
        message = translate("settings_command", "is not a setting; the settings are {settings}")
        raise ValidationError(
            {args.key: message.format(settings=", ".join(office_settings.SETTINGS))}
        )
    if args.value is None:
        return _line(args.key, current[args.key])
    changed = office_settings.set_settings(db, {args.key: args.value})
    if args.key not in changed:
        return translate("settings_command", "{setting} (unchanged)").format(
            setting=_line(args.key, current[args.key])
        )
    return _line(args.key, changed[args.key])


def _line(key: str, value: str) -> str:
    return f"{key} = {value}".rstrip()
