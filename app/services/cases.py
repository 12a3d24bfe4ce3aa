"""The cases of the social task forces: each use case one audited unit of work.

Every call runs in `access.case_work`: the acting user's role and task-force
membership are checked first (AccessDenied, written to the audit log as a
refusal), then the case's state, then what was typed. Every change writes an
audit entry in its own transaction naming what changed (fields, the new
status, agencies), never the case's text, nor which incident it is linked to
or who signed a consent (only guardian or young person): the audit log
outlives the case's erasure. Opening a case's detail writes a
VIEW entry. Listing the case table is not audited: the table shows codes and
dates only, and what matters, the opening of a case, is.

Rules of the case's life:
- Status moves only along CASE_TRANSITIONS; moving to active needs valid
  consent (see app.services.case_consent). Closing sets closed_on to today
  and keeps the reason given (optional); its retention period runs from then.
- A closed case is read-only: every change is refused ({"status": ...}).
- Withdrawal stops the sharing. Recording a withdrawal removes, in any status,
  the case's responsible people of every agency the remaining valid consent
  does not cover (the audit entry names those agencies): a withdrawal is the
  signer's word that sharing stops, so from then on the case names only
  agencies still covered. Its actions stay as they are, open ones included:
  they are the record of what was agreed, and the next review deals with
  them. An active or follow-up case whose consent is
  no longer valid (withdrawn or expired) keeps its status, shows the
  `consent_problem`, and refuses every change ({"consent": ...}) except the
  four that resolve or record the situation: closing it, adding a new consent,
  recording a withdrawal, and holding a review.
- While a case is active or in follow-up, a responsible person, and the
  person named for an action, must belong to an agency its consent covers
  (`shared_with`): consent decides who may know of the case.
- `version` is the version of the case's particulars and status: update_case
  and move_case check and raise it. Actions, reviews, notes and the like are
  rows of their own and do not clash with an edit of the particulars.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select, text, update
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import (
    AGENCY,
    CASE,
    CASE_ACTION,
    CASE_FACTOR,
    CASE_INCIDENT,
    CASE_NOTE,
    CASE_RESPONSIBLE,
    CASE_REVIEW,
    CONSENT,
    CONSENT_AGENCY,
    FACTOR,
    INCIDENT,
    PERSON,
    TASK_FORCE,
)
from app.domain.vocabulary import (
    CASE_STATUS_TITLES,
    CASE_TRANSITIONS,
    AuditAction,
    CaseStatus,
    ConsentSigner,
)
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.formats import short_date
from app.services import access, case_consent, case_detail, case_factors, versions
from app.services.case_detail import STATUS_DETAIL, format_case_number
from app.services.case_types import CaseDetail, CaseDraft, CaseFilter, CaseRow
from app.services.case_validation import (
    ACTION_MAX,
    CLOSE_REASON_MAX,
    NOTE_MAX,
    REVIEW_NOTES_MAX,
    case_values,
    consent_problems,
    free_text,
    is_date,
    required_text,
    task_force,
)
from app.services.incident_types import format_reference
from app.services.incidents import parse_reference
from app.services.text_rules import in_the_future, not_a_date, quoted, unknown_agencies
from app.storage.database import Database

# The editable vocabularies live in case_factors; they are part of this API.
list_factors = case_factors.list_factors
add_factor = case_factors.add_factor
update_factor = case_factors.update_factor

CLOSED_MESSAGE = QT_TRANSLATE_NOOP("cases", "case is closed")


# ---- reading --------------------------------------------------------------------


def list_cases(db: Database, filters: CaseFilter = CaseFilter()) -> list[CaseRow]:  # noqa: B008
    """The cases of the task forces the user may see, the newest case number first.

    Administrators see every case; co-ordinators, members and readers those of
    their task forces (a member of none gets an empty list); other roles (the
    data protection officer) are refused. Asking for a task force the user may
    not see is refused too. Listing is not audited; opening a case is.
    """
    with access.case_work(db, "list cases") as (session, who):
        if who.role not in access.SEES_CASES:
            raise access.Refusal(
                QT_TRANSLATE_NOOP("access", "your role ({role}) may not see cases"), role=who.role
            )
        visible = access.task_force_ids(session, who)
        wanted = filters.task_force_id
        if wanted is not None and visible is not None and wanted not in visible:
            raise access.Refusal(
                QT_TRANSLATE_NOOP(
                    "access", "you are not a member of that task force and may not see its cases"
                )
            )
        return case_detail.rows(session, visible, filters, _today())


def open_case(db: Database, case_id: int) -> CaseDetail:
    """A case's detail, fully loaded; the opening is written to the audit log (VIEW)."""
    with access.case_work(db, "open a case") as (session, who):
        number = _require(session, who, case_id)
        access.record(session, who, AuditAction.VIEW, case_id=case_id, case_number=number)
        return _detail(session, who, case_id)


