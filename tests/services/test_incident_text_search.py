"""Free-text search: Swedish letters, prefixes, hostile input, reference numbers, in step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import incident_query, incidents
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage import search
from app.storage.database import Database
from tests.services.support import draft, find, fts_integrity


@pytest.fixture
def three(db: Database, fixed_clock: datetime) -> dict[str, int]:
    a = incidents.create(
        db, draft(summary="Klotter på Åsa skola", place="Örby torg", description="")
    )
    b = incidents.create(
        db,
        draft(
            summary="Bilbrand vid Asa gård",
            place="Alby centrum",
            description="Räddningstjänsten släckte BILBRANDEN; ÖVERGIVEN bil.",
        ),
    )
    c = incidents.create(
        db, draft(summary="Stenkastning", place="Tumba station", description="Ängen vid ån")
    )
    return {"åsa": a.id, "asa": b.id, "other": c.id}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("åsa", {"åsa"}),
        ("ÅSA", {"åsa"}),
        ("Åsa", {"åsa"}),
        ("örby", {"åsa"}),
        ("Örby", {"åsa"}),
        ("ÖRBY", {"åsa"}),
        ("asa", {"asa"}),  # å is not a
        ("ASA", {"asa"}),
        ("orby", set()),  # ö is not o
        ("ängen", {"other"}),
        ("ÄNGEN", {"other"}),
        ("angen", set()),
        ("ån", {"other"}),
        ("bilbr", {"asa"}),  # prefix
        ("bilbrand", {"asa"}),
        ("BILBRANDEN", {"asa"}),
        ("övergiven", {"asa"}),
        ("ÖVERG", {"asa"}),
        ("klotter örby", {"åsa"}),  # every word must occur, in any column
        ("klotter alby", set()),
        ("torg", {"åsa"}),
        ("t", {"åsa", "other"}),  # torg, Tumba
        ("ränd", set()),  # only word starts match
    ],
)
def test_text_search(db: Database, three: dict[str, int], words: str, expected: set[str]) -> None:
    assert find(db, words) == {three[name] for name in expected}


@pytest.mark.parametrize(
    "words",
    [
        '"',
        '""',
        "'",
        "*",
        "**",
        "bil*",
        '"bil',
        "OR",
        "bil OR klotter",
        "AND",
        "NOT",
        "NOT bil",
        "NEAR(",
        "NEAR(bil klotter, 2)",
        "-",
        "-bil",
        ":",
        "summary:bil",
        "place : torg",
        "^bil",
        "(",
        ")",
        "{summary place}: bil",
        "+",
        "\\",
        "%",
        "_",
        "bil_",
        "'; DROP TABLE incident; --",
        "\u200f",
        "🔥",
        "\u0301",
        "a\u0301",
    ],
)
def test_fts_syntax_in_the_query_never_raises(
    db: Database, three: dict[str, int], words: str
) -> None:
    found = find(db, words)
    assert found <= set(three.values())
    assert incident_query.count(db, IncidentQuery()) == 3


def test_operators_are_plain_words(db: Database, three: dict[str, int]) -> None:
    assert find(db, "bil OR klotter") == set()  # OR is a word that must occur
    assert find(db, "summary:bil") == set()  # "summary" is not in the text
    assert find(db, "-bil") == {three["asa"]}
    assert find(db, '"bilbrand"') == {three["asa"]}
    assert find(db, "bil*") == {three["asa"]}


def test_text_without_words_finds_nothing(db: Database, three: dict[str, int]) -> None:
    for words in ("*", "-", '"', "()", "🔥"):
        assert find(db, words) == set()
    assert find(db, "   ") == set(three.values())  # blank is no filter


def test_a_reference_number_finds_exactly_that_incident(
    db: Database, fixed_clock: datetime
) -> None:
    made = [incidents.create(db, draft(summary=f"Händelse {n} år 2026")) for n in range(1, 6)]
    assert find(db, "2026-0003") == {made[2].id}
    assert find(db, " 2026-0003 ") == {made[2].id}
    assert find(db, "2026-0099") == set()
    assert find(db, "2025-0003") == set()


def test_a_reference_like_text_with_unusual_digits_never_raises(
    db: Database, three: dict[str, int]
) -> None:
    assert find(db, "²⁰²⁶-1") == set()


def test_search_follows_updates(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(
        db, draft(summary="Bilbrand vid Fittja", place="Fittja torg", description="Släckt")
    )
    assert find(db, "bilbrand") == {created.id}
    incidents.update(
        db,
        created.id,
        replace(
            created.draft(),
            summary="Klotter vid Tumba",
            place="Tumba station",
            description="Sanerat",
        ),
    )
    assert find(db, "bilbrand") == set()
    assert find(db, "fittja") == set()
    assert find(db, "släckt") == set()
    assert find(db, "klotter") == {created.id}
    assert find(db, "tumba station") == {created.id}
    assert find(db, "sanerat") == {created.id}
    fts_integrity(db)
    incidents.delete(db, created.id)
    assert find(db, "klotter") == set()
    assert find(db, "tumba") == set()
    fts_integrity(db)


def test_a_refused_update_leaves_the_index_alone(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft(summary="Bilbrand"))
    with pytest.raises(Exception):  # noqa: B017 - any refusal
        incidents.update(db, created.id, replace(created.draft(), summary="Nytt", severity=0))
    assert find(db, "bilbrand") == {created.id}
    assert find(db, "nytt") == set()
    fts_integrity(db)


def test_a_rolled_back_create_leaves_no_trace_in_the_index(
    db: Database, fixed_clock: datetime
) -> None:
    with pytest.raises(Exception):  # noqa: B017
        incidents.create(db, draft(summary="Spöke", related=("2026-0077",)))
    assert find(db, "spöke") == set()
    fts_integrity(db)


def test_decomposed_swedish_letters_are_found(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft(summary="Skadegörelse i Va\u030arsta"))
    assert find(db, "Vårsta") == {created.id}


def test_match_expression_quotes_every_word() -> None:
    assert search.match_expression("bil brand") == '"bil"* "brand"*'
    assert search.match_expression('x"y') == '"x"* "y"*'
    assert search.match_expression("OR NEAR") == '"OR"* "NEAR"*'
    assert search.match_expression(" * - : ") is None


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    words=st.text(max_size=40)
    | st.lists(
        st.sampled_from(
            [
                '"',
                "*",
                "OR",
                "AND",
                "NOT",
                "NEAR(",
                ")",
                "-",
                ":",
                "^",
                "bil",
                "Åsa",
                "2026-0001",
                " ",
                "\u200f",
                "\u0301",
                "{",
                "}",
                "+",
                "'",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_any_search_text_is_safe(db: Database, fixed_clock: datetime, words: str) -> None:
    if incident_query.count(db, IncidentQuery()) == 0:
        incidents.create(db, draft(summary="Bilbrand vid Åsa skola"))
    query = IncidentQuery(IncidentFilter(text=words))
    number = incident_query.count(db, query)
    assert 0 <= number <= incident_query.count(db, IncidentQuery())
    assert len(list(incident_query.iterate(db, query))) == number
