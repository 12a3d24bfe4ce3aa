"""The key points' sentences on hand-built figures whose sentences are known."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import key_points
from app.services.meeting_types import Action, ActionStatus
from app.services.situation_types import Change, Count, Line, Period

PERIOD = Period(date(2026, 10, 1), date(2026, 10, 31))
NB = "\u00a0"
MINUS = "\u2212"


def change(now: int, before: int, year_ago: int = 0, **narrow: tuple[str, ...]) -> Change:
    return Change(Count(now, PERIOD.filter(**narrow)), before, year_ago)


def category(code: str, sv: str, en: str, now: int, before: int) -> Line:
    return Line(code, sv, en, change(now, before, categories=(code,)))


def district(name: str, now: int, before: int) -> Line:
    return Line(name, name, name, change(now, before, districts=(name,)))


def action(overdue: bool, n: int = 1) -> Action:
    return Action(
        id=n,
        what="Ring skolan",
        owner_id=1,
        owner="Åsa Öberg",
        owner_agency="Polisen",
        due=date(2026, 10, 1),
        status=ActionStatus.OPEN,
        done_on=None,
        meeting_id=None,
        meeting_title="",
        meeting_starts_at=None,
        version=1,
        overdue=overdue,
    )


CATEGORIES = (
    category("FIRE", "Brand", "Fire", 1_450, 1_000),
    category("VAND", "Skadegörelse", "Vandalism", 800, 1_000),
    category("SHOOT", "Skottlossning", "Shooting", 4, 2),
)
DISTRICTS = (district("Alby", 24, 10), district("Fittja", 40, 35), district("Tumba", 3, 1))


def test_the_sentences_of_a_busy_period_in_swedish_and_english() -> None:
    points = key_points.compose(
        change(2_254, 2_002, 2_400), CATEGORIES, DISTRICTS, (action(True, 1), action(True, 2))
    )
    assert [p.sv for p in points] == [
        f"Under perioden registrerades 2{NB}254 händelser, 13{NB}% fler än perioden före "
        f"och 6{NB}% färre än samma period förra året.",
        f"Största ökningen jämfört med perioden före: Brand, från 1{NB}000 till 1{NB}450 "
        f"(+45{NB}%).",
        f"Största minskningen jämfört med perioden före: Skadegörelse, från 1{NB}000 till 800 "
        f"({MINUS}20{NB}%).",
        "Ny brännpunkt: Alby med 24 händelser mot 10 perioden före.",
        "2 åtgärdspunkter är försenade.",
    ]
    assert [p.en for p in points] == [
        "2,254 incidents were recorded in the period, 13% more than in the previous period "
        "and 6% fewer than in the same period a year earlier.",
        "Largest increase against the previous period: Fire, from 1,000 to 1,450 (+45%).",
        f"Largest decrease against the previous period: Vandalism, from 1,000 to 800 ({MINUS}20%).",
        "New hotspot: Alby with 24 incidents against 10 in the previous period.",
        "2 action items are overdue.",
    ]
    assert [p.filter for p in points] == [
        PERIOD.filter(),
        PERIOD.filter(categories=("FIRE",)),
        PERIOD.filter(categories=("VAND",)),
        PERIOD.filter(districts=("Alby",)),
        None,
    ]


def test_small_counts_are_said_as_counts_never_as_percentages() -> None:
    points = key_points.compose(
        change(4, 2, 9),
        (category("SHOOT", "Skottlossning", "Shooting", 4, 2),),
        (district("Tumba", 3, 1),),
        (action(False),),
    )
    texts = [p.sv for p in points] + [p.en for p in points]
    assert not any("%" in t for t in texts)
    assert points[0].sv == (
        "Under perioden registrerades 4 händelser, mot 2 perioden före "
        "och mot 9 samma period förra året."
    )
    assert points[1].en == "Largest increase against the previous period: Shooting, from 2 to 4."
    # Tumba tripled, but 3 is too few to call a hotspot: the largest rise instead.
    assert points[2].sv == "Störst ökning bland kommundelarna: Tumba, från 1 till 3."
    assert points[3].en == "No action items are overdue."


def test_a_large_count_against_a_small_one_is_still_said_as_counts() -> None:
    point = key_points.compose(change(50, 0, 200), (), (), ())[0]
    assert point.en == (
        "50 incidents were recorded in the period, against 0 in the previous period "
        "and 75% fewer than in the same period a year earlier."
    )


@pytest.mark.parametrize(
    ("now", "before", "sv", "en"),
    [
        (1, 1, "1 händelse, lika många som", "1 incident was recorded in the period, as many as"),
        (1_000, 1_001, "ungefär lika många som", "about as many as"),
    ],
)
def test_equal_and_nearly_equal_totals(now: int, before: int, sv: str, en: str) -> None:
    point = key_points.compose(change(now, before, before), (), (), ())[0]
    assert sv in point.sv and en in point.en


def test_the_hotspot_is_the_district_that_doubled_most() -> None:
    districts = (district("Alby", 30, 15), district("Fittja", 60, 20), district("Hallunda", 90, 80))
    point = key_points.compose(change(180, 115), (), districts, ())[1]
    assert point.en == "New hotspot: Fittja with 60 incidents against 20 in the previous period."
    assert point.filter == PERIOD.filter(districts=("Fittja",))


def test_without_changes_the_notable_incidents_make_the_third_sentence() -> None:
    notable = Count(1, PERIOD.filter(severities=(3, 4)))
    flat = (category("FIRE", "Brand", "Fire", 5, 5),)
    points = key_points.compose(change(5, 5, 5), flat, (), (action(True),), notable)
    assert [p.sv for p in points] == [
        "Under perioden registrerades 5 händelser, lika många som perioden före "
        "och lika många som samma period förra året.",
        "1 händelse bedömdes som allvarlig (hög eller kritisk).",
        "1 åtgärdspunkt är försenad.",
    ]
    assert points[1].filter == notable.filter


def test_ties_go_to_the_title_first_in_the_alphabet() -> None:
    lines = (
        category("B", "Bilbrand", "Car fire", 30, 20),
        category("A", "Anlagd brand", "Arson", 30, 20),
    )
    point = key_points.compose(change(60, 40), lines, (), ())[1]
    assert "Anlagd brand" in point.sv


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (1_234, f"1{NB}234", "1,234"),
        (1_234_567, f"1{NB}234{NB}567", "1,234,567"),
    ],
)
def test_numbers_in_each_language(value: int, sv: str, en: str) -> None:
    assert key_points.number(value, "sv") == sv
    assert key_points.number(value, "en") == en


def test_percentages_in_each_language() -> None:
    assert key_points.percent(12, "sv") == f"12{NB}%"
    assert key_points.percent(12, "en") == "12%"
    assert key_points.percent(-7, "en", signed=True) == f"{MINUS}7%"
    assert key_points.percent(1_500, "sv", signed=True) == f"+1{NB}500{NB}%"
