"""The embedded Unicode font of every PDF: DejaVu Sans (å, ä, ö and far more).

reportlab's built-in Helvetica has no glyphs beyond Latin-1 and is not
embedded; a TrueType font is embedded (subset) and reads the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> tuple[str, str]:
    """Register the fonts once; returns the (regular, bold) names to use."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD
