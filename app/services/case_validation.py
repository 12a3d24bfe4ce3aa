"""Checking what an officer types into a case: every problem named by its field, at once.

Every free-text field of a case goes through the identity-number detector:
a case is pseudonymous, and a personnummer or samordningsnummer in a note,
a school or a reason would undo that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.domain.tables import AGENCY, DISTRICT, TASK_FORCE
from app.domain.vocabulary import TaskForceKind
from app.errors import ValidationError
from app.i18n import translate
from app.services import identity_numbers
from app.services.case_types import CaseDraft
from app.services.text_rules import (
    in_the_future,
    lookup_problem,
    not_a_date,
    not_text,
    required_problem,
    text_problem,
    unknown_agencies,
    unknown_district,
)

SUBJECT_CODE_MIN, SUBJECT_CODE_MAX = 2, 16
# A subject is young: SSPF works with young people up to their mid-twenties,
# and nobody under six is referred to it.
OLDEST_AGE, YOUNGEST_AGE = 25, 6

# field -> (max length, multi-line)
CASE_TEXTS: dict[str, tuple[int, bool]] = {
    "school": (120, False),
    "referred_by": (120, False),
    "referral_reason": (4_000, True),
}
SIGNER_LABEL_MAX = 60
CLOSE_REASON_MAX = 500
ACTION_MAX = 500
REVIEW_NOTES_MAX = 4_000
NOTE_MAX = 10_000
FACTOR_TITLE_MAX = 120

_CODE = re.compile(r"[A-Za-z0-9ÅÄÖåäö-]+")


def free_text(value: str, *, max_length: int, multiline: bool = False) -> str | None:
    """Why a free text cannot be stored: the text rules, then identity numbers."""
    if not isinstance(value, str):
        return not_text()
    return text_problem(value, max_length=max_length, multiline=multiline) or (
        identity_numbers.problem(value)
    )


def is_date(value: object) -> bool:
    """A calendar date, not a date and time (a datetime is a date to isinstance, but
    neither compares with dates nor is stored as one)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def required_text(value: str, *, max_length: int, multiline: bool = False) -> str | None:
    if isinstance(value, str) and not value.strip():
        return required_problem()
    return free_text(value, max_length=max_length, multiline=multiline)


def subject_code_problem(code: str) -> str | None:
    """A pseudonym must look like one: short, letters, digits and dashes, and a digit.

    Requiring a digit (and a letter) is the simple guard against a name
    ("Albin") or a date of birth ("080314") being typed as the code: neither
    of those mixes the two, while codes such as "ALB-17" always do.
    """
    if not isinstance(code, str) or not code.strip():
        return required_problem()
    code = code.strip()
    if identity_numbers.find(code):
        return translate(
            "case_validation",
            "looks like a personal identity number: use a pseudonym such as ALB-17",
        )
    if not SUBJECT_CODE_MIN <= len(code) <= SUBJECT_CODE_MAX:
        return translate("case_validation", "must be {least} to {most} characters").format(
            least=SUBJECT_CODE_MIN, most=SUBJECT_CODE_MAX
        )
    if not _CODE.fullmatch(code):
        return translate("case_validation", "may hold only letters, digits and dashes")
    if not any(c.isdigit() for c in code) or not any(c.isalpha() for c in code):
        return translate(
            "case_validation",
            "must mix letters and digits (such as ALB-17), so it cannot be a name or a date",
        )
    return None


@dataclass(frozen=True)
class TaskForceRef:
    id: int
    name: str
    kind: str
    active: bool


def task_force(session: Session, task_force_id: int) -> TaskForceRef | None:
    row = session.execute(
        select(TASK_FORCE.c.id, TASK_FORCE.c.name, TASK_FORCE.c.kind, TASK_FORCE.c.active).where(
            TASK_FORCE.c.id == task_force_id
        )
    ).first()
    return TaskForceRef(row.id, row.name, row.kind, bool(row.active)) if row else None


def task_force_problem(found: TaskForceRef | None) -> str | None:
    if found is None:
        return translate("case_validation", "unknown task force")
    if found.kind != TaskForceKind.SOCIAL.value:
        return translate(
            "case_validation",
            "{name} is not a social task force: only social task forces have cases",
        ).format(name=found.name)
    if not found.active:
        return translate("case_validation", "{name} is no longer active").format(name=found.name)
    return None


