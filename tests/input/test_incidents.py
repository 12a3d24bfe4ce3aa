"""Incidents: every text field and every time, stored and read back exactly or refused.

Normalisation: none for text (incident text is stored exactly as given, \\r\\n
included). Times come back as aware UTC, to the whole second. A naive time is
Stockholm local time; one in the hour skipped in spring (02:00-02:59 on the
last Sunday of March) is read with the offset before the change (PEP 495,
fold=0), so 02:30 is stored as 01:30 UTC and shows as 03:30 CEST; the
repeated autumn hour is the first (CEST) 02:30 unless fold=1 says the second.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import LOCAL_TZ, to_utc
from app.domain.tables import INCIDENT, INCIDENT_AGENCY
from app.errors import ValidationError
from app.services import incidents
from app.services.incident_validation import TEXT_LIMITS
from app.storage.database import Database
from tests.input.strategies import (
    BOUNDED,
    EPOCH,
    FEW,
    MISSING_LOCAL,
    REPEATED_LOCAL,
    aware_moments,
    check_refusal,
    count_rows,
    dst_local,
    text_refused,
    texts,
    tried,
)
from tests.services.support import draft

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
MULTILINE = {name for name, (_, multiline) in TEXT_LIMITS.items() if multiline}


@BOUNDED
@given(field=st.sampled_from(sorted(TEXT_LIMITS)), value=texts)
def test_any_text_in_any_field_is_kept_exactly_or_refused_by_name(
    db: Database, fixed_clock: datetime, field: str, value: str
) -> None:
    tried()
    limit, multiline = TEXT_LIMITS[field]
    if field == "summary" and not value.strip():
        value = "x" + value  # the summary is required; its emptiness is tested elsewhere
    before = count_rows(db, INCIDENT, INCIDENT_AGENCY)
    try:
        stored = incidents.create(db, draft(**{field: value}))
    except ValidationError as error:
        assert text_refused(value, limit, multiline=multiline), f"refused {value[:80]!r}"
        check_refusal(error, field)
        assert count_rows(db, INCIDENT, INCIDENT_AGENCY) == before
        return
    assert not text_refused(value, limit, multiline=multiline), f"accepted {value[:80]!r}"
    assert getattr(incidents.get(db, stored.id), field) == value


@BOUNDED
@given(value=texts)
def test_a_refused_update_changes_nothing(db: Database, fixed_clock: datetime, value: str) -> None:
    tried()
    original = incidents.create(db, draft(agencies_involved=("Lokalpolisområde Botkyrka",)))
    changed = replace(original.draft(), description=value, agencies_involved=())
    try:
        incidents.update(db, original.id, changed, expected_version=original.version)
    except ValidationError as error:
        check_refusal(error, "description")
        assert incidents.get(db, original.id) == original
        return
    again = incidents.get(db, original.id)
    assert again.description == value and again.agencies_involved == ()


@BOUNDED
@given(moment=aware_moments)
def test_edge_moments_are_kept_to_the_second_or_refused(
    db: Database, fixed_clock: datetime, moment: datetime
) -> None:
    tried()
    try:
        stored = incidents.create(db, draft(occurred_at=moment, reported_at=moment))
    except ValidationError as error:
        assert moment > NOW + timedelta(minutes=10) or moment < datetime(1900, 1, 1, tzinfo=UTC)
        check_refusal(error, "occurred_at")
        return
    again = incidents.get(db, stored.id)
    assert again.occurred_at == moment and again.reported_at == moment
    assert again.occurred_at.tzinfo is not None


@FEW
@given(local=dst_local)
def test_local_times_around_daylight_saving_follow_the_stated_rule(
    db: Database, fixed_clock: datetime, local: datetime
) -> None:
    tried()
    stored = incidents.create(db, draft(occurred_at=local))
    expected = local.replace(tzinfo=LOCAL_TZ).astimezone(UTC)  # fold as given, 0 by default
    assert incidents.get(db, stored.id).occurred_at == expected == to_utc(local)


def test_the_missing_and_the_repeated_hour_in_figures(db: Database, fixed_clock: datetime) -> None:
    tried(3)
    missing = incidents.create(db, draft(occurred_at=MISSING_LOCAL))
    assert missing.occurred_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert missing.occurred_at.astimezone(LOCAL_TZ).hour == 3  # shows as 03:30 CEST
    first = incidents.create(db, draft(occurred_at=REPEATED_LOCAL))
    second = incidents.create(db, draft(occurred_at=REPEATED_LOCAL.replace(fold=1)))
    assert first.occurred_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert second.occurred_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_the_epoch_and_the_leap_day(db: Database, fixed_clock: datetime) -> None:
    tried(2)
    epoch = incidents.create(db, draft(occurred_at=EPOCH))
    assert incidents.get(db, epoch.id).occurred_at == EPOCH
    leap = datetime(2024, 2, 29, 23, 30)  # local
    stored = incidents.create(db, draft(occurred_at=leap))
    assert (
        incidents.get(db, stored.id).occurred_at.astimezone(LOCAL_TZ).replace(tzinfo=None) == leap
    )


def test_a_moment_just_before_the_epoch_keeps_its_second(
    db: Database, fixed_clock: datetime
) -> None:
    tried()
    moment = datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC)
    stored = incidents.create(db, draft(occurred_at=moment))
    assert incidents.get(db, stored.id).occurred_at == moment.replace(microsecond=0)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
        datetime(1900, 1, 2, 0, 0, 0, 999_999, tzinfo=UTC),
        datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        datetime(2026, 3, 29, 0, 59, 59, 999_999, tzinfo=UTC),
    ],
)
def test_a_moment_is_stored_rounded_down_to_its_second(
    db: Database, fixed_clock: datetime, moment: datetime
) -> None:
    """Both ways: the second stored is the one the moment falls in, and it reads back."""
    tried()
    stored = incidents.create(db, draft(occurred_at=moment))
    assert incidents.get(db, stored.id).occurred_at == moment.replace(microsecond=0)
