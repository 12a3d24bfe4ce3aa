"""No lost update: two officers (two Database handles, two sessions) edit one record.

Both open version N. The first save wins; the second raises Conflict carrying the
record as stored now, and nothing of the first officer's work is overwritten.
Runs on SQLite and, with --engine postgresql/both, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from app.domain.tables import AGENCY, INCIDENT
from app.domain.vocabulary import TaskForceKind
from app.errors import Conflict
from app.services import cases, incidents, meetings, risk_dates, roster, task_forces, versions
from app.services.case_types import CaseDetail, TaskForceDraft, TaskForceInfo
from app.services.incident_types import Incident, IncidentDraft
from app.services.meeting_types import Action, ActionDraft, Meeting, MeetingDraft
from app.services.risk_date_types import RiskDate, RiskDateDraft
from app.services.roster_types import AgencyDraft, AgencyInfo, Person, PersonDraft
from app.storage.database import Database, open_database
from tests.services.case_support import draft as case_draft
from tests.services.case_support import sign_in_tester, task_force

pytestmark = pytest.mark.usefixtures("fixed_clock")

WHEN = datetime(2026, 11, 26, 10, 0)  # local, before the fixed clock


@pytest.fixture
def colleague(db: Database, database_url: str) -> Iterator[Database]:
    """A second handle on the same database: another officer's own engine and sessions."""
    other = open_database(database_url, account="tester", upgrade=False)
    yield other
    other.close()


def _agency_id(db: Database) -> int:
    with db.reading() as s:
        return int(s.execute(select(AGENCY.c.id).order_by(AGENCY.c.id)).scalars().first() or 0)


def _person_id(db: Database) -> int:
    return roster.create_person(db, PersonDraft("Åsa Lind", _agency_id(db))).id


@dataclass(frozen=True)
class Kind:
    """One editable record type: how to make one, and how to save a draft with a version."""

    name: str
    make: Callable[[Database], Any]
    save: Callable[[Database, Any, Any, int], Any]
    text_field: str  # a free-text field of the draft both officers change
    plain: type  # the service's plain value that Conflict.current must be


def _draft(record: Any) -> Any:
    if isinstance(record, TaskForceInfo):
        return TaskForceDraft(
            record.name,
            record.kind,
            record.district,
            record.purpose,
            record.cadence,
            record.active,
            record.agencies,
            tuple(m.id for m in record.members),
        )
    if isinstance(record, CaseDetail):
        return case_draft(
            record.task_force_id,
            subject_code=record.subject_code,
            school=record.school,
            birth_year=record.birth_year,
            district=record.district,
            referred_by=record.referred_by,
            referral_reason=record.referral_reason,
            opened_on=record.opened_on,
        )
    return record.draft()


def _make_case(db: Database) -> CaseDetail:
    sign_in_tester(db)
    return cases.create_case(db, case_draft(task_force(db)))


def _make_task_force(db: Database) -> TaskForceInfo:
    sign_in_tester(db)
    return task_forces.create_task_force(
        db,
        TaskForceDraft("Trygghetsgruppen Tumba", TaskForceKind.WORKING_GROUP, cadence="tisdagar"),
    )