def task_force_named(db: Database, name: str) -> int:
    """The id of the task force called `name` (case folded), for filters typed by name.

    Task forces' names are not case data: finding one is not audited.
    """
    wanted = name.strip().casefold()
    with db.reading() as session:
        for task_force_id, found in session.execute(select(TASK_FORCE.c.id, TASK_FORCE.c.name)):
            if found.casefold() == wanted:
                return int(task_force_id)
    raise NotFound(
        translate("cases", "there is no task force named {name}").format(name=quoted(name.strip()))
    )


# ---- the case itself --------------------------------------------------------------


def create_case(db: Database, draft: CaseDraft) -> CaseDetail:
    """Refer a new case (status referred) with the next number of the year ("2026-001").

    The user must be allowed to change cases and be a member of the task force
    (administrators are members of all); the task force must be an active
    social task force.
    """
    with access.case_work(db, "create a case") as (session, who):
        access.require_role(
            who,
            access.CHANGES_CASES,
            QT_TRANSLATE_NOOP("access", "your role ({role}) may not create cases"),
        )
        found = task_force(session, draft.task_force_id)
        if found is not None and not access.may_see_task_force(session, who, found.id):
            raise access.Refusal(
                QT_TRANSLATE_NOOP(
                    "access", "you are not a member of {name} and may not add its cases"
                ),
                name=found.name,
            )
        today = _today()
        values = case_values(session, draft, today)
        assert found is not None  # case_values refuses an unknown task force
        moment = now()
        number = reserve_case_number(session, today.year)
        values.setdefault("opened_on", today)
        case_id = session.execute(
            insert(CASE)
            .values(
                **values,
                number=number,
                status=CaseStatus.REFERRED.value,
                closed_on=None,
                close_reason="",
                created_at=moment,
                updated_at=moment,
                version=1,
            )
            .returning(CASE.c.id)
        ).scalar_one()
        access.record(
            session,
            who,
            AuditAction.CREATE,
            case_id=case_id,
            case_number=number,
            detail=f"created in {found.name}, status {CaseStatus.REFERRED.value}",
        )
        return _detail(session, who, case_id)


def update_case(db: Database, case_id: int, draft: CaseDraft, version: int) -> CaseDetail:
    """Save the case's particulars; Conflict when `version` is not the stored one.

    Moving the case to another task force needs membership of that one too.
    """
    with access.case_work(db, "change a case") as (session, who):
        case = _for_change(session, who, case_id)
        if versions.stale(version, case.version):
            raise _changed_meanwhile(session, who, case)
        if draft.task_force_id != case.task_force_id and not access.may_see_task_force(
            session, who, draft.task_force_id
        ):
            raise access.Refusal(
                QT_TRANSLATE_NOOP(
                    "access",
                    "you may not move case {number} to a task force you are not a member of",
                ),
                number=case.number,
                case_id=case_id,
                case_number=case.number,
            )
        values = case_values(session, draft, _today(), current_task_force=case.task_force_id)
        old = session.execute(select(CASE).where(CASE.c.id == case_id)).mappings().one()
        changed = [name for name, value in values.items() if old[name] != value]
        if not versions.write_version(
            session, CASE, case_id, case.version, {**values, "updated_at": now()}
        ):
            raise _changed_meanwhile(session, who, case)
        names = [_FIELD_NAMES.get(name, name) for name in changed]
        if "task_force_id" in changed:
            moved_to = task_force(session, draft.task_force_id)
            names.append(f"moved to {moved_to.name if moved_to else draft.task_force_id}")
        detail = "changed " + ", ".join(names) if names else "saved without changes"
        _changed(session, who, case, detail)
        return _detail(session, who, case_id)


