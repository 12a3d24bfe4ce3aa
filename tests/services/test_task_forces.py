"""Task forces: validation, versions, who may manage them, membership, open cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, update

from app.domain.tables import AGENCY, AUDIT_ENTRY, CASE, PERSON
from app.domain.vocabulary import AuditAction, CaseStatus, Role, TaskForceKind
from app.errors import AccessDenied, Conflict, NotFound, ValidationError
from app.services import task_forces, users
from app.services.case_types import TaskForceDraft
from app.services.roster import create_person
from app.services.roster_types import PersonDraft
from app.storage.database import Database

pytestmark = pytest.mark.usefixtures("fixed_clock")

SCHOOL = "Utbildningsförvaltningen"
SOCIAL = "Socialförvaltningen"
POLICE = "Lokalpolisområde Botkyrka"
# A valid personnummer (Luhn right): the detector must refuse it.
IDENTITY_NUMBER = "811218-9876"


def as_account(db: Database, account: str) -> Database:
    return Database(db.engine, account)


def person(db: Database, name: str, agency: str = SCHOOL) -> int:
    with db.reading() as session:
        agency_id = session.execute(select(AGENCY.c.id).where(AGENCY.c.name == agency)).scalar()
    return create_person(db, PersonDraft(name=name, agency_id=agency_id, title="Rektor")).id


def draft(**changes: object) -> TaskForceDraft:
    values: dict[str, object] = {
        "name": "SSPF Alby",
        "kind": TaskForceKind.SOCIAL,
        "district": "Alby",
        "purpose": "Unga i riskzon för kriminalitet i Alby.",
        "cadence": "Varannan tisdag",
        "agencies": (SCHOOL, SOCIAL, POLICE),
    }
    values.update(changes)
    return TaskForceDraft(**values)  # type: ignore[arg-type]


def user(db: Database, account: str, role: Role) -> Database:
    users.add_user(db, account, account, role)
    return as_account(db, account)


def add_case(db: Database, task_force_id: int, number: str, status: CaseStatus) -> None:
    moment = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    with db.writing() as session:
        session.execute(
            CASE.insert().values(
                number=number,
                task_force_id=task_force_id,
                subject_code=f"K-{number}",
                birth_year=2011,
                status=status.value,
                opened_on=date(2026, 11, 1),
                created_at=moment,
                updated_at=moment,
            )
        )


def test_create_lists_and_gets_a_task_force_with_members(db: Database) -> None:
    users.sign_in(db)
    rektor = person(db, "Sanna Rektor")
    kurator = person(db, "Kim Kurator", SOCIAL)
    made = task_forces.create_task_force(db, draft(person_ids=(kurator, rektor)))
    assert made.name == "SSPF Alby" and made.kind is TaskForceKind.SOCIAL
    assert made.district == "Alby" and made.version == 1 and made.active
    assert made.agencies == tuple(sorted((SCHOOL, SOCIAL, POLICE)))
    assert [(m.name, m.agency) for m in made.members] == [
        ("Kim Kurator", SOCIAL),
        ("Sanna Rektor", SCHOOL),
    ]
    assert made.open_cases == 0 and made.user_ids == ()
    whole = task_forces.create_task_force(
        db, draft(name="Strategigrupp", kind=TaskForceKind.STRATEGY_GROUP, district=None)
    )
    assert whole.district is None
    assert [t.name for t in task_forces.list_task_forces(db)] == ["SSPF Alby", "Strategigrupp"]
    assert task_forces.get_task_force(db, made.id) == made
    with pytest.raises(NotFound):
        task_forces.get_task_force(db, 9999)


def test_every_bad_field_is_named_at_once(db: Database) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        task_forces.create_task_force(
            db,
            draft(
                name="  ",
                kind="club",
                district="Atlantis",
                purpose=f"Gäller {IDENTITY_NUMBER}",
                cadence="x" * 121,
                agencies=(SCHOOL, "Rymdstyrelsen"),
                person_ids=(4242,),
            ),
        )
    assert set(caught.value.errors) == {
        "name",
        "kind",
        "district",
        "purpose",
        "cadence",
        "agencies",
        "person_ids",
    }
    assert "personal identity number" in caught.value.errors["purpose"]
    assert "Rymdstyrelsen" in caught.value.errors["agencies"]
    with pytest.raises(ValidationError) as caught:
        task_forces.create_task_force(db, draft(name=f"SSPF {IDENTITY_NUMBER}"))
    assert set(caught.value.errors) == {"name"}
    with pytest.raises(ValidationError) as caught:
        task_forces.create_task_force(db, draft(cadence=f"Tisdagar {IDENTITY_NUMBER}"))
    assert set(caught.value.errors) == {"cadence"}
    assert task_forces.list_task_forces(db) == []


def test_names_are_unique_whatever_the_case(db: Database) -> None:
    users.sign_in(db)
    first = task_forces.create_task_force(db, draft())
    with pytest.raises(ValidationError) as caught:
        task_forces.create_task_force(db, draft(name="sspf alby"))
    assert "exists already" in caught.value.errors["name"]
    # Keeping one's own name on update is no clash.
    kept = task_forces.update_task_force(db, first.id, draft(cadence="Varje torsdag"), 1)
    assert kept.cadence == "Varje torsdag"


def test_inactive_people_cannot_join_but_members_who_left_may_stay(db: Database) -> None:
    users.sign_in(db)
    stays, leaves = person(db, "Stina Stannar"), person(db, "Lars Lämnar")
    made = task_forces.create_task_force(db, draft(person_ids=(stays, leaves)))
    with db.writing() as session:
        session.execute(update(PERSON).where(PERSON.c.id == leaves).values(active=False))
    kept = task_forces.update_task_force(db, made.id, draft(person_ids=(stays, leaves)), 1)
    assert {m.id for m in kept.members} == {stays, leaves}
    assert leaves not in {m.id for m in task_forces.roster_choices(db)}
    assert leaves in {m.id for m in task_forces.roster_choices(db, include=[leaves])}
    with pytest.raises(ValidationError) as caught:
        task_forces.create_task_force(db, draft(name="SSPF Fittja", person_ids=(leaves,)))
    assert "Lars Lämnar" in caught.value.errors["person_ids"]


def test_update_replaces_members_and_refuses_a_stale_version(db: Database) -> None:
    users.sign_in(db)
    a, b = person(db, "Anna A"), person(db, "Bertil B")
    made = task_forces.create_task_force(db, draft(person_ids=(a,)))
    changed = task_forces.update_task_force(
        db,
        made.id,
        replace(draft(), person_ids=(b,), agencies=(POLICE,), active=False, district="Fittja"),
        made.version,
    )
    assert [m.id for m in changed.members] == [b]
    assert changed.agencies == (POLICE,) and not changed.active
    assert changed.district == "Fittja" and changed.version == 2
    with pytest.raises(Conflict):
        task_forces.update_task_force(db, made.id, draft(), made.version)
    assert task_forces.get_task_force(db, made.id) == changed
    assert [t.id for t in task_forces.list_task_forces(db, include_inactive=False)] == []
    with pytest.raises(NotFound):
        task_forces.update_task_force(db, 9999, draft(), 1)


@pytest.mark.parametrize("role", [Role.COORDINATOR])
def test_a_coordinator_manages_task_forces(db: Database, role: Role) -> None:
    users.sign_in(db)
    coordinator = user(db, "KOMMUN\\samordnare", role)
    made = task_forces.create_task_force(coordinator, draft())
    changed = task_forces.update_task_force(coordinator, made.id, draft(cadence="Måndagar"), 1)
    assert changed.cadence == "Måndagar"


@pytest.mark.parametrize("role", [Role.MEMBER, Role.READER, Role.DATA_PROTECTION_OFFICER])
def test_other_roles_may_not_manage_task_forces_and_the_refusal_is_logged(
    db: Database, role: Role
) -> None:
    users.sign_in(db)
    made = task_forces.create_task_force(db, draft())
    other = user(db, f"KOMMUN\\{role.value}", role)
    with pytest.raises(AccessDenied):
        task_forces.create_task_force(other, draft(name="SSPF Fittja"))
    with pytest.raises(AccessDenied):
        task_forces.update_task_force(other, made.id, draft(cadence="Aldrig"), 1)
    assert [t.name for t in task_forces.list_task_forces(other)] == ["SSPF Alby"]
    assert task_forces.get_task_force(other, made.id).cadence == "Varannan tisdag"
    with db.reading() as session:
        refusals = session.execute(
            select(AUDIT_ENTRY.c.account).where(AUDIT_ENTRY.c.action == AuditAction.REFUSED.value)
        ).scalars()
        assert list(refusals) == [f"KOMMUN\\{role.value}"] * 2


def test_membership_is_decided_by_administrators_only_and_logged(db: Database) -> None:
    users.sign_in(db)
    alby = task_forces.create_task_force(db, draft())
    fittja = task_forces.create_task_force(db, draft(name="SSPF Fittja", district="Fittja"))
    member = users.add_user(db, "KOMMUN\\medlem", "Medlem", Role.MEMBER)
    reader = users.add_user(db, "KOMMUN\\läsare", "Läsare", Role.READER)
    coordinator = user(db, "KOMMUN\\samordnare", Role.COORDINATOR)
    assert task_forces.set_task_force_users(db, alby.id, [member.id, reader.id]).user_ids == (
        member.id,
        reader.id,
    )
    assert task_forces.set_user_task_forces(db, member.id, [fittja.id]) == (fittja.id,)
    listed = {t.name: t.user_ids for t in task_forces.list_task_forces(db)}
    assert listed == {"SSPF Alby": (reader.id,), "SSPF Fittja": (member.id,)}
    with pytest.raises(AccessDenied):
        task_forces.set_task_force_users(coordinator, alby.id, [])
    with pytest.raises(AccessDenied):
        task_forces.set_user_task_forces(coordinator, member.id, [alby.id])
    with pytest.raises(ValidationError):
        task_forces.set_user_task_forces(db, member.id, [4242])
    with pytest.raises(ValidationError):
        task_forces.set_task_force_users(db, alby.id, [4242])
    with pytest.raises(NotFound):
        task_forces.set_task_force_users(db, 4242, [])
    assert task_forces.get_task_force(db, alby.id).user_ids == (reader.id,)
    with db.reading() as session:
        details = list(
            session.execute(
                select(AUDIT_ENTRY.c.detail)
                .where(AUDIT_ENTRY.c.action == AuditAction.CHANGE.value)
                .order_by(AUDIT_ENTRY.c.id)
            ).scalars()
        )
    assert details == [
        "user KOMMUN\\medlem added as member",
        "user KOMMUN\\läsare added as reader",
        "user KOMMUN\\samordnare added as co-ordinator",
        'KOMMUN\\medlem added to task force "SSPF Alby"',
        'KOMMUN\\läsare added to task force "SSPF Alby"',
        'KOMMUN\\medlem added to task force "SSPF Fittja"',
        'KOMMUN\\medlem removed from task force "SSPF Alby"',
    ]
    # Setting the same members again changes nothing and logs nothing.
    task_forces.set_user_task_forces(db, member.id, [fittja.id])
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(AUDIT_ENTRY)).scalar_one()
    assert count == len(details) + 2  # and the coordinator's two refusals


def test_open_cases_are_counted_only_for_task_forces_one_may_see(db: Database) -> None:
    users.sign_in(db)
    alby = task_forces.create_task_force(db, draft())
    fittja = task_forces.create_task_force(db, draft(name="SSPF Fittja", district="Fittja"))
    add_case(db, alby.id, "2026-001", CaseStatus.REFERRED)
    add_case(db, alby.id, "2026-002", CaseStatus.ACTIVE)
    add_case(db, alby.id, "2026-003", CaseStatus.CLOSED)
    add_case(db, fittja.id, "2026-004", CaseStatus.FOLLOW_UP)
    member_db = user(db, "KOMMUN\\medlem", Role.MEMBER)
    member = users.sign_in(member_db)
    task_forces.set_user_task_forces(db, member.id, [alby.id])
    dpo_db = user(db, "KOMMUN\\dso", Role.DATA_PROTECTION_OFFICER)
    task_forces.set_user_task_forces(db, users.sign_in(dpo_db).id, [alby.id, fittja.id])

    def counts(who: Database) -> dict[str, int | None]:
        return {t.name: t.open_cases for t in task_forces.list_task_forces(who)}

    assert counts(db) == {"SSPF Alby": 2, "SSPF Fittja": 1}  # the administrator sees all
    # None, not 0, where the cases are not one's to see: 0 would read as a real count.
    assert counts(member_db) == {"SSPF Alby": 2, "SSPF Fittja": None}
    assert task_forces.get_task_force(member_db, fittja.id).open_cases is None
    assert counts(dpo_db) == {"SSPF Alby": None, "SSPF Fittja": None}  # the DPO sees no cases
    stranger = as_account(db, "KOMMUN\\ny")  # not registered yet: becomes a member
    assert counts(stranger) == {"SSPF Alby": None, "SSPF Fittja": None}
    empty = task_forces.create_task_force(db, draft(name="SSPF Tumba", district="Tumba"))
    task_forces.set_user_task_forces(db, member.id, [alby.id, empty.id])
    assert task_forces.get_task_force(member_db, empty.id).open_cases == 0  # truly none


def test_open_case_numbers_are_listed_for_those_who_may_see_them(db: Database) -> None:
    users.sign_in(db)
    alby = task_forces.create_task_force(db, draft())
    fittja = task_forces.create_task_force(db, draft(name="SSPF Fittja", district="Fittja"))
    add_case(db, alby.id, "2026-010", CaseStatus.ACTIVE)
    add_case(db, alby.id, "2026-002", CaseStatus.REFERRED)
    add_case(db, alby.id, "2025-999", CaseStatus.FOLLOW_UP)
    add_case(db, alby.id, "2026-003", CaseStatus.CLOSED)
    add_case(db, fittja.id, "2026-004", CaseStatus.ACTIVE)
    assert task_forces.open_case_numbers(db, alby.id) == [
        ("2025-999", CaseStatus.FOLLOW_UP),
        ("2026-002", CaseStatus.REFERRED),
        ("2026-010", CaseStatus.ACTIVE),
    ]
    member_db = user(db, "KOMMUN\\medlem", Role.MEMBER)
    task_forces.set_user_task_forces(db, users.sign_in(member_db).id, [alby.id])
    assert [n for n, _ in task_forces.open_case_numbers(member_db, alby.id)] == [
        "2025-999",
        "2026-002",
        "2026-010",
    ]
    with pytest.raises(AccessDenied) as refused:
        task_forces.open_case_numbers(member_db, fittja.id)
    assert "2026-004" not in str(refused.value)
    dpo_db = user(db, "KOMMUN\\dso", Role.DATA_PROTECTION_OFFICER)
    task_forces.set_user_task_forces(db, users.sign_in(dpo_db).id, [alby.id])
    with pytest.raises(AccessDenied):
        task_forces.open_case_numbers(dpo_db, alby.id)
    with pytest.raises(NotFound):
        task_forces.open_case_numbers(db, 4242)
    # A list, like the case table: not written to the audit log.
    with db.reading() as session:
        actions = set(session.execute(select(AUDIT_ENTRY.c.action)).scalars())
    assert actions == {AuditAction.CHANGE.value}


def test_a_task_force_with_open_cases_stays_social_and_active(db: Database) -> None:
    users.sign_in(db)
    made = task_forces.create_task_force(db, draft())
    add_case(db, made.id, "2026-001", CaseStatus.ACTIVE)
    add_case(db, made.id, "2026-002", CaseStatus.CLOSED)
    with pytest.raises(ValidationError) as refused:
        task_forces.update_task_force(db, made.id, draft(kind=TaskForceKind.WORKING_GROUP), 1)
    assert set(refused.value.errors) == {"kind"}
    assert refused.value.errors["kind"].endswith("has open cases; close them first")
    with pytest.raises(ValidationError) as refused:
        task_forces.update_task_force(db, made.id, draft(active=False), 1)
    assert set(refused.value.errors) == {"active"}
    assert "has open cases; close them first" in refused.value.errors["active"]
    # Every problem at once, with the draft's own.
    with pytest.raises(ValidationError) as refused:
        task_forces.update_task_force(
            db,
            made.id,
            draft(name=" ", kind=TaskForceKind.STRATEGY_GROUP, active=False),
            1,
        )
    assert set(refused.value.errors) == {"name", "kind", "active"}
    assert task_forces.get_task_force(db, made.id).version == 1
    # Other changes are saved as before.
    kept = task_forces.update_task_force(db, made.id, draft(cadence="Torsdagar"), 1)
    assert kept.cadence == "Torsdagar" and kept.active and kept.kind is TaskForceKind.SOCIAL
    with db.writing() as session:
        session.execute(update(CASE).values(status=CaseStatus.CLOSED.value))
    done = task_forces.update_task_force(
        db, made.id, draft(kind=TaskForceKind.WORKING_GROUP, active=False), 2
    )
    assert done.kind is TaskForceKind.WORKING_GROUP and not done.active


def test_an_inactive_task_force_with_open_cases_may_be_switched_on_and_edited(
    db: Database,
) -> None:
    users.sign_in(db)
    made = task_forces.create_task_force(db, draft(active=False))
    add_case(db, made.id, "2026-001", CaseStatus.ACTIVE)
    # Already off: saving it off again is no new switching off.
    kept = task_forces.update_task_force(db, made.id, draft(active=False, cadence="Fredagar"), 1)
    assert kept.cadence == "Fredagar" and not kept.active
    assert task_forces.update_task_force(db, made.id, draft(), 2).active
