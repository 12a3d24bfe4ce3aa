"""Every filter of incident_query agrees with the same filter applied in Python."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import to_local
from app.demo.botkyrka import AGENCIES, DISTRICTS
from app.services import incident_query
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage import search
from tests.services.conftest import CODES, Dataset
from tests.services.support import matches

AGENCY_NAMES = tuple(name for name, _ in AGENCIES)
WORDS = (
    "bil",
    "BILBRAND",
    "klotter",
    "åsa",
    "ÅSA",
    "örby",
    "östra",
    "centrum",
    "torg",
    "alby",
    "station",
    "personal hot",
    "skola",
    "brand",
    "släck",
    "tumba station",
    "z",
    "å",
    "ä",
)


def check(data: Dataset, flt: IncidentFilter) -> set[int]:
    expected = [i.id for i in data.incidents if matches(i, flt)]
    query = IncidentQuery(flt)
    got = [row.id for row in incident_query.iterate(data.db, query)]
    assert sorted(got) == sorted(expected)
    assert len(got) == len(set(got))
    assert incident_query.count(data.db, query) == len(expected)
    assert incident_query.ids(data.db, query) == got
    return set(got)


def test_the_data_set_is_varied(query_data: Dataset) -> None:
    all_ = query_data.incidents
    assert len(all_) == 490
    assert any(i.secret for i in all_) and not all(i.secret for i in all_)
    assert any(i.district is None for i in all_)
    assert any(len(i.agencies_involved) > 1 for i in all_)


def test_no_filter_finds_everything(query_data: Dataset) -> None:
    assert len(check(query_data, IncidentFilter())) == len(query_data.incidents)


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [
        (date(2026, 3, 29), date(2026, 3, 29)),  # the short day (summer time begins)
        (date(2025, 10, 26), date(2025, 10, 26)),  # the long day
        (date(2026, 1, 1), None),
        (None, date(2025, 12, 31)),
        (date(2026, 3, 28), date(2026, 3, 30)),
        (date(2026, 6, 15), date(2026, 6, 15)),
        (date(2026, 6, 16), date(2026, 6, 14)),  # empty range
        (date(2020, 1, 1), date(2030, 1, 1)),
    ],
)
def test_date_range_is_inclusive_of_local_dates(
    query_data: Dataset, date_from: date | None, date_to: date | None
) -> None:
    check(query_data, IncidentFilter(date_from=date_from, date_to=date_to))


def test_a_single_day_includes_its_first_and_last_second(query_data: Dataset) -> None:
    day = date(2026, 3, 29)
    found = check(query_data, IncidentFilter(date_from=day, date_to=day))
    local = {to_local(query_data.by_id[i].occurred_at).replace(tzinfo=None) for i in found}
    assert datetime(2026, 3, 29, 0, 0, 0) in local
    assert datetime(2026, 3, 29, 23, 59, 59) in local
    assert datetime(2026, 3, 28, 23, 59, 59) not in local
    assert datetime(2026, 3, 30, 0, 0, 0) not in local


@pytest.mark.parametrize(
    "flt",
    [
        IncidentFilter(categories=("FIRE",)),
        IncidentFilter(categories=("FIRE", "VAND", "SHOOT")),
        IncidentFilter(categories=("NOPE",)),
        IncidentFilter(districts=("Alby",)),
        IncidentFilter(districts=("Vårsta", "Grödinge")),
        IncidentFilter(districts=("Atlantis",)),
        IncidentFilter(severities=(4,)),
        IncidentFilter(severities=(1, 3)),
        IncidentFilter(statuses=("new", "ongoing")),
        IncidentFilter(statuses=("closed",)),
        IncidentFilter(areas=("infosec",)),
        IncidentFilter(areas=("insurance", "security")),
        IncidentFilter(agencies=("Södertörns brandförsvarsförbund",)),
        IncidentFilter(agencies=("Utbildningsförvaltningen", "AB Botkyrkabyggen")),
        IncidentFilter(agencies=("Ingen sådan",)),
        IncidentFilter(include_secret=False),
        IncidentFilter(categories=("GANG",), include_secret=False),
        IncidentFilter(
            categories=("FIRE", "VAND"),
            districts=("Tumba", "Alby"),
            severities=(2, 3),
            statuses=("closed",),
        ),
    ],
    ids=lambda f: ",".join(f"{k}={v}" for k, v in vars(f).items() if v not in ((), "", None, True)),
)
def test_each_filter(query_data: Dataset, flt: IncidentFilter) -> None:
    check(query_data, flt)


def test_agencies_match_as_source_or_involved(query_data: Dataset) -> None:
    name = "Utbildningsförvaltningen"
    found = check(query_data, IncidentFilter(agencies=(name,)))
    by_id = query_data.by_id
    assert any(by_id[i].source_agency == name for i in found)
    assert any(by_id[i].source_agency != name and name in by_id[i].agencies_involved for i in found)


def test_include_secret_false_hides_the_secret_ones(query_data: Dataset) -> None:
    shown = check(query_data, IncidentFilter(include_secret=False))
    secret = {i.id for i in query_data.incidents if i.secret}
    assert secret and not shown & secret
    assert len(shown) + len(secret) == len(query_data.incidents)


@pytest.mark.parametrize("words", WORDS)
def test_free_text_words(query_data: Dataset, words: str) -> None:
    check(query_data, IncidentFilter(text=words))


@settings(max_examples=50, deadline=None)
@given(
    text=st.sampled_from(("", *WORDS)),
    date_from=st.none() | st.dates(date(2023, 11, 1), date(2026, 12, 1)),
    span=st.none() | st.integers(0, 400),
    categories=st.lists(st.sampled_from((*CODES, "NOPE")), max_size=3, unique=True),
    districts=st.lists(st.sampled_from((*DISTRICTS, "Atlantis")), max_size=3, unique=True),
    severities=st.lists(st.integers(1, 4), max_size=2, unique=True),
    statuses=st.lists(
        st.sampled_from(("new", "ongoing", "follow_up", "closed")), max_size=2, unique=True
    ),
    areas=st.lists(
        st.sampled_from(("safety", "security", "infosec", "insurance")), max_size=2, unique=True
    ),
    agencies=st.lists(st.sampled_from(AGENCY_NAMES), max_size=2, unique=True),
    include_secret=st.booleans(),
)
def test_any_combination_of_filters(
    query_data: Dataset,
    text: str,
    date_from: date | None,
    span: int | None,
    categories: list[str],
    districts: list[str],
    severities: list[int],
    statuses: list[str],
    areas: list[str],
    agencies: list[str],
    include_secret: bool,
) -> None:
    from datetime import timedelta

    date_to = None if span is None else (date_from or date(2024, 1, 1)) + timedelta(days=span)
    check(
        query_data,
        IncidentFilter(
            text=text,
            date_from=date_from,
            date_to=date_to,
            categories=tuple(categories),
            districts=tuple(districts),
            severities=tuple(severities),
            statuses=tuple(statuses),
            areas=tuple(areas),
            agencies=tuple(agencies),
            include_secret=include_secret,
        ),
    )


@pytest.mark.parametrize("walk", [True, False], ids=["walk-sort-index", "look-up-matches"])
@pytest.mark.parametrize("words", ["klotter", "å", "centrum torg", "bil"])
def test_both_ways_of_running_a_text_search_agree(
    query_data: Dataset, monkeypatch: pytest.MonkeyPatch, walk: bool, words: str
) -> None:
    """The text search either walks the sort order or looks matches up; same answer."""
    monkeypatch.setattr(search, "order_scan_pays", lambda *_: walk)
    check(query_data, IncidentFilter(text=words))
    check(query_data, IncidentFilter(text=words, include_secret=False, severities=(1, 2)))


def test_a_text_only_count_equals_the_rows(query_data: Dataset) -> None:
    for words in WORDS:
        query = IncidentQuery(IncidentFilter(text=words))
        assert incident_query.count(query_data.db, query) == len(
            list(incident_query.iterate(query_data.db, query))
        )
