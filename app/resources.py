"""Where the application's own data files are (resources/: fonts, icons, the CAP schema).

From source they sit in resources/ beside the app/ package; in the PyInstaller
bundle they are unpacked under sys._MEIPASS (installer/samverkan.spec puts
resources/ there). One place for that rule: every reader of a data file asks here.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / "resources"
