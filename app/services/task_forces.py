"""Task forces: who sits at the table, and which users may open their cases.

Everyone may list task forces: their names, kinds and members are not
secret. How many open cases one has, and which, is shown only to users who
may see its cases (need to know); for others the count is None.
Co-ordinators and administrators manage task forces; only administrators
decide which users belong to one, because that decides who opens the cases
of minors. Those decisions are written to the audit log (who was given or
lost access); editing a task force's particulars is not case work and is
not logged. A task force with open cases can be neither switched off nor
made other than social until they are closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session

from app.domain.tables import (
    AGENCY,
    CASE,
    DISTRICT,
    PERSON,
    TASK_FORCE,
    TASK_FORCE_AGENCY,
    TASK_FORCE_PERSON,
    TASK_FORCE_USER,
    USER,
)
from app.domain.vocabulary import AuditAction, CaseStatus, Role, TaskForceKind
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import access, identity_numbers, users, versions
from app.services.access import Actor
from app.services.case_detail import number_key
from app.services.case_types import MemberRef, TaskForceDraft, TaskForceInfo
from app.services.roster import pairs
from app.services.text_rules import lookup_problem, quoted, required_problem, text_problem
from app.storage.database import Database

NAME_MAX = 120
CADENCE_MAX = 120
PURPOSE_MAX = 4000
ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
_MAY_NOT_DECIDE = QT_TRANSLATE_NOOP(
    "access", "your role ({role}) may not decide who belongs to a task force"
)

# -- reading ----------------------------------------------------------------------


def list_task_forces(db: Database, *, include_inactive: bool = True) -> list[TaskForceInfo]:
    """Every task force by name; open cases counted only where the user may see them."""
    who = _viewer(db)
    with db.reading() as session:
        query = select(TASK_FORCE.c.id).order_by(func.lower(TASK_FORCE.c.name), TASK_FORCE.c.id)
        if not include_inactive:
            query = query.where(TASK_FORCE.c.active.is_(True))
        ids = list(session.execute(query).scalars())
        return _load_many(session, who, ids)


def get_task_force(db: Database, task_force_id: int) -> TaskForceInfo:
    who = _viewer(db)
    with db.reading() as session:
        return _load(session, who, task_force_id)


def open_case_numbers(db: Database, task_force_id: int) -> list[tuple[str, CaseStatus]]:
    """The numbers and statuses of the task force's cases that are not closed, in
    number order, for users who may see its cases; AccessDenied for others.

    Like the case list, a read that opens no case is not written to the audit log.
    """
    who = _viewer(db)
    with db.reading() as session:
        name = _row(session, task_force_id).name
        if not access.may_see_task_force(session, who, task_force_id):
            raise access.Refusal(
                QT_TRANSLATE_NOOP("access", 'the cases of "{name}" are for its members only'),
                name=name,
            )
        rows = session.execute(
            select(CASE.c.number, CASE.c.status).where(
                CASE.c.task_force_id == task_force_id,
                CASE.c.status != CaseStatus.CLOSED.value,
            )
        ).all()
    return sorted(
        ((str(number), CaseStatus(status)) for number, status in rows),
        key=lambda pair: (number_key(pair[0]), pair[0]),
    )


def roster_choices(db: Database, *, include: Iterable[int] = ()) -> tuple[MemberRef, ...]:
    """The active people of the roster by name, to pick members from; `include` adds
    inactive people who are members already, so that editing does not drop them."""
    keep = list(include)
    with db.reading() as session:
        rows = session.execute(
            _member_query().where((PERSON.c.active.is_(True)) | PERSON.c.id.in_(keep))
        ).all()
    return tuple(sorted((_member(r) for r in rows), key=lambda m: (m.name.lower(), m.id)))


# -- changing -----------------------------------------------------------------------


def create_task_force(db: Database, draft: TaskForceDraft) -> TaskForceInfo:
    """Validate and store a new task force (co-ordinators and administrators)."""
    with access.case_work(db, "create a task force") as (session, who):
        access.require_role(
            who,
            access.MANAGES_TASK_FORCES,
            QT_TRANSLATE_NOOP("access", "your role ({role}) may not create task forces"),
        )
        task_force_id = insert_task_force(session, draft)
        return _load(session, who, task_force_id)


def update_task_force(
    db: Database, task_force_id: int, draft: TaskForceDraft, version: int
) -> TaskForceInfo:
    """Save changes; agencies and members are replaced by the draft's. Refused with
    Conflict when someone saved the task force after `version` was read."""
    with access.case_work(db, "change a task force") as (session, who):
        access.require_role(
            who,
            access.MANAGES_TASK_FORCES,
            QT_TRANSLATE_NOOP("access", "your role ({role}) may not change task forces"),
        )
        row = _row(session, task_force_id)
        if versions.stale(version, row.version):
            raise _changed_meanwhile(session, who, task_force_id)
        problems = _open_case_problems(session, row, draft)
        try:
            values = checked(session, draft, task_force_id=task_force_id)
        except ValidationError as error:
            raise ValidationError({**problems, **error.errors}) from None
        if problems:
            raise ValidationError(problems)
        if not versions.write_version(session, TASK_FORCE, task_force_id, row.version, values):
            raise _changed_meanwhile(session, who, task_force_id)
        _write_members(session, task_force_id, draft)
        return _load(session, who, task_force_id)


def _changed_meanwhile(session: Session, who: Actor, task_force_id: int) -> Conflict:
    current = _load(session, who, task_force_id)
    return Conflict(
        translate(
            "task_forces", 'task force "{name}" was changed by someone else meanwhile'
        ).format(name=current.name),
        current=current,
    )


def set_task_force_users(
    db: Database, task_force_id: int, user_ids: Iterable[int]
) -> TaskForceInfo:
    """Decide which users may open the task force's cases (administrators only)."""
    wanted = set(user_ids)
    with access.case_work(db, "change task-force membership") as (session, who):
        access.require_role(who, ADMINISTRATORS, _MAY_NOT_DECIDE)
        name = _row(session, task_force_id).name
        _require_users(session, wanted)
        have = set(
            session.execute(
                select(TASK_FORCE_USER.c.user_id).where(
                    TASK_FORCE_USER.c.task_force_id == task_force_id
                )
            ).scalars()
        )
        _change_membership(
            session,
            who,
            [(task_force_id, name, uid) for uid in wanted - have],
            [(task_force_id, name, uid) for uid in have - wanted],
        )
        return _load(session, who, task_force_id)


