"""Demo cases: fictional, pseudonymous young people in the social task forces.

No names and no identity numbers: a subject is a code such as "ALB-17", a
birth year and a school. Every social task force that exists gets a handful
of cases, one in each status, with consents, factors, responsible people,
actions, reviews (some overdue by the clock), notes and, where the demo
incident log has some in the district, linked incidents.

The cases are written with Core inserts in one transaction, not through
app.services.cases: there is no signed-in member of each task force to act
as, and a service call per row would write an audit entry per row for work
nobody did. The values obey the service's rules all the same (valid codes,
birth years and texts; valid consent for every active and follow-up case; a
closed case closed after its last action), and a test opens every demo case
through the service to check. For the same reason the demo writes no audit
entries, so its timelines show no status changes, only what the case's own
dates say.

Idempotent: a task force that has cases already is left alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from app.clock import now, to_local, to_utc
from app.domain.tables import (
    AGENCY,
    CASE,
    CASE_ACTION,
    CASE_FACTOR,
    CASE_INCIDENT,
    CASE_NOTE,
    CASE_RESPONSIBLE,
    CASE_REVIEW,
    CATEGORY,
    CONSENT,
    CONSENT_AGENCY,
    DISTRICT,
    FACTOR,
    INCIDENT,
    PERSON,
    TASK_FORCE,
    TASK_FORCE_PERSON,
    USER,
)
from app.domain.vocabulary import CaseStatus, ConsentSigner, FactorKind, TaskForceKind
from app.services.cases import reserve_case_number
from app.storage.database import Database

SSPF_AGENCIES = (
    "Utbildningsförvaltningen",
    "Socialförvaltningen",
    "Lokalpolisområde Botkyrka",
    "Kultur- och fritidsförvaltningen",
)
# One case per status, and a second active one whose review is overdue.
STATUSES = (
    CaseStatus.REFERRED,
    CaseStatus.ASSESSED,
    CaseStatus.ACTIVE,
    CaseStatus.ACTIVE,
    CaseStatus.FOLLOW_UP,
    CaseStatus.CLOSED,
)
# How long ago each status's case was opened, in days (a range).
OPENED_AGO = {
    CaseStatus.REFERRED: (3, 20),
    CaseStatus.ASSESSED: (20, 50),
    CaseStatus.ACTIVE: (60, 200),
    CaseStatus.FOLLOW_UP: (220, 330),
    CaseStatus.CLOSED: (340, 420),
}
SCHOOLS = ("{d}skolan", "{d} grundskola", "{d} gymnasium", "Sankt Botvids gymnasium")
REFERRED_BY = (
    "Skolkurator",
    "Rektor",
    "Socialtjänstens mottagningsgrupp",
    "Kommunpolis",
    "Fritidsledare, fritidsgården",
    "Elevhälsan",
)
REASONS = (
    "Hög ogiltig frånvaro sedan höstterminen och uppgifter om nya äldre kamrater.",
    "Påträffad av polis sent på kvällen i miljö med narkotikaförsäljning.",
    "Oro från skolan för utåtagerande beteende och konflikter på rasterna.",
    "Förekommer i ärende om skadegörelse; vårdnadshavare ber själva om stöd.",
    "Signaler om att den unge används som springpojke av en kriminell grupp.",
    "Slutat komma till fritidsgården och till träningen; tappat kontakten med skolan.",
)
ACTIONS = (
    "Samtal med den unge och vårdnadshavare",
    "Plan för närvaro tillsammans med elevhälsan",
    "Erbjuda plats i fritidsgårdens helgverksamhet",
    "Kontaktperson genom socialtjänsten",
    "Orosanmälan följs upp av socialtjänsten",
    "Hembesök av områdespolis och socialsekreterare",
    "Återkoppling till skolan om insatsplanen",
    "Sommarjobb via kommunens feriejobb",
)
NOTES = (
    "Vårdnadshavare positiv till insatserna; nästa samtal bokat.",
    "Skolan rapporterar bättre närvaro de senaste två veckorna.",
    "Den unge har börjat på fritidsgårdens kvällsverksamhet.",
    "Uppgifter om nytt umgänge; följs upp vid nästa möte.",
)
CLOSE_REASONS = (
    "Insatserna genomförda; den unge går vidare till gymnasiet.",
    "Samtycke återkallat av vårdnadshavare.",
    "Familjen har flyttat från kommunen.",
)
# Incident categories that concern young people at risk.
YOUTH_CATEGORIES = ("DRUG", "VIOL", "GANG", "VAND", "SCHOOL", "DIST")
CONSENT_DAYS = 365


@dataclass
class _TaskForce:
    id: int
    name: str
    district_id: int | None
    district: str
    people: dict[str, int] = field(default_factory=dict)  # agency -> a member person


def ensure_cases(db: Database) -> None:
    """Add demo cases to every social task force that has none yet."""
    with db.writing() as session:
        ensure_cases_in(session)


def ensure_cases_in(session: Session, *, seed: int = 11) -> int:
    """The same inside the caller's transaction (the demo generator's); returns how
    many cases were added. Needs the demo task forces (and the roster for people)."""
    today = to_local(now()).date()
    task_forces = _task_forces(session)
    if not task_forces:
        return 0
    agencies = dict(
        session.execute(
            select(AGENCY.c.name, AGENCY.c.id).where(AGENCY.c.name.in_(SSPF_AGENCIES))
        ).all()
    )
    factors = {
        kind: list(
            session.execute(
                select(FACTOR.c.id).where(FACTOR.c.kind == kind.value, FACTOR.c.active.is_(True))
            ).scalars()
        )
        for kind in FactorKind
    }
    # Notes by a demo officer (never by the real user who opened the demo).
    author = session.execute(
        select(USER.c.id).where(USER.c.account.like("demo%")).order_by(USER.c.id).limit(1)
    ).scalar()
    plans = []
    for tf in task_forces:
        rng = random.Random(f"{seed}-{tf.name}")
        used: set[str] = set()
        for status in STATUSES:
            low, high = OPENED_AGO[status]
            opened = today - timedelta(days=rng.randint(low, high))
            plans.append((opened, tf, status, rng, _code(rng, tf.district, used)))
    # Numbers in the order the cases were opened, as they would have been given.
    plans.sort(key=lambda plan: (plan[0], plan[1].name))
    incidents = _incidents(session, today)
    for opened, tf, status, rng, code in plans:
        _add_case(
            session, rng, tf, status, opened, code, today, agencies, factors, author, incidents
        )
    session.flush()
    return len(plans)


def _task_forces(session: Session) -> list[_TaskForce]:
    have_cases = set(session.execute(select(CASE.c.task_force_id).distinct()).scalars())
    rows = session.execute(
        select(TASK_FORCE.c.id, TASK_FORCE.c.name, TASK_FORCE.c.district_id, DISTRICT.c.name)
        .outerjoin(DISTRICT, DISTRICT.c.id == TASK_FORCE.c.district_id)
        .where(TASK_FORCE.c.kind == TaskForceKind.SOCIAL.value, TASK_FORCE.c.active.is_(True))
        .order_by(TASK_FORCE.c.name)
    ).all()
    found = [
        _TaskForce(r[0], r[1], r[2], r[3] or "Botkyrka") for r in rows if r[0] not in have_cases
    ]
    for tf in found:
        for agency, person_id in session.execute(
            select(AGENCY.c.name, PERSON.c.id)
            .join(PERSON, PERSON.c.agency_id == AGENCY.c.id)
            .join(TASK_FORCE_PERSON, TASK_FORCE_PERSON.c.person_id == PERSON.c.id)
            .where(TASK_FORCE_PERSON.c.task_force_id == tf.id, PERSON.c.active.is_(True))
            .order_by(PERSON.c.id)
        ):
            tf.people.setdefault(agency, person_id)
    return found


def _code(rng: random.Random, district: str, used: set[str]) -> str:
    """A pseudonym: three letters of the district and two digits ("ALB-17")."""
    letters = district.upper().replace("Å", "A").replace("Ä", "A").replace("Ö", "O")[:3]
    while True:
        code = f"{letters}-{rng.randint(10, 99)}"
        if code not in used:
            used.add(code)
            return code


def _incidents(session: Session, today: date) -> dict[int | None, list[int]]:
    """Recent incidents of the kinds that concern young people, by district."""
    since = to_utc(datetime(today.year - 1, today.month, 1))
    by_district: dict[int | None, list[int]] = {}
    for incident_id, district_id in session.execute(
        select(INCIDENT.c.id, INCIDENT.c.district_id)
        .join(CATEGORY, CATEGORY.c.id == INCIDENT.c.category_id)
        .where(CATEGORY.c.code.in_(YOUTH_CATEGORIES), INCIDENT.c.occurred_at >= since)
        .order_by(INCIDENT.c.occurred_at.desc())
        .limit(5_000)
    ):
        by_district.setdefault(district_id, []).append(incident_id)
    return by_district


def _add_case(
    session: Session,
    rng: random.Random,
    tf: _TaskForce,
    status: CaseStatus,
    opened: date,
    code: str,
    today: date,
    agencies: dict[str, int],
    factors: dict[FactorKind, list[int]],
    author: int | None,
    incidents: dict[int | None, list[int]],
) -> None:
    birth_year = today.year - rng.randint(12, 18)
    worked_on = status in (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP, CaseStatus.CLOSED)
    closed_on = None
    if status is CaseStatus.CLOSED:
        closed_on = min(today - timedelta(days=5), opened + timedelta(days=rng.randint(200, 300)))
    stamp = to_utc(datetime(opened.year, opened.month, opened.day, 10, 0))
    case_id = session.execute(
        insert(CASE)
        .values(
            number=reserve_case_number(session, opened.year),
            task_force_id=tf.id,
            subject_code=code,
            birth_year=birth_year,
            district_id=tf.district_id,
            school=rng.choice(SCHOOLS).format(d=tf.district),
            referred_by=rng.choice(REFERRED_BY),
            referral_reason=rng.choice(REASONS),
            status=status.value,
            opened_on=opened,
            closed_on=closed_on,
            close_reason=rng.choice(CLOSE_REASONS) if closed_on else "",
            created_at=stamp,
            updated_at=stamp,
            version=1,
        )
        .returning(CASE.c.id)
    ).scalar_one()
    if status is not CaseStatus.REFERRED:
        _consents(session, case_id, rng, status, opened, birth_year, today, agencies, closed_on)
    chosen = rng.sample(factors[FactorKind.RISK], min(3, len(factors[FactorKind.RISK])))
    chosen += rng.sample(
        factors[FactorKind.PROTECTIVE], min(2, len(factors[FactorKind.PROTECTIVE]))
    )
    if chosen:
        session.execute(insert(CASE_FACTOR), [{"case_id": case_id, "factor_id": f} for f in chosen])
    if not worked_on:
        return
    end = closed_on or today
    responsible = [
        {"case_id": case_id, "agency_id": agencies[a], "person_id": p}
        for a, p in sorted(tf.people.items())
        if a in agencies
    ]
    if responsible:
        session.execute(insert(CASE_RESPONSIBLE), responsible)
    _actions(session, case_id, rng, tf, opened, end, today, closed_on is not None)
    _reviews(session, case_id, rng, status, opened, today, closed_on)
    if author is not None:
        session.execute(
            insert(CASE_NOTE),
            [
                {
                    "case_id": case_id,
                    "written_at": to_utc(datetime(day.year, day.month, day.day, 15, 30)),
                    "author_id": author,
                    "text": text,
                }
                for day, text in (
                    (opened + timedelta(days=14), rng.choice(NOTES)),
                    (min(end, opened + timedelta(days=45)), rng.choice(NOTES)),
                )
            ],
        )
    nearby = incidents.get(tf.district_id, [])
    if nearby:
        linked = rng.sample(nearby[:40], min(len(nearby[:40]), rng.randint(1, 2)))
        session.execute(
            insert(CASE_INCIDENT), [{"case_id": case_id, "incident_id": i} for i in linked]
        )


def _consents(
    session: Session,
    case_id: int,
    rng: random.Random,
    status: CaseStatus,
    opened: date,
    birth_year: int,
    today: date,
    agencies: dict[str, int],
    closed_on: date | None,
) -> None:
    """A guardian's consent, and the young person's from 15; valid today for cases
    being worked on, withdrawn for some closed ones, pending for some assessed ones."""
    signed = min(today, opened + timedelta(days=rng.randint(5, 15)))
    # Valid today for the cases worked on: renewed (a new signature) when a year has passed.
    if today - signed >= timedelta(days=CONSENT_DAYS - 30) and closed_on is None:
        signed = today - timedelta(days=rng.randint(10, 60))
    expires = signed + timedelta(days=CONSENT_DAYS)
    withdrawn = None
    if closed_on is not None and rng.random() < 0.5:
        withdrawn = closed_on - timedelta(days=3)
    signers = [("Vårdnadshavare 1", ConsentSigner.GUARDIAN)]
    if rng.random() < 0.4:
        signers.append(("Vårdnadshavare 2", ConsentSigner.GUARDIAN))
    young = today.year - birth_year >= 15
    if young and not (status is CaseStatus.ASSESSED and rng.random() < 0.5):
        signers.append(("Den unge", ConsentSigner.YOUNG_PERSON))
    for label, signer in signers:
        consent_id = session.execute(
            insert(CONSENT)
            .values(
                case_id=case_id,
                signer=signer.value,
                signer_label=label,
                signed_on=signed,
                expires_on=expires,
                withdrawn_on=withdrawn,
            )
            .returning(CONSENT.c.id)
        ).scalar_one()
        session.execute(
            insert(CONSENT_AGENCY),
            [{"consent_id": consent_id, "agency_id": a} for a in agencies.values()],
        )


def _actions(
    session: Session,
    case_id: int,
    rng: random.Random,
    tf: _TaskForce,
    opened: date,
    end: date,
    today: date,
    closed: bool,
) -> None:
    people = list(tf.people.values())
    rows = []
    for index, what in enumerate(rng.sample(ACTIONS, rng.randint(2, 4))):
        created = min(end, opened + timedelta(days=7 + 10 * index))
        due = created + timedelta(days=rng.choice((14, 21, 30, 45)))
        done = closed or (due < today and rng.random() < 0.7)
        done_on = min(due, end) if done else None
        rows.append(
            {
                "case_id": case_id,
                "what": what,
                "person_id": rng.choice(people) if people else None,
                "due": due,
                "done_on": max(created, done_on) if done_on else None,
                "created_at": to_utc(datetime(created.year, created.month, created.day, 11, 0)),
            }
        )
    session.execute(insert(CASE_ACTION), rows)


def _reviews(
    session: Session,
    case_id: int,
    rng: random.Random,
    status: CaseStatus,
    opened: date,
    today: date,
    closed_on: date | None,
) -> None:
    first = opened + timedelta(days=30)
    rows = [
        {"case_id": case_id, "due": first, "held_on": first, "notes": "Insatsplanen gick igenom."}
    ]
    if closed_on is not None:
        rows.append({"case_id": case_id, "due": closed_on, "held_on": closed_on, "notes": ""})
    elif rng.random() < 0.5 or status is CaseStatus.FOLLOW_UP:
        # Overdue: the date passed and nobody has held it yet.
        rows.append(
            {
                "case_id": case_id,
                "due": today - timedelta(days=rng.randint(2, 20)),
                "held_on": None,
                "notes": "",
            }
        )
    else:
        rows.append(
            {
                "case_id": case_id,
                "due": today + timedelta(days=rng.randint(7, 40)),
                "held_on": None,
                "notes": "",
            }
        )
    session.execute(insert(CASE_REVIEW), rows)
