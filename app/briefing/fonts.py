"""The embedded Unicode font of every PDF: DejaVu Sans (å, ä, ö and far more).

reportlab's built-in Helvetica has no glyphs beyond Latin-1 and is not
embedded; a TrueType font is embedded (subset) and reads the same everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def fonts_dir() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; from source they sit
    # in resources/ next to the app/ package.
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent.parent
    return root / "resources" / "fonts"


def register() -> tuple[str, str]:
    """Register the fonts once; returns the (regular, bold) names to use."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD
