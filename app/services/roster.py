"""The agency roster's use cases: agencies and the people in them.

The roster is small (hundreds of people, tens of agencies), so lists load
whole and search runs in Python over one query; see search_people.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, select, update
from sqlmodel import Session

from app.domain.tables import (
    ACTION_ITEM,
    AGENCY,
    CASE_ACTION,
    CASE_RESPONSIBLE,
    MEETING_ATTENDEE,
    PERSON,
    TASK_FORCE_PERSON,
)
from app.errors import Conflict, NotFound, ValidationError
from app.i18n import translate
from app.services import identity_numbers, versions
from app.services.phones import digit_forms, digits, parse_phone
from app.services.roster_types import AgencyDraft, AgencyInfo, Person, PersonDraft
from app.services.roster_vocabulary import AgencyKind
from app.services.text_rules import quoted, required_problem, text_problem
from app.storage.database import Database

# A fixed namespace: a person's vCard UID is the same in every export.
UID_NAMESPACE = uuid.UUID("5f0c6f4e-7d0b-4a52-9a51-3c0a8f6a1b27")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_SWEDISH = "abcdefghijklmnopqrstuvwxyzåäö"


# -- agencies ---------------------------------------------------------------------------------


def list_agencies(db: Database, *, include_inactive: bool = False) -> list[AgencyInfo]:
    with db.reading() as session:
        return load_agencies(session, include_inactive=include_inactive)


def get_agency(db: Database, agency_id: int) -> AgencyInfo:
    with db.reading() as session:
        return _agency(session, agency_id)


def create_agency(db: Database, draft: AgencyDraft) -> AgencyInfo:
    with db.writing() as session:
        agency_id = insert_agency(session, draft)
        return _agency(session, agency_id)


def update_agency(
    db: Database, agency_id: int, draft: AgencyDraft, *, expected_version: int | None = None
) -> AgencyInfo:
    """Save changes. With expected_version, refuse (Conflict) if someone saved in between."""
    with db.writing() as session:
        old = _agency(session, agency_id)
        if versions.stale(expected_version, old.version):
            raise _agency_changed(old)
        values = check_agency(session, draft, self_id=agency_id)
        if not versions.write_version(session, AGENCY, agency_id, old.version, values):
            raise _agency_changed(_agency(session, agency_id))
        return _agency(session, agency_id)


def _agency_changed(current: AgencyInfo) -> Conflict:
    return Conflict(_changed_by_someone(current.name), current=current)


def _changed_by_someone(name: str) -> str:
    return translate("roster", "{name} was changed by someone else since you opened it").format(
        name=name
    )


def deactivate_agency(db: Database, agency_id: int) -> None:
    """Hide an agency from choices; its people and the incidents naming it stay."""
    with db.writing() as session:
        _agency(session, agency_id)
        session.execute(update(AGENCY).where(AGENCY.c.id == agency_id).values(active=False))


def insert_agency(session: Session, draft: AgencyDraft) -> int:
    values = check_agency(session, draft)
    return int(session.execute(insert(AGENCY).values(values).returning(AGENCY.c.id)).scalar_one())


def check_agency(
    session: Session, draft: AgencyDraft, *, self_id: int | None = None
) -> dict[str, Any]:
    """The agency table's values from a draft; every problem reported at once."""
    errors: dict[str, str] = {}
    name = _clean(draft.name)
    problem = _required(name, 120)
    if problem is None:
        taken = session.execute(select(AGENCY.c.id).where(AGENCY.c.name == name)).scalar()
        if taken is not None and taken != self_id:
            problem = translate("roster", "an agency named {name} exists already").format(
                name=quoted(name)
            )
    if problem:
        errors["name"] = problem
    if draft.kind not in set(AgencyKind):
        errors["kind"] = translate(
            "roster", "{kind} is not a kind of agency; use one of: {kinds}"
        ).format(kind=quoted(str(draft.kind)), kinds=", ".join(AgencyKind))
    values: dict[str, Any] = {"name": name, "kind": draft.kind}
    for field in ("phone", "duty_phone"):
        values[field] = _phone(getattr(draft, field), field, errors)
    values["email"] = _email(draft.email, errors)
    notes_problem = _free_text(draft.notes, 4000, multiline=True)
    if notes_problem:
        errors["notes"] = notes_problem
    values["notes"] = draft.notes
    if errors:
        raise ValidationError(errors)
    return values


def agency_name_problem(name: str) -> str | None:
    """Why `name` cannot be an agency's name, before the database is asked (the
    vCard import checks ORG with it, naming the card)."""
    return _required(_clean(name), 120)