def _changed_meanwhile(session: Session, who: access.Actor, case: _Case) -> Conflict:
    """The case as stored now travels with the Conflict; the editor that shows it to
    the officer opens it again through open_case, so that the look is audited."""
    return Conflict(_changed_by_someone(case), current=_detail(session, who, case.id))


def _changed_by_someone(case: _Case) -> str:
    return translate(
        "cases", "case {number} was changed by someone else since you opened it"
    ).format(number=case.number)


def move_case(
    db: Database,
    case_id: int,
    to: CaseStatus,
    *,
    reason: str = "",
    version: int | None = None,
) -> CaseDetail:
    """Move the case to another status along CASE_TRANSITIONS.

    Moving to active needs valid consent today. Closing sets closed_on to
    today and keeps `reason` as the close reason; on any other move a reason
    given is kept as a note of the case (it is case text, so the audit log
    says only that a reason was given).
    """
    with access.case_work(db, "move a case") as (session, who):
        case = _for_change(session, who, case_id, consent_exempt=True)
        if version is not None and case.version != version:
            raise Conflict(_changed_by_someone(case))
        try:
            target = CaseStatus(to)
        except ValueError:
            raise ValidationError(
                {
                    "status": translate("cases", "unknown status {status}").format(
                        status=quoted(str(to))
                    )
                }
            ) from None
        allowed = CASE_TRANSITIONS[case.status]
        if target not in allowed:
            may = ", ".join(_status_name(s) for s in CaseStatus if s in allowed)
            raise ValidationError(
                {
                    "status": translate(
                        "cases",
                        "a case cannot move from {current} to {target}; "
                        "from {current} it may move to {allowed}",
                    ).format(
                        current=_status_name(case.status),
                        target=_status_name(target),
                        allowed=may,
                    )
                }
            )
        problem = _consent_problem(session, case)
        if target is not CaseStatus.CLOSED:
            _refuse_without_consent(case, problem)
        if target is CaseStatus.ACTIVE and problem is not None:
            raise ValidationError({"status": problem})
        reason_problem = free_text(reason, max_length=CLOSE_REASON_MAX, multiline=True)
        if reason_problem:
            raise ValidationError({"reason": reason_problem})
        moment = now()
        values: dict[str, object] = {"status": target.value}
        if target is CaseStatus.CLOSED:
            values.update(closed_on=_today(), close_reason=reason.strip())
        elif reason.strip():
            session.execute(
                insert(CASE_NOTE).values(
                    case_id=case_id,
                    written_at=moment,
                    author_id=who.user_id,
                    text=f"{_status_title(case.status)} → {_status_title(target)}: "
                    + reason.strip(),
                )
            )
        session.execute(
            update(CASE)
            .where(CASE.c.id == case_id)
            .values(**values, updated_at=moment, version=case.version + 1)
        )
        detail = STATUS_DETAIL.format(from_=case.status.value, to=target.value)
        if reason.strip():
            detail += " (reason given)"
        _changed(session, who, case, detail)
        return _detail(session, who, case_id)


# ---- the consent register -----------------------------------------------------------


def add_consent(
    db: Database,
    case_id: int,
    signer: ConsentSigner,
    signer_label: str,
    signed_on: date,
    expires_on: date,
    agencies: Sequence[str],
) -> CaseDetail:
    """Add a signature to the case's consent register (allowed while consent is lacking)."""
    with access.case_work(db, "add a consent") as (session, who):
        case = _for_change(session, who, case_id, consent_exempt=True)
        errors, agency_ids = consent_problems(
            session, signer_label, signed_on, expires_on, agencies, _today()
        )
        try:
            kind = ConsentSigner(signer)
        except ValueError:
            errors["signer"] = translate("cases", "must be guardian or young_person")
        if errors:
            raise ValidationError(errors)
        consent_id = session.execute(
            insert(CONSENT)
            .values(
                case_id=case_id,
                signer=kind.value,
                signer_label=signer_label.strip(),
                signed_on=signed_on,
                expires_on=expires_on,
                withdrawn_on=None,
            )
            .returning(CONSENT.c.id)
        ).scalar_one()
        session.execute(
            insert(CONSENT_AGENCY),
            [{"consent_id": consent_id, "agency_id": a} for a in agency_ids.values()],
        )
        _changed(
            session,
            who,
            case,
            f"consent {consent_id} added: {kind.value}, expires {expires_on.isoformat()}, "
            f"covers {', '.join(sorted(agency_ids))}",
        )
        return _detail(session, who, case_id)


