"""Reading a written PDF back with poppler's tools (skipped where they are missing)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts", "pdfinfo")),
    reason="pdftotext, pdffonts and pdfinfo (poppler-utils) are not installed",
)


def run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return run("pdftotext", "-layout", str(path), "-").split("\f")[:-1]


def flowing(path: Path) -> str:
    """All the text with wrapped lines joined by single spaces."""
    return " ".join(run("pdftotext", str(path), "-").split())


def info(path: Path) -> dict[str, str]:
    lines = run("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def fonts(path: Path) -> list[list[str]]:
    return [line.split() for line in run("pdffonts", str(path)).splitlines()[2:]]


def page_count(path: Path) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", str(path)), re.MULTILINE)
    assert found
    return int(found.group(1))
