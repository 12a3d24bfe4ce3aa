"""Filling a database with a realistic, reproducible demo office.

Incidents are built directly as validated rows and written with executemany:
at a million rows, one ORM object or one validation call per row would cost
minutes. The generator only makes values the validation accepts (a test
checks a sample through the service).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.clock import LOCAL_TZ, now
from app.demo.botkyrka import AGENCIES, DISTRICTS
from app.demo.texts import TEXTS
from app.domain import Agency, District, User
from app.domain.tables import (
    AGENCY,
    CATEGORY,
    DISTRICT,
    INCIDENT,
    INCIDENT_AGENCY,
    REFERENCE_COUNTER,
    USER,
)
from app.domain.vocabulary import Role, Status
from app.errors import SamverkanError
from app.i18n import translate
from app.services.incidents import bulk_insert, claim_references, next_id
from app.storage.bulk import (
    LARGE_LOAD,
    indexes_deferred,
    refresh_statistics,
    tidy_after_large_load,
)
from app.storage.database import Database

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

# How often each category happens: an office's log is mostly vandalism,
# unsafe places and disturbances; shootings are rare and grave.
CATEGORY_WEIGHTS = {
    "VAND": 20,
    "PLACE": 14,
    "DIST": 12,
    "FIRE": 10,
    "DRIVE": 9,
    "DRUG": 8,
    "VIOL": 7,
    "OTHER": 5,
    "INSUR": 4,
    "GANG": 3,
    "EVENT": 3,
    "SCHOOL": 2,
    "INFOSEC": 2,
    "SHOOT": 1,
}
SEVERITY_WEIGHTS = {
    "SHOOT": (0, 0, 3, 7),
    "VIOL": (1, 4, 4, 1),
    "GANG": (1, 3, 5, 1),
    "SCHOOL": (2, 4, 3, 1),
    "FIRE": (2, 5, 3, 0.3),
}
DEFAULT_SEVERITY = (5, 4, 1.2, 0.1)
# Incidents cluster in the evening and at night.
HOUR_WEIGHTS = (4, 3, 2, 1.5, 1, 1, 1.5, 2.5, 3, 3, 3, 3.5, 4, 4, 4.5, 5, 6, 7, 8, 9, 9, 8, 7, 5)
DEMO_USERS = (
    ("demo\\anna.lindqvist", "Anna Lindqvist", Role.COORDINATOR),
    ("demo\\yusuf.demir", "Yusuf Demir", Role.MEMBER),
    ("demo\\maria.nordin", "Maria Nordin", Role.MEMBER),
)
BATCH = 20_000


class Cancelled(SamverkanError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class DemoResult:
    incidents: int
    districts: int
    agencies: int
    people: int = 0
    meetings: int = 0


def swedish_key(name: str) -> tuple[int, ...]:
    """Sort key in Swedish alphabetical order: ... x y z å ä ö."""
    alphabet = "abcdefghijklmnopqrstuvwxyzåäö"
    return tuple(alphabet.find(c) if c in alphabet else 100 + ord(c) for c in name.lower())


def ensure_reference_data(session: Session) -> None:
    """The demo municipality's districts, agencies and officers, where missing."""
    have = set(session.execute(select(DISTRICT.c.name)).scalars())
    # Alphabetical: the district list (and the table's sort) follows the order added.
    for order, name in enumerate(sorted(DISTRICTS, key=swedish_key)):
        if name not in have:
            session.add(District(name=name, sort_order=order))
    agencies = set(session.execute(select(AGENCY.c.name)).scalars())
    for name, kind in AGENCIES:
        if name not in agencies:
            session.add(Agency(name=name, kind=kind))
    accounts = set(session.execute(select(USER.c.account)).scalars())
    for account, display, role in DEMO_USERS:
        if account not in accounts:
            session.add(
                User(account=account, display_name=display, role=role.value, created_at=now())
            )
    session.flush()


