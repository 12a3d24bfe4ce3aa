"""The roster's use cases: validation, phone numbers, deputies, hiding vs deleting, search."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import insert

from app.demo.roster import ensure_roster
from app.domain.tables import ACTION_ITEM, MEETING, MEETING_ATTENDEE
from app.errors import Conflict, NotFound, ValidationError
from app.services import roster
from app.services.phones import display_phone, parse_phone
from app.services.roster_types import AgencyDraft, PersonDraft
from app.services.roster_vocabulary import AgencyKind
from app.storage.database import Database

POLICE = "Lokalpolisområde Botkyrka"


def agency_id(db: Database, name: str = POLICE) -> int:
    return next(a.id for a in roster.list_agencies(db) if a.name == name)


def person(db: Database, **changes: object) -> PersonDraft:
    values: dict[str, object] = {
        "name": "Åsa Öberg",
        "agency_id": agency_id(db),
        "title": "Kommunpolis",
        "phone": "08-500 500 00",
        "mobile": "070-174 06 05",
        "email": "asa.oberg@botkyrka.example",
    }
    values.update(changes)
    return PersonDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("08-500 500 00", "+46850050000", "08-500 500 00"),
        ("0850050000", "+46850050000", "08-500 500 00"),
        ("+46 8 500 500 00", "+46850050000", "08-500 500 00"),
        ("070-174 06 05", "+46701740605", "070-174 06 05"),
        ("+46701740605", "+46701740605", "070-174 06 05"),
        ("0046 70 174 06 05", "+46701740605", "070-174 06 05"),
        ("031-123 45 67", "+46311234567", "031-123 45 67"),
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("+358 9 123 4567", "+35891234567", "+358 9 1234567"),
        ("+1 212 555 0100", "+12125550100", "+1 212-555-0100"),
        ("", "", ""),
    ],
)
def test_valid_numbers_are_stored_as_e164_and_shown_grouped(
    typed: str, e164: str, shown: str
) -> None:
    assert parse_phone(typed) == e164
    assert display_phone(e164) == shown


@pytest.mark.parametrize("typed", ["12", "08-12", "070-123", "phone me", "+99 123 456", "0000000"])
def test_invalid_numbers_are_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_phone(typed)


def test_create_stores_e164_and_loads_agency_name(db: Database) -> None:
    created = roster.create_person(db, person(db))
    assert created.phone == "+46850050000"
    assert created.mobile == "+46701740605"
    assert created.agency == POLICE
    assert roster.get_person(db, created.id) == created


def test_every_field_problem_is_reported_at_once(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        roster.create_person(
            db,
            person(db, name=" ", phone="123", mobile="abc", email="nobody", agency_id=None),
        )
    assert set(caught.value.errors) == {"name", "phone", "mobile", "email", "agency_id"}
    assert "is required" in caught.value.errors["name"]
    with pytest.raises(ValidationError) as caught:
        roster.create_person(db, person(db, name="x" * 121, agency_id=9999))
    assert set(caught.value.errors) == {"name", "agency_id"}


def test_deputy_must_exist_and_not_be_the_person(db: Database) -> None:
    chief = roster.create_person(db, person(db, name="Chef"))
    with pytest.raises(ValidationError) as caught:
        roster.create_person(db, person(db, deputy_id=9999))
    assert "deputy_id" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        roster.update_person(db, chief.id, replace(chief.draft(), deputy_id=chief.id))
    assert "own deputy" in caught.value.errors["deputy_id"]
    deputy = roster.create_person(db, person(db, name="Ersättare"))
    saved = roster.update_person(db, chief.id, replace(chief.draft(), deputy_id=deputy.id))
    assert saved.deputy == "Ersättare"
    assert saved.version == chief.version + 1


def test_stale_update_is_a_conflict(db: Database) -> None:
    created = roster.create_person(db, person(db))
    roster.update_person(db, created.id, replace(created.draft(), title="Ny titel"))
    with pytest.raises(Conflict):
        roster.update_person(
            db, created.id, replace(created.draft(), title="Gammal"), expected_version=1
        )
    with pytest.raises(NotFound):
        roster.update_person(db, 9999, created.draft())


def test_deactivated_people_are_hidden_unless_asked_for(db: Database) -> None:
    created = roster.create_person(db, person(db))
    roster.deactivate_person(db, created.id)
    assert created.id not in {p.id for p in roster.list_people(db)}
    assert created.id in {p.id for p in roster.list_people(db, include_inactive=True)}
    assert roster.search_people(db, "Åsa") == []
    assert [p.id for p in roster.search_people(db, "Åsa", include_inactive=True)] == [created.id]
    assert roster.activate_person(db, created.id).active


def test_delete_is_refused_while_referred_to(db: Database, fixed_clock: object) -> None:
    chief = roster.create_person(db, person(db, name="Chef"))
    deputy = roster.create_person(db, person(db, name="Ersättare"))
    roster.update_person(db, chief.id, replace(chief.draft(), deputy_id=deputy.id))
    with pytest.raises(Conflict, match="deactivate"):
        roster.delete_person(db, deputy.id)
    with db.writing() as session:
        meeting = session.execute(
            insert(MEETING)
            .values(
                title="Samverkansmöte",
                starts_at=fixed_clock,
                ends_at=fixed_clock,
                place="",
                notes="",
                uid="m1",
                version=1,
            )
            .returning(MEETING.c.id)
        ).scalar_one()
        session.execute(insert(MEETING_ATTENDEE).values(meeting_id=meeting, person_id=chief.id))
        session.execute(
            insert(ACTION_ITEM).values(
                what="Ring", owner_id=chief.id, due=fixed_clock.date(), status="open", version=1
            )
        )
    with pytest.raises(Conflict) as caught:
        roster.delete_person(db, chief.id)
    assert "meeting" in str(caught.value) and "action item" in str(caught.value)
    assert roster.get_person(db, chief.id)  # still there
    lone = roster.create_person(db, person(db, name="Felregistrerad"))
    roster.delete_person(db, lone.id)
    with pytest.raises(NotFound):
        roster.get_person(db, lone.id)


@pytest.mark.parametrize(
    "query",
    ["08-500 500 00", "+46850050000", "0850050000", "08 500 50000", "500 500", "070-174 06 05"],
)
def test_search_by_phone_in_any_format(db: Database, query: str) -> None:
    created = roster.create_person(db, person(db))
    roster.create_person(db, person(db, name="Annan", phone="08-465 004 00", mobile=""))
    assert [p.id for p in roster.search_people(db, query)] == [created.id]


@pytest.mark.parametrize(
    "query", ["åsa", "ÅSA", "öberg", "Åsa Ö", "kommunPOLIS", "lokalpolis", "asa.oberg@"]
)
def test_search_by_name_title_agency_and_email(db: Database, query: str) -> None:
    created = roster.create_person(db, person(db))
    roster.create_person(db, person(db, name="Asa Oberg", title="", email=""))
    found = [p.id for p in roster.search_people(db, query)]
    assert created.id in found
    if query.lower().startswith(("åsa", "öberg")):
        assert len(found) == 1  # å is not a


def test_agencies_create_update_deactivate(db: Database) -> None:
    made = roster.create_agency(
        db, AgencyDraft("Huddinge kommun", AgencyKind.MUNICIPAL, phone="08-535 300 00")
    )
    assert made.phone == "+46853530000"
    with pytest.raises(ValidationError) as caught:
        roster.create_agency(db, AgencyDraft("Huddinge kommun", "castle", email="x"))
    assert set(caught.value.errors) == {"name", "kind", "email"}
    changed = roster.update_agency(db, made.id, AgencyDraft("Huddinge kommun", "municipal"))
    assert changed.phone == ""
    roster.deactivate_agency(db, made.id)
    assert made.id not in {a.id for a in roster.list_agencies(db)}
    assert AgencyKind.FIRE_RESCUE.title("sv") == "Räddningstjänsten"


def test_demo_roster_is_idempotent_and_complete(db: Database) -> None:
    with db.writing() as session:
        added = ensure_roster(session)
    with db.writing() as session:
        assert ensure_roster(session) == 0
    everybody = roster.list_people(db, include_inactive=True)
    assert len(everybody) == added
    assert len(roster.joint_meeting_members(db)) == 5
    assert sum(not p.active for p in everybody) == 1
    assert all(p.email.endswith("@botkyrka.example") for p in everybody)
    assert all(p.deputy for p in roster.joint_meeting_members(db))
    agencies = roster.list_agencies(db)
    assert all(3 <= a.people <= 6 for a in agencies)
    assert all(a.phone for a in agencies)
