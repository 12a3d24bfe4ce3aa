"""The services speak the chosen language; what they store (the audit log) stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select

from app.domain.tables import AUDIT_ENTRY
from app.domain.vocabulary import AuditAction, Role
from app.errors import AccessDenied, ValidationError
from app.i18n import set_language
from app.services import identity_numbers, incidents, office_settings, roster, users
from app.services.roster_types import AgencyDraft
from app.services.roster_vocabulary import AgencyKind
from app.storage.database import Database
from tests.services.support import draft


@pytest.fixture
def swedish() -> Iterator[None]:
    set_language("sv")
    yield
    set_language("en")


@pytest.mark.usefixtures("swedish")
def test_a_refused_draft_names_its_problems_in_swedish(db: Database, fixed_clock: datetime) -> None:
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft(summary=" ", district="Atlantis", injured=-1))
    assert caught.value.errors["summary"] == "måste fyllas i"
    assert caught.value.errors["district"] == "okänd kommundel ”Atlantis”"
    assert caught.value.errors["injured"] == "måste vara mellan 0 och 10\u00a0000"


@pytest.mark.usefixtures("swedish")
def test_an_identity_number_is_pointed_out_in_swedish() -> None:
    problem = identity_numbers.problem("Anmälare 811218-9876 och 811218-9876")
    assert problem is not None
    expected = "innehåller ett personnummer vid tecken 10: ”811218-9876” (och 1 till)"
    assert problem.startswith(expected)


@pytest.mark.usefixtures("swedish")
def test_vocabularies_and_roster_messages_in_swedish(db: Database) -> None:
    assert AgencyKind.FIRE_RESCUE.title() == "Räddningstjänsten"
    assert AgencyKind.FIRE_RESCUE.title("en") == "Fire and rescue service"
    assert users.role_title(Role.DATA_PROTECTION_OFFICER) == "Dataskyddsombud"
    with pytest.raises(ValidationError) as caught:
        roster.create_agency(db, AgencyDraft(name="Polisen", kind="police", email="polisen"))
    assert caught.value.errors["kind"].startswith("”police” är ingen typ av myndighet")
    assert caught.value.errors["email"] == ("”polisen” är ingen e-postadress som namn@example.se")


def test_a_refusal_is_shown_in_swedish_and_logged_in_english(
    db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    users.add_user(db, "kommun\\annan", "Annan", Role.DATA_PROTECTION_OFFICER)
    other = Database(db.engine, "kommun\\annan")
    set_language("sv")
    with pytest.raises(AccessDenied) as refused:
        office_settings.set_retention_years(other, 1)
    set_language("en")
    assert str(refused.value) == (
        "din roll (dataskyddsombud) får inte ändra enhetens inställningar"
    )
    with db.reading() as session:
        details = session.execute(
            select(AUDIT_ENTRY.c.detail).where(AUDIT_ENTRY.c.action == AuditAction.REFUSED.value)
        ).scalars()
        assert list(details) == [
            "change the setting retention_years: "
            "your role (data protection officer) may not change the office's settings"
        ]
