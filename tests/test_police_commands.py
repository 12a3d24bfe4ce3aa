"""import-police-events, run the way main.py runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.demo.generate import ensure_reference_data
from app.services import incident_query, office_settings
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from tests.cli_support import run

pytestmark = pytest.mark.usefixtures("fixed_clock")
DATA = Path(__file__).resolve().parent / "data" / "police-events"
BOTKYRKA = DATA / "botkyrka-2023-2026.json"


@pytest.fixture
def office(mine: Database) -> Database:
    with mine.writing() as session:
        ensure_reference_data(session)
    office_settings.set_setting(mine, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    return mine


def _botkyrka_count() -> int:
    raw = json.loads(BOTKYRKA.read_text(encoding="utf-8"))
    return sum(1 for e in raw if str(e["name"]).rsplit(",", 1)[-1].strip() == "Botkyrka")


def test_a_dry_run_says_what_would_happen_and_writes_nothing(
    office: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, path, "import-police-events", str(BOTKYRKA), "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith("dry run: nothing was written")
    assert f"for Botkyrka kommun: {_botkyrka_count():,} new" in out
    assert incident_query.count(office, IncidentQuery()) == 0


def test_the_import_and_the_same_file_again(
    office: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, path, "import-police-events", str(BOTKYRKA))
    assert (code, err) == (0, "")
    expected = _botkyrka_count()
    assert f"imported: {expected:,} new, 0 updated, 0 unchanged" in out
    code, out, err = run(capsys, path, "import-police-events", str(BOTKYRKA))
    assert f"imported: 0 new, 0 updated, {expected:,} unchanged" in out
    assert incident_query.count(office, IncidentQuery()) == expected


def test_another_municipality_by_name(
    office: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, path, "import-police-events", str(BOTKYRKA), "--municipality", "Huddinge"
    )
    assert (code, err) == (0, "")
    assert "for Huddinge: 0 new" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "line 1"),
        (b'[{"id": 1}]', "name"),
    ],
)
def test_a_bad_file_is_one_line_and_exit_1(
    office: Database,
    path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    expected: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, out, err = run(capsys, path, "import-police-events", str(bad))
    assert code == 1 and out == ""
    assert expected in err and "Traceback" not in err
    assert incident_query.count(office, IncidentQuery()) == 0


def test_a_missing_file_is_named(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, path, "import-police-events", str(tmp_path / "nope.json"))
    assert code == 1 and "nope.json" in err
