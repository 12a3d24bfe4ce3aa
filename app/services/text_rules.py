"""Rules every free text must keep, so that what is stored comes back exactly."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.i18n import translate
from app.i18n.formats import integer

# C0 and C1 control characters except tab and newline, and lone surrogates
# (which cannot be encoded, so would be lost on the way to the file).
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAK = re.compile("[\n\r\u2028\u2029\x85]")


def text_problem(value: str, *, max_length: int, multiline: bool = False) -> str | None:
    """Why `value` cannot be stored, or None when it can.

    Accepted text is stored exactly as given, \\r\\n line ends included.
    """
    if not value:
        return None
    if len(value) > max_length:
        return too_long(len(value), max_length)
    if not multiline and _LINE_BREAK.search(value):
        return translate("text_rules", "must be a single line")
    bad = _FORBIDDEN.search(value.replace("\r", "") if multiline else value)
    if bad is None:
        return None
    char = bad.group()
    if char == "\x00":
        return translate("text_rules", "contains a NUL character")
    if 0xD800 <= ord(char) <= 0xDFFF:
        return translate("text_rules", "contains a broken character (a lone surrogate)")
    return translate("text_rules", "contains an invisible control character ({code})").format(
        code=f"U+{ord(char):04X}"
    )


def too_long(length: int, max_length: int) -> str:
    """The message of a text longer than its field takes."""
    return translate("text_rules", "is too long: {length} characters, at most {limit}").format(
        length=integer(length), limit=integer(max_length)
    )


def required_problem() -> str:
    """The message of a required field left empty."""
    return translate("text_rules", "is required")


def not_text() -> str:
    """The message of a value that should have been text (a program's mistake, shown too)."""
    return translate("text_rules", "must be text")


def lookup_problem(name: str, *, max_length: int = 200) -> str | None:
    """Why `name` cannot be looked up in the database, or None when it can.

    A name that could never have been stored (a NUL, a lone surrogate, which
    the driver cannot even encode) is refused before the query, with the same
    words as a stored text, instead of failing inside the driver.
    """
    if not isinstance(name, str):
        return not_text()
    return text_problem(name, max_length=max_length)


def quoted(text: str) -> str:
    """A value the user typed, quoted the language's way ('Alby', ”Alby”) for a message;
    what cannot be shown as it is (control characters) is escaped as Python would."""
    shown = text if text.isprintable() else repr(text)[1:-1]
    return translate("text_rules", "'{text}'").format(text=shown)


def not_a_date() -> str:
    return translate("text_rules", "must be a date")


def in_the_future() -> str:
    return translate("text_rules", "cannot be in the future")


def unknown_district(name: str) -> str:
    return translate("text_rules", "unknown district {name}").format(name=quoted(name))


def unknown_agencies(names: Sequence[str]) -> str:
    """ "unknown agency 'X', 'Y'" for the names no agency has."""
    return translate("text_rules", "unknown agency {names}").format(
        names=", ".join(quoted(n) for n in names)
    )
