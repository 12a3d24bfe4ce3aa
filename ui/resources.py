"""Where the application's own files (icons) are, whether run from source or frozen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from app.resources import resources_dir


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (drawn by the SVG icon engine at any size)."""
    return QIcon(str(icon_path(name)))
