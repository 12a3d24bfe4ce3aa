"""Demo risk dates: the yearly ones every Swedish municipality prepares for, the
coming school holidays, and an announced demonstration a week and a half from
the clock's today. Running it again adds nothing (looked up by title)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from app.clock import now, to_local
from app.domain.tables import RISK_DATE


def ensure_risk_dates_in(session: Session) -> int:
    """Add the demo risk dates that are missing; returns how many were added."""
    have = set(session.execute(select(RISK_DATE.c.title)).scalars())
    rows = [row for row in _demo_rows(to_local(now()).date()) if row["title"] not in have]
    if rows:
        session.execute(insert(RISK_DATE), [{**row, "version": 1} for row in rows])
    return len(rows)


def _demo_rows(today: date) -> list[dict[str, object]]:
    year = today.year
    # The coming school holidays: sportlov in week 8 (Stockholm county), the
    # last school day on the Friday nearest 12 June; next year's once this
    # year's are over.
    sportlov = date.fromisocalendar(year, 8, 1)
    if sportlov + timedelta(days=6) < today:
        sportlov = date.fromisocalendar(year + 1, 8, 1)
    school_end = _friday_nearest(date(year, 6, 12))
    if school_end < today:
        school_end = _friday_nearest(date(year + 1, 6, 12))
    demonstration = today + timedelta(days=10)
    return [
        _row(
            "Valborgsmässoafton",
            date(year, 4, 30),
            notes="Brasor och fester; erfarenhetsmässigt bränder och ordningsstörningar.",
            yearly=True,
        ),
        _row("Halloween", date(year, 10, 31), notes="Fyrverkerier och skadegörelse.", yearly=True),
        _row(
            "Nyårsafton",
            date(year, 12, 31),
            ends_on=date(year + 1, 1, 1),
            notes="Fyrverkerier, bilbränder; gemensam ledningsplats.",
            yearly=True,
        ),
        _row(
            f"Sportlov {sportlov.year}",
            sportlov,
            ends_on=sportlov + timedelta(days=6),
            notes="Fritidsgårdarna håller kvällsöppet.",
        ),
        _row(
            f"Skolavslutning {school_end.year}",
            school_end,
            notes="Samordnad vuxennärvaro vid skolorna på kvällen.",
        ),
        _row(
            "Anmäld demonstration, Tumba torg",
            demonstration,
            notes="Tillstånd från polisen; omkring 200 deltagare väntas.",
        ),
    ]


def _row(
    title: str,
    starts_on: date,
    *,
    ends_on: date | None = None,
    notes: str = "",
    yearly: bool = False,
) -> dict[str, object]:
    return {
        "title": title,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "notes": notes,
        "recurring_yearly": yearly,
    }


def _friday_nearest(day: date) -> date:
    return day + timedelta(days=((4 - day.weekday() + 3) % 7) - 3)
