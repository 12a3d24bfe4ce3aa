"""Reference numbers: a yearly sequence by the year of entry, without gaps or doubles."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import clock
from app.demo.generate import generate
from app.errors import ValidationError
from app.services import incident_query, incidents
from app.services.incident_types import IncidentQuery, IncidentSort, SortColumn
from app.storage.database import Database
from tests.services.support import draft, open_extra


def test_references_count_up_within_the_year(db: Database, fixed_clock: datetime) -> None:
    refs = [incidents.create(db, draft(summary=f"Nr {n}")).reference for n in range(1, 13)]
    assert refs == [f"2026-{n:04d}" for n in range(1, 13)]


def test_the_year_is_the_year_of_entry_not_of_the_incident(
    db: Database, fixed_clock: datetime
) -> None:
    old = incidents.create(db, draft(occurred_at=datetime(2024, 12, 31, 23, 0)))
    assert old.reference == "2026-0001"


def test_a_new_year_restarts_the_sequence_by_local_time(
    db: Database, fixed_clock: datetime
) -> None:
    assert incidents.create(db, draft()).reference == "2026-0001"
    assert incidents.create(db, draft()).reference == "2026-0002"
    # 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Stockholm.
    clock.set_clock(lambda: datetime(2026, 12, 31, 23, 30, tzinfo=UTC))
    assert incidents.create(db, draft()).reference == "2027-0001"
    assert incidents.create(db, draft()).reference == "2027-0002"
    # An entry dated in the old year (22:30 UTC = 23:30 local) continues that year.
    clock.set_clock(lambda: datetime(2026, 12, 31, 22, 30, tzinfo=UTC))
    assert incidents.create(db, draft()).reference == "2026-0003"
    clock.set_clock(lambda: datetime(2028, 6, 1, 12, tzinfo=UTC))
    assert incidents.create(db, draft()).reference == "2028-0001"


def test_a_deleted_reference_is_never_given_out_again(db: Database, fixed_clock: datetime) -> None:
    first = incidents.create(db, draft())
    last = incidents.create(db, draft())
    incidents.delete(db, last.id)
    assert incidents.create(db, draft()).reference == "2026-0003"
    incidents.delete(db, first.id)
    assert incidents.create(db, draft()).reference == "2026-0004"


def test_a_refused_draft_takes_no_number(db: Database, fixed_clock: datetime) -> None:
    incidents.create(db, draft())
    for bad in (draft(summary=""), draft(related=("2026-0099",))):
        with pytest.raises(ValidationError):
            incidents.create(db, bad)
    assert incidents.create(db, draft()).reference == "2026-0002"


def test_references_continue_after_demo_data(db: Database, fixed_clock: datetime) -> None:
    incidents.create(db, draft())
    generate(db, incidents=200, seed=5)
    after = incidents.create(db, draft())
    query = IncidentQuery(sort=IncidentSort(SortColumn.REFERENCE, descending=False))
    refs = [row.reference for row in incident_query.iterate(db, query)]
    assert len(refs) == len(set(refs)) == 202
    assert refs[-1] == after.reference
    this_year = sorted(int(r[5:]) for r in refs if r.startswith("2026-"))
    assert this_year == list(range(1, len(this_year) + 1))


def _create_many(database: Database, count: int, out: list[str], errors: list[BaseException]):
    try:
        for n in range(count):
            out.append(incidents.create(database, draft(summary=f"Parallell {n}")).reference)
    except BaseException as error:  # reported by the test
        errors.append(error)


def _run_in_threads(databases: list[Database], each: int) -> list[str]:
    results: list[list[str]] = [[] for _ in databases]
    errors: list[BaseException] = []
    start = threading.Barrier(len(databases))

    def work(index: int) -> None:
        start.wait()
        _create_many(databases[index], each, results[index], errors)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(databases))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert all(len(r) == each for r in results)
    for r in results:  # each writer sees its own numbers rise
        assert r == sorted(r)
    return [ref for r in results for ref in r]


def test_two_databases_on_one_file_give_out_distinct_numbers(
    db: Database, fixed_clock: datetime
) -> None:
    other = open_extra(Path(db.engine.url.database or ""), account="kollega")
    try:
        refs = _run_in_threads([db, other], 50)
    finally:
        other.close()
    assert sorted(refs) == [f"2026-{n:04d}" for n in range(1, 101)]
    assert incident_query.count(db, IncidentQuery()) == 100


def test_two_threads_on_one_database_give_out_distinct_numbers(
    db: Database, fixed_clock: datetime
) -> None:
    refs = _run_in_threads([db, db], 50)
    assert sorted(refs) == [f"2026-{n:04d}" for n in range(1, 101)]


def test_concurrent_writers_across_new_year(db: Database) -> None:
    moment = [datetime(2026, 12, 31, 22, 59, 59, tzinfo=UTC)]
    lock = threading.Lock()

    def ticking() -> datetime:
        with lock:
            moment[0] += timedelta(milliseconds=50)
            return moment[0]

    clock.set_clock(ticking)
    try:
        refs = _run_in_threads([db, db], 20)
    finally:
        clock.set_clock(None)
    for year in ("2026", "2027"):
        assert any(r.startswith(year) for r in refs)
        seqs = sorted(int(r[5:]) for r in refs if r.startswith(year))
        assert seqs == list(range(1, len(seqs) + 1))
