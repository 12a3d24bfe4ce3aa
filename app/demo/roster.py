"""The demo municipality's roster: fictional people in the demo agencies.

Every name is invented; numbers are in the ranges the Swedish Post and Telecom
Authority (PTS) keeps for fiction (070-174 06 05…99, 08-465 004 xx) or marked
fake, and e-mail addresses use the reserved .example domain.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlmodel import Session

from app.demo.botkyrka import AGENCIES
from app.domain.tables import AGENCY, PERSON
from app.services.phones import parse_phone
from app.services.roster import pairs

# (agency, switchboard, duty phone, e-mail)
AGENCY_CONTACTS: dict[str, tuple[str, str, str]] = {
    "Botkyrka kommun, säkerhetsenheten": ("08-465 004 00", "08-465 004 01", "sakerhet"),
    "Lokalpolisområde Botkyrka": ("08-465 004 10", "08-465 004 11", "lpo"),
    "Polisregion Stockholm": ("08-465 004 20", "08-465 004 21", "region"),
    "Polisen, länskommunikationscentralen": ("08-465 004 30", "08-465 004 31", "rlc"),
    "Södertörns brandförsvarsförbund": ("08-465 004 40", "08-465 004 41", "sbff"),
    "Utbildningsförvaltningen": ("08-465 004 50", "", "utbildning"),
    "Socialförvaltningen": ("08-465 004 60", "08-465 004 61", "social"),
    "Kultur- och fritidsförvaltningen": ("08-465 004 70", "", "fritid"),
    "AB Botkyrkabyggen": ("08-465 004 80", "08-465 004 81", "byggen"),
    "Väktarbolaget (upphandlat)": ("08-465 004 90", "08-465 004 91", "vaktare"),
}

# agency -> (name, title, joint meeting, deputy's name or "", active)
PEOPLE: dict[str, tuple[tuple[str, str, bool, str, bool], ...]] = {
    "Botkyrka kommun, säkerhetsenheten": (
        ("Leila Haddad", "Säkerhetschef", True, "Johan Åkesson", True),
        ("Johan Åkesson", "Säkerhetssamordnare", False, "Ayan Warsame", True),
        ("Ayan Warsame", "Trygghetssamordnare", False, "Johan Åkesson", True),
        ("Åsa Lindqvist", "Informationssäkerhetssamordnare", False, "", True),
        ("Mikael Öberg", "Försäkringshandläggare", False, "", False),
    ),
    "Lokalpolisområde Botkyrka": (
        ("Daniel Kovačević", "Lokalpolisområdeschef", True, "Sara Nyström", True),
        ("Sara Nyström", "Biträdande lokalpolisområdeschef", False, "", True),
        ("Ahmed Yousef", "Kommunpolis", False, "Emma Karlsson", True),
        ("Emma Karlsson", "Kommunpolis", False, "Ahmed Yousef", True),
    ),
    "Polisregion Stockholm": (
        ("Katarina Sjöberg", "Biträdande regionpolischef", True, "Erik Lund", True),
        ("Erik Lund", "Stabschef", False, "", True),
        ("Nadia Rahimi", "Samverkanshandläggare", False, "", True),
    ),
    "Polisen, länskommunikationscentralen": (
        ("Marcus Eriksson", "Chef för operativa insatser", True, "Hanna Björk", True),
        ("Hanna Björk", "Vakthavande befäl", False, "Marcus Eriksson", True),
        ("Tomasz Nowak", "Inre befäl", False, "", True),
    ),
    "Södertörns brandförsvarsförbund": (
        ("Gabriella Ruiz", "Räddningschef", True, "Peter Håkansson", True),
        ("Peter Håkansson", "Räddningschef i beredskap", False, "", True),
        ("Lina Chen", "Brandinspektör", False, "", True),
        ("Omar Jama", "Insatsledare", False, "Peter Håkansson", True),
    ),
    "Utbildningsförvaltningen": (
        ("Birgitta Ängström", "Skoldirektör", False, "Samir Al-Khatib", True),
        ("Samir Al-Khatib", "Rektor, Fittjaskolan", False, "", True),
        ("Elin Persson", "Rektor, Tumba gymnasium", False, "", True),
    ),
    "Socialförvaltningen": (
        ("Fatima Osman", "Enhetschef, barn och unga", False, "Jonas Berg", True),
        ("Jonas Berg", "Fältsekreterare", False, "Fatima Osman", True),
        ("Zeynep Aydın", "Socialsekreterare", False, "", True),
    ),
    "Kultur- och fritidsförvaltningen": (
        ("Rasmus Holm", "Fritidschef", False, "Maryam Karimi", True),
        ("Maryam Karimi", "Fritidsledare, Storvretens fritidsgård", False, "", True),
        ("Kevin Mensah", "Fritidsledare, Alby friluftsgård", False, "", True),
    ),
    "AB Botkyrkabyggen": (
        ("Anders Wikström", "Trygghetschef", False, "Sofia Dahl", True),
        ("Sofia Dahl", "Trygghetsvärd", False, "", True),
        ("Ali Hassan", "Områdeschef Alby", False, "", True),
    ),
    "Väktarbolaget (upphandlat)": (
        ("Jenny Forsberg", "Uppdragsansvarig", False, "Robin Ek", True),
        ("Robin Ek", "Arbetsledare", False, "", True),
        ("Ivana Petrović", "Ordningsvakt", False, "", True),
    ),
}

_DOMAIN = "botkyrka.example"


def ensure_roster(session: Session) -> int:
    """Add the demo roster where it is missing; returns the number of people added.

    Idempotent: people are matched by name within their agency, and agencies
    keep contact details already entered.
    """
    agencies = pairs(session.execute(select(AGENCY.c.name, AGENCY.c.id)))
    names = [name for name, _ in AGENCIES]
    added = 0
    phone_number = 0
    for index, agency_name in enumerate(names):
        agency_id = agencies.get(agency_name)
        if agency_id is None:
            continue  # the demo reference data was never added; nothing to hang people on
        _agency_contacts(session, agency_id, agency_name)
        existing = pairs(
            session.execute(
                select(PERSON.c.name, PERSON.c.id).where(PERSON.c.agency_id == agency_id)
            )
        )
        for place, (name, title, joint, _deputy, active) in enumerate(PEOPLE.get(agency_name, ())):
            phone_number += 1
            if name in existing:
                continue
            session.execute(
                PERSON.insert().values(
                    agency_id=agency_id,
                    name=name,
                    title=title,
                    phone=_office_phone(index, place),
                    mobile=_mobile(phone_number),
                    email=_email(name),
                    deputy_id=None,
                    joint_meeting=joint,
                    active=active,
                    notes="",
                    version=1,
                )
            )
            added += 1
    _link_deputies(session, agencies)
    return added


def _agency_contacts(session: Session, agency_id: int, agency_name: str) -> None:
    contacts = AGENCY_CONTACTS.get(agency_name)
    if contacts is None:
        return
    phone, duty, mailbox = contacts
    row = session.execute(
        select(AGENCY.c.phone, AGENCY.c.duty_phone, AGENCY.c.email).where(AGENCY.c.id == agency_id)
    ).one()
    if row.phone or row.duty_phone or row.email:
        return  # somebody has entered real details: keep them
    session.execute(
        update(AGENCY)
        .where(AGENCY.c.id == agency_id)
        .values(
            phone=parse_phone(phone),
            duty_phone=parse_phone(duty),
            email=f"{mailbox}@{_DOMAIN}",
        )
    )


def _link_deputies(session: Session, agencies: dict[str, int]) -> None:
    for agency_name, people in PEOPLE.items():
        agency_id = agencies.get(agency_name)
        if agency_id is None:
            continue
        ids = pairs(
            session.execute(
                select(PERSON.c.name, PERSON.c.id).where(PERSON.c.agency_id == agency_id)
            )
        )
        for name, _title, _joint, deputy, _active in people:
            if deputy and name in ids and deputy in ids:
                session.execute(
                    update(PERSON)
                    .where(PERSON.c.id == ids[name], PERSON.c.deputy_id.is_(None))
                    .values(deputy_id=ids[deputy])
                )


def _office_phone(agency: int, place: int) -> str:
    # 08-465 004 00 … 99 is kept for fiction: the agency's switchboard and duty
    # phone end in 0 and 1, its people follow on 2 … 9.
    return parse_phone(f"08-465 004 {agency % 10}{2 + place % 8}")


def _mobile(n: int) -> str:
    # 070-174 06 05 … 99 is reserved for fiction; 95 numbers are enough here.
    return parse_phone(f"070-174 06 {5 + n:02d}") if n <= 94 else ""


def _email(name: str) -> str:
    plain = name.lower().translate(_ASCII).replace(" ", ".")
    return f"{plain}@{_DOMAIN}"


_ASCII = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "č": "c", "ć": "c", "ı": "i", "é": "e", "-": "", "ü": "u"}
)