def set_user_task_forces(
    db: Database, user_id: int, task_force_ids: Iterable[int]
) -> tuple[int, ...]:
    """Decide which task forces a user belongs to (administrators only); returns
    the task forces the user belongs to afterwards."""
    wanted = set(task_force_ids)
    with access.case_work(db, "change task-force membership") as (session, who):
        access.require_role(who, ADMINISTRATORS, _MAY_NOT_DECIDE)
        _require_users(session, {user_id})
        names = pairs(session.execute(select(TASK_FORCE.c.id, TASK_FORCE.c.name)))
        unknown = wanted - set(names)
        if unknown:
            raise ValidationError(
                {
                    "task_force_ids": translate(
                        "task_forces", "no task force with id {ids}"
                    ).format(ids=", ".join(map(str, sorted(unknown))))
                }
            )
        have = set(
            session.execute(
                select(TASK_FORCE_USER.c.task_force_id).where(TASK_FORCE_USER.c.user_id == user_id)
            ).scalars()
        )
        _change_membership(
            session,
            who,
            [(tf, names[tf], user_id) for tf in wanted - have],
            [(tf, names[tf], user_id) for tf in have - wanted],
        )
        return tuple(sorted(wanted))


# -- for the demo and other services: work inside the caller's transaction ------------


def insert_task_force(session: Session, draft: TaskForceDraft) -> int:
    """Validate and insert a task force with its agencies and members; no role check."""
    values = checked(session, draft)
    task_force_id = int(
        session.execute(
            insert(TASK_FORCE).values(**values, version=1).returning(TASK_FORCE.c.id)
        ).scalar_one()
    )
    _write_members(session, task_force_id, draft)
    return task_force_id


