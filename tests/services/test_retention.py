"""Retention: closed cases are erased after the retention period, leaving no text behind.

Cases are made with Core inserts (not through the case service), so that
these tests hold whatever the case screens and services do.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import clock
from app.domain.tables import (
    AGENCY,
    AUDIT_ENTRY,
    CASE,
    CASE_ACTION,
    CASE_NOTE,
    CASE_REVIEW,
    CONSENT,
    CONSENT_AGENCY,
    TASK_FORCE,
    USER,
)
from app.domain.vocabulary import AuditAction, CaseStatus, Role
from app.errors import ValidationError
from app.services import office_settings, reference, retention, users
from app.storage.backup import backup_before_upgrade, backup_files, backup_to
from app.storage.database import Database

# Before the erasure these strings are in the database; afterwards in no byte of it.
MARKERS = {
    "school": "Zqxmarkskolan",
    "referral_reason": "Zqxmarkreferral oro for kamrater",
    "note": "Zqxmarknote samtal med vardnadshavare",
    "action": "Zqxmarkaction fritidsgard tisdagar",
    "consent": "Zqxmarkconsent Vardnadshavare 1",
    "review": "Zqxmarkreview uppfoljning",
}


def add_task_force(db: Database, name: str = "SSF Alby") -> int:
    with db.writing() as session:
        return int(
            session.execute(
                TASK_FORCE.insert()
                .values(name=name, kind="social", purpose="", cadence="", active=True, version=1)
                .returning(TASK_FORCE.c.id)
            ).scalar_one()
        )


def add_case(
    db: Database,
    number: str,
    *,
    task_force_id: int | None = None,
    closed_on: date | None = None,
    status: CaseStatus | None = None,
    text: dict[str, str] | None = None,
) -> int:
    """A case with a consent, an action, a review and a note; closed when `closed_on` is given."""
    words = text or {key: f"{key} of {number}" for key in MARKERS}
    if task_force_id is None:
        with db.reading() as session:
            task_force_id = session.execute(select(func.min(TASK_FORCE.c.id))).scalar()
        if task_force_id is None:
            task_force_id = add_task_force(db)
    moment = clock.now()
    with db.writing() as session:
        author = session.execute(select(func.min(USER.c.id))).scalar()
        if author is None:
            author = reference.current_user_id(session, db.account)
        agency = session.execute(select(func.min(AGENCY.c.id))).scalar()
        case_id = session.execute(
            CASE.insert()
            .values(
                number=number,
                task_force_id=task_force_id,
                subject_code="P-" + number,
                birth_year=2011,
                school=words["school"],
                referred_by="Skolan",
                referral_reason=words["referral_reason"],
                status=CaseStatus.ACTIVE.value,
                opened_on=date(2021, 9, 1),
                close_reason="",
                created_at=moment,
                updated_at=moment,
                version=1,
            )
            .returning(CASE.c.id)
        ).scalar_one()
        consent_id = session.execute(
            CONSENT.insert()
            .values(
                case_id=case_id,
                signer="guardian",
                signer_label=words["consent"],
                signed_on=date(2021, 9, 1),
                expires_on=date(2022, 9, 1),
            )
            .returning(CONSENT.c.id)
        ).scalar_one()
        if agency is not None:
            session.execute(CONSENT_AGENCY.insert().values(consent_id=consent_id, agency_id=agency))
        session.execute(
            CASE_ACTION.insert().values(case_id=case_id, what=words["action"], created_at=moment)
        )
        session.execute(
            CASE_REVIEW.insert().values(
                case_id=case_id, due=date(2022, 1, 1), notes=words["review"]
            )
        )
        session.execute(
            CASE_NOTE.insert().values(
                case_id=case_id, written_at=moment, author_id=author, text=words["note"]
            )
        )
    # Closed later, as in life: the open version was on disk before.
    if closed_on is not None or status is not None:
        with db.writing() as session:
            session.execute(
                CASE.update()
                .where(CASE.c.id == case_id)
                .values(
                    status=(status or CaseStatus.CLOSED).value,
                    closed_on=closed_on,
                    close_reason="",
                )
            )
    return int(case_id)


def case_numbers(db: Database) -> set[str]:
    with db.reading() as session:
        return set(session.execute(select(CASE.c.number)).scalars())


def erase_entries(db: Database) -> list[tuple[Any, ...]]:
    with db.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    AUDIT_ENTRY.c.account,
                    AUDIT_ENTRY.c.case_id,
                    AUDIT_ENTRY.c.case_number,
                    AUDIT_ENTRY.c.detail,
                )
                .where(AUDIT_ENTRY.c.action == AuditAction.ERASE.value)
                .order_by(AUDIT_ENTRY.c.case_number)
            )
        ]


def database_bytes(db: Database) -> bytes:
    path = Path(str(db.engine.url.database))
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def on_day(fixed_clock: datetime) -> Any:
    """Set the clock to noon UTC on a given day (restored by fixed_clock)."""

    def move(day: date) -> None:
        moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        clock.set_clock(lambda: moment)

    return move


def test_add_years_keeps_the_calendar_day_and_29_february_becomes_28() -> None:
    assert retention.add_years(date(2022, 5, 1), 3) == date(2025, 5, 1)
    assert retention.add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert retention.add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_a_closed_case_is_erased_the_day_after_its_retention_period(
    db: Database, on_day: Any
) -> None:
    on_day(date(2025, 5, 1))
    add_case(db, "2021-001", closed_on=date(2022, 5, 1))
    assert retention.purge_expired(db).erased == ()  # the last day of the period: kept
    on_day(date(2025, 5, 2))
    result = retention.purge_expired(db)
    assert result.erased == ("2021-001",) and result.retention_years == 3
    assert case_numbers(db) == set()


def test_erasure_takes_everything_of_the_case_and_logs_the_number_only(
    db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    erased = add_case(db, "2022-004", closed_on=date(2022, 5, 1))
    kept = add_case(db, "2023-002", closed_on=date(2024, 6, 1))  # inside three years
    still_open = add_case(db, "2020-009")  # open for six years: never erased
    follow_up = add_case(db, "2020-010", closed_on=date(2021, 1, 5), status=CaseStatus.FOLLOW_UP)
    result = retention.purge_expired(db)
    assert result.erased == ("2022-004",)
    assert case_numbers(db) == {"2023-002", "2020-009", "2020-010"}
    with db.reading() as session:
        for table in (CONSENT, CASE_ACTION, CASE_REVIEW, CASE_NOTE):
            owners = set(session.execute(select(table.c.case_id)).scalars())
            assert owners == {kept, still_open, follow_up}, table.name
        assert session.execute(select(func.count()).select_from(CONSENT_AGENCY)).scalar() == 3
    assert erase_entries(db) == [
        ("tester", None, "2022-004", "retention: closed 2022-05-01, 3 years")
    ]
    assert erased not in {kept, still_open, follow_up}


def test_nothing_to_erase_writes_nothing(db: Database, fixed_clock: datetime) -> None:
    add_case(db, "2026-001", closed_on=date(2026, 1, 1))
    assert retention.purge_expired(db).erased == ()
    assert erase_entries(db) == []


def test_the_retention_period_is_the_offices_setting(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    add_case(db, "2024-001", closed_on=date(2024, 3, 1))
    add_case(db, "2025-001", closed_on=date(2025, 12, 1))
    assert retention.purge_expired(db).erased == ()
    office_settings.set_retention_years(db, 1)
    assert retention.purge_expired(db).erased == ("2024-001",)
    assert erase_entries(db)[0][3] == "retention: closed 2024-03-01, 1 years"


def test_erasure_needs_no_role(db: Database, fixed_clock: datetime) -> None:
    users.sign_in(db)
    users.add_user(db, "kommun\\lasare", "Läsaren", Role.READER)
    add_case(db, "2021-003", closed_on=date(2021, 12, 1))
    result = retention.purge_expired(Database(db.engine, "kommun\\lasare"))
    assert result.erased == ("2021-003",)
    assert [row[0] for row in erase_entries(db)] == ["kommun\\lasare"]


def test_no_byte_of_an_erased_case_remains_in_the_file_or_its_wal(
    db: Database, fixed_clock: datetime
) -> None:
    add_case(db, "2022-004", closed_on=date(2022, 5, 1), text=MARKERS)
    add_case(db, "2025-007", closed_on=date(2025, 5, 1))  # kept, in the same pages
    before = database_bytes(db)
    for marker in MARKERS.values():
        assert marker.encode() in before, marker  # the control: it was there

    result = retention.purge_expired(db)

    assert result.erased == ("2022-004",) and result.wal_emptied
    after_purge = database_bytes(db)  # connections still open
    db.engine.dispose()
    after_close = database_bytes(db)
    for marker in MARKERS.values():
        assert marker.encode() not in after_purge, marker
        assert marker.encode() not in after_close, marker
    assert b"of 2025-007" in after_close  # the kept case is still there


def test_the_retention_setting_is_validated_and_for_administrators(
    db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    with pytest.raises(ValidationError) as caught:
        office_settings.set_retention_years(db, 0)
    assert set(caught.value.errors) == {"retention_years"}
    assert office_settings.retention_years(db) == 3


def backups_of(db: Database) -> Path:
    return Path(str(db.engine.url.database)).parent / "backups"


def test_the_upgrade_backups_that_could_hold_an_erased_case_go_with_it(
    db: Database, on_day: Any
) -> None:
    folder = backups_of(db)
    # Made before the case existed: cannot hold it, stays.
    on_day(date(2021, 8, 1))
    older = backup_before_upgrade(db.engine)
    assert older is not None and older.parent == folder
    # Not upgrade backups of this database, whatever their names say: left alone.
    other_database = backup_to(db.engine, folder / "andra-before-upgrade-20240102-030405.db")
    by_hand = backup_to(db.engine, folder / "min-kopia.db")
    on_day(date(2021, 9, 1))
    add_case(db, "2021-001", closed_on=date(2021, 12, 1), text=MARKERS)
    # Made after: these hold the case's text (the control below says so).
    on_day(date(2021, 9, 2))
    newer = backup_before_upgrade(db.engine)
    assert newer is not None
    later = backup_to(db.engine, folder / "samverkan-before-upgrade-20240102-030405.db")
    for copy in (newer, later):
        assert MARKERS["note"].encode() in copy.read_bytes(), copy.name

    on_day(date(2025, 6, 1))
    result = retention.purge_expired(db)

    assert result.erased == ("2021-001",)
    assert result.backups_deleted == (newer.name, later.name)
    assert result.backups_not_deleted == ()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in (older, other_database, by_hand)
    )
    remaining = b"".join(p.read_bytes() for p in folder.iterdir())
    for marker in MARKERS.values():
        assert marker.encode() not in remaining, marker


def test_a_backup_made_in_the_second_the_case_was_created_goes_too(
    db: Database, fixed_clock: datetime
) -> None:
    users.sign_in(db)
    add_case(db, "2020-002", closed_on=date(2021, 3, 1))
    copy = backup_before_upgrade(db.engine)  # the same second as the case
    assert copy is not None
    assert retention.purge_expired(db).backups_deleted == (copy.name,)
    assert not copy.exists()


def test_backups_stay_when_nothing_is_erased(db: Database, fixed_clock: datetime) -> None:
    add_case(db, "2026-001", closed_on=date(2026, 1, 1))
    copy = backup_before_upgrade(db.engine)
    assert copy is not None
    result = retention.purge_expired(db)
    assert result.erased == () and result.backups_deleted == ()
    assert copy.exists()


@pytest.mark.parametrize(
    ("name", "made"),
    [
        ("samverkan-before-upgrade-20261126-140000.db", datetime(2026, 11, 26, 13, tzinfo=UTC)),
        ("samverkan-before-upgrade-20260701-140000.db", datetime(2026, 7, 1, 12, tzinfo=UTC)),
        # 02:30 comes twice on 25 October 2026: read as the later one (01:30 UTC).
        ("samverkan-before-upgrade-20261025-023000.db", datetime(2026, 10, 25, 1, 30, tzinfo=UTC)),
        ("samverkan-before-upgrade-20261340-000000.db", None),  # no such day
        ("samverkan-before-upgrade-20261126-140000.db-journal", None),
        ("andra-before-upgrade-20261126-140000.db", None),
        # The dated copies made on start are backups too: retention covers them.
        ("samverkan-20261126-140000.db", datetime(2026, 11, 26, 13, tzinfo=UTC)),
    ],
)
def test_a_backup_is_dated_by_its_name(tmp_path: Path, name: str, made: datetime | None) -> None:
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / name).write_bytes(b"")
    listed = dict(backup_files(tmp_path / "samverkan.db"))
    assert listed.get(tmp_path / "backups" / name) == made
