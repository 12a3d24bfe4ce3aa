"""Users and roles: the first user administers; only administrators manage users."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from app.domain.tables import AUDIT_ENTRY
from app.domain.vocabulary import AuditAction, Role
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


def audit(db: Database) -> list[tuple[str, str, int | None, str, str]]:
    """(account, action, case id, case number, detail) of every audit entry, in order."""
    with db.reading() as session:
        rows = session.execute(
            select(
                AUDIT_ENTRY.c.account,
                AUDIT_ENTRY.c.action,
                AUDIT_ENTRY.c.case_id,
                AUDIT_ENTRY.c.case_number,
                AUDIT_ENTRY.c.detail,
            ).order_by(AUDIT_ENTRY.c.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_added_users_and_changed_roles_are_in_the_audit_log(
    db: Database, fixed_clock: datetime
) -> None:
    # An administrator opens every case: the DPO must be able to trace who got which role.
    users.sign_in(db)
    dpo = users.add_user(db, "dpo.person", "Dpo Person", Role.DATA_PROTECTION_OFFICER)
    plain = users.add_user(db, "plain.member", "", "member")
    users.set_role(db, plain.id, Role.ADMINISTRATOR)
    users.set_role(db, plain.id, Role.ADMINISTRATOR)  # no change: nothing to log
    users.set_role(db, dpo.id, Role.COORDINATOR)
    change = AuditAction.CHANGE.value
    assert audit(db) == [
        ("tester", change, None, "", "user dpo.person added as data protection officer"),
        ("tester", change, None, "", "user plain.member added as member"),
        ("tester", change, None, "", "role of plain.member: member -> administrator"),
        ("tester", change, None, "", "role of dpo.person: data protection officer -> co-ordinator"),
    ]


def test_refused_user_changes_are_in_the_audit_log_and_invalid_ones_are_not(
    db: Database, fixed_clock: datetime
) -> None:
    admin = users.sign_in(db)
    member = as_account(db, "DOMAIN\\kollega")
    me = users.sign_in(member)
    with pytest.raises(AccessDenied):
        users.add_user(member, "DOMAIN\\ny", "Ny", Role.MEMBER)
    with pytest.raises(AccessDenied):
        users.set_role(member, me.id, Role.ADMINISTRATOR)
    with pytest.raises(ValidationError):
        users.set_role(db, admin.id, Role.MEMBER)  # the last administrator: undone, not logged
    with pytest.raises(ValidationError):
        users.add_user(db, "DOMAIN\\kollega", "Dubblett", Role.MEMBER)
    entries = audit(db)
    assert [(account, action) for account, action, *_ in entries] == [
        ("DOMAIN\\kollega", AuditAction.REFUSED.value),
        ("DOMAIN\\kollega", AuditAction.REFUSED.value),
    ]
    assert entries[0][4].startswith("add a user: only an administrator")
    assert entries[1][4].startswith("change a user's role: only an administrator")
    assert "DOMAIN\\ny" not in [u.account for u in users.list_users(db)]
    assert users.sign_in(member).role is Role.MEMBER
