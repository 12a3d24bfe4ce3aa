"""Helpers shared by the service tests: drafts, a Python model of the filters, FTS checks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app import clock
from app.clock import to_local
from app.demo.generate import ensure_reference_data
from app.services import incident_query, incidents, reference
from app.services.incident_types import (
    Incident,
    IncidentDraft,
    IncidentFilter,
    IncidentQuery,
    IncidentRow,
    SortColumn,
)
from app.settings import sqlite_url
from app.storage.database import Database, open_database

FIXED_NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
# 2026-11-26 14:00 in Stockholm (CET, +01:00)
LOCAL_NOW_NAIVE = datetime(2026, 11, 26, 14, 0)

POLICE = "Lokalpolisområde Botkyrka"
RESCUE = "Södertörns brandförsvarsförbund"
OWN = "Botkyrka kommun, säkerhetsenheten"
SCHOOL = "Utbildningsförvaltningen"
HOUSING = "AB Botkyrkabyggen"


def draft(**changes: Any) -> IncidentDraft:
    """A valid draft (an hour before FIXED_NOW); keyword arguments replace fields."""
    values: dict[str, Any] = {
        "occurred_at": datetime(2026, 11, 26, 12, 0),  # local, 11:00 UTC
        "category": "FIRE",
        "summary": "Bilbrand på parkering vid Alby centrum",
        "district": "Alby",
        "place": "Alby centrum",
    }
    values.update(changes)
    return IncidentDraft(**values)


def open_extra(path: Path, account: str = "tester") -> Database:
    """A second Database on a (new or existing) file, with the demo reference data."""
    database = open_database(sqlite_url(path), account=account)
    with database.writing() as session:
        ensure_reference_data(session)
    return database


def find(db: Database, words: str, **filter_values: Any) -> set[int]:
    query = IncidentQuery(IncidentFilter(text=words, **filter_values))
    found = {row.id for row in incident_query.iterate(db, query)}
    assert incident_query.count(db, query) == len(found)
    return found


def all_incidents(db: Database) -> list[Incident]:
    return [incidents.get(db, i) for i in incident_query.ids(db, IncidentQuery())]


def fts_integrity(db: Database) -> None:
    """SQLite's own check that the full-text index is consistent.

    Without rank=1: the index holds the composed (NFC) form of the text, so
    FTS5's comparison with the raw table would flag decomposed text that the
    index holds on purpose. Searches in the tests check the contents.
    """
    if not db.is_sqlite:
        return
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO incident_fts(incident_fts) VALUES ('integrity-check')")
        )


# --- a Python model of IncidentFilter --------------------------------------------------------

_WORD = re.compile(r"\w+")


def text_matches(incident: Incident | IncidentRow, words: str) -> bool:
    """Every word of the query is the start of a word of summary, description or place.

    Only used with plain words (no reference numbers, no underscores).
    """
    body = " ".join(
        (incident.summary, getattr(incident, "description", ""), incident.place)
    ).lower()
    tokens = _WORD.findall(body)
    wanted = [w.lower() for w in _WORD.findall(words)]
    if not wanted:
        return False
    return all(any(t.startswith(w) for t in tokens) for w in wanted)


def matches(incident: Incident, flt: IncidentFilter) -> bool:
    if flt.text.strip() and not text_matches(incident, flt.text):
        return False
    day = to_local(incident.occurred_at).date()
    if flt.date_from and day < flt.date_from:
        return False
    if flt.date_to and day > flt.date_to:
        return False
    if flt.categories and incident.category not in flt.categories:
        return False
    if flt.districts and incident.district not in flt.districts:
        return False
    if flt.severities and incident.severity not in flt.severities:
        return False
    if flt.statuses and incident.status not in flt.statuses:
        return False
    if flt.areas and incident.area not in flt.areas:
        return False
    if flt.agencies and not (
        incident.source_agency in flt.agencies
        or set(incident.agencies_involved) & set(flt.agencies)
    ):
        return False
    return flt.include_secret or not incident.secret


def sort_key(db: Database, column: SortColumn) -> Any:
    """A Python key equal to the documented database order (id appended by the caller)."""
    data = reference.load(db)
    category_position = {c.code: c.id for c in data.categories}
    district_position = {name: n + 1 for n, name in enumerate(data.districts)}

    def key(row: Incident | IncidentRow) -> tuple[Any, ...]:
        year, seq = (int(p) for p in row.reference.split("-"))
        occurred = row.occurred_at
        return {
            SortColumn.REFERENCE: (year, seq),
            SortColumn.OCCURRED: (occurred,),
            SortColumn.REPORTED: (row.reported_at,),
            SortColumn.CATEGORY: (category_position[row.category], occurred),
            SortColumn.AREA: (row.area, occurred),
            SortColumn.SEVERITY: (row.severity, occurred),
            SortColumn.STATUS: (row.status, occurred),
            SortColumn.DISTRICT: (district_position.get(row.district or "", 0), occurred),
            SortColumn.PLACE: (row.place,),
            SortColumn.SUMMARY: (row.summary,),
        }[column]

    return key


def python_sorted(
    db: Database, rows: Iterable[Incident | IncidentRow], column: SortColumn, descending: bool
) -> list[int]:
    key = sort_key(db, column)
    ordered = sorted(rows, key=lambda r: (*key(r), r.id), reverse=descending)
    return [r.id for r in ordered]


class FrozenClock:
    """Set the application clock inside a `with` block (for module-scoped data)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __enter__(self) -> FrozenClock:
        clock.set_clock(lambda: self.moment)
        return self

    def __exit__(self, *_: object) -> None:
        clock.set_clock(None)

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


# The default categories of migration 0001, in their order.
CODES = (
    "SHOOT",
    "VIOL",
    "FIRE",
    "DRUG",
    "DIST",
    "GANG",
    "VAND",
    "DRIVE",
    "PLACE",
    "SCHOOL",
    "INFOSEC",
    "INSUR",
    "EVENT",
    "OTHER",
)
