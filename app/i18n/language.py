"""Which language the texts are in: chosen once at start, for the whole process.

main.py sets it before the command line parses its arguments or the window
opens: SAMVERKAN_LANGUAGE, else the officer's choice in the settings, else the
system's language (ui/translation.py reads the last two through Qt).
"""

from __future__ import annotations

import locale
import os
import sys

LANGUAGES = ("sv", "en")
SOURCE_LANGUAGE = "en"
LANGUAGE_ENV = "SAMVERKAN_LANGUAGE"

_current = SOURCE_LANGUAGE


def language() -> str:
    return _current


def set_language(code: str) -> None:
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(LANGUAGES)}")
    _current = code


def normalise(value: str | None) -> str | None:
    """'sv', 'sv_SE.UTF-8', 'sv-FI' → 'sv'; anything not shipped → None."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The system's display language without Qt: Swedish when it is Swedish, else English."""
    if sys.platform == "win32":
        return _windows_ui_language()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            # LANGUAGE may list several ("sv:en"); the first one that names a language wins.
            first = value.split(":")[0]
            if first in ("C", "POSIX"):
                return SOURCE_LANGUAGE
            return normalise(first) or SOURCE_LANGUAGE
    return normalise(locale.getlocale()[0]) or SOURCE_LANGUAGE


def _windows_ui_language() -> str:  # pragma: no cover - Windows only
    import ctypes

    # The user's display language, not the formats' region: a Swedish officer on
    # an English Windows gets English, as every other program shows it.
    lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return "sv" if lang_id & 0x3FF == 0x1D else SOURCE_LANGUAGE
