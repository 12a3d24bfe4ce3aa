"""The people who use Samverkan and their roles.

Who someone is comes from the operating system (app.identity); what they may
do comes from their role, kept here in the database. Only an administrator
adds users and changes roles, and a database always keeps an administrator.

Both run as audited work (access.case_work): an administrator opens every
case, so the data protection officer must be able to trace who was given
which role, and a refused attempt is written to the audit log too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlmodel import Session

from app.clock import now
from app.domain.tables import USER
from app.domain.vocabulary import AuditAction, Role
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import access
from app.services.access import ROLE_TITLES
from app.services.reference import current_user_id
from app.services.text_rules import required_problem, text_problem
from app.storage.database import Database

__all__ = ["ROLE_TITLES", "UserInfo", "add_user", "list_users", "role_title", "set_role", "sign_in"]


@dataclass(frozen=True)
class UserInfo:
    id: int
    account: str
    display_name: str
    role: Role

    @property
    def is_administrator(self) -> bool:
        return self.role is Role.ADMINISTRATOR


def sign_in(db: Database) -> UserInfo:
    """The signed-in account as a user, registered on its first visit."""
    with db.writing() as session:
        return _info(session, current_user_id(session, db.account))


def list_users(db: Database) -> list[UserInfo]:
    with db.reading() as session:
        rows = session.execute(select(USER.c.id).order_by(USER.c.display_name)).scalars()
        return [_info(session, user_id) for user_id in rows]


def add_user(db: Database, account: str, display_name: str, role: Role | str) -> UserInfo:
    """Register a colleague before their first start, with the role they need."""
    errors: dict[str, str] = {}
    account = account.strip()
    if not account:
        errors["account"] = required_problem()
    elif problem := text_problem(account, max_length=256):
        errors["account"] = problem
    if problem := text_problem(display_name, max_length=120):
        errors["display_name"] = problem
    chosen = _role(role, errors)
    if errors:
        raise ValidationError(errors)
    with access.case_work(db, "add a user") as (session, who):
        _require_administrator(session, db.account)
        taken = session.execute(
            select(USER.c.id).where(func.lower(USER.c.account) == account.lower())
        ).first()
        if taken:
            raise ValidationError(
                {
                    "account": translate("users", "{account} is a user already").format(
                        account=account
                    )
                }
            )
        new_id = session.execute(
            USER.insert()
            .values(
                account=account,
                display_name=display_name.strip() or account,
                role=chosen.value,
                created_at=now(),
            )
            .returning(USER.c.id)
        ).scalar_one()
        detail = f"user {account} added as {_role_name(chosen)}"
        access.record(session, who, AuditAction.CHANGE, detail=detail)
        return _info(session, new_id)


def set_role(db: Database, user_id: int, role: Role | str) -> UserInfo:
    """Give a user another role. The last administrator cannot give theirs away."""
    errors: dict[str, str] = {}
    chosen = _role(role, errors)
    if errors:
        raise ValidationError(errors)
    with access.case_work(db, "change a user's role") as (session, who):
        _require_administrator(session, db.account)
        user = _info(session, user_id)
        if user.role is chosen:
            return user  # nothing changes, nothing to log
        if user.is_administrator and chosen is not Role.ADMINISTRATOR:
            administrators = session.execute(
                select(func.count()).where(USER.c.role == Role.ADMINISTRATOR.value)
            ).scalar_one()
            if administrators <= 1:
                raise ValidationError(
                    {
                        "role": translate(
                            "users",
                            "the database needs an administrator: make someone else one first",
                        )
                    }
                )
        session.execute(update(USER).where(USER.c.id == user_id).values(role=chosen.value))
        detail = f"role of {user.account}: {_role_name(user.role)} -> {_role_name(chosen)}"
        access.record(session, who, AuditAction.CHANGE, detail=detail)
        return _info(session, user_id)


def role_title(role: Role, language: str | None = None) -> str:
    """The role's title in `language` (None: the current one)."""
    return ROLE_TITLES.title(role, language)


def _role_name(role: Role) -> str:
    """The role as the audit log names it ("data protection officer"): English, like
    every audit detail, so that one log reads the same whoever wrote it."""
    return access.role_name(role, "en")


def _require_administrator(session: Session, account: str) -> None:
    me = _info(session, current_user_id(session, account))
    if not me.is_administrator:
        raise access.Refusal(
            QT_TRANSLATE_NOOP("access", "only an administrator manages users and their roles")
        )


def _role(value: Role | str, errors: dict[str, str]) -> Role:
    try:
        return Role(value)
    except ValueError:
        errors["role"] = translate("users", "must be one of {roles}").format(
            roles=", ".join(r.value for r in Role)
        )
        return Role.READER


def _info(session: Session, user_id: int) -> UserInfo:
    row = session.execute(select(USER).where(USER.c.id == user_id)).first()
    if row is None:
        raise NotFound(translate("users", "user {id} does not exist").format(id=user_id))
    return UserInfo(row.id, row.account, row.display_name or row.account, Role(row.role))
