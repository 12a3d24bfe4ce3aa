"""The briefing of a real database: its numbers are the incident log's numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

import main
from app.briefing.briefing_data import gather_briefing
from app.briefing.briefing_pdf import write_briefing
from app.demo.generate import generate
from app.domain.tables import INCIDENT
from app.errors import ValidationError
from app.services import incident_query, meetings, office_settings, users
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.services.situation_types import Period
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from tests.briefing.pdf_support import flowing, needs_poppler, pages

pytestmark = [pytest.mark.usefixtures("fixed_clock"), needs_poppler]

PERIOD = Period(date(2026, 10, 1), date(2026, 11, 25))
IDENTITY = "19121212-1212"


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    database = open_database(sqlite_url(tmp_path / "samverkan.db"))
    users.sign_in(database)
    generate(database, incidents=1_500, seed=3)
    office_settings.set_setting(database, office_settings.CLASSIFICATION_MARKING, "Intern")
    office_settings.set_setting(database, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    return database


def count(db: Database, flt: IncidentFilter) -> int:
    return incident_query.count(db, IncidentQuery(flt))


def test_without_meeting_or_period_the_period_is_asked_for(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        gather_briefing(db)
    assert set(caught.value.errors) == {"period"}


def test_a_meetings_briefing_covers_the_time_since_the_previous_meeting(demo: Database) -> None:
    upcoming = meetings.list_meetings(demo).upcoming[0]
    data = gather_briefing(demo, meeting_id=upcoming.id)
    start, _ = meetings.briefing_period(demo, upcoming.id)
    assert data.situation.period.start.isoformat() == f"{start:%Y-%m-%d}"
    assert data.situation.period.end == date(2026, 11, 26)  # not beyond today
    assert data.meeting is not None and data.meeting.id == upcoming.id
    assert data.risk_until is not None and data.risk_until > data.situation.period.end


def test_the_pdfs_counts_are_the_incident_logs(demo: Database, tmp_path: Path) -> None:
    data = gather_briefing(demo, period=PERIOD)
    path = tmp_path / "b.pdf"
    write_briefing(data, path)
    text = flowing(path)
    total = count(demo, PERIOD.filter())
    assert total == data.situation.total.current.value > 0
    shown = f"{total:,}".replace(",", "\u00a0")
    assert f"Under perioden registrerades {shown} händelser" in text  # the first key point
    assert re.search(rf"Totalt {shown} \d", text)  # the total row by area
    for line in data.situation.by_category:
        expected = count(demo, line.change.current.filter)
        assert line.change.current.value == expected
        assert re.search(rf"{re.escape(line.title_sv)} {expected}\b", text), line.title_sv
    for line in data.situation.by_district:
        assert line.change.current.value == count(demo, line.change.current.filter)


def test_no_subject_codes_or_case_numbers_anywhere(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        from app.domain.tables import CASE

        codes = session.execute(CASE.select()).mappings().all()
    assert codes
    path = tmp_path / "b.pdf"
    write_briefing(gather_briefing(demo, period=PERIOD), path)
    text = flowing(path)
    for case in codes:
        for column in ("subject_code", "number"):
            value = str(case.get(column) or "")
            # Whole numbers only: case 2026-038 is not incident 2026-0381.
            if value:
                assert not re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text), value


def test_the_appendix_lists_every_incident_but_the_secret_ones(
    demo: Database, tmp_path: Path
) -> None:
    short = Period(date(2026, 11, 1), date(2026, 11, 25))
    listed = list(incident_query.iterate(demo, IncidentQuery(short.filter())))
    secret_id, masked_id = listed[0].id, listed[1].id
    with demo.writing() as session:
        session.execute(update(INCIDENT).where(INCIDENT.c.id == secret_id).values(secret=True))
        # Written around the service (as old data might be): the briefing masks it.
        session.execute(
            update(INCIDENT)
            .where(INCIDENT.c.id == masked_id)
            .values(summary=f"Anmälare {IDENTITY} hotad")
        )
    secret = sum(1 for row in listed if row.secret) + (0 if listed[0].secret else 1)
    path = tmp_path / "b.pdf"
    write_briefing(gather_briefing(demo, period=short, appendix=True), path)
    text = flowing(path)
    shown = len(listed) - secret
    left_out = (
        "1 sekretessmarkerad händelse ingår inte"
        if secret == 1
        else f"{secret} sekretessmarkerade händelser ingår inte"
    )
    assert f"9 Bilaga: periodens händelser {shown} händelser. {left_out}." in text
    assert listed[0].reference not in text.split("9 Bilaga")[1]
    assert listed[2].reference in text
    assert IDENTITY not in text and "Anmälare XXXXXXXX-XXXX hotad" in text


def test_the_command_writes_the_file_and_says_so(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "samverkan.db")
    out = tmp_path / "lagesbild.pdf"
    code = main.main(
        [
            "--database",
            database,
            "briefing",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-25",
            "--lang",
            "en",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out.strip()
    n = len(pages(out))
    assert (code, printed) == (0, f"wrote {n} pages to {out}")
    assert "Page 1 of" in flowing(out)


def test_the_command_refuses_half_a_period(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "samverkan.db")
    out = tmp_path / "x.pdf"
    code = main.main(
        ["--database", database, "briefing", "--from", "2026-11-01", "--out", str(out)]
    )
    assert code == 1
    assert "to: give the last day of the period too" in capsys.readouterr().err
    assert not out.exists()
    upcoming = meetings.list_meetings(demo).upcoming[0]
    assert (
        main.main(
            ["--database", database, "briefing", "--meeting", str(upcoming.id), "--out", str(out)]
        )
        == 0
    )
    assert out.exists()
