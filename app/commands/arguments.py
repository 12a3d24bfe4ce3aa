"""The command line's argument types, and argparse's own phrases in the officer's language.

argparse writes "usage:", "options", "error:", "the following arguments are
required: …" itself, through the module-level names `_` (gettext) that its
functions look up each time they run. Those phrases come from the standard
library's gettext domain, which has no Swedish, so they would stay English.
`install_argparse_texts` points argparse's `_` at our catalog instead (context
"argparse"), with each phrase marked below so that lupdate extracts it; a phrase
not in the catalog is shown as argparse wrote it. The current language is looked
up at each call, so the hook is harmless in English. tests/test_cli_language.py
checks that `samverkan --help` speaks Swedish, which fails should a future
Python stop looking `_` up in argparse's module.

argparse's `ngettext` is left alone: its one message a person could meet
("expected %s arguments") needs an option with a fixed number of values, which
no command has.
"""

from __future__ import annotations

import argparse
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP, translate

# What argparse says to a person (Python 3.11 to 3.13), exactly as it writes them:
# %(name)s and %s are filled by argparse after translation and must be kept.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(message: str) -> str:
    # argparse also passes None (an absent description) through `_`.
    if not message:
        return message
    return translate("argparse", message)


def install_argparse_texts() -> None:
    """Make argparse's own phrases come from our catalog (see the module's note)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]


# ---------------------------------------------------------------- argument types


def day(text: str) -> date:
    """An argparse type for dates like 2026-11-26 (ISO, in either language)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("arguments", "{value} is not a date like 2026-11-26")
        raise argparse.ArgumentTypeError(message.format(value=repr(text))) from None


def whole_number(text: str) -> int:
    """An argparse type for a whole number (an id, a seed)."""
    try:
        return int(text)
    except ValueError:
        message = translate("arguments", "{value} is not a whole number")
        raise argparse.ArgumentTypeError(message.format(value=repr(text))) from None


def count(text: str) -> int:
    """An argparse type for a number of things: 0 or more."""
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(translate("arguments", "must be 0 or more"))
    return value
