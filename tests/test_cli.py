"""The command line: the stable sub-commands, one-line errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from app.services import incident_query
from app.services.incident_types import IncidentQuery
from app.settings import sqlite_url
from app.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, copy = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    code, out, _ = run(capsys, "--database", source, "demo", "--incidents", "250", "--seed", "4")
    assert code == 0 and "250 demo incidents" in out
    csv_path = tmp_path / "fire.csv"
    code, out, _ = run(
        capsys, "--database", source, "export-incidents", str(csv_path), "--category", "FIRE"
    )
    assert code == 0
    exported = int(out.split()[1].replace(",", ""))
    assert exported > 0
    run(capsys, "--database", copy, "demo", "--incidents", "0")
    code, out, _ = run(capsys, "--database", copy, "import-incidents", str(csv_path))
    assert code == 0 and f"imported {exported}" in out
    db = open_database(sqlite_url(Path(copy)))
    assert incident_query.count(db, IncidentQuery()) == exported
    db.close()


def test_the_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("SAMVERKAN_DATABASE", str(target))
    code, _, _ = run(capsys, "demo", "--incidents", "3")
    assert code == 0 and target.exists()


def test_a_bad_import_prints_one_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("occurred_at;category;summary\n2026-01-01 10:00;NOPE;x\n", encoding="utf-8")
    code, _, err = run(capsys, "--database", str(tmp_path / "db.db"), "import-incidents", str(path))
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "line 2" in err and "category" in err and "Traceback" not in err


def test_a_missing_file_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--database", str(tmp_path / "db.db"), "import-incidents", str(tmp_path / "x.csv")
    )
    assert code == 1 and "no such file or folder" in err and "Traceback" not in err


def test_a_file_that_is_not_a_database_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--database", str(junk), "demo", "--incidents", "1")
    assert code == 1 and "Traceback" not in err
    assert "damaged" in err or "not a Samverkan database" in err


def test_filters_are_validated_by_the_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main.main(
            ["--database", str(tmp_path / "d.db"), "export-incidents", "x.csv", "--severity", "9"]
        )
    assert caught.value.code == 2
    assert "must be 1, 2, 3 or 4" in capsys.readouterr().err


def test_a_server_that_cannot_be_reached_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("psycopg")
    code = main.main(["--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "settings"])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("samverkan: Cannot reach the database server at 127.0.0.1")
    assert "Traceback" not in err and "unexpected" not in err
