"""Hand-made Situation values, so the renderers are tested without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.domain.vocabulary import CaseStatus
from app.services.meeting_types import Action, ActionStatus
from app.services.situation_types import (
    Change,
    Count,
    KeyPoint,
    Line,
    Matrix,
    NotableIncident,
    Period,
    Situation,
    TaskForceFigures,
    WeeklySeries,
)

PERIOD = Period(date(2026, 10, 29), date(2026, 11, 25))
CATEGORIES = (
    ("VAND", "Skadegörelse / klotter", "Vandalism and graffiti"),
    ("FIRE", "Fordonsbrand / anlagd brand", "Vehicle fire or arson"),
    ("DIST", "Ordningsstörning / gruppering", "Social disturbance"),
    ("OTHER", "Övrigt", "Other"),
)
DISTRICTS = ("Alby", "Fittja", "Hallunda", "Tumba")
# values[category][week]: four weeks of the period
WEEKLY = ((12, 9, 15, 11), (3, 6, 2, 4), (5, 0, 7, 3), (1, 2, 0, 2))
# cells[district][category]
CELLS = ((10, 6, 8, 1), (14, 4, 3, 2), (9, 3, 2, 1), (14, 2, 2, 1))


def line(
    key: str,
    sv: str,
    en: str,
    current: int,
    previous: int,
    year_ago: int,
    **narrow: tuple[str, ...],
) -> Line:
    return Line(key, sv, en, Change(Count(current, PERIOD.filter(**narrow)), previous, year_ago))


def situation(*, notable_summary: str = "Bilbrand vid Fittja torg, två bilar") -> Situation:
    weeks = tuple(
        PERIOD.start - timedelta(days=PERIOD.start.weekday()) + timedelta(weeks=i) for i in range(4)
    )
    categories = tuple(
        line(
            code, sv, en, sum(WEEKLY[i]), sum(WEEKLY[i]) - 3, sum(WEEKLY[i]) + 1, categories=(code,)
        )
        for i, (code, sv, en) in enumerate(CATEGORIES)
    )
    weekly_filters = tuple(
        tuple(
            Period(max(monday, PERIOD.start), min(monday + timedelta(days=6), PERIOD.end)).filter(
                categories=(code,)
            )
            for monday in weeks
        )
        for code, _, _ in CATEGORIES
    )
    districts = tuple(
        line(name, name, name, sum(CELLS[d]), sum(CELLS[d]) + 4, 20, districts=(name,))
        for d, name in enumerate(DISTRICTS)
    )
    cells = tuple(
        tuple(
            Count(CELLS[d][c], PERIOD.filter(districts=(name,), categories=(code,)))
            for c, (code, _, _) in enumerate(CATEGORIES)
        )
        for d, name in enumerate(DISTRICTS)
    )
    total = sum(map(sum, WEEKLY))
    return Situation(
        period=PERIOD,
        previous=PERIOD.previous(),
        year_ago=PERIOD.year_before(),
        total=Change(Count(total, PERIOD.filter()), 98, 120),
        by_area=(
            line("safety", "Trygghet", "Safety", 60, 50, 70, areas=("safety",)),
            line("insurance", "Försäkring", "Insurance", 22, 20, 30, areas=("insurance",)),
        ),
        by_category=categories,
        by_district=districts,
        weekly=WeeklySeries(weeks, categories, WEEKLY, weekly_filters),
        matrix=Matrix(DISTRICTS, categories, cells, frozenset({(1, 0), (3, 0)})),
        notable=(
            NotableIncident(
                7,
                "2026-0412",
                datetime(2026, 11, 2, 21, 30, tzinfo=UTC),
                "Fittja",
                "Fordonsbrand / anlagd brand",
                "Vehicle fire or arson",
                3,
                notable_summary,
                True,
            ),
        ),
        task_forces=(
            TaskForceFigures(
                "SSPF Alby", ((CaseStatus.ACTIVE, 4), (CaseStatus.FOLLOW_UP, 2)), 1, 2, 1
            ),
        ),
        open_actions=(
            action(1, "Se över belysningen vid Alby gård", date(2026, 11, 1), overdue=True),
        ),
        done_actions=(
            action(2, "Rapportera klotter till Trafikverket", date(2026, 11, 10), done=True),
        ),
        key_points=(
            KeyPoint(
                "Fordonsbränderna ökade med 5 jämfört med föregående period.",
                "Vehicle fires rose by 5 against the previous period.",
            ),
        ),
        generated_at=datetime(2026, 11, 26, 13, 0, tzinfo=UTC),
    )


def action(
    number: int, what: str, due: date, *, overdue: bool = False, done: bool = False
) -> Action:
    return Action(
        id=number,
        what=what,
        owner_id=1,
        owner="Johan Åkesson",
        owner_agency="Polisen",
        due=due,
        status=ActionStatus.DONE if done else ActionStatus.OPEN,
        done_on=due if done else None,
        meeting_id=None,
        meeting_title="",
        meeting_starts_at=None,
        version=1,
        overdue=overdue,
    )
