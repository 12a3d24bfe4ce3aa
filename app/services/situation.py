"""The situation picture, gathered once into one plain value (`Situation`).

Every figure is a grouped SQL count over `incident_query.conditions` of the
period's own filter, and each Count keeps the filter that lists exactly its
incidents: the incident log, opened on that filter, counts the same number.
All of it is read in one read transaction, so the figures agree with each
other even while colleagues save incidents.

Secret incidents are counted like any other (the incident log counts them
too, and a briefing whose totals left them out would not add up against the
log); only their text is never shown: they are left out of the notable
incidents. Incidents without a district count in the totals, areas and
categories but in no district's row, as no filter can select "no district".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlmodel import Session

from app.clock import now, to_local
from app.domain.vocabulary import AREA_TITLES, Area, Severity
from app.i18n import QT_TRANSLATE_NOOP, translate_in
from app.services import case_statistics, identity_numbers, key_points, meetings
from app.services import situation_queries as queries
from app.services.incident_types import IncidentFilter, format_reference
from app.services.situation_queries import Names, Tally
from app.services.situation_types import (
    Change,
    Count,
    Line,
    Matrix,
    NotableIncident,
    Period,
    Situation,
    WeeklySeries,
)
from app.storage.database import Database

WEEKLY_SERIES = 6  # categories drawn on their own; the rest is one "other" series
EMPHASISED_CELLS = 5  # the highest non-zero cells of the district × category table
NOTABLE_SEVERITIES = (int(Severity.HIGH), int(Severity.CRITICAL))
# Not "Other": that is a category of its own, drawn beside this series.
OTHER_CATEGORIES = QT_TRANSLATE_NOOP("situation", "All other categories")


def gather(db: Database, period: Period, *, notable_limit: int | None = None) -> Situation:
    """Everything the situation page and the briefing show for `period`.

    notable_limit: keep only the latest so many notable incidents (the screen);
    None keeps all of them (the briefing).
    """
    today = to_local(now()).date()
    with db.reading() as session:
        return _gather(session, period, today, notable_limit)


def notable_filter(period: Period) -> IncidentFilter:
    """High and critical incidents of the period, secret ones left out."""
    return IncidentFilter(
        date_from=period.start,
        date_to=period.end,
        severities=NOTABLE_SEVERITIES,
        include_secret=False,
    )


def _gather(session: Session, period: Period, today: date, limit: int | None) -> Situation:
    names = queries.names(session)
    previous, year_ago = period.previous(), period.year_before()
    tallied: dict[Period, Tally] = {}  # a 365-day period's previous one *is* its year ago
    for each in (period, previous, year_ago):
        if each not in tallied:
            tallied[each] = queries.tally(session, each)
    tallies = (tallied[period], tallied[previous], tallied[year_ago])
    total = Change(Count(tallies[0].total, period.filter()), tallies[1].total, tallies[2].total)
    by_category = _by_category(period, tallies, names)
    by_district = _by_district(period, tallies, names)
    notable = _notable(session, period, names, limit)
    notable_count = _notable_count(session, period, notable, limit)
    open_actions = meetings.open_actions_in(session, today=today)
    done = meetings.done_since_in(session, period.start, today=today)
    return Situation(
        period=period,
        previous=previous,
        year_ago=year_ago,
        total=total,
        by_area=_by_area(period, tallies),
        by_category=by_category,
        by_district=by_district,
        weekly=_weekly(session, period, by_category, names),
        matrix=_matrix(period, tallies[0], by_category, by_district, names),
        notable=notable,
        task_forces=case_statistics.task_force_figures(session, period, today=today),
        open_actions=open_actions,
        done_actions=tuple(a for a in done if a.done_on is not None and a.done_on <= period.end),
        key_points=key_points.compose(total, by_category, by_district, open_actions, notable_count),
        generated_at=now(),
        notable_count=notable_count,
    )


# -- breakdowns -----------------------------------------------------------------------


def _by_area(period: Period, tallies: tuple[Tally, Tally, Tally]) -> tuple[Line, ...]:
    known = [a.value for a in Area]
    present = {area for t in tallies for area in t.by_area}
    lines = []
    for area in [a for a in known if a in present] + sorted(present - set(known)):
        en, sv = AREA_TITLES[Area(area)] if area in known else (area, area)
        counts = [t.by_area.get(area, 0) for t in tallies]
        current = Count(counts[0], period.filter(areas=(area,)))
        lines.append(Line(area, sv, en, Change(current, counts[1], counts[2])))
    return tuple(lines)


def _by_category(
    period: Period, tallies: tuple[Tally, Tally, Tally], names: Names
) -> tuple[Line, ...]:
    """Every category with incidents in any of the three periods, the most first."""
    counted = [t.by_category() for t in tallies]
    present = {c for counts in counted for c in counts}
    lines = []
    for category_id in present:
        category = names.categories[category_id]
        values = [counts.get(category_id, 0) for counts in counted]
        current = Count(values[0], period.filter(categories=(category.code,)))
        change = Change(current, values[1], values[2])
        lines.append((category, Line(category.code, category.title_sv, category.title_en, change)))
    lines.sort(
        key=lambda cl: (
            -cl[1].change.current.value,
            -cl[1].change.previous,
            cl[0].sort_order,
            cl[0].id,
        )
    )
    return tuple(line for _, line in lines)


def _by_district(
    period: Period, tallies: tuple[Tally, Tally, Tally], names: Names
) -> tuple[Line, ...]:
    """Every district with incidents in any of the three periods, in the list's order."""
    counted = [t.by_district() for t in tallies]
    present = sorted(
        {d for counts in counted for d in counts}, key=lambda d: (names.districts[d][1], d)
    )
    lines = []
    for district_id in present:
        name = names.districts[district_id][0]
        values = [counts.get(district_id, 0) for counts in counted]
        current = Count(values[0], period.filter(districts=(name,)))
        lines.append(Line(name, name, name, Change(current, values[1], values[2])))
    return tuple(lines)


