"""The joint meeting's contact list as PDF: one page, embedded DejaVu, text that extracts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.briefing.roster_pdf import write_roster_pdf
from app.demo.roster import ensure_roster
from app.services import roster
from app.services.phones import display_phone
from app.storage.database import Database

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="pdftotext and pdffonts (poppler-utils) are not installed",
)


@pytest.fixture
def pdf(db: Database, tmp_path: Path) -> Path:
    with db.writing() as session:
        ensure_roster(session)
    path = tmp_path / "roster.pdf"
    assert write_roster_pdf(db, path, municipality="Botkyrka", day=date(2026, 11, 26)) == 5
    return path


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


@needs_poppler
def test_members_deputies_and_numbers_extract_with_swedish_letters(db: Database, pdf: Path) -> None:
    text = _run("pdftotext", "-layout", str(pdf), "-")
    assert "Samverkansmöte – kontaktlista" in text
    assert "Botkyrka · Utskriven 2026-11-26" in text
    for member in roster.joint_meeting_members(db):
        assert member.name in text
        assert display_phone(member.mobile) in text
        assert member.deputy in text
    flowing = " ".join(_run("pdftotext", str(pdf), "-").split())  # wrapped lines joined
    assert "Johan Åkesson" in flowing and "Räddningschef i beredskap" in flowing
    assert "Mikael Öberg" not in text  # not a member (and has left)


@needs_poppler
def test_one_page_with_dejavu_embedded(pdf: Path) -> None:
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", str(pdf)), re.MULTILINE)
    fonts = [line.split() for line in _run("pdffonts", str(pdf)).splitlines()[2:]]
    dejavu = [f for f in fonts if "DejaVuSans" in f[0]]
    assert len(dejavu) == 2
    assert all(f[-5] == "yes" for f in dejavu)  # the "emb" column