def checked(
    session: Session, draft: TaskForceDraft, *, task_force_id: int | None = None
) -> dict[str, Any]:
    """The task force's column values, or a ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    name = draft.name.strip()
    cadence = draft.cadence.strip()
    _text(errors, "name", name, NAME_MAX, required=True)
    _text(errors, "purpose", draft.purpose, PURPOSE_MAX, multiline=True)
    _text(errors, "cadence", cadence, CADENCE_MAX)
    if "name" not in errors:
        taken = session.execute(
            select(TASK_FORCE.c.id).where(
                func.lower(TASK_FORCE.c.name) == name.lower(),
                TASK_FORCE.c.id != (task_force_id or 0),
            )
        ).first()
        if taken is not None:
            errors["name"] = translate(
                "task_forces", 'a task force named "{name}" exists already'
            ).format(name=name)
    try:
        kind = TaskForceKind(draft.kind)
    except ValueError:
        errors["kind"] = translate("task_forces", "must be one of {kinds}").format(
            kinds=", ".join(k.value for k in TaskForceKind)
        )
        kind = TaskForceKind.SOCIAL
    district_id = _district_id(session, draft.district, errors)
    _agency_ids(session, draft.agencies, errors)
    _check_people(session, draft.person_ids, task_force_id, errors)
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "kind": kind.value,
        "district_id": district_id,
        "purpose": draft.purpose,
        "cadence": cadence,
        "active": bool(draft.active),
    }


# -- inside -------------------------------------------------------------------------


def _viewer(db: Database) -> Actor:
    """The signed-in user, registered first if this is their first visit."""
    with db.reading() as session:
        known = session.execute(select(USER.c.id).where(USER.c.account == db.account)).first()
        if known is not None:
            return access.actor(session, db.account)
    users.sign_in(db)
    with db.reading() as session:
        return access.actor(session, db.account)


def _open_case_problems(session: Session, row: Any, draft: TaskForceDraft) -> dict[str, str]:
    """Why the draft may not be saved while the task force has cases not closed: the
    cases of young people belong to an active social task force until they close."""
    leaves_social = draft.kind != row.kind and draft.kind != TaskForceKind.SOCIAL
    switched_off = bool(row.active) and not draft.active
    if not (leaves_social or switched_off):
        return {}
    has_open = session.execute(
        select(
            select(CASE.c.id)
            .where(CASE.c.task_force_id == row.id, CASE.c.status != CaseStatus.CLOSED.value)
            .exists()
        )
    ).scalar_one()
    if not has_open:
        return {}
    problems = {}
    if leaves_social:
        problems["kind"] = translate(
            "task_forces", "cannot change: the task force has open cases; close them first"
        )
    if switched_off:
        problems["active"] = translate(
            "task_forces", "cannot be switched off: the task force has open cases; close them first"
        )
    return problems


def _text(
    errors: dict[str, str],
    field: str,
    value: str,
    max_length: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> None:
    if required and not value.strip():
        errors[field] = required_problem()
    elif problem := (
        text_problem(value, max_length=max_length, multiline=multiline)
        or identity_numbers.problem(value)
    ):
        errors[field] = problem


def _district_id(session: Session, name: str | None, errors: dict[str, str]) -> int | None:
    if name is None or (isinstance(name, str) and not name.strip()):
        return None  # the whole municipality
    # A name that could never have been stored (a lone surrogate, which the driver
    # cannot encode) is refused by field before the query.
    problem = lookup_problem(name)
    if problem:
        errors["district"] = problem
        return None
    found = session.execute(select(DISTRICT.c.id).where(DISTRICT.c.name == name.strip())).first()
    if found is None:
        errors["district"] = translate("task_forces", 'there is no district named "{name}"').format(
            name=name
        )
        return None
    return int(found[0])


def _agency_ids(session: Session, names: Iterable[str], errors: dict[str, str]) -> list[int]:
    names = list(names)
    for number, name in enumerate(names, start=1):
        problem = lookup_problem(name)
        if problem:
            errors["agencies"] = translate("task_forces", "agency {number}: {problem}").format(
                number=number, problem=problem
            )
            return []
    wanted = list(dict.fromkeys(n.strip() for n in names))
    found = pairs(
        session.execute(select(AGENCY.c.name, AGENCY.c.id).where(AGENCY.c.name.in_(wanted)))
    )
    missing = [n for n in wanted if n not in found]
    if missing:
        errors["agencies"] = translate("task_forces", "no agency named {names}").format(
            names=", ".join(quoted(n) for n in missing)
        )
    return [found[n] for n in wanted if n in found]


def _check_people(
    session: Session, person_ids: Iterable[int], task_force_id: int | None, errors: dict[str, str]
) -> None:
    """Members must be in the roster and active; one who has become inactive since
    joining may stay, so that editing the task force does not fail on them."""
    wanted = set(person_ids)
    active = pairs(
        session.execute(select(PERSON.c.id, PERSON.c.active).where(PERSON.c.id.in_(wanted)))
    )
    present: set[int] = set()
    if task_force_id is not None:
        present = set(
            session.execute(
                select(TASK_FORCE_PERSON.c.person_id).where(
                    TASK_FORCE_PERSON.c.task_force_id == task_force_id
                )
            ).scalars()
        )
    missing = sorted(wanted - set(active))
    inactive = sorted(p for p, on in active.items() if not on and p not in present)
    if missing:
        errors["person_ids"] = translate("task_forces", "not in the roster: {ids}").format(
            ids=", ".join(map(str, missing))
        )
    elif inactive:
        names = session.execute(
            select(PERSON.c.name).where(PERSON.c.id.in_(inactive)).order_by(PERSON.c.name)
        ).scalars()
        errors["person_ids"] = translate(
            "task_forces", "no longer active in the roster: {names}"
        ).format(names=", ".join(names))


def _write_members(session: Session, task_force_id: int, draft: TaskForceDraft) -> None:
    """Replace the agencies and people with the draft's (checked already)."""
    session.execute(
        delete(TASK_FORCE_AGENCY).where(TASK_FORCE_AGENCY.c.task_force_id == task_force_id)
    )
    session.execute(
        delete(TASK_FORCE_PERSON).where(TASK_FORCE_PERSON.c.task_force_id == task_force_id)
    )
    agencies = _agency_ids(session, draft.agencies, {})
    if agencies:
        session.execute(
            insert(TASK_FORCE_AGENCY),
            [{"task_force_id": task_force_id, "agency_id": a} for a in agencies],
        )
    people = sorted(set(draft.person_ids))
    if people:
        session.execute(
            insert(TASK_FORCE_PERSON),
            [{"task_force_id": task_force_id, "person_id": p} for p in people],
        )


