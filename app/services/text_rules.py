"""Rules every free text must keep, so that what is stored comes back exactly."""

from __future__ import annotations

import re

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
        return f"is too long: {len(value):,} characters, at most {max_length:,}"
    if not multiline and _LINE_BREAK.search(value):
        return "must be a single line"
    bad = _FORBIDDEN.search(value.replace("\r", "") if multiline else value)
    if bad is None:
        return None
    char = bad.group()
    if char == "\x00":
        return "contains a NUL character"
    if 0xD800 <= ord(char) <= 0xDFFF:
        return "contains a broken character (a lone surrogate)"
    return f"contains an invisible control character (U+{ord(char):04X})"


def lookup_problem(name: str, *, max_length: int = 200) -> str | None:
    """Why `name` cannot be looked up in the database, or None when it can.

    A name that could never have been stored (a NUL, a lone surrogate, which
    the driver cannot even encode) is refused before the query, with the same
    words as a stored text, instead of failing inside the driver.
    """
    if not isinstance(name, str):
        return "must be text"
    return text_problem(name, max_length=max_length)
