"""Task forces, users and cases for the case tests, written directly where the
case service is not what is being tested."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from app.clock import now
from app.domain.tables import (
    AGENCY,
    AUDIT_ENTRY,
    DISTRICT,
    PERSON,
    TASK_FORCE,
    TASK_FORCE_USER,
    USER,
)
from app.domain.vocabulary import CaseStatus, ConsentSigner, Role, TaskForceKind
from app.services import cases
from app.services.case_types import CaseDetail, CaseDraft
from app.storage.database import Database

SCHOOL = "Utbildningsförvaltningen"
SOCIAL = "Socialförvaltningen"
POLICE = "Lokalpolisområde Botkyrka"
LEISURE = "Kultur- och fritidsförvaltningen"
SSPF_AGENCIES = (SCHOOL, SOCIAL, POLICE, LEISURE)
# The fixed clock's today is 2026-11-26: born 2012 is 14 this year, 2011 is 15.
UNDER_15 = 2012
FROM_15 = 2011


def task_force(
    db: Database,
    name: str = "SSPF Alby",
    *,
    district: str | None = "Alby",
    kind: TaskForceKind = TaskForceKind.SOCIAL,
    active: bool = True,
) -> int:
    with db.writing() as s:
        district_id = (
            s.execute(select(DISTRICT.c.id).where(DISTRICT.c.name == district)).scalar_one()
            if district
            else None
        )
        return int(
            s.execute(
                insert(TASK_FORCE)
                .values(name=name, kind=kind.value, district_id=district_id, active=active)
                .returning(TASK_FORCE.c.id)
            ).scalar_one()
        )


def user(db: Database, account: str, role: Role, *member_of: int) -> Database:
    """A user with `role`, member of the given task forces; the Database acting as them."""
    with db.writing() as s:
        user_id = s.execute(
            insert(USER)
            .values(
                account=account, display_name=account.title(), role=role.value, created_at=now()
            )
            .returning(USER.c.id)
        ).scalar_one()
        for task_force_id in member_of:
            s.execute(insert(TASK_FORCE_USER).values(task_force_id=task_force_id, user_id=user_id))
    return Database(db.engine, account)


def sign_in_tester(db: Database) -> None:
    """Make "tester" (the fixture's account) exist first, so it is the administrator."""
    from app.services.users import sign_in

    sign_in(db)


def person(db: Database, name: str, agency: str = POLICE, *, active: bool = True) -> int:
    with db.writing() as s:
        agency_id = s.execute(select(AGENCY.c.id).where(AGENCY.c.name == agency)).scalar_one()
        return int(
            s.execute(
                insert(PERSON)
                .values(agency_id=agency_id, name=name, active=active)
                .returning(PERSON.c.id)
            ).scalar_one()
        )


def draft(task_force_id: int, **changes: Any) -> CaseDraft:
    values: dict[str, Any] = {
        "task_force_id": task_force_id,
        "subject_code": "ALB-17",
        "birth_year": UNDER_15,
        "district": "Alby",
        "school": "Alby skola",
        "referred_by": "Skolkurator, Alby skola",
        "referral_reason": "Hög frånvaro och oro för umgänge",
    }
    values.update(changes)
    return CaseDraft(**values)


def guardian_consent(
    db: Database,
    case_id: int,
    agencies: Sequence[str] = SSPF_AGENCIES,
    *,
    signer: ConsentSigner = ConsentSigner.GUARDIAN,
    signed_on: date = date(2026, 11, 1),
    expires_on: date = date(2027, 11, 1),
) -> CaseDetail:
    label = "Vårdnadshavare 1" if signer is ConsentSigner.GUARDIAN else "Den unge"
    return cases.add_consent(db, case_id, signer, label, signed_on, expires_on, agencies)


def active_case(db: Database, task_force_id: int, **changes: Any) -> CaseDetail:
    """A case with a guardian's consent (and the young person's when needed), made active."""
    case = cases.create_case(db, draft(task_force_id, **changes))
    guardian_consent(db, case.id)
    if case.birth_year <= FROM_15:
        guardian_consent(db, case.id, signer=ConsentSigner.YOUNG_PERSON)
    cases.move_case(db, case.id, CaseStatus.ASSESSED)
    return cases.move_case(db, case.id, CaseStatus.ACTIVE)


def audit(db: Database) -> list[dict[str, Any]]:
    with db.reading() as s:
        return [
            dict(row)
            for row in s.execute(select(AUDIT_ENTRY).order_by(AUDIT_ENTRY.c.id)).mappings()
        ]
