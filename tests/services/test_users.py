"""Users and roles: the first user administers; only administrators manage users."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.vocabulary import Role
from app.errors import AccessDenied, ValidationError
from app.services import users
from app.storage.database import Database


def as_account(db: Database, account: str) -> Database:
    return Database(db.engine, account)


def test_the_first_user_becomes_administrator_even_after_demo_officers(
    db: Database, fixed_clock: datetime
) -> None:
    # The `db` fixture holds the demo officers (co-ordinator, members), but no administrator.
    me = users.sign_in(db)
    assert me.account == "tester" and me.role is Role.ADMINISTRATOR
    other = users.sign_in(as_account(db, "DOMAIN\\kollega"))
    assert other.role is Role.MEMBER


def test_an_administrator_adds_users_and_changes_roles(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    added = users.add_user(db, "KOMMUN\\åsa.öberg", "Åsa Öberg", Role.DATA_PROTECTION_OFFICER)
    assert added.role is Role.DATA_PROTECTION_OFFICER
    changed = users.set_role(db, added.id, "coordinator")
    assert changed.role is Role.COORDINATOR
    assert "KOMMUN\\åsa.öberg" in [u.account for u in users.list_users(db)]
    with pytest.raises(ValidationError) as caught:
        users.add_user(db, "kommun\\ÅSA.ÖBERG", "", Role.READER)
    assert set(caught.value.errors) == {"account"}


def test_others_are_refused_by_the_service(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    member = as_account(db, "DOMAIN\\kollega")
    me = users.sign_in(member)
    with pytest.raises(AccessDenied):
        users.set_role(member, me.id, Role.ADMINISTRATOR)
    with pytest.raises(AccessDenied):
        users.add_user(member, "DOMAIN\\ny", "Ny", Role.MEMBER)
    assert users.sign_in(member).role is Role.MEMBER


def test_the_last_administrator_keeps_the_role(db: Database, fixed_clock: datetime) -> None:
    admin = users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        users.set_role(db, admin.id, Role.MEMBER)
    assert "administrator" in caught.value.errors["role"]
    second = users.add_user(db, "DOMAIN\\andra", "Andra", Role.ADMINISTRATOR)
    assert users.set_role(db, admin.id, Role.MEMBER).role is Role.MEMBER
    assert users.list_users(db)[0].id in {second.id, admin.id}


def test_unknown_roles_and_bad_input_are_named(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        users.add_user(db, "  ", "x" * 121, "boss")
    assert set(caught.value.errors) == {"account", "display_name", "role"}
