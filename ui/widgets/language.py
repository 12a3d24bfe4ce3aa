"""Which language data titles (categories, vocabularies) are shown in.

The interface's own strings go through tr() and app.i18n; titles stored with
the data come as (English, Swedish) pairs and are picked here, in one place,
in the language the application runs in (app.i18n.language).
"""

from __future__ import annotations

from app.i18n import language as current_language


def language() -> str:
    """'sv' or 'en': the language chosen at start (ui.translation.chosen_language)."""
    return current_language()


def pick(titles: tuple[str, str]) -> str:
    """The title of an (English, Swedish) pair in the current language."""
    return titles[1] if language() == "sv" else titles[0]
