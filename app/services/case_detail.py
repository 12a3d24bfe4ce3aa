"""Reading a case: the fully loaded detail with its timeline, and the rows of the case table.

The status history is not a table of its own: every status change is written
to the audit log anyway (`status <from> -> <to>`), so the timeline reads the
changes back from there. The rest of the timeline is derived from the dates
the case already keeps: opened, consents signed and withdrawn, actions
created, due and done, reviews due and held, notes, closed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlmodel import Session

from app.clock import to_local
from app.domain.tables import (
    AGENCY,
    AUDIT_ENTRY,
    CASE,
    CASE_ACTION,
    CASE_FACTOR,
    CASE_INCIDENT,
    CASE_NOTE,
    CASE_RESPONSIBLE,
    CASE_REVIEW,
    CONSENT,
    CONSENT_AGENCY,
    DISTRICT,
    INCIDENT,
    PERSON,
    TASK_FORCE,
    USER,
)
from app.domain.vocabulary import (
    CASE_STATUS_TITLES,
    CASE_TRANSITIONS,
    CONSENT_SIGNER_TITLES,
    AuditAction,
    CaseStatus,
    ConsentSigner,
)
from app.errors import NotFound
from app.i18n import translate
from app.services import access, case_consent
from app.services.case_consent import Signature
from app.services.case_types import (
    CaseActionInfo,
    CaseDetail,
    CaseFilter,
    CaseRow,
    ConsentInfo,
    LinkedIncident,
    NoteInfo,
    ResponsibleInfo,
    ReviewInfo,
    TimelineEntry,
)
from app.services.incident_types import format_reference

# How a status change reads in the audit log's detail (written by cases.move_case).
STATUS_DETAIL = "status {from_} -> {to}"
_STATUS_DETAIL = re.compile(r"^status (\w+) -> (\w+)")
# Within one day the timeline reads in the order things happen to a case.
_KIND_ORDER = {
    "opened": 0,
    "consent": 1,
    "status": 2,
    "review": 3,
    "action": 4,
    "action_done": 5,
    "note": 6,
    "withdrawal": 7,
    "closed": 8,
}


def format_case_number(year: int, seq: int) -> str:
    return f"{year}-{seq:03d}"


def number_key(number: str) -> tuple[int, int]:
    """Sort key of a case number: by year, then by sequence (2026-1000 after 2026-999)."""
    year, _, seq = number.partition("-")
    return (int(year), int(seq)) if year.isdigit() and seq.isdigit() else (0, 0)


def signatures(consents: tuple[ConsentInfo, ...]) -> list[Signature]:
    return [
        Signature(c.signer, c.signed_on, c.expires_on, c.withdrawn_on, frozenset(c.agencies))
        for c in consents
    ]


def load(session: Session, case_id: int, today: date, *, may_change: bool) -> CaseDetail:
    """The case with everything that hangs off it, as the signed-in user sees it today."""
    row = (
        session.execute(
            select(CASE, TASK_FORCE.c.name.label("task_force"), DISTRICT.c.name.label("district"))
            .join(TASK_FORCE, TASK_FORCE.c.id == CASE.c.task_force_id)
            .outerjoin(DISTRICT, DISTRICT.c.id == CASE.c.district_id)
            .where(CASE.c.id == case_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(access.case_gone(case_id))
    status = CaseStatus(row["status"])
    consents = _consents(session, case_id, today)
    signed = signatures(consents)
    shared = case_consent.shared_with(signed, row["birth_year"], today)
    problem = case_consent.problem(signed, row["birth_year"], today)
    actions = _actions(session, case_id, today)
    reviews = _reviews(session, case_id, today)
    notes = _notes(session, case_id)
    detail = CaseDetail(
        id=case_id,
        number=row["number"],
        task_force_id=row["task_force_id"],
        task_force=row["task_force"],
        subject_code=row["subject_code"],
        birth_year=row["birth_year"],
        district=row["district"],
        school=row["school"],
        referred_by=row["referred_by"],
        referral_reason=row["referral_reason"],
        status=status,
        allowed_moves=moves(status, problem) if may_change else (),
        opened_on=row["opened_on"],
        closed_on=row["closed_on"],
        close_reason=row["close_reason"],
        consents=consents,
        shared_with=tuple(sorted(shared)),
        consent_problem=problem,
        factor_ids=tuple(
            session.execute(
                select(CASE_FACTOR.c.factor_id)
                .where(CASE_FACTOR.c.case_id == case_id)
                .order_by(CASE_FACTOR.c.factor_id)
            ).scalars()
        ),
        responsible=_responsible(session, case_id),
        actions=actions,
        reviews=reviews,
        notes=notes,
        incidents=_incidents(session, case_id),
        may_change=may_change,
        version=row["version"],
    )
    timeline = _timeline(session, detail)
    return CaseDetail(**{**detail.__dict__, "timeline": timeline})


def blocked_by_consent(status: CaseStatus, problem: str | None) -> bool:
    """An active or follow-up case without valid consent: changes wait for new consent."""
    return problem is not None and status in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP)


def moves(status: CaseStatus, problem: str | None) -> tuple[CaseStatus, ...]:
    """The statuses the case may move to today: the transitions its consent allows."""
    allowed = CASE_TRANSITIONS[status]
    if blocked_by_consent(status, problem):
        allowed = frozenset({CaseStatus.CLOSED})
    elif problem is not None:
        allowed = allowed - {CaseStatus.ACTIVE}
    return tuple(s for s in CaseStatus if s in allowed)


def _consents(session: Session, case_id: int, today: date) -> tuple[ConsentInfo, ...]:
    rows = session.execute(
        select(CONSENT)
        .where(CONSENT.c.case_id == case_id)
        .order_by(CONSENT.c.signed_on, CONSENT.c.id)
    ).all()
    covered: dict[int, list[str]] = {}
    for consent_id, name in session.execute(
        select(CONSENT_AGENCY.c.consent_id, AGENCY.c.name)
        .join(AGENCY, AGENCY.c.id == CONSENT_AGENCY.c.agency_id)
        .join(CONSENT, CONSENT.c.id == CONSENT_AGENCY.c.consent_id)
        .where(CONSENT.c.case_id == case_id)
        .order_by(AGENCY.c.name)
    ):
        covered.setdefault(consent_id, []).append(name)
    result = []
    for r in rows:
        signer = ConsentSigner(r.signer)
        agencies = tuple(covered.get(r.id, ()))
        signature = Signature(
            signer, r.signed_on, r.expires_on, r.withdrawn_on, frozenset(agencies)
        )
        result.append(
            ConsentInfo(
                id=r.id,
                signer=signer,
                signer_label=r.signer_label,
                signed_on=r.signed_on,
                expires_on=r.expires_on,
                withdrawn_on=r.withdrawn_on,
                agencies=agencies,
                valid=case_consent.is_valid(signature, today),
            )
        )
    return tuple(result)


def _responsible(session: Session, case_id: int) -> tuple[ResponsibleInfo, ...]:
    rows = session.execute(
        select(AGENCY.c.name, PERSON.c.id, PERSON.c.name.label("person"))
        .select_from(CASE_RESPONSIBLE)
        .join(AGENCY, AGENCY.c.id == CASE_RESPONSIBLE.c.agency_id)
        .join(PERSON, PERSON.c.id == CASE_RESPONSIBLE.c.person_id)
        .where(CASE_RESPONSIBLE.c.case_id == case_id)
        .order_by(AGENCY.c.name)
    ).all()
    return tuple(ResponsibleInfo(r.name, r.id, r.person) for r in rows)


def _actions(session: Session, case_id: int, today: date) -> tuple[CaseActionInfo, ...]:
    rows = session.execute(
        select(CASE_ACTION, PERSON.c.name.label("person"))
        .outerjoin(PERSON, PERSON.c.id == CASE_ACTION.c.person_id)
        .where(CASE_ACTION.c.case_id == case_id)
        .order_by(CASE_ACTION.c.id)
    ).all()
    return tuple(
        CaseActionInfo(
            id=r.id,
            what=r.what,
            person_id=r.person_id,
            person=r.person or "",
            due=r.due,
            done_on=r.done_on,
            overdue=r.done_on is None and r.due is not None and r.due < today,
        )
        for r in rows
    )


def _reviews(session: Session, case_id: int, today: date) -> tuple[ReviewInfo, ...]:
    rows = session.execute(
        select(CASE_REVIEW)
        .where(CASE_REVIEW.c.case_id == case_id)
        .order_by(CASE_REVIEW.c.due, CASE_REVIEW.c.id)
    ).all()
    return tuple(
        ReviewInfo(r.id, r.due, r.held_on, r.notes, r.held_on is None and r.due < today)
        for r in rows
    )


def _notes(session: Session, case_id: int) -> tuple[NoteInfo, ...]:
    rows = session.execute(
        select(CASE_NOTE, USER.c.display_name, USER.c.account)
        .join(USER, USER.c.id == CASE_NOTE.c.author_id)
        .where(CASE_NOTE.c.case_id == case_id)
        .order_by(CASE_NOTE.c.written_at, CASE_NOTE.c.id)
    ).all()
    return tuple(NoteInfo(r.id, r.written_at, r.display_name or r.account, r.text) for r in rows)


def _incidents(session: Session, case_id: int) -> tuple[LinkedIncident, ...]:
    rows = session.execute(
        select(
            INCIDENT.c.id,
            INCIDENT.c.ref_year,
            INCIDENT.c.ref_seq,
            INCIDENT.c.occurred_at,
            INCIDENT.c.summary,
        )
        .join(CASE_INCIDENT, CASE_INCIDENT.c.incident_id == INCIDENT.c.id)
        .where(CASE_INCIDENT.c.case_id == case_id)
        .order_by(INCIDENT.c.occurred_at, INCIDENT.c.id)
    ).all()
    return tuple(
        LinkedIncident(r.id, format_reference(r.ref_year, r.ref_seq), r.occurred_at, r.summary)
        for r in rows
    )


def _timeline(session: Session, case: CaseDetail) -> tuple[TimelineEntry, ...]:
    entries = [
        TimelineEntry(
            case.opened_on,
            "opened",
            translate("case_detail", "Case {number} opened").format(number=case.number),
        )
    ]
    for at, detail in session.execute(
        select(AUDIT_ENTRY.c.at, AUDIT_ENTRY.c.detail)
        .where(
            AUDIT_ENTRY.c.case_id == case.id,
            AUDIT_ENTRY.c.action == AuditAction.CHANGE.value,
            AUDIT_ENTRY.c.detail.like("status %"),
        )
        .order_by(AUDIT_ENTRY.c.id)
    ):
        found = _STATUS_DETAIL.match(detail)
        # Closing has its own line, from the case's closed_on.
        if found and found.group(2) != CaseStatus.CLOSED.value:
            entries.append(
                TimelineEntry(
                    to_local(at).date(),
                    "status",
                    translate("case_detail", "Status {old} → {new}").format(
                        old=_title(found.group(1)), new=_title(found.group(2))
                    ),
                )
            )
    for c in case.consents:
        who = c.signer_label or CONSENT_SIGNER_TITLES.title(c.signer)
        signed = translate("case_detail", "Consent signed: {signer} ({agencies})")
        entries.append(
            TimelineEntry(
                c.signed_on, "consent", signed.format(signer=who, agencies=", ".join(c.agencies))
            )
        )
        if c.withdrawn_on is not None:
            withdrawn = translate("case_detail", "Consent withdrawn: {signer}").format(signer=who)
            entries.append(TimelineEntry(c.withdrawn_on, "withdrawal", withdrawn))
    created = dict(
        session.execute(
            select(CASE_ACTION.c.id, CASE_ACTION.c.created_at).where(
                CASE_ACTION.c.case_id == case.id
            )
        ).all()
    )
    for a in case.actions:
        if a.id in created:
            added = translate("case_detail", "Action added: {what}").format(what=a.what)
            entries.append(TimelineEntry(to_local(created[a.id]).date(), "action", added))
        if a.done_on is not None:
            done = translate("case_detail", "Action done: {what}").format(what=a.what)
            entries.append(TimelineEntry(a.done_on, "action_done", done))
        elif a.due is not None:
            due = translate("case_detail", "Action due: {what}").format(what=a.what)
            entries.append(TimelineEntry(a.due, "action", due))
    for r in case.reviews:
        if r.held_on is not None:
            entries.append(
                TimelineEntry(r.held_on, "review", translate("case_detail", "Review held"))
            )
        elif r.overdue:
            overdue = translate("case_detail", "Review due (overdue)")
            entries.append(TimelineEntry(r.due, "review", overdue))
        else:
            entries.append(TimelineEntry(r.due, "review", translate("case_detail", "Review due")))
    for n in case.notes:
        note = translate("case_detail", "Note by {author}").format(author=n.author)
        entries.append(TimelineEntry(to_local(n.written_at).date(), "note", note))
    if case.closed_on is not None:
        closed = translate("case_detail", "Case {number} closed").format(number=case.number)
        entries.append(TimelineEntry(case.closed_on, "closed", closed))
    entries.sort(key=lambda e: (e.on, _KIND_ORDER.get(e.kind, 9)))
    return tuple(entries)


def _title(value: str) -> str:
    """A status of the audit log's detail by its title; one unknown here as it stands."""
    try:
        return CASE_STATUS_TITLES.title(CaseStatus(value))
    except ValueError:
        return value.replace("_", "-").capitalize()


