"""Users: account and display name kept or refused by name.

Normalisation: both are stripped; an empty display name becomes the account.
Accounts are unique without regard to case, so every example's account
begins with a prefix of its own.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from app.domain.tables import USER
from app.domain.vocabulary import Role
from app.errors import ValidationError
from app.services import users
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    check_refusal,
    count_rows,
    fields,
    text_refused,
    texts,
    tried,
    unique_prefix,
)
from tests.services.case_support import sign_in_tester


@BOUNDED
@given(account=texts, display_name=texts, role=st.sampled_from([*Role, "\x00", "admin", ""]))
def test_a_user_is_kept_or_refused_by_name(
    db: Database, fixed_clock: datetime, account: str, display_name: str, role: str
) -> None:
    tried()
    sign_in_tester(db)
    account = unique_prefix() + account
    account_refused = text_refused(account.strip(), 256, identity=False)
    name_refused = text_refused(display_name, 120, identity=False)
    role_refused = role not in set(Role)
    before = count_rows(db, USER)
    try:
        added = users.add_user(db, account, display_name, role)
    except ValidationError as error:
        expected = fields(account=account_refused, display_name=name_refused, role=role_refused)
        assert set(error.errors) == expected
        for field in error.errors:
            check_refusal(error, field)
        assert count_rows(db, USER) == before
        return
    assert not (account_refused or name_refused or role_refused)
    again = next(u for u in users.list_users(db) if u.id == added.id)
    assert again.account == account.strip()
    assert again.display_name == (display_name.strip() or account.strip())
    assert again.role == Role(role)