def withdraw_consent(
    db: Database, case_id: int, consent_id: int, on: date | None = None
) -> CaseDetail:
    """Record a consent's withdrawal (default today). The sharing it allowed stops.

    Allowed while consent is lacking: a withdrawal is a fact to record, never
    something to refuse.
    """
    with access.case_work(db, "withdraw a consent") as (session, who):
        case = _for_change(session, who, case_id, consent_exempt=True)
        row = session.execute(
            select(CONSENT).where(CONSENT.c.id == consent_id, CONSENT.c.case_id == case_id)
        ).first()
        if row is None:
            raise NotFound(
                translate("cases", "case {number} has no consent {id}").format(
                    number=case.number, id=consent_id
                )
            )
        if on is not None and not is_date(on):
            raise ValidationError({"withdrawn_on": not_a_date()})
        today = _today()
        day = on or today
        if row.withdrawn_on is not None:
            raise ValidationError(
                {
                    "withdrawn_on": translate("cases", "was withdrawn already, on {day}").format(
                        day=short_date(row.withdrawn_on)
                    )
                }
            )
        if day > today:
            raise ValidationError({"withdrawn_on": in_the_future()})
        if day < row.signed_on:
            raise ValidationError(
                {"withdrawn_on": translate("cases", "cannot be before the consent was signed")}
            )
        session.execute(update(CONSENT).where(CONSENT.c.id == consent_id).values(withdrawn_on=day))
        shared = _shared_today(session, case)
        dropped = _drop_responsible_outside(session, case_id, shared)
        text = (
            f"consent {consent_id} withdrawn ({row.signer}) on {day.isoformat()}; "
            f"shared with {', '.join(sorted(shared)) or 'no agency'}"
        )
        if dropped:
            text += f"; responsible person removed for {', '.join(dropped)}"
        _changed(session, who, case, text)
        return _detail(session, who, case_id)


# ---- factors, responsible people ---------------------------------------------------


def set_factors(db: Database, case_id: int, factor_ids: Sequence[int]) -> CaseDetail:
    """Replace the case's ticked factors. Inactive factors it has stay allowed; new
    ones must be active."""
    with access.case_work(db, "set a case's factors") as (session, who):
        case = _for_change(session, who, case_id)
        wanted = set(factor_ids)
        have = set(
            session.execute(
                select(CASE_FACTOR.c.factor_id).where(CASE_FACTOR.c.case_id == case_id)
            ).scalars()
        )
        known = dict(
            session.execute(
                select(FACTOR.c.id, FACTOR.c.active).where(FACTOR.c.id.in_(sorted(wanted)))
            ).all()
        )
        unknown = sorted(wanted - set(known))
        inactive = sorted(f for f in wanted - have if f in known and not known[f])
        if unknown or inactive:
            problems = []
            if unknown:
                problems.append(
                    translate("cases", "unknown factor {ids}").format(
                        ids=", ".join(str(f) for f in unknown)
                    )
                )
            if inactive:
                problems.append(
                    translate("cases", "no longer in use: factor {ids}").format(
                        ids=", ".join(str(f) for f in inactive)
                    )
                )
            raise ValidationError({"factors": "; ".join(problems)})
        added, removed = wanted - have, have - wanted
        if removed:
            session.execute(
                delete(CASE_FACTOR).where(
                    CASE_FACTOR.c.case_id == case_id, CASE_FACTOR.c.factor_id.in_(sorted(removed))
                )
            )
        if added:
            session.execute(
                insert(CASE_FACTOR),
                [{"case_id": case_id, "factor_id": f} for f in sorted(added)],
            )
        # Counts only: which factors a young person has is case data.
        _changed(session, who, case, f"factors: {len(added)} added, {len(removed)} removed")
        return _detail(session, who, case_id)


