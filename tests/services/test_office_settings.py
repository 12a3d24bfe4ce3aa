"""The office's settings: declared keys, defaults, checks, administrators only, audited."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.tables import AUDIT_ENTRY, SETTING
from app.domain.vocabulary import AuditAction, Role
from app.errors import AccessDenied, ValidationError
from app.services import office_settings, users
from app.storage.database import Database


def test_the_retention_period_is_3_years_by_default(db: Database) -> None:
    assert office_settings.retention_years(db) == 3  # as the migration stored it
    with db.writing() as session:
        session.execute(SETTING.delete().where(SETTING.c.key == "retention_years"))
    assert office_settings.retention_years(db) == 3  # and when missing altogether


def test_an_administrator_changes_the_retention_period(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    assert office_settings.set_retention_years(db, 5) == 5
    assert office_settings.retention_years(db) == 5
    with db.writing() as session:
        session.execute(SETTING.delete())
    assert office_settings.set_retention_years(db, 20) == 20  # inserted when missing
    assert office_settings.retention_years(db) == 20
    with db.reading() as session:
        details = session.execute(
            select(AUDIT_ENTRY.c.detail).where(AUDIT_ENTRY.c.action == AuditAction.CHANGE.value)
        ).scalars()
        assert list(details) == ["setting retention_years = 5", "setting retention_years = 20"]


@pytest.mark.parametrize("years", [0, 21, -1, True, 2.5, "3"])
def test_the_retention_period_is_1_to_20_whole_years(
    db: Database, fixed_clock: datetime, years: object
) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        office_settings.set_retention_years(db, years)  # type: ignore[arg-type]
    assert set(caught.value.errors) == {"retention_years"}
    assert "1 to 20" in caught.value.errors["retention_years"]
    assert office_settings.retention_years(db) == 3


@pytest.mark.parametrize("role", [Role.DATA_PROTECTION_OFFICER, Role.COORDINATOR, Role.MEMBER])
def test_only_administrators_change_settings_and_refusals_are_logged(
    db: Database, fixed_clock: datetime, role: Role
) -> None:
    users.sign_in(db)
    users.add_user(db, "kommun\\annan", "Annan", role)
    other = Database(db.engine, "kommun\\annan")
    with pytest.raises(AccessDenied):
        office_settings.set_retention_years(other, 1)
    assert office_settings.retention_years(db) == 3
    with db.reading() as session:
        refused = session.execute(
            select(AUDIT_ENTRY.c.account).where(AUDIT_ENTRY.c.action == AuditAction.REFUSED.value)
        ).scalars()
        assert list(refused) == ["kommun\\annan"]


def test_text_settings_for_the_briefings(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == ""
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME, "Kommunen") == (
        "Kommunen"
    )
    office_settings.set_setting(db, office_settings.MUNICIPALITY_NAME, "  Botkyrka kommun ")
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == "Botkyrka kommun"
    with pytest.raises(ValidationError) as caught:
        office_settings.set_setting(db, office_settings.CLASSIFICATION_MARKING, "x" * 121)
    assert set(caught.value.errors) == {"classification_marking"}


def test_an_unknown_key_is_a_mistake_in_the_program(db: Database) -> None:
    with pytest.raises(KeyError):
        office_settings.get_setting(db, "colour")
    with pytest.raises(KeyError):
        office_settings.set_setting(db, "colour", "blue")


@pytest.mark.parametrize("value", ["0", "21", "drei", ""])
def test_the_role_is_checked_before_the_value(
    db: Database, fixed_clock: datetime, value: str
) -> None:
    """An unauthorised user is refused, and the refusal logged, whatever they typed."""
    users.sign_in(db)
    users.add_user(db, "kommun\\lasare", "Läsaren", Role.READER)
    reader = Database(db.engine, "kommun\\lasare")
    with pytest.raises(AccessDenied):
        office_settings.set_setting(reader, office_settings.RETENTION_YEARS, value)
    with pytest.raises(AccessDenied):
        office_settings.set_retention_years(reader, 2.5)  # type: ignore[arg-type]
    with db.reading() as session:
        refused = session.execute(
            select(AUDIT_ENTRY.c.account, AUDIT_ENTRY.c.detail).where(
                AUDIT_ENTRY.c.action == AuditAction.REFUSED.value
            )
        ).all()
    assert [account for account, _ in refused] == ["kommun\\lasare"] * 2
    assert all("change the setting retention_years" in detail for _, detail in refused)
    assert office_settings.retention_years(db) == 3


# -- several settings at once, and the logo -------------------------------------------


def tiny_png(path: Path, pad_to: int = 0) -> Path:
    """A real 1×1 PNG (one red pixel); padded with a trailing chunk to `pad_to` bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1×1, 8 bits, RGB
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    if pad_to > len(data):
        data += chunk(b"tEXt", b"x" * (pad_to - len(data) - 2 * 12))  # and the IEND
    data += chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def audit_details(db: Database, action: AuditAction = AuditAction.CHANGE) -> list[str]:
    with db.reading() as session:
        rows = session.execute(
            select(AUDIT_ENTRY.c.detail)
            .where(AUDIT_ENTRY.c.action == action.value)
            .order_by(AUDIT_ENTRY.c.id)
        ).scalars()
        return list(rows)


