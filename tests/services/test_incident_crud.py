"""Create, get, update and delete incidents; links between incidents; who and when."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app import clock
from app.errors import Conflict, NotFound, ValidationError
from app.services import incident_query, incidents
from app.services.incident_types import Incident, IncidentDraft, IncidentQuery
from app.storage.database import Database
from tests.services.support import HOUSING, OWN, POLICE, RESCUE, SCHOOL, draft, open_extra


def full_draft() -> IncidentDraft:
    return IncidentDraft(
        occurred_at=datetime(2026, 7, 4, 23, 15),  # local summer time: 21:15 UTC
        occurred_until=datetime(2026, 7, 5, 1, 40),
        reported_at=datetime(2026, 7, 5, 8, 5),
        category="VIOL",
        area="security",
        severity=3,
        status="ongoing",
        district="Fittja",
        place="Fittja torg",
        latitude=59.2474,
        longitude=17.8609,
        summary="Hot mot personal på Fittja torg",
        description="Personal hotades.\nVäktare tillkallades.",
        source_agency=POLICE,
        source_reliability="high",
        verified=True,
        agencies_involved=(SCHOOL, POLICE, HOUSING),
        police_ref="5000-K123456-26",
        rescue_ref="SBFF-2026-00042",
        external_ref="EST vecka 27",
        external_url="https://example.invalid/est/27",
        injured=2,
        damage="Krossad ruta",
        estimated_cost_sek=12_500,
        insurance_claim_ref="FS-2026-00017",
        action_taken="Stödsamtal erbjudet",
        secret=True,
    )


def test_create_then_get_returns_the_same_values(db: Database, fixed_clock: datetime) -> None:
    source = full_draft()
    created = incidents.create(db, source)
    again = incidents.get(db, created.id)
    assert again == created
    expected = replace(
        source,
        occurred_at=datetime(2026, 7, 4, 21, 15, tzinfo=UTC),
        occurred_until=datetime(2026, 7, 4, 23, 40, tzinfo=UTC),
        reported_at=datetime(2026, 7, 5, 6, 5, tzinfo=UTC),
        agencies_involved=tuple(sorted(source.agencies_involved)),
    )
    assert again.draft() == expected
    assert again.reference == "2026-0001"
    assert again.version == 1
    assert again.entered_at == fixed_clock
    assert again.entered_by == "tester"
    assert again.updated_at is None
    assert again.updated_by == ""


def test_get_by_reference(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft())
    assert incidents.get_by_reference(db, "2026-0001") == created
    assert incidents.get_by_reference(db, " 2026-0001 ") == created
    assert incidents.get_by_reference(db, "2026-1") == created
    for unknown in ("2026-0002", "2025-0001", "", "nonsens", "2026", "-0001", "20260001"):
        with pytest.raises(NotFound):
            incidents.get_by_reference(db, unknown)


@pytest.mark.parametrize(
    ("given", "utc"),
    [
        # Naive: local Swedish time, winter (+01:00) and summer (+02:00).
        (datetime(2026, 1, 15, 12, 0), datetime(2026, 1, 15, 11, 0, tzinfo=UTC)),
        (datetime(2026, 7, 15, 12, 0), datetime(2026, 7, 15, 10, 0, tzinfo=UTC)),
        # Around the change to summer time (29 March 2026, 02:00 -> 03:00).
        (datetime(2026, 3, 29, 1, 59), datetime(2026, 3, 29, 0, 59, tzinfo=UTC)),
        (datetime(2026, 3, 29, 3, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        # Aware times convert whatever their zone.
        (datetime(2026, 5, 1, 12, 0, tzinfo=UTC), datetime(2026, 5, 1, 12, 0, tzinfo=UTC)),
        (
            datetime(2026, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2026, 5, 1, 17, 0, tzinfo=UTC),
        ),
        (
            datetime(2026, 5, 1, 12, 0, tzinfo=clock.LOCAL_TZ),
            datetime(2026, 5, 1, 10, 0, tzinfo=UTC),
        ),
    ],
)
def test_times_are_returned_as_aware_utc(
    db: Database, fixed_clock: datetime, given: datetime, utc: datetime
) -> None:
    created = incidents.create(db, draft(occurred_at=given, reported_at=given))
    again = incidents.get(db, created.id)
    for value in (again.occurred_at, again.reported_at, again.entered_at):
        assert value is not None
        assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
    assert again.occurred_at == utc
    assert again.reported_at == utc


def test_times_keep_whole_seconds(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft(occurred_at=datetime(2026, 11, 1, 8, 7, 6)))
    assert incidents.get(db, created.id).occurred_at == datetime(2026, 11, 1, 7, 7, 6, tzinfo=UTC)


def test_update_bumps_the_version_and_records_who_and_when(
    db: Database, fixed_clock: datetime, tmp_path: Path
) -> None:
    created = incidents.create(db, draft())
    clock.set_clock(lambda: fixed_clock + timedelta(hours=2))
    other = open_extra(Path(db.engine.url.database or ""), account="kollega")
    try:
        changed = incidents.update(
            other, created.id, replace(created.draft(), summary="Ändrad", severity=4)
        )
    finally:
        other.close()
    assert changed.version == 2
    assert changed.summary == "Ändrad"
    assert changed.severity == 4
    assert changed.updated_by == "kollega"
    assert changed.updated_at == fixed_clock + timedelta(hours=2)
    assert changed.entered_by == "tester"
    assert changed.reference == created.reference
    assert incidents.get(db, created.id) == changed
    again = incidents.update(db, created.id, changed.draft(), expected_version=2)
    assert again.version == 3
    assert again.updated_by == "tester"


def test_update_keeps_the_time_of_entry(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft())
    clock.set_clock(lambda: fixed_clock + timedelta(hours=2))
    changed = incidents.update(db, created.id, replace(created.draft(), summary="Ändrad"))
    assert changed.entered_at == fixed_clock


def test_update_without_changes_keeps_every_value(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, full_draft())
    changed = incidents.update(db, created.id, created.draft())
    assert changed.draft() == created.draft()


def test_update_with_a_stale_version_is_a_conflict(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft())
    first = incidents.update(
        db, created.id, replace(created.draft(), summary="Först"), expected_version=1
    )
    assert first.version == 2
    with pytest.raises(Conflict) as caught:
        incidents.update(
            db, created.id, replace(created.draft(), summary="Sen"), expected_version=1
        )
    assert created.reference in str(caught.value)
    assert incidents.get(db, created.id) == first


def test_update_can_fail_validation_without_changing_anything(
    db: Database, fixed_clock: datetime
) -> None:
    created = incidents.create(db, draft())
    with pytest.raises(ValidationError) as caught:
        incidents.update(db, created.id, replace(created.draft(), summary="", district="X"))
    assert set(caught.value.errors) == {"summary", "district"}
    assert incidents.get(db, created.id) == created


def test_update_of_a_missing_incident_is_not_found(db: Database, fixed_clock: datetime) -> None:
    with pytest.raises(NotFound):
        incidents.update(db, 4242, draft())


def test_delete_removes_it(db: Database, fixed_clock: datetime) -> None:
    keep = incidents.create(db, draft(summary="Stannar"))
    gone = incidents.create(db, draft(summary="Försvinner"))
    incidents.delete(db, gone.id)
    with pytest.raises(NotFound):
        incidents.get(db, gone.id)
    with pytest.raises(NotFound):
        incidents.get_by_reference(db, gone.reference)
    with pytest.raises(NotFound):
        incidents.delete(db, gone.id)
    with pytest.raises(NotFound):
        incidents.update(db, gone.id, gone.draft())
    assert incidents.get(db, keep.id) == keep
    assert incident_query.ids(db, IncidentQuery()) == [keep.id]


def test_get_of_an_unknown_id_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        incidents.get(db, 1)


# --- agencies ---------------------------------------------------------------------------


def test_agencies_involved_round_trip(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(
        db, draft(source_agency=RESCUE, agencies_involved=(RESCUE, POLICE, POLICE, OWN))
    )
    assert created.source_agency == RESCUE
    assert created.agencies_involved == tuple(sorted({RESCUE, POLICE, OWN}))
    changed = incidents.update(
        db, created.id, replace(created.draft(), agencies_involved=(SCHOOL,))
    )
    assert changed.agencies_involved == (SCHOOL,)
    cleared = incidents.update(db, created.id, replace(changed.draft(), agencies_involved=()))
    assert cleared.agencies_involved == ()
    assert incidents.get(db, created.id).agencies_involved == ()


# --- related and duplicate-of ----------------------------------------------------------------


def test_related_links_resolve_both_ways(db: Database, fixed_clock: datetime) -> None:
    a = incidents.create(db, draft(summary="A"))
    b = incidents.create(db, draft(summary="B"))
    c = incidents.create(db, draft(summary="C", related=(a.reference, b.reference, a.reference)))
    assert c.related == (a.reference, b.reference)
    assert incidents.get(db, a.id).related == (c.reference,)
    assert incidents.get(db, b.id).related == (c.reference,)
    # Saving A as it was keeps its link to C.
    incidents.update(db, a.id, incidents.get(db, a.id).draft())
    assert incidents.get(db, c.id).related == (a.reference, b.reference)
    # Removing the link from C's side removes it from both.
    incidents.update(db, c.id, replace(incidents.get(db, c.id).draft(), related=(b.reference,)))
    assert incidents.get(db, a.id).related == ()
    assert incidents.get(db, c.id).related == (b.reference,)


def test_duplicate_of_resolves(db: Database, fixed_clock: datetime) -> None:
    original = incidents.create(db, draft(summary="Original"))
    copy = incidents.create(db, draft(summary="Kopia", duplicate_of=original.reference))
    assert copy.duplicate_of == original.reference
    assert incidents.get(db, copy.id).duplicate_of == original.reference
    assert incidents.get(db, original.id).duplicate_of is None


@pytest.mark.parametrize("unknown", ["2026-0099", "2025-0001", "inte en referens", "2026-"])
def test_unknown_references_are_refused(db: Database, fixed_clock: datetime, unknown: str) -> None:
    incidents.create(db, draft())
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft(related=(unknown,)))
    assert set(caught.value.errors) == {"related"}
    with pytest.raises(ValidationError) as caught:
        incidents.create(db, draft(duplicate_of=unknown))
    assert set(caught.value.errors) == {"duplicate_of"}
    assert incident_query.count(db, IncidentQuery()) == 1


def test_a_reference_with_unusual_digits_is_refused_cleanly(
    db: Database, fixed_clock: datetime
) -> None:
    with pytest.raises(ValidationError):
        incidents.create(db, draft(related=("²⁰²⁶-0001",)))


def test_an_incident_cannot_be_a_duplicate_of_itself(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft())
    with pytest.raises(ValidationError) as caught:
        incidents.update(db, created.id, replace(created.draft(), duplicate_of=created.reference))
    assert set(caught.value.errors) == {"duplicate_of"}
    assert incidents.get(db, created.id) == created


def test_an_incident_cannot_be_related_to_itself(db: Database, fixed_clock: datetime) -> None:
    created = incidents.create(db, draft())
    with pytest.raises(ValidationError) as caught:
        incidents.update(db, created.id, replace(created.draft(), related=(created.reference,)))
    assert set(caught.value.errors) == {"related"}


def test_deleting_an_incident_drops_links_to_it(db: Database, fixed_clock: datetime) -> None:
    original = incidents.create(db, draft(summary="Original"))
    copy = incidents.create(
        db, draft(summary="Kopia", duplicate_of=original.reference, related=(original.reference,))
    )
    incidents.delete(db, original.id)
    again = incidents.get(db, copy.id)
    assert again.duplicate_of is None
    assert again.related == ()
    # ... and the survivor can be saved as it is now.
    assert incidents.update(db, copy.id, again.draft()).version == 2


def test_incident_draft_holds_every_editable_field() -> None:
    editable = {f.name for f in fields(IncidentDraft)}
    system = {f.name for f in fields(Incident)} - editable
    assert system == {
        "id",
        "reference",
        "version",
        "entered_at",
        "entered_by",
        "updated_at",
        "updated_by",
    }


def test_the_first_user_of_a_new_database_is_its_administrator(
    empty_db: Database, fixed_clock: datetime
) -> None:
    from sqlmodel import select

    from app.domain import User

    incidents.create(empty_db, draft(district=None))
    with empty_db.reading() as session:
        users = session.exec(select(User)).all()
    assert [(u.account, u.role) for u in users] == [("tester", "administrator")]


def test_a_later_user_is_a_member(db: Database, fixed_clock: datetime) -> None:
    from sqlmodel import select

    from app.domain import User

    # The demo officers in `db` are no administrators: the first real user becomes one.
    incidents.create(db, draft())
    incidents.create(Database(db.engine, "DOMAIN\\kollega"), draft())
    with db.reading() as session:
        tester = session.exec(select(User).where(User.account == "tester")).one()
        later = session.exec(select(User).where(User.account == "DOMAIN\\kollega")).one()
    assert tester.role == "administrator"
    assert later.role == "member"
    assert later.created_at == fixed_clock


def test_many_incidents_are_created_at_once_with_consecutive_references(db: Database) -> None:
    first = incidents.create(db, draft())
    with db.writing() as session:
        made = incidents.create_many_in(
            session,
            db.account,
            [draft(summary="A", agencies_involved=(POLICE,)), draft(summary="B")],
        )
    year, seq = first.reference.split("-")
    assert [reference for _, reference in made] == [
        f"{year}-{int(seq) + 1:04d}",
        f"{year}-{int(seq) + 2:04d}",
    ]
    stored = incidents.get(db, made[0][0])
    assert stored.summary == "A" and stored.agencies_involved == (POLICE,)
    assert incidents.get(db, made[1][0]).summary == "B"


def test_a_refused_draft_among_many_names_its_position_and_nothing_is_written(
    db: Database,
) -> None:
    with pytest.raises(ValidationError) as caught, db.writing() as session:
        incidents.create_many_in(
            session, db.account, [draft(summary="fine"), draft(summary=""), draft()]
        )
    assert caught.value.line == 2 and "summary" in caught.value.errors
    assert incident_query.count(db, IncidentQuery()) == 0