def set_responsible(db: Database, case_id: int, agency: str, person_id: int | None) -> CaseDetail:
    """Name (or with None remove) the person who answers for the case in an agency.

    The person must be active and belong to that agency; while the case is
    active or in follow-up, its consent must cover the agency.
    """
    with access.case_work(db, "set a case's responsible person") as (session, who):
        case = _for_change(session, who, case_id)
        agency_id = session.execute(select(AGENCY.c.id).where(AGENCY.c.name == agency)).scalar()
        if agency_id is None:
            raise ValidationError({"agency": unknown_agencies([agency])})
        if person_id is None:
            session.execute(
                delete(CASE_RESPONSIBLE).where(
                    CASE_RESPONSIBLE.c.case_id == case_id,
                    CASE_RESPONSIBLE.c.agency_id == agency_id,
                )
            )
            _changed(session, who, case, f"responsible person for {agency} removed")
            return _detail(session, who, case_id)
        errors = {}
        person_problem = _person_problem(session, person_id, agency_id=agency_id)
        if person_problem:
            errors["person_id"] = person_problem
        sharing_problem = _sharing_problem(session, case, agency)
        if sharing_problem:
            errors["agency"] = sharing_problem
        if errors:
            raise ValidationError(errors)
        session.execute(
            delete(CASE_RESPONSIBLE).where(
                CASE_RESPONSIBLE.c.case_id == case_id, CASE_RESPONSIBLE.c.agency_id == agency_id
            )
        )
        session.execute(
            insert(CASE_RESPONSIBLE).values(
                case_id=case_id, agency_id=agency_id, person_id=person_id
            )
        )
        _changed(session, who, case, f"responsible person for {agency} set")
        return _detail(session, who, case_id)


# ---- actions and reviews --------------------------------------------------------------


def add_action(
    db: Database, case_id: int, what: str, person_id: int | None, due: date | None
) -> CaseDetail:
    """Add an action: what is to be done, by whom (a roster person, optional), by when."""
    with access.case_work(db, "add an action to a case") as (session, who):
        case = _for_change(session, who, case_id)
        errors: dict[str, str] = {}
        what_problem = required_text(what, max_length=ACTION_MAX, multiline=True)
        if what_problem:
            errors["what"] = what_problem
        if person_id is not None:
            person_problem = _person_problem(session, person_id)
            if person_problem is None:
                agency = session.execute(
                    select(AGENCY.c.name)
                    .join(PERSON, PERSON.c.agency_id == AGENCY.c.id)
                    .where(PERSON.c.id == person_id)
                ).scalar_one()
                person_problem = _sharing_problem(session, case, agency)
            if person_problem:
                errors["person_id"] = person_problem
        if due is not None and not is_date(due):
            errors["due"] = not_a_date()
        if errors:
            raise ValidationError(errors)
        action_id = session.execute(
            insert(CASE_ACTION)
            .values(
                case_id=case_id,
                what=what.strip(),
                person_id=person_id,
                due=due,
                done_on=None,
                created_at=now(),
            )
            .returning(CASE_ACTION.c.id)
        ).scalar_one()
        due_text = f", due {due.isoformat()}" if due else ""
        _changed(session, who, case, f"action {action_id} added{due_text}")
        return _detail(session, who, case_id)


