"""The command line speaks the officer's language: its help, argparse's own words, its messages.

The other command-line tests read English (tests/conftest.py); these run
`python main.py …` with SAMVERKAN_LANGUAGE=sv, as an officer's machine would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.errors import ValidationError, describe_problems
from app.i18n import set_language
from app.selftest import Outcome, summary

ROOT = Path(__file__).resolve().parent.parent


def samverkan(
    *argv: str, language: str = "sv", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMVERKAN_LANGUAGE": language, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_the_help_is_swedish() -> None:
    done = samverkan("--help")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # argparse's own words (from our catalog, not the standard library's) …
    assert out.startswith("användning: samverkan ")
    assert "\nalternativ:\n" in out
    assert "visa den här hjälptexten och avsluta" in out
    # … and ours: the description, an option's help, the metavariables.
    assert "skrivbordsprogrammet för kommunens" in out
    assert "--database SÖKVÄG_ELLER_URL" in out and "KOMMANDO" in out
    assert "skriv lägesbilden för ett möte eller en period som PDF" in out
    for english in ("usage:", "options:", "show this help message", "the desk application"):
        assert english not in out


def test_a_sub_command_s_help_is_swedish() -> None:
    done = samverkan("export-incidents", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("användning: samverkan export-incidents ")
    assert "positionsargument:" in done.stdout and "FIL.csv" in done.stdout
    assert "även sekretessmarkerade händelser" in done.stdout


def test_the_help_stays_english_in_english() -> None:
    done = samverkan("--help", language="en")
    assert done.stdout.startswith("usage: samverkan ") and "\noptions:\n" in done.stdout
    assert "--database PATH_OR_URL" in done.stdout


def test_argparse_refuses_in_swedish() -> None:
    done = samverkan("export-incidents", "x.csv", "--severity", "9")
    assert done.returncode == 2
    assert "samverkan export-incidents: fel: argument --severity: måste vara 1, 2, 3 eller 4" in (
        done.stderr
    )
    done = samverkan("export-incidents")
    assert done.returncode == 2
    assert "fel: följande argument krävs: FIL.csv" in done.stderr
    done = samverkan("export-incidents", "x.csv", "--from", "2026-13-01")
    assert "fel: argument --from: '2026-13-01' är inget datum som 2026-11-26" in done.stderr
    done = samverkan("--nope")
    assert done.returncode == 2 and "samverkan: fel: okända argument: --nope" in done.stderr
    done = samverkan("inget-kommando")
    assert "fel: argument KOMMANDO: ogiltigt val: 'inget-kommando' (välj bland " in done.stderr


def test_a_validation_error_is_swedish(tmp_path: Path) -> None:
    bad = tmp_path / "fel.csv"
    bad.write_text("occurred_at;category;summary;färg\n2026-01-01 10:00;FIRE;x;röd\n", "utf-8")
    done = samverkan("--database", str(tmp_path / "s.db"), "import-incidents", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "samverkan: rad 1: rubrikrad: okänd kolumn 'färg'\n"


def test_a_result_is_swedish_with_swedish_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMVERKAN_LANGUAGE", "sv")
    database = str(tmp_path / "s.db")
    assert main.main(["--database", database, "demo", "--incidents", "1200", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lade till 1\u00a0200 demohändelser i ") and "samverkansmöten" in out
    target = tmp_path / "alla.csv"
    assert (
        main.main(["--database", database, "export-incidents", str(target), "--include-secret"])
        == 0
    )
    assert capsys.readouterr().out == f"exporterade 1\u00a0200 händelser till {target}\n"
    # The file itself is the machine format: English headers, ISO times.
    assert target.read_text("utf-8-sig").startswith("reference;occurred_at;")


def test_the_prefix_of_a_line_and_the_self_test_s_words() -> None:
    set_language("sv")
    assert describe_problems({"summary": "x"}, 12) == "rad 12: sammanfattning: x"
    assert str(ValidationError({"file": "y"}, line=3)) == "rad 3: fil: y"
    assert Outcome("briefing", False, "disken är full").line() == "FEL  lägesbild: disken är full"
    assert Outcome("cleanup", True, "klart").line() == "ok   städning: klart"
    passed = summary([Outcome("cap", True, "")], 2.5)
    assert passed == "självtestet lyckades: 1 kontroll på 2,5 s"
    failed = summary([Outcome("cap", False, ""), Outcome("pages", True, "")], 3.0)
    assert failed == "självtestet MISSLYCKADES: 1 av 2 kontroller misslyckades (CAP) på 3,0 s"


def test_a_file_that_is_not_there_is_said_in_swedish_with_the_columns_swedish_name(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "s.db")
    missing = samverkan("--database", database, "import-incidents", str(tmp_path / "borta.csv"))
    assert missing.returncode == 1
    assert "filen eller mappen finns inte" in missing.stderr
    bad = tmp_path / "fel.csv"
    bad.write_text("occurred_at;category;summary\n2026-13-26 14:05;FIRE;x\n", encoding="utf-8")
    refused = samverkan("--database", database, "import-incidents", str(bad))
    assert "rad 2: inträffade: " in refused.stderr, refused.stderr
