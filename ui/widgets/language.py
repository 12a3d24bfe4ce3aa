"""Which language data titles (categories, vocabularies) are shown in.

The interface's own strings go through Qt's translators; titles stored with
the data come as (English, Swedish) pairs and are picked here, in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def language() -> str:
    """'sv' on a Swedish locale, else 'en'."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def pick(titles: tuple[str, str]) -> str:
    """The title of an (English, Swedish) pair in the current language."""
    return titles[1] if language() == "sv" else titles[0]
