"""The demo task forces: an SSPF per district and two municipal groups, demo users
as members, idempotent, and the real user still the first administrator."""

from __future__ import annotations

import pytest

from app.demo.botkyrka import DISTRICTS
from app.demo.roster import ensure_roster
from app.demo.task_forces import (
    DEMO_USERS,
    LEISURE,
    POLICE,
    SCHOOL,
    SOCIAL,
    STRATEGY_GROUP,
    WORKING_GROUP,
    ensure_task_forces,
    ensure_task_forces_in,
)
from app.domain.vocabulary import Role, TaskForceKind
from app.services import task_forces, users
from app.storage.database import Database

pytestmark = pytest.mark.usefixtures("fixed_clock")


@pytest.fixture
def roster_db(db: Database) -> Database:
    with db.writing() as session:
        ensure_roster(session)
    return db


def test_a_social_task_force_per_district_and_two_groups(roster_db: Database) -> None:
    with roster_db.writing() as session:
        first = ensure_task_forces_in(session)
    assert (first.task_forces, first.users) == (len(DISTRICTS) + 2, len(DEMO_USERS))
    listed = {t.name: t for t in task_forces.list_task_forces(roster_db)}
    assert len(listed) == len(DISTRICTS) + 2
    for district in DISTRICTS:
        sspf = listed[f"SSPF {district}"]
        assert sspf.kind is TaskForceKind.SOCIAL and sspf.district == district
        assert set(sspf.agencies) == {SCHOOL, SOCIAL, POLICE, LEISURE}
        # Someone from each of the four agencies sits at the table.
        assert {m.agency for m in sspf.members} == {SCHOOL, SOCIAL, POLICE, LEISURE}
    for name, kind in (
        (WORKING_GROUP, TaskForceKind.WORKING_GROUP),
        (STRATEGY_GROUP, TaskForceKind.STRATEGY_GROUP),
    ):
        group = listed[name]
        assert group.kind is kind and group.district is None
        assert group.purpose and len(group.members) >= 4
    by_account = {u.account: u for u in users.list_users(roster_db)}
    alby = listed["SSPF Alby"]
    assert by_account["demo.coordinator.alby"].id in alby.user_ids
    assert by_account["demo.member.alby"].id in alby.user_ids
    assert by_account["demo.reader.strategy"].id in listed[STRATEGY_GROUP].user_ids
    assert by_account["demo.dpo"].role is Role.DATA_PROTECTION_OFFICER
    assert first.memberships == sum(len(t.user_ids) for t in listed.values()) == 10


def test_running_it_again_adds_nothing_and_keeps_removals(roster_db: Database) -> None:
    ensure_task_forces(roster_db)
    users.sign_in(roster_db)
    before = task_forces.list_task_forces(roster_db)
    member = next(u for u in users.list_users(roster_db) if u.account == "demo.member.alby")
    task_forces.set_user_task_forces(roster_db, member.id, [])
    with roster_db.writing() as session:
        again = ensure_task_forces_in(session)
    assert (again.task_forces, again.users, again.memberships) == (0, 0, 0)
    after = task_forces.list_task_forces(roster_db)
    assert [t.name for t in after] == [t.name for t in before]
    assert all(member.id not in t.user_ids for t in after)


def test_the_real_user_still_becomes_the_first_administrator(roster_db: Database) -> None:
    ensure_task_forces(roster_db)
    assert not any(u.is_administrator for u in users.list_users(roster_db))
    assert users.sign_in(roster_db).role is Role.ADMINISTRATOR


def test_without_a_roster_the_task_forces_come_without_people(db: Database) -> None:
    ensure_task_forces(db)
    listed = task_forces.list_task_forces(db)
    assert len(listed) == len(DISTRICTS) + 2
    assert all(t.members == () for t in listed)