def _require_users(session: Session, user_ids: set[int]) -> None:
    found = set(session.execute(select(USER.c.id).where(USER.c.id.in_(user_ids))).scalars())
    missing = sorted(user_ids - found)
    if missing:
        raise ValidationError(
            {
                "user_ids": translate("task_forces", "no user with id {ids}").format(
                    ids=", ".join(map(str, missing))
                )
            }
        )


def _change_membership(
    session: Session,
    who: Actor,
    added: list[tuple[int, str, int]],
    removed: list[tuple[int, str, int]],
) -> None:
    """Apply (task force id, name, user id) additions and removals, and log each.

    Membership decides who opens the cases of minors, so each grant and each
    withdrawal is in the audit log (without a case: it concerns all of them).
    """
    if not added and not removed:
        return
    accounts = pairs(
        session.execute(
            select(USER.c.id, USER.c.account).where(
                USER.c.id.in_({uid for _, _, uid in added + removed})
            )
        )
    )
    for task_force_id, name, user_id in added:
        session.execute(
            insert(TASK_FORCE_USER).values(task_force_id=task_force_id, user_id=user_id)
        )
        detail = f'{accounts[user_id]} added to task force "{name}"'
        access.record(session, who, AuditAction.CHANGE, detail=detail)
    for task_force_id, name, user_id in removed:
        session.execute(
            delete(TASK_FORCE_USER).where(
                TASK_FORCE_USER.c.task_force_id == task_force_id,
                TASK_FORCE_USER.c.user_id == user_id,
            )
        )
        detail = f'{accounts[user_id]} removed from task force "{name}"'
        access.record(session, who, AuditAction.CHANGE, detail=detail)


