"""Reference data: categories, districts and agencies the incident log looks values up in."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import select

from app.demo.botkyrka import AGENCIES
from app.domain import Category, District
from app.errors import ValidationError
from app.services import incidents, reference
from app.storage.database import Database
from tests.services.support import CODES, draft

DEMO_ORDER = (
    "Alby",
    "Eriksberg",
    "Fittja",
    "Grödinge",
    "Hallunda",
    "Norsborg",
    "Storvreten",
    "Tullinge",
    "Tumba",
    "Vårsta",
)


def test_a_new_database_has_the_default_categories_and_nothing_else(empty_db: Database) -> None:
    data = reference.load(empty_db)
    assert [c.code for c in data.categories] == list(CODES)
    assert data.districts == ()
    assert data.agencies == ()
    fire = data.category("FIRE")
    assert fire is not None
    assert fire.title("sv") == "Fordonsbrand / anlagd brand"
    assert fire.title("en") == "Vehicle fire or arson"
    assert fire.cap_codes == ("fire.urbanFire",)
    assert fire.default_area == "safety"
    shoot = data.category("SHOOT")
    assert shoot is not None and shoot.cap_codes == ("crime.shooting", "crime.bombExplosion")
    assert data.category("NOPE") is None


def test_the_demo_reference_data(db: Database) -> None:
    data = reference.load(db)
    assert data.districts == DEMO_ORDER  # added in Swedish alphabetical order
    assert data.agencies == tuple(sorted(name for name, _ in AGENCIES))


def test_inactive_values_are_not_offered(db: Database) -> None:
    with db.writing() as session:
        session.exec(select(District).where(District.name == "Alby")).one().active = False
        session.exec(select(Category).where(Category.code == "OTHER")).one().active = False
    data = reference.load(db)
    assert "Alby" not in data.districts
    assert "OTHER" not in [c.code for c in data.categories]


def test_add_district(db: Database, fixed_clock: datetime) -> None:
    reference.add_district(db, "  Hågelby  ")
    data = reference.load(db)
    assert data.districts[-1] == "Hågelby"  # after the others, name trimmed
    assert incidents.create(db, draft(district="Hågelby")).district == "Hågelby"


@pytest.mark.parametrize(
    "name", ["", "   ", "Alby", " Alby ", "x" * 81, "rad\nbrytning", "nul\x00", "\ud800"]
)
def test_add_district_refuses_bad_names(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        reference.add_district(db, name)
    assert set(caught.value.errors) == {"name"}
    assert reference.load(db).districts == DEMO_ORDER


def test_add_agency(db: Database, fixed_clock: datetime) -> None:
    reference.add_agency(db, " Stockholms stad, trafikkontoret ", kind="municipal")
    assert "Stockholms stad, trafikkontoret" in reference.load(db).agencies
    created = incidents.create(db, draft(source_agency="Stockholms stad, trafikkontoret"))
    assert created.source_agency == "Stockholms stad, trafikkontoret"


@pytest.mark.parametrize(
    "name", ["", "  ", "Socialförvaltningen", "x" * 121, "tab\x0bbad", "två\nrader"]
)
def test_add_agency_refuses_bad_names(db: Database, name: str) -> None:
    before = reference.load(db).agencies
    with pytest.raises(ValidationError) as caught:
        reference.add_agency(db, name)
    assert set(caught.value.errors) == {"name"}
    assert reference.load(db).agencies == before


def test_current_user_is_registered_once(db: Database, fixed_clock: datetime) -> None:
    with db.writing() as session:
        first = reference.current_user_id(session, "kommun\\ny.person")
    with db.writing() as session:
        again = reference.current_user_id(session, "kommun\\ny.person")
        other = reference.current_user_id(session, "kommun\\annan")
    assert first == again != other