def complete_action(
    db: Database, case_id: int, action_id: int, done_on: date | None = None
) -> CaseDetail:
    """Mark an action done on `done_on` (default today)."""
    with access.case_work(db, "complete a case's action") as (session, who):
        case = _for_change(session, who, case_id)
        row = session.execute(
            select(CASE_ACTION.c.done_on).where(
                CASE_ACTION.c.id == action_id, CASE_ACTION.c.case_id == case_id
            )
        ).first()
        if row is None:
            raise NotFound(
                translate("cases", "case {number} has no action {id}").format(
                    number=case.number, id=action_id
                )
            )
        if done_on is not None and not is_date(done_on):
            raise ValidationError({"done_on": not_a_date()})
        day = done_on or _today()
        if row.done_on is not None:
            raise ValidationError(
                {
                    "done_on": translate("cases", "was done already, on {day}").format(
                        day=short_date(row.done_on)
                    )
                }
            )
        if day > _today():
            raise ValidationError({"done_on": in_the_future()})
        session.execute(
            update(CASE_ACTION).where(CASE_ACTION.c.id == action_id).values(done_on=day)
        )
        _changed(session, who, case, f"action {action_id} done on {day.isoformat()}")
        return _detail(session, who, case_id)


def add_review(db: Database, case_id: int, due: date) -> CaseDetail:
    """Plan a review of the case; it is overdue once `due` passes without being held."""
    with access.case_work(db, "plan a case review") as (session, who):
        case = _for_change(session, who, case_id)
        if not is_date(due):
            raise ValidationError({"due": not_a_date()})
        if due < case.opened_on:
            raise ValidationError(
                {"due": translate("cases", "cannot be before the case was opened")}
            )
        review_id = session.execute(
            insert(CASE_REVIEW)
            .values(case_id=case_id, due=due, held_on=None, notes="")
            .returning(CASE_REVIEW.c.id)
        ).scalar_one()
        _changed(session, who, case, f"review {review_id} planned for {due.isoformat()}")
        return _detail(session, who, case_id)


def hold_review(
    db: Database, case_id: int, review_id: int, held_on: date | None = None, notes: str = ""
) -> CaseDetail:
    """Record that a review was held (default today), with notes. Allowed while consent
    is lacking: a review is where that is dealt with."""
    with access.case_work(db, "hold a case review") as (session, who):
        case = _for_change(session, who, case_id, consent_exempt=True)
        row = session.execute(
            select(CASE_REVIEW.c.held_on).where(
                CASE_REVIEW.c.id == review_id, CASE_REVIEW.c.case_id == case_id
            )
        ).first()
        if row is None:
            raise NotFound(
                translate("cases", "case {number} has no review {id}").format(
                    number=case.number, id=review_id
                )
            )
        errors: dict[str, str] = {}
        day = held_on or _today()
        if held_on is not None and not is_date(held_on):
            errors["held_on"] = not_a_date()
        elif row.held_on is not None:
            errors["held_on"] = translate("cases", "was held already, on {day}").format(
                day=short_date(row.held_on)
            )
        elif day > _today():
            errors["held_on"] = in_the_future()
        notes_problem = free_text(notes, max_length=REVIEW_NOTES_MAX, multiline=True)
        if notes_problem:
            errors["notes"] = notes_problem
        if errors:
            raise ValidationError(errors)
        session.execute(
            update(CASE_REVIEW)
            .where(CASE_REVIEW.c.id == review_id)
            .values(held_on=day, notes=notes.strip())
        )
        _changed(session, who, case, f"review {review_id} held on {day.isoformat()}")
        return _detail(session, who, case_id)


# ---- incidents and notes ----------------------------------------------------------------


def link_incident(db: Database, case_id: int, reference: str) -> CaseDetail:
    """Link an incident of the log by its reference number ("2026-0142")."""
    with access.case_work(db, "link an incident to a case") as (session, who):
        case = _for_change(session, who, case_id)
        parsed = parse_reference(reference) if isinstance(reference, str) else None
        if parsed is None:
            raise ValidationError(
                {"incident": translate("cases", "give the incident's reference, such as 2026-0142")}
            )
        incident_id = session.execute(
            select(INCIDENT.c.id).where(
                INCIDENT.c.ref_year == parsed[0], INCIDENT.c.ref_seq == parsed[1]
            )
        ).scalar()
        ref = format_reference(*parsed)
        if incident_id is None:
            raise ValidationError(
                {
                    "incident": translate("cases", "there is no incident {reference}").format(
                        reference=ref
                    )
                }
            )
        linked = session.execute(
            select(CASE_INCIDENT.c.incident_id).where(
                CASE_INCIDENT.c.case_id == case_id, CASE_INCIDENT.c.incident_id == incident_id
            )
        ).first()
        if linked is not None:
            raise ValidationError(
                {
                    "incident": translate("cases", "incident {reference} is linked already").format(
                        reference=ref
                    )
                }
            )
        session.execute(insert(CASE_INCIDENT).values(case_id=case_id, incident_id=incident_id))
        # Neither reference nor id: the incident may describe the young person,
        # and the audit log outlives the case's erasure.
        _changed(session, who, case, "an incident linked")
        return _detail(session, who, case_id)


