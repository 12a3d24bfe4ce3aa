"""Sorting on every column and keyset paging agree with a Python sort of all the rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo.generate import ensure_reference_data
from app.services import incident_query, incidents, reference
from app.services.incident_types import (
    IncidentFilter,
    IncidentQuery,
    IncidentRow,
    IncidentSort,
    Page,
    SortColumn,
    SortKey,
)
from app.storage import search
from app.storage.database import Database
from tests.services.conftest import Dataset
from tests.services.support import draft, python_sorted

SMALL_NEAR = 50


def test_searches_sort_newest_first_by_default(query_data: Dataset) -> None:
    assert IncidentQuery().sort == IncidentSort(SortColumn.OCCURRED, descending=True)
    rows = list(incident_query.iterate(query_data.db, IncidentQuery()))
    keys = [(r.occurred_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("column", list(SortColumn))
def test_every_sort_matches_a_python_sort(
    query_data: Dataset, column: SortColumn, descending: bool
) -> None:
    query = IncidentQuery(sort=IncidentSort(column, descending))
    expected = python_sorted(query_data.db, query_data.incidents, column, descending)
    assert [r.id for r in incident_query.iterate(query_data.db, query)] == expected
    # Small batches make iterate continue by keyset many times.
    assert [r.id for r in incident_query.iterate(query_data.db, query, batch=7)] == expected
    assert incident_query.ids(query_data.db, query) == expected


@pytest.mark.parametrize("column", list(SortColumn))
def test_sorting_with_a_filter(query_data: Dataset, column: SortColumn) -> None:
    flt = IncidentFilter(text="klotter", include_secret=False)
    query = IncidentQuery(flt, IncidentSort(column, descending=False))
    kept = {r.id for r in incident_query.iterate(query_data.db, IncidentQuery(flt))}
    assert len(kept) > 20
    rows = [i for i in query_data.incidents if i.id in kept]
    expected = python_sorted(query_data.db, rows, column, descending=False)
    assert [r.id for r in incident_query.iterate(query_data.db, query, batch=5)] == expected


def test_rows_carry_the_incidents_values(query_data: Dataset) -> None:
    by_id = query_data.by_id
    for row in incident_query.iterate(query_data.db, IncidentQuery()):
        full = by_id[row.id]
        assert row.reference == full.reference
        assert row.occurred_at == full.occurred_at
        assert row.reported_at == full.reported_at
        assert row.category == full.category
        assert row.area == full.area
        assert row.severity == full.severity
        assert row.status == full.status
        assert row.district == (full.district or "")
        assert row.place == full.place
        assert row.summary == full.summary
        assert row.verified == full.verified
        assert row.secret == full.secret


def test_load_many_equals_get(query_data: Dataset) -> None:
    for incident in query_data.incidents[::37]:
        assert incidents.get(query_data.db, incident.id) == incident


def test_district_sort_follows_the_district_list(empty_db: Database, fixed_clock: datetime) -> None:
    reference.add_district(empty_db, "Tumba")  # an office's own district first ...
    with empty_db.writing() as session:
        ensure_reference_data(session)  # ... then the rest
    listed = reference.load(empty_db).districts
    assert listed.index("Tumba") < listed.index("Alby")  # the list keeps the order added
    for name in ("Alby", "Tumba"):
        incidents.create(empty_db, draft(district=name))
    query = IncidentQuery(sort=IncidentSort(SortColumn.DISTRICT, descending=False))
    got = [r.district for r in incident_query.iterate(empty_db, query)]
    assert got == ["Tumba", "Alby"]  # and the table sorts as the list reads


# --- paging ---------------------------------------------------------------------------------

PAGING_QUERIES = [
    IncidentQuery(),
    IncidentQuery(sort=IncidentSort(SortColumn.REFERENCE, descending=False)),
    IncidentQuery(sort=IncidentSort(SortColumn.DISTRICT, descending=False)),
    IncidentQuery(sort=IncidentSort(SortColumn.PLACE, descending=True)),
    IncidentQuery(sort=IncidentSort(SortColumn.SEVERITY, descending=True)),
    IncidentQuery(sort=IncidentSort(SortColumn.REPORTED, descending=False)),
    IncidentQuery(sort=IncidentSort(SortColumn.SUMMARY, descending=False)),
    IncidentQuery(
        IncidentFilter(include_secret=False), IncidentSort(SortColumn.CATEGORY, descending=False)
    ),
    IncidentQuery(IncidentFilter(categories=("VAND", "FIRE", "PLACE"))),
    IncidentQuery(IncidentFilter(text="centrum"), IncidentSort(SortColumn.STATUS, descending=True)),
    IncidentQuery(
        IncidentFilter(districts=("Tumba", "Alby"), severities=(1, 2)),
        IncidentSort(SortColumn.AREA, descending=False),
    ),
]


def _name(query: IncidentQuery) -> str:
    flt = ",".join(f"{k}" for k, v in vars(query.filter).items() if v not in ((), "", None, True))
    direction = "desc" if query.sort.descending else "asc"
    return f"{query.sort.column.value}-{direction}-{flt or 'all'}"


def _page(
    db: Database,
    query: IncidentQuery,
    full: Sequence[IncidentRow],
    start: int,
    limit: int,
    known: Sequence[tuple[int, SortKey]] = (),
) -> Page:
    total = len(full)
    page = incident_query.fetch_page(db, query, start, limit, total=total, known=known)
    first = max(0, min(start, total - 1))
    expected = tuple(full[first : first + limit])
    assert page.start == first
    assert page.rows == expected, (start, limit, known)
    return page


@pytest.fixture
def small_near(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(incident_query, "NEAR", SMALL_NEAR)
    return SMALL_NEAR


@pytest.mark.parametrize("query", PAGING_QUERIES, ids=_name)
def test_pages_equal_slices_of_iterate(
    paging_data: Dataset, small_near: int, query: IncidentQuery
) -> None:
    db = paging_data.db
    full = list(incident_query.iterate(db, query))
    total = len(full)
    assert total == incident_query.count(db, query)
    assert total > 6 * small_near, "the filter should leave enough rows for every code path"
    starts = {
        0,
        1,
        small_near - 1,
        small_near,
        small_near + 1,
        2 * small_near,
        total // 3,
        total // 2,
        (2 * total) // 3,
        total - 3 * small_near,
        total - small_near - 10,
        total - small_near,
        total - 10,
        total - 1,
    }
    for limit in (1, 10, 37):
        for start in sorted(starts):
            _page(db, query, full, start, limit)


@pytest.mark.parametrize("query", PAGING_QUERIES, ids=_name)
def test_pages_next_to_known_keys(
    paging_data: Dataset, small_near: int, query: IncidentQuery
) -> None:
    db = paging_data.db
    full = list(incident_query.iterate(db, query))
    total = len(full)
    limit = 25
    for middle in (total // 2, total // 3, 3 * small_near, total - 3 * small_near):
        page = _page(db, query, full, middle, limit)
        assert page.first_key is not None and page.last_key is not None
        last = middle + limit - 1
        # Forwards: the page right after, a little further on, and out of reach.
        after = _page(db, query, full, last + 1, limit, known=[(last, page.last_key)])
        _page(db, query, full, last + 20, limit, known=[(last, page.last_key)])
        _page(db, query, full, last + small_near, limit, known=[(last, page.last_key)])
        _page(db, query, full, last + small_near + 40, limit, known=[(last, page.last_key)])
        # Backwards: the page right before, a little further back, and out of reach.
        before = _page(db, query, full, middle - limit, limit, known=[(middle, page.first_key)])
        _page(db, query, full, middle - limit - 20, limit, known=[(middle, page.first_key)])
        _page(
            db,
            query,
            full,
            middle - limit - small_near + 1,
            limit,
            known=[(middle, page.first_key)],
        )
        _page(
            db,
            query,
            full,
            middle - limit - small_near - 40,
            limit,
            known=[(middle, page.first_key)],
        )
        # Several known keys: the nearest one is used.
        both = [
            (middle, page.first_key),
            (last, page.last_key),
            (last + limit, after.last_key),
            (middle - limit, before.first_key),
        ]
        for start in (middle - 2 * limit, middle + 2 * limit, middle + 5, middle):
            _page(db, query, full, start, limit, known=both)
        # Scrolling page by page in both directions with only the neighbour's key.
        page_at = page
        for _ in range(4):
            next_start = page_at.start + len(page_at.rows)
            assert page_at.last_key is not None
            page_at = _page(
                db,
                query,
                full,
                next_start,
                limit,
                known=[(next_start - 1, page_at.last_key)],
            )
        page_at = page
        for _ in range(4):
            assert page_at.first_key is not None
            page_at = _page(
                db,
                query,
                full,
                page_at.start - limit,
                limit,
                known=[(page_at.start, page_at.first_key)],
            )


def test_page_keys_are_the_sort_keys_of_the_end_rows(paging_data: Dataset, small_near: int) -> None:
    db = paging_data.db
    query = IncidentQuery(sort=IncidentSort(SortColumn.CATEGORY, descending=False))
    full = list(incident_query.iterate(db, query))
    page = _page(db, query, full, 500, 20)
    assert page.first_key is not None and page.last_key is not None
    assert page.first_key[-1] == page.rows[0].id
    assert page.last_key[-1] == page.rows[-1].id
    assert page.first_key[-2] == page.rows[0].occurred_at
    assert len(page.first_key) == 3  # category, occurred, id


def test_paging_at_and_beyond_the_edges(paging_data: Dataset, small_near: int) -> None:
    db = paging_data.db
    query = IncidentQuery()
    full = list(incident_query.iterate(db, query))
    total = len(full)
    assert _page(db, query, full, total + 100, 10).rows == (full[-1],)
    assert _page(db, query, full, -5, 3).rows == tuple(full[:3])
    assert _page(db, query, full, total - 3, 50).rows == tuple(full[-3:])
    empty = incident_query.fetch_page(db, query, 10, 0, total=total)
    assert empty.rows == () and empty.first_key is None and empty.last_key is None


def test_paging_an_empty_result(paging_data: Dataset) -> None:
    query = IncidentQuery(IncidentFilter(categories=("NOPE",)))
    assert incident_query.count(paging_data.db, query) == 0
    page = incident_query.fetch_page(paging_data.db, query, 0, 50, total=0)
    assert page == Page(0, (), None, None)
    assert list(incident_query.iterate(paging_data.db, query)) == []


@pytest.mark.parametrize("near", [1, 2, 1_000])
def test_paging_works_for_any_near(
    paging_data: Dataset, monkeypatch: pytest.MonkeyPatch, near: int
) -> None:
    monkeypatch.setattr(incident_query, "NEAR", near)
    db = paging_data.db
    query = IncidentQuery(sort=IncidentSort(SortColumn.PLACE, descending=False))
    full = list(incident_query.iterate(db, query))
    for start in (0, 1, 2, 3, 700, len(full) // 2, len(full) - 4, len(full) - 2):
        page = _page(db, query, full, start, 3)
        assert page.last_key is not None and page.first_key is not None
        last = page.start + len(page.rows) - 1
        _page(db, query, full, last + 1, 3, known=[(last, page.last_key)])
        _page(db, query, full, page.start - 3, 3, known=[(page.start, page.first_key)])


def test_the_paging_tests_reach_every_way_of_reading(
    paging_data: Dataset, small_near: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From either end, from a known key either way, and by seeking a key from either end."""
    seen: set[tuple[bool, bool, bool, bool]] = set()
    real = incident_query.page_statement

    def recording(*args: object, **kwargs: object) -> object:
        seen.add(
            (
                kwargs.get("after") is not None,
                bool(kwargs.get("reverse")),
                bool(kwargs.get("key_only")),
                bool(kwargs.get("skip")),
            )
        )
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(incident_query, "page_statement", recording)
    db = paging_data.db
    query = IncidentQuery(sort=IncidentSort(SortColumn.SUMMARY, descending=True))
    full = list(incident_query.iterate(db, query))
    total = len(full)
    for start in (0, 10, total - 30, total - 5, total // 3, (2 * total) // 3):
        page = _page(db, query, full, start, 5)
        assert page.first_key is not None and page.last_key is not None
        _page(db, query, full, start + 5, 5, known=[(start + 4, page.last_key)])
        _page(db, query, full, start + 20, 5, known=[(start + 4, page.last_key)])
        _page(db, query, full, start - 5, 5, known=[(start, page.first_key)])
        _page(db, query, full, start - 20, 5, known=[(start, page.first_key)])
    wanted = {
        (False, False, False, False),  # the first page
        (False, False, False, True),  # near the start
        (False, True, False, True),  # near the end, read backwards
        (True, False, False, False),  # right after a known key
        (True, False, False, True),  # a little after a known key
        (True, True, False, False),  # right before a known key
        (True, True, False, True),  # a little before a known key
        (False, False, True, True),  # seek a key from the start
        (False, True, True, True),  # seek a key from the end
    }
    assert wanted <= seen


@pytest.mark.parametrize("walk", [True, False], ids=["walk-sort-index", "look-up-matches"])
@pytest.mark.parametrize(
    "query",
    [
        IncidentQuery(IncidentFilter(text="centrum")),
        IncidentQuery(
            IncidentFilter(text="brand", include_secret=False),
            IncidentSort(SortColumn.PLACE, descending=False),
        ),
    ],
    ids=_name,
)
def test_text_pages_either_way_of_searching(
    paging_data: Dataset,
    small_near: int,
    monkeypatch: pytest.MonkeyPatch,
    walk: bool,
    query: IncidentQuery,
) -> None:
    monkeypatch.setattr(search, "order_scan_pays", lambda *_: walk)
    db = paging_data.db
    full = list(incident_query.iterate(db, query))
    total = len(full)
    assert total > 4 * small_near
    for start in (0, 30, total // 2, total - 80, total - 3):
        page = _page(db, query, full, start, 20)
        assert page.first_key is not None and page.last_key is not None
        last = page.start + len(page.rows) - 1
        _page(db, query, full, last + 10, 20, known=[(last, page.last_key)])
        _page(db, query, full, page.start - 30, 20, known=[(page.start, page.first_key)])


_FULL: dict[IncidentQuery, list[IncidentRow]] = {}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.builds(
        IncidentQuery,
        filter=st.sampled_from(
            [
                IncidentFilter(),
                IncidentFilter(include_secret=False),
                IncidentFilter(text="centrum"),
                IncidentFilter(categories=("VAND", "PLACE", "DIST"), severities=(1, 2)),
            ]
        ),
        sort=st.builds(
            IncidentSort,
            st.sampled_from(
                [SortColumn.OCCURRED, SortColumn.REFERENCE, SortColumn.DISTRICT, SortColumn.PLACE]
            ),
            st.booleans(),
        ),
    ),
    start=st.floats(0, 1),
    limit=st.integers(1, 60),
    known_offset=st.none() | st.integers(-200, 200),
)
def test_any_page_with_any_neighbour(
    paging_data: Dataset,
    small_near: int,
    query: IncidentQuery,
    start: float,
    limit: int,
    known_offset: int | None,
) -> None:
    db = paging_data.db
    if query not in _FULL:
        _FULL[query] = list(incident_query.iterate(db, query))
    full = _FULL[query]
    total = len(full)
    first = min(int(start * total), total - 1)
    known: list[tuple[int, SortKey]] = []
    if known_offset is not None:
        position = min(max(first + known_offset, 0), total - 1)
        anchor = _page(db, query, full, position, 1)
        assert anchor.first_key is not None
        known.append((position, anchor.first_key))
    _page(db, query, full, first, limit, known=known)
