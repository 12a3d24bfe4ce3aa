"""The demo generator: reproducible, valid, and all-or-nothing."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.demo.botkyrka import DISTRICTS
from app.demo.generate import Cancelled, generate
from app.services import incident_query, incidents
from app.services.incident_types import IncidentFilter, IncidentQuery, IncidentSort, SortColumn
from app.storage.database import Database
from tests.services.support import draft, fts_integrity, open_extra

BY_REFERENCE = IncidentQuery(sort=IncidentSort(SortColumn.REFERENCE, descending=False))


def _listing(db: Database) -> list[tuple[object, ...]]:
    return [
        (
            r.reference,
            r.occurred_at,
            r.category,
            r.district,
            r.place,
            r.summary,
            r.severity,
            r.status,
            r.secret,
        )
        for r in incident_query.iterate(db, BY_REFERENCE)
    ]


def _full(db: Database) -> list[tuple[object, ...]]:
    with db.reading() as session:
        everything = incidents.load_many(session, incident_query.ids(db, BY_REFERENCE))
    return [
        (
            i.description,
            i.source_agency,
            i.agencies_involved,
            i.police_ref,
            i.rescue_ref,
            i.estimated_cost_sek,
            i.entered_by,
            i.reported_at,
        )
        for i in everything
    ]


def test_the_same_seed_gives_the_same_incidents(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    result = generate(db, incidents=500, seed=3)
    assert result.incidents == 500
    assert result.districts == len(DISTRICTS)
    other = open_extra(tmp_path / "second.db")
    try:
        generate(other, incidents=500, seed=3)
        first, second = _listing(db), _listing(other)
        assert len(first) == 500
        assert first == second
        assert _full(db) == _full(other)
    finally:
        other.close()


def test_another_seed_gives_other_incidents(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    generate(db, incidents=200, seed=3)
    other = open_extra(tmp_path / "second.db")
    try:
        generate(other, incidents=200, seed=4)
        assert [s[5] for s in _listing(db)] != [s[5] for s in _listing(other)]
    finally:
        other.close()


def test_demo_incidents_pass_validation(db: Database, fixed_clock: datetime) -> None:
    generate(db, incidents=500, seed=3)
    ids = incident_query.ids(db, IncidentQuery())
    assert len(ids) == 500
    for incident_id in random.Random(0).sample(ids, 50):
        incident = incidents.get(db, incident_id)
        saved = incidents.update(db, incident_id, incident.draft())
        assert saved.draft() == incident.draft()
        assert saved.version == incident.version + 1


def test_demo_incidents_are_plausible(db: Database, fixed_clock: datetime) -> None:
    generate(db, incidents=500, seed=3)
    with db.reading() as session:
        everything = incidents.load_many(session, incident_query.ids(db, IncidentQuery()))
    for incident in everything:
        assert incident.occurred_at <= fixed_clock
        assert incident.reported_at is not None
        assert incident.occurred_at <= incident.reported_at <= fixed_clock
        assert incident.district in DISTRICTS
        assert incident.place in DISTRICTS[incident.district][1]
        assert "{" not in incident.summary and "{" not in incident.description
        assert 1 <= incident.severity <= 4
    assert {i.category for i in everything} >= {"VAND", "PLACE", "DIST", "FIRE"}
    refs = [i.reference for i in everything]
    assert len(set(refs)) == len(refs)
    for year in {r[:4] for r in refs}:
        seqs = sorted(int(r[5:]) for r in refs if r.startswith(year))
        assert seqs == list(range(1, len(seqs) + 1))


def test_demo_incidents_are_searchable(db: Database, fixed_clock: datetime) -> None:
    generate(db, incidents=300, seed=3)
    fts_integrity(db)
    with db.reading() as session:
        everything = incidents.load_many(session, incident_query.ids(db, IncidentQuery()))
    in_tumba = {i.id for i in everything if "tumba" in (i.summary + i.place).lower()}
    found = {r.id for r in incident_query.iterate(db, IncidentQuery(IncidentFilter(text="tumba")))}
    assert in_tumba and in_tumba <= found


def test_cancelling_writes_nothing(db: Database, fixed_clock: datetime) -> None:
    calls: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(Cancelled):
        generate(db, incidents=500, seed=3, progress=stop)
    assert calls and calls[-1][1] == 500
    assert incident_query.count(db, IncidentQuery()) == 0
    assert incident_query.count(db, IncidentQuery(IncidentFilter(text="brand"))) == 0
    fts_integrity(db)
    # Nothing was reserved either: the sequence starts at 1.
    assert incidents.create(db, draft()).reference == "2026-0001"


def test_progress_is_reported_up_to_the_total(db: Database, fixed_clock: datetime) -> None:
    calls: list[tuple[int, int]] = []
    generate(db, incidents=120, seed=3, progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[-1] == (120, 120)
    assert all(d <= t for d, t in calls)
    assert incident_query.count(db, IncidentQuery()) == 120


def test_demo_can_be_added_twice(db: Database, fixed_clock: datetime) -> None:
    generate(db, incidents=100, seed=1)
    generate(db, incidents=100, seed=2)
    refs = [r.reference for r in incident_query.iterate(db, BY_REFERENCE)]
    assert len(refs) == len(set(refs)) == 200
    fts_integrity(db)


def test_demo_into_an_empty_database(empty_db: Database, fixed_clock: datetime) -> None:
    generate(empty_db, incidents=50, seed=9)
    assert incident_query.count(empty_db, IncidentQuery()) == 50
    incident = incidents.get(empty_db, incident_query.ids(empty_db, IncidentQuery())[0])
    changed = incidents.update(empty_db, incident.id, replace(incident.draft(), severity=4))
    assert changed.version == 2


def test_demo_never_reuses_a_deleted_reference(db: Database, fixed_clock: datetime) -> None:
    incidents.create(db, draft())
    last = incidents.create(db, draft())
    incidents.delete(db, last.id)
    generate(db, incidents=200, seed=3)
    refs = {r.reference for r in incident_query.iterate(db, BY_REFERENCE)}
    assert last.reference not in refs