def load_agencies(session: Session, *, include_inactive: bool = False) -> list[AgencyInfo]:
    people = pairs(
        session.execute(
            select(PERSON.c.agency_id, func.count())
            .where(PERSON.c.active)
            .group_by(PERSON.c.agency_id)
        )
    )
    query = select(AGENCY)
    if not include_inactive:
        query = query.where(AGENCY.c.active)
    rows = session.execute(query).mappings().all()
    agencies = [
        AgencyInfo(
            id=r["id"],
            name=r["name"],
            kind=r["kind"],
            active=bool(r["active"]),
            phone=r["phone"],
            duty_phone=r["duty_phone"],
            email=r["email"],
            notes=r["notes"],
            people=int(people.get(r["id"], 0)),
            version=r["version"],
        )
        for r in rows
    ]
    return sorted(agencies, key=lambda a: swedish_key(a.name))


def _agency(session: Session, agency_id: int) -> AgencyInfo:
    for agency in load_agencies(session, include_inactive=True):
        if agency.id == agency_id:
            return agency
    raise NotFound(
        translate("roster", "agency {id} does not exist (any more)").format(id=agency_id)
    )


# -- people -----------------------------------------------------------------------------------


def list_people(
    db: Database, *, agency_id: int | None = None, include_inactive: bool = False
) -> list[Person]:
    """People in Swedish alphabetical order of name; only active ones unless asked."""
    with db.reading() as session:
        people = load_people(session, include_inactive=include_inactive)
    return [p for p in people if agency_id is None or p.agency_id == agency_id]


def get_person(db: Database, person_id: int) -> Person:
    with db.reading() as session:
        return _person(session, person_id)


def joint_meeting_members(db: Database) -> list[Person]:
    """The active people who sit in the chiefs' joint meeting."""
    return [p for p in list_people(db) if p.joint_meeting]


def search_people(
    db: Database, text: str, include_inactive: bool = False, *, agency_id: int | None = None
) -> list[Person]:
    """People whose name, title, agency, e-mail or phone numbers match every word of `text`.

    Done in Python over one query: the roster holds hundreds of people, so this
    takes a millisecond and lets phone numbers match however they are typed
    (08-500 500 00, +46850050000, 0850050000) and letters match without regard
    to case in any alphabet (Åsa finds åsa).
    """
    people = list_people(db, agency_id=agency_id, include_inactive=include_inactive)
    return [p for p in people if matches(p, text)]


def matches(person: Person, text: str) -> bool:
    """Whether `person` matches every word of `text` (an empty text matches everybody)."""
    wanted = _fold(text)
    if not wanted.strip():
        return True
    numbers = [form for e164 in (person.phone, person.mobile) for form in digit_forms(e164)]
    # A query that is only a phone number (digits, spaces, dashes, +, brackets) is
    # compared digit by digit, so that "08-500 500 00" is one word, not three.
    if re.fullmatch(r"[\d\s\-+()/.]+", wanted) and len(digits(wanted)) >= 3:
        wanted_digits = digits(wanted)
        return any(wanted_digits in number for number in numbers)
    haystack = _fold(" ".join((person.name, person.title, person.agency, person.email)))
    return all(
        word in haystack or (word.isdigit() and any(word in n for n in numbers))
        for word in wanted.split()
    )


def create_person(db: Database, draft: PersonDraft) -> Person:
    with db.writing() as session:
        person_id = insert_person(session, draft)
        return _person(session, person_id)


def update_person(
    db: Database, person_id: int, draft: PersonDraft, *, expected_version: int | None = None
) -> Person:
    """Save changes. With expected_version, refuse (Conflict) if someone saved in between."""
    with db.writing() as session:
        change_person(session, person_id, draft, expected_version=expected_version)
        return _person(session, person_id)


def deactivate_person(db: Database, person_id: int) -> Person:
    """Mark as having left: hidden from lists and choices, kept for meetings that name them."""
    return _set_active(db, person_id, False)


def activate_person(db: Database, person_id: int) -> Person:
    return _set_active(db, person_id, True)


