"""Send a finished PDF to the printer without a PDF engine of our own.

This PySide6 build ships no QtPdf, so Qt cannot render a PDF to a printer.
The operating system can: on Windows the PDF's associated program prints it
on the default printer ("print" verb of ShellExecute); elsewhere CUPS's `lp`
does. Where neither exists, the officer prints from the viewer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def can_print() -> bool:
    return sys.platform == "win32" or shutil.which("lp") is not None


def print_pdf(path: Path) -> None:
    """Hand `path` to the default printer; OSError when that is not possible."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    lp = shutil.which("lp")
    if lp is None:
        raise OSError(
            QCoreApplication.translate(
                "Printing", "no print command (lp) on this computer: print from the PDF viewer"
            )
        )
    result = subprocess.run([lp, "--", str(path)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OSError(
            result.stderr.strip()
            or QCoreApplication.translate("Printing", "lp ended with code %1").replace(
                "%1", str(result.returncode)
            )
        )