def unlink_incident(db: Database, case_id: int, incident_id: int) -> CaseDetail:
    with access.case_work(db, "unlink an incident from a case") as (session, who):
        case = _for_change(session, who, case_id)
        row = session.execute(
            select(CASE_INCIDENT.c.incident_id).where(
                CASE_INCIDENT.c.case_id == case_id, CASE_INCIDENT.c.incident_id == incident_id
            )
        ).first()
        if row is None:
            raise NotFound(
                translate("cases", "incident {id} is not linked to case {number}").format(
                    id=incident_id, number=case.number
                )
            )
        session.execute(
            delete(CASE_INCIDENT).where(
                CASE_INCIDENT.c.case_id == case_id, CASE_INCIDENT.c.incident_id == incident_id
            )
        )
        _changed(session, who, case, "an incident unlinked")  # as in link_incident
        return _detail(session, who, case_id)


def add_note(db: Database, case_id: int, text: str) -> CaseDetail:
    """Add a note by the signed-in user, stamped with the time."""
    with access.case_work(db, "add a note to a case") as (session, who):
        case = _for_change(session, who, case_id)
        problem = required_text(text, max_length=NOTE_MAX, multiline=True)
        if problem:
            raise ValidationError({"text": problem})
        note_id = session.execute(
            insert(CASE_NOTE)
            .values(case_id=case_id, written_at=now(), author_id=who.user_id, text=text.strip())
            .returning(CASE_NOTE.c.id)
        ).scalar_one()
        _changed(session, who, case, f"note {note_id} added")
        return _detail(session, who, case_id)


# ---- helpers ---------------------------------------------------------------------------

_FIELD_NAMES = {"task_force_id": "task_force", "district_id": "district"}


@dataclass(frozen=True)
class _Case:
    id: int
    number: str
    status: CaseStatus
    task_force_id: int
    birth_year: int
    opened_on: date
    version: int


def _today() -> date:
    return to_local(now()).date()


def _require(session: Session, who: access.Actor, case_id: int, *, change: bool = False) -> str:
    """access.require_case, with roles that see no cases at all refused by name."""
    if who.role not in access.SEES_CASES:
        number = session.execute(select(CASE.c.number).where(CASE.c.id == case_id)).scalar()
        if number is None:
            raise NotFound(access.case_gone(case_id))
        raise access.Refusal(
            QT_TRANSLATE_NOOP("access", "your role ({role}) may not open cases"),
            role=who.role,
            case_id=case_id,
            case_number=number,
        )
    return access.require_case(session, who, case_id, change=change)


def _for_change(
    session: Session, who: access.Actor, case_id: int, *, consent_exempt: bool = False
) -> _Case:
    """The case, once the user may change it, it is open, and (unless exempt) its
    consent does not hold changes back."""
    _require(session, who, case_id, change=True)
    row = session.execute(
        select(
            CASE.c.id,
            CASE.c.number,
            CASE.c.status,
            CASE.c.task_force_id,
            CASE.c.birth_year,
            CASE.c.opened_on,
            CASE.c.version,
        ).where(CASE.c.id == case_id)
    ).one()
    case = _Case(
        row.id,
        row.number,
        CaseStatus(row.status),
        row.task_force_id,
        row.birth_year,
        row.opened_on,
        row.version,
    )
    if case.status is CaseStatus.CLOSED:
        raise ValidationError({"status": translate("cases", CLOSED_MESSAGE)})
    if not consent_exempt:
        _refuse_without_consent(case, _consent_problem(session, case))
    return case