def delete_person(db: Database, person_id: int) -> None:
    """Delete somebody entered by mistake; refused while anything refers to them."""
    with db.writing() as session:
        person = _person(session, person_id)
        reasons = []
        attended = session.execute(
            select(func.count()).where(MEETING_ATTENDEE.c.person_id == person_id)
        ).scalar_one()
        if attended:
            reasons.append(translate("roster", "attended %n meeting(s)", None, attended))
        owned = session.execute(
            select(func.count()).where(ACTION_ITEM.c.owner_id == person_id)
        ).scalar_one()
        if owned:
            reasons.append(translate("roster", "owns %n action item(s)", None, owned))
        deputy_for = (
            session.execute(select(PERSON.c.name).where(PERSON.c.deputy_id == person_id))
            .scalars()
            .all()
        )
        if deputy_for:
            names = ", ".join(sorted(deputy_for, key=swedish_key))
            reasons.append(translate("roster", "is the deputy of {names}").format(names=names))
        seats = session.execute(
            select(func.count()).where(TASK_FORCE_PERSON.c.person_id == person_id)
        ).scalar_one()
        if seats:
            reasons.append(translate("roster", "sits in %n task force(s)", None, seats))
        # Which cases, and how many, is not for whoever deletes to learn: the cases
        # of minors are need-to-know. That the person is named somewhere must do.
        if _named_in_case_work(session, person_id):
            reasons.append(translate("roster", "is named in case work"))
        if reasons:
            raise Conflict(
                translate(
                    "roster",
                    "{name} cannot be deleted: {name} {reasons}. "
                    "Mark the person as having left (deactivate) instead.",
                ).format(name=person.name, reasons=_listed(reasons))
            )
        session.execute(sql_delete(PERSON).where(PERSON.c.id == person_id))


def _listed(parts: list[str]) -> str:
    """ "A", "A and B", "A, B and C" (Swedish "A, B och C")."""
    if len(parts) == 1:
        return parts[0]
    return translate("roster", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def _named_in_case_work(session: Session, person_id: int) -> bool:
    """Whether a case names the person as responsible or for an action."""
    named = select(CASE_RESPONSIBLE.c.case_id).where(CASE_RESPONSIBLE.c.person_id == person_id)
    acting = select(CASE_ACTION.c.id).where(CASE_ACTION.c.person_id == person_id)
    return bool(
        session.execute(select(named.exists())).scalar_one()
        or session.execute(select(acting.exists())).scalar_one()
    )


def person_uid(person_id: int) -> str:
    """The stable vCard UID of a person."""
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'person/{person_id}')}"


# -- building blocks for one transaction (also used by the vCard import) ----------------------


def insert_person(session: Session, draft: PersonDraft) -> int:
    values = check_person(session, draft)
    values.update(active=True, version=1)
    return int(session.execute(insert(PERSON).values(values).returning(PERSON.c.id)).scalar_one())


def change_person(
    session: Session, person_id: int, draft: PersonDraft, *, expected_version: int | None = None
) -> None:
    old = session.execute(select(PERSON).where(PERSON.c.id == person_id)).mappings().first()
    if old is None:
        raise NotFound(_person_gone(person_id))
    if versions.stale(expected_version, old["version"]):
        raise _person_changed(session, person_id)
    values = check_person(session, draft, self_id=person_id)
    if not versions.write_version(session, PERSON, person_id, old["version"], values):
        raise _person_changed(session, person_id)


def _person_changed(session: Session, person_id: int) -> Conflict:
    current = _person(session, person_id)
    return Conflict(_changed_by_someone(current.name), current=current)


def _person_gone(person_id: int) -> str:
    return translate("roster", "person {id} does not exist (any more)").format(id=person_id)


def check_person(
    session: Session, draft: PersonDraft, *, self_id: int | None = None
) -> dict[str, Any]:
    """The person table's values from a draft; every problem reported at once."""
    errors = person_field_errors(draft)
    values: dict[str, Any] = {
        "name": _clean(draft.name),
        "title": _clean(draft.title),
        "email": draft.email.strip(),
        "joint_meeting": bool(draft.joint_meeting),
        "notes": draft.notes,
        "agency_id": draft.agency_id,
        "deputy_id": draft.deputy_id,
    }
    for field in ("phone", "mobile"):
        values[field] = _phone(getattr(draft, field), field, {})
    if draft.agency_id is not None and "agency_id" not in errors:
        found = session.execute(select(AGENCY.c.id).where(AGENCY.c.id == draft.agency_id)).scalar()
        if found is None:
            errors["agency_id"] = translate("roster", "that agency does not exist (any more)")
    if draft.deputy_id is not None:
        if draft.deputy_id == self_id:
            errors["deputy_id"] = translate("roster", "a person cannot be their own deputy")
        else:
            found = session.execute(
                select(PERSON.c.id).where(PERSON.c.id == draft.deputy_id)
            ).scalar()
            if found is None:
                errors["deputy_id"] = translate("roster", "that deputy does not exist (any more)")
    if errors:
        raise ValidationError(errors)
    return values


