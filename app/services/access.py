"""Who may do what: roles, need to know, and the audit log of case work.

Every service call that touches a case runs in `case_work`: one write
transaction that knows the acting user, checks their right against the role
and the task forces they belong to, and writes the audit entry beside the
work itself. A refusal is written too, in a transaction of its own after the
refused work has been undone, so that no refusal goes unrecorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from app.clock import now
from app.domain.tables import AUDIT_ENTRY, CASE, TASK_FORCE_USER, USER
from app.domain.vocabulary import AuditAction, Role
from app.errors import AccessDenied, NotFound
from app.services.reference import current_user_id
from app.storage.database import Database

# What each role may do with cases. Membership of the case's task force is
# needed as well, except for administrators, who see every case.
SEES_CASES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.MEMBER, Role.READER})
CHANGES_CASES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.MEMBER})
MANAGES_TASK_FORCES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
EDITS_VOCABULARIES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
READS_AUDIT_LOG = frozenset({Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER})


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them, within one transaction."""

    user_id: int
    account: str
    role: Role

    @property
    def is_administrator(self) -> bool:
        return self.role is Role.ADMINISTRATOR


def actor(session: Session, account: str) -> Actor:
    user_id = current_user_id(session, account)
    role = session.execute(select(USER.c.role).where(USER.c.id == user_id)).scalar_one()
    return Actor(user_id=user_id, account=account, role=Role(role))


def task_force_ids(session: Session, who: Actor) -> set[int] | None:
    """The task forces whose cases `who` may see; None means all of them."""
    if who.is_administrator:
        return None
    if who.role not in SEES_CASES:
        return set()
    rows = session.execute(
        select(TASK_FORCE_USER.c.task_force_id).where(TASK_FORCE_USER.c.user_id == who.user_id)
    ).scalars()
    return set(rows)


def may_see_task_force(session: Session, who: Actor, task_force_id: int) -> bool:
    allowed = task_force_ids(session, who)
    return allowed is None or task_force_id in allowed


def require_case(session: Session, who: Actor, case_id: int, *, change: bool = False) -> str:
    """Check that `who` may see (or change) the case; returns its number.

    Raises NotFound for a case that does not exist and AccessDenied, carrying
    the case, for one the user may not open.
    """
    row = session.execute(
        select(CASE.c.number, CASE.c.task_force_id).where(CASE.c.id == case_id)
    ).first()
    if row is None:
        raise NotFound(f"case {case_id} does not exist (any more)")
    number, task_force_id = row
    if not may_see_task_force(session, who, task_force_id):
        raise AccessDenied(
            f"case {number} belongs to a task force you are not a member of",
            case_id=case_id,
            case_number=number,
        )
    if change and who.role not in CHANGES_CASES:
        raise AccessDenied(
            f"your role ({who.role.value}) may read case {number} but not change it",
            case_id=case_id,
            case_number=number,
        )
    return str(number)


def require_role(who: Actor, allowed: frozenset[Role], doing: str) -> None:
    if who.role not in allowed:
        raise AccessDenied(f"your role ({who.role.value}) may not {doing}")


def record(
    session: Session,
    who: Actor,
    action: AuditAction,
    *,
    case_id: int | None = None,
    case_number: str = "",
    detail: str = "",
) -> None:
    """Write one audit entry in the caller's transaction.

    `detail` names what was done (fields, agencies, the new status), never the
    text of the case: an erased case must leave nothing of itself here.
    """
    session.execute(
        AUDIT_ENTRY.insert().values(
            at=now(),
            user_id=who.user_id,
            account=who.account,
            action=action.value,
            case_id=case_id,
            case_number=case_number,
            detail=detail[:500],
        )
    )


@contextmanager
def case_work(db: Database, doing: str) -> Iterator[tuple[Session, Actor]]:
    """One audited unit of case work; `doing` describes it for a refusal entry.

    The body raises AccessDenied to refuse; the work is rolled back and the
    refusal is then written in a transaction of its own.
    """
    try:
        with db.writing() as session:
            yield session, actor(session, db.account)
    except AccessDenied as refused:
        with db.writing() as session:
            record(
                session,
                actor(session, db.account),
                AuditAction.REFUSED,
                case_id=refused.case_id,
                case_number=refused.case_number,
                detail=f"{doing}: {refused}",
            )
        raise
