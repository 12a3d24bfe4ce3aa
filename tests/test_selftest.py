"""self-test: the smoke test of an installation, in a temporary folder of its own."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

import main
from app import cli, settings
from app.commands import selftest as selftest_command
from app.errors import StorageProblem

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("resources", "database", "briefing", "cap", "icons", "pages", "dialogs", "cleanup")


@pytest.fixture(autouse=True)
def registered(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sub-command on the parser, whether or not app.cli lists it yet; pytest-qt's
    QApplication (the self-test reuses it rather than making one with its own style)."""
    if selftest_command not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, selftest_command))


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder and database, where the self-test must not go."""
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setattr(settings, "data_dir", lambda *, create=True: folder)
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("LOCALAPPDATA", str(folder))
    monkeypatch.setenv("SAMVERKAN_DATABASE", str(folder / "samverkan.db"))
    return folder


@pytest.fixture
def user_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """The user's QSettings (an INI folder here), where the self-test must not write."""
    folder = tmp_path / "user-settings"
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    old_format = QSettings.defaultFormat()
    QCoreApplication.setOrganizationName("SamverkanTests")
    QCoreApplication.setApplicationName("self-test-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(old_format)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def self_test(
    capsys: pytest.CaptureFixture[str], *argv: str, database: Path | None = None
) -> tuple[int, list[str], str]:
    before = ["--database", str(database)] if database is not None else []
    code = main.main([*before, "self-test", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def line_of(lines: list[str], name: str) -> str:
    found = [line for line in lines if re.match(rf"(ok  |FAIL) {name}: ", line)]
    assert len(found) == 1, lines
    return found[0]


def removed_folder(lines: list[str]) -> Path:
    return Path(line_of(lines, "cleanup").split("removed ", 1)[1])


def test_a_healthy_installation_passes_and_leaves_nothing_behind(
    capsys: pytest.CaptureFixture[str], user_data: Path, user_settings: Path, tmp_path: Path
) -> None:
    code, lines, err = self_test(capsys, database=tmp_path / "mine.db")
    assert code == 0, lines
    assert [line.split(":")[0].split()[-1] for line in lines[:-1]] == list(CHECKS)
    assert all(line.startswith("ok   ") for line in lines[:-1]), lines
    assert re.fullmatch(r"self-test passed: 8 checks in [\d.]+ s", lines[-1])
    assert "Traceback" not in err
    pages = line_of(lines, "pages")
    for title in ("Situation", "Incidents", "Roster", "Joint meetings", "Task forces"):
        assert title in pages
    assert re.search(r"briefing: \d+ pages", line_of(lines, "briefing"))

    # Nothing of the user's was touched, and its own folder is gone.
    assert list(user_data.iterdir()) == []
    assert not (tmp_path / "mine.db").exists()
    assert not user_settings.exists() or list(user_settings.rglob("*")) == []
    assert QCoreApplication.organizationName() == "SamverkanTests"  # put back as it was
    assert not removed_folder(lines).exists()


def test_missing_fonts_fail_the_resources_check(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    user_data: Path,
    tmp_path: Path,
) -> None:
    from app.briefing import fonts

    missing = tmp_path / "no-such-folder" / "fonts"
    monkeypatch.setattr(fonts, "fonts_dir", lambda: missing)
    code, lines, err = self_test(capsys)
    assert code == 1
    resources = line_of(lines, "resources")
    assert resources.startswith("FAIL resources: missing ") and str(missing) in resources
    assert lines[-1].startswith("self-test FAILED: ") and "resources" in lines[-1]
    assert line_of(lines, "cap").startswith("ok   ")  # the other checks still ran
    assert "Traceback" not in "\n".join(lines) + err


def test_a_known_problem_is_its_checks_fail_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    from app.briefing import briefing_data

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageProblem("the disk is full")

    monkeypatch.setattr(briefing_data, "gather_briefing", full)
    code, lines, err = self_test(capsys)
    assert code == 1
    assert line_of(lines, "briefing") == "FAIL briefing: the disk is full"
    assert line_of(lines, "cap").startswith("ok   ")
    assert "briefing" in lines[-1] and "Traceback" not in err
    assert list(user_data.iterdir()) == []  # a known problem is no bug: no log
    assert not removed_folder(lines).exists()  # deleted also when a check failed


def test_a_bug_in_a_check_is_named_and_its_trace_logged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    from app.briefing import briefing_pdf

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("page layout went wrong")

    monkeypatch.setattr(briefing_pdf, "write_briefing", broken)
    code, lines, err = self_test(capsys)
    assert code == 1
    briefing = line_of(lines, "briefing")
    assert briefing.startswith("FAIL briefing: RuntimeError: page layout went wrong (details in ")
    assert "Traceback" not in "\n".join(lines) + err
    log = (user_data / "logs" / "samverkan.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "page layout went wrong" in log


def test_a_page_that_cannot_paint_fails_the_pages_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    from ui.roster.page import RosterPage

    def paint(_self: object, _event: object) -> None:
        raise ValueError("no brush")

    monkeypatch.setattr(RosterPage, "paintEvent", paint, raising=False)
    code, lines, err = self_test(capsys)
    assert code == 1
    # Named once, without PySide's "Error calling Python override of …" in front.
    assert line_of(lines, "pages").startswith("FAIL pages: ValueError: no brush (details in ")
    assert line_of(lines, "icons").startswith("ok   ")
    assert "Traceback" not in "\n".join(lines) + err


def test_the_lines_can_go_to_a_file_too(
    capsys: pytest.CaptureFixture[str], user_data: Path, tmp_path: Path
) -> None:
    report = tmp_path / "self-test.txt"
    code, lines, _ = self_test(capsys, "--output", str(report))
    assert code == 0
    assert report.read_text(encoding="utf-8").splitlines() == lines


# As `python main.py self-test` runs it (the lines for registering the command go
# once app.cli lists it): no platform chosen, the self-test picks offscreen itself.
CHILD = """
import sys
from app import cli
from app.commands import selftest
if selftest not in cli.COMMAND_MODULES:
    cli.COMMAND_MODULES = (*cli.COMMAND_MODULES, selftest)
import main
sys.exit(main.main(["self-test"]))
"""


def test_the_command_in_a_process_of_its_own(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LOCALAPPDATA=str(tmp_path / "data"),
        SAMVERKAN_DATABASE=str(tmp_path / "data" / "samverkan.db"),
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, timeout=120
    )
    took = time.monotonic() - started
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()
    assert out.startswith("ok   resources: ") and "self-test passed: 8 checks" in out
    assert done.stderr.decode() == ""  # not a traceback, not even the platform's notes
    assert not (tmp_path / "data").exists() or list((tmp_path / "data").rglob("*")) == []
    assert took < 60


def test_a_folder_that_cannot_be_deleted_fails_the_cleanup(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user_data: Path
) -> None:
    from app import selftest

    kept: list[Path] = []

    def held(folder: Path, attempts: int = 5) -> None:  # a scanner holds a file
        kept.append(folder)
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(selftest, "remove_folder", held)
    code, lines, err = self_test(capsys)
    shutil.rmtree(kept[0])
    assert code == 1
    reason = "no permission (or the file is open elsewhere)"
    assert line_of(lines, "cleanup") == f"FAIL cleanup: {reason}: {kept[0]}"
    assert line_of(lines, "dialogs").startswith("ok   ")
    assert "Traceback" not in err