def person_field_errors(draft: PersonDraft) -> dict[str, str]:
    """The problems a draft has on its own, before the database is asked anything."""
    errors: dict[str, str] = {}
    problem = _required(_clean(draft.name), 120)
    if problem:
        errors["name"] = problem
    problem = _free_text(_clean(draft.title), 120)
    if problem:
        errors["title"] = problem
    if draft.agency_id is None:
        errors["agency_id"] = translate("roster", "is required: every person belongs to one agency")
    for field in ("phone", "mobile"):
        _phone(getattr(draft, field), field, errors)
    _email(draft.email, errors)
    problem = _free_text(draft.notes, 4000, multiline=True)
    if problem:
        errors["notes"] = problem
    return errors


def load_people(session: Session, *, include_inactive: bool = False) -> list[Person]:
    agencies = pairs(session.execute(select(AGENCY.c.id, AGENCY.c.name)))
    rows = session.execute(select(PERSON)).mappings().all()
    names = {r["id"]: r["name"] for r in rows}
    people = [_person_of(r, agencies, names) for r in rows if include_inactive or r["active"]]
    return sorted(people, key=lambda p: (swedish_key(p.name), p.id))


def swedish_key(name: str) -> tuple[int, ...]:
    """Sort key in Swedish alphabetical order: … x y z å ä ö."""
    return tuple(_SWEDISH.find(c) if c in _SWEDISH else 100 + ord(c) for c in _fold(name))


def _person(session: Session, person_id: int) -> Person:
    row = session.execute(select(PERSON).where(PERSON.c.id == person_id)).mappings().first()
    if row is None:
        raise NotFound(_person_gone(person_id))
    agencies = pairs(
        session.execute(select(AGENCY.c.id, AGENCY.c.name).where(AGENCY.c.id == row["agency_id"]))
    )
    deputy = row["deputy_id"]
    names = (
        pairs(session.execute(select(PERSON.c.id, PERSON.c.name).where(PERSON.c.id == deputy)))
        if deputy is not None
        else {}
    )
    return _person_of(row, agencies, names)


def _person_of(row: Any, agencies: dict[int, str], names: dict[int, str]) -> Person:
    return Person(
        id=row["id"],
        version=row["version"],
        name=row["name"],
        title=row["title"],
        agency_id=row["agency_id"],
        agency=agencies.get(row["agency_id"], ""),
        phone=row["phone"],
        mobile=row["mobile"],
        email=row["email"],
        deputy_id=row["deputy_id"],
        deputy=names.get(row["deputy_id"], "") if row["deputy_id"] is not None else "",
        joint_meeting=bool(row["joint_meeting"]),
        active=bool(row["active"]),
        notes=row["notes"],
    )


def _set_active(db: Database, person_id: int, active: bool) -> Person:
    with db.writing() as session:
        person = _person(session, person_id)
        session.execute(
            update(PERSON)
            .where(PERSON.c.id == person_id)
            .values(active=active, version=person.version + 1)
        )
        return _person(session, person_id)


def pairs(result: Any) -> dict[Any, Any]:
    """{first: second} of a two-column result."""
    return {key: value for key, value in result}


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def _fold(text: str) -> str:
    # NFC first, so that a decomposed å (a + ring) matches a composed one.
    return unicodedata.normalize("NFC", text).casefold()


def _required(value: str, max_length: int) -> str | None:
    return _free_text(value, max_length) or (None if value else required_problem())


def _free_text(value: str, max_length: int, *, multiline: bool = False) -> str | None:
    """The text rules, then no identity number: DOMAIN.md allows none in any free text
    (the message names where in the text it stands)."""
    problem = text_problem(value, max_length=max_length, multiline=multiline)
    return problem or identity_numbers.problem(value)


def _phone(text: str, field: str, errors: dict[str, str]) -> str:
    try:
        return parse_phone(text)
    except ValueError as error:
        errors[field] = str(error)
        return ""


def _email(text: str, errors: dict[str, str]) -> str:
    value = text.strip()
    if not value:
        return ""
    problem = text_problem(value, max_length=254)
    if problem:
        errors["email"] = problem
    elif not _EMAIL.fullmatch(value):
        errors["email"] = translate(
            "roster", "{value} is not an e-mail address like name@example.se"
        ).format(value=quoted(value))
    return value
