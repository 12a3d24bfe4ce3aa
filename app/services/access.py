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
from app.i18n import QT_TRANSLATE_NOOP, Titles, translate
from app.services.reference import current_user_id
from app.storage.database import Database

# What each role may do with cases. Membership of the case's task force is
# needed as well, except for administrators, who see every case.
SEES_CASES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.MEMBER, Role.READER})
CHANGES_CASES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.MEMBER})
MANAGES_TASK_FORCES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
EDITS_VOCABULARIES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
READS_AUDIT_LOG = frozenset({Role.ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER})

ROLE_TITLES = Titles(
    "roles",
    {
        Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "Administrator"),
        Role.DATA_PROTECTION_OFFICER: QT_TRANSLATE_NOOP("roles", "Data protection officer"),
        Role.COORDINATOR: QT_TRANSLATE_NOOP("roles", "Co-ordinator"),
        Role.MEMBER: QT_TRANSLATE_NOOP("roles", "Member"),
        Role.READER: QT_TRANSLATE_NOOP("roles", "Reader"),
    },
)


class Refusal(AccessDenied):
    """AccessDenied in the user's language, written to the audit log in English.

    `source` is the English text, marked where it is written with
    QT_TRANSLATE_NOOP("access", …), with named placeholders filled from `values`
    (a Role as its name in each language). The audit log keeps the English
    (`english`), so that one log reads the same whoever was refused, in whichever
    language.
    """

    def __init__(
        self, source: str, *, case_id: int | None = None, case_number: str = "", **values: object
    ) -> None:
        shown = translate("access", source).format(**_in_words(values, None))
        super().__init__(shown, case_id=case_id, case_number=case_number)
        self.english = source.format(**_in_words(values, "en"))


def _in_words(values: dict[str, object], lang: str | None) -> dict[str, object]:
    return {k: role_name(v, lang) if isinstance(v, Role) else v for k, v in values.items()}


def role_name(role: Role, lang: str | None = None) -> str:
    """The role as a sentence names it: "data protection officer", "dataskyddsombud"."""
    return ROLE_TITLES.title(role, lang).lower()


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
        raise NotFound(case_gone(case_id))
    number, task_force_id = row
    if not may_see_task_force(session, who, task_force_id):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "access", "case {number} belongs to a task force you are not a member of"
            ),
            number=number,
            case_id=case_id,
            case_number=number,
        )
    if change and who.role not in CHANGES_CASES:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "access", "your role ({role}) may read case {number} but not change it"
            ),
            role=who.role,
            number=number,
            case_id=case_id,
            case_number=number,
        )
    return str(number)


def case_gone(case_id: int) -> str:
    """NotFound's message for a case that does not exist (any more)."""
    return translate("access", "case {id} does not exist (any more)").format(id=case_id)


def require_role(who: Actor, allowed: frozenset[Role], refusal: str) -> None:
    """Refuse (Refusal) unless `who` has one of the `allowed` roles.

    `refusal` is the whole sentence, marked with QT_TRANSLATE_NOOP("access", …),
    with a {role} placeholder for the user's role: "your role ({role}) may not …".
    """
    if who.role not in allowed:
        raise Refusal(refusal, role=who.role)


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
                detail=f"{doing}: {getattr(refused, 'english', refused)}",
            )
        raise