def _weekly(
    session: Session, period: Period, by_category: tuple[Line, ...], names: Names
) -> WeeklySeries:
    """The largest categories of the period week by week, and the rest as one series.

    A week partly outside the period counts only its days inside, and its
    filter says exactly those days.
    """
    counts = queries.category_weeks(session, period)
    first = period.start - timedelta(days=period.start.weekday())
    weeks = tuple(first + timedelta(weeks=n) for n in range((period.end - first).days // 7 + 1))
    spans = [Period(max(w, period.start), min(w + timedelta(days=6), period.end)) for w in weeks]
    codes = {c.code: c.id for c in names.categories.values()}
    active = [line for line in by_category if line.change.current.value > 0]
    series = list(active[:WEEKLY_SERIES])
    groups: list[tuple[str, ...]] = [(line.key,) for line in series]
    rest = active[WEEKLY_SERIES:]
    if rest:
        series.append(_other_line(period, rest))
        groups.append(tuple(line.key for line in rest))
    values = tuple(
        tuple(sum(counts.get((codes[code], week), 0) for code in group) for week in weeks)
        for group in groups
    )
    filters = tuple(tuple(span.filter(categories=group) for span in spans) for group in groups)
    return WeeklySeries(weeks, tuple(series), values, filters)


def _other_line(period: Period, rest: Iterable[Line]) -> Line:
    lines = list(rest)
    current = Count(
        sum(line.change.current.value for line in lines),
        period.filter(categories=tuple(line.key for line in lines)),
    )
    change = Change(
        current,
        sum(line.change.previous for line in lines),
        sum(line.change.year_ago for line in lines),
    )
    return Line(
        "",
        translate_in("sv", "situation", OTHER_CATEGORIES),
        translate_in("en", "situation", OTHER_CATEGORIES),
        change,
    )


def _matrix(
    period: Period,
    current: Tally,
    by_category: tuple[Line, ...],
    by_district: tuple[Line, ...],
    names: Names,
) -> Matrix:
    """Districts (with incidents in the period) × categories (the same), and the
    highest non-zero cells to emphasise."""
    districts = tuple(line.key for line in by_district if line.change.current.value > 0)
    categories = tuple(line for line in by_category if line.change.current.value > 0)
    district_ids = {name: d for d, (name, _) in names.districts.items()}
    category_ids = {c.code: c.id for c in names.categories.values()}
    cells = tuple(
        tuple(
            Count(
                current.by_category_district.get(
                    (category_ids[category.key], district_ids[district]), 0
                ),
                period.filter(districts=(district,), categories=(category.key,)),
            )
            for category in categories
        )
        for district in districts
    )
    return Matrix(districts, categories, cells, _highest(cells))


def _highest(cells: tuple[tuple[Count, ...], ...]) -> frozenset[tuple[int, int]]:
    """The cells to emphasise: the EMPHASISED_CELLS highest, and every cell tied with
    the last of them, so that equal numbers look equal. When the ties would mark
    more than twice as many, only the cells above the tie are marked."""
    values = sorted((cell.value for row in cells for cell in row if cell.value > 0), reverse=True)
    if not values:
        return frozenset()
    threshold = values[min(EMPHASISED_CELLS, len(values)) - 1]
    at_least = [(d, c) for d, row in enumerate(cells) for c, cell in enumerate(row)
                if cell.value >= threshold]  # fmt: skip
    if len(at_least) > 2 * EMPHASISED_CELLS:
        at_least = [(d, c) for d, c in at_least if cells[d][c].value > threshold]
    return frozenset(at_least)


def _notable_count(
    session: Session, period: Period, notable: tuple[NotableIncident, ...], limit: int | None
) -> Count:
    flt = notable_filter(period)
    if limit is None or len(notable) < limit:
        return Count(len(notable), flt)
    return Count(queries.count(session, flt), flt)


def _notable(
    session: Session, period: Period, names: Names, limit: int | None
) -> tuple[NotableIncident, ...]:
    masked: dict[str, str] = {}  # summaries repeat; mask each text once
    result = []
    for r in queries.notable_rows(session, notable_filter(period), limit):
        category = names.categories[r.category_id]
        summary = masked.get(r.summary)
        if summary is None:
            summary = masked[r.summary] = identity_numbers.mask(r.summary)
        result.append(
            NotableIncident(
                id=r.id,
                reference=format_reference(r.ref_year, r.ref_seq),
                occurred_at=r.occurred_at,
                district=names.districts[r.district_id][0] if r.district_id else "",
                category_sv=category.title_sv,
                category_en=category.title_en,
                severity=r.severity,
                summary=summary,
                verified=bool(r.verified),
            )
        )
    return tuple(result)
