"""Filtering, sorting and paging the incident log, all in SQL.

The table pages by keyset: a page continues from the sort key of a row next
to it ((key, id) < (?, ?)), so scrolling costs the same on page 1 and page
10,000. A jump to an arbitrary row first seeks that row's key with a
key-only query the index answers without reading the rows, then pages by
keyset from there; pages near the end are read in reverse order from the end.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlmodel import Session

from app.clock import LOCAL_TZ
from app.domain.tables import AGENCY, CATEGORY, DISTRICT, INCIDENT_AGENCY
from app.domain.tables import INCIDENT as T
from app.services.incident_types import (
    IncidentFilter,
    IncidentQuery,
    IncidentRow,
    Page,
    SortColumn,
    SortKey,
    format_reference,
)
from app.services.incidents import parse_reference
from app.storage import search
from app.storage.database import Database

# Exactly the expression of the district index (migration 0001); the 0 must be
# a literal, as SQLite matches an index expression only to the same text.
DISTRICT_KEY = func.coalesce(T.c.district_id, literal_column("0"))

# Within this many rows of a known key (or of either end) a page is read by
# keyset plus a short skip; further away, the row's key is sought first.
NEAR = 1_000

_ROW_COLUMNS = (
    T.c.id,
    T.c.ref_year,
    T.c.ref_seq,
    T.c.occurred_at,
    T.c.reported_at,
    T.c.category_id,
    T.c.area,
    T.c.severity,
    T.c.status,
    T.c.district_id,
    T.c.place,
    T.c.summary,
    T.c.verified,
    T.c.secret,
)


def sort_columns(column: SortColumn) -> tuple[ColumnElement[Any], ...]:
    """The columns a sort orders by; the id is appended as the tie-breaker.

    Reference columns (category, district) sort in the order of their lists,
    which is the order they were added (their ids), so an index serves them;
    NULL districts count as 0 so that keys compare in SQL. Every tuple here is
    served by an index of migration 0001.
    """
    return {
        SortColumn.REFERENCE: (T.c.ref_year, T.c.ref_seq),
        SortColumn.OCCURRED: (T.c.occurred_at,),
        SortColumn.REPORTED: (T.c.reported_at,),
        SortColumn.CATEGORY: (T.c.category_id, T.c.occurred_at),
        SortColumn.AREA: (T.c.area, T.c.occurred_at),
        SortColumn.SEVERITY: (T.c.severity, T.c.occurred_at),
        SortColumn.STATUS: (T.c.status, T.c.occurred_at),
        SortColumn.DISTRICT: (DISTRICT_KEY, T.c.occurred_at),
        SortColumn.PLACE: (T.c.place,),
        SortColumn.SUMMARY: (T.c.summary,),
    }[column]


def conditions(
    session: Session, flt: IncidentFilter, *, text_by_order: bool = False
) -> list[ColumnElement[bool]]:
    """WHERE conditions for a filter. Unknown codes and names match nothing."""
    where: list[ColumnElement[bool]] = []
    words = flt.text.strip()
    if words:
        reference = parse_reference(words)
        if reference is not None:
            where.append(and_(T.c.ref_year == reference[0], T.c.ref_seq == reference[1]))
        else:
            dialect = session.get_bind().dialect.name
            where.append(search.text_condition(dialect, words, by_order=text_by_order))
    if flt.date_from:
        where.append(T.c.occurred_at >= _local_midnight(flt.date_from))
    if flt.date_to:
        where.append(T.c.occurred_at < _local_midnight(flt.date_to + timedelta(days=1)))
    if flt.categories:
        ids = (
            session.execute(select(CATEGORY.c.id).where(CATEGORY.c.code.in_(flt.categories)))
            .scalars()
            .all()
        )
        where.append(T.c.category_id.in_(ids))
    if flt.districts:
        ids = (
            session.execute(select(DISTRICT.c.id).where(DISTRICT.c.name.in_(flt.districts)))
            .scalars()
            .all()
        )
        # The same expression as the district index (see migration 0001).
        where.append(DISTRICT_KEY.in_(ids))
    if flt.severities:
        where.append(T.c.severity.in_(flt.severities))
    if flt.statuses:
        where.append(T.c.status.in_(flt.statuses))
    if flt.areas:
        where.append(T.c.area.in_(flt.areas))
    if flt.agencies:
        ids = (
            session.execute(select(AGENCY.c.id).where(AGENCY.c.name.in_(flt.agencies)))
            .scalars()
            .all()
        )
        involved = select(INCIDENT_AGENCY.c.incident_id).where(INCIDENT_AGENCY.c.agency_id.in_(ids))
        where.append(or_(T.c.source_agency_id.in_(ids), T.c.id.in_(involved)))
    if not flt.include_secret:
        where.append(T.c.secret.is_(False))
    return where


def _local_midnight(day: Any) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ)


def count(db: Database, query: IncidentQuery) -> int:
    with db.reading() as session:
        return count_in(session, query)


def count_in(session: Session, query: IncidentQuery) -> int:
    flt = query.filter
    if flt.text.strip() and flt == IncidentFilter(text=flt.text):
        # Text alone: the full-text index counts without touching the rows.
        matches = search.match_count(session, flt.text)
        if matches is not None and parse_reference(flt.text.strip()) is None:
            return matches
    statement = select(func.count()).select_from(T).where(*conditions(session, flt))
    return int(session.execute(statement).scalar_one())


def page_statement(
    session: Session,
    query: IncidentQuery,
    *,
    after: SortKey | None = None,
    reverse: bool = False,
    skip: int = 0,
    limit: int | None = 100,
    key_only: bool = False,
    text_by_order: bool = False,
) -> Select[Any]:
    """The SELECT for one page. `reverse` reads the order backwards (from the end)."""
    keys = (*sort_columns(query.sort.column), T.c.id)
    descending = query.sort.descending != reverse
    where = conditions(session, query.filter, text_by_order=text_by_order)
    if after is not None:
        position = tuple_(*keys)
        # Typed parameters, so that a datetime key is bound as the column stores it.
        bound = tuple_(
            *(bindparam(None, v, type_=k.type) for k, v in zip(keys, after, strict=True))
        )
        where.append(position < bound if descending else position > bound)
    order = [k.desc() for k in keys] if descending else [k.asc() for k in keys]
    columns = keys if key_only else (*_ROW_COLUMNS, *keys)
    statement = select(*columns).where(*where).order_by(*order).limit(limit)
    return statement.offset(skip) if skip else statement


def fetch_page(
    db: Database,
    query: IncidentQuery,
    start: int,
    limit: int,
    *,
    total: int,
    known: Sequence[tuple[int, SortKey]] = (),
) -> Page:
    """Rows start..start+limit-1. `known` holds (position, key) pairs the caller has seen."""
    start = max(0, min(start, max(total - 1, 0)))
    limit = max(0, min(limit, total - start))
    if limit == 0:
        return Page(start, (), None, None)
    with db.reading() as session:
        lookups = _names(session)
        raw = _fetch(session, query, start, limit, total, known)
        if not raw:
            return Page(start, (), None, None)  # the log shrank since `total` was counted
        rows = tuple(_to_row(r, lookups) for r in raw)
        width = len(sort_columns(query.sort.column)) + 1
        return Page(
            start,
            rows,
            tuple(raw[0][-width:]),
            tuple(raw[-1][-width:]),
        )


def _fetch(
    session: Session,
    query: IncidentQuery,
    start: int,
    limit: int,
    total: int,
    known: Sequence[tuple[int, SortKey]],
) -> list[Any]:
    words = query.filter.text.strip()
    stats = None
    if words and query.filter == IncidentFilter(text=query.filter.text) and total:
        # Text alone: `total` is the match count already (see count_in).
        stats = (total, search.highest_id(session))
    elif words:
        stats = search.order_scan_stats(session, words)

    def rows(reverse: bool = False, skip: int = 0, **options: Any) -> list[Any]:
        statement = page_statement(
            session,
            query,
            reverse=reverse,
            skip=skip,
            limit=limit,
            text_by_order=search.order_scan_pays(stats, skip + limit),
            **options,
        )
        found = list(session.execute(statement).all())
        return found[::-1] if reverse else found

    # 1. Continue from a known key nearby, forwards or backwards.
    best = min(known, key=lambda pk: abs(pk[0] - start), default=None)
    if best is not None:
        position, key = best
        if 0 < start - position <= NEAR:
            return rows(after=key, skip=start - position - 1)
        end = start + limit - 1
        if 0 < position - end <= NEAR:
            return rows(reverse=True, after=key, skip=position - end - 1)
    # 2. Near the start or the end: read from that end.
    if start <= NEAR:
        return rows(skip=start)
    from_end = total - (start + limit)
    if from_end <= NEAR:
        return rows(reverse=True, skip=max(from_end, 0))
    # 3. Far from anything known: seek the key just before `start` on keys
    #    alone (the index answers without reading rows), then page by keyset.
    seek_from_start = start - 1 < total - start
    skip = start - 1 if seek_from_start else total - start
    statement = page_statement(
        session,
        query,
        reverse=not seek_from_start,
        skip=skip,
        limit=1,
        key_only=True,
        text_by_order=search.order_scan_pays(stats, skip + 1),
    )
    found = session.execute(statement).first()
    if found is None:
        return []  # rows were deleted since the count; the caller counts again
    return rows(after=tuple(found))


def iterate(db: Database, query: IncidentQuery, *, batch: int = 2_000) -> Iterator[IncidentRow]:
    """Every matching row in order, read in keyset batches (for export)."""
    key: SortKey | None = None
    width = len(sort_columns(query.sort.column)) + 1
    with db.reading() as session:
        words = query.filter.text.strip()
        stats = search.order_scan_stats(session, words) if words else None
    by_order = search.order_scan_pays(stats, batch)
    while True:
        with db.reading() as session:
            lookups = _names(session)
            statement = page_statement(
                session, query, after=key, limit=batch, text_by_order=by_order
            )
            raw = session.execute(statement).all()
        for r in raw:
            yield _to_row(r, lookups)
        if len(raw) < batch:
            return
        key = tuple(raw[-1][-width:])


def ids(db: Database, query: IncidentQuery) -> list[int]:
    """The ids of every matching incident in order (for exports of what is shown)."""
    with db.reading() as session:
        statement = page_statement(session, query, limit=None).with_only_columns(T.c.id)
        return list(session.execute(statement).scalars())


_Names = tuple[dict[int, str], dict[int, str]]


def _names(session: Session) -> _Names:
    categories = {k: v for k, v in session.execute(select(CATEGORY.c.id, CATEGORY.c.code))}
    districts = {k: v for k, v in session.execute(select(DISTRICT.c.id, DISTRICT.c.name))}
    return categories, districts


def _to_row(r: Any, names: _Names) -> IncidentRow:
    categories, districts = names
    return IncidentRow(
        id=r.id,
        reference=format_reference(r.ref_year, r.ref_seq),
        occurred_at=r.occurred_at,
        reported_at=r.reported_at,
        category=categories.get(r.category_id, ""),
        area=r.area,
        severity=r.severity,
        status=r.status,
        district=districts.get(r.district_id, "") if r.district_id else "",
        place=r.place,
        summary=r.summary,
        verified=bool(r.verified),
        secret=bool(r.secret),
    )
