"""Typed errors that services raise and screens and the command line present.

A screen shows a ValidationError next to its fields, the command line prints
one line per field; neither ever shows a traceback for these.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

from app.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate


class SamverkanError(Exception):
    """Base of every error a user is meant to read."""


class ValidationError(SamverkanError):
    """One or more fields were refused. `errors` maps a field name to its message."""

    def __init__(self, errors: Mapping[str, str], *, line: int | None = None) -> None:
        self.errors: dict[str, str] = dict(errors)
        self.line = line
        super().__init__(describe_problems(self.errors, line))


def describe_problems(errors: Mapping[str, str], line: int | None = None) -> str:
    """ "field: message; field: message", after "line 12: " when a file's line is known.

    In English the field names are the identifiers (the CSV's English column
    names, an option); in Swedish their Swedish names (the Swedish CSV headers,
    as the screens show them: field_name). The messages arrive translated; the
    line's prefix is translated here.
    """
    english = language() == SOURCE_LANGUAGE
    problems = "; ".join(
        f"{field if english else field_name(field)}: {message}" for field, message in errors.items()
    )
    if line is None:
        return problems
    return translate("errors", "line {line}: {problems}").format(line=line, problems=problems)


def field_name(field: str) -> str:
    """A ValidationError's field as a person reads it, in the current language.

    A key ("occurred_at") is looked up by its words ("occurred at") in the
    "ValidationField" context, where app/field_names.py marks every key a file's
    or an action's problems are reported on; a key not
    marked there shows its words. Any other text (a key already built to be read,
    "notice 41, summary") stands as it is.
    """
    words = field.replace("_", " ") if field.isidentifier() else field
    return translate("ValidationField", words)


class NotFound(SamverkanError):
    """The record asked for does not exist (any more)."""


class Conflict(SamverkanError):
    """Somebody else changed the record since it was opened, or a unique value is taken.

    A stale save carries the record as it is stored now (`current`, the service's
    plain value: an Incident, a Person, a Meeting …), so that an editor can show
    both versions side by side and save a merge against the current version.
    """

    def __init__(self, message: str, *, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class AccessDenied(SamverkanError):
    """The current user may not do this.

    When the refusal concerns a case, the case travels with it so that the
    refusal can be written to the audit log after the refused work is undone.
    """

    def __init__(self, message: str, *, case_id: int | None = None, case_number: str = "") -> None:
        super().__init__(message)
        self.case_id = case_id
        self.case_number = case_number


class StorageProblem(SamverkanError):
    """A known problem of the environment: locked, read-only, full or newer database."""


# errno → what the officer reads: the C library's own text is English on every
# system (and Windows' sharing violation has no errno of its own).
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("os_errors", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("os_errors", "no permission (or the file is open elsewhere)"),
    errno.EPERM: QT_TRANSLATE_NOOP("os_errors", "no permission"),
    errno.EISDIR: QT_TRANSLATE_NOOP("os_errors", "is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("os_errors", "a part of the path is not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("os_errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("os_errors", "the disk is read-only"),
    errno.EBUSY: QT_TRANSLATE_NOOP("os_errors", "in use by another program"),
    errno.EEXIST: QT_TRANSLATE_NOOP("os_errors", "already exists"),
}
_WINDOWS_SHARING_VIOLATION = 32


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the current language."""
    if getattr(error, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        return translate("os_errors", "in use by another program")
    source = _OS_REASONS.get(error.errno or 0)
    if source is not None:
        return translate("os_errors", source)
    return str(error.strerror or error)


def os_problem(error: OSError) -> str:
    """ "<file>: <reason>", or the reason alone when the error names no file."""
    reason = os_reason(error)
    return f"{error.filename}: {reason}" if error.filename else reason
