"""People and meetings for the meeting tests, written directly (not through the roster)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.domain.roster import Person
from app.domain.tables import AGENCY
from app.services import meetings
from app.services.meeting_types import AgendaItemDraft, Meeting, MeetingDraft
from app.storage.database import Database

POLICE = "Lokalpolisområde Botkyrka"
RESCUE = "Södertörns brandförsvarsförbund"
OWN = "Botkyrka kommun, säkerhetsenheten"


def add_person(
    db: Database,
    name: str,
    agency: str = POLICE,
    *,
    title: str = "",
    email: str = "",
    joint_meeting: bool = True,
    active: bool = True,
) -> int:
    with db.writing() as s:
        agency_id = s.execute(select(AGENCY.c.id).where(AGENCY.c.name == agency)).scalar_one()
        person = Person(
            agency_id=agency_id,
            name=name,
            title=title,
            email=email,
            joint_meeting=joint_meeting,
            active=active,
        )
        s.add(person)
        s.flush()
        assert person.id is not None
        return person.id


def add_chiefs(db: Database) -> list[int]:
    """Three chiefs of the joint meeting; the fire chief has no e-mail address."""
    return [
        add_person(
            db, "Åsa Öberg", POLICE, title="Lokalpolisområdeschef", email="asa.oberg@polisen.se"
        ),
        add_person(db, "Jörgen Ek", RESCUE, title="Räddningschef"),
        add_person(
            db,
            "Märta Lind",
            OWN,
            title="Säkerhetschef",
            email="marta.lind@botkyrka.se",
        ),
    ]


def meeting_draft(**changes: Any) -> MeetingDraft:
    values: dict[str, Any] = {
        "title": "Samverkansmöte – chefer",
        "starts_at": datetime(2026, 12, 3, 9, 0),
        "ends_at": datetime(2026, 12, 3, 11, 0),
        "place": "Kommunalhuset, Tumba, sal Tumba",
        "agenda": (
            AgendaItemDraft("Lägesbild sedan förra mötet"),
            AgendaItemDraft("Fordonsbränder", notes="Ökning i Alby"),
            AgendaItemDraft("Beslut om gemensamma insatser", decision_asked=True),
        ),
    }
    values.update(changes)
    return MeetingDraft(**values)


def add_meeting(db: Database, **changes: Any) -> Meeting:
    return meetings.create(db, meeting_draft(**changes))
