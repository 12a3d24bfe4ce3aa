"""The gathered situation picture on a demo database: every figure is what the
incident log counts for the filter it carries, and the parts add up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import update

from app.demo.generate import generate
from app.domain.tables import INCIDENT
from app.services import incident_query, incidents, meetings, situation
from app.services.incident_types import Incident, IncidentFilter, IncidentQuery
from app.services.situation_types import Count, Line, Period, Situation
from app.settings import sqlite_url
from app.storage.database import Database, open_database
from tests.services.support import FIXED_NOW, FrozenClock, draft, matches

# Eight weeks up to the day before the fixed clock's today (Thursday 26 November
# 2026). It begins on a Thursday, so its first week is partial, and the last
# Sunday of October (the change to winter time) lies inside it.
PERIOD = Period(date(2026, 10, 1), date(2026, 11, 25))
# A personnummer with a valid check digit, written into a summary behind the
# service's back (as if stored before the detector existed).
IDENTITY_NUMBER = "811218-9876"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[Incident]]]:
    """6,000 demo incidents over three years, one secret critical incident and one
    old summary holding an identity number. Read only."""
    db = open_database(sqlite_url(tmp_path_factory.mktemp("situation") / "s.db"), account="t")
    with FrozenClock(FIXED_NOW):
        generate(db, incidents=6_000, seed=5)
        incidents.create(
            db,
            draft(
                occurred_at=datetime(2026, 10, 15, 12, 0),
                category="SHOOT",
                severity=4,
                summary="Skottlossning, uppgifter under sekretess",
                secret=True,
            ),
        )
        leaky = incidents.create(
            db, draft(occurred_at=datetime(2026, 10, 20, 12, 0), severity=3, summary="Brand")
        )
    with db.writing() as session:
        session.execute(
            update(INCIDENT)
            .where(INCIDENT.c.id == leaky.id)
            .values(summary=f"Brand i förråd, anmälare {IDENTITY_NUMBER}")
        )
    with db.reading() as session:
        everything = incidents.load_many(session, incident_query.ids(db, IncidentQuery()))
    yield db, everything
    db.close()


@pytest.fixture(scope="module")
def gathered(demo: tuple[Database, list[Incident]]) -> Situation:
    with FrozenClock(FIXED_NOW):
        return situation.gather(demo[0], PERIOD)


def logged(db: Database, flt: IncidentFilter) -> int:
    return incident_query.count(db, IncidentQuery(filter=flt))


def every_count(s: Situation) -> list[tuple[str, Count]]:
    counts = [("total", s.total.current)]
    for part in ("by_area", "by_category", "by_district"):
        counts += [(f"{part} {line.key}", line.change.current) for line in getattr(s, part)]
    counts += [
        (f"weekly {line.key or 'other'}", line.change.current) for line in s.weekly.categories
    ]
    for d, row in enumerate(s.matrix.cells):
        counts += [(f"matrix {s.matrix.districts[d]} {c}", cell) for c, cell in enumerate(row)]
    for c, line in enumerate(s.weekly.categories):
        for w, week in enumerate(s.weekly.weeks):
            bar = Count(s.weekly.values[c][w], s.weekly.filters[c][w])
            counts.append((f"week {week} {line.key or 'other'}", bar))
    assert s.notable_count is not None
    counts.append(("notable", s.notable_count))
    return counts


def test_every_count_is_what_the_incident_log_counts_for_its_filter(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    db = demo[0]
    counts = every_count(gathered)
    assert len(counts) > 200
    wrong = [(what, c.value, logged(db, c.filter)) for what, c in counts]
    assert [w for w in wrong if w[1] != w[2]] == []
    assert gathered.total.current.value > 300


def test_previous_and_year_ago_are_the_log_counts_of_the_same_filter_then(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    db = demo[0]
    lines: list[Line] = [*gathered.by_area, *gathered.by_category, *gathered.by_district]
    assert gathered.previous == Period(date(2026, 8, 6), date(2026, 9, 30))
    assert gathered.year_ago == Period(date(2025, 10, 1), date(2025, 11, 25))
    for line in [Line("", "", "", gathered.total), *lines]:
        flt = line.change.current.filter
        then = [
            logged(db, replace(flt, date_from=p.start, date_to=p.end))
            for p in (gathered.previous, gathered.year_ago)
        ]
        assert then == [line.change.previous, line.change.year_ago], line.key


def test_the_counts_agree_with_a_python_reading_of_every_incident(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    everything = demo[1]
    for _, count in every_count(gathered)[:40]:
        assert count.value == sum(1 for i in everything if matches(i, count.filter))


def test_the_parts_add_up_to_the_total(gathered: Situation) -> None:
    total = gathered.total.current.value
    assert sum(line.change.current.value for line in gathered.by_area) == total
    assert sum(line.change.current.value for line in gathered.by_category) == total
    # Every demo incident has a district; the hand-made ones too.
    assert sum(line.change.current.value for line in gathered.by_district) == total
    assert sum(sum(row) for row in gathered.weekly.values) == total
    for d, name in enumerate(gathered.matrix.districts):
        line = next(x for x in gathered.by_district if x.key == name)
        assert sum(cell.value for cell in gathered.matrix.cells[d]) == line.change.current.value


def test_categories_are_listed_the_most_first_with_titles_in_both_languages(
    gathered: Situation,
) -> None:
    values = [line.change.current.value for line in gathered.by_category]
    assert values == sorted(values, reverse=True)
    vandalism = next(line for line in gathered.by_category if line.key == "VAND")
    assert vandalism.title("sv") != vandalism.title("en")
    assert all(line.title_sv and line.title_en for line in gathered.by_category)
    assert gathered.by_area[0].key == "safety"


def test_weeks_are_mondays_covering_the_period_and_partial_weeks_count_their_days_only(
    gathered: Situation,
) -> None:
    weekly = gathered.weekly
    assert weekly.weeks[0] == date(2026, 9, 28) and weekly.weeks[-1] == date(2026, 11, 23)
    assert all(w.weekday() == 0 for w in weekly.weeks) and len(weekly.weeks) == 9
    first, last = weekly.filters[0][0], weekly.filters[0][-1]
    assert (first.date_from, first.date_to) == (date(2026, 10, 1), date(2026, 10, 4))
    assert (last.date_from, last.date_to) == (date(2026, 11, 23), date(2026, 11, 25))
    assert len(weekly.categories) == 7  # six categories and the others
    other = weekly.categories[-1]
    assert other.key == "" and other.title("en") == "All other categories"
    shown = {line.key for line in weekly.categories[:-1]}
    assert (
        set(weekly.filters[-1][3].categories)
        == {line.key for line in gathered.by_category if line.change.current.value} - shown
    )


def test_the_highest_cells_of_the_matrix_are_emphasised(gathered: Situation) -> None:
    matrix = gathered.matrix
    values = sorted((c.value for row in matrix.cells for c in row), reverse=True)
    marked = [matrix.cells[d][c].value for d, c in matrix.emphasised]
    assert len(marked) >= 5
    # Every marked cell is at least the fifth highest, and no unmarked cell beats one.
    assert min(marked) >= values[4]
    unmarked = [
        cell.value
        for d, row in enumerate(matrix.cells)
        for c, cell in enumerate(row)
        if (d, c) not in matrix.emphasised
    ]
    assert max(unmarked) <= min(marked)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([9, 8, 7, 6, 5, 4], {9, 8, 7, 6, 5}),
        ([9, 8, 7, 6, 5, 5, 5, 1], {9, 8, 7, 6, 5}),  # ties with the fifth are marked too
        ([3] * 12 + [4], {4}),  # a tie of twelve would mark everything: only what beats it
        ([0, 0, 2], {2}),
        ([0, 0], set()),
    ],
)
def test_ties_with_the_fifth_cell_look_alike(values: list[int], expected: set[int]) -> None:
    from app.services.incident_types import IncidentFilter
    from app.services.situation import _highest
    from app.services.situation_types import Count

    cells = (tuple(Count(v, IncidentFilter()) for v in values),)
    marked = _highest(cells)
    assert {cells[0][c].value for _, c in marked} == expected
    assert all(cells[0][c].value in expected for _, c in marked)
    assert len(marked) == sum(1 for v in values if v in expected)


def test_notable_incidents_are_high_or_critical_in_time_order_secret_ones_left_out(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    everything = demo[1]
    flt = situation.notable_filter(PERIOD)
    expected = sorted(
        (i for i in everything if matches(i, flt)), key=lambda i: (i.occurred_at, i.id)
    )
    assert [n.id for n in gathered.notable] == [i.id for i in expected]
    assert all(n.severity >= 3 for n in gathered.notable)
    secret = [
        i.id for i in everything if i.secret and i.severity >= 3 and matches(i, PERIOD.filter())
    ]
    assert secret and not set(secret) & {n.id for n in gathered.notable}
    assert gathered.total.current.value == logged(demo[0], PERIOD.filter())  # secret counted


def test_notable_summaries_are_masked_and_carry_category_titles(gathered: Situation) -> None:
    leaky = next(n for n in gathered.notable if n.summary.startswith("Brand i förråd"))
    assert IDENTITY_NUMBER not in leaky.summary
    assert leaky.summary.endswith("XXXXXX-XXXX")
    assert (leaky.category_sv, leaky.category_en) != ("", "")
    assert leaky.district == "Alby" and leaky.reference.startswith("2026-")


def test_a_notable_limit_keeps_the_latest_and_counts_them_all(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    with FrozenClock(FIXED_NOW):
        short = situation.gather(demo[0], PERIOD, notable_limit=10)
    assert short.notable == gathered.notable[-10:]
    assert short.notable_count == gathered.notable_count
    assert gathered.notable_count is not None
    assert gathered.notable_count.value == len(gathered.notable) > 10


def test_actions_open_ones_overdue_first_and_done_ones_within_the_period(
    demo: tuple[Database, list[Incident]], gathered: Situation
) -> None:
    with FrozenClock(FIXED_NOW):
        assert gathered.open_actions == meetings.open_actions(demo[0])
        done = meetings.done_since(demo[0], PERIOD.start)
    assert gathered.open_actions and gathered.open_actions[0].overdue
    assert gathered.done_actions == tuple(
        a for a in done if a.done_on is not None and a.done_on <= PERIOD.end
    )
    assert all(PERIOD.start <= a.done_on <= PERIOD.end for a in gathered.done_actions if a.done_on)


def test_key_points_task_forces_and_the_time_of_gathering(gathered: Situation) -> None:
    assert 3 <= len(gathered.key_points) <= 5
    assert gathered.key_points[0].filter == PERIOD.filter()
    assert gathered.key_points[-1].en.endswith("overdue.")
    assert gathered.task_forces and all(f.name for f in gathered.task_forces)
    assert gathered.generated_at == FIXED_NOW


def test_gather_reads_in_one_transaction(
    demo: tuple[Database, list[Incident]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = demo[0]
    opened: list[str] = []
    reading, writing = db.reading, db.writing

    def counted_reading():  # type: ignore[no-untyped-def]
        opened.append("read")
        return reading()

    def counted_writing():  # type: ignore[no-untyped-def]
        opened.append("write")
        return writing()

    monkeypatch.setattr(db, "reading", counted_reading)
    monkeypatch.setattr(db, "writing", counted_writing)
    with FrozenClock(FIXED_NOW):
        situation.gather(db, PERIOD)
    assert opened == ["read"]


def test_an_empty_log_gives_zeros_and_still_three_key_points(
    db: Database, fixed_clock: datetime
) -> None:
    s = situation.gather(db, PERIOD)
    assert s.total.current.value == 0
    assert s.by_category == () and s.by_district == () and s.by_area == ()
    assert s.weekly.categories == () and len(s.weekly.weeks) == 9
    assert s.matrix.cells == () and s.matrix.emphasised == frozenset()
    assert s.notable == () and s.notable_count == Count(0, situation.notable_filter(PERIOD))
    assert [p.en for p in s.key_points] == [
        "No incidents were recorded in the period, as many as in the previous period and as many"
        " as in the same period a year earlier.",
        "No incident was rated high or critical.",
        "No action items are overdue.",
    ]