KINDS = (
    Kind(
        "incident",
        lambda db: incidents.create(db, IncidentDraft(WHEN, "VAND", "Klotter på skolan")),
        lambda db, r, d, v: incidents.update(db, r.id, d, expected_version=v),
        "summary",
        Incident,
    ),
    Kind(
        "agency",
        lambda db: roster.create_agency(db, AgencyDraft("Tumba gymnasium", "school")),
        lambda db, r, d, v: roster.update_agency(db, r.id, d, expected_version=v),
        "notes",
        AgencyInfo,
    ),
    Kind(
        "person",
        lambda db: roster.get_person(db, _person_id(db)),
        lambda db, r, d, v: roster.update_person(db, r.id, d, expected_version=v),
        "title",
        Person,
    ),
    Kind(
        "meeting",
        lambda db: meetings.create(
            db,
            MeetingDraft(
                "Ledningsgruppen", WHEN + timedelta(days=7), WHEN + timedelta(days=7, hours=2)
            ),
        ),
        lambda db, r, d, v: meetings.update(db, r.id, d, expected_version=v),
        "place",
        Meeting,
    ),
    Kind(
        "action item",
        lambda db: meetings.create_action(
            db, ActionDraft("Boka lokal", _person_id(db), date(2026, 12, 10))
        ),
        lambda db, r, d, v: meetings.update_action(db, r.id, d, expected_version=v),
        "what",
        Action,
    ),
    Kind(
        "task force",
        _make_task_force,
        lambda db, r, d, v: task_forces.update_task_force(db, r.id, d, v),
        "cadence",
        TaskForceInfo,
    ),
    Kind(
        "case",
        _make_case,
        lambda db, r, d, v: cases.update_case(db, r.id, d, v),
        "school",
        CaseDetail,
    ),
    Kind(
        "risk date",
        lambda db: risk_dates.create(db, RiskDateDraft("Valborg", date(2027, 4, 30))),
        lambda db, r, d, v: risk_dates.update(db, r.id, d, expected_version=v),
        "notes",
        RiskDate,
    ),
)


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_the_second_save_of_one_version_is_a_conflict_with_the_current_record(
    db: Database, colleague: Database, kind: Kind
) -> None:
    record = kind.make(db)
    opened_by_me = record.version
    opened_by_them = record.version  # both editors open version N
    theirs = replace(_draft(record), **{kind.text_field: "Deras text"})
    saved = kind.save(colleague, record, theirs, opened_by_them)
    assert saved.version == opened_by_them + 1
    mine = replace(_draft(record), **{kind.text_field: "Min text"})
    with pytest.raises(Conflict) as caught:
        kind.save(db, record, mine, opened_by_me)
    current = caught.value.current
    assert isinstance(current, kind.plain)
    assert current.version == saved.version
    assert getattr(current, kind.text_field) == "Deras text"
    assert "changed by someone else" in str(caught.value)
    # Their work is kept; mine is not half-written.
    stored = kind.save(colleague, record, _draft(current), current.version)
    assert getattr(stored, kind.text_field) == "Deras text"
    # Saving my merge against the current version then goes through.
    merged = kind.save(db, record, mine, stored.version)
    assert getattr(merged, kind.text_field) == "Min text"
    assert merged.version == stored.version + 1


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_a_save_without_a_version_check_still_raises_the_version(db: Database, kind: Kind) -> None:
    record = kind.make(db)
    changed = kind.save(
        db, record, replace(_draft(record), **{kind.text_field: "Ny"}), record.version
    )
    assert changed.version == record.version + 1


def test_the_write_itself_is_refused_when_the_stored_version_moved(
    db: Database, colleague: Database
) -> None:
    """The compare-and-set under the check: a write against a version that is no longer
    the stored one changes nothing, on either engine."""
    incident = incidents.create(db, IncidentDraft(WHEN, "VAND", "Klotter"))
    incidents.update(colleague, incident.id, replace(incident.draft(), summary="Deras"))
    with db.writing() as session:
        assert not versions.write_version(
            session, INCIDENT, incident.id, incident.version, {"summary": "Min"}
        )
    assert incidents.get(db, incident.id).summary == "Deras"


def test_a_save_racing_another_between_read_and_write_is_a_conflict(
    db: Database, colleague: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compare-and-set holds even when a writer gets in between my read and my write.

    Service writers wait for each other (SQLite's BEGIN IMMEDIATE, PostgreSQL's writers'
    advisory lock), so the other save here is a plain UPDATE that takes no such lock, as
    a script or an older client would. On PostgreSQL it commits while my save validates;
    my UPDATE … WHERE version = N then finds N+1 and writes nothing. (On SQLite no other
    connection can write while mine holds the write lock.)"""
    if db.is_sqlite:
        pytest.skip("SQLite lets no other connection write inside BEGIN IMMEDIATE")
    incident = incidents.create(db, IncidentDraft(WHEN, "VAND", "Klotter"))
    checked = incidents._checked
    raced: list[bool] = []

    def validate_while_the_other_saves(*args: Any, **kwargs: Any) -> Any:
        if not raced:
            raced.append(True)
            with colleague.engine.begin() as connection:
                connection.execute(
                    update(INCIDENT)
                    .where(INCIDENT.c.id == incident.id)
                    .values(summary="Deras", version=INCIDENT.c.version + 1)
                )
        return checked(*args, **kwargs)

    monkeypatch.setattr(incidents, "_checked", validate_while_the_other_saves)
    with pytest.raises(Conflict) as caught:
        incidents.update(
            db,
            incident.id,
            replace(incident.draft(), summary="Min"),
            expected_version=incident.version,
        )
    assert raced
    assert isinstance(caught.value.current, Incident)
    assert caught.value.current.summary == "Deras"
    assert incidents.get(db, incident.id).summary == "Deras"
    assert incidents.get(db, incident.id).version == incident.version + 1
