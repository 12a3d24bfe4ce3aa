"""The office's settings: declared keys, defaults, checks, administrators only, audited."""

from __future__ import annotations

from datetime import datetime

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