def case_values(
    session: Session,
    draft: CaseDraft,
    today: date,
    *,
    current_task_force: int | None = None,
) -> dict[str, Any]:
    """Column values for the case table from a draft, or ValidationError naming every field.

    `current_task_force` is the case's task force when editing: keeping an
    inactive task force is allowed, moving a case into one is not.
    """
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}

    if draft.task_force_id != current_task_force:
        problem = task_force_problem(task_force(session, draft.task_force_id))
        if problem:
            errors["task_force"] = problem
    values["task_force_id"] = draft.task_force_id

    code_problem = subject_code_problem(draft.subject_code)
    if code_problem:
        errors["subject_code"] = code_problem
    else:
        values["subject_code"] = draft.subject_code.strip()

    oldest, youngest = today.year - OLDEST_AGE, today.year - YOUNGEST_AGE
    if isinstance(draft.birth_year, bool) or not isinstance(draft.birth_year, int):
        errors["birth_year"] = translate("case_validation", "must be a year")
    elif not oldest <= draft.birth_year <= youngest:
        errors["birth_year"] = translate(
            "case_validation", "must be between {oldest} and {youngest}"
        ).format(oldest=oldest, youngest=youngest)
    values["birth_year"] = draft.birth_year

    values["district_id"] = None
    if draft.district and (problem := lookup_problem(draft.district)):
        errors["district"] = problem
    elif draft.district:
        district_id = session.execute(
            select(DISTRICT.c.id).where(DISTRICT.c.name == draft.district)
        ).scalar()
        if district_id is None:
            errors["district"] = unknown_district(draft.district)
        values["district_id"] = district_id

    for name, (limit, multiline) in CASE_TEXTS.items():
        value = getattr(draft, name)
        problem = free_text(value, max_length=limit, multiline=multiline)
        if problem:
            errors[name] = problem
        else:
            # Stored stripped, like every other text of a case: a stray space
            # from a paste would otherwise count as a change of the field.
            values[name] = value.strip()

    if draft.opened_on is not None:
        if not is_date(draft.opened_on):
            errors["opened_on"] = not_a_date()
        elif draft.opened_on > today:
            errors["opened_on"] = in_the_future()
        else:
            values["opened_on"] = draft.opened_on
    if errors:
        raise ValidationError(errors)
    return values


def agency_ids(session: Session, names: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """The ids of the named agencies, and the names that are unknown."""
    wanted = list(dict.fromkeys(names))
    found = dict(
        session.execute(select(AGENCY.c.name, AGENCY.c.id).where(AGENCY.c.name.in_(wanted))).all()
    )
    return {n: int(found[n]) for n in wanted if n in found}, [n for n in wanted if n not in found]


def consent_problems(
    session: Session,
    signer_label: str,
    signed_on: date,
    expires_on: date,
    agencies: Sequence[str],
    today: date,
) -> tuple[dict[str, str], dict[str, int]]:
    """The problems of a new consent by field, and the ids of its agencies."""
    errors: dict[str, str] = {}
    label_problem = free_text(signer_label, max_length=SIGNER_LABEL_MAX)
    if label_problem:
        errors["signer_label"] = label_problem
    if not is_date(signed_on):
        errors["signed_on"] = not_a_date()
    elif signed_on > today:
        errors["signed_on"] = in_the_future()
    if not is_date(expires_on):
        errors["expires_on"] = not_a_date()
    elif is_date(signed_on) and expires_on <= signed_on:
        errors["expires_on"] = translate("case_validation", "must be after the day it was signed")
    ids: dict[str, int] = {}
    unreadable = [problem for name in agencies if (problem := lookup_problem(name))]
    if not agencies:
        errors["agencies"] = translate(
            "case_validation", "name at least one agency the consent covers"
        )
    elif unreadable:
        errors["agencies"] = translate("case_validation", "an agency's name {problem}").format(
            problem=unreadable[0]
        )
    else:
        ids, unknown = agency_ids(session, agencies)
        if unknown:
            errors["agencies"] = unknown_agencies(unknown)
    return errors, ids
