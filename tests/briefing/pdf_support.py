"""Reading a written PDF back with poppler's tools (skipped where they are missing)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
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


@dataclass(frozen=True)
class Word:
    """A word as pdftotext -bbox-layout places it: page from 1, points from the top left."""

    page: int
    x_min: float
    y_min: float
    x_max: float
    text: str


_PAGE = re.compile(r"<page\b")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
)


def words(path: Path) -> list[Word]:
    """Every word of the PDF with its position, in pdftotext's reading order."""
    found: list[Word] = []
    page = 0
    for line in run("pdftotext", "-bbox-layout", str(path), "-").splitlines():
        if _PAGE.search(line):
            page += 1
        for x_min, y_min, x_max, word in _WORD.findall(line):
            found.append(Word(page, float(x_min), float(y_min), float(x_max), unescape(word)))
    return found