# ---- the case table ---------------------------------------------------------------


def rows(
    session: Session, visible: set[int] | None, filters: CaseFilter, today: date
) -> list[CaseRow]:
    """The case table's rows: visible task forces only (None: all), filtered."""
    pending = CASE_REVIEW.c.held_on.is_(None)
    next_review = (
        select(func.min(CASE_REVIEW.c.due))
        .where(CASE_REVIEW.c.case_id == CASE.c.id, pending)
        .scalar_subquery()
    )
    open_actions = (
        select(func.count())
        .select_from(CASE_ACTION)
        .where(CASE_ACTION.c.case_id == CASE.c.id, CASE_ACTION.c.done_on.is_(None))
        .scalar_subquery()
    )
    query = (
        select(
            CASE.c.id,
            CASE.c.number,
            TASK_FORCE.c.name.label("task_force"),
            CASE.c.subject_code,
            CASE.c.birth_year,
            DISTRICT.c.name.label("district"),
            CASE.c.school,
            CASE.c.status,
            CASE.c.opened_on,
            CASE.c.closed_on,
            next_review.label("next_review"),
            open_actions.label("open_actions"),
        )
        .join(TASK_FORCE, TASK_FORCE.c.id == CASE.c.task_force_id)
        .outerjoin(DISTRICT, DISTRICT.c.id == CASE.c.district_id)
    )
    conditions: list[Any] = []
    if visible is not None:
        conditions.append(CASE.c.task_force_id.in_(sorted(visible)))
    if filters.task_force_id is not None:
        conditions.append(CASE.c.task_force_id == filters.task_force_id)
    if filters.status is not None:
        conditions.append(CASE.c.status == CaseStatus(filters.status).value)
    if filters.district:
        conditions.append(DISTRICT.c.name == filters.district)
    if filters.overdue_review:
        conditions.append(
            exists().where(
                and_(CASE_REVIEW.c.case_id == CASE.c.id, pending, CASE_REVIEW.c.due < today)
            )
        )
    if conditions:
        query = query.where(*conditions)
    result = [
        CaseRow(
            id=r.id,
            number=r.number,
            task_force=r.task_force,
            subject_code=r.subject_code,
            birth_year=r.birth_year,
            district=r.district,
            school=r.school,
            status=CaseStatus(r.status),
            opened_on=r.opened_on,
            closed_on=r.closed_on,
            next_review=_as_date(r.next_review),
            review_overdue=_before(_as_date(r.next_review), today),
            open_actions=int(r.open_actions),
        )
        for r in session.execute(query)
    ]
    result.sort(key=lambda row: number_key(row.number), reverse=True)
    return result


def _before(day: date | None, today: date) -> bool:
    return day is not None and day < today


def _as_date(value: Any) -> date | None:
    """min() over a date column comes back as text on SQLite: read it as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
