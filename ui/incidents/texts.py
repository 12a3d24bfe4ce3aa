"""How incident values read on screen: local times, vocabulary titles, severity colours.

The table, the detail pane and the editor all show values the same way, so
the wording lives here once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor

from app.domain.vocabulary import (
    AREA_TITLES,
    RELIABILITY_TITLES,
    SEVERITY_TITLES,
    STATUS_TITLES,
    Area,
    Reliability,
    Severity,
    Status,
)
from app.i18n import formats
from app.services.reference import ReferenceData
from ui.widgets.language import language, pick

# Calm, distinguishable on white and on a selection: grey, amber, orange, red.
SEVERITY_COLOURS: dict[int, str] = {1: "#8a99a8", 2: "#d9a21b", 3: "#e07020", 4: "#c62828"}


def local_time(value: datetime | None) -> str:
    """Swedish local time in the language's shape: '2026-11-26 14:05' (sv),
    '26 Nov 2026 14:05' (en); '' for no time."""
    return formats.local_time(value) if value is not None else ""


def severity_text(value: int) -> str:
    """'3 High': the number sorts and scans, the word explains."""
    try:
        return f"{value} {pick(SEVERITY_TITLES[Severity(value)])}"
    except ValueError:
        return str(value)


def severity_colour(value: int) -> QColor:
    return QColor(SEVERITY_COLOURS.get(value, "#8a99a8"))


def area_title(value: str) -> str:
    try:
        return pick(AREA_TITLES[Area(value)])
    except ValueError:
        return value


def status_title(value: str) -> str:
    try:
        return pick(STATUS_TITLES[Status(value)])
    except ValueError:
        return value


def reliability_title(value: str) -> str:
    try:
        return pick(RELIABILITY_TITLES[Reliability(value)])
    except ValueError:
        return value


def category_title(reference: ReferenceData, code: str) -> str:
    info = reference.category(code)
    return info.title(language()) if info else code
