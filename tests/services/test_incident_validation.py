"""incidents.create refuses bad drafts with a ValidationError naming every bad field."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.errors import ValidationError
from app.services import incident_query, incidents
from app.services.incident_types import IncidentQuery
from app.storage.database import Database
from tests.services.support import LOCAL_NOW_NAIVE, POLICE, draft


def refused(db: Database, **changes: Any) -> dict[str, str]:
    """The errors of a refused draft; also checks that nothing was written."""
    before = incident_query.count(db, IncidentQuery())
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft(**changes))
    assert incident_query.count(db, IncidentQuery()) == before
    errors = caught.value.errors
    assert errors and all(isinstance(m, str) and m for m in errors.values())
    return errors


def test_a_valid_draft_is_accepted(db: Database, fixed_clock: datetime) -> None:
    assert incidents.create(db, draft()).id > 0


@pytest.mark.parametrize("summary", ["", "   ", "\t"])
def test_summary_is_required(db: Database, fixed_clock: datetime, summary: str) -> None:
    assert set(refused(db, summary=summary)) == {"summary"}


def test_category_is_required(db: Database, fixed_clock: datetime) -> None:
    assert set(refused(db, category="")) == {"category"}


def test_an_unknown_category_is_named(db: Database, fixed_clock: datetime) -> None:
    errors = refused(db, category="ARSON")
    assert set(errors) == {"category"}
    assert "ARSON" in errors["category"]


def test_a_category_code_is_exact(db: Database, fixed_clock: datetime) -> None:
    assert set(refused(db, category="fire")) == {"category"}


def test_an_unknown_district_is_named(db: Database, fixed_clock: datetime) -> None:
    errors = refused(db, district="Södertälje")
    assert set(errors) == {"district"}
    assert "Södertälje" in errors["district"]


def test_no_district_is_allowed(db: Database, fixed_clock: datetime) -> None:
    assert incidents.create(db, draft(district=None)).district is None


def test_unknown_agencies_are_named(db: Database, fixed_clock: datetime) -> None:
    errors = refused(db, source_agency="Okänd myndighet", agencies_involved=(POLICE, "Ingen"))
    assert set(errors) == {"source_agency", "agencies_involved"}
    assert "Okänd myndighet" in errors["source_agency"]
    assert "Ingen" in errors["agencies_involved"]
    assert POLICE not in errors["agencies_involved"]


@pytest.mark.parametrize("severity", [0, 5, -1, True, False, "2", None, 2.5])
def test_severity_outside_1_to_4_is_refused(
    db: Database, fixed_clock: datetime, severity: Any
) -> None:
    assert set(refused(db, severity=severity)) == {"severity"}


@pytest.mark.parametrize("severity", [1, 2, 3, 4])
def test_severity_1_to_4_is_accepted(db: Database, fixed_clock: datetime, severity: int) -> None:
    assert incidents.create(db, draft(severity=severity)).severity == severity


@pytest.mark.parametrize(
    ("name", "value"),
    [("area", "health"), ("status", "done"), ("source_reliability", "certain")],
)
def test_vocabulary_values_are_checked(
    db: Database, fixed_clock: datetime, name: str, value: str
) -> None:
    assert set(refused(db, **{name: value})) == {name}


def test_area_defaults_to_the_categorys_area(db: Database, fixed_clock: datetime) -> None:
    assert incidents.create(db, draft(category="INFOSEC")).area == "infosec"
    assert incidents.create(db, draft(category="SHOOT")).area == "security"
    assert incidents.create(db, draft(category="SHOOT", area="insurance")).area == "insurance"


# --- times ------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["occurred_at", "reported_at", "occurred_until"])
def test_a_time_beyond_ten_minutes_ahead_is_refused(
    db: Database, fixed_clock: datetime, field: str
) -> None:
    ahead = fixed_clock + timedelta(minutes=10, seconds=1)
    changes: dict[str, Any] = {field: ahead}
    if field != "occurred_at":
        changes["occurred_at"] = fixed_clock
    assert set(refused(db, **changes)) == {field}


def test_a_naive_local_time_beyond_ten_minutes_ahead_is_refused(
    db: Database, fixed_clock: datetime
) -> None:
    # 14:11 in Stockholm is 13:11 UTC: eleven minutes after the clock.
    assert set(refused(db, occurred_at=LOCAL_NOW_NAIVE + timedelta(minutes=11))) == {"occurred_at"}


@pytest.mark.parametrize("ahead", [timedelta(0), timedelta(minutes=9), timedelta(minutes=10)])
def test_a_time_within_the_tolerance_is_accepted(
    db: Database, fixed_clock: datetime, ahead: timedelta
) -> None:
    created = incidents.create(db, draft(occurred_at=fixed_clock + ahead))
    assert created.occurred_at == fixed_clock + ahead
    local = incidents.create(db, draft(occurred_at=LOCAL_NOW_NAIVE + ahead))
    assert local.occurred_at == fixed_clock + ahead


def test_reported_before_occurred_is_refused(db: Database, fixed_clock: datetime) -> None:
    errors = refused(
        db, occurred_at=datetime(2026, 11, 20, 22, 0), reported_at=datetime(2026, 11, 20, 21, 59)
    )
    assert set(errors) == {"reported_at"}


def test_reported_at_the_moment_it_occurred_is_accepted(
    db: Database, fixed_clock: datetime
) -> None:
    moment = datetime(2026, 11, 20, 22, 0)
    created = incidents.create(db, draft(occurred_at=moment, reported_at=moment))
    assert created.reported_at == created.occurred_at


def test_occurred_until_before_occurred_is_refused(db: Database, fixed_clock: datetime) -> None:
    errors = refused(
        db,
        occurred_at=datetime(2026, 11, 20, 22, 0),
        occurred_until=datetime(2026, 11, 20, 21, 0),
    )
    assert set(errors) == {"occurred_until"}


def test_a_time_before_1900_is_refused(db: Database, fixed_clock: datetime) -> None:
    assert set(refused(db, occurred_at=datetime(1899, 12, 31, 12, 0))) == {"occurred_at"}


def test_occurred_at_is_required(db: Database, fixed_clock: datetime) -> None:
    assert "occurred_at" in refused(db, occurred_at=None)


def test_a_time_that_is_not_a_datetime_is_refused(db: Database, fixed_clock: datetime) -> None:
    assert set(refused(db, occurred_at="2026-11-26 12:00")) == {"occurred_at"}


def test_a_missing_reported_time_becomes_the_time_of_entry(
    db: Database, fixed_clock: datetime
) -> None:
    created = incidents.create(db, draft(reported_at=None))
    assert created.reported_at == fixed_clock
    assert created.entered_at == fixed_clock


# --- text ---------------------------------------------------------------------------------


def test_a_summary_of_200_characters_is_accepted_201_refused(
    db: Database, fixed_clock: datetime
) -> None:
    assert incidents.create(db, draft(summary="å" * 200)).summary == "å" * 200
    errors = refused(db, summary="å" * 201)
    assert set(errors) == {"summary"}
    assert "201" in errors["summary"]


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("place", 200),
        ("description", 10_000),
        ("damage", 2_000),
        ("action_taken", 10_000),
        ("police_ref", 60),
        ("rescue_ref", 60),
        ("external_ref", 200),
        ("external_url", 500),
        ("insurance_claim_ref", 60),
    ],
)
def test_each_text_has_a_length_limit(
    db: Database, fixed_clock: datetime, field: str, limit: int
) -> None:
    assert getattr(incidents.create(db, draft(**{field: "x" * limit})), field) == "x" * limit
    assert set(refused(db, **{field: "x" * (limit + 1)})) == {field}


@pytest.mark.parametrize("field", ["summary", "place", "description", "damage", "police_ref"])
def test_nul_is_refused(db: Database, fixed_clock: datetime, field: str) -> None:
    errors = refused(db, **{field: "före\x00efter"})
    assert set(errors) == {field}
    assert "NUL" in errors[field]


@pytest.mark.parametrize("field", ["summary", "place", "description", "action_taken"])
@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "a\udc80b"])
def test_a_lone_surrogate_is_refused(
    db: Database, fixed_clock: datetime, field: str, surrogate: str
) -> None:
    assert set(refused(db, **{field: surrogate})) == {field}


@pytest.mark.parametrize("control", ["\x01", "\x1b", "\x7f", "\x9b", "\x0b", "\x0c"])
def test_invisible_control_characters_are_refused(
    db: Database, fixed_clock: datetime, control: str
) -> None:
    assert set(refused(db, description=f"a{control}b")) == {"description"}


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85"])
@pytest.mark.parametrize("field", ["summary", "place", "police_ref"])
def test_a_line_break_in_a_single_line_field_is_refused(
    db: Database, fixed_clock: datetime, line_break: str, field: str
) -> None:
    assert set(refused(db, **{field: f"rad ett{line_break}rad två"})) == {field}


@pytest.mark.parametrize("field", ["description", "damage", "action_taken"])
def test_line_breaks_in_multi_line_fields_are_kept_exactly(
    db: Database, fixed_clock: datetime, field: str
) -> None:
    value = "Första raden\nandra raden\r\ntredje\r\n\n\tindragen\u2028slut\r"
    created = incidents.create(db, draft(**{field: value}))
    assert getattr(incidents.get(db, created.id), field) == value


def test_text_is_stored_exactly_as_given(db: Database, fixed_clock: datetime) -> None:
    summary = "  «Bråk» vid 'Fittja torg' — \"igen\" 🚒 \u200fعربى\u200f  "
    created = incidents.create(db, draft(summary=summary, place=" Fittja torg "))
    again = incidents.get(db, created.id)
    assert again.summary == summary
    assert again.place == " Fittja torg "


@pytest.mark.parametrize("field", ["summary", "description", "place"])
def test_text_that_is_not_a_string_is_refused(
    db: Database, fixed_clock: datetime, field: str
) -> None:
    assert set(refused(db, **{field: 42})) == {field}


# --- numbers ------------------------------------------------------------------------------


def test_latitude_without_longitude_is_refused(db: Database, fixed_clock: datetime) -> None:
    errors = refused(db, latitude=59.24)
    assert set(errors) & {"latitude", "longitude"}


def test_longitude_without_latitude_is_refused(db: Database, fixed_clock: datetime) -> None:
    errors = refused(db, longitude=17.83)
    assert set(errors) & {"latitude", "longitude"}


def test_coordinates_round_trip(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft(latitude=59.2436, longitude=17.8311))
    again = incidents.get(db, created.id)
    assert (again.latitude, again.longitude) == (59.2436, 17.8311)


@pytest.mark.parametrize(
    ("latitude", "longitude", "bad"),
    [
        (91.0, 17.0, "latitude"),
        (-90.5, 17.0, "latitude"),
        (59.0, 180.5, "longitude"),
        (math.nan, 17.0, "latitude"),
        (59.0, math.inf, "longitude"),
        (True, 17.0, "latitude"),
    ],
)
def test_coordinates_out_of_range_are_refused(
    db: Database, fixed_clock: datetime, latitude: float, longitude: float, bad: str
) -> None:
    assert set(refused(db, latitude=latitude, longitude=longitude)) == {bad}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("injured", -1),
        ("injured", 10_001),
        ("injured", True),
        ("injured", 1.5),
        ("estimated_cost_sek", -1),
        ("estimated_cost_sek", 10**12 + 1),
        ("estimated_cost_sek", 99.5),
        ("estimated_cost_sek", False),
    ],
)
def test_numbers_out_of_range_are_refused(
    db: Database, fixed_clock: datetime, field: str, value: Any
) -> None:
    assert set(refused(db, **{field: value})) == {field}


# --- all at once ---------------------------------------------------------------------------


def test_every_problem_is_reported_at_once(db: Database, fixed_clock: datetime) -> None:
    errors = refused(
        db,
        summary="",
        category="NOPE",
        severity=5,
        district="Atlantis",
        place="rad\nbrytning",
        description="nul\x00",
        occurred_at=datetime(2030, 1, 1, tzinfo=UTC),
        latitude=59.0,
        source_agency="Ingen",
        status="klar",
        injured=-3,
    )
    assert {
        "summary",
        "category",
        "severity",
        "district",
        "place",
        "description",
        "occurred_at",
        "source_agency",
        "status",
        "injured",
    } <= set(errors)
    assert set(errors) & {"latitude", "longitude"}


def test_link_problems_are_reported_with_the_other_problems(
    db: Database, fixed_clock: datetime
) -> None:
    errors = refused(db, summary="", duplicate_of="2026-0999", related=("2026-0998",))
    assert {"summary", "duplicate_of", "related"} <= set(errors)


def test_the_error_message_names_each_field(db: Database, fixed_clock: datetime) -> None:
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft(summary="", severity=9))
    assert "summary" in str(caught.value)
    assert "severity" in str(caught.value)
