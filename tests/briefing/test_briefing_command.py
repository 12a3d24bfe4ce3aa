"""The briefing command refuses a bad --out or --meeting with --from/--to before it
gathers anything, and the PDF it writes is readable like any new file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import main
from app.briefing.briefing_pdf import write_briefing
from tests.briefing.pdf_support import needs_poppler
from tests.briefing.test_briefing_pdf import data


@pytest.fixture
def gathering_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks come first: gathering a briefing here fails the test."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("gathered before the arguments were checked")

    monkeypatch.setattr("app.briefing.briefing_data.gather_briefing", refused)


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main.main(["--database", str(tmp_path / "samverkan.db"), "briefing", *argv])
    return code, capsys.readouterr().err.strip()


@pytest.mark.usefixtures("gathering_refused")
def test_a_missing_folder_is_named_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nowhere"
    code, err = run(
        tmp_path,
        capsys,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-25",
        "--out",
        str(folder / "b.pdf"),
    )
    assert code == 1
    assert err == f"samverkan: out: the folder {folder} does not exist"


@pytest.mark.usefixtures("gathering_refused")
def test_a_folder_is_not_a_file_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(
        tmp_path, capsys, "--from", "2026-11-01", "--to", "2026-11-25", "--out", str(tmp_path)
    )
    assert code == 1
    assert err.startswith(f"samverkan: out: {tmp_path} is a folder; give the file to write")


@pytest.mark.usefixtures("gathering_refused")
def test_a_file_where_the_folder_should_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "report"
    blocker.write_text("not a folder")
    code, err = run(tmp_path, capsys, "--meeting", "1", "--out", str(blocker / "b.pdf"))
    assert code == 1
    assert err == f"samverkan: out: the folder {blocker} is not a folder"


@pytest.mark.usefixtures("gathering_refused")
def test_meeting_and_period_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.pdf"
    code, err = run(
        tmp_path,
        capsys,
        "--meeting",
        "1",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-25",
        "--out",
        str(out),
    )
    assert code == 1
    assert "meeting: give either --meeting" in err and "not both" in err
    code, err = run(tmp_path, capsys, "--meeting", "1", "--to", "2026-11-25", "--out", str(out))
    assert code == 1 and "not both" in err
    assert not out.exists()


@needs_poppler
def test_the_written_pdf_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    old = os.umask(0o022)
    try:
        write_briefing(data(), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.umask(0o002)
        write_briefing(data(), path)  # replacing the file
        assert stat.S_IMODE(path.stat().st_mode) == 0o664
    finally:
        os.umask(old)
