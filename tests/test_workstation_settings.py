"""This computer's settings reach the command line too: its language and its database.

main.py reads them (ui.workstation, QSettings) before it parses the arguments;
on Linux QSettings keeps them in $XDG_CONFIG_HOME/Samverkan/Samverkan.conf.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(config: Path, *args: str, language: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SAMVERKAN_DATABASE",)}
    env["XDG_CONFIG_HOME"] = str(config)
    env.pop("SAMVERKAN_LANGUAGE", None)
    if language:
        env["SAMVERKAN_LANGUAGE"] = language
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def _settings(config: Path, **values: str) -> None:
    folder = config / "Samverkan"
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[General]", *(f"{key}={value}" for key, value in values.items())]
    (folder / "Samverkan.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_chosen_language_and_database_are_the_command_lines(tmp_path: Path) -> None:
    chosen = tmp_path / "Åsa Öberg" / "samverkan.db"
    chosen.parent.mkdir()
    _settings(tmp_path / "config", language="sv", database=str(chosen))
    done = _run(tmp_path / "config", "settings")
    assert done.returncode == 0, done.stderr
    assert chosen.exists()  # the database of the settings, not the data folder's
    helped = _run(tmp_path / "config", "--help")
    assert "användning" in helped.stdout.lower() or "kommando" in helped.stdout.lower()


def test_the_environment_and_the_option_come_before_the_settings(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.db"
    given = tmp_path / "given.db"
    _settings(tmp_path / "config", language="sv", database=str(chosen))
    done = _run(tmp_path / "config", "--database", str(given), "settings", language="en")
    assert done.returncode == 0, done.stderr
    assert given.exists() and not chosen.exists()
    helped = _run(tmp_path / "config", "--help", language="en")
    assert "usage:" in helped.stdout
