"""Any text in a free-text field is either stored exactly or refused by name (hypothesis)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services import identity_numbers, incident_query, incidents
from app.services.incident_types import IncidentFilter, IncidentQuery
from app.storage.database import Database
from tests.services.support import draft, find, fts_integrity

FIELDS = {  # name -> (limit, multi-line)
    "summary": (200, False),
    "place": (200, False),
    "description": (10_000, True),
    "damage": (2_000, True),
    "action_taken": (10_000, True),
}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAK = re.compile("[\n\r\u2028\u2029\x85]")

SPECIAL = st.sampled_from(
    [
        "811218-9876",  # a personal identity number: always refused
        "\u200f",  # right-to-left mark
        "\u202e",  # right-to-left override
        "\u200b",  # zero width space
        "\ufeff",  # byte order mark
        "\u0301",  # combining acute
        "a\u030a",  # a + combining ring (å decomposed)
        "🚒",
        "👩🏽‍🚒",  # emoji with skin tone and zero width joiner
        "\U0010fffd",
        "\ufffe",
        '"',
        "'",
        "«»",
        "''",
        "\\",
        "%",
        "_",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\x00",
        "\x1b",
        "\x85",
        "\u2028",
        "\ud83d",  # half of a surrogate pair
        "عربى",
        "שלום",
        "Åsa Örby",
        " ",
    ]
)
TEXTS = (
    st.text()
    | st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30)
    | st.lists(SPECIAL | st.text(max_size=5), max_size=12).map("".join)
    | st.builds(lambda s, n: s * n, SPECIAL | st.text(min_size=1, max_size=3), st.integers(1, 400))
)


def expected_problem(value: str, limit: int, multiline: bool) -> bool:
    if len(value) > limit:
        return True
    if identity_numbers.find(value):  # the detector has its own table of cases
        return True
    if not multiline and _BREAK.search(value):
        return True
    return bool(_CONTROL.search(value.replace("\r", "") if multiline else value))


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(field=st.sampled_from(sorted(FIELDS)), value=TEXTS)
def test_text_is_stored_exactly_or_refused_by_name(
    db: Database, fixed_clock: datetime, field: str, value: str
) -> None:
    limit, multiline = FIELDS[field]
    if field == "summary":
        assume(value.strip() or expected_problem(value, limit, multiline))
    before = incident_query.count(db, IncidentQuery())
    try:
        created = incidents.create(db, draft(**{field: value}))
    except ValidationError as error:
        assert set(error.errors) == {field}
        assert expected_problem(value, limit, multiline), error.errors
        assert incident_query.count(db, IncidentQuery()) == before
        return
    assert not expected_problem(value, limit, multiline)
    assert getattr(created, field) == value
    assert getattr(incidents.get(db, created.id), field) == value
    # Searching for the text itself never fails.
    incident_query.count(db, IncidentQuery(IncidentFilter(text=value)))


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    summary=TEXTS.filter(lambda s: s.strip() and not expected_problem(s, 200, False)),
    description=TEXTS.filter(lambda s: not expected_problem(s, 10_000, True)),
    new_place=TEXTS.filter(lambda s: not expected_problem(s, 200, False)),
)
def test_the_index_stays_in_step_with_any_text(
    db: Database, fixed_clock: datetime, summary: str, description: str, new_place: str
) -> None:
    created = incidents.create(db, draft(summary=summary, description=description))
    changed = incidents.update(db, created.id, replace(created.draft(), place=new_place))
    assert incidents.get(db, created.id) == changed
    fts_integrity(db)
    incidents.delete(db, created.id)
    fts_integrity(db)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéü", min_size=1, max_size=12))
def test_a_stored_word_is_found_in_any_case(db: Database, fixed_clock: datetime, word: str) -> None:
    created = incidents.create(db, draft(summary=f"Händelse: {word}!", place="", description=""))
    try:
        assert created.id in find(db, word)
        assert created.id in find(db, word.upper())
        assert created.id in find(db, word[: max(1, len(word) // 2)].upper())
    finally:
        incidents.delete(db, created.id)
