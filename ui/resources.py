"""Where the application's own files (icons) are, whether run from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; from source they sit
    # next to the ui/ package.
    base = getattr(sys, "_MEIPASS", None)
    return (
        Path(base) / "resources" if base else Path(__file__).resolve().parent.parent / "resources"
    )


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (drawn by the SVG icon engine at any size)."""
    return QIcon(str(icon_path(name)))