def _consent_problem(session: Session, case: _Case) -> str | None:
    today = _today()
    consents = case_detail._consents(session, case.id, today)
    return case_consent.problem(case_detail.signatures(consents), case.birth_year, today)


def _refuse_without_consent(case: _Case, problem: str | None) -> None:
    if case_detail.blocked_by_consent(case.status, problem):
        raise ValidationError(
            {
                "consent": translate(
                    "cases",
                    "{problem}; until new consent is registered the case can only be "
                    "closed, get a new consent or a withdrawal, or have a review held",
                ).format(problem=problem)
            }
        )


def _sharing_problem(session: Session, case: _Case, agency: str) -> str | None:
    """While a case is worked on (active, follow-up), only agencies its consent covers
    may take part in it."""
    if case.status not in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP):
        return None
    if agency in _shared_today(session, case):
        return None
    return translate(
        "cases", "the case's consent does not cover {agency}: it may not be shared with them"
    ).format(agency=agency)


def _shared_today(session: Session, case: _Case) -> frozenset[str]:
    """The agencies the case's valid consent covers today."""
    today = _today()
    consents = case_detail._consents(session, case.id, today)
    return case_consent.shared_with(case_detail.signatures(consents), case.birth_year, today)


def _drop_responsible_outside(session: Session, case_id: int, shared: frozenset[str]) -> list[str]:
    """Remove the case's responsible people of agencies outside `shared`; their
    agencies' names, sorted."""
    rows = session.execute(
        select(AGENCY.c.id, AGENCY.c.name)
        .join(CASE_RESPONSIBLE, CASE_RESPONSIBLE.c.agency_id == AGENCY.c.id)
        .where(CASE_RESPONSIBLE.c.case_id == case_id)
    ).all()
    outside = {int(agency_id): str(name) for agency_id, name in rows if name not in shared}
    if outside:
        session.execute(
            delete(CASE_RESPONSIBLE).where(
                CASE_RESPONSIBLE.c.case_id == case_id,
                CASE_RESPONSIBLE.c.agency_id.in_(sorted(outside)),
            )
        )
    return sorted(outside.values())


def _person_problem(
    session: Session, person_id: int, *, agency_id: int | None = None
) -> str | None:
    row = session.execute(
        select(PERSON.c.agency_id, PERSON.c.active, PERSON.c.name).where(PERSON.c.id == person_id)
    ).first()
    if row is None:
        return translate("cases", "unknown person")
    if not row.active:
        return translate("cases", "{name} is no longer active in the roster").format(name=row.name)
    if agency_id is not None and row.agency_id != agency_id:
        return translate("cases", "{name} does not belong to that agency").format(name=row.name)
    return None


def _changed(session: Session, who: access.Actor, case: _Case, detail: str) -> None:
    """Record a change of the case in the audit log and stamp the case."""
    session.execute(update(CASE).where(CASE.c.id == case.id).values(updated_at=now()))
    access.record(
        session, who, AuditAction.CHANGE, case_id=case.id, case_number=case.number, detail=detail
    )


def _detail(session: Session, who: access.Actor, case_id: int) -> CaseDetail:
    return case_detail.load(session, case_id, _today(), may_change=who.role in access.CHANGES_CASES)


def reserve_case_number(session: Session, year: int) -> str:
    """The next case number of `year` ("2026-007"), taken in the caller's transaction.

    One statement increments and returns, like the incidents' reference numbers:
    two writers never get the same number (SQLite serialises writers,
    PostgreSQL locks the counter's row); the number's unique constraint backs it.
    """
    last = session.execute(
        text(
            "INSERT INTO case_counter (year, last) VALUES (:year, 1) "
            "ON CONFLICT (year) DO UPDATE SET last = case_counter.last + 1 "
            "RETURNING last"
        ),
        {"year": year},
    ).scalar_one()
    return format_case_number(year, int(last))


def _status_title(status: CaseStatus) -> str:
    """In English: the note of a move is stored, and read in either language."""
    return CASE_STATUS_TITLES[status][0]


def _status_name(status: CaseStatus) -> str:
    """The status as a sentence names it: "follow-up", "uppföljning"."""
    return CASE_STATUS_TITLES.title(status).lower()
