"""export-cap and import-cap, run the way main.py runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from app import cli
from app.commands import cap as cap_commands
from app.demo.generate import ensure_reference_data
from app.demo.settings import ensure_settings_in
from app.services import incident_query, incidents
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from tests.cli_support import run
from tests.services.support import draft

DATA = Path(__file__).resolve().parent / "data" / "cap12"
SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "CAP-v1.2.xsd")))

pytestmark = pytest.mark.usefixtures("fixed_clock", "cap_registered")


@pytest.fixture
def cap_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands as app.cli will list them (added here until it does)."""
    if cap_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, cap_commands))


@pytest.fixture
def office(mine: Database) -> Database:
    with mine.writing() as session:
        ensure_reference_data(session)
        ensure_settings_in(session)
    return mine


def count(db: Database) -> int:
    return incident_query.count(db, IncidentQuery())


def one_line_failure(code: int, out: str, err: str) -> str:
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("samverkan: ")
    return err.removeprefix("samverkan: ")


def test_export_cap_writes_a_valid_alert(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident = incidents.create(office, draft())
    target = tmp_path / "larm.xml"
    code, out, err = run(capsys, path, "export-cap", incident.reference, str(target))
    assert (code, err) == (0, "")
    identifier = f"samverkan.botkyrka-kommun.{incident.reference}.1"
    assert out == (
        f"exported incident {incident.reference} (version 1) as CAP alert {identifier} to {target}"
    )
    SCHEMA.assertValid(etree.parse(str(target)))


def test_export_cap_refuses_a_secret_incident_unless_included(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident = incidents.create(office, draft(secret=True))
    target = tmp_path / "larm.xml"
    message = one_line_failure(*run(capsys, path, "export-cap", incident.reference, str(target)))
    assert message.startswith(f"secret: incident {incident.reference} is marked secret")
    assert not target.exists()
    code, _, err = run(
        capsys, path, "export-cap", incident.reference, str(target), "--include-secret"
    )
    assert (code, err) == (0, "")
    assert target.exists()


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("2026-9999", "there is no incident 2026-9999"),
        ("Alby", "reference: 'Alby' is not a reference like 2026-0142"),
    ],
)
def test_export_cap_of_a_missing_reference_fails_in_one_line(
    office: Database,
    path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reference: str,
    message: str,
) -> None:
    target = tmp_path / "larm.xml"
    assert one_line_failure(*run(capsys, path, "export-cap", reference, str(target))) == message
    assert not target.exists()


def test_import_cap_adds_the_alert_once(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = shutil.copy(DATA / "google_earthquake-iso8859-1.cap.xml", tmp_path / "skalv.xml")
    code, out, err = run(capsys, path, "import-cap", str(source))
    assert (code, err) == (0, "")
    identifier = "USGS-earthquakes-usB000D5T4.3947362.7.20121014T225304.360Z.0"
    assert out == (
        f"imported CAP alert {identifier} from {source} as incident 2026-0001; "
        "place shortened to 200 characters"
    )
    assert incidents.get_by_reference(office, "2026-0001").summary.startswith("EQ 4.6 Usulután")
    message = one_line_failure(*run(capsys, path, "import-cap", str(source)))
    assert message == f"the CAP alert {identifier} was imported already, as incident 2026-0001"
    assert count(office) == 1


def test_import_cap_of_a_missing_file_fails_in_one_line(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "saknas.xml"
    message = one_line_failure(*run(capsys, path, "import-cap", str(missing)))
    assert message == f"no such file or folder: {missing}"


def test_import_cap_of_a_file_against_the_schema_fails_in_one_line(
    office: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = one_line_failure(
        *run(capsys, path, "import-cap", str(DATA / "google_invalid.cap.xml"))
    )
    assert message.startswith("line 9: file: is not valid CAP 1.2: Element ")
    assert "This element is not expected" in message
    assert count(office) == 0


def test_import_cap_of_a_file_that_is_not_xml_fails_in_one_line(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "larm.xml"
    bad.write_text("identifier;sender\n1;2\n")
    message = one_line_failure(*run(capsys, path, "import-cap", str(bad)))
    assert message.startswith("line 1: file: is not well-formed XML: ")
    assert count(office) == 0


def test_what_export_cap_writes_import_cap_reads(
    office: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = incidents.create(office, draft(category="GANG", severity=4, verified=True))
    target = tmp_path / "larm.xml"
    assert run(capsys, path, "export-cap", original.reference, str(target))[0] == 0
    code, out, err = run(capsys, path, "import-cap", str(target))
    assert (code, err) == (0, "")
    assert out.endswith("as incident 2026-0002")
    copy = incidents.get_by_reference(office, "2026-0002")
    assert (copy.category, copy.severity, copy.summary, copy.district) == (
        "GANG",
        4,
        original.summary,
        original.district,
    )
