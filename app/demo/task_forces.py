"""Demo task forces and the demo users who belong to them.

A social task force (SSPF) per district, with school, social services,
police and leisure at the table; a working group on the national plan
against deadly violence in schools and a strategy group for social unrest
for the whole municipality. The demo users are fictional accounts that no
operating system signs in as; none of them is an administrator, so the real
user who first opens the database still becomes its administrator
(app.services.reference.current_user_id gives that place only while the
database has no administrator).

Idempotent: task forces are matched by name and users by account; what
exists is left as it is (an officer may have changed it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlmodel import Session

from app.clock import now
from app.demo.botkyrka import DISTRICTS
from app.demo.roster import PEOPLE
from app.domain.tables import AGENCY, DISTRICT, PERSON, TASK_FORCE, TASK_FORCE_USER, USER
from app.domain.vocabulary import Role, TaskForceKind
from app.services.case_types import TaskForceDraft
from app.services.roster import pairs
from app.services.task_forces import insert_task_force
from app.storage.database import Database

SCHOOL = "Utbildningsförvaltningen"
SOCIAL = "Socialförvaltningen"
POLICE = "Lokalpolisområde Botkyrka"
LEISURE = "Kultur- och fritidsförvaltningen"
SAFETY = "Botkyrka kommun, säkerhetsenheten"
RESCUE = "Södertörns brandförsvarsförbund"
HOUSING = "AB Botkyrkabyggen"
SSPF_AGENCIES = (SCHOOL, SOCIAL, POLICE, LEISURE)
SSPF_CADENCES = ("Varannan tisdag 13.00–15.00", "Varannan torsdag 9.00–11.00")

WORKING_GROUP = "Arbetsgrupp PDV i skolan"
STRATEGY_GROUP = "Strategigrupp sociala oroligheter"
# (name, kind, purpose, cadence, agencies)
MUNICIPAL_GROUPS: tuple[tuple[str, TaskForceKind, str, str, tuple[str, ...]], ...] = (
    (
        WORKING_GROUP,
        TaskForceKind.WORKING_GROUP,
        "Genomföra den nationella planen mot pågående dödligt våld (PDV) i skolmiljö: "
        "larmrutiner, övningar och gemensam ledning vid en händelse i kommunens skolor.",
        "En gång i månaden",
        (SAFETY, SCHOOL, POLICE, RESCUE),
    ),
    (
        STRATEGY_GROUP,
        TaskForceKind.STRATEGY_GROUP,
        "Gemensam strategi vid sociala oroligheter: lägesbild, samordnade insatser och "
        "kommunikation när oro, upplopp eller bränder sprider sig i bostadsområdena.",
        "Varje kvartal och vid behov",
        (SAFETY, POLICE, RESCUE, SOCIAL, LEISURE, HOUSING),
    ),
)
# People of each agency by the first words of their title: the ones who sit in an SSPF.
SSPF_PEOPLE: dict[str, tuple[str, ...]] = {
    SCHOOL: ("Rektor",),
    SOCIAL: ("Fältsekreterare", "Socialsekreterare"),
    POLICE: ("Kommunpolis",),
    LEISURE: ("Fritidsledare",),
}
MUNICIPAL_PEOPLE: dict[str, tuple[str, ...]] = {
    WORKING_GROUP: ("Säkerhetschef", "Skoldirektör", "Kommunpolis", "Insatsledare"),
    STRATEGY_GROUP: (
        "Säkerhetschef",
        "Lokalpolisområdeschef",
        "Räddningschef",
        "Enhetschef, barn och unga",
        "Fritidschef",
        "Trygghetschef",
    ),
}
# (account, display name, role, task forces: district names or group names)
DEMO_USERS: tuple[tuple[str, str, Role, tuple[str, ...]], ...] = (
    ("demo.coordinator.alby", "Lina Ekholm (demo)", Role.COORDINATOR, ("Alby", "Fittja")),
    ("demo.member.alby", "Oskar Rahman (demo)", Role.MEMBER, ("Alby",)),
    ("demo.member.fittja", "Selma Korhonen (demo)", Role.MEMBER, ("Fittja", "Hallunda")),
    ("demo.coordinator.tumba", "Henrik Vall (demo)", Role.COORDINATOR, ("Tumba", "Tullinge")),
    ("demo.member.tumba", "Amina Farah (demo)", Role.MEMBER, ("Tumba",)),
    ("demo.reader.strategy", "Greta Sand (demo)", Role.READER, (STRATEGY_GROUP, WORKING_GROUP)),
    ("demo.dpo", "Dan Ström (demo)", Role.DATA_PROTECTION_OFFICER, ()),
)


@dataclass(frozen=True)
class DemoTaskForces:
    task_forces: int  # added by this run
    users: int
    memberships: int


def ensure_task_forces(db: Database) -> None:
    """Add the demo task forces, users and memberships that are missing."""
    with db.writing() as session:
        ensure_task_forces_in(session)


def ensure_task_forces_in(session: Session) -> DemoTaskForces:
    """The same inside the caller's transaction (the demo generator's); needs the
    demo districts, agencies and roster first. Returns what this run added."""
    ids = pairs(session.execute(select(TASK_FORCE.c.name, TASK_FORCE.c.id)))
    added: set[int] = set()
    for draft in _drafts(session):
        if draft.name not in ids:
            ids[draft.name] = insert_task_force(session, draft)
            added.add(ids[draft.name])
    new_users, memberships = _users(session, ids, added)
    return DemoTaskForces(len(added), new_users, memberships)


def sspf_name(district: str) -> str:
    return f"SSPF {district}"


def _drafts(session: Session) -> list[TaskForceDraft]:
    districts = set(session.execute(select(DISTRICT.c.name)).scalars())
    agencies = set(session.execute(select(AGENCY.c.name)).scalars())
    people = _people_by_title(session)
    drafts = []
    for index, district in enumerate(d for d in DISTRICTS if d in districts):
        chosen = tuple(
            group[index % len(group)]
            for group in (people.get((agency, title), ()) for agency, title in _sspf_seats())
            if group
        )
        drafts.append(
            TaskForceDraft(
                name=sspf_name(district),
                kind=TaskForceKind.SOCIAL,
                district=district,
                purpose=(
                    f"Social insatsgrupp för {district}: skola, socialtjänst, polis och fritid "
                    "samverkar kring unga som riskerar att dras in i kriminalitet, "
                    "med samtycke från vårdnadshavare och den unge."
                ),
                cadence=SSPF_CADENCES[index % len(SSPF_CADENCES)],
                agencies=tuple(a for a in SSPF_AGENCIES if a in agencies),
                person_ids=tuple(sorted(set(chosen))),
            )
        )
    for name, kind, purpose, cadence, members in MUNICIPAL_GROUPS:
        seats = MUNICIPAL_PEOPLE[name]
        person_ids = {
            group[0] for title in seats for (_, t), group in people.items() if t == title and group
        }
        drafts.append(
            TaskForceDraft(
                name=name,
                kind=kind,
                purpose=purpose,
                cadence=cadence,
                agencies=tuple(a for a in members if a in agencies),
                person_ids=tuple(sorted(person_ids)),
            )
        )
    return drafts


def _sspf_seats() -> list[tuple[str, str]]:
    return [(agency, title) for agency, titles in SSPF_PEOPLE.items() for title in titles]


def _people_by_title(session: Session) -> dict[tuple[str, str], list[int]]:
    """Active demo roster people by (agency, title word), e.g. (school, "Rektor")."""
    titles = {t for ts in SSPF_PEOPLE.values() for t in ts} | {
        t for ts in MUNICIPAL_PEOPLE.values() for t in ts
    }
    demo_names = {p[0] for people in PEOPLE.values() for p in people}
    found: dict[tuple[str, str], list[int]] = {}
    rows = session.execute(
        select(PERSON.c.id, PERSON.c.name, PERSON.c.title, AGENCY.c.name)
        .join(AGENCY, AGENCY.c.id == PERSON.c.agency_id)
        .where(PERSON.c.active.is_(True))
        .order_by(PERSON.c.id)
    )
    for person_id, name, title, agency in rows:
        if name not in demo_names:
            continue
        for word in titles:
            if title == word or title.startswith(word + ","):
                found.setdefault((agency, word), []).append(person_id)
    return found


def _users(session: Session, task_forces: dict[str, int], new: set[int]) -> tuple[int, int]:
    """The demo users and their memberships; (users, memberships) added.

    A membership is added only with a new user or a new task force: one that an
    administrator has taken away stays away when the demo runs again.
    """
    accounts = pairs(session.execute(select(USER.c.account, USER.c.id)))
    users = memberships = 0
    for account, display_name, role, belongs_to in DEMO_USERS:
        user_id = accounts.get(account)
        user_is_new = user_id is None
        if user_id is None:
            user_id = session.execute(
                insert(USER)
                .values(
                    account=account, display_name=display_name, role=role.value, created_at=now()
                )
                .returning(USER.c.id)
            ).scalar_one()
            users += 1
        have = set(
            session.execute(
                select(TASK_FORCE_USER.c.task_force_id).where(TASK_FORCE_USER.c.user_id == user_id)
            ).scalars()
        )
        for name in belongs_to:
            task_force_id = task_forces.get(name) or task_forces.get(sspf_name(name))
            if task_force_id is None or task_force_id in have:
                continue
            if user_is_new or task_force_id in new:
                session.execute(
                    insert(TASK_FORCE_USER).values(task_force_id=task_force_id, user_id=user_id)
                )
                memberships += 1
    return users, memberships
