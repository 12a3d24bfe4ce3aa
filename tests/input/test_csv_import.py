"""The incident CSV import: arbitrary cells come back exactly; a malformed file is
refused with its line and nothing is written.

Normalisation: cells are written as the export writes them (a cell a
spreadsheet would run as a formula gets one more leading quote, which the
import takes away again); the file may be UTF-8 with or without a BOM or
Windows-1252, separated by ';', ',' or tab.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain.tables import INCIDENT, INCIDENT_AGENCY, INCIDENT_LINK
from app.errors import ValidationError
from app.exchange import csv_incidents
from app.exchange.csv_incidents import neutralise
from app.services import incidents
from app.storage.database import Database
from tests.input.strategies import FEW, check_refusal, count_rows, text_refused, texts, tried

TABLES = (INCIDENT, INCIDENT_AGENCY, INCIDENT_LINK)
# A file holds bytes: a lone surrogate has no encoding, so it cannot be in one.
file_texts = texts.map(lambda value: re.sub("[\ud800-\udfff]", "", value))
HEADER = ["occurred_at", "category", "summary", "place", "description", "agencies_involved"]
ROW = ["2026-11-20 14:05", "FIRE", "Brand i förråd", "Alby", "", "Lokalpolisområde Botkyrka"]


def _file(rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([HEADER, *rows])
    return out.getvalue().encode(encoding)


def _import(db: Database, tmp_path: Path, content: bytes) -> int:
    path = tmp_path / "import.csv"
    path.write_bytes(content)
    return csv_incidents.import_incidents(db, path)


def _is_other_utf8(content: bytes) -> bool:
    try:
        return content.decode("utf-8") != content.decode("cp1252", errors="replace")
    except UnicodeDecodeError:
        return False


def _last_ids(db: Database, count: int) -> list[int]:
    with db.reading() as session:
        last = int(session.execute(select(func.max(INCIDENT.c.id))).scalar_one())
    return list(range(last - count + 1, last + 1))


@FEW
@given(
    summary=file_texts,
    description=file_texts,
    place=file_texts,
    delimiter=st.sampled_from((";", ",", "\t")),
    encoding=st.sampled_from(("utf-8-sig", "utf-8", "cp1252")),
)
def test_cells_come_back_exactly_or_the_file_is_refused_whole(
    db: Database,
    fixed_clock: datetime,
    tmp_path: Path,
    summary: str,
    description: str,
    place: str,
    delimiter: str,
    encoding: str,
) -> None:
    tried()
    summary = "x" + summary  # required
    cells = [ROW, [ROW[0], ROW[1], summary, place, description, ROW[5]]]
    neutral = [[neutralise(cell) for cell in row] for row in cells]
    try:
        content = _file(neutral, delimiter, encoding)
        # Windows-1252 bytes that happen to be UTF-8 too ("Ã¥") are read as UTF-8, as
        # documented: such a file says something else than was meant, so use UTF-8.
        if encoding == "cp1252" and _is_other_utf8(content):
            content = _file(neutral, delimiter)
    except UnicodeEncodeError:
        content = _file(neutral, delimiter)
    before = count_rows(db, *TABLES)
    refused = (
        text_refused(summary, 200)
        or text_refused(place, 200)
        or text_refused(description, 10_000, multiline=True)
    )
    try:
        added = _import(db, tmp_path, content)
    except ValidationError as error:
        # Refused by the rules, or by the CSV reader for a cell over its 128 KiB limit.
        assert refused or len(description) > 131_072, str(error)[:200]
        assert error.line is not None and str(error).strip()
        assert count_rows(db, *TABLES) == before
        return
    assert not refused
    assert added == 2
    stored = incidents.get(db, _last_ids(db, 1)[0])
    assert (stored.summary, stored.place, stored.description) == (summary, place, description)
    assert count_rows(db, *TABLES) == (before[0] + 2, before[1] + 2, before[2])


def test_an_export_imports_back_to_the_same_text(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    """Formula cells, quotes, separators and line ends: out through the export, back in."""
    nasty = [
        "=1+1",
        "'=1",
        "''+2",
        "@SUM(A1)",
        "-3",
        "a;b,c\td",
        'sa "citat"',
        "rad\r\nrad",
        "\ufeffBOM",
    ]
    tried(len(nasty))
    from app.services.incident_types import IncidentDraft, IncidentQuery

    for text in nasty:
        incidents.create(
            db,
            IncidentDraft(
                datetime(2026, 11, 20, 14, 5),
                "FIRE",
                "x" + text.replace("\r\n", " "),
                description=text,
            ),
        )
    path = tmp_path / "out.csv"
    csv_incidents.export_incidents(db, path, IncidentQuery())
    # Without the reference column the import numbers the rows anew.
    rows = list(
        csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
    )
    header = rows[0]
    keep = [i for i, name in enumerate(header) if name != "reference"]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";").writerows([[row[i] for i in keep] for row in rows])
    path.write_text(out.getvalue(), encoding="utf-8")
    assert csv_incidents.import_incidents(db, path) == len(nasty)
    texts_in = sorted(incidents.get(db, i).description for i in _last_ids(db, len(nasty)))
    assert texts_in == sorted(nasty)


GOOD = _file([ROW])
MALFORMED = {
    "truncated in a quoted cell": GOOD[: len(GOOD) - 10] + b'"Brand\r\n',
    "unclosed quote": _file([]) + b'2026-11-20 14:05;FIRE;"Brand i f\xc3\xb6rr\xc3\xa5d\r\n',
    "UTF-16 without its mark": (_file([ROW]).decode("utf-8-sig")).encode("utf-16-le"),
    "a UTF-16 mark before other bytes": b"\xff\xfe" + _file([ROW]) + b"\x00",
    "binary garbage": bytes(range(256)) * 50,
    "empty": b"",
    "NUL in a cell": _file([[ROW[0], ROW[1], "Br\x00and", "", "", ""]]),
    "BOM in the middle of a time": _file([["\ufeff" + ROW[0], *ROW[1:]]]),
    "a million columns in a row": _file([]) + b"2026-11-20 14:05;FIRE;x" + b";" * 1_000_000,
    "a cell over the field limit": _file([[ROW[0], ROW[1], "x", "", "y" * 200_000, ""]]),
    "unknown column": b"occurred_at;category;summary;\xc3\xa4ventyr\r\n",
    "missing column": b"occurred_at;summary\r\n2026-11-20 14:05;x\r\n",
    "bad time": _file([["29 februari", *ROW[1:]]]),
    "29 February 2025": _file([["2025-02-29 10:00", *ROW[1:]]]),
    "time before 1900": _file([["1899-12-31 23:59", *ROW[1:]]]),
    "year 1": _file([["0001-01-01 00:00", *ROW[1:]]]),
    "the future": _file([["2099-12-31 23:59", *ROW[1:]]]),
    "formula as a number": (
        b"occurred_at;category;summary;severity\r\n2026-11-20 14:05;FIRE;x;=1+1\r\n"
    ),
    "SQL in a category": _file([[ROW[0], "FIRE'; DROP TABLE incident;--", *ROW[2:]]]),
    "identity number": _file([[ROW[0], ROW[1], "Anmäld av 811218-9876", *ROW[3:]]]),
    "good rows, then a bad one": _file([ROW] * 2000 + [[ROW[0], ROW[1], "", *ROW[3:]]]),
}


@pytest.mark.parametrize("content", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_is_refused_with_a_line_and_nothing_written(
    db: Database, fixed_clock: datetime, tmp_path: Path, content: bytes
) -> None:
    tried()
    before = count_rows(db, *TABLES)
    with pytest.raises(ValidationError) as refused:
        _import(db, tmp_path, content)
    assert refused.value.line is not None
    assert all(0 < len(m) < 400 for m in refused.value.errors.values()), str(refused.value)[:300]
    assert count_rows(db, *TABLES) == before


ACCEPTED = {
    "the repeated hour, twice": (_file([["2026-10-25 02:30", *ROW[1:]]] * 2), 2),
    "the skipped hour": (_file([["2026-03-29 02:30", *ROW[1:]]]), 1),
    "the epoch in UTC": (_file([["1970-01-01T00:00+00:00", *ROW[1:]]]), 1),
    "29 February 2024": (_file([["2024-02-29 23:30", *ROW[1:]]]), 1),
    "header only": (_file([]), 0),
    "Windows-1252": (_file([[ROW[0], ROW[1], "Bränd", "Örby", "", ""]], encoding="cp1252"), 1),
    "carriage returns only": (_file([ROW]).replace(b"\r\n", b"\r"), 1),
    # Excel's "Unicode text" and Notepad's "Unicode": UTF-16 with its mark.
    "UTF-16": ((_file([ROW]).decode("utf-8-sig")).encode("utf-16"), 1),
    "UTF-16 big-endian": (
        codecs.BOM_UTF16_BE + (_file([ROW]).decode("utf-8-sig")).encode("utf-16-be"),
        1,
    ),
    "a BOM inside a cell": (_file([[ROW[0], ROW[1], "Br\ufeffand", "", "", ""]]), 1),
}


@pytest.mark.parametrize(("content", "count"), ACCEPTED.values(), ids=ACCEPTED.keys())
def test_edge_files_that_are_fine_are_imported_whole(
    db: Database, fixed_clock: datetime, tmp_path: Path, content: bytes, count: int
) -> None:
    tried()
    before = count_rows(db, INCIDENT)[0]
    assert _import(db, tmp_path, content) == count
    assert count_rows(db, INCIDENT)[0] == before + count


def test_the_skipped_and_repeated_hours_follow_the_incidents_rule(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried(2)
    _import(db, tmp_path, _file([["2026-03-29 02:30", *ROW[1:]], ["2026-10-25 02:30", *ROW[1:]]]))
    first, second = (incidents.get(db, i).occurred_at for i in _last_ids(db, 2))
    assert first.isoformat() == "2026-03-29T01:30:00+00:00"  # as 03:30 CEST
    assert second.isoformat() == "2026-10-25T00:30:00+00:00"  # the first 02:30 (CEST)


def test_a_bom_before_text_that_is_not_utf8_is_refused_with_a_message(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    plain = [ROW[0], ROW[1], "Brand", "", "", ""]
    rows = [plain, plain, [ROW[0], ROW[1], "Bränd", "", "", ""]]
    content = b"\xef\xbb\xbf" + _file(rows, encoding="cp1252")
    before = count_rows(db, *TABLES)
    with pytest.raises(ValidationError) as refused:
        _import(db, tmp_path, content)
    assert refused.value.line == 4  # the header, two good rows, then "Bränd"
    check_refusal(refused.value, "file")
    assert "UTF-8" in refused.value.errors["file"]
    assert count_rows(db, *TABLES) == before


def test_a_million_columns_in_the_header_get_a_short_message(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        _import(db, tmp_path, b";" * 1_000_000 + b"\r\n")
    assert len(str(refused.value)) < 1000
    assert "999,996 more" in refused.value.errors["header"]


def test_a_long_unknown_column_is_named_in_short(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        _import(db, tmp_path, ";".join([*HEADER, "y" * 100_000]).encode() + b"\r\n")
    check_refusal(refused.value, "header")
    assert "unknown column 'yyyy" in refused.value.errors["header"]


def test_a_folder_given_as_the_file_is_refused_in_one_line(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        csv_incidents.import_incidents(db, tmp_path)
    check_refusal(refused.value, "file")
    assert "folder" in refused.value.errors["file"]
    assert "\n" not in str(refused.value)


def test_a_utf16_file_keeps_its_letters(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    tried()
    content = _file([[ROW[0], ROW[1], "Brand i förråd 🚒", "Örby", "", ""]]).decode("utf-8-sig")
    _import(db, tmp_path, content.encode("utf-16"))
    stored = incidents.get(db, _last_ids(db, 1)[0])
    assert (stored.summary, stored.place) == ("Brand i förråd 🚒", "Örby")
