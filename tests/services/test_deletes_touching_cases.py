"""Deleting what case work refers to: an incident linked to cases, a roster person
named in case work. Neither may change a case unseen, nor tell about cases one
may not see."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.domain.tables import CASE_INCIDENT, PERSON
from app.domain.vocabulary import AuditAction, Role, TaskForceKind
from app.errors import Conflict, NotFound
from app.i18n import set_language
from app.services import cases, incidents, roster, task_forces
from app.services.case_types import TaskForceDraft
from app.services.incidents import LINKED_INCIDENT_DELETED
from app.storage.database import Database
from tests.services.case_support import (
    POLICE,
    active_case,
    audit,
    person,
    sign_in_tester,
    task_force,
    user,
)
from tests.services.case_support import draft as case_draft
from tests.services.support import draft as incident_draft

pytestmark = pytest.mark.usefixtures("fixed_clock")


@pytest.fixture
def tf(db: Database) -> int:
    sign_in_tester(db)
    return task_force(db)


# -- an incident linked to cases ----------------------------------------------------------


def test_deleting_a_linked_incident_is_written_to_each_case_s_audit_log(
    db: Database, tf: int
) -> None:
    incident = incidents.create(db, incident_draft())
    other = incidents.create(db, incident_draft(summary="Klotter vid Alby skola"))
    first = cases.create_case(db, case_draft(tf))
    second = cases.create_case(db, case_draft(tf, subject_code="ALB-18"))
    untouched = cases.create_case(db, case_draft(tf, subject_code="ALB-19"))
    cases.link_incident(db, first.id, incident.reference)
    cases.link_incident(db, second.id, incident.reference)
    cases.link_incident(db, untouched.id, other.reference)
    before = len(audit(db))
    # Someone who may not see the cases deletes the incident: the incident log is
    # everyone's, so it is not refused (a refusal would tell that a case links it).
    outsider = user(db, "kommun\\utanför", Role.MEMBER)
    incidents.delete(outsider, incident.id)
    with pytest.raises(NotFound):
        incidents.get(db, incident.id)
    written = audit(db)[before:]
    assert [
        (e["account"], e["action"], e["case_id"], e["case_number"], e["detail"]) for e in written
    ] == [
        ("kommun\\utanför", "change", first.id, first.number, LINKED_INCIDENT_DELETED),
        ("kommun\\utanför", "change", second.id, second.number, LINKED_INCIDENT_DELETED),
    ]
    assert LINKED_INCIDENT_DELETED == "a linked incident was deleted from the incident log"
    assert all(incident.reference not in e["detail"] for e in audit(db))
    assert cases.open_case(db, first.id).incidents == ()
    assert [i.id for i in cases.open_case(db, untouched.id).incidents] == [other.id]
    with db.reading() as session:
        links = session.execute(select(CASE_INCIDENT.c.incident_id)).scalars().all()
    assert links == [other.id]


def test_deleting_an_unlinked_incident_writes_nothing(db: Database, tf: int) -> None:
    incident = incidents.create(db, incident_draft())
    cases.create_case(db, case_draft(tf))
    before = audit(db)
    incidents.delete(db, incident.id)
    assert audit(db) == before
    with pytest.raises(NotFound):
        incidents.delete(db, incident.id)
    assert audit(db) == before


# -- a roster person named in case work ---------------------------------------------------


def test_a_person_sitting_in_task_forces_is_not_deleted(db: Database) -> None:
    sign_in_tester(db)
    sits = person(db, "Sittande Siv")
    for name in ("SSPF Alby", "Strategigrupp"):
        task_forces.create_task_force(
            db, TaskForceDraft(name=name, kind=TaskForceKind.SOCIAL, person_ids=(sits,))
        )
    with pytest.raises(Conflict) as refused:
        roster.delete_person(db, sits)
    message = str(refused.value)
    assert "sits in 2 task forces" in message and "deactivate" in message
    assert roster.get_person(db, sits)


@pytest.mark.parametrize("named_as", ["responsible", "action"])
def test_a_person_named_in_case_work_is_not_deleted_nor_are_the_cases_told(
    db: Database, tf: int, named_as: str
) -> None:
    named = person(db, "Polis Petra", POLICE)
    case = active_case(db, tf)
    if named_as == "responsible":
        cases.set_responsible(db, case.id, POLICE, named)
    else:
        cases.add_action(db, case.id, "Samtal med polisen", named, None)
    # A co-ordinator outside the task force keeps the roster: told that the person
    # is named in case work, not where or how often.
    keeper = user(db, "kommun\\samordnare", Role.COORDINATOR)
    with pytest.raises(Conflict) as refused:
        roster.delete_person(keeper, named)
    message = str(refused.value)
    assert "is named in case work" in message and "deactivate" in message
    assert case.number not in message and "case(s)" not in message
    assert roster.get_person(db, named)
    free = person(db, "Fri Frida", POLICE)
    roster.delete_person(keeper, free)
    with pytest.raises(NotFound):
        roster.get_person(db, free)


def test_every_reason_is_given_at_once(db: Database, tf: int) -> None:
    named = person(db, "Polis Petra", POLICE)
    task_forces.create_task_force(
        db, TaskForceDraft(name="SSPF Fittja", kind=TaskForceKind.SOCIAL, person_ids=(named,))
    )
    case = active_case(db, tf)
    cases.add_action(db, case.id, "Samtal", named, None)
    with pytest.raises(Conflict) as refused:
        roster.delete_person(db, named)
    assert "sits in 1 task force and is named in case work" in str(refused.value)
    assert AuditAction.REFUSED.value not in {e["action"] for e in audit(db)}


def test_three_reasons_are_listed_with_commas_and_one_and(db: Database, tf: int) -> None:
    named = person(db, "Polis Petra", POLICE)
    deputised = person(db, "Polis Pelle", POLICE)
    with db.writing() as s:
        s.execute(update(PERSON).where(PERSON.c.id == deputised).values(deputy_id=named))
    task_forces.create_task_force(
        db, TaskForceDraft(name="SSPF Fittja", kind=TaskForceKind.SOCIAL, person_ids=(named,))
    )
    cases.add_action(db, active_case(db, tf).id, "Samtal", named, None)
    with pytest.raises(Conflict) as refused:
        roster.delete_person(db, named)
    assert (
        "Polis Petra is the deputy of Polis Pelle, sits in 1 task force and is named in "
        "case work." in str(refused.value)
    )
    set_language("sv")
    try:
        with pytest.raises(Conflict) as refused:
            roster.delete_person(db, named)
    finally:
        set_language("en")
    assert (
        "Polis Petra är ersättare för Polis Pelle, sitter i 1 insatsgrupp och är namngiven "
        "i arbetet med ett ärende." in str(refused.value)
    )
