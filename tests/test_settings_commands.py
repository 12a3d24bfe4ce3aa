"""The settings sub-command, run the way main.py runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.vocabulary import AuditAction, Role
from app.identity import os_account
from app.services import audit_log, office_settings, users
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from tests.cli_support import run
from tests.services.test_office_settings import tiny_png

pytestmark = pytest.mark.usefixtures("fixed_clock")


def test_settings_lists_every_setting(
    mine: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office_settings.set_setting(mine, office_settings.MUNICIPALITY_NAME, "Botkyrka kommun")
    code, out, err = run(capsys, path, "settings")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "retention_years = 3",
        "municipality_name = Botkyrka kommun",
        "classification_marking = Intern – ej för publicering",  # the default
        "logo_path =",
        "backups_kept = 10",
        "backup_folder =",
    ]
    assert run(capsys, path, "settings", "retention_years") == (0, "retention_years = 3", "")


def test_an_administrator_sets_a_setting(
    mine: Database, path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, path, "settings", "retention_years", "5") == (0, "retention_years = 5", "")
    assert office_settings.retention_years(mine) == 5
    assert run(capsys, path, "settings", "retention_years", "5")[1] == (
        "retention_years = 5 (unchanged)"
    )
    code, out, _ = run(capsys, path, "settings", "classification_marking", "Arbetsmaterial")
    assert (code, out) == (0, "classification_marking = Arbetsmaterial")
    logo = tiny_png(tmp_path / "logo.png")
    assert run(capsys, path, "settings", "logo_path", str(logo))[1] == f"logo_path = {logo}"
    assert office_settings.logo_path(mine) == logo
    assert run(capsys, path, "settings", "logo_path", "")[1] == "logo_path ="
    assert office_settings.logo_path(mine) is None
    changes = [e.detail for e in audit_log.list_entries(mine) if e.action is AuditAction.CHANGE]
    # One entry per change, newest first; the unchanged one wrote nothing.
    assert changes == [
        "settings changed: logo_path",
        "settings changed: logo_path",
        "settings changed: classification_marking = Arbetsmaterial",
        "settings changed: retention_years = 5",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("retention_years", "0"), "retention_years: must be a whole number of years from 1"),
        (("logo_path", "saknas.png"), "logo_path: no such file"),
        (("colour", "blue"), "colour: is not a setting; the settings are retention_years, "),
    ],
)
def test_a_bad_value_is_refused_in_one_line(
    mine: Database,
    path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, str],
    message: str,
) -> None:
    code, out, err = run(capsys, path, "settings", *argv)
    assert (code, out) == (1, "")
    assert err.startswith(f"samverkan: {message}") and "\n" not in err
    assert office_settings.retention_years(mine) == 3


def test_a_member_may_list_but_not_set(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    admin = open_database(sqlite_url(path), account="kommun\\admin")
    try:
        users.sign_in(admin)  # the administrator; this process's account becomes a member
        users.add_user(admin, os_account(), "Kollegan", Role.MEMBER)
        assert run(capsys, path, "settings")[0] == 0
        code, out, err = run(capsys, path, "settings", "retention_years", "1")
        assert (code, out) == (1, "")
        assert err == "samverkan: your role (member) may not change the office's settings"
        assert office_settings.retention_years(admin) == 3
        refused = audit_log.list_entries(admin)[0]
        assert (refused.action, refused.account) == (AuditAction.REFUSED, os_account())
    finally:
        admin.close()