def _row(session: Session, task_force_id: int) -> Any:
    row = session.execute(select(TASK_FORCE).where(TASK_FORCE.c.id == task_force_id)).first()
    if row is None:
        raise NotFound(
            translate("task_forces", "task force {id} does not exist (any more)").format(
                id=task_force_id
            )
        )
    return row


def _load(session: Session, who: Actor, task_force_id: int) -> TaskForceInfo:
    _row(session, task_force_id)
    return _load_many(session, who, [task_force_id])[0]


def _load_many(session: Session, who: Actor, ids: list[int]) -> list[TaskForceInfo]:
    """The task forces `ids`, in that order, with a handful of queries for all of them."""
    if not ids:
        return []
    rows = {
        r.id: r
        for r in session.execute(
            select(TASK_FORCE, DISTRICT.c.name.label("district"))
            .outerjoin(DISTRICT, DISTRICT.c.id == TASK_FORCE.c.district_id)
            .where(TASK_FORCE.c.id.in_(ids))
        )
    }
    agencies: dict[int, list[str]] = {i: [] for i in ids}
    for tf, name in session.execute(
        select(TASK_FORCE_AGENCY.c.task_force_id, AGENCY.c.name)
        .join(AGENCY, AGENCY.c.id == TASK_FORCE_AGENCY.c.agency_id)
        .where(TASK_FORCE_AGENCY.c.task_force_id.in_(ids))
        .order_by(AGENCY.c.name)
    ):
        agencies[tf].append(name)
    members: dict[int, list[MemberRef]] = {i: [] for i in ids}
    for row in session.execute(
        _member_query()
        .add_columns(TASK_FORCE_PERSON.c.task_force_id)
        .join(TASK_FORCE_PERSON, TASK_FORCE_PERSON.c.person_id == PERSON.c.id)
        .where(TASK_FORCE_PERSON.c.task_force_id.in_(ids))
    ):
        members[row.task_force_id].append(_member(row))
    user_ids: dict[int, list[int]] = {i: [] for i in ids}
    for tf, uid in session.execute(
        select(TASK_FORCE_USER.c.task_force_id, TASK_FORCE_USER.c.user_id)
        .where(TASK_FORCE_USER.c.task_force_id.in_(ids))
        .order_by(TASK_FORCE_USER.c.user_id)
    ):
        user_ids[tf].append(uid)
    open_cases = _open_cases(session, who, ids)
    return [
        TaskForceInfo(
            id=i,
            name=rows[i].name,
            kind=TaskForceKind(rows[i].kind),
            district=rows[i].district,
            purpose=rows[i].purpose,
            cadence=rows[i].cadence,
            active=bool(rows[i].active),
            agencies=tuple(agencies[i]),
            members=tuple(sorted(members[i], key=lambda m: (m.agency, m.name.lower()))),
            user_ids=tuple(user_ids[i]),
            open_cases=open_cases.get(i),
            version=rows[i].version,
        )
        for i in ids
    ]


def _open_cases(session: Session, who: Actor, ids: list[int]) -> dict[int, int]:
    """Cases not closed per task force, for the task forces whose cases `who` may see
    (0 where none are open); the others are left out: even a number tells something
    about a small task force's young people."""
    allowed = access.task_force_ids(session, who)
    visible = ids if allowed is None else [i for i in ids if i in allowed]
    if not visible:
        return {}
    counted = pairs(
        session.execute(
            select(CASE.c.task_force_id, func.count())
            .where(CASE.c.task_force_id.in_(visible), CASE.c.status != CaseStatus.CLOSED.value)
            .group_by(CASE.c.task_force_id)
        )
    )
    return {i: counted.get(i, 0) for i in visible}


def _member_query() -> Any:
    return select(PERSON.c.id, PERSON.c.name, PERSON.c.title, AGENCY.c.name.label("agency")).join(
        AGENCY, AGENCY.c.id == PERSON.c.agency_id
    )


def _member(row: Any) -> MemberRef:
    return MemberRef(id=row.id, name=row.name, title=row.title, agency=row.agency)