def generate(
    db: Database,
    *,
    incidents: int = 2_000,
    seed: int | None = None,
    years: int = 3,
    progress: Progress | None = None,
) -> DemoResult:
    """Add the demo office and `incidents` incidents over the last `years` years.

    All in one transaction: cancelling (progress returning False) writes nothing.
    """
    rng = random.Random(seed)
    with db.writing() as session:
        ensure_reference_data(session)
        # The office's roster and a year of joint meetings come with the demo too
        # (both idempotent: a second demo run adds only incidents).
        from app.demo.meetings import ensure_meetings
        from app.demo.roster import ensure_roster
        from app.demo.task_forces import ensure_task_forces_in

        people = ensure_roster(session)
        ensure_task_forces_in(session)
        from app.demo.risk_dates import ensure_risk_dates_in

        ensure_risk_dates_in(session)
        from app.demo.settings import ensure_settings_in

        ensure_settings_in(session)
        meetings = ensure_meetings(session).meetings
        context = _Context.load(session)
        end = now().replace(microsecond=0)
        start = end - timedelta(days=365 * years)
        moments = _moments(rng, start, end, incidents)
        first_id = next_id(session)
        counters = _counters(session)
        done = 0
        # Small runs report progress often enough for a progress bar to move.
        batch = max(100, min(BATCH, incidents // 50))
        with indexes_deferred(session, INCIDENT, rows_coming=incidents):
            for offset in range(0, incidents, batch):
                chunk = moments[offset : offset + batch]
                rows, links = _rows(rng, context, chunk, first_id + offset, counters, end)
                bulk_insert(session, rows, links)
                done += len(chunk)
                if progress is not None and not progress(done, incidents):
                    raise Cancelled(
                        translate("demo", "demo generation cancelled; nothing was written")
                    )
        for year, last in counters.items():
            claim_references(session, year, last)
        # Cases come last: they link to incidents of their district.
        from app.demo.cases import ensure_cases_in

        ensure_cases_in(session)
        refresh_statistics(session)
    if incidents >= LARGE_LOAD:
        tidy_after_large_load(db.engine, [INCIDENT, INCIDENT_AGENCY])
    return DemoResult(incidents, len(context.districts), len(context.agencies), people, meetings)


@dataclass
class _Context:
    categories: list[tuple[str, int, str]]  # code, id, default area
    districts: list[tuple[str, int]]
    district_weights: list[float]
    agencies: dict[str, int]
    users: list[int]

    @classmethod
    def load(cls, session: Session) -> _Context:
        categories = [
            (code, cid, area)
            for cid, code, area in session.execute(
                select(CATEGORY.c.id, CATEGORY.c.code, CATEGORY.c.default_area)
            )
            if code in TEXTS
        ]
        by_name = {k: v for k, v in session.execute(select(DISTRICT.c.name, DISTRICT.c.id))}
        districts = [(name, by_name[name]) for name in DISTRICTS]
        users = [
            uid
            for uid, account in session.execute(
                select(USER.c.id, USER.c.account).order_by(USER.c.id)
            )
            if account in {u[0] for u in DEMO_USERS}
        ]
        return cls(
            categories=categories,
            districts=districts,
            district_weights=[DISTRICTS[name][0] for name, _ in districts],
            agencies={k: v for k, v in session.execute(select(AGENCY.c.name, AGENCY.c.id))},
            users=users,
        )


def _moments(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    """`count` local times between start and end, weighted by hour, in time order."""
    days = (end - start).days
    first_day = start.astimezone(LOCAL_TZ).replace(hour=0, minute=0, second=0)
    hours = rng.choices(range(24), weights=HOUR_WEIGHTS, k=count)
    moments = []
    latest = end - timedelta(minutes=5)
    for hour in hours:
        local = first_day + timedelta(
            days=rng.randrange(days), hours=hour, minutes=rng.randrange(60)
        )
        moment = local.astimezone(UTC)
        moments.append(moment if moment <= latest else latest - timedelta(hours=rng.randrange(48)))
    moments.sort()
    return moments


def _counters(session: Session) -> dict[int, int]:
    """The last number given out per year: never reuse one, even of a deleted incident."""
    rows = session.execute(select(REFERENCE_COUNTER.c.year, REFERENCE_COUNTER.c.last)).all()
    return {int(year): int(last) for year, last in rows}


def _rows(
    rng: random.Random,
    context: _Context,
    moments: list[datetime],
    first_id: int,
    counters: dict[int, int],
    end: datetime,
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Rows for the incident table. Written for speed (a million rows in seconds):
    weighted picks by bisecting cumulative weights, texts formatted once per place."""
    count = len(moments)
    picks = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()), k=count)
    by_code = {code: (cid, area) for code, cid, area in context.categories}
    districts = rng.choices(context.districts, weights=context.district_weights, k=count)
    severity_weights = {
        code: list(accumulate(SEVERITY_WEIGHTS.get(code, DEFAULT_SEVERITY)))
        for code in CATEGORY_WEIGHTS
    }
    texts: dict[tuple[str, int, str, str], tuple[str, str]] = {}
    police = context.agencies.get("Lokalpolisområde Botkyrka")
    rescue = context.agencies.get("Södertörns brandförsvarsförbund")
    own = context.agencies.get("Botkyrka kommun, säkerhetsenheten")
    year_starts, years = _year_starts(moments)
    random_ = rng.random
    rows: list[dict[str, Any]] = []
    links: list[tuple[int, int]] = []
    for index, (moment, code, (district, district_id)) in enumerate(
        zip(moments, picks, districts, strict=True)
    ):
        incident_id = first_id + index
        year = years[bisect_right(year_starts, moment) - 1]
        counters[year] = seq = counters.get(year, 0) + 1
        category_id, area = by_code[code]
        places = DISTRICTS[district][1]
        place = places[int(random_() * len(places))]
        templates = TEXTS[code]
        template = int(random_() * len(templates))
        key = (code, template, place, district)
        text = texts.get(key)
        if text is None:
            summary, description = templates[template]
            text = texts[key] = (
                summary.format(place=place, district=district),
                description.format(place=place, district=district),
            )
        weights = severity_weights[code]
        severity = bisect_right(weights, random_() * weights[-1]) + 1
        age_days = (end - moment).days
        reported = min(moment + timedelta(minutes=5 + int(random_() * 595)), end)
        source = police if code in _POLICE_CODES else (rescue if code == "FIRE" else own)
        costly = code in _COSTLY_CODES
        rows.append(
            {
                "id": incident_id,
                "ref_year": year,
                "ref_seq": seq,
                "occurred_at": moment,
                "occurred_until": None,
                "reported_at": reported,
                "entered_at": reported,
                "entered_by_id": context.users[int(random_() * len(context.users))],
                "updated_at": None,
                "updated_by_id": None,
                "version": 1,
                "category_id": category_id,
                "area": area,
                "severity": min(severity, 4),
                "status": _status(rng, age_days),
                "district_id": district_id,
                "place": place,
                "latitude": None,
                "longitude": None,
                "summary": text[0],
                "description": text[1],
                "source_agency_id": source,
                "source_reliability": "high" if source != own else "medium",
                "verified": age_days > 7 or random_() < 0.3,
                "police_ref": f"5000-K{100000 + int(random_() * 899999)}-{year % 100:02d}"
                if source == police
                else "",
                "rescue_ref": f"SBFF-{year}-{10000 + int(random_() * 89999)}"
                if code == "FIRE"
                else "",
                "external_ref": "",
                "external_url": "",
                "injured": (0, 0, 0, 1, 2)[int(random_() * 5)] if severity >= 3 else 0,
                "damage": "Materiella skador" if costly else "",  # demo data is Swedish
                "estimated_cost_sek": (2 + int(random_() * 398)) * 1000 if costly else None,
                "insurance_claim_ref": f"FS-{year}-{seq:05d}" if code == "INSUR" else "",
                "action_taken": "",
                "secret": code == "GANG" and random_() < 0.1,
                "duplicate_of_id": None,
            }
        )
        if rescue and (code in ("SHOOT", "DIST") or (source == police and code == "FIRE")):
            links.append((incident_id, rescue))
    return rows, links


def _year_starts(moments: list[datetime]) -> tuple[list[datetime], list[int]]:
    """The UTC moments at which each local year of `moments` begins, and those years."""
    first = moments[0].astimezone(LOCAL_TZ).year if moments else 2000
    last = moments[-1].astimezone(LOCAL_TZ).year if moments else 2000
    years = list(range(first, last + 1))
    return [datetime(y, 1, 1, tzinfo=LOCAL_TZ).astimezone(UTC) for y in years], years


_POLICE_CODES = frozenset(("SHOOT", "VIOL", "GANG", "DRUG"))
_COSTLY_CODES = frozenset(("FIRE", "VAND", "INSUR"))


def _status(rng: random.Random, age_days: int) -> str:
    if age_days > 60:
        return Status.CLOSED.value if rng.random() < 0.93 else Status.FOLLOW_UP.value
    if age_days > 14:
        return rng.choice((Status.CLOSED, Status.FOLLOW_UP, Status.ONGOING)).value
    return rng.choice((Status.NEW, Status.NEW, Status.ONGOING)).value
