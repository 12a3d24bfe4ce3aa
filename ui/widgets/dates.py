"""Date and time fields in the language's own shape (app.i18n.formats says which).

Swedish fields read 2026-11-26 and 2026-11-26 14:05; English ones 26 Nov 2026
and 26 Nov 2026 14:05, like every date the window and the briefing print.
"""

from __future__ import annotations

from app.i18n import language
from app.i18n.formats import QT_DATE_FORMAT, QT_DATE_TIME_FORMAT


def date_format() -> str:
    return QT_DATE_FORMAT[language()]


def date_time_format() -> str:
    return QT_DATE_TIME_FORMAT[language()]
