"""Sections drawn from hand-made data: every notable incident with its severity, whole
words in the members' table."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reportlab.platypus import Paragraph, Table

from app.briefing import sections
from app.briefing.briefing_data import MemberContact
from app.briefing.briefing_pdf import write_briefing
from app.briefing.tables import column_for_words
from app.services.situation_types import NotableIncident
from tests.briefing.pdf_support import flowing, needs_poppler, words
from tests.briefing.test_briefing_pdf import data

LONG_AGENCY = "Polisen, länskommunikationscentralen"


def incidents(n: int) -> tuple[NotableIncident, ...]:
    """n notable incidents, every third critical, given out of time order."""
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    made = [
        NotableIncident(
            i,
            f"2026-{i:04d}",
            start + timedelta(hours=7 * i),
            "Alby",
            "Grovt våld / hot",
            "Serious violence / threats",
            4 if i % 3 == 0 else 3,
            f"Händelse {i}",
            True,
        )
        for i in range(1, n + 1)
    ]
    return tuple(reversed(made))


def notable_table(language: str, n: int) -> Table:
    briefing = data(language, situation=replace(data().situation, notable=incidents(n)))
    tables = [f for f in sections.notable(briefing, 3) if isinstance(f, Table)]
    assert len(tables) == 1
    return tables[0]


def cell_text(cell: Paragraph | str) -> str:
    return " ".join((cell if isinstance(cell, str) else cell.getPlainText()).split())


def bold_cells(table: Table) -> set[tuple[int, int]]:
    """The (column, row) of the cells a FONT command sets in bold."""
    found = set()
    for row_index, row in enumerate(table._cellStyles):
        for column, style in enumerate(row):
            if "Bold" in style.fontname:
                found.add((column, row_index))
    return found


def test_every_notable_incident_is_listed_in_time_order_with_its_severity() -> None:
    table = notable_table("sv", 40)
    rows = table._cellvalues[1:]
    assert len(rows) == 40  # not cut at 25
    assert [cell_text(r[0]) for r in rows] == [f"2026-{i:04d}" for i in range(1, 41)]
    assert cell_text(table._cellvalues[0][2]) == "Allvar"
    assert [cell_text(r[2]) for r in rows[:3]] == ["Hög", "Hög", "Kritisk"]
    # Critical in bold, high not (the rows count from the heading, row 0).
    bold = bold_cells(table)
    assert (2, 3) in bold and (2, 1) not in bold and (2, 2) not in bold
    assert {(2, r) for r in range(3, 41, 3)} == {cell for cell in bold if cell[1] > 0}


def test_severity_in_english() -> None:
    rows = notable_table("en", 3)._cellvalues
    assert cell_text(rows[0][2]) == "Severity"
    assert [cell_text(r[2]) for r in rows[1:]] == ["High", "High", "Critical"]


@needs_poppler
def test_the_pdf_lists_them_all_and_says_no_more_than_is_true(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    write_briefing(data(situation=replace(data().situation, notable=incidents(30))), path)
    text = flowing(path)
    assert all(f"2026-{i:04d}" in text for i in range(1, 31))
    assert "visas" not in text  # no "n of m are shown"
    assert "Allvarlighetsgrad hög eller kritisk, i tidsordning" in text


@needs_poppler
def test_a_long_agency_name_breaks_between_words_only(tmp_path: Path) -> None:
    member = MemberContact(
        "Marcus Eriksson",
        "Chef för operativa insatser",
        LONG_AGENCY,
        "08-465 004 32",
        "070-174 06 18",
        "Hanna Björk",
        "Vakthavande befäl",
        "070-174 06 19",
    )
    path = tmp_path / "b.pdf"
    write_briefing(data(members=(member,)), path)
    assert "länskommunikationscentralen" in {w.text for w in words(path)}


def test_the_agency_column_fits_its_longest_word() -> None:
    narrow = column_for_words(["Polisen"], 100, 160)
    assert narrow == 100
    wide = column_for_words([LONG_AGENCY], 100, 160)
    assert 100 < wide < 160
    assert column_for_words(["x" * 200], 100, 160) == 160


def test_plain_cells_are_broken_at_spaces_and_a_too_long_word_still_wraps() -> None:
    many = incidents(2)
    long_word = replace(many[0], summary="https://" + "x" * 120)
    briefing = data(situation=replace(data().situation, notable=(long_word, many[1])))
    table = next(f for f in sections.notable(briefing, 3) if isinstance(f, Table))
    first, second = table._cellvalues[1], table._cellvalues[2]
    assert isinstance(first[5], str) and "\n" not in first[5]  # "Händelse 1" fits
    assert isinstance(second[5], Paragraph)  # a Paragraph splits the long word
    assert first[1] == "2026-11-01\n16:00"  # the date over the time, local (UTC+1)


def test_the_appendix_note_counts_in_the_briefings_language() -> None:
    from app.briefing.appendix import appendix_story
    from app.briefing.briefing_data import Appendix, AppendixRow

    row = AppendixRow("2026-0500", datetime(2026, 11, 3, 9, tzinfo=UTC), "x", "Alby", 2, "", "–")

    def note(language: str, rows: int, secret: int) -> str:
        briefing = data(language, appendix=Appendix([row] * rows, secret))
        found = [f for f in appendix_story(briefing, 9, 700, 480) if isinstance(f, Paragraph)]
        return str(found[1].text)  # the heading, then the note

    assert note("sv", 1, 1) == "1 händelse. 1 sekretessmarkerad händelse ingår inte."
    assert note("sv", 1200, 0) == "1\u00a0200 händelser."
    assert note("en", 1, 0) == "1 incident."
    assert note("en", 1200, 2) == "1,200 incidents. 2 incidents marked secret are left out."