def test_set_settings_writes_the_changed_ones_with_one_audit_entry(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    users.sign_in(db)
    logo = tiny_png(tmp_path / "logo.png")
    changed = office_settings.set_settings(
        db,
        {
            "municipality_name": " Botkyrka kommun ",
            "classification_marking": "Arbetsmaterial – ej för spridning",
            "retention_years": "3",  # as stored already: not a change
            "logo_path": str(logo),
        },
    )
    assert changed == {
        "municipality_name": "Botkyrka kommun",
        "classification_marking": "Arbetsmaterial – ej för spridning",
        "logo_path": str(logo),
    }
    assert office_settings.all_settings(db) == {
        "retention_years": "3",
        "municipality_name": "Botkyrka kommun",
        "classification_marking": "Arbetsmaterial – ej för spridning",
        "logo_path": str(logo),
        "backups_kept": "10",  # the default
        "backup_folder": "",  # beside the database
    }
    # One entry naming the changed keys; the path (a folder may name a person) is not given.
    assert audit_details(db) == [
        "settings changed: municipality_name = Botkyrka kommun, "
        "classification_marking = Arbetsmaterial – ej för spridning, logo_path"
    ]
    assert office_settings.set_settings(db, {"municipality_name": "Botkyrka kommun"}) == {}
    assert len(audit_details(db)) == 1  # nothing changed, nothing written


def test_set_settings_is_all_or_nothing_and_names_every_bad_field(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        office_settings.set_settings(
            db,
            {
                "municipality_name": "Botkyrka kommun",
                "retention_years": "25",
                "logo_path": str(tmp_path / "saknas.png"),
                "classification_marking": "rad ett\nrad två",
            },
        )
    assert set(caught.value.errors) == {"retention_years", "logo_path", "classification_marking"}
    assert caught.value.errors["logo_path"] == "no such file"
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == ""
    assert office_settings.retention_years(db) == 3
    assert audit_details(db) == []


def test_set_settings_retention_is_used_for_erasure(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    assert office_settings.set_settings(db, {"retention_years": " 7 "}) == {"retention_years": "7"}
    assert office_settings.retention_years(db) == 7
    assert audit_details(db) == ["settings changed: retention_years = 7"]


@pytest.mark.parametrize(
    "role", [Role.DATA_PROTECTION_OFFICER, Role.COORDINATOR, Role.MEMBER, Role.READER]
)
def test_set_settings_refuses_all_but_administrators_whatever_they_typed(
    db: Database, fixed_clock: datetime, role: Role
) -> None:
    users.sign_in(db)
    users.add_user(db, "kommun\\annan", "Annan", role)
    other = Database(db.engine, "kommun\\annan")
    with pytest.raises(AccessDenied):
        office_settings.set_settings(
            other, {"municipality_name": "Fel kommun", "retention_years": "0"}
        )
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == ""
    assert not any("setting" in detail for detail in audit_details(db))
    refused = audit_details(db, AuditAction.REFUSED)
    assert len(refused) == 1
    assert "change the office's settings (municipality_name, retention_years)" in refused[0]


def test_set_settings_with_an_unknown_key_is_a_mistake_in_the_program(db: Database) -> None:
    with pytest.raises(KeyError):
        office_settings.set_settings(db, {"municipality_name": "x", "colour": "blue"})
    assert office_settings.get_setting(db, office_settings.MUNICIPALITY_NAME) == ""


def test_a_logo_must_be_a_png_or_jpeg_under_2_mb(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    users.sign_in(db)
    limit = office_settings.MAX_LOGO_BYTES
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    big = tiny_png(tmp_path / "big.png", pad_to=limit)
    assert big.stat().st_size == limit
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    refused = {
        str(text): "must be a PNG or JPEG picture",
        str(big): "is too large: 2.0 MB, it must be under 2 MB",
        str(tmp_path): "is not a file",
        str(tmp_path / "saknas.png"): "no such file",
    }
    for value, message in refused.items():
        with pytest.raises(ValidationError) as caught:
            office_settings.set_setting(db, office_settings.LOGO_PATH, value)
        assert caught.value.errors == {"logo_path": message}
    just_under = tiny_png(tmp_path / "under.png", pad_to=limit - 1)
    for good in (jpeg, just_under):
        assert office_settings.set_setting(db, office_settings.LOGO_PATH, str(good)) == str(good)
    assert office_settings.set_setting(db, office_settings.LOGO_PATH, "  ") == ""  # no logo
    # set_setting names the logo's key, not its path, in the audit log as well.
    assert audit_details(db)[-1] == "setting logo_path"


def test_a_relative_logo_path_is_stored_absolute(
    db: Database, fixed_clock: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.sign_in(db)
    tiny_png(tmp_path / "logo.png")
    monkeypatch.chdir(tmp_path)
    stored = office_settings.set_settings(db, {"logo_path": "logo.png"})["logo_path"]
    assert stored == str(tmp_path / "logo.png")
    monkeypatch.chdir(tmp_path.parent)
    assert office_settings.logo_path(db) == tmp_path / "logo.png"


def test_the_logo_is_none_when_unset_or_gone_and_the_briefing_goes_without(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    users.sign_in(db)
    assert office_settings.logo_path(db) is None
    logo = tiny_png(tmp_path / "logo.png")
    office_settings.set_setting(db, office_settings.LOGO_PATH, str(logo))
    assert office_settings.logo_path(db) == logo
    logo.write_text("overwritten by something else")
    assert office_settings.logo_path(db) is None
    logo.unlink()
    assert office_settings.logo_path(db) is None
    assert office_settings.get_setting(db, office_settings.LOGO_PATH) == str(logo)  # kept
