"""Shared, read-only data sets for the query tests (built once per session)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.demo.botkyrka import AGENCIES, DISTRICTS
from app.demo.generate import generate
from app.services import incident_query, incidents
from app.services.incident_types import Incident, IncidentDraft, IncidentQuery
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from tests.services.support import CODES, FIXED_NOW, FrozenClock

PLACES = (
    "Alby centrum",
    "alby centrum",
    "Örby torg",
    "Åkersberga",
    "Ängsvägen",
    "Zebralunden",
    "",
    "Fittja torg",
    "Tumba station",
    "Ö",
    "Å",
    "Ä",
    "école",
    "Zebralunden",
)
SUMMARIES = (
    "Bilbrand vid Örby torg",
    "Klotter på Åsa skola",
    "Klotter på Åsa skola",
    "Ordningsstörning i ÖSTRA delen",
    "Hot mot personal",
    "Misstänkt narkotikaförsäljning vid bilbron",
    "Stenkastning mot räddningstjänsten",
    "Otrygg gångtunnel, trasig belysning",
)
# Moments (local, naive) where date filters and DST are easy to get wrong.
EDGE_MOMENTS = (
    datetime(2026, 3, 28, 23, 59, 59),
    datetime(2026, 3, 29, 0, 0, 0),
    datetime(2026, 3, 29, 1, 59, 59),
    datetime(2026, 3, 29, 3, 0, 0),
    datetime(2026, 3, 29, 23, 59, 59),
    datetime(2026, 3, 30, 0, 0, 0),
    datetime(2025, 10, 26, 0, 0, 0),
    datetime(2025, 10, 26, 2, 30, 0),
    datetime(2025, 10, 26, 23, 59, 59),
    datetime(2025, 10, 27, 0, 0, 0),
    datetime(2025, 12, 31, 23, 59, 59),
    datetime(2026, 1, 1, 0, 0, 0),
    datetime(2026, 1, 1, 0, 0, 0),
    datetime(2026, 6, 15, 12, 0, 0),
    datetime(2026, 6, 15, 12, 0, 0),
    datetime(2026, 6, 15, 12, 0, 0),
)


@dataclass
class Dataset:
    db: Database
    incidents: list[Incident]

    @property
    def by_id(self) -> dict[int, Incident]:
        return {i.id: i for i in self.incidents}


def _handmade(rng: random.Random, n: int) -> IncidentDraft:
    if n < len(EDGE_MOMENTS):
        occurred = EDGE_MOMENTS[n]
    else:
        occurred = datetime(2024, 1, 1) + timedelta(
            days=rng.randrange(1000), hours=rng.randrange(24), minutes=rng.randrange(60)
        )
    agencies = [name for name, _ in AGENCIES]
    return IncidentDraft(
        occurred_at=occurred,
        reported_at=None if rng.random() < 0.3 else occurred + timedelta(hours=rng.randrange(50)),
        category=rng.choice(CODES),
        area=rng.choice((None, None, "safety", "security", "infosec", "insurance")),
        severity=rng.randint(1, 4),
        status=rng.choice(("new", "ongoing", "follow_up", "closed")),
        district=rng.choice((None, *DISTRICTS)),
        place=rng.choice(PLACES),
        summary=rng.choice(SUMMARIES),
        description=rng.choice(("", "Bilbranden släcktes.", "Åsa-skolans personal larmade.")),
        source_agency=rng.choice((None, *agencies)),
        agencies_involved=tuple(rng.sample(agencies, rng.randrange(4))),
        secret=rng.random() < 0.2,
    )


def build(path: Path, *, demo: int, handmade: int, seed: int) -> Dataset:
    db = open_database(sqlite_url(path), account="tester")
    with FrozenClock(FIXED_NOW):
        generate(db, incidents=demo, seed=seed)
        rng = random.Random(seed)
        for n in range(handmade):
            incidents.create(db, _handmade(rng, n))
    with db.reading() as session:
        everything = incidents.load_many(session, incident_query.ids(db, IncidentQuery()))
    return Dataset(db, everything)


@pytest.fixture(scope="session")
def query_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    """About 500 incidents: demo ones and hand-made edge cases. Read only."""
    data = build(tmp_path_factory.mktemp("query") / "q.db", demo=400, handmade=90, seed=11)
    yield data
    data.db.close()


@pytest.fixture(scope="session")
def paging_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    """About 3,000 demo incidents for paging. Read only."""
    data = build(tmp_path_factory.mktemp("paging") / "p.db", demo=3000, handmade=40, seed=1)
    yield data
    data.db.close()
